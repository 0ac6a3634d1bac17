"""Packaging: every runtime import declared and pinned, data shipped, the root found however installed."""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import helpers
from helpers import paths

PYPROJECT = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
REQUIREMENTS = (paths.ROOT / "requirements.txt").read_text(encoding="utf-8")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> set[str]:
    project = PYPROJECT["project"]
    specs = [*project["dependencies"], *(d for extra in project["optional-dependencies"].values() for d in extra)]
    return {normalise(re.split(r"[\[<>=!~ ;]", spec, maxsplit=1)[0]) for spec in specs}


def pinned() -> dict[str, str]:
    return {normalise(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==(\S+)$", REQUIREMENTS, re.MULTILINE)}


def third_party_imports(folder: Path) -> set[str]:
    """Top-level names of the modules imported by the Python files (and notebooks) under ``folder``."""
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n not in ("helpers", "__future__")}


def test_every_import_of_the_package_is_declared_and_pinned():
    distributions = importlib.metadata.packages_distributions()
    needed = {normalise(distributions[name][0]) for name in third_party_imports(paths.ROOT / "helpers")}
    assert {"pandas", "pyyaml", "scikit-learn", "stop-words", "pyarrow"} <= needed  # the mapping works
    assert needed <= declared(), f"declare in pyproject.toml: {sorted(needed - declared())}"
    assert needed <= set(pinned()), f"pin in requirements.txt: {sorted(needed - set(pinned()))}"


def test_every_declared_dependency_is_pinned_to_the_installed_version():
    pins = pinned()
    for name in declared():
        assert name in pins, f"{name} is declared in pyproject.toml but not pinned in requirements.txt"
        assert importlib.metadata.version(name) == pins[name], f"{name}: installed version differs from the pin"


def test_one_version_source():
    assert helpers.__version__ == PYPROJECT["project"]["version"]
    stray = [p for p in (paths.ROOT / "helpers").rglob("*.py") if re.search(r"__version__\s*=\s*['\"]", p.read_text())]
    assert not stray, f"a version written twice: {stray}"


def test_every_data_file_and_subpackage_ships():
    globs = PYPROJECT["tool"]["setuptools"]["package-data"]["helpers.data"]
    for f in (paths.DATA).iterdir():
        if f.is_file():
            assert any(fnmatch.fnmatch(f.name, g) for g in globs), f"{f.name} would not be installed"
    include = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    for init in (paths.ROOT / "helpers").rglob("__init__.py"):
        package = ".".join(init.parent.relative_to(paths.ROOT).parts)
        assert any(fnmatch.fnmatch(package, g) for g in include), f"{package} would not be installed"


def test_the_root_is_the_project_folder_above_the_working_directory(tmp_path, monkeypatch):
    project = tmp_path / "my-news"
    (project / "notebooks").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "helpers"\n', encoding="utf-8")
    monkeypatch.delenv("NEWS_ROOT", raising=False)
    assert paths.find_root(project / "notebooks") == project.resolve()
    (tmp_path / "other").mkdir()
    assert paths.find_root(tmp_path / "other") == paths.ROOT  # no project here: the checkout of the package
    monkeypatch.setenv("NEWS_ROOT", str(tmp_path / "other"))
    assert paths.find_root(project) == (tmp_path / "other").resolve()


def test_an_installed_copy_outside_any_project_uses_the_working_directory_and_its_own_data(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(paths.ROOT / "helpers", site / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    work = tmp_path / "work"
    work.mkdir()
    code = (
        "from helpers import paths; from helpers.actors import load_gazetteer; "
        "print(paths.ROOT); print(paths.SEEDS); print(paths.DATA); print(len(load_gazetteer()) > 500)"
    )
    env = {k: v for k, v in os.environ.items() if k != "NEWS_ROOT"} | {"PYTHONPATH": str(site)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=work, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    root, seeds, data, gazetteer = result.stdout.split()
    assert Path(root) == work.resolve() and Path(seeds) == work.resolve() / "seeds"
    assert Path(data) == site / "helpers" / "data" and gazetteer == "True"

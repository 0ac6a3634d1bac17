"""Run the notebooks headless, from a fresh kernel each, and write their figures.

From the project root (``make figures`` calls this)::

    python -m helpers run                          # every notebook, on seeds/
    python -m helpers run 02 --seeds path/to/articles
    python -m helpers run --figures /tmp/out -p top_n 30
    python -m helpers run --list                   # the notebooks and their parameters
    python -m helpers run 01 --notebook-dir /tmp/copy   # the notebooks of another folder

Each notebook is executed with papermill; its parameters cell (tag ``parameters``) gets
``seeds`` and ``figures`` and any ``-p NAME VALUE`` it declares (a name no chosen notebook
declares stops the run before it starts). The executed copy, with outputs, is saved beside the
figures: ``figures/<notebook>/<notebook>.ipynb``. A failing cell stops the run with exit code 1
and a message naming the notebook and the cell.
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from helpers import paths


def notebooks(selection: Sequence[str] = (), folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """The numbered notebooks, in order; ``selection`` filters by prefix or name (``"02"``).

    ``folder`` is where to look (default: ``notebooks/``), e.g. a copy elsewhere.

    >>> [p.name for p in notebooks(["01"])]
    ['01_articles.ipynb']
    """
    where = paths.NOTEBOOKS if folder is None else Path(folder)
    found = sorted(p for p in where.glob("[0-9][0-9]_*.ipynb"))
    if not selection:
        return found
    chosen = [p for p in found if any(p.name.startswith(s) or p.stem == s for s in selection)]
    missing = [s for s in selection if not any(p.name.startswith(s) or p.stem == s for p in found)]
    if missing:
        present = ", ".join(p.stem for p in found)
        raise SystemExit(f"Kein Notebook passt zu: {', '.join(missing)} (vorhanden: {present})")
    return chosen


#: Optional back-ends that papermill's dependencies import at import time and ``helpers run`` never
#: uses: jsonschema's IRI format checker (``rfc3987_syntax`` builds its grammars for 2.5 s; nbformat
#: checks no such format) and papermill's HDFS handler (``pyarrow.fs``).
UNUSED_AT_IMPORT = ("rfc3987_syntax", "pyarrow.fs")


def _papermill():
    """papermill, imported without :data:`UNUSED_AT_IMPORT`: they are hidden while it is imported
    (an import of them then fails, which both libraries expect of optional modules) and can be
    imported as usual afterwards."""
    if "papermill" in sys.modules:
        return sys.modules["papermill"]
    hidden = [name for name in UNUSED_AT_IMPORT if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))
    try:
        import papermill
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]
    return papermill


def parameters(notebook_paths: Sequence[Path]) -> pd.DataFrame:
    """One row per parameter of each notebook's ``parameters`` cell: ``notebook``, ``name``, ``default``, ``help``.

    >>> table = parameters(notebooks(["01"]))
    >>> table.set_index("name").loc[["seeds", "figures"], "default"].tolist()
    ['None', 'None']
    """
    papermill = _papermill()
    rows = [
        {"notebook": p.stem, "name": name, "default": info["default"], "help": info["help"]}
        for p in notebook_paths
        for name, info in papermill.inspect_notebook(str(p)).items()
    ]
    return pd.DataFrame(rows, columns=["notebook", "name", "default", "help"])


def _value(text: str) -> object:
    """A ``-p`` value: a Python literal if it is one (30, True, None, [..]), else the string."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _cell(notebook: Path, source: str) -> tuple[int, str] | None:
    """1-based number (counting every cell, as JupyterLab's status bar does) and id of the code cell with ``source``."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    for i, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "code" and cell.source.strip() == source.strip():
            return i, cell.get("id", "")
    return None


def execute(notebook: Path, parameters: dict[str, object], figures: Path) -> Path:
    """Execute one notebook with papermill from a fresh kernel; return the executed copy's path."""
    papermill = _papermill()
    out = figures / notebook.stem / notebook.name
    out.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(notebook),
        str(out),
        parameters=parameters,
        progress_bar=False,
        cwd=str(notebook.parent),
        kernel_name="python3",
        # the kernel's own log (e.g. ipykernel's note on TCP without encryption) would cut into the progress
        # bar; errors in cells arrive through the notebook, not through this log
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    return out


def failure(notebook: Path, error: BaseException, executed: Path) -> str:
    """The message for a notebook that failed: which notebook, which cell, what went wrong."""
    from papermill.exceptions import PapermillExecutionError

    if not isinstance(error, PapermillExecutionError):
        return f"FEHLER in {notebook.name}: {type(error).__name__}: {error}"
    found = _cell(notebook, error.source)
    where = f"Zelle {found[0]} (id {found[1]})" if found else f"Zelle In [{error.exec_count}]"
    first_line = next((ln for ln in error.source.splitlines() if ln.strip()), "")
    return (
        f"FEHLER in {notebook.name}, {where}: {error.ename}: {error.evalue}\n"
        f"  Code: {first_line}\n"
        f"  Das ausgeführte Notebook mit der vollen Meldung: {paths.short(executed)}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers run", description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", help="only these notebooks (prefix or name, e.g. 02)")
    parser.add_argument("--seeds", help="articles: a file, a folder or a glob (default: seeds/)")
    parser.add_argument("--figures", help="output folder (default: figures/, or $NEWS_FIGURES)")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="set a notebook parameter, e.g. -p top_n 30")  # fmt: skip
    parser.add_argument("--notebook-dir", help="where the notebooks are (default: notebooks/)")
    parser.add_argument("--list", action="store_true", help="list the notebooks and their parameters, run nothing")
    args = parser.parse_args(argv)

    chosen = notebooks(args.notebooks, paths.resolve(args.notebook_dir, paths.NOTEBOOKS))
    declared = parameters(chosen)
    if args.list:
        for name, rows in declared.groupby("notebook", sort=False):
            print(name)
            for row in rows.itertuples():
                print(f"  {row.name} = {row.default}  # {row.help}")
        return 0

    figures = paths.resolve(args.figures, paths.FIGURES)
    given: dict[str, object] = {"figures": str(figures)}
    if args.seeds:
        given["seeds"] = str(paths.resolve(args.seeds))
    given.update({name: _value(value) for name, value in args.parameter})
    unknown = sorted(set(given) - set(declared["name"]))
    if unknown:
        known = ", ".join(sorted(set(declared["name"])))
        print(f"Unbekannter Parameter: {', '.join(unknown)} (die Notebooks kennen: {known})", file=sys.stderr)
        return 2

    bar = tqdm(chosen, desc="Notebooks", unit=" Notebook", file=sys.stderr)
    for notebook in bar:
        bar.set_postfix_str(notebook.stem)
        own = set(declared.loc[declared["notebook"] == notebook.stem, "name"])
        executed = figures / notebook.stem / notebook.name
        try:
            execute(notebook, {k: v for k, v in given.items() if k in own}, figures)
        except Exception as error:
            bar.close()
            print("\n" + failure(notebook, error, executed), file=sys.stderr)
            return 1
        tqdm.write(f"{notebook.name}: fertig, Abbildungen in {paths.short(executed.parent)}", file=sys.stderr)
    print(f"{len(chosen)} Notebooks ausgeführt; Abbildungen in {paths.short(figures)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run the notebooks headless, from a fresh kernel each, and write their figures.

From the project root (``make figures`` calls this)::

    python -m helpers run                          # every notebook, on seeds/
    python -m helpers run 02 --seeds path/to/articles
    python -m helpers run --figures /tmp/out -p top_n 30

Each notebook is executed with papermill; its parameters cell (tag ``parameters``) gets
``seeds`` and ``figures`` and any ``-p NAME VALUE``. The executed copy, with outputs, is saved
beside the figures: ``figures/<notebook>/<notebook>.ipynb``.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Sequence
from pathlib import Path

from helpers import paths


def notebooks(selection: Sequence[str] = ()) -> list[Path]:
    """The numbered notebooks, in order; ``selection`` filters by prefix or name (``"02"``).

    >>> [p.name for p in notebooks(["01"])]
    ['01_articles.ipynb']
    """
    found = sorted(p for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    if not selection:
        return found
    chosen = [p for p in found if any(p.name.startswith(s) or p.stem == s for s in selection)]
    missing = [s for s in selection if not any(p.name.startswith(s) or p.stem == s for p in found)]
    if missing:
        present = ", ".join(p.stem for p in found)
        raise SystemExit(f"Kein Notebook passt zu: {', '.join(missing)} (vorhanden: {present})")
    return chosen


def _value(text: str) -> object:
    """A ``-p`` value: a Python literal if it is one (30, True, None, [..]), else the string."""
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _cell_number(notebook: Path, source: str) -> int | None:
    """1-based number of the code cell with this source in the committed notebook."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    for i, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "code" and cell.source.strip() == source.strip():
            return i
    return None


def execute(notebook: Path, parameters: dict[str, object], figures: Path) -> Path:
    """Execute one notebook with papermill from a fresh kernel; return the executed copy's path."""
    import papermill

    out = figures / notebook.stem / notebook.name
    out.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(notebook),
        str(out),
        parameters=parameters,
        progress_bar=False,
        cwd=str(notebook.parent),
        kernel_name="python3",
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers run", description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", help="only these notebooks (prefix or name, e.g. 02)")
    parser.add_argument("--seeds", help="articles: a file, a folder or a glob (default: seeds/)")
    parser.add_argument("--figures", help="output folder (default: figures/)")
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="set a notebook parameter, e.g. -p top_n 30")  # fmt: skip
    args = parser.parse_args(argv)

    from papermill.exceptions import PapermillExecutionError
    from tqdm import tqdm

    figures = paths.resolve(args.figures, paths.FIGURES)
    parameters: dict[str, object] = {"figures": str(figures)}
    if args.seeds:
        parameters["seeds"] = str(paths.resolve(args.seeds))
    parameters.update({name: _value(value) for name, value in args.parameter})
    chosen = notebooks(args.notebooks)
    bar = tqdm(chosen, desc="Notebooks", unit=" Notebook", file=sys.stderr)
    for notebook in bar:
        bar.set_postfix_str(notebook.stem)
        try:
            out = execute(notebook, parameters, figures)
        except PapermillExecutionError as error:
            bar.close()
            number = _cell_number(notebook, error.source)
            where = f"Zelle {number}" if number else f"Zelle In [{error.exec_count}]"
            first_line = next((ln for ln in error.source.splitlines() if ln.strip()), "")
            print(
                f"\nFEHLER in {notebook.name}, {where}: {error.ename}: {error.evalue}\n"
                f"  Code: {first_line}\n"
                f"  Das ausgeführte Notebook mit der vollen Meldung: {figures / notebook.stem / notebook.name}",
                file=sys.stderr,
            )
            return 1
        tqdm.write(f"{notebook.name}: fertig, Abbildungen in {out.parent}", file=sys.stderr)
    print(f"{len(chosen)} Notebooks ausgeführt; Abbildungen in {figures}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

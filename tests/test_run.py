"""`python -m helpers run`: parameters reach the notebooks, failures name notebook and cell, reruns are identical."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from conftest import CHROMIUM, FIXTURES, digests

from helpers import paths
from helpers.articles import load_article
from helpers.run import notebooks, parameters
from helpers.sections import sections

NOTEBOOKS = notebooks()
IDS = [p.stem for p in NOTEBOOKS]


def run(*args: str | os.PathLike[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m helpers run ARGS`` from the project root, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "helpers", "run", *map(str, args)],
        cwd=paths.ROOT, capture_output=True, text=True, check=False, env={**os.environ, **(env or {})},
    )  # fmt: skip


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_papermill_reads_every_line_of_the_parameters_cell(notebook):
    nb = nbformat.read(notebook, as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assigned = [ln.split("=")[0].strip() for ln in cell.source.splitlines() if ln.strip() and not ln.startswith("#")]
    table = parameters([notebook])
    assert table["name"].tolist() == assigned, "a parameter line papermill cannot parse (an '=' in a comment?)"
    assert table.set_index("name").loc[["seeds", "figures"], "default"].tolist() == ["None", "None"]


def test_a_failing_cell_stops_the_run_naming_notebook_and_cell(tmp_path):
    source = NOTEBOOKS[0]
    nb = nbformat.read(source, as_version=4)
    index, cell = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"][-1]
    cell.source = 'raise RuntimeError("absichtlich kaputt")\n' + cell.source
    folder = tmp_path / "notebooks"
    folder.mkdir()
    nbformat.write(nb, folder / source.name)

    result = run(source.stem[:2], "--notebook-dir", folder, "--figures", tmp_path / "out")

    assert result.returncode == 1, result.stderr
    where = f"FEHLER in {source.name}, Zelle {index + 1} (id {cell.id})"
    assert f"{where}: RuntimeError: absichtlich kaputt" in result.stderr
    assert 'Code: raise RuntimeError("absichtlich kaputt")' in result.stderr
    executed = tmp_path / "out" / source.stem / source.name
    assert str(executed) in result.stderr and executed.exists()
    assert "fertig" not in result.stderr


def test_an_unknown_parameter_stops_before_any_notebook_runs(tmp_path):
    result = run("--figures", tmp_path, "-p", "top_nn", "30")
    assert result.returncode == 2
    assert "Unbekannter Parameter: top_nn" in result.stderr and "seeds" in result.stderr
    assert not any(tmp_path.iterdir())


def test_seeds_reach_the_notebook_and_news_figures_redirects_the_output(tmp_path):
    article = FIXTURES / "author_note_quotes.txt"
    result = run("01", "--seeds", article.relative_to(paths.ROOT), env={"NEWS_FIGURES": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "Notebooks:" in result.stderr and "1 Notebooks ausgeführt" in result.stderr  # the progress bar
    written = pd.read_csv(tmp_path / "01_articles" / "woerter_je_abschnitt.csv")
    expected = sections(load_article(article))
    assert written["heading"].tolist() == expected["heading"].tolist()
    assert written["words"].tolist() == expected["words"].tolist()


@pytest.mark.notebooks
@pytest.mark.skipif(CHROMIUM.exists(), reason="the browser tests compare their run of each notebook with this one")
def test_running_twice_gives_identical_figure_files(notebook_run, tmp_path):
    result = run("--figures", tmp_path)
    assert result.returncode == 0, result.stderr
    first, second = digests(notebook_run), digests(tmp_path)
    assert {Path(name).suffix for name in first} == {".png", ".svg", ".csv"}
    assert {Path(name).parts[0] for name in first} == set(IDS)
    assert first == second

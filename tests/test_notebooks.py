"""Every notebook runs from a fresh kernel without error, and is stored without outputs.

The notebooks run once per test session, headless, in the background (``notebook_run`` in
conftest.py); these tests read what that run wrote.
"""

from __future__ import annotations

import json

import pytest

from helpers.run import notebooks

NOTEBOOKS = notebooks()


def test_there_are_numbered_notebooks():
    assert [p.name for p in NOTEBOOKS][:1] == ["01_articles.ipynb"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_clean_with_a_parameters_cell(notebook):
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c["outputs"] and c["execution_count"] is None for c in code), "clear the outputs"
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "one cell tagged 'parameters'"
    assert "figures = None" in "".join(tagged[0]["source"])
    assert nb["cells"][0]["cell_type"] == "markdown" and "".join(nb["cells"][0]["source"]).startswith("# ")
    assert "../" not in notebook.read_text(encoding="utf-8"), "paths come from helpers.paths"


@pytest.mark.notebooks
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_from_a_fresh_kernel(notebook, notebook_run):
    out = notebook_run / notebook.stem / notebook.name
    nb = json.loads(out.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c["execution_count"] for c in code)
    errors = [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    assert not errors
    written = sorted((notebook_run / notebook.stem).glob("*.png"))
    assert written, "the notebook saves at least one figure"
    for png in written:
        assert png.with_suffix(".svg").exists() and png.with_suffix(".csv").exists()
    images = [o for c in code for o in c["outputs"] if "image/png" in o.get("data", {})]
    assert len(images) >= len(written), "every saved figure is also shown in the notebook"

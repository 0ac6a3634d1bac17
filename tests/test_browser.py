"""The notebooks as people use them: JupyterLab in a real browser, Run All Cells, figures shown and saved.

One JupyterLab server per module (127.0.0.1, a free port, a token, its own settings, workspace,
runtime and config folders, the extension manager read-only: there is no network), serving a copy
of the notebooks without outputs; Debian's Chromium driven through Playwright (never
``playwright install``). Figures go to a temporary folder through ``NEWS_FIGURES``.
Skipped when ``/usr/bin/chromium`` is absent (``.ci/run`` installs it).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pandas as pd
import psutil
import pytest
from conftest import CHROMIUM, FIXTURES, digests
from playwright.sync_api import Browser, Page, sync_playwright

from helpers import paths
from helpers.actors import mentions
from helpers.articles import load_article
from helpers.quotes import quotes
from helpers.run import notebooks
from helpers.sections import sections
from helpers.tables import COLUMN_LABELS
from helpers.views import SPEAKER_TINTS

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
NOTEBOOKS = notebooks()
IDS = [p.stem for p in NOTEBOOKS]
#: Seconds to wait for the server, for the kernel to be idle, for one notebook's Run All.
SERVER_START, KERNEL_IDLE, RUN_ALL = 60, 120, 600
#: JupyterLab settings of our own: every cell in the DOM (no windowing), no news or update checks.
SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}
#: What a code cell shows, read from the DOM: its prompt, errors, images, the text of its outputs.
CELLS_JS = r"""() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell')].map(c => ({
    prompt: (c.querySelector('.jp-InputArea-prompt') || {}).textContent || '',
    errors: [...c.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
        .map(o => o.textContent).filter(t => /Traceback \(most recent call last\)|Cell In\[\d+\], line \d+/.test(t)),
    images: [...c.querySelectorAll('.jp-OutputArea-output img')].map(i => i.complete && i.naturalWidth > 0),
    text: (c.querySelector('.jp-Cell-outputArea') || {}).innerText || '',
}))"""
IMAGES_LOADED_JS = "() => [...document.querySelectorAll('.jp-OutputArea-output img')].every(i => i.complete)"
#: The interactive tables (itables) of the open notebook: id, headers, and the cells of the rows shown.
TABLES = ".jp-NotebookPanel:not(.lm-mod-hidden) table.dataTable"
TABLES_JS = r"""() => [...document.querySelectorAll('TABLES')].map(t => ({
    id: t.id,
    headers: [...t.querySelectorAll('thead th')].map(th => th.innerText.trim()),
    rows: [...t.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(td => td.innerText.trim())),
    info: (t.closest('.dt-container')?.querySelector('.dt-info') || {}).innerText || '',
}))""".replace("TABLES", TABLES)
#: A German number as the tables write it: 1.234 or 0,25.
GERMAN_NUMBER = re.compile(r"-?\d{1,3}(\.\d{3})*(,\d+)?|-?\d+(,\d+)?")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not found (Debian: apt-get install -y chromium)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api(lab: SimpleNamespace, path: str, method: str = "GET") -> object:
    """A call to the server's REST API, with the token; the decoded JSON (or None)."""
    request = urllib.request.Request(f"{lab.url}/api/{path}", method=method)
    request.add_header("Authorization", f"token {lab.token}")
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
    return json.loads(body) if body else None


def clean_copy(notebook: Path, folder: Path) -> Path:
    """A copy of ``notebook`` in ``folder`` without outputs or execution counts."""
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / notebook.name)
    return folder / notebook.name


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a copy of the notebooks; shut down by PID afterwards."""
    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "notebooks"
    for notebook in NOTEBOOKS:
        clean_copy(notebook, root)
    for name, values in SETTINGS.items():
        file = tmp / "settings" / f"{name}.jupyterlab-settings"
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(json.dumps(values), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"JUPYTER_PATH", "JUPYTER_CONFIG_PATH"}}
    env.update(
        JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        JUPYTER_CONFIG_DIR=str(tmp / "config"),  # no ~/.jupyter
        JUPYTER_DATA_DIR=str(tmp / "data"),  # no user kernelspecs; the venv's python3 spec stays on the path
        IPYTHONDIR=str(tmp / "ipython"),  # no user startup files
        NEWS_FIGURES=str(tmp / "figures"),
    )
    port, token = free_port(), secrets.token_hex(24)
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
        f"--LabApp.user_settings_dir={tmp / 'settings'}", f"--LabApp.workspaces_dir={tmp / 'workspaces'}",
        "--LabApp.extension_manager=readonly",
    ]  # fmt: skip
    if os.geteuid() == 0:
        command.append("--allow-root")
    log = tmp / "server.log"
    started = time.perf_counter()
    with log.open("w") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp)
    lab = SimpleNamespace(
        url=f"http://127.0.0.1:{port}", token=token, root=root, figures=tmp / "figures",
        screenshots=tmp / "screenshots", server=server, log=log,
    )  # fmt: skip
    lab.screenshots.mkdir()
    try:
        while True:
            if server.poll() is not None:
                pytest.fail(f"JupyterLab stopped (exit {server.returncode}):\n{log.read_text()[-3000:]}")
            try:
                api(lab, "status")
                break
            except OSError:
                if time.perf_counter() - started > SERVER_START:
                    pytest.fail(f"JupyterLab did not answer in {SERVER_START} s:\n{log.read_text()[-3000:]}")
                time.sleep(0.1)
        print(f"JupyterLab antwortet nach {time.perf_counter() - started:.1f} s")
        yield lab
    finally:
        children = psutil.Process(server.pid).children(recursive=True) if server.poll() is None else []
        server.terminate()  # SIGTERM to the server's PID: it shuts its kernels down and exits
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        for child in psutil.wait_procs(children, timeout=5)[1]:
            child.kill()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield chromium
        chromium.close()


def open_notebook(page: Page, lab: SimpleNamespace, path: str) -> None:
    """Open a notebook in a workspace of its own and wait until the STATUS BAR reads its kernel as idle.

    The toolbar's kernel indicator says idle earlier, while the kernel still initialises; a Run All
    then runs nothing. The status bar item reads e.g. ``Python 3 (ipykernel) | Idle``. (A shared
    workspace would reopen the notebooks of earlier tests, and the status bar might speak of one of them.)
    """
    workspace = re.sub(r"\W+", "-", path)
    page.goto(f"{lab.url}/lab/workspaces/{workspace}/tree/{path}?token={lab.token}")
    wait_for_idle(page, Path(path).name)


def wait_for_idle(page: Page, name: str) -> None:
    """Wait until the status bar item of notebook ``name`` reads e.g. ``Python 3 (ipykernel) | Idle``."""
    item = f'#jp-main-statusbar .jp-StatusBar-TextItem[title="Change kernel for {name}"]'
    page.locator(item, has_text=re.compile(r"\| Idle$")).wait_for(timeout=KERNEL_IDLE * 1000)


def menu(page: Page, title: str, item: str) -> None:
    """Click ``item`` (its label, e.g. ``Run All Cells``) in the menu ``title`` of the menu bar."""
    page.locator("#jp-menu-panel .lm-MenuBar-item", has_text=re.compile(rf"^{title}$")).click()
    label = page.locator(".lm-Menu-itemLabel", has_text=re.compile(rf"^{re.escape(item)}$"))
    page.locator(".lm-Menu-item", has=label).click()


def run_all(page: Page, name: str, after: int = 0) -> list[dict]:
    """Run > Run All Cells in notebook ``name``; wait until every code cell has an execution number above ``after``.

    Returns what each code cell shows. Fails at the first error output, with its text.
    """
    menu(page, "Run", "Run All Cells")
    clicked = time.perf_counter()
    started = False
    while True:
        cells = page.evaluate(CELLS_JS)
        errors = [e for c in cells for e in c["errors"]]
        assert not errors, "error output in the notebook:\n" + "\n".join(errors)[-3000:]
        prompts = [c["prompt"].strip() for c in cells]
        counts = [int(m.group(1)) if (m := re.fullmatch(r"\[(\d+)\]:", p)) else 0 for p in prompts]
        if cells and min(counts) > after:
            break
        started = started or "[*]:" in prompts or max(counts, default=0) > after
        waited = time.perf_counter() - clicked
        assert started or waited < 15, f"Run All Cells ran nothing in 15 s: {prompts}"
        assert waited < RUN_ALL, f"not every cell ran in {RUN_ALL} s: {prompts}"
        time.sleep(0.25)
    # the last reply may come before the last outputs: they are all there when the kernel is idle again
    wait_for_idle(page, name)
    page.wait_for_function(IMAGES_LOADED_JS)
    cells = page.evaluate(CELLS_JS)
    assert not [e for c in cells for e in c["errors"]]
    return cells


def save(page: Page, file: Path) -> dict:
    """File > Save Notebook; wait until the file on disk has every execution number; its JSON."""
    menu(page, "File", "Save Notebook")
    deadline = time.perf_counter() + 30
    while True:
        try:
            nb = json.loads(file.read_text(encoding="utf-8"))
        except ValueError:  # read while the server writes it (empty or half; about 1 MB with the tables' library)
            nb = {"cells": []}
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        if code and all(c["execution_count"] for c in code):
            return nb
        assert time.perf_counter() < deadline, f"{file.name} was not saved with its outputs"
        time.sleep(0.2)


def kernels(lab: SimpleNamespace) -> dict[psutil.Process, list[str]]:
    """The server's kernel processes with their command lines."""
    found = {}
    for process in psutil.Process(lab.server.pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):  # gone meanwhile
            if "ipykernel_launcher" in (cmdline := process.cmdline()):
                found[process] = cmdline
    return found


def shut_down_kernel(lab: SimpleNamespace, name: str) -> None:
    """End the notebook's session through the server, then make sure its kernel's PID is gone.

    (Killing the kernel first would make the server restart it.)
    """
    for session in api(lab, "sessions"):
        if session["path"].endswith(name):
            connection = f"kernel-{session['kernel']['id']}.json"
            pids = [p for p, cmdline in kernels(lab).items() if any(arg.endswith(connection) for arg in cmdline)]
            api(lab, f"sessions/{session['id']}", method="DELETE")
            for process in psutil.wait_procs(pids, timeout=10)[1]:
                process.kill()


@contextlib.contextmanager
def screenshot(page: Page, path: Path):
    """Take a screenshot of the page when the block fails, and print its path (a full page of a
    notebook with its figures takes a second or two: not taken when all is well)."""
    try:
        yield
    except BaseException:
        page.screenshot(path=path, full_page=True)
        print(f"Bildschirmfoto: {path}")
        raise


def german_value(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def sort_by(page: Page, table: str, column: int) -> list[float]:
    """Click the header of ``column`` in the table with id ``table``; the column's values shown then."""
    page.locator(f"#{table} thead th").nth(column).click()
    page.wait_for_timeout(300)
    shown = next(t for t in page.evaluate(TABLES_JS) if t["id"] == table)
    return [german_value(row[column]) for row in shown["rows"]]


def check_tables_sort_and_search(page: Page) -> None:
    """The notebook's tables are interactive (the offline library ran), German, sortable by number, searchable.

    Sorting is checked on a numeric column whose values have different numbers of digits (5 and 13),
    so that a sort as text ("13" before "5") would fail.
    """
    page.wait_for_function(f"() => document.querySelectorAll('{TABLES}').length > 0")
    tables = page.evaluate(TABLES_JS)
    assert tables, "no interactive table: did the offline table library load?"
    english = {h for t in tables for h in t["headers"] if h in COLUMN_LABELS and COLUMN_LABELS[h] != h}
    assert not english, f"German headers only: {english}"
    candidates = [
        (t, i)
        for t in tables
        for i in range(len(t["headers"]))
        if len(t["rows"]) > 2
        and all(GERMAN_NUMBER.fullmatch(r[i]) for r in t["rows"])
        and len({len(r[i].split(",")[0]) for r in t["rows"]}) > 1
    ]
    assert candidates, "a table with a numeric column to sort"
    table, column = candidates[0]
    ascending = sort_by(page, table["id"], column)
    assert ascending == sorted(ascending), f"{table['headers'][column]} ascending: {ascending}"
    descending = sort_by(page, table["id"], column)
    assert descending == sorted(descending, reverse=True), f"{table['headers'][column]} descending: {descending}"
    assert descending[0] >= max(german_value(r[column]) for r in table["rows"])
    # the search box filters the rows: the first word of letters in the table
    word = next(w for r in table["rows"] for cell in r for w in re.findall(r"[^\W\d_]{3,}", cell))
    search = page.locator(f"#{table['id']}").locator("xpath=ancestor::div[contains(@class,'dt-container')]//input")
    search.fill(word)
    page.wait_for_timeout(300)
    shown = next(t for t in page.evaluate(TABLES_JS) if t["id"] == table["id"])
    assert shown["rows"] and all(word.lower() in " ".join(r).lower() for r in shown["rows"]), word
    assert "gefiltert aus" in shown["info"] or len(shown["rows"]) == len(table["rows"]), shown["info"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=IDS)
def test_run_all_cells_in_jupyterlab_shows_and_saves_the_figures(notebook, lab, browser: Browser, request):
    folder = lab.figures / notebook.stem
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        with screenshot(page, lab.screenshots / f"{notebook.stem}.png"):
            opened = time.perf_counter()
            open_notebook(page, lab, notebook.name)
            pythons = [cmdline[0] for cmdline in kernels(lab).values()]
            assert pythons == [sys.executable], "one kernel, on the project's python"
            ran = time.perf_counter()
            cells = run_all(page, notebook.name)
            nb = save(page, lab.root / notebook.name)
            took = time.perf_counter() - ran
            print(f"{notebook.stem}: Kernel bereit nach {ran - opened:.1f} s, Run All und Speichern {took:.1f} s")

            pngs = sorted(folder.glob("*.png"))
            assert pngs, f"no figure written to {folder}"
            for png in pngs:
                assert png.with_suffix(".svg").exists() and png.with_suffix(".csv").exists()
                assert any(f"{png.stem}.png, .svg, .csv" in c["text"] for c in cells), f"no cell says it saved {png}"
            images = [ok for c in cells for ok in c["images"]]
            assert all(images) and len(images) >= len(pngs), "every saved figure is rendered as an image"
            shown = {i for i, c in enumerate(cells) if c["images"]}
            said = {i for i, c in enumerate(cells) if f"Gespeichert in {folder}/" in c["text"]}
            assert shown == said, "each figure cell shows its figure and says where it was saved"

            source = notebook.read_text(encoding="utf-8")
            if "show_table(" in source:
                check_tables_sort_and_search(page)
            if "show_article(" in source:
                view = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .article-view")
                assert view.locator(".legend").count() == 1, "the article view with its legend"
                assert view.locator("span.m").count() > 0 and view.locator("span.q").count() > 0

            outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
            assert not [o for o in outputs if o["output_type"] == "error"]
            assert sum("image/png" in o.get("data", {}) for o in outputs) >= len(pngs)
            # the second run of this session (the first is the headless one): the same files, byte for byte
            # (waited for only here: the browser tests start while the headless run goes on)
            assert digests(folder) == digests(request.getfixturevalue("notebook_run") / notebook.stem)
    finally:
        page.close()
        shut_down_kernel(lab, notebook.name)


def test_changing_a_parameter_and_rerunning_writes_the_new_figure(lab, browser: Browser):
    notebook = clean_copy(notebooks(["01"])[0], lab.root / "interaktiv")
    article = FIXTURES / "author_note_quotes.txt"
    csv = lab.figures / notebook.stem / "woerter_je_abschnitt.csv"
    nb = nbformat.read(notebook, as_version=4)
    source = next(c.source for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        with screenshot(page, lab.screenshots / "interaktiv.png"):
            open_notebook(page, lab, f"interaktiv/{notebook.name}")
            first = run_all(page, notebook.name)
            seed_table = pd.read_csv(csv)

            page.locator(".jp-CodeCell", has_text="seeds = None").locator(".cm-content").click()
            page.keyboard.press("Control+a")
            page.keyboard.insert_text(source.replace("seeds = None", f'seeds = "{article.relative_to(paths.ROOT)}"'))
            page.keyboard.press("Escape")
            run_all(page, notebook.name, after=max(int(re.sub(r"\D", "", c["prompt"])) for c in first))
    finally:
        page.close()
        shut_down_kernel(lab, notebook.name)
        shutil.rmtree(notebook.parent)

    table = pd.read_csv(csv)
    expected = sections(load_article(article))
    assert table["heading"].tolist() == expected["heading"].tolist() != seed_table["heading"].tolist()
    assert table["words"].tolist() == expected["words"].tolist()


@pytest.mark.parametrize("notebook", ["03_actor_mentions", "05_quotes"])
def test_the_saved_article_view_opens_offline_with_every_highlight(notebook, browser: Browser, notebook_run, seed):
    pages = sorted((notebook_run / notebook).glob("artikel_*.html"))
    assert len(pages) == 1, f"one article page beside the figures of {notebook}"
    m = mentions(seed)
    q = quotes(seed, mentions=m)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(pages[0].as_uri())
        assert page.title().startswith(seed.title)
        first = page.evaluate("() => document.body.firstElementChild.className")
        assert first == "legend", "the legend on top"
        assert page.locator("span.m").count() == len(m), "one underline per mention"
        quoted = page.evaluate("() => [...document.querySelectorAll('span.q')].map(s => s.title)")
        speakers = q["name"].fillna("ohne Sprecher")
        assert {t.split(", Sprecher: ")[1].split(" (im Text")[0] for t in quoted} == set(speakers)
        hover = page.locator("span.m", has_text="Rubio").first.get_attribute("title")
        assert hover.startswith("Akteur: Marco Rubio (Person), Erwähnung als Name")
        box = page.locator("span.m").first.bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, "the highlights are drawn"
        colours = page.evaluate("() => [...document.querySelectorAll('span.q')].map(s => s.style.backgroundColor)")
        assert len(set(colours)) == min(speakers.nunique(), len(SPEAKER_TINTS)), "one colour per speaker"
        assert page.locator("script").count() == 0
        assert all(u.startswith(("file:", "data:")) for u in requests), f"loads nothing from elsewhere: {requests}"
    finally:
        page.close()

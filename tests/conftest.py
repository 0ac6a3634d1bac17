"""Shared fixtures: the seed, the format-variant fixtures, the real data in ../shared/data."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The tests (and the notebook kernels they start, which inherit the environment) keep their
# Parquet cache out of the project's .cache/. Set before helpers is imported.
os.environ.setdefault("NEWS_CACHE", tempfile.mkdtemp(prefix="news-cache-"))

import matplotlib

matplotlib.use("Agg")  # figures in tests never open a window (in this process only, not in kernels)
import matplotlib.pyplot as plt
import pytest

from helpers import paths
from helpers.articles import Article, load_article

FIXTURES = Path(__file__).parent / "fixtures"
SEED = paths.SEEDS / "000_770f9e3c0690391d.txt"
#: Debian's Chromium for the browser tests; where it is, they run each notebook a second time and compare.
CHROMIUM = Path("/usr/bin/chromium")
#: Seconds the headless run of all notebooks may take (it runs beside the other tests).
NOTEBOOK_RUN_TIMEOUT = 900


#: Folders of the cache that hold one-off tables keyed by package versions and word lists and
#: checked by their digest on read (the lemma memo, the general-German reference, the entity
#: lexicon and per-form features), not tables of articles.
ONE_OFF = ("lemmas", "reference", "entities")


def pytest_configure(config: pytest.Config) -> None:
    """Into the test session's empty cache folder, copy the one-off tables that a run of ``make
    figures`` left in the project's .cache/: they would be built the same way again (about 20 s on
    two cores, in the tests and in the notebook run each). tests/test_caches.py builds them from
    nothing in folders of its own."""
    project_cache = paths.ROOT / ".cache"
    if project_cache == paths.CACHE or not paths.CACHE.is_dir() or any(paths.CACHE.iterdir()):
        return
    for name in ONE_OFF:
        newest: dict[str, Path] = {}  # of each table the file written last (older keys are older versions)
        for file in sorted((project_cache / name).glob("*-*.*")):
            if file.suffix in (".pickle", ".tsv"):
                kind = file.name.rsplit("-", 1)[0]
                if kind not in newest or file.stat().st_mtime > newest[kind].stat().st_mtime:
                    newest[kind] = file
        for file in newest.values():
            (paths.CACHE / name).mkdir(exist_ok=True)
            shutil.copy2(file, paths.CACHE / name / file.name)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the notebook and browser tests last, and start the one headless run of every notebook
    that the notebook tests share right away, in the background, so that it runs beside the unit tests."""
    heavy = {id(i) for i in items if i.get_closest_marker("notebooks") or i.get_closest_marker("browser")}
    items[:] = [i for i in items if id(i) not in heavy] + sorted(
        (i for i in items if id(i) in heavy), key=lambda i: i.get_closest_marker("browser") is not None
    )
    if any(i.get_closest_marker("notebooks") for i in items):
        folder = Path(tempfile.mkdtemp(prefix="notebooks-run-"))
        log = (folder / "run.log").open("w")
        command = [sys.executable, "-m", "helpers", "run", "--figures", str(folder)]
        process = subprocess.Popen(command, cwd=paths.ROOT, stdout=log, stderr=subprocess.STDOUT)
        config.stash[NOTEBOOK_RUN] = (process, folder, time.perf_counter())


NOTEBOOK_RUN = pytest.StashKey[tuple]()


@pytest.fixture(scope="session")
def notebook_run(request: pytest.FixtureRequest) -> Path:
    """The folder of the one headless run of every notebook (``python -m helpers run --figures``,
    as a user types it): executed notebooks and figures, ``figures/<notebook>/``. Fails with the
    run's output when it failed."""
    process, folder, started = request.config.stash[NOTEBOOK_RUN]
    try:
        process.wait(timeout=max(1, NOTEBOOK_RUN_TIMEOUT - (time.perf_counter() - started)))
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail(f"the notebooks did not finish in {NOTEBOOK_RUN_TIMEOUT} s")
    output = (folder / "run.log").read_text(encoding="utf-8")
    assert process.returncode == 0, f"python -m helpers run failed:\n{output[-4000:]}"
    return folder


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(SEED)


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def fixture_article():
    return lambda name: load_article(FIXTURES / f"{name}.txt")


def shared(*parts: str) -> Path:
    """A file of the shared real data; the test is skipped (with the reason) when it is absent."""
    path = paths.SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not found: {path} (set NEWS_SHARED_DATA to the folder of ../shared/data)")
    return path


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every figure file (PNG, SVG, CSV) under ``folder``, by relative path."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.suffix in {".png", ".svg", ".csv"}
    }

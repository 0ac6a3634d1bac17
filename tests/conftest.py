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
# A folder of the test session, shared by pytest-xdist's workers (they inherit the environment):
# the one headless run of the notebooks goes there.
os.environ.setdefault("NEWS_TEST_SESSION", tempfile.mkdtemp(prefix="news-tests-"))

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


#: Runs a command and then writes its exit code to a file (argv: the file, the command), so that
#: every worker of the session can wait for a run that another one started.
_RUN_AND_RECORD = (
    "import os, subprocess, sys; code = subprocess.call(sys.argv[2:]); "
    "open(sys.argv[1] + '.tmp', 'w').write(str(code)); os.replace(sys.argv[1] + '.tmp', sys.argv[1])"
)


def _notebook_run_folder() -> Path:
    return Path(os.environ["NEWS_TEST_SESSION"]) / "notebooks-run"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the browser tests first and the notebook tests last, and start the one headless run of
    every notebook that they share right away, in the background, beside the other tests. With
    ``make test`` (pytest-xdist, two workers, ``--dist loadscope --no-loadscope-reorder``: a
    module's tests on one worker, modules in this order) the browser tests keep one worker busy
    from the start while the other takes the rest; every worker collects, and the first one starts
    the run."""
    browser = [i for i in items if i.get_closest_marker("browser")]
    notebooks = [i for i in items if i.get_closest_marker("notebooks") and not i.get_closest_marker("browser")]
    heavy = {id(i) for i in browser + notebooks}
    items[:] = browser + [i for i in items if id(i) not in heavy] + notebooks
    if not (browser or notebooks):
        return
    folder = _notebook_run_folder()
    try:
        folder.mkdir()  # atomic: one worker of the session starts the run
    except FileExistsError:
        return
    (folder / "started").touch()
    log = (folder / "run.log").open("w")
    command = [sys.executable, "-c", _RUN_AND_RECORD, str(folder / "returncode"),
               sys.executable, "-m", "helpers", "run", "--figures", str(folder)]  # fmt: skip
    process = subprocess.Popen(command, cwd=paths.ROOT, stdout=log, stderr=subprocess.STDOUT)
    config.stash[NOTEBOOK_RUN] = process


NOTEBOOK_RUN = pytest.StashKey[subprocess.Popen]()


@pytest.fixture(scope="session")
def notebook_run() -> Path:
    """The folder of the one headless run of every notebook (``python -m helpers run --figures``,
    as a user types it): executed notebooks and figures, ``figures/<notebook>/``. Fails with the
    run's output when it failed."""
    folder = _notebook_run_folder()
    done = folder / "returncode"
    started = (folder / "started").stat().st_mtime
    while not done.exists():
        if time.time() - started > NOTEBOOK_RUN_TIMEOUT:
            pytest.fail(f"the notebooks did not finish in {NOTEBOOK_RUN_TIMEOUT} s")
        time.sleep(0.5)
    output = (folder / "run.log").read_text(encoding="utf-8")
    assert done.read_text() == "0", f"python -m helpers run failed:\n{output[-4000:]}"
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

"""Shared fixtures: the seed, the format-variant fixtures, the real data in ../shared/data."""

from __future__ import annotations

import os
import tempfile
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

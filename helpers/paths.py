"""Where things live: the one module that knows the project's folders.

Notebooks and helpers never build paths of their own: they ask this module. The project root
(the folder with ``seeds/``, ``notebooks/``, ``figures/``) is found without relying on how the
package was installed: the environment variable ``NEWS_ROOT``, else the nearest folder at or above
the working directory whose ``pyproject.toml`` is this project's (notebooks run in ``notebooks/``),
else the folder above the package when it is such a checkout (an editable install), else the
working directory. Word lists and the gazetteer always come with the package (``DATA``).

>>> from helpers import paths
>>> paths.SEEDS.name
'seeds'
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: Marks a folder as this project's root: its pyproject.toml names the package ``helpers``.
_PROJECT_NAME = re.compile(r'^name\s*=\s*"helpers"\s*$', re.MULTILINE)


def _is_project(folder: Path) -> bool:
    try:
        return bool(_PROJECT_NAME.search((folder / "pyproject.toml").read_text(encoding="utf-8")))
    except OSError:
        return False


def find_root(start: Path | None = None) -> Path:
    """The project root: ``$NEWS_ROOT``, else the nearest project folder at or above ``start``
    (default: the working directory), else the checkout the package lies in, else ``start``.

    >>> find_root(ROOT / "notebooks") == ROOT
    True
    """
    if os.environ.get("NEWS_ROOT"):
        return Path(os.environ["NEWS_ROOT"]).expanduser().resolve()
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if _is_project(folder):
            return folder
    checkout = Path(__file__).resolve().parent.parent
    return checkout if _is_project(checkout) else here


#: The project root (the folder with README.md, seeds/, notebooks/): see :func:`find_root`.
ROOT = find_root()
#: The input articles: read-only, one ``.txt`` file per article.
SEEDS = ROOT / "seeds"
#: The numbered notebooks.
NOTEBOOKS = ROOT / "notebooks"
#: Output of the main job: one folder per notebook with PNG, SVG and CSV files.
#: Override with the environment variable ``NEWS_FIGURES`` (relative paths count from the root),
#: e.g. to send the figures of an interactive JupyterLab session somewhere else.
FIGURES = ROOT / (os.environ.get("NEWS_FIGURES") or "figures")
#: Word lists and the actor gazetteer, shipped with the package.
DATA = Path(__file__).resolve().parent / "data"
#: Cache of the tidy tables of corpora (Parquet); override with the environment variable ``NEWS_CACHE``.
CACHE = Path(os.environ.get("NEWS_CACHE", ROOT / ".cache"))
#: Hand-made gold annotations of real articles (tests and benchmarks measure against them).
GOLD = ROOT / "tests" / "gold"
#: Real German news for tests and benchmarks (not part of the project; see its README).
#: Override with the environment variable ``NEWS_SHARED_DATA``.
SHARED_DATA = Path(os.environ.get("NEWS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def resolve(path: str | os.PathLike[str] | None, default: Path = SEEDS) -> Path:
    """Return ``path`` as an absolute path; relative paths count from the project root.

    Notebooks run inside ``notebooks/``, so a parameter such as ``"seeds/a.txt"`` would
    otherwise point to the wrong place. ``None`` gives ``default``.

    >>> resolve("seeds") == SEEDS
    True
    """
    if path is None or str(path) == "":
        return default
    p = Path(os.path.expanduser(os.fspath(path)))
    return p if p.is_absolute() else ROOT / p


def figure_folder(notebook: str, base: str | os.PathLike[str] | None = None) -> Path:
    """Return (and create) the folder for a notebook's figures: ``figures/<notebook>/``.

    ``base`` replaces ``figures/`` (a notebook parameter); relative paths count from the root.

    >>> figure_folder("01_articles") == FIGURES / "01_articles"
    True
    """
    folder = resolve(base, FIGURES) / notebook
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def short(path: str | os.PathLike[str]) -> Path:
    """``path`` as messages show it: relative to the project root when inside it, else unchanged.

    >>> short(ROOT / "figures" / "01_articles").as_posix(), short("/tmp/out").as_posix()
    ('figures/01_articles', '/tmp/out')
    """
    p = Path(path)
    return p.relative_to(ROOT) if p.is_absolute() and p.is_relative_to(ROOT) else p

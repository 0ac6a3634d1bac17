"""Progress bars for long work: a widget in JupyterLab, a text bar in a terminal.

>>> list(progress_bar(range(3), "Zählen", enable=False))
[0, 1, 2]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm.auto import tqdm

T = TypeVar("T")

#: Show a bar by default only when there are at least this many items.
AUTO_THRESHOLD = 200


def progress_bar(
    items: Iterable[T],
    desc: str,
    unit: str = "",
    enable: bool | None = None,
    total: int | None = None,
    work: int | None = None,
) -> Iterator[T]:
    """Iterate over ``items`` with a progress bar. ``enable=None``: only for long work, that is at
    least :data:`AUTO_THRESHOLD` items, or ``work`` (e.g. the articles behind a few chunks)."""
    if total is None:
        try:
            total = len(items)  # type: ignore[arg-type]
        except TypeError:
            total = None
    if enable is None:
        size = work if work is not None else total
        enable = size is not None and size >= AUTO_THRESHOLD
    if not enable:
        yield from items
        return
    yield from tqdm(items, desc=desc, unit=f" {unit}" if unit else "it", total=total, leave=False)

"""Figures of a corpus over time.

Each function takes a table of :mod:`helpers.corpus` and returns a Figure (or a
:class:`helpers.figures.Skipped` when the input cannot fill it).
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.figures import MIN_DAYS, PALETTE, PERIOD_AXIS, Skipped, german_formatter, needs, new_figure, time_axis

__all__ = ["plot_articles_over_time"]


@needs(days=MIN_DAYS)
def plot_articles_over_time(table: pd.DataFrame, freq_label: str | None = None) -> Figure | Skipped:
    """Articles per period as bars (from :func:`helpers.corpus.articles_over_time`; undated
    articles noted in the subtitle); needs articles from :data:`helpers.figures.MIN_DAYS` days.
    The period (and the axis label) comes from the table; ``freq_label`` is ignored (kept for
    old calls)."""
    title = "Artikel im Zeitverlauf"
    if skip := plot_articles_over_time.needs.check(title, days=table.attrs.get("days", len(table))):
        return skip
    undated = table.attrs.get("undated", 0)
    periods = pd.PeriodIndex(table["period"])
    freq = periods.freqstr[0]
    fig, ax = new_figure(
        title,
        f"Zahl der Artikel je {PERIOD_AXIS[freq]} nach Veröffentlichungsdatum"
        + (f"; {undated} Artikel ohne Datum" if undated else ""),
    )
    x = [p.start_time for p in periods]
    width = pd.Timedelta(days={"D": 0.8, "W": 5.6, "M": 24}[freq])
    ax.bar(x, table["articles"], width=width, color=PALETTE[0])
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(german_formatter())
    ax.set_ylabel("Artikel")
    ax.grid(axis="y")
    ax.set_axisbelow(True)
    time_axis(ax, periods)
    return fig

"""Figures of a corpus over time.

Each function takes a table of :mod:`helpers.corpus` and returns a Figure.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from helpers.figures import PALETTE, german_formatter, new_figure

__all__ = ["plot_articles_over_time"]


def plot_articles_over_time(table: pd.DataFrame, freq_label: str = "Woche") -> Figure:
    """Articles per period as bars (from :func:`helpers.corpus.articles_over_time`; undated
    articles noted in the subtitle)."""
    undated = table.attrs.get("undated", 0)
    fig, ax = new_figure(
        "Artikel im Zeitverlauf",
        f"Zahl der Artikel je {freq_label} nach Veröffentlichungsdatum"
        + (f"; {undated} Artikel ohne Datum" if undated else ""),
    )
    if table.empty:
        ax.text(0.5, 0.5, "Keine datierten Artikel", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    x = table["period"].dt.to_timestamp()
    ax.bar(x, table["articles"], width=0.8 * (x.diff().min() if len(x) > 1 else pd.Timedelta(days=1)), color=PALETTE[0])
    ax.yaxis.set_major_formatter(german_formatter())
    ax.set_ylabel("Artikel")
    ax.grid(axis="y")
    fig.autofmt_xdate()
    return fig

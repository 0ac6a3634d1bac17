"""Figures of quotes: who gets a voice, mentioned or quoted, quotes per section.

Each function takes a table of :mod:`helpers.quotes` and returns a Figure.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.figures import (
    GREY,
    Skipped,
    barh,
    counts_only,
    german_formatter,
    german_number,
    legend_above,
    needs,
    new_figure,
)
from helpers.quotes import KIND_COLORS, KIND_LABELS

__all__ = ["plot_mentioned_vs_quoted", "plot_quotes_by_section", "plot_voices"]


@needs(items=1, items_name="Zitate mit Sprecher")
def plot_voices(counts: pd.DataFrame, unit: str = "Zitate") -> Figure | Skipped:
    """Who gets a voice: quotes (or words) per speaker, stacked by kind: the rows of
    :func:`helpers.quotes.quote_counts` as given (:func:`helpers.quotes.top_speakers` first). Quotes
    without a named speaker ("(ohne Sprecher)", "(Pronomen, nicht zugeordnet)") get no bar: their
    number stands in the subtitle."""
    unnamed = counts.index.astype(str).str.startswith("(")  # "(ohne Sprecher)": no speaker to rank
    if skip := plot_voices.needs.check("Wer kommt zu Wort?", items=int((~unnamed).sum())):
        return skip
    table = counts[~unnamed].drop(columns="total", errors="ignore")
    colors = [KIND_COLORS[k] for k in table.columns]
    table = table.rename(columns=KIND_LABELS)
    totals = counts[unnamed].drop(columns="total", errors="ignore").sum(axis=1)
    apart = "; ohne Balken: " + ", ".join(f"{german_number(n)} {name.strip('()')}" for name, n in totals.items())
    speakers = counts.attrs.get("speakers", len(table))  # all named speakers (helpers.quotes.top_speakers)
    shown = f"die {len(table)} häufigsten von {speakers}" if speakers > len(table) else f"alle {len(table)}"
    fig, ax = new_figure(
        "Wer kommt zu Wort?",
        f"{unit} je Sprecher, nach Art der Wiedergabe; {shown}" + (apart if len(totals) else ""),
        size=(8, 1.6 + 0.32 * len(table)),
    )
    barh(ax, table, xlabel=unit, colors=colors)
    return fig


def _paired_barh(ax: Axes, table: pd.DataFrame, colors: Sequence[str], decimals: int = 0) -> None:
    """Two bars per row (the table's two columns), first row on top, values written at the ends."""
    y = np.arange(len(table))[::-1]
    for offset, column, color in zip((0.18, -0.18), table.columns, colors, strict=True):
        values = table[column].to_numpy(dtype=float)
        ax.barh(y + offset, values, height=0.36, color=color, label=str(column))
        for yi, v in zip(y, values, strict=True):
            if v:
                ax.text(v, yi + offset, " " + german_number(v, decimals), va="center", fontsize=8)
    ax.set_yticks(y, [str(i) for i in table.index])
    ax.tick_params(axis="y", length=0)
    if counts_only(table.to_numpy()):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(german_formatter())
    ax.set_xlim(0, max(float(table.to_numpy().max()), 1.0) * 1.15)
    ax.grid(axis="x")
    ax.set_axisbelow(True)
    legend_above(ax, ncol=2)


@needs(items=1, items_name="erwähnte oder zitierte Akteure")
def plot_mentioned_vs_quoted(table: pd.DataFrame) -> Figure | Skipped:
    """Talked about, or talking? Mentions and quotes per actor side by side: the rows of
    :func:`helpers.quotes.mentioned_and_quoted` as given (``.head(top_n)`` first)."""
    if skip := plot_mentioned_vs_quoted.needs.check("Erwähnt oder zitiert?", items=len(table)):
        return skip
    shown = table.set_index("name")[["mentions", "quotes"]]
    shown.columns = ["Erwähnungen", "Zitate"]
    fig, ax = new_figure(
        "Erwähnt oder zitiert?",
        "Wie oft ein Akteur genannt wird und wie oft er selbst zu Wort kommt (Zitate aller Art)",
        size=(8, 1.6 + 0.42 * len(shown)),
    )
    _paired_barh(ax, shown, [GREY, KIND_COLORS["direct"]])
    return fig


@needs(groups=2, groups_name="Abschnitte", items=1, items_name="Zitate")
def plot_quotes_by_section(table: pd.DataFrame) -> Figure | Skipped:
    """Quotes per section, stacked by kind (from :func:`helpers.quotes.quotes_by_section`)."""
    total = int(table.to_numpy().sum()) if table.size else 0
    if skip := plot_quotes_by_section.needs.check("Wo wird zitiert?", groups=len(table), items=total):
        return skip
    shown = table.rename(columns=KIND_LABELS)
    fig, ax = new_figure(
        "Wo wird zitiert?",
        "Zitate je Abschnitt, nach Art der Wiedergabe",
        size=(8, 1.6 + 0.4 * len(shown)),
    )
    barh(ax, shown, xlabel="Zitate", colors=[KIND_COLORS[k] for k in table.columns])
    return fig

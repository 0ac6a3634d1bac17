"""Figures of term counts: top terms, per section, word clouds, keyness, collocations.

Each function takes a table of :mod:`helpers.terms` and returns a matplotlib Figure in house
style (:mod:`helpers.figures`); :func:`helpers.figures.save_figure` writes it with its data.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from wordcloud import WordCloud

from helpers.figures import FONT, GREY, PALETTE, barh, german_formatter, german_number, new_figure

__all__ = [
    "WORDFREQ_SOURCE",
    "plot_collocations",
    "plot_keyness",
    "plot_top_terms",
    "plot_top_terms_per_section",
    "plot_word_cloud",
    "plot_word_clouds_per_section",
    "word_cloud",
]

#: Source line of the figures that compare with general German.
WORDFREQ_SOURCE = "Referenz: allgemeines Deutsch aus dem Paket wordfreq (R. Speer, CC BY-SA 4.0)"


def _series(freqs: pd.DataFrame | pd.Series, value: str = "count") -> pd.Series:
    """term -> value, from a :func:`helpers.terms.term_frequencies` table (or a Series), in its order."""
    if isinstance(freqs, pd.Series):
        return freqs
    return pd.Series(freqs[value].to_numpy(), index=freqs["term"].to_numpy(), name=value)


def _panel_titles(groups: pd.DataFrame, labels: pd.DataFrame | None) -> list[str]:
    """Panel titles for (article, section) groups: the section heading, with the article when
    there are several."""
    if labels is None or not {"article", "section"} <= set(groups.columns):
        return [" · ".join(str(v) for v in row) for row in groups.itertuples(index=False)]
    heading = {(str(a), s): h for a, s, h in labels[["article", "section", "heading"]].itertuples(index=False)}
    several = groups["article"].nunique() > 1
    return [
        (f"{a}: " if several else "") + _short(heading.get((str(a), s), f"Abschnitt {s}"))
        for a, s in groups[["article", "section"]].itertuples(index=False)
    ]


def _short(text: str, chars: int = 48) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _section_grid(freqs, labels, ncols, max_panels, title, subtitle, source, panel_height) -> Figure:
    """A figure with one panel per (article, section) of ``freqs`` (at most ``max_panels``):
    ``(fig, [(ax, that section's rows, panel title), ...])``; unused panels are hidden."""
    groups = freqs[["article", "section"]].drop_duplicates().head(max_panels).reset_index(drop=True)
    n = len(groups)
    ncols = max(1, min(ncols, n))
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = new_figure(title, subtitle, source=source, nrows=nrows, ncols=ncols, squeeze=False,
                           size=(4.2 * ncols, 0.9 + panel_height * nrows))  # fmt: skip
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    panels = [
        (ax, freqs[(freqs["article"] == article) & (freqs["section"] == section)], name)
        for ax, (article, section), name in zip(axes.flat, groups.itertuples(index=False),
                                                 _panel_titles(groups, labels), strict=False)
    ]  # fmt: skip
    return fig, panels


def plot_top_terms(
    freqs: pd.DataFrame,
    top_n: int = 20,
    *,
    title: str = "Die häufigsten Begriffe",
    subtitle: str | None = None,
    source: str | None = None,
) -> Figure:
    """Horizontal bars of the ``top_n`` most frequent terms of a :func:`helpers.terms.term_frequencies` table
    (without groups), the most frequent on top, the count at each bar. Returns the figure."""
    data = _series(freqs).head(top_n)
    fig, ax = new_figure(title, subtitle, source=source, size=(8, 1.3 + 0.27 * max(len(data), 3)))
    barh(ax, data, xlabel="Anzahl")
    return fig


def plot_top_terms_per_section(
    freqs: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    top_n: int = 8,
    *,
    ncols: int = 2,
    max_panels: int = 8,
    title: str = "Die häufigsten Begriffe je Abschnitt",
    subtitle: str | None = None,
    source: str | None = None,
) -> Figure:
    """Small multiples: the ``top_n`` terms of each section (at most ``max_panels`` panels) of a
    :func:`term_frequencies` table grouped by ``["article", "section"]``; one scale for all
    panels. ``labels`` (:func:`helpers.sections.section_labels`) gives the panel titles."""
    fig, panels = _section_grid(freqs, labels, ncols, max_panels, title, subtitle, source,
                                panel_height=0.55 + 0.24 * top_n)  # fmt: skip
    top = freqs["count"].max() if len(freqs) else 1
    for ax, part, name in panels:
        barh(ax, _series(part).head(top_n), colors=[PALETTE[0]])
        ax.set_xlim(0, top * 1.15)
        ax.xaxis.set_major_formatter(german_formatter())
        ax.set_title(name, loc="left", fontsize=9, fontweight="bold")
    return fig


def word_cloud(
    freqs: pd.DataFrame | pd.Series,
    *,
    width: int = 1400,
    height: int = 800,
    max_words: int = 80,
    random_state: int = 42,
) -> WordCloud:
    """A ``wordcloud.WordCloud`` drawn from our frequencies (term -> count), not from raw text:
    wordcloud's own tokenizer and its bigrams would count words twice. Fixed ``random_state``
    (same picture every run), matplotlib's DejaVu Sans (umlauts, ß), horizontal words, the
    most frequent tenth in the house blue."""
    data = _series(freqs)
    data = data[data > 0].head(max_words)
    strong = set(data.index[: max(1, math.ceil(len(data) / 10))])

    def color(word, **_kwargs):
        return PALETTE[0] if word in strong else GREY

    cloud = WordCloud(
        font_path=font_manager.findfont(FONT), width=width, height=height, max_words=max_words,
        background_color="white", random_state=random_state, collocations=False,
        prefer_horizontal=1.0, color_func=color, margin=4, relative_scaling=0.5,
    )  # fmt: skip
    return cloud.generate_from_frequencies({str(k): float(v) for k, v in data.items()})


def plot_word_cloud(
    freqs: pd.DataFrame | pd.Series,
    *,
    title: str = "Wortwolke",
    subtitle: str | None = None,
    source: str | None = None,
    **options,
) -> Figure:
    """A word cloud (see :func:`word_cloud`) in a figure of the house style."""
    fig, ax = new_figure(title, subtitle, source=source, size=(8, 5.2))
    ax.imshow(word_cloud(freqs, **options).to_array(), interpolation="bilinear")
    ax.set_axis_off()
    return fig


def plot_word_clouds_per_section(
    freqs: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    *,
    ncols: int = 2,
    max_panels: int = 8,
    title: str = "Wortwolken je Abschnitt",
    subtitle: str | None = None,
    source: str | None = None,
    **options,
) -> Figure:
    """One word cloud per section of a :func:`term_frequencies` table grouped by
    ``["article", "section"]``, in a grid (at most ``max_panels``)."""
    options = {"width": 900, "height": 560, "max_words": 40, **options}
    fig, panels = _section_grid(freqs, labels, ncols, max_panels, title, subtitle, source, panel_height=2.9)
    for ax, part, name in panels:
        ax.imshow(word_cloud(part, **options).to_array(), interpolation="bilinear")
        ax.set_title(name, loc="left", fontsize=9, fontweight="bold")
        ax.set_axis_off()
    return fig


def plot_keyness(
    table: pd.DataFrame,
    top_n: int = 15,
    *,
    title: str = "Was den Text ausmacht",
    subtitle: str | None = None,
    source: str | None = WORDFREQ_SOURCE,
    max_p: float = 0.05,
) -> Figure:
    """Diverging bars of a :func:`keyness` table: the ``top_n`` most over-represented terms
    (right, blue) and the ``top_n`` most under-represented (left, orange) with ``p_value``
    below ``max_p``; bar length is the log-likelihood G²."""
    significant = table[table["p_value"] < max_p]
    over = significant[significant["log_likelihood"] > 0].head(top_n)
    under = significant[significant["log_likelihood"] < 0].tail(top_n)
    shown = pd.concat([over, under])
    fig, ax = new_figure(title, subtitle, source=source, size=(8, 1.5 + 0.27 * max(len(shown), 3)))
    y = np.arange(len(shown))[::-1]
    values = shown["log_likelihood"].to_numpy(dtype=float)
    ax.barh(y, values, color=[PALETTE[0] if v > 0 else PALETTE[3] for v in values], height=0.7)
    ax.set_yticks(y, shown["term"].astype(str).tolist())
    ax.tick_params(axis="y", length=0)
    ax.axvline(0, color="#333333", linewidth=0.8)
    span = np.abs(values).max() if len(values) else 1.0
    for yi, v in zip(y, values, strict=True):
        ax.text(v + (span * 0.01 if v >= 0 else -span * 0.01), yi, german_number(v, 1), va="center",
                ha="left" if v >= 0 else "right", fontsize=8)  # fmt: skip
    ax.set_xlim(min(values.min(), 0) * 1.15 if len(values) else -1, max(values.max(), 0) * 1.15 if len(values) else 1)
    ax.xaxis.set_major_formatter(german_formatter())
    ax.set_xlabel("Log-Likelihood G² (rechts: häufiger, links: seltener als in der Referenz)")
    ax.grid(axis="x")
    ax.set_axisbelow(True)
    return fig


def plot_collocations(
    table: pd.DataFrame,
    top_n: int = 12,
    *,
    title: str = "Feste Wortverbindungen",
    subtitle: str | None = None,
    source: str | None = None,
) -> Figure:
    """A :func:`collocations` table as a figure: collocation, count, log-likelihood, PMI."""
    shown = table.head(top_n)
    rows = [[c, german_number(n), german_number(llr, 1), german_number(pmi, 1)]
            for c, n, llr, pmi in shown[["collocation", "count", "llr", "pmi"]].itertuples(index=False)]  # fmt: skip
    fig, ax = new_figure(title, subtitle, source=source, size=(8, 1.0 + 0.3 * (max(len(rows), 1) + 1)))
    ax.set_axis_off()
    if not rows:
        ax.text(0, 0.5, "Keine Wortverbindung erreicht die Mindestzahl.", fontsize=10, color=GREY)
        return fig
    cells = ax.table(cellText=rows, colLabels=["Wortverbindung", "Anzahl", "Log-Likelihood", "PMI"],
                     cellLoc="left", colLoc="left", colWidths=[0.52, 0.14, 0.2, 0.14], bbox=(0, 0, 1, 1),
                     edges="horizontal")  # fmt: skip
    cells.auto_set_font_size(False)
    cells.set_fontsize(9)
    for (row, col), cell in cells.get_celld().items():
        cell.PAD = 0.02
        cell.set_edgecolor("#333333" if row == 0 else "#DDDDDD")
        if row == 0:
            cell.set_text_props(fontweight="bold", color="#333333")
        else:
            cell.set_text_props(color=PALETTE[0] if col == 0 else "#222222")
        if col > 0:
            cell.get_text().set_horizontalalignment("right")
            cell._loc = "right"
    return fig

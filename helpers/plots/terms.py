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

from helpers.figures import (
    DPI,
    FONT,
    GREY,
    PALETTE,
    Skipped,
    barh,
    german_formatter,
    german_number,
    needs,
    new_figure,
    wrap_label,
)
from helpers.figures import article_label as _article_label

__all__ = [
    "MIN_COLLOCATION",
    "MIN_FONT_PT",
    "MIN_TERM_COUNT",
    "WORDFREQ_SOURCE",
    "cut_at",
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
#: A term in a ranking of frequent terms occurs at least this often (once is no ranking).
MIN_TERM_COUNT = 2
#: A word pair is a collocation from this many occurrences on (a pair seen once is none).
MIN_COLLOCATION = 2
#: The smallest word of a word cloud, in points at the saved size (print needs 9 pt or more).
MIN_FONT_PT = 9
#: Ties at the cut of a ranking are all shown when they add at most this many rows.
TIE_SLACK = 4


def _times(n: float, unit: str | None) -> str:
    if unit is None:
        return "gleichem Wert"
    one, many = {"Nennungen": ("Nennung", "Nennungen")}.get(unit, (unit, unit))
    return f"{german_number(n)} {one if n == 1 else many}"


def cut_at(values: pd.Series, top_n: int, unit: str | None = "Nennungen") -> tuple[pd.Series, str | None]:
    """The first ``top_n`` of a ranking (largest first) without cutting through a tie: the tied
    values at the cut are all kept when they add at most :data:`TIE_SLACK` rows, else left out
    and counted in a note ("und 24 weitere mit 2 Nennungen"; ``unit=None``: "mit gleichem Wert").

    >>> s = pd.Series([5, 3, 2, 2, 2, 2, 2, 2, 1], index=list("abcdefghi"))
    >>> cut_at(s, 3)
    (a    5
    b    3
    dtype: int64, 'und 6 weitere mit 2 Nennungen')
    >>> cut_at(s, 7)[0].index.tolist(), cut_at(s, 7)[1]
    (['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], None)
    """
    if len(values) <= top_n:
        return values, None
    at_cut = values.iloc[top_n - 1]
    if not np.isclose(values.iloc[top_n], at_cut):
        return values.iloc[:top_n], None
    tied = np.isclose(values.to_numpy(dtype=float), float(at_cut))
    above = int((values.to_numpy(dtype=float) > at_cut + 1e-9).sum())
    if above + tied.sum() <= top_n + TIE_SLACK:
        return values.iloc[: above + int(tied.sum())], None
    if above:
        return values.iloc[:above], f"und {tied.sum()} weitere mit {_times(at_cut, unit)}"
    return values.iloc[:top_n], f"und {int(tied.sum()) - (top_n - above)} weitere mit {_times(at_cut, unit)}"


def _subtitle(subtitle: str | None, note: str | None) -> str | None:
    if not note:
        return subtitle
    return f"{subtitle}; {note}" if subtitle else note[:1].upper() + note[1:]


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
        (f"{_article_label(a, 40)}\n" if several else "")
        + wrap_label(heading.get((str(a), s), f"Abschnitt {s}"), 44, 2)
        for a, s in groups[["article", "section"]].itertuples(index=False)
    ]


def _section_grid(freqs, labels, ncols, max_panels, title, subtitle, source, panel_height) -> Figure:
    """A figure with one panel per (article, section) of ``freqs`` (at most ``max_panels``):
    ``(fig, [(ax, that section's rows, panel title), ...])``; unused panels are hidden."""
    groups = freqs[["article", "section"]].drop_duplicates().head(max_panels).reset_index(drop=True)
    n = len(groups)
    ncols = max(1, min(ncols, n))
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = new_figure(title, subtitle, source=source, nrows=nrows, ncols=ncols, squeeze=False,
                           size=(4.2 * ncols, 0.9 + (panel_height + 0.2) * nrows))  # fmt: skip
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    panels = [
        (ax, freqs[(freqs["article"] == article) & (freqs["section"] == section)], name)
        for ax, (article, section), name in zip(axes.flat, groups.itertuples(index=False),
                                                 _panel_titles(groups, labels), strict=False)
    ]  # fmt: skip
    return fig, panels


@needs(items=3, items_name="Begriffe, die mehr als einmal vorkommen")
def plot_top_terms(
    freqs: pd.DataFrame,
    top_n: int = 20,
    *,
    title: str = "Die häufigsten Begriffe",
    subtitle: str | None = None,
    source: str | None = None,
) -> Figure | Skipped:
    """Horizontal bars of the ``top_n`` most frequent terms of a :func:`helpers.terms.term_frequencies` table
    (without groups), the most frequent on top, the count at each bar. Only terms seen at least
    :data:`MIN_TERM_COUNT` times rank; a tie at the cut is shown whole or named in the subtitle."""
    data = _series(freqs)
    data = data[data >= MIN_TERM_COUNT]
    if skip := plot_top_terms.needs.check(title, items=len(data)):
        return skip
    data, note = cut_at(data, top_n)
    fig, ax = new_figure(title, _subtitle(subtitle, note), source=source, size=(8, 1.3 + 0.27 * max(len(data), 3)))
    barh(ax, data, xlabel="Anzahl")
    return fig


@needs(groups=2, groups_name="Abschnitte", items=1, items_name="Begriffe, die in einem Abschnitt mehrfach vorkommen")
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
) -> Figure | Skipped:
    """Small multiples: the ``top_n`` terms of each section (at most ``max_panels`` panels) of a
    :func:`term_frequencies` table grouped by ``["article", "section"]``; one scale for all
    panels. ``labels`` (:func:`helpers.sections.section_labels`) gives the panel titles. Terms
    seen once in a section are left out, ties at the cut are shown or counted under the panel."""
    groups = freqs[["article", "section"]].drop_duplicates()
    frequent = freqs[freqs["count"] >= MIN_TERM_COUNT]
    if skip := plot_top_terms_per_section.needs.check(title, groups=len(groups), items=len(frequent)):
        return skip
    note = f"je Abschnitt Begriffe ab {MIN_TERM_COUNT} Nennungen"
    fig, panels = _section_grid(freqs, labels, ncols, max_panels, title, _subtitle(subtitle, note), source,
                                panel_height=0.55 + 0.24 * top_n)  # fmt: skip
    top = frequent["count"].max()
    for ax, part, name in panels:
        shown, cut = cut_at(_series(part[part["count"] >= MIN_TERM_COUNT]), top_n)
        if len(shown):
            barh(ax, shown, colors=[PALETTE[0]])
        else:
            ax.text(0, 0.5, "kein Begriff mehrfach", color=GREY, fontsize=9, transform=ax.transAxes)
            ax.set_yticks([])
        ax.set_xlim(0, top * 1.15)
        ax.xaxis.set_major_formatter(german_formatter())
        ax.set_title(name + (f"\n({cut})" if cut else ""), loc="left", fontsize=9, fontweight="bold")
    return fig


def word_cloud(
    freqs: pd.DataFrame | pd.Series,
    *,
    width: int = 1400,
    height: int = 800,
    max_words: int = 80,
    random_state: int = 42,
    min_font_size: int = 4,
    scale: int = 1,
) -> WordCloud:
    """A ``wordcloud.WordCloud`` drawn from our frequencies (term -> count), not from raw text:
    wordcloud's own tokenizer and its bigrams would count words twice. Fixed ``random_state``
    (same picture every run), matplotlib's DejaVu Sans (umlauts, ß), horizontal words, the
    most frequent tenth in the house blue. Words that fit only below ``min_font_size`` (pixels)
    are left out. ``scale``: the words are placed on a grid of ``width`` × ``height`` and drawn
    ``scale`` times as large (placing costs time with every pixel; drawing is sharp at any scale)."""
    data = _series(freqs)
    data = data[data > 0].head(max_words)
    strong = set(data.index[: max(1, math.ceil(len(data) / 10))])

    def color(word, **_kwargs):
        return PALETTE[0] if word in strong else GREY

    cloud = WordCloud(
        font_path=font_manager.findfont(FONT), width=width, height=height, max_words=max_words,
        background_color="white", random_state=random_state, collocations=False,
        prefer_horizontal=1.0, color_func=color, margin=2 + 2 * scale, relative_scaling=0.5,
        min_font_size=min_font_size, scale=scale,
    )  # fmt: skip
    return cloud.generate_from_frequencies({str(k): float(v) for k, v in data.items()})


#: Word clouds are laid out on a grid this many times coarser than the saved PNG and drawn at its
#: full resolution: placing the 80 words of the seed on 1,503 × 833 pixels took 2.5 s, on half of
#: each side 0.7 s, and a word's place a pixel of 200 dpi off is invisible. Its margin grows with
#: the scale (6 grid pixels, 12 in the PNG): a word drawn large is a little wider than twice its size
#: on the grid, and "Miami" ran into "USA" with 8 pixels in the PNG.
CLOUD_SCALE = 2


def _cloud_in(ax, freqs, options: dict, *, laid_out: bool = False) -> WordCloud:
    """Draw a word cloud filling ``ax`` at the saved resolution (one cloud pixel per PNG pixel), its
    smallest word :data:`MIN_FONT_PT` points or larger. ``laid_out``: the figure's layout has run
    with every cloud's axes switched off (a grid of clouds lays out once, not once per cloud)."""
    fig = ax.figure
    if not laid_out:
        # without ticks before the layout: the layout at saving finds the box the cloud was made for
        # (tick labels measured and then removed left the cloud resampled into a larger box)
        ax.set_axis_off()
        fig.get_layout_engine().execute(fig)
    box = ax.get_position()
    width_in, height_in = box.width * fig.get_figwidth(), box.height * fig.get_figheight()
    width, height = max(int(width_in * DPI), 50), max(int(height_in * DPI), 50)
    scale = options.get("scale", CLOUD_SCALE)
    options = {"width": math.ceil(width / scale), "height": math.ceil(height / scale), "scale": scale,
               "min_font_size": math.ceil(MIN_FONT_PT / 72 * DPI / scale), **options}  # fmt: skip
    cloud = word_cloud(freqs, **options)
    pixels = cloud.to_array()[:height, :width]
    opaque = np.full(pixels.shape[:2], 255, dtype=np.uint8)  # RGBA: matplotlib adds the alpha in every save else
    ax.imshow(np.dstack([pixels, opaque]), interpolation="nearest")
    ax.cloud = cloud  # for the tests: the words and font sizes drawn
    return cloud


#: Terms seen more than once that a word cloud needs (as the bar chart of the most frequent terms).
CLOUD_MIN_REPEATED = 3


@needs(items=10, items_name="verschiedene Begriffe")
def plot_word_cloud(
    freqs: pd.DataFrame | pd.Series,
    *,
    title: str = "Wortwolke",
    subtitle: str | None = None,
    source: str | None = None,
    **options,
) -> Figure | Skipped:
    """A word cloud (see :func:`word_cloud`) in a figure of the house style, drawn at the saved
    resolution; words that would print smaller than :data:`MIN_FONT_PT` points are left out."""
    data = _series(freqs)
    if skip := plot_word_cloud.needs.check(title, items=int((data > 0).sum())):
        return skip
    repeated = int((data >= MIN_TERM_COUNT).sum())
    if repeated < CLOUD_MIN_REPEATED:  # words all seen once: their sizes would tell nothing
        return Skipped(f"„{title}“ entfällt: Dafür braucht es mindestens {CLOUD_MIN_REPEATED} Begriffe, die mehr "
                       f"als einmal vorkommen, hier sind es {repeated}; sonst sagt die Schriftgröße nichts.")
    subtitle = subtitle or "Schriftgröße nach Häufigkeit"
    fig, ax = new_figure(title, subtitle, source=source, size=(8, 5.2))
    cloud = _cloud_in(ax, data, options)
    if len(cloud.layout_) < min(int((data > 0).sum()), options.get("max_words", 80)):
        fig.texts[1].set_text(f"{subtitle}; die {len(cloud.layout_)} häufigsten, die lesbar Platz finden")
    return fig


@needs(groups=2, groups_name="Abschnitte")
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
) -> Figure | Skipped:
    """One word cloud per section of a :func:`term_frequencies` table grouped by
    ``["article", "section"]``, in a grid (at most ``max_panels``)."""
    groups = freqs[["article", "section"]].drop_duplicates()
    if skip := plot_word_clouds_per_section.needs.check(title, groups=len(groups)):
        return skip
    options = {"max_words": 40, **options}
    fig, panels = _section_grid(freqs, labels, ncols, max_panels, title, subtitle, source, panel_height=2.9)
    for ax, _part, name in panels:
        ax.set_title(name, loc="left", fontsize=9, fontweight="bold")
        ax.set_axis_off()
    fig.get_layout_engine().execute(fig)
    for ax, part, _name in panels:
        _cloud_in(ax, part, options, laid_out=True)
    return fig


@needs(items=1, items_name="Begriffe mit deutlichem Unterschied zur Referenz")
def plot_keyness(
    table: pd.DataFrame,
    top_n: int = 15,
    *,
    title: str = "Was den Text ausmacht",
    subtitle: str | None = None,
    source: str | None = WORDFREQ_SOURCE,
    max_p: float = 0.05,
) -> Figure | Skipped:
    """Diverging bars of a :func:`keyness` table: the ``top_n`` most over-represented terms
    (right, blue) and the ``top_n`` most under-represented (left, orange) with ``p_value``
    below ``max_p``; bar length is the log-likelihood G²."""
    significant = table[table["p_value"] < max_p]
    over = significant[significant["log_likelihood"] > 0].head(top_n)
    under = significant[significant["log_likelihood"] < 0].tail(top_n)
    shown = pd.concat([over, under])
    if skip := plot_keyness.needs.check(title, items=len(shown)):
        return skip
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


@needs(items=3, items_name=f"Wortpaare, die mindestens {MIN_COLLOCATION}-mal vorkommen")
def plot_collocations(
    table: pd.DataFrame,
    top_n: int = 12,
    *,
    title: str = "Feste Wortverbindungen",
    subtitle: str | None = None,
    source: str | None = None,
) -> Figure | Skipped:
    """A :func:`collocations` table as a figure: collocation, count, log-likelihood, PMI. Pairs
    seen fewer than :data:`MIN_COLLOCATION` times are no collocations; a tie at the cut is shown
    whole or counted in the subtitle."""
    table = table[table["count"] >= MIN_COLLOCATION]
    if skip := plot_collocations.needs.check(title, items=len(table)):
        return skip
    kept, note = cut_at(table["llr"].round(6).set_axis(range(len(table))), top_n, unit=None)
    shown = table.iloc[: len(kept)]
    subtitle = _subtitle(subtitle, note)
    rows = [[c, german_number(n), german_number(llr, 1), german_number(pmi, 1)]
            for c, n, llr, pmi in shown[["collocation", "count", "llr", "pmi"]].itertuples(index=False)]  # fmt: skip
    fig, ax = new_figure(title, subtitle, source=source, size=(8, 1.0 + 0.3 * (max(len(rows), 1) + 1)))
    ax.set_axis_off()
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

"""Figures of sections and topics: words per section, distinctive terms, topic flow, topics.

Each function takes a table of :mod:`helpers.sections` and returns a Figure.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.figures import PALETTE, barh, german_formatter, heatmap, new_figure, shorten

__all__ = [
    "plot_distinctive_terms",
    "plot_topic_by_category",
    "plot_topic_flow",
    "plot_topic_shares",
    "plot_topic_terms",
    "plot_words_per_section",
]

_GROUP_NAMES = {
    "section": ("Abschnitte", "Abschnitt"),
    "category": ("Kategorien", "Kategorie"),
    "article": ("Artikel", "Artikel"),
    "kind": ("Textteile", "Textteil"),
}


def plot_words_per_section(table: pd.DataFrame, max_articles: int = 6) -> Figure:
    """Words per section, one panel per article (at most ``max_articles``), sections top-down.

    ``table`` is the output of :func:`helpers.sections.sections`.
    """
    shown = list(dict.fromkeys(table["article"]))[:max_articles]
    n = len(shown)
    fig, axes = new_figure(
        "Wörter je Abschnitt",
        "Wörter ohne Satzzeichen in Vorspann, Zwischenüberschriften und Absätzen"
        + (f"; die ersten {n} von {table['article'].nunique()} Artikeln" if table["article"].nunique() > n else ""),
        nrows=n,
        size=(8, 1.2 + sum(0.45 * (table["article"] == a).sum() + 0.5 for a in shown)),
        squeeze=False,
        gridspec_kw={"height_ratios": [max(1, (table["article"] == a).sum()) for a in shown]},
    )
    for ax, article in zip(axes[:, 0], shown, strict=True):
        part = table[table["article"] == article]
        barh(ax, part.set_index("heading")["words"], xlabel="Wörter" if ax is axes[-1, 0] else None)
        if n > 1:
            ax.set_title(str(article), loc="left", fontsize=9, fontweight="bold")
    return fig


def _panel_grid(n: int, columns: int = 2) -> tuple[int, int]:
    return max(1, -(-n // columns)), min(columns, max(n, 1))


def plot_distinctive_terms(
    table: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    top_n: int = 8,
    group: str = "section",
    title: str | None = None,
) -> Figure:
    """Small multiples of :func:`helpers.sections.distinctive_terms`: one panel per group, bars of
    z-scores (or TF-IDF); for sections, ``labels`` (:func:`helpers.articles.section_labels`) gives
    the headings as panel titles; ``title`` replaces the default title."""
    score = "z" if "z" in table.columns else "tf_idf"
    headings = {}
    if group == "section" and labels is not None:
        headings = {(r.article, r.section): r.heading for r in labels.itertuples()}
    keys = ["article", group] if group == "section" else [group]
    groups = list(table.groupby(keys, observed=True, sort=True))
    plural, singular = _GROUP_NAMES.get(group, ("Gruppen", "Gruppe"))
    rows, cols = _panel_grid(len(groups), 3 if len(groups) > 4 else 2)
    fig, axes = new_figure(
        title or f"Was die {plural} unterscheidet",
        f"Typische Begriffe je {singular} gegenüber den übrigen: gewichtete Log-Odds (z-Wert), Monroe et al. 2008"
        if score == "z"
        else f"Typische Begriffe je {singular}: TF-IDF",
        nrows=rows,
        ncols=cols,
        size=(4.5 * cols, 1.2 + rows * (0.3 * top_n + 0.8)),
        squeeze=False,
    )
    for ax, (key, part) in zip(axes.ravel(), groups, strict=False):
        key = key if isinstance(key, tuple) else (key,)
        title = headings.get(key, " / ".join(str(k) for k in key))
        part = part.nsmallest(top_n, "rank")
        barh(ax, part.set_index("term")[score], decimals=1)
        ax.set_title(
            "\n".join(textwrap.wrap(shorten(str(title), 70), 36, break_long_words=False)), loc="left", fontsize=9.5
        )
    for ax in axes.ravel()[len(groups) :]:
        ax.set_axis_off()
    return fig


def plot_topic_flow(part: pd.DataFrame) -> Figure:
    """Similarity of each paragraph to the previous one along one article (its rows of
    :func:`helpers.sections.topic_flow`); headings marked."""
    fig, ax = new_figure(
        "Wo wechselt das Thema?",
        "Ähnlichkeit jedes Absatzes mit dem vorigen (Kosinus der Begriffszahlen); gestrichelt: Zwischenüberschriften",
        size=(9, 4.8),
    )
    x = np.arange(1, len(part) + 1)
    ax.plot(x, part["similarity"], marker="o", color=PALETTE[0], linewidth=1.8)
    for xi, row in zip(x, part.itertuples(), strict=True):
        if pd.notna(row.heading):
            ax.axvline(xi, color="#999999", linestyle="--", linewidth=0.8)
            ax.text(
                xi + 0.05,
                1.02,
                "\n".join(textwrap.wrap(row.heading, 18, break_long_words=False)[:3]),
                fontsize=7,
                color="#555555",
                va="bottom",
                transform=ax.get_xaxis_transform(),
            )
    ax.set_xticks(x, [f"{int(r.previous)}→{int(r.paragraph)}" for r in part.itertuples()], fontsize=7, rotation=45)
    ax.set_xlabel("Absatzpaar (Nummer der Zeile im Artikel)")
    ax.set_ylabel("Ähnlichkeit")
    ax.yaxis.set_major_formatter(german_formatter())
    ax.set_ylim(0, 1)
    ax.grid(axis="y")
    return fig


def plot_topic_terms(terms: pd.DataFrame, top_n: int = 8) -> Figure:
    """Small multiples: the top terms of each topic, by weight."""
    groups = list(terms.groupby("topic", sort=True))
    rows, cols = _panel_grid(len(groups), 3 if len(groups) > 4 else 2)
    fig, axes = new_figure(
        "Themen",
        "Die wichtigsten Begriffe je Thema (NMF auf TF-IDF der Lemmata)",
        nrows=rows,
        ncols=cols,
        size=(10, 1.2 + rows * (0.28 * top_n + 0.8)),
        squeeze=False,
    )
    for ax, (topic, part) in zip(axes.ravel(), groups, strict=False):
        barh(ax, part.nsmallest(top_n, "rank").set_index("term")["weight"], labels=False)
        ax.set_title(f"Thema {topic}", loc="left", fontsize=9.5)
        ax.set_xticks([])
    for ax in axes.ravel()[len(groups) :]:
        ax.set_axis_off()
    return fig


def plot_topic_shares(table: pd.DataFrame) -> Figure:
    """Topic shares per section in percent, one stacked bar per section (from
    :func:`helpers.sections.topic_shares_by_section`)."""
    fig, ax = new_figure(
        "Themen je Abschnitt",
        "Anteil der Themen an den Begriffen jedes Abschnitts, in Prozent",
        size=(9, 2.2 + 0.45 * len(table)),
    )
    barh(ax, table, xlabel="Prozent", labels=False)
    ax.set_xlim(0, 100)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, fontsize=8)
    return fig


def plot_topic_by_category(table: pd.DataFrame) -> Figure:
    """Heatmap of :func:`helpers.sections.topic_by_category`: mean topic share (percent) per category."""
    fig, ax = new_figure(
        "Themen und Kategorien",
        "Mittlerer Anteil jedes Themas an den Artikeln einer Kategorie, in Prozent",
        size=(2.5 + 1.0 * table.shape[1], 1.8 + 0.4 * table.shape[0]),
    )
    heatmap(ax, table * 100)
    return fig

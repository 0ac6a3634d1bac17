"""Figures of sections and topics: words per section, distinctive terms, topic flow, topics.

Each function takes a table of :mod:`helpers.sections` and returns a Figure.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.figures import (
    CORPUS_MIN_ARTICLES,
    PALETTE,
    Skipped,
    article_label,
    barh,
    german_formatter,
    german_number,
    heatmap,
    legend_above,
    needs,
    new_figure,
    shorten,
    wrap_label,
)

__all__ = [
    "MIN_DISTINCTIVE_COUNT",
    "MIN_Z",
    "plot_distinctive_terms",
    "plot_topic_by_category",
    "plot_topic_flow",
    "plot_topic_shares",
    "plot_topic_terms",
    "plot_words_per_section",
]

#: A term is shown as distinctive when its z-score is at least this (5 % level, two-sided)...
MIN_Z = 1.96
#: ... and it occurs at least this often in the group.
MIN_DISTINCTIVE_COUNT = 2

_GROUP_NAMES = {
    "section": ("Abschnitte", "Abschnitt"),
    "category": ("Kategorien", "Kategorie"),
    "article": ("Artikel", "Artikel"),
    "kind": ("Textteile", "Textteil"),
    "voice": ("Textteile: Zitate und übriger Text", "Textteil"),
}


@needs(groups=2, groups_name="Abschnitte in einem Artikel")
def plot_words_per_section(table: pd.DataFrame, max_articles: int = 6) -> Figure | Skipped:
    """Words per section, one panel per article (at most ``max_articles``, titled by short title
    and date), sections top-down, one scale for all panels; needs an article with two sections.

    ``table`` is the output of :func:`helpers.sections.sections`.
    """
    title = "Wörter je Abschnitt"
    most = int(table.groupby("article", observed=True).size().max()) if len(table) else 0
    if skip := plot_words_per_section.needs.check(title, groups=most):
        return skip
    shown = list(dict.fromkeys(table["article"]))[:max_articles]
    n = len(shown)
    fig, axes = new_figure(
        title,
        "Wörter ohne Satzzeichen in Vorspann, Zwischenüberschriften und Absätzen"
        + (f"; die ersten {n} von {table['article'].nunique()} Artikeln" if table["article"].nunique() > n else ""),
        nrows=n,
        size=(8, 1.2 + sum(0.45 * (table["article"] == a).sum() + 0.5 for a in shown)),
        squeeze=False,
        sharex=True,
        gridspec_kw={"height_ratios": [max(1, (table["article"] == a).sum()) for a in shown]},
    )
    top = table["words"].max()
    for ax, article in zip(axes[:, 0], shown, strict=True):
        part = table[table["article"] == article]
        data = part.set_axis([shorten(str(h), 45) for h in part["heading"]], axis=0)["words"]
        barh(ax, data, xlabel="Wörter" if ax is axes[-1, 0] else None)
        ax.set_xlim(0, top * 1.1)
        if n > 1:
            ax.set_title(article_label(article, 60), loc="left", fontsize=9, fontweight="bold")
    return fig


def _panel_grid(n: int, columns: int = 2) -> tuple[int, int]:
    return max(1, -(-n // columns)), min(columns, max(n, 1))


@needs(groups=2, items=1, items_name="Begriffe")
def plot_distinctive_terms(
    table: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    top_n: int = 8,
    group: str = "section",
    title: str | None = None,
) -> Figure | Skipped:
    """Small multiples of :func:`helpers.sections.distinctive_terms`: one panel per group, bars of
    z-scores (or TF-IDF), one scale for all panels; for sections, ``labels``
    (:func:`helpers.articles.section_labels`) gives the headings as panel titles; ``title``
    replaces the default title. Only terms with z of at least :data:`MIN_Z` and
    :data:`MIN_DISTINCTIVE_COUNT` occurrences count as distinctive; without any the figure is
    left out."""
    score = "z" if "z" in table.columns else "tf_idf"
    plural, singular = _GROUP_NAMES.get(group, ("Gruppen", "Gruppe"))
    title = title or f"Was die {plural} unterscheidet"
    keys = ["article", group] if group == "section" else [group]
    several = group == "section" and table["article"].nunique() > 1
    n_groups = len(table[keys].drop_duplicates()) if len(table) else 0
    if score == "z":
        table = table[(table["z"] >= MIN_Z) & (table["count"] >= MIN_DISTINCTIVE_COUNT)]
    z_min = german_number(MIN_Z, 2)
    why = (f"In keiner Gruppe (hier {german_number(n_groups)} {plural}) kommt ein Begriff mindestens "
           f"{MIN_DISTINCTIVE_COUNT}-mal und deutlich häufiger vor als in den übrigen (z ≥ {z_min}).")  # fmt: skip
    needs_ = replace(plot_distinctive_terms.needs, groups_name=plural)
    if skip := (needs_.check(title, groups=n_groups) if n_groups < needs_.groups else
                needs_.check(title, items=len(table), why=why)):  # fmt: skip
        return skip
    with_terms = len(table[keys].drop_duplicates())
    if with_terms < 2:  # one panel compares nothing: say what it would show
        terms = ", ".join(table.nsmallest(top_n, "rank")["term"].astype(str))
        return Skipped(f"„{title}“ entfällt: Deutlich häufigere Begriffe (mindestens {MIN_DISTINCTIVE_COUNT}-mal, "
                       f"z ≥ {z_min}) gibt es nur in einer Gruppe (hier {german_number(n_groups)} {plural}): "
                       f"{terms}.")  # fmt: skip
    headings = {}
    if group == "section" and labels is not None:
        headings = {(r.article, r.section): r.heading for r in labels.itertuples()}
    groups = list(table.groupby(keys, observed=True, sort=True))
    rows, cols = _panel_grid(len(groups), 3 if len(groups) > 4 else 2)
    left_out = n_groups - len(groups)
    fig, axes = new_figure(
        title,
        (f"Typische Begriffe je {singular} gegenüber den übrigen: gewichtete Log-Odds (z-Wert, Monroe et al. 2008); "
         f"nur z ≥ {german_number(MIN_Z, 2)} und ab {MIN_DISTINCTIVE_COUNT} Nennungen"
         + (f"; {left_out} {plural} ohne solchen Begriff" if left_out else ""))
        if score == "z"
        else f"Typische Begriffe je {singular}: TF-IDF",
        nrows=rows,
        ncols=cols,
        size=(max(8.0, 4.8 * cols), 1.4 + rows * (0.3 * top_n + 1.0)),
        squeeze=False,
    )  # fmt: skip
    top = table[score].max()
    for ax, (key, part) in zip(axes.ravel(), groups, strict=False):
        key = key if isinstance(key, tuple) else (key,)
        name = headings.get(key, " / ".join(str(k) for k in key))
        if several:
            name = f"{article_label(key[0], 36)}: {name}"
        part = part.nsmallest(top_n, "rank")
        barh(ax, part.set_index("term")[score], decimals=1)
        ax.set_xlim(0, top * 1.18)
        ax.set_title(wrap_label(str(name), 40, 2), loc="left", fontsize=9.5)
    for ax in axes.ravel()[len(groups) :]:
        ax.set_axis_off()
    return fig


@needs(items=3, items_name="Absatzpaare")
def plot_topic_flow(part: pd.DataFrame) -> Figure | Skipped:
    """Similarity of each paragraph to the previous one along one article (its rows of
    :func:`helpers.sections.topic_flow`); headings marked. The x axis counts the paragraphs
    (the second is the first with a predecessor)."""
    title = "Wo wechselt das Thema?"
    if skip := plot_topic_flow.needs.check(title, items=len(part)):
        return skip
    article = f"„{article_label(part['article'].iloc[0], 60)}“: " if "article" in part.columns else ""
    fig, ax = new_figure(
        title,
        f"{article}Ähnlichkeit jedes Absatzes mit dem vorigen (Kosinus der Begriffszahlen); gestrichelt: "
        "Zwischenüberschriften",
        size=(9, 4.8),
    )
    x = np.arange(2, len(part) + 2)
    ax.plot(x, part["similarity"], marker="o", color=PALETTE[0], linewidth=1.8)
    for xi, row in zip(x, part.itertuples(), strict=True):
        if pd.notna(row.heading):
            ax.axvline(xi - 0.5, color="#999999", linestyle="--", linewidth=0.8)
            ax.text(xi - 0.45, 1.02, wrap_label(row.heading, 18, 3), fontsize=7, color="#555555", va="bottom",
                    transform=ax.get_xaxis_transform())  # fmt: skip
    step = max(1, -(-len(x) // 15))
    ax.set_xticks(x[::step], [str(i) for i in x[::step]])
    ax.set_xlim(1.5, x[-1] + 0.5)
    ax.set_xlabel("Absatz (gezählt ab dem ersten Absatz des Textes), verglichen mit dem vorigen")
    ax.set_ylabel("Ähnlichkeit")
    ax.yaxis.set_major_formatter(german_formatter())
    ax.set_ylim(0, 1)
    ax.grid(axis="y")
    return fig


def _k_note(terms: pd.DataFrame) -> str:
    attrs = terms.attrs
    if attrs.get("reduced"):
        return f"; {attrs['k']} statt {attrs['requested']} Themen, weil {attrs['reduced']}"
    return ""


@needs(groups=2, groups_name="Themen")
def plot_topic_terms(terms: pd.DataFrame, top_n: int = 8, min_articles: int = 1) -> Figure | Skipped:
    """Small multiples: the top terms of each topic, by weight, each topic named by its three
    top terms; the subtitle says when (and why) :func:`helpers.sections.topics` lowered k.
    ``min_articles`` (e.g. :data:`helpers.figures.CORPUS_MIN_ARTICLES` for a corpus figure): the
    figure is left out for fewer articles."""
    title = "Themen"
    n_topics = terms["topic"].nunique()
    articles = terms.attrs.get("articles", min_articles)
    need = plot_topic_terms.needs
    if skip := (need.check(title, groups=n_topics) if articles >= min_articles else
                type(need)(articles=min_articles).check(title, articles=articles)):  # fmt: skip
        return skip
    groups = list(terms.groupby("topic", sort=True))
    rows, cols = _panel_grid(len(groups), 3 if len(groups) > 4 else 2)
    unit = {"article": "Artikel", "paragraph": "Absätze"}.get(terms.attrs.get("unit"), "Texte")
    fig, axes = new_figure(
        title,
        f"Die wichtigsten Begriffe je Thema (NMF auf TF-IDF der Lemmata, Dokumente: {unit}){_k_note(terms)}",
        nrows=rows,
        ncols=cols,
        size=(10, 1.4 + rows * (0.28 * top_n + 1.0)),
        squeeze=False,
    )
    for ax, (topic, part) in zip(axes.ravel(), groups, strict=False):
        barh(ax, part.nsmallest(top_n, "rank").set_index("term")["weight"], labels=False)
        label = part["label"].iloc[0] if "label" in part.columns else ""
        ax.set_title(wrap_label(f"Thema {topic}: {label}", 28 if cols > 2 else 40, 2), loc="left", fontsize=9.5)
        ax.set_xticks([])
    for ax in axes.ravel()[len(groups) :]:
        ax.set_axis_off()
    return fig


@needs(groups=2, groups_name="Abschnitte", items=2, items_name="Themen")
def plot_topic_shares(table: pd.DataFrame) -> Figure | Skipped:
    """Topic shares per section in percent, one stacked bar per section (from
    :func:`helpers.sections.topic_shares_by_section`); the legend names each topic by its top terms."""
    title = "Themen je Abschnitt"
    if skip := plot_topic_shares.needs.check(title, groups=table.shape[0], items=table.shape[1]):
        return skip
    named = table.set_axis([f"Thema {i}: {c}" for i, c in enumerate(table.columns, 1)], axis=1)
    named = named.set_axis([wrap_label(str(r), 48, 2) for r in named.index], axis=0)
    fig, ax = new_figure(
        title,
        "Anteil der Themen an den Begriffen jedes Abschnitts, in Prozent; Themen nach ihren wichtigsten Begriffen",
        size=(9, 2.6 + 0.5 * len(table) + 0.25 * table.shape[1]),
    )
    barh(ax, named, xlabel="Prozent", labels=False)
    ax.set_xlim(0, 100)
    legend_above(ax, ncol=2, fontsize=8)
    return fig


@needs(groups=2, groups_name="Kategorien", articles=CORPUS_MIN_ARTICLES)
def plot_topic_by_category(table: pd.DataFrame, articles: int | None = None) -> Figure | Skipped:
    """Heatmap of :func:`helpers.sections.topic_by_category`: mean topic share (percent) per
    category; needs two categories or more (and ``articles``, when given, of at least
    :data:`helpers.figures.CORPUS_MIN_ARTICLES`)."""
    title = "Themen und Kategorien"
    if skip := plot_topic_by_category.needs.check(title, groups=table.shape[1], articles=articles):
        return skip
    shown = table.set_axis([f"Thema {i}: {r}" for i, r in enumerate(table.index, 1)], axis=0)
    fig, ax = new_figure(
        title,
        "Mittlerer Anteil jedes Themas an den Artikeln einer Kategorie, in Prozent",
        size=(4.5 + 1.0 * table.shape[1], 1.8 + 0.4 * table.shape[0]),
    )
    heatmap(ax, shown * 100)
    return fig

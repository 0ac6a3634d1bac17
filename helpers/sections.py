"""Topic sections: the parts of an article under its headings.

>>> from helpers import articles, paths
>>> s = sections(articles.load_corpus(paths.SEEDS))
>>> s[["section", "heading", "paragraphs"]].values.tolist()[:2]
[[0, 'Einstieg', 3], [1, 'Gespräche auch mit deutscher Beteiligung', 3]]
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from helpers.articles import Article, as_articles
from helpers.tokens import tokens as _tokens

#: Label for the part of an article before its first heading.
INTRO = "Einstieg"
#: Kinds of lines that make up a section's text (the title belongs to the whole article).
SECTION_KINDS = ("lead", "heading", "body")


def section_labels(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """``article``, ``section``, ``heading`` for every section; the intro is labelled :data:`INTRO`."""
    rows = [
        (a.id, i, s.heading if s.heading is not None else INTRO)
        for a in as_articles(articles)
        for i, s in enumerate(a.sections)
    ]
    return pd.DataFrame(rows, columns=["article", "section", "heading"])


def _top(names: pd.Series, n: int = 5) -> str:
    counts = names.value_counts()
    return ", ".join(f"{name} ({count})" for name, count in counts.head(n).items())


def sections(
    articles: Article | Iterable[Article],
    toks: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per section: ``article``, ``section``, ``heading`` (the part before the first
    heading is :data:`INTRO`), ``paragraphs`` (body paragraphs), ``sentences``, ``words`` (tokens
    that are not punctuation, in the lead, heading and body lines), ``share`` (of the article's
    section words), ``mentions`` and ``actors`` (the five most mentioned, with their counts), and
    ``quotes`` (quotations in the section) where the quotes module is available.

    Pass ``toks``, ``mentions``, ``quotes`` to reuse tables already built.

    >>> from helpers import articles, paths
    >>> s = sections(articles.load_corpus(paths.SEEDS))
    >>> s.loc[3, "heading"], s.loc[3, "actors"].split(", ")[:3]
    ('In der Gebietsfrage keine Bewegung', ['Russland (4)', 'Ukraine (2)', 'Wolodymyr Selenskyj (2)'])
    """
    items = as_articles(articles)
    t = toks if toks is not None else _tokens(items)
    t = t[t["kind"].isin(SECTION_KINDS)]
    keys = ["article", "section"]
    words = t[~t["is_punct"]].groupby(keys, observed=True).size().rename("words")
    sentences = t.groupby(keys, observed=True)["sentence"].nunique().rename("sentences")
    out = section_labels(items)
    out["paragraphs"] = [len(s.paragraphs) for a in items for s in a.sections]
    out = out.join(sentences, on=keys).join(words, on=keys)
    out[["sentences", "words"]] = out[["sentences", "words"]].fillna(0).astype(int)
    totals = out.groupby("article")["words"].transform("sum")
    out["share"] = (out["words"] / totals.where(totals > 0)).fillna(0.0).round(4)
    if mentions is None:
        from helpers.actors import mentions as _mentions

        mentions = _mentions(items, toks=toks)
    m = mentions[mentions["part"].isin(SECTION_KINDS)].assign(article=lambda d: d["article"].astype(str))
    grouped = m.groupby(keys)["name"]
    out = out.join(grouped.size().rename("mentions"), on=keys).join(grouped.agg(_top).rename("actors"), on=keys)
    out["mentions"] = out["mentions"].fillna(0).astype(int)
    out["actors"] = out["actors"].fillna("")
    if quotes is None:
        try:
            from helpers.quotes import quotes as _quotes
        except ImportError:
            _quotes = None
        quotes = _quotes(items, toks=toks, mentions=mentions) if _quotes else None
    if quotes is not None:
        q = quotes.assign(article=quotes["article"].astype(str)).groupby(keys).size().rename("quotes")
        out = out.join(q, on=keys)
        out["quotes"] = out["quotes"].fillna(0).astype(int)
    return out


def plot_words_per_section(table: pd.DataFrame, max_articles: int = 6):
    """Words per section, one panel per article (at most ``max_articles``), sections top-down.

    ``table`` is the output of :func:`sections`. Returns the figure.
    """
    from helpers.figures import barh, new_figure

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

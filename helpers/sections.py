"""Topic sections: the parts of an article under its headings.

>>> from helpers import articles, paths
>>> s = sections(articles.load_corpus(paths.SEEDS))
>>> s[["section", "heading", "paragraphs"]].values.tolist()[:2]
[[0, 'Einstieg', 3], [1, 'Gespräche auch mit deutscher Beteiligung', 3]]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from helpers.articles import Article, as_articles
from helpers.tokens import spaced
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


# --- distinctive terms --------------------------------------------------------------------------


def _counts(toks: pd.DataFrame, group: list[str], by: str, **options) -> pd.DataFrame:
    """Term counts per group as a table: one row per group, one column per term."""
    from helpers.terms import term_frequencies

    tf = term_frequencies(toks, by=by, group=group, **options)
    return tf.pivot_table(index=group, columns="term", values="count", aggfunc="sum", fill_value=0, observed=True)


def log_odds(counts: pd.DataFrame, prior: pd.Series | None = None, alpha0: float | None = None) -> pd.DataFrame:
    """Weighted log-odds of each term in each row against all other rows, with an informative
    Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16-22).

    ``counts``: one row per group, one column per term. ``prior``: expected term shares (default:
    the shares in ``counts`` itself, as in the R package tidylo); ``alpha0``: the prior's weight in
    words (default: the number of words in ``counts``). Returns a long table: ``group`` (the
    index), ``term``, ``count``, ``log_odds`` (delta), ``z`` (delta over its standard error).

    >>> c = pd.DataFrame({"a": [3, 1], "b": [1, 3]}, index=["A", "B"])
    >>> round(float(log_odds(c).set_index(["group", "term"]).loc[("A", "a"), "z"]), 4)  # 2 ln(7/5) / sqrt(1/7 + 1/5)
    1.1493
    """
    y = counts.to_numpy(dtype=float)
    n_total = y.sum()
    shares = (
        (prior.reindex(counts.columns).fillna(0) / prior.sum()).to_numpy() if prior is not None else y.sum(0) / n_total
    )
    a0 = alpha0 if alpha0 is not None else n_total
    alpha = a0 * shares
    n_i = y.sum(axis=1, keepdims=True)
    y_rest = y.sum(axis=0, keepdims=True) - y
    n_rest = n_total - n_i
    with np.errstate(divide="ignore", invalid="ignore"):
        odds_i = np.log((y + alpha) / (n_i + a0 - y - alpha))
        odds_rest = np.log((y_rest + alpha) / (n_rest + a0 - y_rest - alpha))
        delta = odds_i - odds_rest
        z = delta / np.sqrt(1 / (y + alpha) + 1 / (y_rest + alpha))
    long = pd.DataFrame(
        {
            "group": np.repeat(np.arange(len(counts)), len(counts.columns)),
            "term": np.tile(counts.columns.to_numpy(dtype=object), len(counts)),
            "count": y.ravel().astype(int),
            "log_odds": delta.ravel(),
            "z": z.ravel(),
        }
    )
    long["group"] = counts.index.to_numpy()[long["group"].to_numpy()]
    return long


def tf_idf(counts: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF of each term in each row: share of the row's words times log(rows / rows with it).

    >>> c = pd.DataFrame({"a": [2, 0], "b": [2, 2]}, index=["A", "B"])
    >>> tf_idf(c).set_index(["group", "term"])["tf_idf"].round(4).tolist()
    [0.3466, 0.0, 0.0, 0.0]
    """
    y = counts.to_numpy(dtype=float)
    tf = y / np.maximum(y.sum(axis=1, keepdims=True), 1)
    idf = np.log(len(counts) / np.maximum((y > 0).sum(axis=0), 1))
    long = pd.DataFrame(
        {
            "group": np.repeat(counts.index.to_numpy(), len(counts.columns)),
            "term": np.tile(counts.columns.to_numpy(dtype=object), len(counts)),
            "count": y.ravel().astype(int),
            "tf_idf": (tf * idf).ravel(),
        }
    )
    return long


def distinctive_terms(
    tokens: pd.DataFrame,
    group: str | Sequence[str] = "section",
    *,
    by: str = "lemma",
    method: str = "log_odds",
    top_n: int | None = 10,
    min_count: int = 2,
    prior: pd.Series | None = None,
    alpha0: float | None = None,
    **options,
) -> pd.DataFrame:
    """The terms that set each group (section, article, category, month: any column of the tokens
    table) apart from the rest, most distinctive first.

    ``method="log_odds"`` (default): weighted log-odds with an informative Dirichlet prior, ranked
    by z-score, so that rare words do not dominate (see :func:`log_odds`); ``"tf_idf"``: TF-IDF.
    Terms counted as in :func:`helpers.terms.term_frequencies` (``options`` are passed on, e.g.
    ``heads=True``). Only terms with at least ``min_count`` occurrences in the group are listed.
    For ``group="section"`` the ``article`` is part of the group, and a ``heading`` column is added.

    Columns: the group columns, ``term``, ``count``, ``log_odds`` and ``z`` (or ``tf_idf``), ``rank``.
    """
    columns = [group] if isinstance(group, str) else list(group)
    if "section" in columns and "article" not in columns:
        columns = ["article", *columns]
    counts = _counts(tokens, columns, by, **options)
    if method == "log_odds":
        long, score = log_odds(counts, prior=prior, alpha0=alpha0), "z"
    elif method == "tf_idf":
        long, score = tf_idf(counts), "tf_idf"
    else:
        raise ValueError("method must be 'log_odds' or 'tf_idf'")
    long = long[long["count"] >= min_count]
    keys = pd.DataFrame(long["group"].tolist(), columns=columns, index=long.index) if len(columns) > 1 else None
    long = (
        pd.concat([keys, long.drop(columns="group")], axis=1)
        if keys is not None
        else long.rename(columns={"group": columns[0]})
    )
    long = long.sort_values([*columns, score, "count", "term"], ascending=[True] * len(columns) + [False, False, True])
    long["rank"] = long.groupby(columns, observed=True).cumcount() + 1
    if top_n is not None:
        long = long[long["rank"] <= top_n]
    return long.reset_index(drop=True)


# --- topic flow ---------------------------------------------------------------------------------


def _spaced(part: pd.DataFrame) -> str:
    """The tokens of one line joined as they stand in the text."""
    return spaced(part["text"].tolist(), part["start"].tolist(), part["end"].tolist())


def topic_flow(tokens: pd.DataFrame, *, by: str = "lemma", **options) -> pd.DataFrame:
    """How similar each paragraph is to the one before (cosine on term counts), per article.

    One row per paragraph of the lead and body after the first: ``article``, ``paragraph``,
    ``previous`` (paragraph number), ``section``, ``similarity`` (0: no term shared, 1: the same
    term mix), ``heading`` (the heading between the two paragraphs, if any: where the article
    says it changes topic).

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> flow = topic_flow(tokens(articles.load_corpus(paths.SEEDS)))
    >>> int(flow["heading"].notna().sum())
    3
    """
    text_kinds = [k for k in ("lead", "body") if k in set(tokens["kind"].astype(str))]
    counts = _counts(tokens, ["article", "paragraph"], by, kinds=text_kinds, **options)
    heading_text = {key: _spaced(part) for key, part in tokens[tokens["kind"] == "heading"].groupby(
        ["article", "paragraph"], observed=True)}  # fmt: skip
    section_of = tokens.groupby(["article", "paragraph"], observed=True)["section"].first()
    rows = []
    for article, part in counts.groupby(level=0, observed=True, sort=False):
        vectors = part.to_numpy(dtype=float)
        norms = np.linalg.norm(vectors, axis=1)
        paragraphs_ = [p for _, p in part.index]
        for k in range(1, len(paragraphs_)):
            a, b = paragraphs_[k - 1], paragraphs_[k]
            sim = float(vectors[k - 1] @ vectors[k] / (norms[k - 1] * norms[k])) if norms[k - 1] and norms[k] else 0.0
            between = [heading_text[(article, p)] for p in range(a + 1, b) if (article, p) in heading_text]
            rows.append((article, b, a, int(section_of[(article, b)]), round(sim, 6), " | ".join(between) or None))
    return pd.DataFrame(rows, columns=["article", "paragraph", "previous", "section", "similarity", "heading"])


# --- topics across a corpus -----------------------------------------------------------------------


def topics(
    tokens: pd.DataFrame,
    k: int = 8,
    *,
    by: str = "lemma",
    unit: str = "auto",
    top_n: int = 10,
    random_state: int = 0,
    min_df: int = 2,
    max_df: float = 0.5,
    **options,
) -> dict[str, pd.DataFrame]:
    """Topics by NMF on TF-IDF of term counts (scikit-learn), reproducible with ``random_state``.

    Documents are articles (``unit="article"``) or paragraphs (``"paragraph"``); ``"auto"``
    takes articles when there are at least 3 per topic, else paragraphs (one article has topics
    too). ``k`` is lowered to a third of the documents at most. Terms in more than ``max_df`` of the
    documents or fewer than ``min_df`` are left out.

    Returns tables: ``terms`` (``topic``, ``label``, ``term``, ``weight``, ``rank``), ``articles``
    and ``sections`` (``article`` [, ``section``], ``topic``, ``label``, ``share``: the topic's
    part of the unit's weights, 0 to 1).
    """
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    n_articles = tokens["article"].nunique()
    if unit == "auto":
        unit = "article" if n_articles >= 3 * k else "paragraph"
    doc = ["article"] if unit == "article" else ["article", "paragraph"]
    if unit == "paragraph":  # documents are the text paragraphs, not the headings and the title
        options = {"kinds": ("lead", "body"), **options}
    counts = _counts(tokens, doc, by, **options)
    df = (counts > 0).sum(axis=0)
    keep = (df >= min(min_df, len(counts))) & (df <= max(max_df * len(counts), 1))
    counts = counts.loc[:, keep]
    k = max(1, min(k, len(counts) // 3, counts.shape[1]))  # at least three documents per topic
    tfidf = TfidfTransformer(sublinear_tf=True)
    x = tfidf.fit_transform(counts.to_numpy(dtype=float))
    model = NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=800)
    model.fit(x)
    vocabulary = counts.columns.to_numpy(dtype=object)
    term_rows = []
    labels = {}
    for t, weights in enumerate(model.components_):
        order = np.argsort(-weights, kind="stable")[:top_n]
        labels[t + 1] = " · ".join(vocabulary[i] for i in order[:3])
        term_rows += [(t + 1, vocabulary[i], float(weights[i]), r + 1) for r, i in enumerate(order)]
    terms = pd.DataFrame(term_rows, columns=["topic", "term", "weight", "rank"])
    terms.insert(1, "label", terms["topic"].map(labels))

    def shares(group: list[str]) -> pd.DataFrame:
        grouped = _counts(tokens, group, by, **options).reindex(columns=counts.columns, fill_value=0)
        w = model.transform(tfidf.transform(grouped.to_numpy(dtype=float)))
        w = w / np.where(w.sum(axis=1, keepdims=True) > 0, w.sum(axis=1, keepdims=True), 1)
        out = pd.DataFrame(w, index=grouped.index, columns=range(1, k + 1)).stack().rename("share").reset_index()
        out.columns = [*group, "topic", "share"]
        out.insert(len(group) + 1, "label", out["topic"].map(labels))
        out["share"] = out["share"].round(6)
        return out

    return {"terms": terms, "articles": shares(["article"]), "sections": shares(["article", "section"])}


def topic_by_category(
    shares: pd.DataFrame, articles: Article | Iterable[Article], key: str = "category"
) -> pd.DataFrame:
    """Mean topic share per category (``Article.meta[key]``; "ohne Kategorie" where missing):
    rows topics (labels), columns categories."""
    category = {a.id: a.meta.get(key, "ohne Kategorie") for a in as_articles(articles)}
    s = shares.assign(category=shares["article"].astype(str).map(category))
    table = s.pivot_table(index="label", columns="category", values="share", aggfunc="mean", fill_value=0)
    order = s.drop_duplicates("topic").sort_values("topic")["label"]
    return table.reindex(index=order)


# --- figures ------------------------------------------------------------------------------------


def _panel_grid(n: int, columns: int = 2) -> tuple[int, int]:
    return max(1, -(-n // columns)), min(columns, max(n, 1))


_GROUP_NAMES = {
    "section": ("Abschnitte", "Abschnitt"),
    "category": ("Kategorien", "Kategorie"),
    "article": ("Artikel", "Artikel"),
    "kind": ("Textteile", "Textteil"),
}


def plot_distinctive_terms(
    table: pd.DataFrame,
    articles: Article | Iterable[Article] | None = None,
    top_n: int = 8,
    group: str = "section",
    title: str | None = None,
):
    """Small multiples: one panel per group (section headings as titles), bars of z-scores
    (or TF-IDF); ``title`` replaces the default title."""
    import textwrap

    from helpers.figures import barh, new_figure, shorten

    score = "z" if "z" in table.columns else "tf_idf"
    labels = {}
    if group == "section" and articles is not None:
        labels = {(r.article, r.section): r.heading for r in section_labels(articles).itertuples()}
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
        title = labels.get(key, " / ".join(str(k) for k in key))
        part = part.nsmallest(top_n, "rank")
        barh(ax, part.set_index("term")[score], decimals=1)
        ax.set_title(
            "\n".join(textwrap.wrap(shorten(str(title), 70), 36, break_long_words=False)), loc="left", fontsize=9.5
        )
    for ax in axes.ravel()[len(groups) :]:
        ax.set_axis_off()
    return fig


def plot_topic_flow(flow: pd.DataFrame, article: Article):
    """Similarity of each paragraph to the previous one along an article; headings marked."""
    import textwrap

    from helpers.figures import PALETTE, german_formatter, new_figure

    part = flow[flow["article"].astype(str) == article.id]
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


def plot_topic_terms(terms: pd.DataFrame, top_n: int = 8):
    """Small multiples: the top terms of each topic, by weight."""
    from helpers.figures import barh, new_figure

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


def plot_topic_shares(shares: pd.DataFrame, articles: Article | Iterable[Article]):
    """Topic shares per section (one stacked bar per section; headings as labels)."""
    from helpers.figures import barh, new_figure

    labels = section_labels(articles)
    single = labels["article"].nunique() == 1
    s = shares.assign(article=shares["article"].astype(str)).merge(labels, on=["article", "section"])
    s["row"] = s["heading"] if single else s["article"] + " · " + s["section"].astype(str)
    table = s.pivot_table(index="row", columns="label", values="share", aggfunc="sum", sort=False).fillna(0) * 100
    fig, ax = new_figure(
        "Themen je Abschnitt",
        "Anteil der Themen an den Begriffen jedes Abschnitts, in Prozent",
        size=(9, 2.2 + 0.45 * len(table)),
    )
    barh(ax, table, xlabel="Prozent", labels=False)
    ax.set_xlim(0, 100)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, fontsize=8)
    return fig, table


def plot_topic_by_category(table: pd.DataFrame):
    """Heatmap of :func:`topic_by_category`: mean topic share (percent) per category."""
    from helpers.figures import heatmap, new_figure

    fig, ax = new_figure(
        "Themen und Kategorien",
        "Mittlerer Anteil jedes Themas an den Artikeln einer Kategorie, in Prozent",
        size=(2.5 + 1.0 * table.shape[1], 1.8 + 0.4 * table.shape[0]),
    )
    heatmap(ax, table * 100)
    return fig

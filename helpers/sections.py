"""Topic sections: the parts of an article under its headings.

>>> from helpers import articles, paths
>>> s = sections(articles.load_corpus(paths.SEEDS))
>>> s[["section", "heading", "paragraphs"]].values.tolist()[:2]
[[0, 'Einstieg', 3], [1, 'Gespräche auch mit deutscher Beteiligung', 3]]
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from helpers.articles import CONTENT_KINDS, INTRO, Article, article_label, as_articles, section_labels
from helpers.german import shorten
from helpers.terms import term_frequencies
from helpers.tokens import spaced
from helpers.tokens import tokens as _tokens

if TYPE_CHECKING:  # scipy is imported where topics need it (an import costs 0.3 s)
    from scipy import sparse

__all__ = ["INTRO", "section_labels"]  # re-exported: where a reader of sections looks for them

#: Kinds of lines that make up a section's text (the title belongs to the whole article).
SECTION_KINDS = ("lead", "heading", "body")


def _top(names: pd.Series, n: int = 5) -> str:
    counts = names.value_counts()
    return ", ".join(f"{name} ({count})" for name, count in counts.head(n).items())


def sections(articles: Article | Iterable[Article], toks: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per section: ``article``, ``section``, ``heading`` (the part before the first
    heading is :data:`INTRO`), ``paragraphs`` (body paragraphs), ``sentences``, ``words`` (tokens
    that are not punctuation, in the lead, heading and body lines), ``share`` (of the article's
    section words). Pass ``toks`` to reuse a tokens table; :func:`with_annotations` adds the
    actors and quotes of each section when you have them.

    >>> from helpers import articles, paths
    >>> s = sections(articles.load_corpus(paths.SEEDS))
    >>> s.loc[3, "heading"], int(s.loc[3, "paragraphs"]), int(s.loc[3, "words"])
    ('In der Gebietsfrage keine Bewegung', 2, 102)
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
    return out


def with_annotations(
    table: pd.DataFrame, mentions: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The :func:`sections` table with ``mentions`` and ``actors`` (the five most mentioned, with
    their counts) from an actor mentions table, and ``quotes`` (quotations in the section) from a
    quotes table; each only when given.

    >>> from helpers import actors, articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> s = with_annotations(sections(corpus), mentions=actors.mentions(corpus))
    >>> s.loc[3, "actors"].split(", ")[:3]
    ['Russland (4)', 'Ukraine (2)', 'Wolodymyr Selenskyj (2)']
    """
    keys = ["article", "section"]
    out = table.copy()
    if mentions is not None:
        m = mentions[mentions["part"].isin(SECTION_KINDS)].assign(article=lambda d: d["article"].astype(str))
        grouped = m.groupby(keys)["name"]
        out = out.join(grouped.size().rename("mentions"), on=keys).join(grouped.agg(_top).rename("actors"), on=keys)
        out["mentions"] = out["mentions"].fillna(0).astype(int)
        out["actors"] = out["actors"].fillna("")
    if quotes is not None:
        q = quotes.assign(article=quotes["article"].astype(str)).groupby(keys).size().rename("quotes")
        out = out.join(q, on=keys)
        out["quotes"] = out["quotes"].fillna(0).astype(int)
    return out


# --- distinctive terms --------------------------------------------------------------------------


def _counts(toks: pd.DataFrame, group: list[str], by: str, **options) -> pd.DataFrame:
    """Term counts per group as a table: one row per group, one column per term."""
    tf = term_frequencies(toks, by=by, group=group, **options)
    return tf.pivot_table(index=group, columns="term", values="count", aggfunc="sum", fill_value=0, observed=True)


def sparse_counts(
    toks: pd.DataFrame, group: str | Sequence[str], by: str = "lemma", **options
) -> tuple[sparse.csr_matrix, pd.Index, pd.Index]:
    """Term counts per group as a sparse matrix (CSR, float): ``(matrix, groups, terms)``, rows and
    columns in the order of the table of counts (groups and terms sorted), without building it:
    1,028 articles by 40,000 terms are 2 MB here, 325 MB as a table. Options as for
    :func:`helpers.terms.term_frequencies`.

    >>> from helpers.tokens import tokens
    >>> m, groups, terms = sparse_counts(tokens("Der Hafen. Der Hafen und das Schiff."), "sentence")
    >>> m.toarray().tolist(), groups.tolist(), terms.tolist()
    ([[1.0, 0.0], [1.0, 1.0]], [0, 1], ['Hafen', 'Schiff'])
    """
    from scipy import sparse

    columns = [group] if isinstance(group, str) else list(group)
    tf = term_frequencies(toks, by=by, group=columns, **options)
    grouped = tf.groupby(columns, observed=True, sort=True)  # as pivot_table groups and orders them
    rows = grouped.ngroup().to_numpy()
    groups = grouped.size().index
    codes, terms = pd.factorize(tf["term"], sort=True)
    terms = pd.Index(terms, name="term")
    matrix = sparse.csr_matrix(
        (tf["count"].to_numpy(dtype=float), (rows, codes)), shape=(len(groups), len(terms))
    )
    matrix.sum_duplicates()  # canonical CSR: sorted indices, one entry per cell
    return matrix, groups, terms


def _columns_of(matrix: sparse.csr_matrix, terms: pd.Index, vocabulary: pd.Index) -> sparse.csr_matrix:
    """``matrix`` (columns ``terms``) with the columns of ``vocabulary``: other terms left out,
    missing ones zero (``reindex(columns=vocabulary, fill_value=0)`` of the table)."""
    from scipy import sparse

    position = vocabulary.get_indexer(terms)
    coo = matrix.tocoo()
    keep = position[coo.col] >= 0
    out = sparse.csr_matrix(
        (coo.data[keep], (coo.row[keep], position[coo.col[keep]])), shape=(matrix.shape[0], len(vocabulary))
    )
    out.sum_duplicates()
    return out


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


#: Rounds of NMF before its result is taken as it stands (with a :class:`TopicWarning`).
NMF_STEPS = 800


class TopicWarning(UserWarning):
    """Topics computed from too little text to settle: shown, with this warning in German."""


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

    Returns tables: ``terms`` (``topic``, ``label``, ``term``, ``weight``, ``rank``; ``.attrs``:
    ``k``, the ``requested`` k, why it was ``reduced`` (a German phrase, or None), ``unit``,
    ``documents``, ``articles``), ``articles``
    and ``sections`` (``article`` [, ``section``], ``topic``, ``label``, ``share``: the topic's
    part of the unit's weights, 0 to 1).
    """
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfTransformer

    n_articles = tokens["article"].nunique()
    if unit == "auto":
        unit = "article" if n_articles >= 3 * k else "paragraph"
    doc = ["article"] if unit == "article" else ["article", "paragraph"]
    if unit == "paragraph":  # documents are the text paragraphs, not the headings and the title
        options = {"kinds": ("lead", "body"), **options}
    counted = sparse_counts(tokens, doc, by, **options)
    counts, _, terms_all = counted
    n_docs = counts.shape[0]
    df = np.diff(counts.tocsc().indptr)  # documents per term
    keep = (df >= min(min_df, n_docs)) & (df <= max(max_df * n_docs, 1))
    counts, vocabulary = counts[:, np.flatnonzero(keep)], terms_all[keep]
    requested = k
    k = max(1, min(k, n_docs // 3, counts.shape[1]))  # at least three documents per topic
    documents = "Artikel" if unit == "article" else "Absätze"
    reason = (
        None if k == requested
        else f"{n_docs} {documents} höchstens {max(1, n_docs // 3)} Themen tragen (mindestens 3 je Thema)"
        if n_docs // 3 < requested
        else f"nur {counts.shape[1]} Begriffe kommen in mindestens {min(min_df, n_docs)} {documents}n vor"
    )  # fmt: skip
    tfidf = TfidfTransformer(sublinear_tf=True)
    x = tfidf.fit_transform(counts)  # sparse as before: the transformer turned the dense table into CSR
    model = NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=NMF_STEPS)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConvergenceWarning)
        model.fit(x)
    if any(issubclass(w.category, ConvergenceWarning) for w in caught):
        # scikit-learn's English warning, said in German: few texts give topics that do not settle
        warnings.warn(f"Die Themen haben sich nach {NMF_STEPS} Rechenschritten nicht ganz eingependelt "
                      f"({n_docs} {'Absatz' if documents == 'Absätze' and n_docs == 1 else documents}): sie sind "
                      "nur ein grober Anhaltspunkt.", TopicWarning, stacklevel=2)
    words = vocabulary.to_numpy(dtype=object)
    term_rows = []
    labels = {}
    for t, weights in enumerate(model.components_):
        order = np.argsort(-weights, kind="stable")[:top_n]
        labels[t + 1] = " · ".join(words[i] for i in order[:3])
        term_rows += [(t + 1, words[i], float(weights[i]), r + 1) for r, i in enumerate(order)]
    terms = pd.DataFrame(term_rows, columns=["topic", "term", "weight", "rank"])
    terms.insert(1, "label", terms["topic"].map(labels))
    terms.attrs.update(k=k, requested=requested, reduced=reason, unit=unit, documents=n_docs, articles=n_articles)

    def shares(group: list[str]) -> pd.DataFrame:
        # the documents' counts again for articles as documents: counted once (a fifth of the time)
        matrix, groups, group_terms = counted if group == doc else sparse_counts(tokens, group, by, **options)
        w = model.transform(tfidf.transform(_columns_of(matrix, group_terms, vocabulary)))
        w = w / np.where(w.sum(axis=1, keepdims=True) > 0, w.sum(axis=1, keepdims=True), 1)
        out = pd.DataFrame(w, index=groups, columns=range(1, k + 1)).stack().rename("share").reset_index()
        out.columns = [*group, "topic", "share"]
        out.insert(len(group) + 1, "label", out["topic"].map(labels))
        out["share"] = out["share"].round(6)
        return out

    return {"terms": terms, "articles": shares(["article"]), "sections": shares(["article", "section"])}


def topic_shares_by_section(shares: pd.DataFrame, articles: Article | Iterable[Article]) -> pd.DataFrame:
    """Topic shares per section in percent: rows the sections (headings for one article, else
    ``article · section``), columns the topic labels, from the ``sections`` table of :func:`topics`.

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> table = topic_shares_by_section(topics(tokens(corpus), k=2)["sections"], corpus)
    >>> table.index[0], bool((table.sum(axis=1).round() <= 100).all())
    ('Einstieg', True)
    """
    labels = section_labels(articles)
    single = labels["article"].nunique() == 1
    s = shares.assign(article=shares["article"].astype(str)).merge(labels, on=["article", "section"])
    s["row"] = s["heading"] if single else [f"{article_label(a, 30)} · {shorten(h, 30)}" for a, h in
                                             zip(s["article"], s["heading"], strict=True)]  # fmt: skip
    return s.pivot_table(index="row", columns="label", values="share", aggfunc="sum", sort=False).fillna(0) * 100


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


# --- one row per article --------------------------------------------------------------------------


def _byline(author: str | None) -> str | None:
    """Who wrote it, without the "Von" of the byline: "Von Anna Muster, BR" -> "Anna Muster, BR".

    >>> _byline("Von Anna Muster, BR"), _byline("Das Interview führte Katrin Paulsen."), _byline(None)
    ('Anna Muster, BR', 'Das Interview führte Katrin Paulsen.', None)
    """
    if author is None:
        return None
    return re.sub(r"^[Vv]on\s+", "", author)


def summary(articles: Article | Iterable[Article], toks: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: ``article``, ``title``, ``published``, ``author``, ``sections``,
    ``headings`` (joined with `` | ``), ``paragraphs`` (body), ``sentences``, ``words``
    (tokens that are not punctuation in title, lead, headings and body).

    >>> from helpers import articles, paths
    >>> summary(articles.load_corpus(paths.SEEDS)).loc[0, ["sections", "paragraphs"]].tolist()
    [4, 10]
    """
    items = as_articles(articles)
    t = toks if toks is not None else _tokens(items)
    content = t[t["kind"].isin(CONTENT_KINDS)]
    words = content[~content["is_punct"]].groupby("article", observed=True).size()
    sentences = content.groupby("article", observed=True)["sentence"].nunique()
    rows = [
        {
            "article": a.id,
            "title": a.title,
            "published": pd.Timestamp(a.published) if a.published else pd.NaT,
            "author": _byline(a.author),
            "sections": len(a.sections),
            "headings": " | ".join(s.heading for s in a.sections if s.heading),
            "paragraphs": sum(len(s.paragraphs) for s in a.sections),
            "sentences": int(sentences.get(a.id, 0)),
            "words": int(words.get(a.id, 0)),
        }
        for a in items
    ]
    return pd.DataFrame(rows)

"""Named entities in German news: persons, organisations, places and other names.

``entities`` tags the tokens of the project's own tokens table (:func:`helpers.tokens.tokens`)
with a linear-chain CRF trained on GermEval 2014 (python-crfsuite; see :mod:`helpers.entities.crf`)
and returns one row per entity span, with the ids and offsets of every other table:

>>> from helpers.articles import parse_article
>>> a = parse_article("Treffen in Miami\\nUS-Außenminister Marco Rubio sprach in Miami mit der NATO.")
>>> e = entities(a)
>>> e[["text", "label", "form"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
[['Miami', 'LOC', 'name'], ['US-Außenminister', 'LOC', 'part'], ['Marco Rubio', 'PER', 'name'],
 ['Miami', 'LOC', 'name'], ['NATO', 'ORG', 'name']]

``label`` is one of PER, ORG, LOC, OTH; ``form`` says how the name stands in the text, as GermEval
annotates it: ``name`` (Miami), ``deriv`` (a word derived from a name: die russische Delegation is
LOC/deriv) or ``part`` (a name inside a compound: NATO-Beitritt is ORG/part, US-Außenminister
LOC/part). Only the article's own text is tagged: title, lead, headings and body.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.articles import CONTENT_KINDS, Article, as_articles
from helpers.entities.crf import Decoder, Model, load_model
from helpers.entities.features import first_name_gender, first_names
from helpers.entities.germeval import cross_validate, train
from helpers.tokens import tokens

__all__ = [
    "COLUMNS",
    "LABELS",
    "cross_validate",
    "entities",
    "first_name_gender",
    "first_names",
    "load_model",
    "train",
]

COLUMNS = ["article", "section", "paragraph", "sentence", "token", "start", "end", "text", "label", "form"]
#: The four classes of the ``label`` column, as in GermEval 2014.
LABELS = ("PER", "ORG", "LOC", "OTH")
FORMS = ("name", "deriv", "part")

_DECODERS: dict[int, Decoder] = {}


def _decoder(model: Model | None) -> Decoder:
    model = model if model is not None else load_model()
    found = _DECODERS.get(id(model))
    if found is None or found.model is not model:
        found = _DECODERS[id(model)] = Decoder(model)
    return found


def _empty(article_dtype) -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series([], dtype=object if c in ("text", "label", "form") else np.int32)
                          for c in COLUMNS})  # fmt: skip
    frame["article"] = pd.Series([], dtype=article_dtype)
    for c in ("label", "form"):
        frame[c] = pd.Categorical([], categories=LABELS if c == "label" else FORMS)
    frame["text"] = frame["text"].astype(str)
    return frame


def entities(
    x: Article | str | Iterable[Article],
    toks: pd.DataFrame | None = None,
    language: str = "de",
    model: Model | None = None,
) -> pd.DataFrame:
    """One row per named entity in an article, a list of articles, or a plain string.

    Columns: ``article``, ``section``, ``paragraph``, ``sentence``, ``token`` (the entity's first
    token), ``start``, ``end`` (``article.text[start:end] == text``), ``text``, ``label`` (PER, ORG,
    LOC, OTH), ``form`` (``name``, ``deriv``: russische; ``part``: NATO-Beitritt). ``toks`` reuses a
    tokens table of the same articles; ``model`` replaces the shipped one (see :func:`train`).

    >>> entities("Bundeskanzler Friedrich Merz reiste nach Brüssel.")[["text", "label"]].values.tolist()
    [['Friedrich Merz', 'PER'], ['Brüssel', 'LOC']]
    """
    if language != "de":
        raise ValueError(f"entities are recognised in German only (language='de'), not {language!r}")
    items = [x] if isinstance(x, str) else as_articles(x)
    texts = {("text" if isinstance(i, str) else i.id): (i if isinstance(i, str) else i.text) for i in items}
    t = toks if toks is not None else tokens(items, language=language)
    if len(t) and not t["kind"].isin(CONTENT_KINDS).all():
        t = t[t["kind"].isin(CONTENT_KINDS).to_numpy()]
    if not len(t):
        return _empty(t["article"].dtype)
    article_code, _ = pd.factorize(t["article"], sort=False)
    token = t["token"].to_numpy().astype(np.int64)
    order_key = article_code.astype(np.int64) * (int(token.max()) + 1) + token
    if (np.diff(order_key) <= 0).any():  # rows out of order: by article, then token
        t = t.iloc[np.argsort(order_key, kind="stable")]
        article_code, _ = pd.factorize(t["article"], sort=False)
    sentence = t["sentence"].to_numpy().astype(np.int64)
    key = article_code.astype(np.int64) * (int(sentence.max()) + 1) + sentence
    decoder = _decoder(model)
    ids = decoder.ids_of(t["text"])
    best = decoder.viterbi(decoder.scores(ids, key), key)
    return _spans(t, best, key, decoder.model.labels, texts)


def _spans(t: pd.DataFrame, best: np.ndarray, key: np.ndarray, labels: list[str], texts: dict[str, str]):
    classes = [lab.partition("-")[2] for lab in labels]
    names = sorted({c for c in classes if c})
    cls = np.array([names.index(c) if c else -1 for c in classes])[best]
    is_b = np.array([lab.startswith("B-") for lab in labels])[best]
    new_sentence = np.r_[True, key[1:] != key[:-1]]
    previous = np.r_[-1, cls[:-1]]
    start = (cls >= 0) & (is_b | new_sentence | (previous != cls))
    goes_on = np.r_[(cls[1:] >= 0) & ~start[1:], False]
    first = np.flatnonzero(start)
    last = np.flatnonzero((cls >= 0) & ~goes_on)
    if not len(first):
        return _empty(t["article"].dtype)
    starts = t["start"].to_numpy()[first]
    ends = t["end"].to_numpy()[last]
    articles = t["article"].iloc[first].reset_index(drop=True)
    ids = articles.astype(str).tolist()
    names_of = [names[c] for c in cls[first]]
    label = [n.replace("deriv", "").replace("part", "") for n in names_of]
    form = ["deriv" if n.endswith("deriv") else "part" if n.endswith("part") else "name" for n in names_of]
    return pd.DataFrame(
        {
            "article": articles,
            "section": t["section"].to_numpy()[first],
            "paragraph": t["paragraph"].to_numpy()[first],
            "sentence": t["sentence"].to_numpy()[first],
            "token": t["token"].to_numpy()[first],
            "start": starts,
            "end": ends,
            "text": [texts[a][s:e] for a, s, e in zip(ids, starts.tolist(), ends.tolist(), strict=True)],
            "label": pd.Categorical(label, categories=LABELS),
            "form": pd.Categorical(form, categories=FORMS),
        }
    )

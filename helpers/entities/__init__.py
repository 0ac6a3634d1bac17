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

import itertools
import re
from collections.abc import Iterable
from functools import cache

import numpy as np
import pandas as pd

from helpers.articles import CONTENT_KINDS, Article, as_articles
from helpers.entities import rules
from helpers.entities.crf import Decoder, Model, load_model
from helpers.entities.features import country_names, first_name_gender, first_names, read_sections
from helpers.entities.germeval import cross_validate, train
from helpers.german import dictionary_lemma
from helpers.progress import progress_bar
from helpers.tokens import of_kinds, tokens

__all__ = [
    "COLUMNS",
    "LABELS",
    "country_names",
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
    """The table without rows, its columns typed: built once per article dtype (a per-call cost of
    half a millisecond otherwise), copied for each caller."""
    return _empty_of(article_dtype).copy(deep=False)


@cache
def _empty_of(article_dtype) -> pd.DataFrame:
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
    progress: bool | None = None,
) -> pd.DataFrame:
    """One row per named entity in an article, a list of articles, or a plain string.

    Columns: ``article``, ``section``, ``paragraph``, ``sentence``, ``token`` (the entity's first
    token), ``start``, ``end`` (``article.text[start:end] == text``), ``text``, ``label`` (PER, ORG,
    LOC, OTH), ``form`` (``name``, ``deriv``: russische; ``part``: NATO-Beitritt). ``toks`` reuses a
    tokens table of the same articles; ``model`` replaces the shipped one (see :func:`train`);
    ``progress`` shows a bar (None: for a million tokens or more).

    >>> entities("Bundeskanzler Friedrich Merz reiste nach Brüssel.")[["text", "label"]].values.tolist()
    [['Friedrich Merz', 'PER'], ['Brüssel', 'LOC']]
    """
    if language != "de":
        raise ValueError(f"entities are recognised in German only (language='de'), not {language!r}")
    items = [x] if isinstance(x, str) else as_articles(x)
    texts = {("text" if isinstance(i, str) else i.id): (i if isinstance(i, str) else i.text) for i in items}
    t = toks if toks is not None else tokens(items, language=language)
    t = of_kinds(t, CONTENT_KINDS)
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
    codes, forms = pd.factorize(t["text"])  # the words as codes into their distinct forms
    forms = forms.tolist()  # not list(): iterating pandas' strings one by one is 50 times slower
    ids = decoder.form_ids(forms)[codes]
    best = _best_labels(decoder, ids, key, progress)
    found = _institutions(t, _spans(t, best, key, decoder.model.labels, texts), texts, codes, forms)
    found = rules.apply(t, found, texts)
    return _with_particles(t, found, texts, codes, forms)


#: Tokens decoded at a time, cut at a sentence start: the label scores of 8 million tokens (a 50 MB
#: file) take 640 MB, and summing them up five times that.
CHUNK = 200_000


def _best_labels(decoder: Decoder, ids: np.ndarray, sentence: np.ndarray, progress: bool | None) -> np.ndarray:
    """The best label ids of tokens with form ``ids`` in sentences (``sentence``: ids in sorted runs),
    decoded :data:`CHUNK` tokens at a time (with a bar from five on, or as ``progress`` says); each
    sentence is decoded on its own, so the result is the same as in one go."""
    n = len(ids)
    starts = np.flatnonzero(np.r_[True, sentence[1:] != sentence[:-1]])
    at = np.searchsorted(starts, np.arange(CHUNK, n, CHUNK)).clip(max=len(starts) - 1)
    cuts = np.unique(np.r_[0, starts[at], n]).tolist()
    best = np.zeros(n, dtype=np.int64)
    chunks = list(itertools.pairwise(cuts))
    shown = progress if progress is not None else len(chunks) >= 5  # a million tokens: a minute or more
    for lo, hi in progress_bar(chunks, "Namen erkennen", unit="Teile", enable=shown):
        best[lo:hi] = decoder.viterbi(decoder.scores(ids[lo:hi], sentence[lo:hi]), sentence[lo:hi])
    return best


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


class _Forms:
    """The tokens' words read through their codes: ``words[i]``, ``len(words)``, no list of every word."""

    __slots__ = ("codes", "forms")

    def __init__(self, codes: np.ndarray, forms: list[str]):
        self.codes, self.forms = codes, forms

    def __getitem__(self, i: int) -> str:
        return self.forms[self.codes[i]]

    def __len__(self) -> int:
        return len(self.codes)


@cache
def _institution_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of ``helpers/data/institutions_de.txt``: a named institution in one word, and a
    word that names an institution by the place after it."""
    sections = read_sections("institutions_de.txt")
    endings = "|".join(sorted(map(re.escape, sections["endings"]), key=len, reverse=True))
    prefixes = "|".join(map(re.escape, sections["prefixes"]))
    any_prefix = "|".join(sections["any_prefix_endings"])  # patterns: the data's own
    one_word = re.compile(rf"(?:(?:{prefixes})\w*(?:{endings})|[A-ZÄÖÜ]\w*(?:{any_prefix}))")
    before = "|".join(sorted(map(re.escape, sections["before_places"]), key=len, reverse=True))
    return one_word, re.compile(rf"[A-ZÄÖÜ]\w*(?:{before})")


def _article_codes(t: pd.DataFrame, articles: pd.Series) -> np.ndarray:
    """Per row of ``articles``: the position of its article (compared as text) among the articles of
    ``t`` in their order, -1 for one not there; read off the categories, not row by row."""
    order = {str(a): k for k, a in reversed(list(enumerate(pd.unique(t["article"]))))}  # the first of equals
    if isinstance(articles.dtype, pd.CategoricalDtype):
        of_category = np.array([order.get(str(c), -1) for c in articles.cat.categories] + [-1], dtype=np.int64)
        return of_category[articles.cat.codes.to_numpy()]  # code -1 (missing) takes the last: -1
    return np.fromiter((order.get(str(a), -1) for a in articles), dtype=np.int64, count=len(articles))


def _positions(t: pd.DataFrame, articles: pd.Series, offsets: np.ndarray) -> np.ndarray:
    """One number per (article, offset) that sorts as the tokens do: article code, then offset."""
    return _article_codes(t, articles) * (int(t["end"].max()) + 1) + offsets.astype(np.int64)


def _institutions(
    t: pd.DataFrame, found: pd.DataFrame, texts: dict[str, str], codes: np.ndarray, forms: list[str]
) -> pd.DataFrame:
    """The model's spans with institutions added that it missed (see ``institutions_de.txt``): a
    one-word institution outside any span (Bundesarchiv, Innenministerium) is an ORG; an institution
    word right before a place's span joins it as one ORG (Staatsanwaltschaft Hamburg). ``codes``
    and ``forms``: the tokens' words, as codes into their distinct forms (each form tested once)."""
    one_word, before_place = _institution_rules()
    named = np.array([w[:1].isupper() and (one_word.fullmatch(w) or before_place.fullmatch(w)) is not None
                      for w in forms], dtype=bool)  # fmt: skip
    hits = np.flatnonzero(named[codes]).tolist() if len(forms) else []
    words = _Forms(codes, forms)
    if not hits:
        return found
    token_at = _positions(t, t["article"], t["start"].to_numpy())
    span_at = _positions(t, found["article"], found["start"].to_numpy())
    span_end_at = _positions(t, found["article"], found["end"].to_numpy())
    labels, span_forms = found["label"].astype(str).to_numpy(), found["form"].astype(str).to_numpy()
    rows, joined = [], set()
    for i in hits:
        k = int(np.searchsorted(span_at, token_at[i], side="right")) - 1
        if k >= 0 and span_end_at[k] > token_at[i]:
            continue  # the model has it already
        end = int(t["end"].iat[i])
        j = int(np.searchsorted(span_at, token_at[i + 1])) if i + 1 < len(words) else len(span_at)
        place = (before_place.fullmatch(words[i]) and j < len(span_at) and span_at[j] == token_at[i + 1]
                 and labels[j] == "LOC" and span_forms[j] == "name")  # fmt: skip
        if place:
            end = int(found["end"].iat[j])  # Staatsanwaltschaft Hamburg: the place is part of the name
            joined.add(j)
        elif not one_word.fullmatch(words[i]):
            continue
        rows.append((i, int(t["start"].iat[i]), end))
    if not rows:
        return found
    take = t.iloc[[i for i, _, _ in rows]]
    extra = pd.DataFrame({
        "article": take["article"].to_numpy(),
        "section": take["section"].to_numpy(),
        "paragraph": take["paragraph"].to_numpy(),
        "sentence": take["sentence"].to_numpy(),
        "token": take["token"].to_numpy(),
        "start": [s for _, s, _ in rows],
        "end": [e for _, _, e in rows],
        "text": [texts[str(a)][s:e] for a, (_, s, e) in zip(take["article"], rows, strict=True)],
    })  # fmt: skip
    keep = found.drop(index=found.index[sorted(joined)]) if joined else found
    out = pd.concat([keep.drop(columns=["label", "form"]), extra.astype(keep.dtypes.drop(["label", "form"]).to_dict())],
                    ignore_index=True)  # fmt: skip
    out["label"] = pd.Categorical(keep["label"].astype(str).tolist() + ["ORG"] * len(rows), categories=LABELS)
    out["form"] = pd.Categorical(keep["form"].astype(str).tolist() + ["name"] * len(rows), categories=FORMS)
    order = np.argsort(_positions(t, out["article"], out["start"].to_numpy()), kind="stable")
    return out.iloc[order].reset_index(drop=True)[COLUMNS]


#: Small words inside names of persons: Alexander Van der Bellen, Ursula von der Leyen, Bin Laden.
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "du", "da", "del", "di", "la", "le", "ten", "ter",
                            "zu", "bin", "al", "el"})  # fmt: skip


def _with_particles(
    t: pd.DataFrame, found: pd.DataFrame, texts: dict[str, str], codes: np.ndarray, forms: list[str]
) -> pd.DataFrame:
    """Persons' names that end before a particle go on to the capitalised word after it: the model
    often stops at "der" in "Alexander Van der Bellen" (not to an acronym: "Otto Koudelka von der TU")."""
    if not len(found):
        return found
    person = np.flatnonzero(found["label"].astype(str).to_numpy() == "PER")
    if not len(person):
        return found
    words = _Forms(codes, forms)
    token_end_at = _positions(t, t["article"], t["end"].to_numpy())
    span_end_at = _positions(t, found["article"].iloc[person], found["end"].to_numpy()[person])
    last = np.searchsorted(token_end_at, span_end_at)
    token_articles = _article_codes(t, t["article"])
    ends, texts_out = found["end"].to_numpy().copy(), found["text"].tolist()
    for k, i in zip(person.tolist(), last.tolist(), strict=True):
        j = i + 1
        while j < len(words) and j - i <= 2 and words[j] in NAME_PARTICLES and token_articles[j] == token_articles[i]:
            j += 1
        same = j < len(words) and token_articles[j] == token_articles[i]
        if i + 1 < j and same and _goes_on(words[i], words[i + 1], words[j]):
            article, start = str(found["article"].iat[k]), int(found["start"].iat[k])
            ends[k] = int(t["end"].iat[j])
            texts_out[k] = texts[article][start : ends[k]]
    found = found.copy()
    found["end"], found["text"] = ends, texts_out
    return found


def _goes_on(last: str, particle: str, word: str) -> bool:
    """Does a person's name go on over ``particle`` to ``word``? Over "Van der" to "Bellen", "von der"
    to "Leyen"; not to an acronym ("Otto Koudelka von der TU"), not from an article ("Nasser Baoum der
    Provinz") and not from a small particle to an ordinary noun ("Peer Steinbrück zu Beginn",
    "Renate Künast von den Grünen"). ``last`` is the name's last word so far ("Alexander Van" goes on
    over "der").

    >>> _goes_on("Van", "der", "Bellen"), _goes_on("Ursula", "von", "Leyen"), _goes_on("Baoum", "der", "Provinz")
    (True, True, False)
    >>> _goes_on("Steinbrück", "zu", "Beginn"), _goes_on("Koudelka", "von", "TU")
    (False, False)
    """
    if not (word[:1].isupper() and word.isalpha()) or word.isupper():
        return False
    after_particle = last.lower() in NAME_PARTICLES
    if particle in ("der", "den", "la", "le") and not after_particle:
        return False
    return after_particle or particle[:1].isupper() or dictionary_lemma(word) is None

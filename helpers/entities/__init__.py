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
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
import pandas as pd

from helpers.articles import CONTENT_KINDS, Article, as_articles
from helpers.entities import rules
from helpers.entities.crf import Decoder, Model, load_model, run_starts
from helpers.entities.features import country_names, first_name_gender, first_names, read_sections
from helpers.entities.germeval import cross_validate, train
from helpers.entities.rules import NAME_PREFIXES, club_words, institution_nouns
from helpers.german import dictionary_lemma, proper_names
from helpers.progress import progress_bar
from helpers.tokens import as_list, as_strings, factorized, of_kinds, token_columns

__all__ = [
    "COLUMNS",
    "LABELS",
    "NAME_PREFIXES",
    "club_words",
    "country_names",
    "cross_validate",
    "entities",
    "entity_rows",
    "first_name_gender",
    "first_names",
    "institution_nouns",
    "load_model",
    "prepare",
    "tagged_sentences",
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


def prepare() -> None:
    """Read now what the recogniser reads when first asked: the model, the word lists and the
    English word frequencies (:func:`rules.english_word`, 0.7 s). Worker processes forked after it
    share them instead of each reading them again (:func:`helpers.corpus.tidy_tables`)."""
    entities("Bundeskanzler Friedrich Merz reiste nach Brüssel.")
    rules.english_word("Dictionary")
    proper_names()  # the gazetteer's one-word names (0.1 s of YAML), read by two rules only when asked


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
    return _table(*_found(x, toks, language, model, progress))


def entity_rows(
    x: Article | str | Iterable[Article],
    toks: pd.DataFrame | None = None,
    language: str = "de",
    model: Model | None = None,
    progress: bool | None = None,
) -> dict[str, list[tuple[int, int, str, str, str]]]:
    """The rows of :func:`entities` per article id as ``(start, end, text, label, form)``, without
    the table: for callers that read them article by article (``mentions``; on a short text the
    table costs more than finding the names).

    >>> entity_rows("Bundeskanzler Friedrich Merz reiste nach Brüssel.")
    {'text': [(14, 28, 'Friedrich Merz', 'PER', 'name'), (41, 48, 'Brüssel', 'LOC', 'name')]}
    """
    t, spans, texts = _found(x, toks, language, model, progress)
    out: dict[str, list[tuple[int, int, str, str, str]]] = {}
    articles, starts, ends, found = _where(t, spans, texts)
    for article, start, end, text, span in zip(articles, starts.tolist(), ends.tolist(), found, spans, strict=True):
        out.setdefault(article, []).append((start, end, text, span.label, span.form))
    return out


def _where(t: pd.DataFrame | dict, spans: list[rules.Span], texts: dict[str, str]) -> tuple:
    """Article ids, starts, ends (arrays, the tokens' dtype) and texts of ``spans`` (token positions of ``t``)."""
    first = np.array([span.first for span in spans], dtype=np.int64)
    last = np.array([span.last for span in spans], dtype=np.int64)
    articles = as_strings(_array(t, "article"))[first].tolist()
    starts, ends = np.asarray(_array(t, "start"))[first], np.asarray(_array(t, "end"))[last]
    return articles, starts, ends, [texts[a][s:e] for a, s, e in zip(articles, starts.tolist(), ends.tolist(),
                                                                      strict=True)]  # fmt: skip


def _found(
    x: Article | str | Iterable[Article], toks: pd.DataFrame | None, language: str, model: Model | None,
    progress: bool | None,
) -> tuple[pd.DataFrame, list[rules.Span], dict[str, str]]:
    """(content tokens in order, the entities as spans of their positions, text per article id)."""
    if language != "de":
        raise ValueError(f"entities are recognised in German only (language='de'), not {language!r}")
    items = [x] if isinstance(x, str) else as_articles(x)
    texts = {("text" if isinstance(i, str) else i.id): (i if isinstance(i, str) else i.text) for i in items}
    # the columns alone when no table is given: a short text, per call, needs no DataFrame
    t = toks if toks is not None else token_columns(items, language=language, progress=progress)
    t = of_kinds(t, CONTENT_KINDS)
    if not len(t["start"]):
        return t, [], texts
    article_code, _ = factorized(_array(t, "article"))
    token = np.asarray(_array(t, "token"), dtype=np.int64)
    order_key = article_code.astype(np.int64) * (int(token.max()) + 1) + token
    if (np.diff(order_key) <= 0).any():  # rows out of order: by article, then token
        order = np.argsort(order_key, kind="stable")
        t = t.iloc[order] if isinstance(t, pd.DataFrame) else {k: v[order] for k, v in t.items()}
        article_code, _ = factorized(_array(t, "article"))
    sentence = np.asarray(_array(t, "sentence"), dtype=np.int64)
    key = article_code.astype(np.int64) * (int(sentence.max()) + 1) + sentence
    codes, forms = pd.factorize(_array(t, "text"))  # the words as codes into their distinct forms
    forms = as_list(forms)  # not list(): iterating pandas' strings one by one is 50 times slower
    return t, _recognised(_decoder(model), codes, forms, key, article_code, progress), texts


def _recognised(
    decoder: Decoder, codes: np.ndarray, forms: list[str], key: np.ndarray, article_code: np.ndarray,
    progress: bool | None,
) -> list[rules.Span]:
    """The recogniser's steps on words given as ``codes`` into ``forms``, in sentences ``key`` (sorted
    runs) of articles ``article_code``: the model, the institutions, the rules, the name particles."""
    ids = decoder.form_ids(forms)[codes]
    best = _best_labels(decoder, ids, key, progress)
    # every step works on token positions (rules.Span); the table is built once, at the end
    words = _Forms(codes, forms)
    spans = _institutions(_spans(best, key, decoder.model.labels), words, article_code)
    new_run = run_starts(key)  # a sentence (or an article) starts
    spans = rules.apply_rules(rules.Sentence([forms[c] for c in codes.tolist()], new_run, article_code), spans)
    return _with_particles(spans, words, article_code)


def tagged_sentences(sentences: Sequence[Sequence[str]], model: Model | None = None) -> list[list[str]]:
    """BIO labels of tokenised sentences as the whole recogniser finds them (the model, then the
    institutions, the rules and the name particles, as in :func:`entities`), each sentence an
    article of its own: to score the recogniser on GermEval's tokens (``germeval.cross_validate_taggers``).

    >>> tagged_sentences([["Friedrich", "Merz", "reiste", "nach", "Brüssel", "."]])
    [['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']]
    """
    lengths = [len(s) for s in sentences]
    out = [["O"] * n for n in lengths]
    if not sum(lengths):
        return out
    key = np.repeat(np.arange(len(sentences), dtype=np.int64), lengths)
    codes, forms = pd.factorize(np.array([w for s in sentences for w in s], dtype=object))
    spans = _recognised(_decoder(model), codes, list(forms), key, key, progress=False)
    offset = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    for span in spans:
        k = int(key[span.first])
        labels, a, b = out[k], span.first - int(offset[k]), span.last - int(offset[k])
        if not span.label or any(x != "O" for x in labels[a : b + 1]):
            continue  # (spans do not overlap; a label the rules took away is none)
        cls = span.label + ("" if span.form == "name" else span.form)
        labels[a : b + 1] = [f"B-{cls}"] + [f"I-{cls}"] * (b - a)
    return out


def _array(t: pd.DataFrame | dict, name: str) -> np.ndarray | pd.api.extensions.ExtensionArray:
    """A column of a tokens table or of :func:`helpers.tokens.token_columns`, as an array."""
    column = t[name]
    return column.array if isinstance(column, pd.Series) else column


#: Tokens decoded at a time, cut at a sentence start: the label scores of 8 million tokens (a 50 MB
#: file) take 640 MB, and summing them up five times that.
CHUNK = 200_000


def _best_labels(decoder: Decoder, ids: np.ndarray, sentence: np.ndarray, progress: bool | None) -> np.ndarray:
    """The best label ids of tokens with form ``ids`` in sentences (``sentence``: ids in sorted runs),
    decoded :data:`CHUNK` tokens at a time (with a bar from five on, or as ``progress`` says); each
    sentence is decoded on its own, so the result is the same as in one go."""
    n = len(ids)
    cuts = [0, n]
    if n > CHUNK:  # cut at the sentence start at or after each multiple of CHUNK
        starts = np.flatnonzero(run_starts(sentence))
        at = np.searchsorted(starts, np.arange(CHUNK, n, CHUNK)).clip(max=len(starts) - 1)
        cuts = np.unique(np.concatenate([[0], starts[at], [n]])).tolist()
    best = np.zeros(n, dtype=np.int64)
    chunks = list(itertools.pairwise(cuts))
    shown = progress if progress is not None else len(chunks) >= 5  # a million tokens: a minute or more
    for lo, hi in progress_bar(chunks, "Namen erkennen", unit="Teile", enable=shown):
        best[lo:hi] = decoder.viterbi(decoder.scores(ids[lo:hi], sentence[lo:hi]), sentence[lo:hi])
    return best


def _spans(best: np.ndarray, key: np.ndarray, labels: list[str]) -> list[rules.Span]:
    """The model's spans from the best label of each token (BIO; an I- after O or after another
    class starts a span too): token positions, label (PER, ORG, LOC, OTH) and form."""
    class_of, is_begin, kinds = _label_classes(tuple(labels))
    cls, is_b = class_of[best], is_begin[best]
    inside = cls >= 0
    start = run_starts(key)  # a new sentence, a B-, or a class other than the token's before
    start[1:] |= is_b[1:] | (cls[1:] != cls[:-1])
    start &= inside
    ends = inside.copy()  # the span's last token: the next one does not go on with it
    ends[:-1] &= ~(inside[1:] & ~start[1:])
    first = np.flatnonzero(start).tolist()
    last = np.flatnonzero(ends).tolist()
    return [rules.Span(a, b, *kinds[c]) for a, b, c in zip(first, last, cls[first].tolist(), strict=True)]


@cache
def _label_classes(labels: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, list[tuple[str, str]]]:
    """Per label id of the model: its class (an index, -1 for O), whether it begins a span (B-), and
    per class its (label, form): ``B-PERderiv`` is class PERderiv, (PER, deriv)."""
    classes = [lab.partition("-")[2] for lab in labels]
    names = sorted({c for c in classes if c})
    kinds = [(n.replace("deriv", "").replace("part", ""),
              "deriv" if n.endswith("deriv") else "part" if n.endswith("part") else "name") for n in names]  # fmt: skip
    class_of = np.array([names.index(c) if c else -1 for c in classes], dtype=np.int64)
    return class_of, np.array([lab.startswith("B-") for lab in labels], dtype=bool), kinds


def _table(t: pd.DataFrame | dict, spans: list[rules.Span], texts: dict[str, str]) -> pd.DataFrame:
    """The entities table of ``spans`` (token positions of ``t``), in their order."""
    if not spans:
        return _empty(_array(t, "article").dtype)
    first = np.array([x.first for x in spans], dtype=np.int64)
    _, starts, ends, found = _where(t, spans, texts)
    return pd.DataFrame(
        {
            "article": pd.Series(_array(t, "article")[first]),
            "section": np.asarray(_array(t, "section"))[first],
            "paragraph": np.asarray(_array(t, "paragraph"))[first],
            "sentence": np.asarray(_array(t, "sentence"))[first],
            "token": np.asarray(_array(t, "token"))[first],
            "start": starts,
            "end": ends,
            "text": found,
            "label": pd.Categorical([x.label for x in spans], categories=LABELS),
            "form": pd.Categorical([x.form for x in spans], categories=FORMS),
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
    # (also after a hyphenated word: Kraftfahrt-Bundesamt, Eisenbahn-Bundesamt)
    one_word = re.compile(rf"(?:(?:[A-ZÄÖÜ]\w*-)?(?:{prefixes})\w*(?:{endings})|[A-ZÄÖÜ]\w*(?:{any_prefix}))")
    before = "|".join(sorted(map(re.escape, sections["before_places"]), key=len, reverse=True))
    alone = "|".join(re.escape(w.capitalize()) for w in sections["before_places"])  # Polizei Wien, Museum Ludwig
    return one_word, re.compile(rf"[A-ZÄÖÜ]\w*(?:{before})|(?:{alone})")


def _institutions(spans: list[rules.Span], words: _Forms, article: np.ndarray) -> list[rules.Span]:
    """The model's spans with institutions added that it missed (see ``institutions_de.txt``): a
    one-word institution outside any span (Bundesarchiv, Innenministerium) is an ORG; an institution
    word right before a place's span joins it as one ORG (Staatsanwaltschaft Hamburg). ``words``:
    the tokens' words through codes into their distinct forms (each form tested once); ``article``:
    the tokens' article codes."""
    one_word, before_place = _institution_rules()
    forms = words.forms
    named = np.array([w[:1].isupper() and (one_word.fullmatch(w) or before_place.fullmatch(w)) is not None
                      for w in forms], dtype=bool)  # fmt: skip
    hits = np.flatnonzero(named[words.codes]).tolist() if len(forms) else []
    if not hits:
        return spans
    owner = {j: k for k, x in enumerate(spans) for j in range(x.first, x.last + 1)}
    starting = {x.first: k for k, x in enumerate(spans)}
    added, joined = [], set()
    for i in hits:
        if i in owner:
            continue  # the model has it already
        last = i
        k = starting.get(i + 1)
        place = (before_place.fullmatch(words[i]) and k is not None and article[i + 1] == article[i]
                 and spans[k].label == "LOC" and spans[k].form == "name")  # fmt: skip
        if place:
            last = spans[k].last  # Staatsanwaltschaft Hamburg: the place is part of the name
            joined.add(k)
        elif not one_word.fullmatch(words[i]):
            continue
        added.append(rules.Span(i, last, "ORG", "name"))
    if not added:
        return spans
    kept = [x for k, x in enumerate(spans) if k not in joined]
    return sorted(kept + added, key=lambda x: x.first)  # stable: the model's span first


#: Arabic particles of descent in names of persons: Mohammed bin Salman, Abu Mohammed al-Dscholani.
_ARABIC_PARTICLES = frozenset({"bin", "ibn", "al", "el"})
#: Small words inside names of persons: Alexander Van der Bellen, Ursula von der Leyen, Bin Laden.
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "du", "da", "del", "di", "la", "le", "ten", "ter",
                            "zu", "bin", "al", "el"})  # fmt: skip


def _with_particles(spans: list[rules.Span], words: _Forms, article: np.ndarray) -> list[rules.Span]:
    """Persons' names that end before a particle go on to the capitalised word after it: the model
    often stops at "der" in "Alexander Van der Bellen" (not to an acronym: "Otto Koudelka von der TU"). A
    word another span holds is not taken ("Fraser Kyne von Bromium": the organisation of
    :func:`rules.person_of_organisation`; "Bernhard Scharf von der Boku"), unless that span is a
    person's name starting there after a particle other than "von": the two are one ("Nienke" …
    "Marel" is "Nienke van der Marel"; "Sodom von Milo Rau" is a play and its author), or a first name
    alone before "von der" and one word (:func:`_first_name_von_der`: Kerstin von der Heide).

    >>> [(x.text, x.label) for x in entities("Ministerin Kerstin von der Heide sprach.").itertuples()]
    [('Kerstin von der Heide', 'PER')]
    """
    held = {p: x for x in spans for p in range(x.first, x.last + 1)}
    merged = set()
    for x in spans:
        if x.label != "PER" or id(x) in merged:
            continue
        i = j = x.last
        j += 1
        while j < len(words) and j - i <= 2 and words[j] in NAME_PARTICLES and article[j] == article[i]:
            j += 1
        same = j < len(words) and article[j] == article[i]
        if not (i + 1 < j and same):
            continue
        other = held.get(j)
        if other is not None and other.first == other.last == j and _first_name_von_der(words, x, j):
            x.last = j  # "Kerstin von der Heide": the model's "Heide" (a town) is her last name
            merged.add(id(other))
        elif not _goes_on(words[i], words[i + 1], words[j]):
            continue
        elif other is None:
            x.last = j
        elif other.label == "PER" and other.first == j and words[i + 1] != "von":
            x.last = other.last
            merged.add(id(other))
    return [x for x in spans if id(x) not in merged] if merged else spans


def _first_name_von_der(words: _Forms, x: rules.Span, j: int) -> bool:
    """A first name alone before "von der" (or "van der", "von den") and one word is a person's whole
    name, whatever the model took the last word for: "Gesundheitsministerin Kerstin von der Heide" (not
    a woman Kerstin and the town of Heide), "Ursula von der Leyen"; "Peter von der Deutschen Bank" is
    someone of the bank (a name of two words), "Manfred Wolf von der GPA-djp" of the union (more than a
    first name before it), "Zainab von der kroatischen Grenze" came from the border (a word in small
    letters is no name)."""
    last = words[j]
    return (x.first == x.last and words[x.first] in first_names() and j == x.last + 3
            and words[x.last + 1] in ("von", "van") and words[j - 1] in ("der", "den")
            and last.isalpha() and not last.isupper() and dictionary_lemma(last.lower()) is None)  # fmt: skip


def _goes_on(last: str, particle: str, word: str) -> bool:
    """Does a person's name go on over ``particle`` to ``word``? Over "Van der" to "Bellen", "von der"
    to "Leyen"; not to an acronym ("Otto Koudelka von der TU"), not from an article ("Nasser Baoum der
    Provinz") and not from a small particle to an ordinary noun ("Peer Steinbrück zu Beginn",
    "Renate Künast von den Grünen"). ``last`` is the name's last word so far ("Alexander Van" goes on
    over "der").

    >>> _goes_on("Van", "der", "Bellen"), _goes_on("Ursula", "von", "Leyen"), _goes_on("Baoum", "der", "Provinz")
    (True, True, False)
    >>> _goes_on("Steinbrück", "zu", "Beginn"), _goes_on("Koudelka", "von", "TU"), _goes_on("Mohammed", "bin", "Salman")
    (False, False, True)
    """
    if not (word[:1].isupper() and word.isalpha()) or word.isupper():
        return False
    if particle in _ARABIC_PARTICLES:
        return True  # "Mohammed bin Salman" ("Salman" is in the dictionary as a name, not a noun)
    after_particle = last.lower() in NAME_PARTICLES
    if particle in ("der", "den", "la", "le") and not after_particle:
        return False
    return after_particle or particle[:1].isupper() or dictionary_lemma(word) is None

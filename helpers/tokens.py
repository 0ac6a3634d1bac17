"""German tokens, sentences and lemmas as one tidy table.

``tokens`` splits text into words and punctuation (hyphenated compounds stay whole:
``Ukraine-Gespräche``; dates, times and numbers too: ``20.12.2025``, ``05:22``), finds sentence
ends (abbreviations such as ``z. B.`` or ``Dr.`` do not end a sentence; a quote may close a
sentence: ``„…“, sagte Rubio.``), and lemmatises with simplemma, once per distinct word form.

>>> t = tokens("Der US-Außenminister kam am 20.12.2025 um 05:22 Uhr an. Er sagte z. B. nichts.")
>>> t.text.tolist()[:6]
['Der', 'US-Außenminister', 'kam', 'am', '20.12.2025', 'um']
>>> t.groupby("sentence").size().tolist()
[10, 6]
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from array import array
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from itertools import pairwise, repeat
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute
import stop_words as _stop_words
from pandas.arrays import ArrowStringArray

from helpers.articles import KINDS, Article, as_articles
from helpers.frames import STR, memory_pool, string_array
from helpers.german import MONTH_NAMES, lemma_memo, lemmatize, word_list
from helpers.interviews import interview_labels
from helpers.progress import progress_bar

COLUMNS = [
    "article", "section", "paragraph", "sentence", "token", "start", "end",
    "text", "lemma", "is_stop", "is_punct", "is_alpha", "is_num", "kind",
]  # fmt: skip

_MONTHS = "|".join(MONTH_NAMES)
_CLOSERS = frozenset("“”\"»«’‘')]")
_TERMINAL = re.compile(r"[.!?…]+")
#: Characters that do not show and may stand inside a word: soft hyphen (Russ\xadland), zero-width
#: space, non-joiner, joiner, word joiner, zero-width no-break space.
INVISIBLE = "\xad\u200b\u200c\u200d\u2060\ufeff"
#: Combining marks: a decomposed (NFD) "ü" is "u" and U+0308.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_SURROGATES = re.compile("[\ud800-\udfff]")


def visible(word: str) -> str:
    """A word as it reads: without soft hyphens and zero-width characters, composed (NFC); what
    lemmas and gazetteer matching see (the token's ``text`` keeps every character).

    >>> visible("Russ\xadland"), visible("Mu\u0308nchen") == "München"
    ('Russland', True)
    """
    if word.isascii():
        return word
    plain = word.translate(_DROP_INVISIBLE)
    return plain if unicodedata.is_normalized("NFC", plain) else unicodedata.normalize("NFC", plain)


@cache
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """German abbreviations from ``helpers/data/abbreviations_de.txt``: (all, may end a sentence).

    >>> "z.B." in abbreviations()[0], "usw." in abbreviations()[1]
    (True, True)
    """
    entries = [ln.split() for ln in word_list("abbreviations_de.txt")]
    return frozenset(e[0] for e in entries), frozenset(e[0] for e in entries if e[1:] == ["!"])


#: Top-level domains of the web addresses that news name as a source without ``www.``: "tagesschau.de",
#: "faz.net", "orf.at" are one token each (not "tagesschau", ".", "de"), as in GermEval's tokens; lower
#: case only, so that a missing space before a capital ("sagte er.Es") still splits.
TOP_LEVEL_DOMAINS = ("de", "com", "net", "org", "at", "ch", "eu", "info", "fr", "uk", "it", "es")
#: A web address without ``www.`` as one token (a regular expression): "tagesschau.de", "news.orf.at".
DOMAIN = rf"[^\W\d_][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)})"


@cache
def _token_pattern() -> re.Pattern[str]:
    """The tokenizer: each match is a token, so that ``split`` gives the whitespace before each token
    and the token in turn (gap, token, gap, ..., gap: a flat list, no tuple per token); most
    frequent branches first. No branch starts with whitespace: every other character is in a token."""
    abbrevs = "|".join(re.escape(a) for a in sorted(abbreviations()[0], key=len, reverse=True))
    # letters may carry combining marks (NFD "Mu\u0308nchen") and hold invisible characters
    # (a soft hyphen: "Russ\xadland") without the word falling apart
    run = rf"\w+(?:[{_MARKS}]+\w*|[{INVISIBLE}]+\w+)*"
    word = rf"{run}(?:[{INVISIBLE}]*[-‐‑][{INVISIBLE}]*{run}|['’]{run})*"
    return re.compile(
        rf"""
        (
        [^\W\d_]\w*+(?![-‐‑'’.:/{INVISIBLE}{_MARKS}])             # plain word (most tokens): fast path
        |(?=[^\W\d_])(?:                                        # other tokens starting with a letter:
            (?=\w{{1,6}}+\.|\w\.)(?<![\w.])(?:{abbrevs})(?!\w)  # abbreviation: z. B., Dr., Nr.
            |(?<![\w.])[A-ZÄÖÜ]\.(?=[ \xa0]?[A-ZÄÖÜ][a-zäöüß])  # initial: John F. Kennedy
            |[A-ZÄÖÜ]{{2,}}(?:/[A-ZÄÖÜ]{{2,}})+                  # CDU/CSU
            |(?:https?://|www\.)[^\s<>"“”„]*[^\s<>"“”„.,;:!?)\]]  # web address
            |{DOMAIN}(?![\w-])                                   # domain: tagesschau.de, orf.at
            |{word}(?:-(?=[ \xa0]+(?:und|oder|bis|sowie)\b))?   # word, compound, truncated Ein-
                (?:(?<=[sßxzSXZ])['’](?!\w))?                   # genitive apostrophe: Merz'
        )
        |(?=\d)(?:                                              # starts with a digit:
            \d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})(?!\d)       # date 20.12.2025
            |\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)                # time 05:22
            |\d+\.(?=[ \xa0]+(?:[a-zäöüß]|(?:{_MONTHS})\b))      # ordinal: am 20. Dezember
            |\d+(?:[.,]\d+)*(?:[-‐‑]\w+|[^\W\d_]+)*             # 1.000,5  9-Euro-Ticket  2025er
        )
        |[.!?]{{2,}}|…|\S                                       # punctuation and symbols
        )""",
        re.VERBOSE,
    )


@cache
def stopwords(language: str = "de", extra: bool = True) -> frozenset[str]:
    """Stopwords: the ``stop-words`` package's list plus ``helpers/data/stopwords_de_extra.txt``.

    >>> {"und", "sagte", "Uhr"} <= stopwords()
    True
    """
    words = set(_stop_words.get_stop_words(language))
    if extra and language == "de":
        words.update(word_list("stopwords_de_extra.txt"))
    return frozenset(words)


# Flag bits of a word form, computed once per form (see _Vocabulary).
_PUNCT, _NUM, _ALPHA, _TERM, _CLOSE, _GOES_ON = 1, 2, 4, 8, 16, 32


class _Vocabulary:
    """Every word form met so far, with an id, its lemma id and flag bits (one per language).

    Forms are lemmatised and classified once; a table then only indexes arrays by id.
    """

    __slots__ = ("flags", "forms", "index", "language", "lemma_ids", "lemma_index", "lemmas", "lengths", "stops")

    def __init__(self, language: str):
        self.language = language
        self.index: dict[str, int] = {}
        self.forms: list[str] = []
        self.lemma_index: dict[str, int] = {}
        self.lemmas: list[str] = []
        self.lemma_ids = array("i")
        self.lengths = array("i")  # characters per form: offsets from ids, not from len() per token
        self.flags = bytearray()
        self.stops: dict[frozenset[str], bytearray] = {}

    def ids(self, words: Sequence[str]) -> np.ndarray:
        """Ids of ``words`` (distinct forms), adding the new ones (all or none: a form that fails
        leaves the vocabulary as it was, so one bad call cannot break the later ones)."""
        get = self.index.get
        out = [get(w) for w in words]
        missing = [k for k, i in enumerate(out) if i is None]
        if missing:
            first = len(self.forms)
            try:
                self._add([words[k] for k in missing])
            except BaseException:
                self._truncate(first)
                raise
            for offset, k in enumerate(missing):
                out[k] = first + offset
        return np.array(out, dtype=np.int32)

    def codes(self, words: Sequence[str]) -> np.ndarray:
        """Ids of ``words`` (every token, repeats included): one dict look-up per token, the new
        forms added once each in order of first appearance (as :meth:`ids` adds them)."""
        found = np.fromiter(map(self.index.get, words, repeat(-1)), np.int32, len(words))
        missing = np.flatnonzero(found < 0)
        if len(missing):  # new forms: few once the vocabulary has seen a few articles
            new = list(dict.fromkeys(words[k] for k in missing.tolist()))
            added = self.ids(new)
            position = dict(zip(new, added.tolist(), strict=True))
            found[missing] = [position[words[k]] for k in missing.tolist()]
        return found

    def _truncate(self, size: int) -> None:
        """Forget every form from id ``size`` on (and lemmas only they had)."""
        for word in self.forms[size:]:
            self.index.pop(word, None)
        del self.forms[size:], self.lemma_ids[size:], self.flags[size:], self.lengths[size:]
        lemmas = max(self.lemma_ids, default=-1) + 1
        for lem in self.lemmas[lemmas:]:
            self.lemma_index.pop(lem, None)
        del self.lemmas[lemmas:]
        for known in self.stops.values():
            del known[size:]

    def _add(self, words: list[str]) -> None:
        """Lemmatise and classify new forms (once each)."""
        may_end, language = abbreviations()[1], self.language
        lemma_index, lemmas, lemma_ids, flags = self.lemma_index, self.lemmas, self.lemma_ids, self.flags
        terminal = _TERMINAL.fullmatch
        memo = lemma_memo(language)
        memoised = memo.lemmas.get  # most forms are known from an earlier run: one dict look-up each
        for word in words:
            self.index[word] = len(self.forms)
            self.forms.append(word)
            plain = visible(word)  # Russ\xadland is read as Russland
            lem = memoised(plain) or lemmatize(plain, language)
            lemma_id = lemma_index.get(lem)
            if lemma_id is None:
                lemma_id = lemma_index[lem] = len(lemmas)
                lemmas.append(lem)
            lemma_ids.append(lemma_id)
            self.lengths.append(len(word))
            flags.append(
                _PUNCT * (not any(map(str.isalnum, word)))
                | _NUM * word[:1].isdigit()
                | _ALPHA * plain.replace("-", "").replace("'", "").replace("’", "").isalpha()
                | _TERM * (terminal(word) is not None or word in may_end)
                | _CLOSE * (word in _CLOSERS)
                | _GOES_ON * (word in (",", ";") or word[:1].islower())
            )
        memo.flush()  # the new forms go to disk now: a forked worker never runs atexit

    def is_stop(self, stop: frozenset[str]) -> np.ndarray:
        """Per form id: is it a stopword (the word or its lemma in ``stop``)?"""
        known = self.stops.setdefault(stop, bytearray())
        for i in range(len(known), len(self.forms)):
            w, lem = self.forms[i], self.lemmas[self.lemma_ids[i]]
            known.append(is_stopword(visible(w), lem, stop))
        return np.frombuffer(known, dtype=bool)


_VOCABULARIES: dict[str, _Vocabulary] = {}


def _vocabulary(language: str) -> _Vocabulary:
    vocabulary = _VOCABULARIES.get(language)
    if vocabulary is None:
        vocabulary = _VOCABULARIES[language] = _Vocabulary(language)
    return vocabulary


def lemma(word: str, language: str = "de") -> str:
    """The lemma of one word form (German nouns keep their capital), by the rules of
    :func:`helpers.german.lemmatize`; each form is lemmatised once per process and kept.

    >>> lemma("Gesprächen"), lemma("Gebietsfragen"), lemma("Russlands"), lemma("Merz'")
    ('Gespräch', 'Gebietsfrage', 'Russland', 'Merz')
    """
    vocabulary = _vocabulary(language)
    i = vocabulary.index.get(word)  # a known form without building an array of one id
    if i is None:
        i = vocabulary.ids([word])[0]
    return vocabulary.lemmas[vocabulary.lemma_ids[i]]


def of_kinds(t: pd.DataFrame | dict, kinds: Sequence[str]) -> pd.DataFrame | dict:
    """The rows of a tokens table (or of its :func:`token_columns`) whose line is of one of
    ``kinds``: the table itself when all are (no copy), read off the categories of ``kind``, not
    row by row (a per-call cost of a tenth of a millisecond with ``isin``).

    >>> from helpers.articles import parse_article
    >>> a = parse_article("Titel\\nStand: 20.12.2025\\nEin Satz.")
    >>> of_kinds(tokens(a), ("title", "lead"))["text"].tolist()
    ['Titel', 'Ein', 'Satz', '.']
    """
    column = t["kind"]
    if isinstance(column, pd.Categorical) or isinstance(column.dtype, pd.CategoricalDtype):  # per category
        categorical = column if isinstance(column, pd.Categorical) else column.cat
        wanted = _wanted_categories(column.dtype, tuple(kinds))
        codes = np.asarray(categorical.codes)
        keep = (wanted[codes] & (codes >= 0)) if len(wanted) else np.zeros(len(codes), dtype=bool)
    else:
        keep = pd.Series(column).isin(kinds).to_numpy()
    if keep.all():
        return t
    return t[keep] if isinstance(t, pd.DataFrame) else {k: v[keep] for k, v in t.items()}


@lru_cache(maxsize=64)
def _wanted_categories(dtype: pd.CategoricalDtype, kinds: tuple[str, ...]) -> np.ndarray:
    """Per category of ``dtype``: one of ``kinds``? Kept: the same dtype comes with every call."""
    return np.array([c in kinds for c in dtype.categories], dtype=bool)


@lru_cache(maxsize=64)
def _category_strings(dtype: pd.CategoricalDtype) -> np.ndarray:
    """The categories of ``dtype`` as an object array of strings, built once per dtype."""
    return np.array([str(c) for c in dtype.categories], dtype=object)


def tokenize(text: str) -> list[str]:
    """The tokens of a string as a plain list, split as :func:`tokens` splits them (no table, no
    lemmas): for names and titles that must match the tokens of a text.

    >>> tokenize("US-Präsident Donald Trump, z. B. am 20.12.2025.")
    ['US-Präsident', 'Donald', 'Trump', ',', 'z.', 'B.', 'am', '20.12.2025', '.']
    """
    return _token_pattern().findall(text)


def is_stopword(word: str, lemma: str, stop: frozenset[str]) -> bool:
    """The stopword rule of the tokens table: the word or its lemma is in ``stop``; a word whose
    lemma is lower case also in lower case (Die -> die), a noun only as written (Weg is no weg).

    >>> is_stopword("Die", "der", stopwords()), is_stopword("Weg", "Weg", stopwords())
    (True, False)
    """
    return lemma in stop or word in stop or (lemma[:1].islower() and word.lower() in stop)


def spaced(texts: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> str:
    """Tokens joined as they stand in the text: a space wherever the offsets leave a gap.

    >>> t = tokens("Was bedeutet das für Pendler?")
    >>> spaced(t.text.tolist(), t.start.tolist(), t.end.tolist())
    'Was bedeutet das für Pendler?'
    """
    if not len(texts):
        return ""
    out = [texts[0]]
    for k in range(1, len(texts)):
        if starts[k] > ends[k - 1]:
            out.append(" ")
        out.append(texts[k])
    return "".join(out)


def _codes(column: pd.Series | pd.Categorical) -> tuple[np.ndarray, pd.Index] | None:
    """(codes, categories) of a categorical column or array, else None."""
    if isinstance(column, pd.Categorical):
        return column.codes, column.categories
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.cat.codes.to_numpy(), column.cat.categories
    return None


def factorized(column: pd.Series | pd.Categorical) -> tuple[np.ndarray, np.ndarray]:
    """Codes in order of first appearance and the values as strings (``pd.factorize`` of the column
    as strings); a categorical column (a tokens table's ``article``) is factorised through its codes
    (per category, not per row), and one article needs no factorising at all.

    >>> factorized(token_columns("Hallo Welt.")["article"])[0].tolist()
    [0, 0, 0]
    """
    categorical = _codes(column)
    if categorical is not None:
        codes, categories = categorical
        if len(codes) and codes[0] >= 0 and (codes == codes[0]).all():  # one article: nothing to factorise
            return np.zeros(len(codes), dtype=np.intp), np.array([str(categories[codes[0]])], dtype=object)
        codes, seen = pd.factorize(codes, sort=False)
        return codes, np.array([str(categories[c]) if c >= 0 else "nan" for c in seen.tolist()], dtype=object)
    return pd.factorize(pd.Series(column).astype(str), sort=False)


def as_strings(column: pd.Series | pd.api.extensions.ExtensionArray | np.ndarray) -> np.ndarray:
    """A column (of a tokens table: ``article``, ``kind``) as an object array of strings
    (``astype(str)``), converted per category when categorical, not row by row.

    >>> as_strings(token_columns("Hallo Welt.")["article"]).tolist()
    ['text', 'text', 'text']
    """
    categorical = _codes(column)
    if categorical is not None and (not len(categorical[0]) or categorical[0].min() >= 0):
        return _category_strings(column.dtype)[categorical[0]]
    return pd.Series(column).astype(str).to_numpy()


def _values(column) -> np.ndarray | list:
    return column.to_numpy() if hasattr(column, "to_numpy") else np.asarray(column)


def as_list(column: Any) -> list:
    """A column's values as a Python list; a text column (Arrow strings) read through Arrow, six
    times faster than pandas' ``tolist`` on a short text (0.6 against 3.5 µs), missing values None.

    >>> as_list(token_columns("Hallo Welt.")["text"])
    ['Hallo', 'Welt', '.']
    """
    array = column.array if isinstance(column, pd.Series) else column
    if isinstance(array, ArrowStringArray):
        return pa.array(array).to_pylist()
    return array.tolist() if hasattr(array, "tolist") else list(array)


def _shared_strings(column: Any) -> list:
    """A string column as a list in which equal strings are one object: "die" in a 50 MB file is
    one string, not 300,000 of 50 bytes each (``tolist()`` makes one per row)."""
    if len(column) < _FEW:  # a short text: sharing saves nothing, factorising costs per call
        return [w if isinstance(w, str) else np.nan for w in as_list(column)]  # not iterated: 1 µs a word
    codes, forms = pd.factorize(np.asarray(column, dtype=object) if isinstance(column, list) else column)
    return np.array([*forms.tolist(), np.nan], dtype=object)[codes].tolist()  # code -1 (missing): NaN


def article_slices(t: pd.DataFrame | Mapping[str, Any]) -> Iterable[tuple[str, tuple[int, int], dict]]:
    """(article id, (first, last + 1), columns) for each article of a tokens table (or the columns
    of :func:`token_columns`), with its columns converted once (``text`` and ``lemma`` as lists,
    the rest as arrays); rows are put in article order first if they are not."""
    codes, uniques = factorized(t["article"])
    order = np.argsort(codes, kind="stable")
    if not (order == np.arange(len(order))).all():
        t = t.iloc[order] if isinstance(t, pd.DataFrame) else {k: v[order] for k, v in t.items()}
        codes = codes[order]
    columns = {
        "text": _shared_strings(t["text"]),
        "lemma": _shared_strings(t["lemma"]),
        "start": _values(t["start"]),
        "end": _values(t["end"]),
        "sentence": _values(t["sentence"]),
        "paragraph": _values(t["paragraph"]),
        "section": _values(t["section"]),
        "kind": as_strings(t["kind"]),
        "is_stop": _values(t["is_stop"]),
    }
    bounds = np.flatnonzero(np.diff(codes)) + 1
    edges = [0, *bounds.tolist(), len(codes)]
    for k in range(len(edges) - 1):
        if edges[k] < edges[k + 1]:
            yield str(uniques[codes[edges[k]]]), (edges[k], edges[k + 1]), columns


#: Texts longer than this (characters) are scanned in line-aligned pieces, with a progress bar.
_PIECE = 1_000_000


def _find_tokens(pattern: re.Pattern[str], text: str, progress: bool | None) -> tuple[list[str], np.ndarray]:
    """The tokens of ``text`` and the number of characters before each since the token before
    (``pattern.split``); a long text (a month of news in one file) in pieces of about
    :data:`_PIECE` characters with a progress bar. A piece ends before a newline that follows a
    non-space character: no token crosses a newline, and the regex sees a newline as it sees the end
    of the text, so the pieces' tokens are exactly the whole text's; the whitespace at a piece's end
    goes to the next piece's first gap, so the gaps stay contiguous."""
    cuts, pos = [0], _PIECE if len(text) > 2 * _PIECE else len(text)
    while pos < len(text):
        cut = text.find("\n", pos)
        while cut > 0 and text[cut - 1].isspace():
            cut = text.find("\n", cut + 1)
        if cut < 0:
            break
        cuts.append(cut)
        pos = cut + _PIECE
    cuts.append(len(text))
    words: list[str] = []
    gaps: list[np.ndarray] = []
    carry = 0  # whitespace left at the end of the pieces before, not yet before a token
    pieces = list(pairwise(cuts))
    shown = progress is not False and len(text) > 2 * _PIECE
    bar = progress_bar(pieces, "Tokenisieren (langer Text)", unit="MB", enable=shown)
    for a, b in bar:
        parts = pattern.split(text[a:b])  # the whole text itself when it is one piece (no copy)
        gap = np.fromiter(map(len, parts[0:-1:2]), np.int64, len(parts) // 2)
        if len(gap):
            gap[0] += carry
            carry = 0
        carry += len(parts[-1])
        words += parts[1::2]
        gaps.append(gap)
    return words, np.concatenate(gaps) if gaps else np.zeros(0, np.int64)


def _without_surrogates(text: str, name: str) -> str:
    """``text`` with each lone surrogate (which no file can hold, "\\ud800") replaced by U+FFFD,
    one for one, so that offsets stay; with a warning. Text from :mod:`helpers.articles` has none."""
    if not _SURROGATES.search(text):
        return text
    found = [m.start() for m in _SURROGATES.finditer(text)]
    warnings.warn(
        f"{name}: {len(found)} lone surrogate character(s) replaced by U+FFFD "
        f"(at position {', '.join(map(str, found[:5]))}{', …' if len(found) > 5 else ''})",
        UnicodeWarning,
        stacklevel=5,
    )
    return _SURROGATES.sub("\ufffd", text)


def _line_spans(x: Article | str) -> tuple[str, str, list[tuple[int, int, int, int, str]]]:
    """(id, text, [(start, end, section, paragraph, kind)]) for an article or a plain string."""
    if isinstance(x, Article):
        return x.id, _without_surrogates(x.text, x.id), [
            (ln.start, ln.end, ln.section, ln.paragraph, ln.kind) for ln in x.lines
        ]
    x = _without_surrogates(x, "text")
    spans, pos, paragraph = [], 0, 0
    for raw in x.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + len(raw) - len(raw.lstrip())
            spans.append((start, start + len(stripped), 0, paragraph, "body"))
            paragraph += 1
        pos += len(raw) + 1
    return "text", x, spans


def _sentence_ends(flags: np.ndarray, line: np.ndarray, starts: np.ndarray, ends_at: np.ndarray) -> np.ndarray:
    """Boolean array: token i ends a sentence (lines always end one). ``flags`` per token;
    ``starts`` and ``ends_at``: the tokens' offsets (a mark after a space opens the next sentence)."""
    n = len(flags)
    ends = np.ones(n, dtype=bool)
    if n == 0:
        return ends
    ends[:-1] = line[:-1] != line[1:]
    goes_on = (flags & _GOES_ON).astype(bool)  # "?“," or "?“ fragte er": a comma or lower case follows
    # after a terminal token i, closing marks on its line go with it ("Frieden!“"): j is the first
    # token after i that is no such mark; all at once, not token by token
    skipped = (flags & _CLOSE).astype(bool)
    # a straight mark after a space opens the next quote: 'vorgelegt. "Wir lassen …' (not "Frieden!“")
    skipped[1:] &= (line[1:] == line[:-1]) & (starts[1:] == ends_at[:-1])
    skipped[0] = False
    terminal = np.flatnonzero(flags & _TERM)
    stops = np.append(np.flatnonzero(~skipped), n)
    j = stops[np.searchsorted(stops, terminal + 1)]
    inside = j < n
    ends_here = ~inside
    ends_here[inside] = (line[j[inside]] != line[terminal[inside]]) | ~goes_on[j[inside]]
    ends[j[ends_here] - 1] = True
    return ends


#: Below this many tokens a text column is built from a plain list (a per-call cost of microseconds).
_FEW = 256


def _strings(ids: np.ndarray, strings: list[str]) -> ArrowStringArray:
    """``strings[ids]`` as a pandas ``str`` column, built through Arrow from the distinct ids."""
    if len(ids) < _FEW:  # a short text: the list is cheaper than factorising and taking
        return string_array([strings[i] for i in ids.tolist()])
    pool = memory_pool()  # plain malloc: freed memory is shared with numpy, not held apart
    if len(strings) <= len(ids):  # a corpus: take from all strings
        local, chosen = ids, strings
    else:  # a few tokens, a large vocabulary: take from the strings these tokens use
        local, distinct = pd.factorize(ids)
        chosen = [strings[i] for i in distinct]
    taken = pa.compute.take(
        pa.array(chosen, type=pa.large_string(), memory_pool=pool),
        pa.array(local, type=pa.int32(), memory_pool=pool),
        memory_pool=pool,
    )
    return ArrowStringArray(taken, dtype=STR)


@cache
def _kind_dtype() -> pd.CategoricalDtype:
    """The categories of the ``kind`` column, built once (a per-call cost otherwise)."""
    return pd.Categorical.from_codes([], categories=KINDS).dtype


@lru_cache(maxsize=256)
def _article_dtype(ids: tuple[str, ...]) -> pd.CategoricalDtype:
    """The categories of the ``article`` column; kept for the last few sets of ids (one text
    tokenised per call, row by row, reuses ``("text",)``)."""
    return pd.Categorical.from_codes([], categories=pd.Index(ids, dtype="str")).dtype


def _categorical(codes: np.ndarray, dtype: pd.CategoricalDtype) -> pd.Categorical:
    """A categorical column from codes that are valid by construction (no check needed)."""
    return pd.Categorical.from_codes(codes, dtype=dtype, validate=False)


def token_columns(
    x: Article | str | Iterable[Article],
    stopwords: Iterable[str] | None = None,
    language: str = "de",
    progress: bool | None = None,
) -> dict[str, np.ndarray | pd.api.extensions.ExtensionArray]:
    """The columns of :func:`tokens` (same names, order and values) as arrays, without the
    DataFrame: for callers that read a few columns of a short text, per call.

    >>> token_columns("Hallo Welt.")["text"].tolist()
    ['Hallo', 'Welt', '.']
    """
    items = [x] if isinstance(x, str) else as_articles(x)
    stop = frozenset(stopwords) if stopwords is not None else globals()["stopwords"](language)
    parts = [_line_spans(item) for item in items]
    ids = [p[0] for p in parts]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique; two articles share an id")
    lines = [sp for p in parts for sp in p[2]]
    first_line = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum([len(p[2]) for p in parts], out=first_line[1:])

    # The tokenizer runs over chunks of articles joined by newlines (no token crosses one).
    # Each chunk leaves only int32 arrays behind: word-form codes, article, offsets, line.
    pattern = _token_pattern()
    vocabulary = _vocabulary(language)
    columns: dict[str, list[np.ndarray]] = {"code": [], "article": [], "start": [], "end": [], "line": []}
    size = max(1, len(parts) // 50)
    for c in progress_bar(range(0, len(parts), size), "Tokenisieren", unit="Teile", enable=progress, work=len(parts)):
        chunk = parts[c : c + size]
        words, gap_lengths = _find_tokens(pattern, "\n".join(p[1] for p in chunk), progress)
        if not words:
            continue
        code = vocabulary.codes(words)
        word_lengths = np.frombuffer(vocabulary.lengths, dtype=np.int32)[code].astype(np.int64)
        ends = np.cumsum(gap_lengths + word_lengths)
        text_starts = np.zeros(len(chunk), dtype=np.int64)
        np.cumsum([len(p[1]) + 1 for p in chunk[:-1]], out=text_starts[1:])
        article = np.searchsorted(text_starts, ends - word_lengths, side="right") - 1
        starts = ends - word_lengths - text_starts[article]
        line_starts = np.concatenate([[sp[0] for sp in p[2]] for p in chunk]) + np.repeat(
            text_starts, [len(p[2]) for p in chunk]
        )
        columns["code"].append(code)
        columns["article"].append((article + c).astype(np.int32))
        columns["start"].append(starts.astype(np.int32))
        columns["end"].append((starts + word_lengths).astype(np.int32))
        line = np.searchsorted(line_starts, ends - word_lengths, side="right") - 1 + first_line[c]
        columns["line"].append(line.astype(np.int32))
    code, article_code, starts, ends, line = (
        np.concatenate(columns[k]) if columns[k] else np.zeros(0, np.int32) for k in columns
    )
    del columns
    n = len(code)
    line_section = np.array([sp[2] for sp in lines], dtype=np.int32)
    line_paragraph = np.array([sp[3] for sp in lines], dtype=np.int32)
    line_kind = np.array([KINDS.index(sp[4]) for sp in lines], dtype=np.int8)
    flags = np.frombuffer(vocabulary.flags, dtype=np.uint8)[code]
    lemma_id = np.frombuffer(vocabulary.lemma_ids, dtype=np.int32)[code]

    # sentence and token ids count from 0 within each article
    first = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum(np.bincount(article_code, minlength=len(parts)), out=first[1:])
    sentence = np.zeros(n, dtype=np.int32)
    sentence[1:] = _sentence_ends(flags, line, starts, ends)[:-1]
    np.cumsum(sentence, out=sentence)
    if n:
        sentence -= sentence[np.minimum(first[:-1], n - 1)][article_code]
    token = np.arange(n, dtype=np.int32)
    token -= first[:-1].astype(np.int32)[article_code]
    return {
        "article": _categorical(article_code, _article_dtype(tuple(ids)) if len(ids) <= 8 else
                                pd.Categorical.from_codes([], categories=pd.Index(ids, dtype="str")).dtype),
        "section": line_section[line],
        "paragraph": line_paragraph[line],
        "sentence": sentence,
        "token": token,
        "start": starts,
        "end": ends,
        "text": _strings(code, vocabulary.forms),
        "lemma": _strings(lemma_id, vocabulary.lemmas),
        "is_stop": _labels_stopped(vocabulary.is_stop(stop)[code], items, ids, first, starts),
        "is_punct": (flags & _PUNCT).astype(bool),
        "is_alpha": (flags & _ALPHA).astype(bool),
        "is_num": (flags & _NUM).astype(bool),
        "kind": _categorical(line_kind[line], _kind_dtype()),
    }


def _labels_stopped(
    is_stop: np.ndarray, items: list, ids: list[str], first: np.ndarray, starts: np.ndarray
) -> np.ndarray:
    """``is_stop`` with the tokens of interview labels set: "tagesschau.de:" before each question
    is no word of the text, and the term tables would count it six times in one interview."""
    labels = interview_labels([item for item in items if not isinstance(item, str)])
    for k, article_id in enumerate(ids):
        for a, b in labels.get(article_id, ()):
            lo, hi = first[k], first[k + 1]
            i, j = lo + np.searchsorted(starts[lo:hi], [a, b])
            is_stop[i:j] = True
    return is_stop


def tokens(
    x: Article | str | Iterable[Article],
    stopwords: Iterable[str] | None = None,
    language: str = "de",
    progress: bool | None = None,
) -> pd.DataFrame:
    """One row per token of an article, a list of articles, or a plain string.

    Columns: ``article``, ``section``, ``paragraph``, ``sentence``, ``token`` (ids, counted from
    0 within each article), ``start``, ``end`` (offsets: ``article.text[start:end] == text``),
    ``text``, ``lemma``, ``is_stop`` (a stop word, or the label of an interview's turn:
    "tagesschau.de:"), ``is_punct`` (punctuation and symbols), ``is_alpha``
    (letters, hyphens and apostrophes inside allowed), ``is_num`` (starts with a digit),
    ``kind`` (the kind of line: title, lead, body, ...). ``stopwords`` replaces the default
    :func:`stopwords` list.

    >>> from helpers import articles, paths
    >>> t = tokens(articles.load_corpus(paths.SEEDS))
    >>> t.loc[t.text == "Ukraine-Gespräche", "lemma"].iloc[0]
    'Ukraine-Gespräch'
    """
    columns = token_columns(x, stopwords=stopwords, language=language, progress=progress)
    return pd.DataFrame(columns, copy=False)  # one block per column: no consolidating copy of the whole table


def sentences(x: Article | str | Iterable[Article], toks: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence: ``article``, ``section``, ``paragraph``, ``sentence``, ``start``,
    ``end``, ``text`` (the sentence as it stands in the article).

    >>> sentences("Er kam. Sie ging.").text.tolist()
    ['Er kam.', 'Sie ging.']
    """
    items = [x] if isinstance(x, str) else as_articles(x)
    texts = {("text" if isinstance(i, str) else i.id): (i if isinstance(i, str) else i.text) for i in items}
    t = toks if toks is not None else tokens(items)
    g = t.groupby(["article", "sentence"], observed=True, sort=True)
    out = g.agg(section=("section", "first"), paragraph=("paragraph", "first"),
                start=("start", "min"), end=("end", "max")).reset_index()  # fmt: skip
    out["text"] = [texts[a][s:e] for a, s, e in zip(out.article, out.start, out.end, strict=True)]
    return out[["article", "section", "paragraph", "sentence", "start", "end", "text"]]

"""Term frequencies, collocations, keyness and keyword in context, from the tokens table.

Every function takes the table of :func:`helpers.tokens.tokens` and returns a tidy DataFrame.
By default only the article's own words count: the content kinds (title, lead, headings,
body; see :data:`helpers.articles.CONTENT_KINDS`), so the dateline's "Stand ... Uhr" and the
closing note do not; stopwords, punctuation and numbers are left out unless asked for.
"Per 1,000 words" is per 1,000 tokens that are not punctuation, in the same group and kinds.

>>> from helpers import load_corpus, paths
>>> from helpers.tokens import tokens
>>> t = tokens(load_corpus(paths.SEEDS))
>>> term_frequencies(t)[["term", "count"]].head(3).values.tolist()
[['Gespräch', 8], ['Ukraine', 7], ['Miami', 5]]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import german, paths, stored
from helpers import tokens as tokens_module
from helpers.articles import CONTENT_KINDS
from helpers.german import dictionary, dictionary_lemma, lemmatize, proper_names, word_list
from helpers.stored import DictLookup, Lookup, read_stored, stored_file, write_stored
from helpers.tokens import is_stopword, of_kinds, spaced
from helpers.tokens import lemma as _lemma
from helpers.tokens import stopwords as _stopwords

#: Keyness: a term is listed when it occurs at least this often in the target, or when the
#: reference lets one expect it at least this often (under-use). Count-1 and count-2 words of a
#: single article would otherwise fill the top of the list with names and one-off compounds.
KEYNESS_MIN_COUNT = 3
#: Size assumed for the general-German reference: wordfreq gives proportions, not counts; its
#: sources hold billions of words, and any size this much larger than an article gives
#: practically the same log-likelihood.
GENERAL_SIZE = 1_000_000_000
#: wordfreq forms at least this frequent (Zipf 2: once per 10 million words) are lemmatised
#: for the general-German lemma frequencies; rarer forms count when the target uses them.
GENERAL_CUTOFF = 1e-7

_HYPHEN = re.compile(r"[-‐‑]")
_BY = ("lemma", "text")


def _group_columns(group: str | Sequence[str] | None) -> list[str]:
    if group is None:
        return []
    return [group] if isinstance(group, str) else list(group)


def _in_kinds(tokens: pd.DataFrame, kinds: Iterable[str] | None) -> pd.DataFrame:
    return tokens if kinds is None else of_kinds(tokens, tuple(kinds))


def _check_by(by: str) -> None:
    if by not in _BY:
        raise ValueError(f"by must be 'lemma' or 'text', not {by!r}")


@cache
def _parts_of(word: str, by: str, keep_stopwords: bool, language: str) -> tuple[tuple[str, str], ...]:
    """(part as written, its term) for each part of a hyphenated compound that counts on its own:
    letters only, at least two of them, no stopword. ``Ukraine-Gespräche`` ->
    ``(("Ukraine", "Ukraine"), ("Gespräche", "Gespräch"))`` for lemmas."""
    stop = _stopwords(language)
    out = []
    for part in _HYPHEN.split(word):
        if len(part) < 2 or not part.isalpha():
            continue
        term = _lemma(part, language) if by == "lemma" else part
        if keep_stopwords or not is_stopword(part, term, stop):
            out.append((part, term))
    return tuple(out)


#: Closed compounds: the head must have this many letters, and so must the part before it.
HEAD_MIN_LETTERS = 4


def compound_heads(terms: Iterable[str], min_letters: int = HEAD_MIN_LETTERS) -> dict[str, str]:
    """For closed compounds among ``terms``, the longest other term that ends them (its head).

    German compounds put the head last: ``Sicherheitsgarantie`` is a ``Garantie``. Only
    capitalised terms (nouns) count, names of the actor gazetteer do not (``Russland`` is no
    ``Land``), and both the head and the rest must have at least ``min_letters`` letters (so
    ``Vertreter`` is not a ``Treter``). Heads are looked up among the same terms, so a compound
    counts towards a word the text itself uses.

    >>> compound_heads(["Sicherheitsgarantie", "Garantie", "Gebietsfrage", "Frage", "Vertreter", "Treter",
    ...                 "Russland", "Land"])
    {'Sicherheitsgarantie': 'Garantie', 'Gebietsfrage': 'Frage'}
    """
    names = proper_names()
    words = [t for t in dict.fromkeys(terms) if t[:1].isupper() and t.isalpha() and t not in names]
    known = {t.casefold(): t for t in words if len(t) >= min_letters}
    out = {}
    for term in words:
        folded = term.casefold()
        for i in range(min_letters, len(folded) - min_letters + 1):
            head = known.get(folded[i:])
            if head is not None and head != term and _joins_there(folded[:i], folded[i:]):
                out[term] = head
                break
    return out


#: Endings that make nouns of other words: a head found inside one is no head (Staatsanwaltschaft is
#: no Haft, Gesundheit no Heit).
_SUFFIXES = ("schaft", "schaften", "heit", "heiten", "keit", "keiten")
#: Letters that join the parts of a compound: Sicherheit|s|garantie, Familie|n|nachzug.
_LINKS = ("es", "en", "er", "s", "n", "e")


def _joins_there(rest: str, head: str) -> bool:
    """Can a compound be cut before ``head`` (both folded)? Not inside a suffix (Mannsc|haft), and a
    short part before it (up to five letters) must be a German word, with or without a linking
    letter (Landk|reis is no Reis; Fähr|hafen is a Hafen: Fähre).

    >>> _joins_there("sicherheits", "garantie"), _joins_there("staatsanwaltsc", "haft"), _joins_there("landk", "reis")
    (True, False, False)
    """
    if any((rest + head).endswith(x) and len(head) < len(x) for x in _SUFFIXES):
        return False  # the cut falls inside the suffix
    if len(rest) >= 6:
        return True
    bases = [rest, rest + "e"] + [rest[: -len(x)] for x in _LINKS if rest.endswith(x) and len(rest) - len(x) >= 3]
    return any(dictionary_lemma(b.capitalize()) is not None or dictionary_lemma(b) is not None for b in bases)


@cache
def fixed_phrases() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """The fixed phrases of ``helpers/data/fixed_phrases_de.txt`` ("nach Angaben", "unter Berufung
    auf"), by their capitalised anchor word: ``{anchor: [(phrase in lower case, anchor position)]}``.

    >>> fixed_phrases()["Berufung"]
    [(('unter', 'berufung', 'auf'), 1)]
    """
    anchors: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for line in word_list("fixed_phrases_de.txt"):
        words = line.split()
        lower = tuple(w.lower() for w in words)
        for position, word in enumerate(words):
            if word[:1].isupper():
                anchors.setdefault(word, []).append((lower, position))
    return anchors


def in_fixed_phrase(toks: pd.DataFrame) -> np.ndarray:
    """True for every token of a fixed phrase (:func:`fixed_phrases`) in the tokens table: the
    words of "nach Angaben", "unter Berufung auf", "im Vorfeld" are no content terms.

    >>> from helpers.tokens import tokens
    >>> t = tokens("Nach Angaben der Polizei gab es im Vorfeld Angaben zur Lage.")
    >>> t.loc[in_fixed_phrase(t), "text"].tolist()
    ['Nach', 'Angaben', 'im', 'Vorfeld']
    """
    anchors = fixed_phrases()
    mask = np.zeros(len(toks), dtype=bool)
    if not len(toks):
        return mask
    hits = np.flatnonzero(toks["text"].isin(list(anchors)).to_numpy(dtype=bool))
    if not len(hits):
        return mask
    reach = max(len(p) for found in anchors.values() for p, _ in found)
    around = np.unique(np.clip(hits[:, None] + np.arange(-reach, reach + 1), 0, len(toks) - 1))
    keys = around.tolist()  # only the anchors' neighbours are looked at
    near = dict(zip(keys, toks["text"].iloc[around].str.lower().tolist(), strict=True))
    units = zip(toks["article"].iloc[around].astype(str).tolist(), toks["sentence"].iloc[around].tolist(), strict=True)
    where = dict(zip(keys, units, strict=True))
    texts = toks["text"].iloc[hits].tolist()
    for i, text in zip(hits.tolist(), texts, strict=True):
        for phrase, position in anchors[text]:
            lo, hi = i - position, i - position + len(phrase)
            if lo < 0 or hi > len(toks) or where[lo] != where[hi - 1]:
                continue
            if all(near[j] == phrase[j - lo] for j in range(lo, hi)):
                mask[lo:hi] = True
    return mask


def _occurrences(
    toks: pd.DataFrame,
    by: str,
    columns: list[str],
    *,
    parts: bool = False,
    heads: bool = False,
    keep_stopwords: bool = False,
    keep_punct: bool = False,
    keep_numbers: bool = False,
    language: str = "de",
) -> pd.DataFrame:
    """One row per counted occurrence: the group columns, ``term``, ``form`` (as written),
    ``part`` (true for a part of a hyphenated compound, counted on top of the compound)."""
    keep = np.ones(len(toks), dtype=bool)
    if not keep_punct:
        keep &= ~toks["is_punct"].to_numpy()
    if not keep_stopwords:
        keep &= ~toks["is_stop"].to_numpy() & ~in_fixed_phrase(toks)
    if not keep_numbers:
        keep &= ~toks["is_num"].to_numpy()
    rows = toks.loc[keep, columns].reset_index(drop=True)
    rows["term"] = toks[by][keep].reset_index(drop=True)  # stays an Arrow string column: no copies to objects
    rows["form"] = toks["text"][keep].reset_index(drop=True)
    rows["part"] = False
    if parts:
        compound = rows["form"].str.contains(_HYPHEN).to_numpy(dtype=bool)
        if compound.any():
            whole = rows[compound]
            split = [_parts_of(w, by, keep_stopwords, language) for w in whole["form"]]
            repeat = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
            extra = whole.loc[whole.index.repeat(repeat), columns].reset_index(drop=True)
            flat = [p for ps in split for p in ps]
            extra["term"] = [p[1] for p in flat]
            extra["form"] = [p[0] for p in flat]
            extra["part"] = True
            rows = pd.concat([rows, extra], ignore_index=True)
    if heads:
        found = compound_heads(pd.unique(rows["term"]))
        if found:
            whole = rows[rows["term"].isin(list(found)).to_numpy(dtype=bool)]
            extra = whole[columns].reset_index(drop=True)
            extra["term"] = whole["term"].map(found).to_numpy()
            extra["form"] = [f[len(f) - len(h) :] for f, h in zip(whole["form"], extra["term"], strict=True)]
            extra["part"] = True
            rows = pd.concat([rows, extra], ignore_index=True)
    return rows


def _words(toks: pd.DataFrame, columns: list[str]) -> pd.Series | int:
    """Tokens that are not punctuation, per group (or in all)."""
    words = toks[~toks["is_punct"].to_numpy()]
    if not columns:
        return len(words)
    return words.groupby(columns, observed=True, sort=False).size()


def term_frequencies(
    tokens: pd.DataFrame,
    by: str = "lemma",
    group: str | Sequence[str] | None = None,
    min_count: int = 1,
    *,
    kinds: Iterable[str] | None = CONTENT_KINDS,
    parts: bool = False,
    heads: bool = False,
    keep_stopwords: bool = False,
    keep_punct: bool = False,
    keep_numbers: bool = False,
    language: str = "de",
) -> pd.DataFrame:
    """How often each term occurs: one row per term (per group), most frequent first.

    Columns: the ``group`` columns (any column or columns of the tokens table, e.g.
    ``"article"`` or ``["article", "section"]``: one ranking per group), ``term`` (the
    ``by`` column: ``"lemma"`` or ``"text"``), ``count``, ``per_1000`` (per 1,000 words of the
    group: tokens that are not punctuation, in ``kinds``), ``rank`` (1 = most frequent; ties
    share a rank). Ties are ordered alphabetically.

    ``kinds`` are the kinds of lines counted (``None``: all). ``parts=True`` also counts each
    part of a hyphenated compound on its own (lemmatised: ``Ukraine-Gespräche`` counts towards
    ``Ukraine-Gespräch``, ``Ukraine`` and ``Gespräch``); ``heads=True`` counts a closed
    compound towards a noun of the same table that ends it (``Sicherheitsgarantien`` towards
    ``Garantie``, see :func:`compound_heads`). Either adds the column ``in_compounds`` (how
    much of ``count`` comes from compounds). Stopwords, punctuation and numbers count
    only with ``keep_stopwords``, ``keep_punct``, ``keep_numbers``; the words of fixed phrases ("nach
    Angaben", "im Vorfeld", see :func:`in_fixed_phrase`) count only with ``keep_stopwords``.

    >>> from helpers.tokens import tokens
    >>> t = tokens("Die Ukraine-Gespräche gehen weiter. Die Gespräche dauern.")
    >>> term_frequencies(t)[["term", "count"]].values.tolist()
    [['Gespräch', 1], ['Ukraine-Gespräch', 1], ['dauern', 1], ['gehen', 1]]
    >>> term_frequencies(t, parts=True).head(2)[["term", "count", "in_compounds"]].values.tolist()
    [['Gespräch', 2, 1], ['Ukraine', 1, 1]]
    """
    _check_by(by)
    columns = _group_columns(group)
    toks = _in_kinds(tokens, kinds)
    rows = _occurrences(toks, by, columns, parts=parts, heads=heads, keep_stopwords=keep_stopwords,
                        keep_punct=keep_punct, keep_numbers=keep_numbers, language=language)  # fmt: skip
    keys = [*columns, "term"]
    counted = rows.groupby(keys, observed=True, sort=False).agg(count=("part", "size"), in_compounds=("part", "sum"))
    out = counted[counted["count"] >= min_count].reset_index()
    words = _words(toks, columns)
    if columns:
        total = words.reindex(pd.MultiIndex.from_frame(out[columns]) if len(columns) > 1 else out[columns[0]])
        out["per_1000"] = out["count"].to_numpy() / total.to_numpy() * 1000
    else:
        out["per_1000"] = out["count"] / words * 1000 if words else 0.0
    out = out.sort_values([*columns, "count", "term"], ascending=[True] * len(columns) + [False, True], kind="stable")
    ranked = out.groupby(columns, observed=True)["count"] if columns else out["count"]
    out["rank"] = ranked.rank(method="min", ascending=False).astype(int)
    out["count"] = out["count"].astype(int)
    result = [*keys, "count", "per_1000", "rank"] + (["in_compounds"] if parts or heads else [])
    return out[result].reset_index(drop=True)


def compound_gains(tokens: pd.DataFrame, **options) -> pd.DataFrame:
    """The terms that gain when compounds count for their parts and heads: per term (index)
    ``allein`` (its count as a word of its own), ``in_compounds`` (hits from compounds),
    ``count`` and ``rank`` with ``parts=True, heads=True``; in the order of that ranking.

    >>> from helpers import load_corpus, paths
    >>> from helpers.tokens import tokens
    >>> compound_gains(tokens(load_corpus(paths.SEEDS))).loc["Garantie"].tolist()  # Sicherheitsgarantien
    [2, 3, 5, 4]
    """
    plain = term_frequencies(tokens, **options).set_index("term")["count"].rename("allein")
    with_parts = term_frequencies(tokens, parts=True, heads=True, **options).set_index("term")
    gained = with_parts[with_parts["in_compounds"] > 0].join(plain).fillna({"allein": 0})
    return gained.astype({"allein": int})[["allein", "in_compounds", "count", "rank"]]


# --- collocations ------------------------------------------------------------------------------


def _runs(toks: pd.DataFrame, by: str) -> list[list[str]]:
    """Runs of terms within one sentence between punctuation marks (collocations stay inside)."""
    if toks.empty:
        return []
    article = toks["article"].cat.codes.to_numpy() if isinstance(toks["article"].dtype, pd.CategoricalDtype) else (
        pd.factorize(toks["article"])[0])  # fmt: skip
    sentence = toks["sentence"].to_numpy()
    punct = toks["is_punct"].to_numpy()
    new = np.ones(len(toks), dtype=bool)
    new[1:] = (article[1:] != article[:-1]) | (sentence[1:] != sentence[:-1]) | punct[:-1]
    run_id = np.cumsum(new | punct)  # a punctuation mark opens a run of its own, dropped below
    terms = toks[by].to_numpy()
    keep = ~punct
    bounds = np.flatnonzero(np.diff(run_id[keep])) + 1
    return [list(r) for r in np.split(terms[keep], bounds) if len(r)]


#: NLTK's names of the two measures every collocation table has.
_MEASURES = {"llr": "likelihood_ratio", "pmi": "pmi"}
_SMALL = 1e-20  # NLTK's guard against a division by zero and the logarithm of zero


def _ln_term(obs, exp) -> float:
    return obs * math.log(obs / (exp + _SMALL) + _SMALL)


def _bigram_scores(n_ii: float, n_ix: int, n_xi: int, n_xx: int) -> tuple[float, float]:
    """Log-likelihood ratio and PMI of a bigram from its marginals, computed as NLTK's
    ``BigramAssocMeasures`` computes them (the same operations in the same order: the same floats)."""
    n_oi = n_xi - n_ii
    n_io = n_ix - n_ii
    cont = (n_ii, n_oi, n_io, n_xx - n_ii - n_oi - n_io)
    total = sum(cont)
    expected = [(cont[i] + cont[i ^ 1]) * (cont[i] + cont[i ^ 2]) / total for i in range(4)]
    llr = 2 * sum(_ln_term(obs, exp) for obs, exp in zip(cont, expected, strict=True))
    return llr, math.log2(n_ii * n_xx) - math.log2(n_ix * n_xi)


def _trigram_scores(n_iii: int, pairs: tuple[int, int, int], words: tuple[int, int, int], n_xxx: int):
    """Log-likelihood ratio and PMI of a trigram, as NLTK's ``TrigramAssocMeasures`` computes them."""
    n_iix, n_ixi, n_xii = pairs
    n_ixx, n_xix, n_xxi = words
    n_oii = n_xii - n_iii
    n_ioi = n_ixi - n_iii
    n_iio = n_iix - n_iii
    n_ooi = n_xxi - n_iii - n_oii - n_ioi
    n_oio = n_xix - n_iii - n_oii - n_iio
    n_ioo = n_ixx - n_iii - n_ioi - n_iio
    n_ooo = n_xxx - n_iii - n_oii - n_ioi - n_iio - n_ooi - n_oio - n_ioo
    cont = (n_iii, n_oii, n_ioi, n_ooi, n_iio, n_oio, n_ioo, n_ooo)
    total = sum(cont)
    # NLTK's expected value of cell i: the product over the three words of the cells that agree with i
    # on that word, divided by total²; in integers, so the order of the sums does not change them
    margins = [(total - (inside := sum(cont[x] for x in range(8) if x & bit)), inside) for bit in (1, 2, 4)]
    expected = [margins[0][i & 1] * margins[1][i >> 1 & 1] * margins[2][i >> 2 & 1] / (total**2) for i in range(8)]
    llr = 2 * sum(_ln_term(obs, exp) for obs, exp in zip(cont, expected, strict=True))
    return llr, math.log2(n_iii * n_xxx**2) - math.log2(n_ixx * n_xix * n_xxi)


def _nltk_measures(n: int):
    """NLTK's ``BigramAssocMeasures`` or ``TrigramAssocMeasures``, for a measure other than
    llr and PMI (NLTK and the scipy it loads take two seconds to import)."""
    from nltk.metrics.association import BigramAssocMeasures, TrigramAssocMeasures

    return BigramAssocMeasures if n == 2 else TrigramAssocMeasures


def collocations(
    tokens: pd.DataFrame,
    n: int = 2,
    measure: str = "llr",
    min_count: int = 2,
    *,
    by: str = "lemma",
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Two- or three-word collocations, counted and scored as NLTK's collocation finders do.

    Word sequences stay inside a sentence and do not cross punctuation; terms are lemmas or,
    with ``by="text"``, the words as written. A collocation must occur ``min_count`` times, and
    neither its first nor its last word may be a stopword or a number (one in the middle may:
    "Art der Pufferzone"). Columns: ``collocation`` (the words joined by spaces), ``w1``,
    ``w2`` (and ``w3``), ``count``, ``llr`` (log-likelihood ratio, Dunning), ``pmi`` (pointwise
    mutual information); sorted by ``measure`` ("llr", "pmi", or the name of another
    ``BigramAssocMeasures``/``TrigramAssocMeasures`` method of NLTK, which adds a column of that
    name). The counts and the two scores are NLTK's (``BigramCollocationFinder.from_documents``
    on the runs, the same floats), computed here without importing NLTK.

    >>> from helpers.tokens import tokens
    >>> t = tokens("Marco Rubio sprach in Paris. Dann reiste Marco Rubio ab, und Paris schwieg.")
    >>> collocations(t)[["collocation", "count"]].values.tolist()
    [['Marco Rubio', 2]]
    """
    _check_by(by)
    if n not in (2, 3):
        raise ValueError(f"n must be 2 or 3, not {n!r}")
    other = None
    if measure not in _MEASURES:
        measures = _nltk_measures(n)
        other = getattr(measures, measure, None)
        if not callable(other):
            raise ValueError(f"unknown measure {measure!r}: use 'llr', 'pmi' or a method of {measures.__name__}")
    toks = _in_kinds(tokens, kinds)
    edge = set(toks.loc[(toks["is_stop"] | toks["is_num"]).to_numpy(), by])
    runs = _runs(toks, by)
    words = Counter(w for run in runs for w in run)
    total = sum(words.values())
    pairs = Counter(p for run in runs for p in pairwise(run))
    if n == 2:
        counts = pairs
    else:
        counts = Counter(g for run in runs for g in zip(run, run[1:], run[2:], strict=False))
        wildcards = Counter(g for run in runs for g in zip(run, run[2:], strict=False))
    grams = [g for g, c in counts.items() if c >= min_count and g[0] not in edge and g[-1] not in edge]
    names = [f"w{i + 1}" for i in range(n)]
    columns = ["collocation", *names, "count", "llr", "pmi"]
    if n == 2:  # NLTK divides a bigram's count by the window size - 1
        marginals = [(counts[g] / 1.0, (words[g[0]], words[g[1]]), total) for g in grams]
    else:
        marginals = [(counts[g], (pairs[g[:2]], wildcards[g[::2]], pairs[g[1:]]), tuple(words[w] for w in g), total)
                     for g in grams]  # fmt: skip
    score = _bigram_scores if n == 2 else _trigram_scores
    scores = [score(m[0], *m[1], m[2]) if n == 2 else score(*m) for m in marginals]
    out = pd.DataFrame(grams, columns=names) if grams else pd.DataFrame(columns=names, dtype=object)
    out.insert(0, "collocation", [" ".join(g) for g in grams])
    out["count"] = np.array([counts[g] for g in grams], dtype=int)
    out["llr"] = np.array([s[0] for s in scores], dtype=float)
    out["pmi"] = np.array([s[1] for s in scores], dtype=float)
    if other is not None:
        out[measure] = np.array([other(*m) for m in marginals], dtype=float)
    out = out.sort_values([measure, "count", "collocation"], ascending=[False, False, True], kind="stable")
    return out[columns + ([measure] if other is not None else [])].reset_index(drop=True)


# --- keyness -----------------------------------------------------------------------------------


def _noun(word: str, language: str) -> str | None:
    """The noun simplemma's dictionary gives for a capitalised word, if it is a real noun: one
    whose own inflected forms lead back to it (``Haus``: ``Hauses``; not ``Hat`` or ``Guter``)."""
    lookup = dictionary(language)  # not the memo: the reference's 170,000 forms would flood it
    noun = lookup(word)
    if noun is None or not noun[:1].isupper():
        return None
    return noun if any(lookup(noun + ending) == noun for ending in ("s", "es", "e", "n", "en")) else None


def _reference_lemma(form: str, language: str) -> str:
    """The lemma of a wordfreq form, which is written in lower case: ``tage`` may be the verb
    ``tagen`` or the noun ``Tage``. In this order: the form is a noun's lemma (``bericht`` ->
    ``Bericht``, not the verb ``berichten``); its lower-case reading is a stopword (``waren`` ->
    ``sein``, ``hat`` -> ``haben``); it is a noun's form and reads as another verb form in lower
    case (``tage`` -> ``Tag``); the lower-case reading (``gute`` -> ``gut``), and for a form left
    unchanged, a second try with its capital (``gebietsfragen`` -> ``Gebietsfrage``). Calls the
    lemmatiser directly: :func:`helpers.tokens.lemma` and the memo would keep all 170,000 forms."""
    found = lemmatize(form, language, memo=False)
    capital = form[:1].upper() + form[1:]
    noun = _noun(capital, language)
    if noun is not None and noun.casefold() == form:
        return noun
    if is_stopword(form, found, _stopwords(language)):
        return found
    if found.casefold() != form:
        return noun if noun is not None and found.endswith("n") else found
    guess = lemmatize(capital, language, memo=False)
    return guess if guess.casefold() != form else found


class ReferenceCacheWarning(UserWarning):
    """The cached general-German reference was damaged (and is rebuilt) or cannot be written."""


def _reference_file(language: str, by: str, cutoff: float) -> Path:
    """Where the lemmatised wordfreq reference is kept: keyed by the versions of the packages and
    the rules and word lists it is built from (a change to any of them builds it anew)."""
    files = [Path(__file__), Path(german.__file__), Path(tokens_module.__file__), Path(stored.__file__),
             paths.DATA / "stopwords_de_extra.txt", paths.DATA / "actors.yaml"]  # fmt: skip
    return stored_file("reference", f"{language}-{by}", ("wordfreq", "simplemma", "stop-words", "helpers"), files,
                       language, by, repr(cutoff))  # fmt: skip


@dataclass
class _Reference:
    """wordfreq's frequencies for one language: ``frequencies`` (form -> proportion of all words),
    ``keys`` (form -> key of the lemmatised forms), ``table`` (indexed by key: the ``term`` shown,
    its ``frequency``, ``stop``), ``floor`` (half the smallest frequency: for words not listed)."""

    frequencies: Lookup | DictLookup
    keys: Lookup | DictLookup
    table: pd.DataFrame
    floor: float

    @cached_property
    def listed(self) -> frozenset[str]:
        """The keys of the table (once per process, not per call)."""
        return frozenset(self.table.index)

    @cached_property
    def stop_keys(self) -> frozenset[str]:
        """The keys that are stopwords."""
        return frozenset(self.table.index[self.table["stop"]])


@cache
def _general(language: str, by: str, cutoff: float) -> _Reference:
    """wordfreq's frequencies for ``language``, lemmatised for ``by="lemma"``: built once (about
    5 s) and kept on disk under the cache folder, read from there in milliseconds."""
    if by == "text":  # no lemmas: quick to build, and as large as wordfreq's list on disk
        return _build_general(language, by, cutoff)
    path = _reference_file(language, by, cutoff)
    found = read_stored(path, ReferenceCacheWarning, "Referenz-Zwischenspeicher")
    if not isinstance(found, _Reference):
        found = _build_general(language, by, cutoff)
        found = _Reference(Lookup(found.frequencies, "float64"), Lookup(found.keys, "S"), found.table, found.floor)
        write_stored(path, found, ReferenceCacheWarning, "Referenz-Zwischenspeicher")
    return found


def _build_general(language: str, by: str, cutoff: float) -> _Reference:
    """:func:`_general` computed from wordfreq and simplemma."""
    from wordfreq import get_frequency_dict

    forms = get_frequency_dict(language)
    keys, table = _general_keys(forms, language, by, cutoff)
    return _Reference(DictLookup(forms), DictLookup(keys), table, min(forms.values()) / 2)


def _general_keys(
    forms: dict[str, float], language: str, by: str, cutoff: float
) -> tuple[dict[str, str], pd.DataFrame]:
    """(form -> key, table by key) of wordfreq's ``forms``: lemmatised down to ``cutoff`` for lemmas."""
    if by == "text":
        keys = {f: f for f in forms if f.isalpha()}
        table = pd.DataFrame({"term": list(keys), "frequency": [forms[f] for f in keys]}, index=list(keys))
        stop = {w.casefold() for w in _stopwords(language)}
        table["stop"] = table.index.isin(stop)
        return keys, table
    stop = _stopwords(language)
    keys, shown, total, stops = {}, {}, {}, set()
    for form, frequency in forms.items():  # most frequent first
        if frequency < cutoff:
            break
        if not form.isalpha():
            continue
        term = _reference_lemma(form, language)
        key = keys[form] = term.casefold()
        shown.setdefault(key, term)
        total[key] = total.get(key, 0.0) + frequency
        if is_stopword(form, term, stop) or not term.isalpha():  # simplemma lists "er|es|sie" as a lemma
            stops.add(key)
    table = pd.DataFrame({"term": [shown[k] for k in total], "frequency": list(total.values())}, index=list(total))
    table["stop"] = table.index.isin(stops)
    return keys, table


def general_german(by: str = "lemma", language: str = "de", cutoff: float = GENERAL_CUTOFF) -> pd.DataFrame:
    """General word frequencies from the ``wordfreq`` package (offline; Speer 2022, CC BY-SA 4.0).

    wordfreq lists word forms in lower case (``ß`` folded to ``ss``: ``aussenminister``) as
    its own tokenizer splits them, so hyphenated compounds are not in it. With ``by="lemma"``
    its forms down to ``cutoff`` are lemmatised with :func:`helpers.tokens.lemma` and summed per
    lemma. Columns: ``key`` (the case-folded term, as compared), ``term``, ``frequency`` (share
    of all words), most frequent first. Built once per process (a few seconds for lemmas).

    >>> g = general_german("text")
    >>> frequency = g.set_index("key")["frequency"]
    >>> bool(frequency["gespräche"] < frequency["gespräch"]), "aussenminister" in frequency
    (True, True)
    """
    _check_by(by)
    table = _general(language, by, cutoff).table
    return table[["term", "frequency"]].rename_axis("key").reset_index()


def _reference_counts(
    rows: pd.DataFrame,
    reference: str | pd.DataFrame,
    by: str,
    kinds,
    language: str,
    size: float,
    min_count: int,
    **options: bool,
) -> tuple[pd.DataFrame, pd.DataFrame, float]:
    """Target and reference per key: (target: key -> term, count; reference: key -> term, count; size)."""
    if isinstance(reference, pd.DataFrame):
        ref_toks = _in_kinds(reference, kinds)
        ref_rows = _occurrences(ref_toks, by, [], language=language, **options)
        target = rows.groupby("term", sort=False).size().rename("count").to_frame()
        target["term"] = target.index
        ref = ref_rows.groupby("term", sort=False).size().rename("count").to_frame()
        ref["term"] = ref.index
        return target, ref, float(_words(ref_toks, []))
    if reference not in ("wordfreq", "general"):
        raise ValueError(f"reference must be a tokens table or 'wordfreq', not {reference!r}")
    general = _general(language, by, GENERAL_CUTOFF)
    table = general.table
    listed, stop_keys = general.listed, general.stop_keys
    # one pass over the distinct (term, form) pairs, not over every occurrence
    term_codes, term_index = pd.factorize(rows["term"])
    form_codes, form_index = pd.factorize(rows["form"])
    terms, written = term_index.tolist(), form_index.tolist()  # Python lists: fast to index one by one
    folded = [w.casefold() for w in written]  # wordfreq's entries of the target's forms alone
    forms, form_keys = general.frequencies.get_many(folded), general.keys.get_many(folded)
    pairs, counts = np.unique(term_codes.astype(np.int64) * max(len(written), 1) + form_codes, return_counts=True)
    count: dict[str, int] = {}
    spellings: dict[tuple[str, str], int] = {}
    extra: dict[str, float] = {}
    own: set[tuple[str, str]] = set()
    for pair, n in zip(pairs.tolist(), counts.tolist(), strict=True):
        term, form = terms[pair // max(len(written), 1)], written[pair % max(len(written), 1)].casefold()
        key = term.casefold().rstrip(".")  # as wordfreq lists words: case-folded (ß -> ss), no full stop
        reading = form_keys.get(form)  # wordfreq's lemma of the same form, where it lists it
        if key not in listed and reading is not None:
            key = reading  # "Guter" at the start of a sentence is "gut" there, "Hat" is "haben"
            term = table.at[key, "term"]
        if key in stop_keys or len(key) < 2:
            continue  # stopwords of the reference, also capitalised: "Ich" at the start of a sentence
        count[key] = count.get(key, 0) + n
        spellings[key, term] = spellings.get((key, term), 0) + n
        # the target's own forms of a term count for it in the reference too, when wordfreq's lemma of
        # that form differs or the form is rarer than the cutoff (rare names: Selenskyj); not a form
        # wordfreq reads as a function word ("waren" is "sein" there, not "Ware")
        if form in forms and reading != key and reading not in stop_keys and (key, form) not in own:
            own.add((key, form))
            extra[key] = extra.get(key, 0.0) + forms[form]
    shown: dict[str, tuple[int, str]] = {}
    for (key, term), n in spellings.items():  # the most frequent spelling of each key
        if key not in shown or n > shown[key][0]:
            shown[key] = (n, term)
    target = pd.DataFrame({"count": count, "term": {k: v[1] for k, v in shown.items()}}, index=list(count))
    frequency = table["frequency"].reindex(target.index).fillna(0.0)
    frequency += pd.Series(extra, dtype=float).reindex(target.index).fillna(0.0)
    floor = general.floor  # not listed: rarer than anything wordfreq lists
    frequency = frequency.where(frequency > 0, floor)
    ref = pd.DataFrame({"term": target["term"], "count": frequency * GENERAL_SIZE})
    common = table[(table["frequency"] * size >= min_count) & ~table["stop"]]
    common = common[np.array([k not in count and len(k) > 1 for k in common.index.tolist()], dtype=bool)]
    ref = pd.concat([ref, pd.DataFrame({"term": common["term"], "count": common["frequency"] * GENERAL_SIZE})])
    return target, ref, float(GENERAL_SIZE)


def _erfc(x: np.ndarray) -> np.ndarray:
    return np.fromiter((math.erfc(v) for v in x), dtype=float, count=len(x))


def keyness(
    tokens: pd.DataFrame,
    reference: str | pd.DataFrame = "wordfreq",
    by: str = "lemma",
    min_count: int = KEYNESS_MIN_COUNT,
    *,
    kinds: Iterable[str] | None = CONTENT_KINDS,
    parts: bool = False,
    heads: bool = False,
    language: str = "de",
) -> pd.DataFrame:
    """The terms most over- and under-represented in ``tokens`` against a reference.

    ``reference`` is another tokens table (a section, other articles; counted the same way) or
    ``"wordfreq"``: general German from the ``wordfreq`` package (see :func:`general_german`;
    terms are then compared case-folded and without a final full stop, lemmas against
    wordfreq's forms summed per lemma, plus the target's own forms; a term wordfreq does not know
    takes wordfreq's reading of its form ("Guter" at the start of a sentence counts as "gut"); a
    stopword there is left out, even when capitalised ("Ich"), and a form wordfreq reads as a
    function word adds nothing ("waren" to "Ware"); a term wordfreq does not list at all, such as
    a hyphenated compound, gets half its smallest frequency). Stopwords, punctuation and
    numbers are not listed; sizes are all words (tokens that are not punctuation), as for
    ``per_1000``. ``parts`` and ``heads`` count
    compound parts as :func:`term_frequencies` does (in a tokens reference too).

    Columns: ``term``, ``count`` (in the target), ``per_1000``, ``reference_per_1000``,
    ``expected`` (the count the reference's rate gives for the target's size),
    ``log_likelihood`` (Dunning's G², as in Rayson & Garside 2000: 2·Σ O·ln(O/E) over target
    and reference; positive for over-use, negative for under-use), ``log_ratio`` (Hardie
    2014: log2 of the ratio of relative frequencies, a zero count taken as 0.5), ``p_value``
    (G² against χ² with one degree of freedom). Sorted by ``log_likelihood``, most
    over-represented first. A term is listed when ``count`` or ``expected`` reaches
    ``min_count`` (default :data:`KEYNESS_MIN_COUNT`), so one-off words do not flood the top.

    >>> from helpers.tokens import tokens
    >>> target = tokens("Hafen Hafen Hafen Hafen Schiff Schiff Wetter Brücke Brücke Brücke")
    >>> other = tokens(" ".join(["Hafen"] + ["Schiff"] * 9 + ["Wetter"] * 10))
    >>> k = keyness(target, other, min_count=2)
    >>> k[["term", "count"]].values.tolist(), k["log_ratio"].round(3).tolist()
    ([['Brücke', 3], ['Hafen', 4], ['Schiff', 2], ['Wetter', 1]], [3.585, 3.0, -1.17, -2.322])
    """
    _check_by(by)
    toks = _in_kinds(tokens, kinds)
    rows = _occurrences(toks, by, [], parts=parts, heads=heads, language=language)
    c = float(_words(toks, []))
    target, ref, d = _reference_counts(rows, reference, by, kinds, language, c, min_count, parts=parts, heads=heads)
    keys = target.index.union(ref.index, sort=False)
    a = target["count"].reindex(keys).fillna(0).to_numpy(dtype=float)
    b = ref["count"].reindex(keys).fillna(0).to_numpy(dtype=float)
    term = target["term"].reindex(keys).fillna(ref["term"].reindex(keys)).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        e1 = c * (a + b) / (c + d)
        e2 = d * (a + b) / (c + d)
        g2 = 2 * (np.where(a > 0, a * np.log(a / e1), 0.0) + np.where(b > 0, b * np.log(b / e2), 0.0))
        g2 = np.sign(a / c - b / d) * np.maximum(g2, 0.0)
        ratio = np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))
        expected = c * b / d
    out = pd.DataFrame({
        "term": term, "count": a.astype(int), "per_1000": a / c * 1000 if c else np.zeros_like(a),
        "reference_per_1000": b / d * 1000, "expected": expected,
        "log_likelihood": g2, "log_ratio": ratio, "p_value": _erfc(np.sqrt(np.abs(g2) / 2)),
    })  # fmt: skip
    out = out[(out["count"] >= min_count) | (out["expected"] >= min_count)]
    out = out.sort_values(["log_likelihood", "count", "term"], ascending=[False, False, True], kind="stable")
    return out.reset_index(drop=True)


def section_keyness(
    tokens: pd.DataFrame, labels: pd.DataFrame, top_n: int = 5, min_count: int = 2, max_articles: int = 3
) -> pd.DataFrame:
    """Each section against the rest of its article (:func:`keyness` with the other sections as
    the reference), for the first ``max_articles`` articles: ``article``, ``heading`` (from
    :func:`helpers.articles.section_labels`), ``term``, ``count``, ``log_likelihood``,
    ``log_ratio``; the ``top_n`` terms of each section. An article of one section has none (the
    table may be empty).

    >>> from helpers import load_corpus, paths
    >>> from helpers.articles import section_labels
    >>> from helpers.tokens import tokens
    >>> corpus = load_corpus(paths.SEEDS)
    >>> table = section_keyness(tokens(corpus), section_labels(corpus))
    >>> table.loc[table.heading == "In der Gebietsfrage keine Bewegung", "term"].tolist()[:1]
    ['Gebiet']
    """
    columns = ["article", "heading", "term", "count", "log_likelihood", "log_ratio"]
    rows = []
    for article in list(dict.fromkeys(tokens["article"]))[:max_articles]:
        own = tokens[tokens["article"] == article]
        own_labels = labels.loc[labels["article"] == article, ["section", "heading"]]
        if own["section"].nunique() < 2:
            continue  # one section: there is no rest to compare it with
        for section, heading in own_labels.itertuples(index=False):
            inside = own[own["section"] == section]
            top = keyness(inside, own[own["section"] != section], min_count=min_count).head(top_n)
            rows.append(top.assign(article=article, heading=heading)[columns])
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame(columns=columns)


# --- keyword in context ------------------------------------------------------------------------


def _matches(toks: pd.DataFrame, query, by: str, regex: bool, language: str) -> np.ndarray:
    """Which tokens match: a word or lemma, a list of them, or a regular expression."""
    column = toks[by]
    if isinstance(query, re.Pattern) or (regex and isinstance(query, str)):
        return column.str.contains(query if isinstance(query, re.Pattern) else re.compile(query)).to_numpy(bool)
    words = [query] if isinstance(query, str) else list(query)
    wanted = set(words) | ({_lemma(w, language) for w in words} if by == "lemma" else set())
    return (column.isin(wanted) | toks["text"].isin(words)).to_numpy(bool)


def _joined(starts: np.ndarray, ends: np.ndarray, texts: np.ndarray, lo: int, hi: int) -> str:
    """Tokens lo..hi-1 as they stand in the text (see :func:`helpers.tokens.spaced`)."""
    return spaced(texts[lo:hi], starts[lo:hi], ends[lo:hi])


def concordance(
    tokens: pd.DataFrame,
    query: str | Iterable[str] | re.Pattern[str],
    width: int | str = 8,
    by: str = "lemma",
    *,
    regex: bool = False,
    kinds: Iterable[str] | None = None,
    language: str = "de",
) -> pd.DataFrame:
    """Keyword in context: one row per hit, with ``width`` tokens either side.

    ``query`` is a word, a lemma or a list of them (with ``by="lemma"`` every form of the
    query's lemma matches: ``"Gesprächen"`` finds ``Gespräche``), or a regular expression
    (a compiled pattern, or a string with ``regex=True``) searched in the ``by`` column.
    ``width`` counts tokens (punctuation too) and stays within the paragraph;
    ``width="sentence"`` gives the rest of the sentence. Columns: ``left``, ``keyword``,
    ``right``, ``article``, ``section``, ``paragraph``, ``sentence``, ``token``, ``start``,
    ``end`` (``article.text[start:end] == keyword``). Show it aligned with
    :func:`concordance_text` or :func:`concordance_style`.

    >>> from helpers.tokens import tokens
    >>> k = concordance(tokens("Die Gespräche laufen. Nach den Gesprächen reiste er ab."), "Gespräch", width=2)
    >>> k[["left", "keyword", "right"]].values.tolist()
    [['Die', 'Gespräche', 'laufen.'], ['Nach den', 'Gesprächen', 'reiste er']]
    """
    _check_by(by)
    toks = _in_kinds(tokens, kinds).reset_index(drop=True)
    hits = np.flatnonzero(_matches(toks, query, by, regex, language))
    if width == "sentence":
        unit = toks["sentence"].to_numpy()
    elif isinstance(width, int) and width >= 0:
        unit = toks["paragraph"].to_numpy()
    else:
        raise ValueError(f"width must be a number of tokens or 'sentence', not {width!r}")
    article = pd.factorize(toks["article"])[0] if len(toks) else np.zeros(0, dtype=int)
    block = np.zeros(len(toks), dtype=np.int64)  # runs of the same article and paragraph/sentence
    if len(toks):
        block[1:] = np.cumsum((article[1:] != article[:-1]) | (unit[1:] != unit[:-1]))
    first = np.searchsorted(block, block, side="left")
    last = np.searchsorted(block, block, side="right")
    span = len(toks) if width == "sentence" else width
    starts, ends, texts = toks["start"].to_numpy(), toks["end"].to_numpy(), toks["text"].to_numpy(dtype=object)
    left = [_joined(starts, ends, texts, max(first[i], i - span), i) for i in hits]
    right = [_joined(starts, ends, texts, i + 1, min(last[i], i + 1 + span)) for i in hits]
    ids = ["article", "section", "paragraph", "sentence", "token", "start", "end"]
    out = toks.loc[hits, ids].reset_index(drop=True)
    out.insert(0, "right", right)
    out.insert(0, "keyword", texts[hits] if len(hits) else [])
    out.insert(0, "left", left)
    return out


def concordance_text(kwic: pd.DataFrame, chars: int = 45) -> str:
    """A concordance as fixed-width lines: left context right-aligned, keywords in one column (no
    hit: "Kein Treffer.").

    >>> from helpers.tokens import tokens
    >>> print(concordance_text(concordance(tokens("Wir reden. Die Gespräche laufen gut."), "Gespräch"), chars=12))
    … reden. Die  Gespräche  laufen gut.
    """
    if kwic.empty:
        return "Kein Treffer."
    key = max(len(k) for k in kwic["keyword"])
    lines = []
    for left, keyword, right in zip(kwic["left"], kwic["keyword"], kwic["right"], strict=True):
        left = left if len(left) <= chars else "…" + left[len(left) - chars + 1 :]
        right = right if len(right) <= chars else right[: chars - 1] + "…"
        lines.append(f"{left:>{chars}}  {keyword:^{key}}  {right}".rstrip())
    return "\n".join(lines)


def concordance_style(kwic: pd.DataFrame, chars: int = 60):
    """A concordance as a pandas Styler for notebooks: left context right-aligned, the
    keyword bold and centred, long contexts shortened to ``chars`` characters."""
    shown = kwic[["left", "keyword", "right", "article", "section", "sentence", "start", "end"]].copy()
    shown["left"] = [t if len(t) <= chars else "…" + t[len(t) - chars + 1 :] for t in shown["left"]]
    shown["right"] = [t if len(t) <= chars else t[: chars - 1] + "…" for t in shown["right"]]
    return (
        shown.style.hide(axis="index")
        .set_properties(subset=["left"], **{"text-align": "right", "white-space": "nowrap"})
        .set_properties(subset=["keyword"], **{"text-align": "center", "font-weight": "bold"})
        .set_properties(subset=["right"], **{"text-align": "left", "white-space": "nowrap"})
    )

"""Actor mentions: who is mentioned, how, and where.

The gazetteer ``helpers/data/actors.yaml`` lists people, countries, organisations, places and
media with their names, adjectives, metonyms and dated roles. :func:`mentions` finds them in
articles, one row per mention, with the ``kind`` of mention:

- ``name``: a name, also in the genitive (Putins, Russlands, Merz'), first + last name as one;
- ``compound``: a name as a part of a hyphenated compound (US-Regierung, Ukraine-Gespräche);
- ``adjective``: an adjective of a country or region (die russische Delegation);
- ``metonym``: a place standing for an actor (des Kremls -> Russland);
- ``role``: a role that maps to one person at the article's date (der Kanzler -> Merz).

Rules (documented in the README, tested in tests/test_actors.py):

- Matching works on tokens, so a name never matches inside a word (Nordkorea is not Korea).
- The longest match wins and overlaps are resolved once (Deutsche Bahn is not Deutschland,
  EU-Kommission is the Commission and not also the EU, Friedrich Merz is one mention).
- A role right before its holder's name (Kanzler Merz, US-Präsident Donald Trump) or in an
  apposition to it in the same sentence is not a mention of its own. A bare role (der Kanzler)
  needs a definite article and resolves at the article's date: to its only holder; else to the
  holder named last before it in the article; else to the only holder from ``home`` (Germany).
  A country narrows it: US-Außenminister, der russische Präsident, der Präsident der Ukraine;
  another genitive leaves it alone (der Sprecher des Ministeriums). A generic role noun of
  ``roles_de.txt`` (Sprecher, Berater) never means an actor only because one holder is known.
  In an article without a date a bare role is only a holder named before it in the article.
- Names marked ``ambiguous`` in the gazetteer (Union, Linke, Grüne, Reiche ...) count only when a
  ``context`` word of the actor is in the same paragraph (for persons and media: in the same
  sentence or the one before or after it) or the actor was named unambiguously earlier in the article.
- Two actors of the same name (Germany's and Austria's Greens) at one place: the one with more of
  its context words around it.
- Only the article's own text counts: title, lead, headings, body (not dateline, author, note).

>>> from helpers import articles, paths
>>> m = mentions(articles.load_corpus(paths.SEEDS))
>>> m.loc[m.actor == "marco-rubio", "surface"].tolist()[:3]
['Rubio', 'Rubio', 'Marco Rubio']
"""

from __future__ import annotations

import itertools
import os
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

import numpy as np
import pandas as pd

from helpers.articles import (
    CONTENT_KINDS,
    Article,
    as_articles,
    distinct_days,
    section_labels,
    section_name,
    time_resolution,
)
from helpers.entities import NAME_PREFIXES, club_words, country_names, entity_rows, first_name_gender, institution_nouns
from helpers.frames import POSITIONS, string_array, typed_table
from helpers.gazetteer import TYPES, gazetteer, load_gazetteer
from helpers.german import (
    ADJECTIVE_ENDINGS,
    DEFINITE,
    dictionary_lemma,
    follows_office,
    genitive_forms,
    is_role_noun,
    role_words,
)
from helpers.interviews import interview_labels
from helpers.progress import AUTO_THRESHOLD, progress_bar
from helpers.recognised import (
    LABEL_TYPES,
    Anchor,
    Name,
    Person,
    Resolved,
    genders,
    person_noun,
    resolve,
    role_references,
)
from helpers.tokens import (
    INVISIBLE,
    article_slices,
    lemma,
    of_kinds,
    sentences,
    token_columns,
    tokenize,
    visible,
)
from helpers.tokens import tokens as _tokens

__all__ = ["TYPES", "gazetteer", "load_gazetteer"]  # re-exported: the gazetteer the mentions come from

#: Kinds of mention, in the order they win a tie between overlapping matches of equal length.
KINDS = ("name", "metonym", "role", "compound", "adjective")
#: German labels.
KIND_LABELS = {"name": "Name", "metonym": "Metonym", "role": "Rolle", "compound": "Kompositum", "adjective": "Adjektiv"}
#: One colour per kind of mention, the same in every figure.
KIND_COLORS = {
    "name": "#0072B2",
    "metonym": "#E69F00",
    "role": "#009E73",
    "compound": "#56B4E9",
    "adjective": "#D55E00",
}
TYPE_LABELS = {
    "person": "Person",
    "country": "Staat",
    "organisation": "Organisation",
    "place": "Ort",
    "media": "Medium",
}
#: Where a mention comes from: the gazetteer's lists, or the entity recogniser (helpers.entities).
SOURCES = ("gazetteer", "recognised")
COLUMNS = [
    "article",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
    "surface",
    "actor",
    "name",
    "type",
    "kind",
    "part",
    "source",
    "gender",
]


# --- the compiled index -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    actor: str
    start: date | None
    end: date | None
    country: str | None


@dataclass
class _Index:
    """Surface forms -> actors, built once per gazetteer."""

    names: dict[tuple[str, ...], list[tuple[str, str, bool]]]  # tokens -> (actor, kind, ambiguous)
    first: frozenset[str]
    longest: int
    adjectives: dict[str, str]  # inflected form (lower case) -> actor
    roles: dict[tuple[str, ...], list[_Role]]  # title lemmas -> holders
    role_first: frozenset[str]
    role_longest: int
    actors: pd.DataFrame  # id, name, type, country, gender
    context: dict[str, frozenset[str]]
    types: dict[str, str]  # actor id -> type
    genders: dict[str, str] = field(default_factory=dict)  # actor id -> gender, for persons the gazetteer knows
    _known: tuple[dict[str, int], dict[str, list]] | None = None

    def known(self) -> tuple[dict[str, int], dict[str, list]]:
        """Actor id -> row of :attr:`actors`, and the columns name, type, gender as lists: read once."""
        if self._known is None:
            self._known = ({a: k for k, a in reversed(list(enumerate(self.actors["actor"])))},
                           {c: self.actors[c].tolist() for c in ("name", "type", "gender")})  # fmt: skip
        return self._known


def _day(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _compile(entries: list[dict]) -> _Index:
    names: dict[tuple[str, ...], list[tuple[str, str, bool]]] = defaultdict(list)
    adjectives: dict[str, str] = {}
    roles: dict[tuple[str, ...], list[_Role]] = defaultdict(list)
    context: dict[str, frozenset[str]] = {}
    for e in entries:
        actor = e["id"]
        ambiguous = set(e.get("ambiguous", []))
        for kind, surfaces in (("name", e.get("names", [])), ("metonym", e.get("metonyms", []))):
            for surface in surfaces:
                words = tokenize(surface)
                if not words:
                    continue
                heads = [tuple(words[:-1])] if e["type"] == "person" else _weak_forms(words[:-1])
                for head, last in itertools.product(heads, [words[-1], *genitive_forms(words[-1])]):
                    key = (*head, last)
                    if (actor, kind, surface in ambiguous) not in names[key]:
                        names[key].append((actor, kind, surface in ambiguous))
        for adjective in e.get("adjectives", []):
            for ending in ADJECTIVE_ENDINGS:
                adjectives.setdefault((adjective + ending).lower(), actor)
        for role in e.get("roles", []):
            key = tuple(lemma(w) for w in tokenize(str(role["title"])))
            roles[key].append(_Role(actor, _day(role.get("from")), _day(role.get("to")), e.get("country")))
        if e.get("context"):
            context[actor] = frozenset(e["context"])
    actors = pd.DataFrame(
        [(e["id"], e["name"], e["type"], e.get("country"), e.get("gender")) for e in entries],
        columns=["actor", "name", "type", "country", "gender"],
    )
    return _Index(
        names=dict(names),
        first=frozenset(k[0] for k in names),
        longest=max((len(k) for k in names), default=1),
        adjectives=adjectives,
        roles=dict(roles),
        role_first=frozenset(k[0] for k in roles),
        role_longest=max((len(k) for k in roles), default=1),
        actors=actors,
        context=context,
        types=dict(zip(actors["actor"], actors["type"], strict=True)),
        genders={a: g for a, g in zip(actors["actor"], actors["gender"], strict=True) if isinstance(g, str)},
    )


def _weak_forms(words: list[str]) -> list[tuple[str, ...]]:
    """The words of a name before its last, and where adjectives among them are in the strong form,
    the weak form too: the gazetteer lists "Auswärtiges Amt", the article writes "Das Auswärtige Amt
    warnt" (and "der Internationale Währungsfonds", "das Deutsche Rote Kreuz", "der Oberste
    Gerichtshof"). Here, not in :mod:`helpers.german`: the entity model's digest covers that module,
    and this changes none of its features.

    >>> _weak_forms(["Deutsches", "Rotes"]), _weak_forms(["Münchner"])
    ([('Deutsches', 'Rotes'), ('Deutsche', 'Rote')], [('Münchner',)])
    """
    weak = tuple(_weak_adjective(w) or w for w in words)
    return [tuple(words), weak] if weak != tuple(words) else [tuple(words)]  # () for a name of one word


def _weak_adjective(word: str) -> str | None:
    """The weak form of a capitalised adjective in the strong form: Auswärtiges -> Auswärtige,
    Europäischer -> Europäische, Vereinigtes -> Vereinigte; None for other words (Münchner, Peter)."""
    low = word.lower()
    if not (word[:1].isupper() and low.endswith(("er", "es"))):
        return None
    lemma = dictionary_lemma(low)
    if lemma is None or not (low == lemma + low[-2:] or dictionary_lemma(low[:-1]) == lemma):  # Oberster: ober
        return None
    return word[:-1]


@cache
def _default_index() -> _Index:
    return _compile(load_gazetteer())


def surface_forms(gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None) -> list[str]:
    """Every form the matcher looks for: names and metonyms with their genitives (tokens joined by
    spaces) and inflected adjectives; longest first.

    >>> forms = surface_forms()
    >>> {"Putins", "Friedrich Merz", "russischen"} <= set(forms)
    True
    """
    index = _index(gazetteer)
    return sorted({" ".join(key) for key in index.names} | set(index.adjectives), key=len, reverse=True)


def actor_table(
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
) -> pd.DataFrame:
    """One row per actor of the gazetteer: ``actor`` (id), ``name``, ``type``, ``country``,
    ``gender`` (compiled once per process for the default gazetteer).

    >>> actor_table().set_index("actor").loc["friedrich-merz", ["name", "type", "gender"]].tolist()
    ['Friedrich Merz', 'person', 'm']
    """
    return _index(gazetteer).actors


def _index(source: pd.DataFrame | str | os.PathLike[str] | Sequence | None) -> _Index:
    if source is None:
        return _default_index()
    if isinstance(source, pd.DataFrame):
        records = [
            {k: v for k, v in row.items() if v is not None and not (isinstance(v, float) and np.isnan(v))}
            for row in source.to_dict("records")
        ]
        return _compile(records)
    return _compile(load_gazetteer(source))


# --- matching ---------------------------------------------------------------------------------

_INVISIBLE = re.compile(f"[{INVISIBLE}]")


@dataclass
class _Candidate:
    start: int
    end: int
    first: int  # token index of the first token (in the article's token arrays)
    last: int
    actor: str | None
    kind: str
    ambiguous: bool = False
    roles: tuple[_Role, ...] = ()
    qualifier: str | None = None

    @property
    def rank(self) -> tuple[int, int, int]:
        return (-(self.end - self.start), KINDS.index(self.kind), self.start)


def _country_of(index: _Index, word: str) -> str | None:
    """The country id that a prefix (US, EU) or adjective (russische) names, if any."""
    for actor, _kind, _amb in index.names.get((word,), []):
        return actor
    return index.adjectives.get(word.lower())


#: Articles with more tokens than this show a progress bar of their own while mentions are found.
_LONG_ARTICLE = 1_000_000


def _article_candidates(
    index: _Index,
    text: list[str],
    lemmas: list[str],
    starts: np.ndarray,
    written: list[str] | None = None,
    progress: bool | None = False,
) -> list[_Candidate]:
    """Every possible mention. ``text``: the tokens as matched (:func:`helpers.tokens.visible`:
    "Russland" for "Russ\\xadland"); ``written``: as they stand, when that differs (for offsets)."""
    written = text if written is None else written
    out: list[_Candidate] = []
    n = len(text)
    positions: Iterable[int] = range(n)
    if n > _LONG_ARTICLE and progress is not False:  # a month of news in one file: say how far it is
        positions = progress_bar(positions, "Akteure finden (langer Text)", unit="Wörter", enable=True)
    for i in positions:
        word = text[i]
        if word in index.first:
            for length in range(min(index.longest, n - i), 0, -1):
                found = index.names.get(tuple(text[i : i + length]))
                if found:
                    end = int(starts[i + length - 1]) + len(written[i + length - 1])
                    out.extend(_Candidate(int(starts[i]), end, i, i + length - 1, a, k, amb) for a, k, amb in found)
                    break
        adjective = index.adjectives.get(word.lower())
        if adjective:
            out.append(_Candidate(int(starts[i]), int(starts[i]) + len(written[i]), i, i, adjective, "adjective"))
        if "-" in word and len(word) > 2:
            pos = 0
            parts = word.split("-")
            lengths = [len(part) for part in written[i].split("-")]  # the same hyphens, perhaps longer parts
            for p, part in enumerate(parts):
                begin = int(starts[i]) + pos
                pos += lengths[p] + 1
                if not part:
                    continue
                if p < len(parts) - 1:
                    for actor, _kind, amb in index.names.get((part,), []):
                        out.append(_Candidate(begin, begin + lengths[p], i, i, actor, "compound", amb))
                if part.lower() in index.adjectives and (part[:1].islower() or p == 0):
                    out.append(
                        _Candidate(begin, begin + lengths[p], i, i, index.adjectives[part.lower()], "adjective")
                    )
        if lemmas[i] in index.role_first or "-" in word:
            out.extend(_role_candidates(index, text, lemmas, starts, i, written))
    return out


def _role_candidates(
    index: _Index, text: list[str], lemmas: list[str], starts: np.ndarray, i: int, written: list[str]
) -> list[_Candidate]:
    """Role titles starting at token i (whole titles, or a country-prefixed title: US-Außenminister)."""
    n = len(text)
    for length in range(min(index.role_longest, n - i), 0, -1):
        holders = index.roles.get(tuple(lemmas[i : i + length]))
        if holders:
            end = int(starts[i + length - 1]) + len(written[i + length - 1])
            qualifier = _country_of(index, text[i - 1]) if i > 0 else None
            return [
                _Candidate(
                    int(starts[i]), end, i, i + length - 1, None, "role", roles=tuple(holders), qualifier=qualifier
                )
            ]
    word = text[i]
    if "-" in word:
        prefix, _, rest = word.partition("-")
        holders = index.roles.get((lemma(rest),)) if rest else None
        country = _country_of(index, prefix)
        if holders and country:
            return [
                _Candidate(
                    int(starts[i]),
                    int(starts[i]) + len(written[i]),
                    i,
                    i,
                    None,
                    "role",
                    roles=tuple(holders),
                    qualifier=country,
                )
            ]
    return []


def _holders(candidate: _Candidate, day: date | None) -> list[_Role]:
    found = [
        r
        for r in candidate.roles
        if day is None or ((r.start is None or r.start <= day) and (r.end is None or day <= r.end))
    ]
    if candidate.qualifier:
        found = [r for r in found if r.country == candidate.qualifier or r.actor == candidate.qualifier]
    return found


_OF = frozenset({"des", "der", "von", "vom"})


def _genitive_qualifier(
    c: _Candidate, text: list[str], countries: dict[int, str], index: _Index
) -> tuple[bool, str | None]:
    """(followed by "des/der/von ...", the country that phrase names or None): "der Präsident der
    Ukraine" -> Ukraine; "der Sprecher des Ministeriums" -> a phrase, but no country."""
    j = c.last + 1
    if j >= len(text) or text[j] not in _OF:
        return False, None
    return True, countries.get(j + 1)


#: Adjectives of a former office holder: "der frühere Bundeskanzler", "die ehemalige Ministerin".
_FORMER = ("früher", "ehemalig", "einstig", "vormalig", "damalig", "langjährig")


def _plural_role(text: list[str], sentence: np.ndarray, first: int, last: int) -> bool:
    """The role noun at tokens first..last is a plural by its article: "die Außenminister" (a
    masculine noun after "die"), "den Außenministern", "der Rat der Außenminister" ("der" after a noun
    is a genitive, and a masculine one's singular would be "des"); not "die Außenministerin".

    >>> words = "Der Rat der Außenminister tagt , die Außenministerin spricht".split()
    >>> _plural_role(words, np.zeros(9, dtype=int), 3, 3), _plural_role(words, np.zeros(9, dtype=int), 7, 7)
    (True, False)
    """
    noun = text[last]
    if noun.endswith("innen"):
        return True
    if noun.endswith("in") or first == 0:
        return False
    previous = text[first - 1]
    if previous == "die" or (previous == "den" and noun.endswith("ern")):
        return True
    before = text[first - 2] if first > 1 else ""
    return (previous == "der" and before[:1].isupper() and before.isalpha()
            and bool(sentence[first - 2] == sentence[first]))  # fmt: skip


def _resolve_roles(
    candidates: list[_Candidate], text: list[str], sentence: np.ndarray, day: date | None, home: str | None,
    index: _Index | None = None,
) -> list[_Candidate]:  # fmt: skip
    """Give each role candidate its actor, or drop it (see the module's rules)."""
    named = sorted((c for c in candidates if c.kind == "name" and not c.ambiguous), key=lambda c: c.start)
    # looked up per actor, not by a scan of every name for every role (quadratic in a long text)
    last_in_sentence: dict[tuple[int, str], int] = {}
    starts_of: dict[str, list[tuple[int, int]]] = defaultdict(list)  # actor -> (start, order in named)
    for k, m in enumerate(named):
        key = (int(sentence[m.first]), m.actor)
        last_in_sentence[key] = max(last_in_sentence.get(key, -1), m.start)
        starts_of[m.actor].append((m.start, k))
    countries = {}
    if index is not None:
        countries = {c.first: c.actor for c in candidates if c.kind == "name" and index.types.get(c.actor) == "country"}
    kept = []
    for c in candidates:
        if c.kind != "role":
            kept.append(c)
            continue
        followed, country = _genitive_qualifier(c, text, countries, index) if index is not None else (False, None)
        if followed:
            if country is None:
                continue  # "der Sprecher des Ministeriums": someone the gazetteer cannot know
            c.qualifier = country  # "der Präsident der Ukraine"
        holders = _holders(c, day)
        actors = {r.actor for r in holders}
        if not actors:
            continue
        # apposition: the holder is named later in the same sentence (Kanzler Merz; ..., Steve Witkoff)
        here = int(sentence[c.first])
        if any(last_in_sentence.get((here, a), -1) > c.start for a in actors):
            continue
        qualified = c.qualifier is not None or "-" in text[c.first]
        previous = text[c.first - 1].lower() if c.first > 0 else ""
        if previous.startswith(_FORMER):
            continue  # "der frühere Bundeskanzler": not today's holder (a name after it is the person)
        before = text[c.first - 2].lower() if c.first > 1 else ""
        if c.first > 0 and follows_office(text, c.first - 1):
            continue  # "das Amt des Bundespräsidenten": the office, not today's holder
        if _plural_role(text, sentence, c.first, c.last):
            continue  # "wollen die Außenminister", "der Rat der Außenminister": many, not today's holder
        if not qualified and previous not in DEFINITE and not (before in DEFINITE and previous[:1].islower()):
            continue
        generic = c.qualifier is None and all(w in role_words() for w in text[c.first : c.last + 1])
        if day is None:
            # an article without a date: "der deutsche Innenminister" of a 10kGNAD article from 2016 is
            # not today's holder; only a holder named before it in the article is sure
            earlier = _named_last_before(starts_of, actors, c.start)
            actors = {earlier} if earlier is not None else set()
        elif len(actors) > 1 or generic:  # a generic noun (der Sprecher) is not its only holder's name
            earlier = _named_last_before(starts_of, actors, c.start)
            if earlier is not None:
                actors = {earlier}
            else:
                local = {r.actor for r in holders if r.country == home}
                actors = local if len(local) == 1 else actors if not generic else set()
        if len(actors) == 1:
            c.actor = actors.pop()
            kept.append(c)
    return kept


def _named_last_before(starts_of: dict[str, list[tuple[int, int]]], actors: set[str], start: int) -> str | None:
    """Of ``actors``, the one named last before ``start`` (of two names at the same place, the
    later in the list of names), or None."""
    best: tuple[int, int] | None = None
    actor = None
    for a in actors:
        starts = starts_of.get(a, [])
        k = bisect_left(starts, (start, -1))
        if k and (best is None or starts[k - 1] > best):
            best, actor = starts[k - 1], a
    return actor


def _run_bounds(paragraph: np.ndarray) -> dict[int, tuple[int, int]]:
    """(first, last + 1) of each paragraph's (or sentence's) tokens, for those whose tokens stand
    together (as they do in a tokens table); others are left out."""
    if not len(paragraph):
        return {}
    edges = np.flatnonzero(np.diff(paragraph)) + 1
    firsts = [0, *edges.tolist()]
    lasts = [*edges.tolist(), len(paragraph)]
    values = paragraph[firsts].tolist()
    bounds: dict[int, tuple[int, int]] = {}
    repeated = set()
    for value, first, last in zip(values, firsts, lasts, strict=True):
        if value in bounds:
            repeated.add(value)
        bounds[value] = (first, last)
    for value in repeated:  # not together: found by a scan
        del bounds[value]
    return bounds


def _context_window(s: int, bounds: dict[int, tuple[int, int]], paragraph: np.ndarray) -> range:
    """The tokens of sentence s and of the sentences just before and after it in its paragraph."""
    first, last = bounds[s]
    p = paragraph[first]
    if s - 1 in bounds and paragraph[bounds[s - 1][0]] == p:
        first = bounds[s - 1][0]
    if s + 1 in bounds and paragraph[bounds[s + 1][1] - 1] == p:
        last = bounds[s + 1][1]
    return range(first, last)


#: Actors whose ambiguous names need their context near them: a 10kGNAD article is one paragraph, and
#: "Zeit" in "um Zeit und Ort auszumachen" is no newspaper, nor "Bild" in "sich ein Bild machen",
#: because "berichtet" stands twenty sentences away. A party's context may be farther off.
_NEAR_CONTEXT = frozenset({"person", "media"})


class _Surroundings:
    """The words around a candidate where its actor's context words count: its paragraph, or for
    persons and media its sentence and the sentences next to it. Each run of tokens is read once."""

    def __init__(self, index: _Index, paragraph: np.ndarray, sentence: np.ndarray, text: list[str],
                 lemmas: list[str]):  # fmt: skip
        self.index, self.paragraph, self.sentence, self.text, self.lemmas = index, paragraph, sentence, text, lemmas
        self.seen: dict[tuple[str, int], tuple[set[str], str]] = {}
        self.bounds: dict[str, dict[int, tuple[int, int]]] = {}
        self.sentences: np.ndarray | None = None

    def words(self, c: _Candidate) -> tuple[set[str], str]:
        """(the words and lemmas, the words joined by spaces) around ``c``."""
        near = self.index.types.get(c.actor) in _NEAR_CONTEXT
        if near and self.sentences is None:
            # each sentence a run of its own (the sentence numbers begin anew in each paragraph)
            s, p = self.sentence, self.paragraph
            self.sentences = np.cumsum(np.r_[True, (np.diff(s) != 0) | (np.diff(p) != 0)])
        runs = self.sentences if near else self.paragraph
        key = ("sentence" if near else "paragraph", int(runs[c.first]))
        if key not in self.seen:
            # the tokens of the paragraph (or sentences): slices of the tokens, found once for all (a
            # scan of every token for each paragraph is quadratic in a long text)
            if key[0] not in self.bounds:
                self.bounds[key[0]] = _run_bounds(runs)
            found = self.bounds[key[0]]
            if key[1] not in found:
                where = np.flatnonzero(runs == key[1])
            else:
                where = _context_window(key[1], found, self.paragraph) if near else range(*found[key[1]])
            words = {self.text[j] for j in where} | {self.lemmas[j] for j in where}
            self.seen[key] = (words, " ".join(self.text[j] for j in where))
        return self.seen[key]

    def support(self, c: _Candidate) -> int:
        """How many of the context words of ``c``'s actor stand around it."""
        words, joined = self.words(c)
        context = self.index.context.get(c.actor, frozenset())
        return sum((w in joined) if " " in w else (w in words) for w in context)


def _keep_ambiguous(candidates: list[_Candidate], around: _Surroundings) -> list[_Candidate]:
    """Ambiguous names count with a context word in their paragraph (for persons and media: in their
    sentence or the sentences next to it in the paragraph), or after a sure mention."""
    sure: dict[str, int] = {}
    for c in candidates:
        if not c.ambiguous and c.actor is not None:
            sure[c.actor] = min(sure.get(c.actor, c.start), c.start)
    return [
        c for c in candidates
        if not c.ambiguous or (c.actor in sure and sure[c.actor] < c.start) or around.support(c)
    ]  # fmt: skip


def _best_supported(candidates: list[_Candidate], around: _Surroundings) -> list[_Candidate]:
    """Of two actors with the same name at the same place, the one with more of its context words
    around it: "die Grünen" beside ÖVP and SPÖ are Austria's Greens, beside SPD and Bundestag
    Germany's. Alone, the name stays with every actor, and the first by id is kept (gruene before
    gruene-oesterreich)."""
    at: dict[tuple[int, int], list[_Candidate]] = defaultdict(list)
    for c in candidates:
        if c.actor is not None:
            at[(c.start, c.end)].append(c)
    dropped: set[int] = set()
    for same in at.values():
        if len({c.actor for c in same}) < 2 or not any(c.actor in around.index.context for c in same):
            continue
        support = [around.support(c) for c in same]
        dropped.update(id(c) for c, k in zip(same, support, strict=True) if k < max(support))
    return [c for c in candidates if id(c) not in dropped] if dropped else candidates


def _resolve_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match first; a character may belong to one mention only.

    The characters taken are marked in a bytearray over the candidates' span, so each test costs
    the candidate's length, not the number of mentions kept so far (quadratic in a long text).
    """
    if not candidates:
        return []
    low = min(c.start for c in candidates)
    taken = bytearray(max(c.end for c in candidates) - low)
    kept = []
    for c in sorted(candidates, key=lambda c: (c.rank, c.actor or "")):
        start, end = c.start - low, c.end - low
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def mentions(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
    home: str | None = "deutschland",
    kinds: Sequence[str] = CONTENT_KINDS,
    progress: bool | None = None,
    recognise: bool = True,
    entities: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per actor mention: ``article``, ``section``, ``paragraph``, ``sentence``,
    ``start``, ``end``, ``surface`` (the text), ``actor`` (id), ``name``, ``type``, ``kind`` (name,
    compound, adjective, metonym, role), ``part`` (title, lead, heading, body), ``source``
    (``gazetteer`` or ``recognised``) and ``gender`` (f, m or empty, for persons).

    Actors come from the gazetteer and, with ``recognise`` (the default), from the names the entity
    recogniser finds (:func:`helpers.entities.entities`; pass ``entities`` to reuse its table):
    every person, organisation and place named, one actor per real entity (see
    :mod:`helpers.recognised`), linked to the gazetteer's id where it knows the name.

    ``gazetteer``: ``None`` for ``helpers/data/actors.yaml``, a path (or paths) of your own YAML
    merged into it, or a table from :func:`gazetteer`. ``toks`` reuses a tokens table. ``home``
    is the country whose office holder a bare role means when in doubt. ``progress``: a progress
    bar (default: for 200 articles or more).
    """
    columns = mention_columns(articles, gazetteer, toks, home, kinds, progress, recognise, entities)
    if not columns["start"]:  # a shallow copy: pandas copies on write, so the template stays as it is
        return _no_mentions().copy(deep=False)
    return _typed(columns)


def mention_columns(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
    home: str | None = "deutschland",
    kinds: Sequence[str] = CONTENT_KINDS,
    progress: bool | None = None,
    recognise: bool = True,
    entities: pd.DataFrame | None = None,
) -> dict[str, list]:
    """The columns of :func:`mentions` (same names and values) as lists, without the table: for
    callers that read them (``quotes``; on a short text the table costs more than finding the names).

    >>> mention_columns("Kanzler Merz sprach in Berlin.")["name"]
    ['Friedrich Merz', 'Berlin']
    """
    items = as_articles(articles)
    index = _index(gazetteer)
    # without a tokens table, its columns alone: no DataFrame to build and take apart again per call
    if toks is None:
        toks = token_columns(items, progress=progress)
    t = of_kinds(toks, kinds)
    by_id = {a.id: a for a in items}
    rows = []
    found_entities, labels = None, {}
    if recognise:
        found_entities = (_entity_rows(entities) if entities is not None
                          else entity_rows(items, toks=t, progress=progress))  # fmt: skip
        labels = interview_labels(items)  # "tagesschau.de:", "Melnyk:" are labels, not mentions
    slices = article_slices(t)
    # the number of articles only matters to a bar that may show (counting them costs per call)
    shown = progress or (progress is None and len(by_id) >= AUTO_THRESHOLD)
    total = pd.Series(t["article"]).nunique() if shown else None
    for article_id, (a, b), columns in progress_bar(
        slices, "Akteure finden", unit="Artikel", total=total, enable=progress
    ):
        article = by_id.get(article_id)
        if article is None:
            continue
        written, lemmas, starts = columns["text"][a:b], columns["lemma"][a:b], columns["start"][a:b]
        # a soft hyphen or zero-width space inside a word does not hide it: Russ\xadland is Russland
        text = [visible(w) for w in written] if _INVISIBLE.search(article.text) else written
        candidates = _article_candidates(index, text, lemmas, starts, written, progress)
        if not candidates and not (recognise and found_entities.get(article_id)):
            continue  # nothing the gazetteer knows, nothing recognised (an article of new names goes on)
        sentence, paragraph = columns["sentence"][a:b], columns["paragraph"][a:b]
        day = article.published.date() if article.published else None
        around = _Surroundings(index, paragraph, sentence, text, lemmas)
        candidates = _best_supported(_keep_ambiguous(candidates, around), around)
        candidates = _resolve_roles(candidates, text, sentence, day, home, index)
        section, line_kind = columns["section"][a:b], columns["kind"][a:b]
        kept = _resolve_overlaps(candidates)
        found = [_Found(c.start, c.end, c.first, c.last, c.actor, None, None, c.kind, "gazetteer") for c in kept]
        if recognise:
            own_labels = labels.get(article_id, ())
            found = [f for f in found if not _inside_any(f.start, own_labels)]  # tagesschau.de:
            spans = _entity_spans(found_entities, article_id, own_labels)
            found = _recognised(found, spans, index, _Words(text, lemmas, starts, columns["end"][a:b], sentence),
                                article.text)  # fmt: skip
            if own_labels:  # nor where a name found elsewhere is spread to its every occurrence: "Wendtland:"
                found = [f for f in found if not _inside_any(f.start, own_labels)]
        found = _without_bracketed_repeats(found, article.text)
        for f in found:
            i = f.first
            rows.append((article.id, int(section[i]), int(paragraph[i]), int(sentence[i]), f.start, f.end,
                         article.text[f.start : f.end], f.actor, f.kind, line_kind[i], f.source, f.name, f.type,
                         f.gender))  # fmt: skip
    return _columns(rows, index)


@dataclass
class _Found:
    """A mention as :func:`mentions` keeps it: offsets, tokens, actor and how it was found; ``name``,
    ``type``, ``gender`` are set for recognised actors (the gazetteer's come from its table)."""

    start: int
    end: int
    first: int
    last: int
    actor: str
    name: str | None
    type: str | None
    kind: str
    source: str
    gender: str | None = None


@dataclass
class _Words:
    """The tokens of one article's content lines, as :func:`mentions` reads them."""

    text: list[str]
    lemmas: list[str]
    starts: np.ndarray
    ends: np.ndarray
    sentence: np.ndarray


def _entity_rows(table: pd.DataFrame) -> dict[str, list[tuple[int, int, str, str, str]]]:
    """The entities table as (start, end, text, label, form) rows per article, read once."""
    out: dict[str, list[tuple[int, int, str, str, str]]] = defaultdict(list)
    if not len(table):
        return out
    columns = [table[c].astype(str).tolist() if c in ("article", "label", "form", "text") else table[c].tolist()
               for c in ("article", "start", "end", "text", "label", "form")]  # fmt: skip
    for article, *row in zip(*columns, strict=True):
        out[article].append(tuple(row))
    return out


def _entity_spans(
    table: dict[str, list[tuple[int, int, str, str, str]]] | None, article_id: str, labels: Sequence[tuple[int, int]]
) -> list[Name]:
    """The recognised names of one article (persons, organisations, places, and other names: OTH),
    labels (sorted) left out; the name inside a compound is its part before the last hyphen
    (Reinholt-Konzern: Reinholt)."""
    out = []
    for start, end, text, label, form in (table or {}).get(article_id, ()):
        if (label not in LABEL_TYPES and label != "OTH") or form == "deriv" or _inside_any(start, labels):
            continue  # other names (OTH) are no actors, but hide the gazetteer's names inside them
        if form == "part":
            head = text.rsplit("-", 1)[0] if "-" in text else ""
            prefix = head.split("-", 1)[0] if "-" in head else ""
            if prefix in NAME_PREFIXES:  # "Ex-SPD-Chef": the SPD, no "Ex-SPD"
                head, start = head[len(prefix) + 1 :], start + len(prefix) + 1
            if not head:
                continue
            text, end = head, start + len(head)
        trimmed = _name_words(text, person=label == "PER")
        if not trimmed:
            continue
        start += text.index(trimmed)
        text, end = trimmed, start + len(trimmed)
        out.append(Name(int(start), int(end), text, str(label), part=form == "part"))
    return out


def _name_words(text: str, person: bool) -> str:
    """A recognised name without words that cannot end one: an ordinary lower-case word capitalised
    ("Steinbrück Positives"); for a person also a role noun ("Kanzler" before "Merz", taken for a name
    of its own). Empty when nothing is left."""
    words = text.split(" ")
    while words and (not words[0][:1].isalpha() or (any(c.isdigit() for c in words[0]) and not _short_code(words[0]))):
        words.pop(0)  # '"Vangardist"-Magazin von Saatchi', "120.000-Einwohner-Stadt Cizre": not part of a name
    while words and ((person and is_role_noun(words[-1])) or (len(words) > 1 and _ordinary(words[-1])
                                                             and not _first_names_only(words[:-1]))):  # fmt: skip
        words.pop()  # "Steinbrück Positives", not "Sebastian Kurz"
    while person and len(words) > 1 and person_noun(words[0]):
        words.pop(0)  # "Politologe Laurenz Ennser-Jedenastik"
    if not words:
        return ""
    kept = " ".join(words)
    return kept if kept in text else ""


def _short_code(word: str) -> bool:
    """A short name of letters and digits that begins with a letter: Ö3, G7, A1 (a radio station, a
    group of states, a mobile network)."""
    return len(word) <= 4 and word.isalnum() and word[:1].isupper()


def _first_names_only(words: Sequence[str]) -> bool:
    """Every word is a first name: what is left of a name when its last word is cut (Sebastian)."""
    return all(first_name_gender(w) is not None for w in words)


def _ordinary(word: str) -> bool:
    """A capitalised word that is an ordinary lower-case word (Positives, Neues), not a name."""
    bare = word.rstrip("'’")
    return dictionary_lemma(bare.lower()) is not None and dictionary_lemma(bare) is None


def _organisations_by_last_word(found: list[_Found], index: _Index, text: str) -> dict[str, str | None]:
    """The gazetteer organisations of an article by the last word of their names as written there,
    when that word is not the whole name, and by their initials: "Bahn" and "DB" -> deutsche-bahn
    after "Die Deutsche Bahn" (None where two organisations share the word). Built once per article:
    one look-up per recognised name."""
    out: dict[str, str | None] = {}
    for f in found:
        if f.kind != "name" or index.types.get(f.actor) != "organisation":
            continue
        words = [w for w in text[f.start : f.end].split() if w.lower() not in DEFINITE]
        if len(words) > 1:
            initials = "".join(w[0] for w in words if w[:1].isupper())
            for key in (words[-1], initials if len(initials) == len(words) else ""):
                if key:
                    out[key] = f.actor if out.get(key, f.actor) == f.actor else None
    return out


def _recognised(found: list[_Found], names: list[Name], index: _Index, words: _Words, text: str) -> list[_Found]:
    """The gazetteer's mentions of one article with the recogniser's names added: a longer name
    replaces the gazetteer's shorter mentions inside it ("Bayerisches Landesamt für
    Verfassungsschutz" is not the Bundesamt; "Deutsche Bundesbank" is no "Deutsche" of
    Deutschland), a role right before a recognised name is that person's ("Justizministerin Cordula
    Wendt": no mention of the federal minister), other overlaps keep the gazetteer's; then role
    nouns that refer back to persons ("der Unternehmer"). Another name (OTH) is no actor but hides
    the gazetteer's names inside it like them: "Europa League" names no Europe."""
    # int64: searching an int32 array for a Python int copies the whole array on every search (quadratic
    # in one long article)
    starts, ends = words.starts.astype(np.int64, copy=False), words.ends.astype(np.int64, copy=False)
    # "Europa League", "US Open": no actors of their own; only names of capitalised words, as the model's
    # other names can run over a clause ("Der Vertrag zwischen Wien", "Rotes Kreuz warnt vor humanitärer Krise")
    others = [n for n in names if n.label == "OTH" and all(w[:1].isupper() or w[:1].isdigit() for w in n.text.split())]
    names = [n for n in names if n.label != "OTH"]
    found = _own_last_names(found, names, index, text)
    kept_names, dropped = [], set()
    found_starts = [f.start for f in found]  # found is in text order; mentions do not overlap
    for n in sorted(names + others, key=lambda n: n.start):
        k = max(bisect_left(found_starts, n.start) - 1, 0)
        inside = []
        while k < len(found) and found[k].start < n.end:
            if n.start < found[k].end:
                inside.append(k)
            k += 1
        if inside and _longer_name_wins(n, [found[k] for k in inside], index):
            dropped.update(inside)  # "Europa League" holds no mention of Europe
        elif inside:
            continue
        if n.label != "OTH":
            kept_names.append(n)
    found = [f for k, f in enumerate(found) if k not in dropped]
    # a role right before a person's name is that person's ("Justizministerin Cordula Wendt",
    # "der frühere Bundeskanzler Gerhard Schröder"), not a mention of today's holder
    persons_at = {int(np.searchsorted(starts, n.start)) for n in kept_names if n.label == "PER"}
    persons_at |= {f.first for f in found if f.kind == "name" and index.types.get(f.actor) == "person"}
    found = [f for f in found if not (f.kind == "role" and f.last + 1 in persons_at)]
    anchors = [
        Anchor(f.start, tuple(text[f.start : f.end].split()), f.actor, index.types.get(f.actor, ""))
        for f in found
        if f.kind == "name" and index.types.get(f.actor) == "person"
    ]
    new = []
    by_last_word: dict[str, str | None] | None = None
    resolved = list(resolve(kept_names, anchors, text, lemma))
    aliases = _bracketed_aliases(found, resolved, index, text)
    for r in resolved:
        first = int(np.searchsorted(starts, r.name.start))
        last = max(first, int(np.searchsorted(ends, r.name.end)) - (1 if r.name.part else 0))
        last = min(last, len(starts) - 1)
        actor, display, typ = r.actor, r.display, r.type
        known = index.names.get(tuple(display.split())) if not r.gazetteer else None
        # an acronym the recogniser took for an organisation needs no context: "bis hin zum IS"
        acronym = r.name.label == "ORG" and display.isupper() and display.isalpha() and len(display) > 1
        if known and all(ambiguous for _, _, ambiguous in known) and not r.name.part and not acronym:
            if display not in institution_nouns():
                continue  # "Im Grünen feierten sie": a name that needs context (a compound has it: Grünen-Abgeordnete)
            known = None  # "im Kongress" of an article on Brazil: its own congress, not the US one
        if known:  # a name the gazetteer lists, recognised where its matcher did not look
            actor = known[0][0]
        elif typ == "organisation" and " " not in display:
            if by_last_word is None:
                by_last_word = _organisations_by_last_word(found, index, text)
            actor = by_last_word.get(display) or actor  # "die Bahn" after "Die Deutsche Bahn" of the gazetteer
        actor = aliases.get(actor, actor)
        if actor in index.types:
            display, typ = None, None  # from the gazetteer's table
        elif typ == "place" and display in country_names():
            typ = "country"  # Usbekistan, Tadschikistan: pycountry's German names
        new.append(_Found(r.name.start, r.name.end, first, last, actor, display, typ, r.kind, "recognised"))
    persons = [
        Person(f.first, f.last, f.actor, f.name or f.actor, index.genders.get(f.actor))
        for f in sorted(found + new, key=lambda f: f.start)
        if (f.type or index.types.get(f.actor)) == "person" and f.kind in ("name", "role")
    ]
    told = genders(words.text, persons)
    for f in new:
        if (f.type or index.types.get(f.actor)) == "person" and f.name:
            first_name = f.name.split()[0] if " " in f.name else ""
            f.gender = first_name_gender(first_name) if first_name else None
            f.gender = f.gender if f.gender in ("f", "m") else told.get(f.actor)
    taken = bytearray(len(words.text))
    for f in found + new:
        taken[f.first : f.last + 1] = b"\x01" * (f.last + 1 - f.first)
    new += _propagated(new, words, taken, index)
    if _SCORE.search(text):
        _towns_as_clubs(found + new, index, text)
    gender_of = {f.actor: f.gender for f in new if f.gender}
    first_of: dict[str, _Found] = {}
    for f in found + new:
        first_of.setdefault(f.actor, f)
    compound_at = {k: f for f in found + new if f.kind == "compound" for k in range(f.first, f.last + 1)}
    by_id = {id(f): f for f in compound_at.values()}
    dropped: set[int] = set()
    for a, b, person in role_references(words.text, words.sentence,
                                        [Person(p.first, p.last, p.actor, p.display, p.gender or gender_of.get(p.actor))
                                         for p in persons]):  # fmt: skip
        if taken.find(1, a, b + 1) != -1:
            # "sagte der CDU-Politiker": the person referred to, not the party of the compound
            inside = {id(compound_at.get(k)) for k in range(a, b + 1) if taken[k]}
            if id(None) in inside or any(not (a <= by_id[i].first and by_id[i].last <= b) for i in inside):
                continue
            dropped |= inside
        source = first_of[person.actor]
        new.append(_Found(int(starts[a]), int(ends[b]), a, b, person.actor, source.name, source.type, "role",
                          "recognised", source.gender))  # fmt: skip
    return sorted((f for f in found + new if id(f) not in dropped), key=lambda f: f.start)


def _bracketed_aliases(found: list[_Found], resolved: list[Resolved], index: _Index, text: str) -> dict[str, str]:
    """Recognised organisations that a bracket joins to one of the gazetteer's, by their id: the
    gazetteer's id. "Das Bundesamt für Verfassungsschutz (BfV) warnt. Das BfV …": the gazetteer
    knows the full name, the acronym is recognised, and both are one actor; the same when the
    gazetteer knows the acronym and the recognised name ends in the gazetteer's name ("der
    Terrormiliz Islamischer Staat (IS)"). The one in brackets must be one word in capitals, as
    acronyms are: "das Ministerium (Berlin)" joins nothing."""
    ending, starting = {}, {}
    for f in found:
        if f.kind == "name" and index.types.get(f.actor) == "organisation":
            ending[f.end], starting[f.start] = f, f
    aliases: dict[str, str] = {}
    for r in resolved:
        n = r.name
        if r.gazetteer or r.type != "organisation" or n.part:
            continue
        before = text[max(0, n.start - 2) : n.start]
        if before.endswith("(") and text.startswith(")", n.end):  # "Bundesamt für Verfassungsschutz (BfV)"
            known, short = ending.get(len(text[: n.start - 1].rstrip())), n.text
        elif text.startswith(" (", n.end) or text.startswith("(", n.end):  # "Terrormiliz Islamischer Staat (IS)"
            known = starting.get(n.end + 2 if text[n.end] == " " else n.end + 1)
            short = text[known.start : known.end] if known else ""
            # an acronym names many things (IWF: the Internationaler Währungsfonds, the Internet Watch
            # Foundation): the recognised name must end in the gazetteer's
            rows, columns = index.known()
            full = columns["name"][rows[known.actor]] if known else None
            if not (full and text.startswith(")", known.end) and n.text.endswith(full)):
                known = None
        else:
            continue
        if known is not None and _capitals_word(short):
            aliases.setdefault(r.actor, known.actor)
    return aliases


#: A football or hockey score: "3:2", "(0:2)"; not a time of day ("19:45 Uhr").
_SCORE = re.compile(r"(?<![\d:.])\d{1,2}:\d{1,2}(?![\d:]| ?Uhr)")


#: Prepositions of a place right before a town: in, nach, aus (the town, not its club).
_IN_TOWN = re.compile(r"\b(?:[Ii]n|[Nn]ach|[Aa]us)\s+$")
#: What follows a town in a dateline: "Ried/Wien – Bei Rapid …", "Salzburg – Red Bull …".
_DATELINE = re.compile(r"\s*(/|–)")


def _towns_as_clubs(found: list[_Found], index: _Index, text: str) -> None:
    """In a sports report (a score in it), a town's name alone is the club the article names with that
    town: "Borussia Dortmund … Dortmund dreht das Spiel gegen Leverkusen" (Bayer Leverkusen). A
    club's name begins with a club word or a short form (``helpers.entities.club_words``: Borussia,
    FC, Bayer) and ends in its town."""
    rows, columns = index.known()

    def name_of(f: _Found) -> str:
        k = rows.get(f.actor)
        return f.name or (columns["name"][k] if k is not None else "")

    starts = club_words()
    clubs: dict[str, set[str]] = {}
    first_of: dict[str, _Found] = {}
    for f in found:
        if (f.type or index.types.get(f.actor)) != "organisation" or f.kind != "name":
            continue
        words = name_of(f).split()
        if len(words) >= 2 and words[0] in starts:
            clubs.setdefault(words[-1], set()).add(f.actor)
            first_of.setdefault(f.actor, f)
    for f in found:
        town = name_of(f) if f.kind == "name" else ""
        if len(clubs.get(town, ())) != 1 or (f.type or index.types.get(f.actor)) not in ("place", "country"):
            continue  # Wien: Rapid or Austria
        if _DATELINE.match(text, f.end) or text[f.start - 1 : f.start] == "/":
            continue  # "Ried/Wien – Bei Rapid …": where the report comes from
        if _IN_TOWN.search(text, max(0, f.start - 6), f.start):
            continue  # "In Salzburg erwischten die Gastgeber …", "die Gäste aus Wien": the town
        club = first_of[next(iter(clubs[town]))]
        f.actor, f.name, f.type, f.source = club.actor, club.name, club.type or "organisation", "recognised"


def _without_bracketed_repeats(found: list[_Found], text: str) -> list[_Found]:
    """The mentions without an acronym in brackets right after the actor's full name: "die
    Internationale Atomenergiebehörde (IAEA)" names the agency once, as "Kanzler Merz" names Merz
    once (a new user counted 4 mentions of the IAEA in a text that names it three times)."""
    out: list[_Found] = []
    for f in found:
        before = out[-1] if out else None
        if before is not None and before.actor == f.actor and f.kind == "name" and (
                text[before.end : f.start].strip() == "(" and text.startswith(")", f.end)):  # fmt: skip
            continue
        out.append(f)
    return out


def _capitals_word(text: str) -> bool:
    """One word with at least two capitals and no space, as acronyms are written: BfV, IAEA, BAMF, ZDF."""
    return " " not in text and sum(c.isupper() for c in text) >= 2


def _inside_any(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """``position`` lies in one of ``spans`` (sorted, not overlapping: interview labels), found by
    bisection, only the span starting last before it: a long file has thousands of labels
    ("Wirtschaft:" before each report)."""
    k = bisect_right(spans, (position, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]


def _longer_name_wins(n: Name, inside: list[_Found], index: _Index) -> bool:
    """A recognised organisation or place replaces the gazetteer's mentions inside it when it is
    longer and holds only adjectives, compound parts, metonyms or one name of an organisation or
    place: "Deutsche Bundesbank" (no "Deutsche" of Deutschland), "Bayerisches Landesamt für
    Verfassungsschutz" (not the Bundesamt), "Bank of England". Not when it would swallow a person or
    two names ("Treffen in Miami Rubio dämpft …": kicker and headline run together)."""
    if n.label == "PER" or not all(n.start <= f.start and f.end <= n.end and f.end - f.start < n.end - n.start
                                   for f in inside):  # fmt: skip
        return False
    names = [f for f in inside if f.kind == "name"]
    if len({f.actor for f in inside if f.kind in ("name", "compound")}) > 1:
        return False  # "EU-Türkei-Gipfel": the EU and Turkey, no actor "EU-Türkei"
    return len(names) <= 1 and all(index.types.get(f.actor) != "person" for f in names)


def _propagated(new: list[_Found], words: _Words, taken: bytearray, index: _Index) -> list[_Found]:
    """The other places where the article names a recognised actor by the same word, which the
    recogniser missed there: once "Konstantin Reinholt" is a person, every "Reinholt", "Reinholts"
    and "Reinholt-Konzern" is him; a name of an organisation or place only when it is no ordinary
    word (BND, Okafor), so that "die Bahn" of "Deutsche Bahn" is not every "Bahn"."""
    by_word: dict[str, _Found] = {}
    for f in new:
        if f.kind not in ("name", "compound"):
            continue
        typ = f.type or index.types.get(f.actor)
        word = (f.name or "").split()[-1] if typ == "person" and f.name else None
        if typ != "person":
            surface = words.text[f.first] if f.first == f.last else ""
            ordinary = dictionary_lemma(surface) is not None or dictionary_lemma(surface.lower()) is not None
            word = surface if surface and not ordinary else None
        if word and len(word) > 2 and word[:1].isupper():
            by_word.setdefault(word, f)
    out = []
    if not by_word:
        return out
    initials = {w[0] for w in by_word}
    for i, w in enumerate(words.text):
        if w[:1] not in initials or taken[i]:
            continue
        head, _, rest = w.partition("-")
        base = w.rstrip("'’")
        f = by_word.get(base) or (by_word.get(base[:-1]) if base.endswith("s") else None)
        kind = "name"
        if f is None and rest and head in by_word:
            f, kind = by_word[head], "compound"  # Reinholt-Konzern
        if f is None:
            continue
        start = int(words.starts[i])
        end = start + len(head) if kind == "compound" else int(words.ends[i])
        out.append(_Found(start, end, i, i, f.actor, f.name, f.type, kind, "recognised", f.gender))
        taken[i] = 1
    return out


def _own_last_names(found: list[_Found], names: list[Name], index: _Index, text: str) -> list[_Found]:
    """A gazetteer person's last name alone that is the last name of someone the article names in
    full is that someone, unless the article names the gazetteer's person in full too ("Renate
    Lindner … Lindner" is not Christian Lindner)."""
    full = {n.text.split()[-1]: n.start for n in names if n.label == "PER" and len(n.text.split()) > 1}
    if not full:
        return found
    named_in_full = {f.actor for f in found if f.kind == "name" and " " in text[f.start : f.end]}
    keep = []
    for f in found:
        surface = text[f.start : f.end].rstrip("'’")
        last = surface[:-1] if surface.endswith("s") and surface[:-1] in full else surface
        if (f.kind == "name" and index.types.get(f.actor) == "person" and " " not in surface and last in full
                and f.actor not in named_in_full):  # fmt: skip
            continue  # resolved with the recognised names instead
        keep.append(f)
    return keep


#: The columns of a mention as :func:`mention_columns` collects them.
_ROW = ("article", "section", "paragraph", "sentence", "start", "end", "surface", "actor", "kind", "part", "source",
        "name", "type", "gender")  # fmt: skip


def _columns(rows: list[tuple], index: _Index) -> dict[str, list]:
    """The columns of collected rows, in :data:`COLUMNS` order: ``name``, ``type`` and ``gender``
    from the gazetteer where the row does not bring them (a look-up by index, not a merge: a
    per-call cost of milliseconds otherwise)."""
    columns = dict(zip(_ROW, map(list, zip(*rows, strict=True)), strict=True)) if rows else {c: [] for c in _ROW}
    position, values = index.known()
    found = [position.get(a, -1) for a in columns["actor"]]  # -1: not the gazetteer's
    for column in ("name", "type", "gender"):
        known = [values[column][k] if k >= 0 else None for k in found]
        own = columns[column]
        columns[column] = [v if isinstance(v, str) else (k if isinstance(k, str) else None)
                           for v, k in zip(own, known, strict=True)]  # fmt: skip
    return {c: columns[c] for c in COLUMNS}


def _typed(columns: dict[str, list]) -> pd.DataFrame:
    """The mentions table of :func:`mention_columns`, each column typed as declared (ids and
    offsets integers, the rest text): one DataFrame built in column order."""
    return typed_table({c: np.array(columns[c], dtype=np.int64) if c in POSITIONS else string_array(columns[c])
                        for c in COLUMNS})  # fmt: skip


@cache
def _no_mentions() -> pd.DataFrame:
    """No mentions: the typed columns of an empty table, built once (a per-call cost otherwise)."""
    return _typed({c: [] for c in COLUMNS})


# --- analyses ---------------------------------------------------------------------------------


def mention_counts(m: pd.DataFrame, by: str | Sequence[str] = "name") -> pd.DataFrame:
    """Mentions per actor (or any column), one column per ``kind``, with a ``total``; largest first;
    ``.attrs["types"]``: the actor type (person, organisation, media, country, place) of each name.

    >>> from helpers import articles, paths
    >>> c = mention_counts(mentions(articles.load_corpus(paths.SEEDS)))
    >>> c.loc["Ukraine", ["name", "compound", "adjective", "total"]].tolist()
    [7, 2, 3, 12]
    """
    table = m.pivot_table(index=by, columns="kind", values="start", aggfunc="count", fill_value=0, observed=True)
    table = table.reindex(columns=[k for k in KINDS if k in table.columns])
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    table = table.sort_index().sort_values("total", ascending=False, kind="stable")
    if isinstance(by, str) and "type" in m.columns:  # for the figures: people and places apart
        table.attrs["types"] = m.groupby(by, observed=True)["type"].first().astype(str).to_dict()
    return table


def prominence(m: pd.DataFrame, articles: Article | Iterable[Article]) -> pd.DataFrame:
    """Per article and actor: ``mentions``, ``in_title``, ``in_lead``, ``in_first_paragraph``
    (the first body paragraph), and ``first`` (where the first mention stands, 0 = start, 1 = end).
    """
    items = as_articles(articles)
    first_body = {a.id: next((ln.paragraph for ln in a.lines if ln.kind == "body"), -1) for a in items}
    length = {a.id: max(len(a.text), 1) for a in items}
    m = m.assign(
        in_title=m["part"] == "title",
        in_lead=m["part"] == "lead",
        in_first_paragraph=m["paragraph"] == m["article"].map(first_body),
        position=m["start"] / m["article"].map(length),
    )
    out = m.groupby(["article", "actor", "name"], observed=True, sort=False).agg(
        mentions=("start", "size"),
        in_title=("in_title", "any"),
        in_lead=("in_lead", "any"),
        in_first_paragraph=("in_first_paragraph", "any"),
        first=("position", "min"),
    )
    return out.reset_index().sort_values(["article", "mentions", "first"], ascending=[True, False, True])


def prominence_summary(p: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """Per actor name, in how many articles it stands in the ``Titel``, the ``Vorspann``, the
    ``Erster Absatz``, and its ``Erwähnungen``, from :func:`prominence`; the ``top_n`` most
    prominent first (title, then lead, first paragraph, mentions).

    >>> from helpers import articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> prominence_summary(prominence(mentions(corpus), corpus)).loc["Marco Rubio"].tolist()
    [1, 1, 1, 5]
    """
    table = p.groupby("name").agg(
        Titel=("in_title", "sum"),
        Vorspann=("in_lead", "sum"),
        **{"Erster Absatz": ("in_first_paragraph", "sum")},
        Erwähnungen=("mentions", "sum"),
    )
    return table.sort_values(["Titel", "Vorspann", "Erster Absatz", "Erwähnungen"], ascending=False).head(top_n)


def dispersion(m: pd.DataFrame, article: Article, top_n: int = 12) -> pd.DataFrame:
    """The mentions of the ``top_n`` most mentioned actors of one article along its text:
    ``name``, ``kind``, ``start``, ``surface``, ``position`` (percent of the text); the actors'
    order, most mentioned first, is in ``.attrs["order"]``.

    >>> from helpers import articles, paths
    >>> seed = articles.load_corpus(paths.SEEDS)[0]
    >>> dispersion(mentions(seed), seed).attrs["order"][:2]
    ['USA', 'Ukraine']
    """
    part = m[m["article"] == article.id]
    top = part["name"].value_counts().head(top_n).index.tolist()
    length = max(len(article.text.rstrip()), 1)
    table = part[part["name"].isin(top)][["name", "kind", "start", "surface"]].assign(
        position=lambda d: (100 * d["start"] / length).round(1)
    )
    table.attrs["order"] = top
    return table


def mentions_per_article(m: pd.DataFrame, top_n: int = 8, max_articles: int = 30) -> pd.DataFrame:
    """Mentions per article (rows, at most ``max_articles``, most mentions first) of the ``top_n``
    actors of all articles (columns) and of the others (``andere``).

    >>> from helpers import articles, paths
    >>> mentions_per_article(mentions(articles.load_corpus(paths.SEEDS)), top_n=2).columns.tolist()
    ['USA', 'Ukraine', 'andere']
    """
    top = m["name"].value_counts().head(top_n).index
    labelled = m.assign(who=m["name"].where(m["name"].isin(top), "andere"))
    table = pd.crosstab(labelled["article"], labelled["who"])
    table = table.reindex(columns=[*top, *(["andere"] if "andere" in table.columns else [])])
    return table.loc[table.sum(axis=1).sort_values(ascending=False).index].head(max_articles)


def cooccurrence(m: pd.DataFrame, unit: str = "sentence") -> pd.DataFrame:
    """Pairs of actors named in the same ``unit`` (``sentence`` or ``paragraph``): ``a``, ``b``
    (names, in alphabetical order), ``count`` (units with both), largest first.

    >>> from helpers import articles, paths
    >>> e = cooccurrence(mentions(articles.load_corpus(paths.SEEDS)))
    >>> e.head(3).values.tolist()  # counted by hand in the seed's sentences
    [['Miami', 'Ukraine', 5], ['Russland', 'Ukraine', 5], ['USA', 'Ukraine', 5]]
    """
    if unit not in ("sentence", "paragraph"):
        raise ValueError("unit must be 'sentence' or 'paragraph'")
    units = m[["article", unit, "name"]].drop_duplicates()
    pairs = units.merge(units, on=["article", unit])
    pairs = pairs[pairs["name_x"] < pairs["name_y"]]
    out = pairs.groupby(["name_x", "name_y"]).size().rename("count").reset_index()
    out.columns = ["a", "b", "count"]
    return out.sort_values(["count", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)


def actor_by_section(m: pd.DataFrame, articles: Article | Iterable[Article], top_n: int = 12) -> pd.DataFrame:
    """Mentions of the ``top_n`` actors per section (rows: actors, columns: section headings)."""
    labels = section_labels(articles)
    labelled = m.merge(labels, on=["article", "section"], how="left")
    single = labelled["article"].nunique() == 1
    labelled["column"] = labelled["heading"] if single else labelled["section"].map(section_name)
    top = labelled["name"].value_counts().head(top_n).index
    table = pd.crosstab(labelled["name"], labelled["column"]).reindex(index=top)
    order = labels["heading"].tolist() if single else [section_name(s) for s in sorted(labels["section"].unique())]
    return table.reindex(columns=[c for c in dict.fromkeys(order) if c in table.columns], fill_value=0)



def mentions_over_time(
    m: pd.DataFrame, articles: Article | Iterable[Article], freq: str = "auto", top_n: int = 8
) -> pd.DataFrame:
    """Mentions of the ``top_n`` actors per period of ``freq`` (D, W, M; ``"auto"``: by the span
    of the dates, see :func:`helpers.articles.time_resolution`) by the articles' ``published``
    date; one row per period with dated articles, one column per actor. Undated articles are left
    out; ``.attrs`` holds their number (``undated``), the days with articles (``days``) and the
    periods with articles (``periods``) and the ``freq``.
    """
    items = as_articles(articles)
    freq = time_resolution(a.published for a in items) if freq == "auto" else freq[0]
    dates = {a.id: a.published for a in items}
    stamped = m.assign(published=pd.to_datetime(m["article"].map(dates), utc=True))
    undated = sum(a.published is None for a in items)
    stamped = stamped.dropna(subset=["published"])
    top = stamped["name"].value_counts().head(top_n).index
    stamped = stamped[stamped["name"].isin(top)]
    period = stamped["published"].dt.tz_convert("Europe/Berlin").dt.tz_localize(None).dt.to_period(freq)
    table = stamped.groupby([period.rename("period"), "name"]).size().unstack(fill_value=0)
    table = table.reindex(columns=[c for c in top if c in table.columns])
    published = pd.to_datetime(pd.Series([a.published for a in items if a.published is not None], dtype=object),
                               utc=True).dt.tz_convert("Europe/Berlin").dt.tz_localize(None)  # fmt: skip
    table.attrs.update(undated=undated, days=distinct_days(items), freq=freq,
                       periods=sorted(set(published.dt.to_period(freq))) if len(published) else [])  # fmt: skip
    return table


# --- discovery --------------------------------------------------------------------------------


def discover(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
    mentions_: pd.DataFrame | None = None,
    types: Sequence[str] = ("person", "organisation"),
) -> pd.DataFrame:
    """The people and organisations the articles name that the gazetteer lacks: the recognised
    actors of :func:`mentions` (``types``: add ``place``, ``country`` for those), most mentioned first.

    One row per actor: ``actor`` (its id), ``name``, ``type``, ``role`` (the role or description
    before its name: Berater, Unternehmer; may be empty), ``mentions``, ``articles``, ``example``
    (the sentence of its first mention), ``article``, ``start``, ``end`` (of that mention) and
    ``yaml``: an entry to check and paste into your own gazetteer file (see :func:`to_yaml`).
    Pass ``mentions_`` to reuse a mentions table.

    >>> from helpers import articles, paths
    >>> found = discover(articles.load_corpus(paths.SEEDS), gazetteer=gazetteer().query("id != 'kirill-dmitrijew'"))
    >>> found.loc[found.type == "person", ["name", "role"]].values.tolist()
    [['Kirill Dmitrijew', 'Berater']]
    """
    items = as_articles(articles)
    index = _index(gazetteer)
    t = toks if toks is not None else _tokens(items)
    m = mentions_ if mentions_ is not None else mentions(items, gazetteer=gazetteer, toks=t)
    columns = ["actor", "name", "type", "role", "mentions", "articles", "example", "article", "start", "end", "yaml"]
    new = m[(m["source"] == "recognised") & ~m["actor"].isin(list(index.types)) & m["type"].isin(list(types))]
    if new.empty:
        return pd.DataFrame(columns=columns)
    content = t[t["kind"].isin(CONTENT_KINDS)]
    by_article = {str(a): g for a, g in content.groupby("article", observed=True, sort=False)}
    first = new.sort_values(["article", "start"], kind="stable").groupby("actor", sort=False).head(1)
    wanted = set(first["article"].astype(str))
    s = sentences([a for a in items if a.id in wanted], content[content["article"].astype(str).isin(wanted)])
    examples = {(str(r.article), r.sentence): r.text for r in s.itertuples()}
    # One pass over the new mentions in plain Python: pandas selections per actor cost 7 ms each,
    # 40 s for the 5,600 actors of 10kGNAD.
    of_actor: dict[str, _Proposal] = {}
    for actor, article, kind, surface, start, gender in zip(
        *(new[c].tolist() for c in ("actor", "article", "kind", "surface", "start", "gender")), strict=True
    ):
        found = of_actor.setdefault(actor, _Proposal())
        found.add(str(article), kind, surface, int(start), gender)
    words: dict[str, tuple[list[str], dict[int, int]]] = {}  # per article: its words, and where each starts
    rows = []
    for r in first.itertuples(index=False):
        own, article = of_actor[r.actor], str(r.article)
        if article not in words:
            g = by_article[article]
            words[article] = (g["text"].tolist(), {s: k for k, s in enumerate(g["start"].tolist())})
        role = _role_before(*words[article], own.name_starts.get(article, []))
        rows.append({
            "actor": r.actor, "name": r.name, "type": r.type, "role": role, "mentions": own.mentions,
            "articles": len(own.articles), "example": examples.get((article, int(r.sentence)), ""),
            "article": article, "start": int(r.start), "end": int(r.end),
            "yaml": _yaml_entry(r.actor, r.name, r.type, list(own.surfaces), role, own.gender),
        })  # fmt: skip
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)


@dataclass
class _Proposal:
    """What :func:`discover` shows of one recognised actor, gathered from its mentions in order."""

    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    surfaces: dict[str, None] = field(default_factory=dict)  # its names as written, first seen first
    gender: list[str] = field(default_factory=list)  # the first gender any mention gives (at most one)
    name_starts: dict[str, list[int]] = field(default_factory=dict)  # article -> starts of its names there

    def add(self, article: str, kind: str, surface: str, start: int, gender: object) -> None:
        self.mentions += 1
        self.articles.add(article)
        if kind == "name":
            self.surfaces.setdefault(surface, None)
            self.name_starts.setdefault(article, []).append(start)
        if not self.gender and isinstance(gender, str):
            self.gender.append(gender)


def _role_before(words: list[str], where: dict[int, int], starts: Iterable[int]) -> str:
    """The role noun or description right before one of the actor's names in an article (Berater
    Kirill Dmitrijew, der Hamburger Unternehmer Konstantin Reinholt), else empty: ``words`` are the
    article's words, ``where`` the index of the word starting at an offset, ``starts`` the names'."""
    for start in starts:
        k = where.get(start, 0) - 1
        if k >= 0 and words[k][:1].isupper() and is_role_noun(words[k]):
            return words[k]
    return ""


def _yaml_entry(actor: str, name: str, typ: str, surfaces: Sequence[str], role: str, gender: Sequence[str]) -> str:
    """A gazetteer entry for a recognised actor, in the schema of ``helpers/data/actors.yaml``."""
    names = list(dict.fromkeys([name, *surfaces]))
    if typ == "person" and " " in name:
        names.append(name.split()[-1])  # the last name alone, as articles use it
    lines = [f"- id: {actor}", f"  name: {name}", f"  type: {typ}"]
    if gender:
        lines.append(f"  gender: {gender[0]}")
    if role:
        lines += ["  roles:", f"    - {{title: {role}}}"]
    lines.append(f"  names: [{', '.join(dict.fromkeys(names))}]")
    return "\n".join(lines) + "\n"


def to_yaml(discovered: pd.DataFrame) -> str:
    """The ``yaml`` entries of :func:`discover` as one text for a gazetteer file of your own."""
    return "actors:\n" + "".join(discovered["yaml"])

"""One actor per real entity: recognised names of an article resolved to the people, organisations and
places they name.

A news text names a person in full once and then shortens: ``Konstantin Reinholt`` … ``Reinholt`` …
``Reinholts Villa`` … ``der Reinholt-Konzern`` … ``der Unternehmer``. :func:`resolve` takes the
names an entity recogniser found in one article (spans with a label) and the actors the gazetteer
already matched there, and gives every name the actor it refers to:

- a full name is an actor; a last name alone is the person with that last name named nearest before
  it (else after it: a headline names "Reinholts" before the lead gives the full name); a first
  name alone that no one bears as a last name is the one person named in full with it; genitives
  (``Reinholts``, ``Merz'``) and initials (``Thomas K.`` … ``K.``) count as the name;
- the first part of a hyphenated compound (``Reinholt-Konzern``, ``GDL-Chef``) is a mention of the
  name it holds;
- organisations and places by their words' lemmas (``der Deutschen Bahn`` is ``Deutsche Bahn``), an
  acronym in brackets after a name is that name (``Bundesamt für Wirtschaft und Ausfuhrkontrolle
  (BAFA)`` … ``BAFA``), and the last word of a longer name alone is that name (``Deutsche Bahn`` …
  ``die Bahn``);
- a name the gazetteer matched keeps the gazetteer's actor; a last name alone of a gazetteer person
  named in the article is that person.

Ids are stable across articles: the normalised full name (``konstantin-reinholt``), so the same full
name in two articles of a corpus is the same actor.

>>> names = [Name(0, 19, "Konstantin Reinholt", "PER"), Name(34, 43, "Reinholts", "PER"),
...          Name(55, 63, "Reinholt", "PER", part=True)]
>>> text = "Konstantin Reinholt, Unternehmer. Reinholts Villa. Der Reinholt-Konzern."
>>> [(r.actor, r.kind) for r in resolve(names, [], text, lemma=str)]
[('konstantin-reinholt', 'name'), ('konstantin-reinholt', 'name'), ('konstantin-reinholt', 'compound')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product

from helpers.entities import NAME_PARTICLES
from helpers.entities.features import gazetteer_tags, read_sections
from helpers.entities.rules import english_word, institution_nouns, listed_names
from helpers.german import (
    ADJECTIVE_ENDINGS,
    DEFINITE,
    dictionary_lemma,
    follows_office,
    is_inflected_adjective,
    is_role_noun,
    looks_genitive,
    nationality_nouns,
    noun_lemma,
)

#: Actor types of the recogniser's labels.
LABEL_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue",
                          "Ł": "l", "ł": "l", "Æ": "ae", "æ": "ae", "Ø": "o", "ø": "o", "Đ": "d", "đ": "d",
                          "ı": "i", "Ð": "d", "ð": "d", "Þ": "th", "þ": "th"})  # fmt: skip
# (letters that no accent stripping turns into ASCII: Davíð Gunnlaugsson is david-gunnlaugsson, not davi-…)


def actor_id(name: str) -> str:
    """The stable id of an actor from its full name: lower case, umlauts spelled out, other accents
    dropped (Pérez, Rasmussen, Łukasz), hyphens.

    >>> actor_id("Bundesamt für Wirtschaft und Ausfuhrkontrolle"), actor_id("Jürgen Weiß"), actor_id("Pérez")
    ('bundesamt-fuer-wirtschaft-und-ausfuhrkontrolle', 'juergen-weiss', 'perez')
    >>> actor_id("Sigmundur Davíð Gunnlaugsson")
    'sigmundur-david-gunnlaugsson'
    """
    plain = unicodedata.normalize("NFKD", name.translate(_UMLAUTS)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


@dataclass(frozen=True)
class Name:
    """A name the recogniser found: character offsets into the article, its text and label; ``part``:
    the first part of a hyphenated compound (``Reinholt`` in ``Reinholt-Konzern``)."""

    start: int
    end: int
    text: str
    label: str
    part: bool = False


@dataclass(frozen=True)
class Anchor:
    """An actor the gazetteer matched in the article: where, its words as written, id and type."""

    start: int
    words: tuple[str, ...]
    actor: str
    type: str


@dataclass
class Resolved:
    """A recognised name with the actor it refers to."""

    name: Name
    actor: str
    display: str  # the actor's fullest name in the article
    type: str
    kind: str  # name, compound
    gazetteer: bool = False  # the actor is the gazetteer's


@dataclass
class _Entity:
    """The names of one organisation or place in an article."""

    label: str
    keys: set[tuple[str, ...]] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    surfaces: list[str] = field(default_factory=list)
    plain: int = 0  # how many of the surfaces are no acronym
    into: _Entity | None = None  # the entity this one was merged into

    def root(self) -> _Entity:
        """The entity this one now is part of (itself unless merged): merging repoints nothing, so
        that a long file with thousands of merges stays linear."""
        entity = self
        while entity.into is not None:
            entity = entity.into
        return entity


def _words(text: str) -> list[str]:
    return text.split()


#: A party's or an institute's acronym joined to a noun before a last name: a description, no first
#: name ("ÖVP-Mephisto Lopatka", "IHS-Mann Hofer" in 10kGNAD).
_DESCRIPTION = re.compile(r"[A-ZÄÖÜ]{2,}[a-z]?-[A-ZÄÖÜ][a-zäöüß]+")


def _person_words(text: str, known: set[str], full: set[tuple[str, ...]]) -> list[str]:
    """The words of a person's name without a genitive ending: "Fidel Castros" is "Fidel Castro" when
    the article names "Fidel Castro" too (or "Castro" alone); and without a description before it
    ("ÖVP-Mephisto Lopatka" is Lopatka, the Reinhold Lopatka named before)."""
    words = _words(text)
    if len(words) > 1 and _DESCRIPTION.fullmatch(words[0]):
        words = words[1:]
    last = words[-1]
    if len(words) > 1 and last.endswith("s") and (*words[:-1], last[:-1]) in full:
        return [*words[:-1], last[:-1]]
    return [*words[:-1], _strip_genitive(last, known)]


def _strip_genitive(word: str, known: set[str]) -> str:
    """``Reinholts`` -> ``Reinholt`` when the article uses ``Reinholt``; ``Merz'`` -> ``Merz``."""
    if word.endswith(("'", "’")) and len(word) > 2:
        return word[:-1]
    if looks_genitive(word) and word[:-1] in known:
        return word[:-1]
    return word


def resolve(
    names: Sequence[Name], anchors: Sequence[Anchor], text: str, lemma: Callable[[str], str]
) -> list[Resolved]:
    """The actor of each of ``names`` of one article (its ``text``), in their order; ``anchors`` are the
    gazetteer's actors in the article, ``lemma`` a lemmatiser for words of organisation and place names."""
    names = _one_label_per_name(_one_label_per_last_name(sorted(names, key=lambda n: n.start)))
    known = {w for n in names for w in _words(n.text)} | {w for a in anchors for w in a.words}
    # a last name in the genitive whose base form the article writes alone, though not as a name the
    # model found: "eine Auslieferung Heinz-Christian Straches … von Strache eine Rücknahme"
    genitives = {w for n in names if n.label == "PER" for w in _words(n.text)[-1:]
                 if looks_genitive(w) and w[:-1] not in known}  # fmt: skip
    if genitives:  # the text's words once (a search of the whole text per name is quadratic in a long one)
        written = set(re.findall(r"\w+", text))
        known |= {w[:-1] for w in genitives if w[:-1] in written and noun_lemma(w) is None and not english_word(w[:-1])}
    persons = _persons(names, anchors, known)
    places = _organisations_and_places(names, text, lemma)
    out = []
    displays: dict[int, str] = {}  # per entity: "Österreich" said 10,000 times in one long file is shown once
    for n in names:
        kind = "compound" if n.part else "name"
        if n.label == "PER":
            actor, display, typ, gazetteer = persons[n]
            out.append(Resolved(n, actor, display, typ, kind, gazetteer))
        elif n.label in LABEL_TYPES:
            entity = places[n]
            if id(entity) not in displays:
                displays[id(entity)] = _display(entity.surfaces, lemma, n.label)
            display = displays[id(entity)]
            out.append(Resolved(n, actor_id(display), display, LABEL_TYPES[n.label], kind))
    return out


def _one_label_per_last_name(names: list[Name]) -> list[Name]:
    """A one-word name that is the last name of a person named in full is that person, whatever
    label the recogniser gave it there ("Reinholts Russland-Geschäfte" taken for a company); so is
    the genitive of that last name before ordinary nouns ("Hallbauers Partei" taken for a party).

    >>> names = [Name(0, 15, "Stefan Hallbauer", "PER"), Name(30, 47, "Hallbauers Partei", "ORG")]
    >>> [(n.text, n.label) for n in _one_label_per_last_name(names)]
    [('Stefan Hallbauer', 'PER'), ('Hallbauers', 'PER')]
    """
    lasts = {_words(n.text)[-1] for n in names if n.label == "PER" and len(_words(n.text)) > 1 and not n.part}
    out = []
    for n in names:
        word = n.text.rstrip("'’")
        last_name = word in lasts or (word.endswith("s") and word[:-1] in lasts)
        relabel = n.label != "PER" and " " not in word and last_name
        first, _, rest = n.text.partition(" ")
        if n.label != "PER" and rest and first.endswith("s") and first[:-1] in lasts and all(
                w[1:].islower() and dictionary_lemma(w) is not None for w in rest.split()):  # fmt: skip
            # "Hallbauers Partei": the person's genitive and an ordinary noun, no organisation's name
            out.append(Name(n.start, n.start + len(first), first, "PER", n.part))
            continue
        out.append(Name(n.start, n.end, n.text, "PER", n.part) if relabel else n)
    return out


def _one_label_per_name(names: list[Name]) -> list[Name]:
    """A name the recogniser took for a person in one place and for an organisation or a place in
    another is one of them throughout the article: the label it has most often, a full name's last
    name alone counting for the person ("Wie Eurostat am Mittwoch mitteilte" PER, "Nach Schätzung von
    Eurostat" LOC: one actor; "Ednan Aslan" once LOC, once PER, and "Aslan" PER: the person). At a
    tie a one-word name is not the person ("Tulln ist kleiner" PER, "den Bezirk Tulln" LOC: the
    town); a longer one stays as found (Rio de Janeiro, Claire Underwood: a first name tells
    nothing). Organisations and places named alike stay apart (the club Ingolstadt and the town).

    >>> names = [Name(0, 5, "Tulln", "PER"), Name(20, 25, "Tulln", "LOC"), Name(40, 45, "Azaz", "LOC")]
    >>> [n.label for n in _one_label_per_name(names)]
    ['LOC', 'LOC', 'LOC']
    """
    labels: dict[str, Counter] = {}
    for n in names:
        if not n.part:
            labels.setdefault(n.text, Counter())[n.label] += 1
    chosen = {}
    for text, counts in labels.items():
        if "PER" not in counts or len(counts) < 2:
            continue
        others = [(k, label) for label, k in counts.items() if label != "PER"]
        label = max(others, key=lambda other: other[0])[1]  # of ORG and LOC the more frequent (at a tie the first)
        words = text.split()
        alone = labels.get(words[-1], Counter())["PER"] if len(words) > 1 else 0  # "Aslan" after "Ednan Aslan"
        person = counts["PER"] + alone - sum(k for k, _ in others)
        if person > 0:
            chosen[text] = "PER"
        elif person < 0 or len(words) == 1:
            chosen[text] = label
    if not chosen:
        return names
    return [Name(n.start, n.end, n.text, chosen[n.text], n.part) if n.text in chosen and not n.part else n
            for n in names]  # fmt: skip


def _full_name(words: list[str]) -> bool:
    """Words that name a person in full: more than a last name with its particles (``NAME_PARTICLES``
    of the recogniser: "De Maizière", "von der Leyen" are last names alone)."""
    return len(words) > 1 and not all(w.lower() in NAME_PARTICLES for w in words[:-1])


def _persons(names: Sequence[Name], anchors: Sequence[Anchor], known: set[str]) -> dict[Name, tuple]:
    """(actor, display name, type, from the gazetteer) of every person's name: full names are
    actors; a last name alone the person named with it nearest before (else after)."""
    # last names are keyed without accents and case: "Nikolic" is the "Tomislav Nikolić" named before
    by_last: dict[str, list[tuple[int, tuple]]] = {}  # last name's key -> (position, actor)
    for a in anchors:
        if a.type == "person" and len(a.words) > 1:
            by_last.setdefault(actor_id(a.words[-1]), []).append((a.start, (a.actor, " ".join(a.words), a.type, True)))
    full = {tuple(_words(n.text)) for n in names if n.label == "PER" and len(_words(n.text)) > 1}
    words_of = {n: _person_words(n.text, known, full) for n in names if n.label == "PER"}
    for n, words in words_of.items():
        if _full_name(words) and not n.part:
            display = " ".join(words)
            by_last.setdefault(actor_id(words[-1]), []).append((n.start, (actor_id(display), display, "person", False)))
    for candidates in by_last.values():
        candidates.sort(key=lambda c: c[0])
    by_first: dict[str, set[tuple]] = {}  # first name -> the persons named in full with it
    for candidates in by_last.values():
        for _, actor in candidates:
            if " " in actor[1]:
                by_first.setdefault(actor[1].split()[0], set()).add(actor)
    out = {}
    for n, words in words_of.items():
        display = " ".join(words)
        if _full_name(words) and not n.part:
            out[n] = (actor_id(display), display, "person", False)
        else:
            found = _nearest(by_last.get(actor_id(words[-1]), []), n.start)
            same_first = by_first.get(words[-1], set())
            if found is None and len(same_first) == 1:
                found = next(iter(same_first))  # "Steve" after "Steve Fossett": the one Steve named in full
            out[n] = found if found is not None else (actor_id(display), display, "person", False)
    return out


#: Words that tie an institution's head noun to the rest of its name: "Bundesamt für Güterverkehr",
#: "Verband der Chemischen Industrie"; the head alone ("das Bundesamt") then names it.
_HEAD_LINKS = frozenset(("für", "der", "des", "von", "zur", "zum", "über", "gegen"))


class _Index:
    """The organisations and places of an article as they are found, looked up by their keys,
    acronyms, initials and last words (not by a scan of all of them for every name)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, tuple[str, ...]], _Entity] = {}
        self.by_acronym: dict[tuple[str, str], _Entity] = {}
        self.by_initials: dict[tuple[str, str], _Entity] = {}
        self.by_last_word: dict[tuple[str, str], _Entity] = {}
        self.by_head: dict[tuple[str, str], _Entity | None] = {}  # None: two entities share the head
        self.acronyms_only: dict[tuple[str, str], _Entity] = {}

    def find(self, n: Name, key: tuple[str, ...]) -> _Entity | None:
        label = n.label
        entity = self.by_key.get((label, key)) or self.by_acronym.get((label, n.text))
        if entity is None and _is_acronym(n.text):
            entity = self.by_initials.get((label, n.text))
        if entity is None and len(key) == 1 and not n.part:
            entity = self.by_last_word.get((label, key[0]))  # "die Bahn" after "Deutsche Bahn"
        if entity is None and len(key) == 1 and not n.part:
            entity = self.by_head.get((label, key[0]))  # "das Bundesamt" after "Bundesamt für Güterverkehr"
        return entity.root() if entity is not None else None

    def add(self, entity: _Entity, n: Name, key: tuple[str, ...]) -> None:
        label = n.label
        entity.keys.add(key)
        entity.surfaces.append(n.text)
        entity.plain += not _is_acronym(n.text)
        self.by_key.setdefault((label, key), entity)
        if len(key) > 1:
            self.by_last_word.setdefault((label, key[-1]), entity)
        if len(key) > 2 and key[1] in _HEAD_LINKS and label == "ORG":
            other = self.by_head.get((label, key[0]), entity)
            self.by_head[(label, key[0])] = entity if other is not None and other.root() is entity.root() else None
        for initials in _initials(n.text):
            self.by_initials.setdefault((label, initials), entity)
        if _is_acronym(n.text) and not entity.plain:
            self.acronyms_only[(label, n.text)] = entity
        elif _is_acronym(n.text):
            self.acronyms_only.pop((label, n.text), None)


def _organisations_and_places(names: Sequence[Name], text: str, lemma: Callable[[str], str]) -> dict[Name, _Entity]:
    """The entity of every organisation's and place's name: the same lemmas (der Deutschen Bahn =
    Deutsche Bahn), an acronym in brackets after it or of its initials (BAFA, DB), or its last word
    alone (die Bahn)."""
    index = _Index()
    out: dict[Name, _Entity] = {}
    compounds: dict[tuple[str, str, bool], list[tuple[str, _Entity]]] = {}
    previous: Name | None = None
    for n in names:
        if n.label not in ("ORG", "LOC"):
            continue
        key = _name_key(n.text, lemma)
        entity = index.find(n, key) or _Entity(n.label)
        index.add(entity, n, key)
        out[n] = entity
        for initials in _initials(n.text):  # "IFES-Umfrage … Institut für empirische Sozialforschung"
            other = index.acronyms_only.get((n.label, initials))
            if other is not None and other.root() is not entity:
                _merge(entity, other.root())
        if len(entity.surfaces) == 1:  # a name met the first time: its compound and acronym, once
            entity = _joined_by_compound(n, entity, compounds)
            last = _words(n.text)[-1] if len(key) > 1 and not n.part else ""
            body = _base_noun(last) in institution_nouns() or _base_noun(last) in _BODIES
            lone = index.by_key.get((n.label, key[-1:])) if body else None
            if lone is not None and lone.root() is not entity and all(len(k) == 1 for k in lone.root().keys):
                _merge(entity, lone.root())  # the headline's "Landtag" before the lead's "Niedersächsischer Landtag"
        bracketed = previous is not None and previous.label == n.label and text[previous.end : n.start] in (" (", "(")
        if bracketed and (_is_acronym(n.text) or _short_form(previous.text, n.text)):
            # "Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA)": the acronym names the entity before it
            entity.acronyms.add(n.text)
            index.by_acronym[(n.label, n.text)] = entity
            if out[previous].root() is not entity:  # the acronym came first (in the headline): one entity
                _merge(out[previous].root(), entity)
        previous = n
    return {n: entity.root() for n, entity in out.items()}


#: Bodies of a state, a town or a county that a headline names alone before the text gives their full
#: name ("Landtag in Hannover" … "Im Niedersächsischen Landtag"), beside :func:`institution_nouns`.
_BODIES = frozenset(("Landtag", "Landesregierung", "Bürgerschaft", "Abgeordnetenhaus", "Stadtrat", "Gemeinderat",
                     "Kreistag", "Regierung", "Staatsregierung", "Senat"))  # fmt: skip


def _joined_by_compound(n: Name, entity: _Entity, compounds: dict) -> _Entity:
    """A one-word compound and an acronym of its parts are one entity: "Landeskriminalamt … das LKA",
    "der BGH … der Bundesgerichtshof" (:func:`compound_acronym`). ``compounds`` holds the ones met
    so far by label, first letter and kind (acronym or not): each pair is asked once."""
    acronym = _is_acronym(n.text)
    if " " in n.text or "-" in n.text or not (acronym or len(n.text) >= 8):
        return entity
    letter = n.text[0].upper()
    for word, other in compounds.get((n.label, letter, not acronym), []):
        found = other.root()
        if found is entity or not compound_acronym(*((word, n.text) if acronym else (n.text, word))):
            continue
        if acronym:  # the compound met before names the entity: "Landeskriminalamt … das LKA"
            _merge(found, entity)
            entity = found
        else:
            _merge(entity, found)
        break
    compounds.setdefault((n.label, letter, acronym), []).append((n.text, entity))
    return entity


def _merge(target: _Entity, other: _Entity) -> None:
    """Fold ``other`` into ``target`` (both roots): the names of ``other`` now name ``target``."""
    target.keys |= other.keys
    target.acronyms |= other.acronyms
    target.surfaces += other.surfaces
    target.plain += other.plain
    other.into = target


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


def _short_form(name: str, short: str) -> bool:
    """``short`` is a short form of ``name`` other than an acronym in capitals: its initials in mixed
    case ("Kreditanstalt für Wiederaufbau (KfW)") or a compound's acronym before the name's other words
    ("Industriegewerkschaft Metall (IG Metall)").

    >>> _short_form("Kreditanstalt für Wiederaufbau", "KfW"), _short_form("Industriegewerkschaft Metall", "IG Metall")
    (True, True)
    >>> _short_form("Deutsche Bahn", "Bahn")
    False
    """
    words, theirs = short.split(), _words(name)
    if len(words) == 1:
        w = words[0]
        return 2 <= len(w) <= 6 and w.isalpha() and w[0].isupper() and sum(c.isupper() for c in w) >= 2 and (
            w.upper() in _initials(name))
    rest = len(words) - 1
    return (len(theirs) == len(words) and _is_acronym(words[0]) and theirs[-rest:] == words[1:]
            and compound_acronym(theirs[0], words[0]))  # fmt: skip


def _dictionary_noun(piece: str) -> bool:
    return len(piece) >= 3 and dictionary_lemma(piece.capitalize()) is not None


def _linked_noun(piece: str) -> bool:
    """A noun of a compound, maybe with its linking letters: Landes, Gerichts, Nachrichten."""
    return _dictionary_noun(piece) or any(piece.endswith(s) and _dictionary_noun(piece[: -len(s)]) for s in _LINKS)


_LINKS = ("s", "es", "n", "en")


@lru_cache(maxsize=1 << 12)
def compound_acronym(word: str, acronym: str) -> bool:
    """``acronym`` is made of the first letters of the nouns ``word`` is compounded of, each a word
    of the dictionary: LKA (Landes|kriminal|amt), BGH (Bundes|gerichts|hof), BND (Bundes|nachrichten|dienst).

    >>> compound_acronym("Landeskriminalamt", "LKA"), compound_acronym("Bundesgerichtshof", "BGH")
    (True, True)
    >>> compound_acronym("Bundesnachrichtendienst", "BND"), compound_acronym("Landeskriminalamt", "LAK")
    (True, False)
    """
    low, letters = word.lower(), acronym.lower()
    if len(letters) < 2 or not low.startswith(letters[0]):
        return False

    def from_part(i: int, k: int) -> bool:  # a part starts at i with letter k of the acronym
        if k == len(letters) - 1:
            return _dictionary_noun(low[i:])
        return any(
            low[p] == letters[k + 1] and _linked_noun(low[i:p]) and from_part(p, k + 1)
            for p in range(i + 3, len(low) - 2)
        )

    return from_part(0, 0)


def _initials(name: str) -> tuple[str, str]:
    """Initials of a name's capitalised words and hyphenated parts, and of all its words:
    "Alfred-Wegener-Institut" -> AWI, "Institut für empirische Sozialforschung" -> IS and IFES."""
    parts = [part for word in _words(name) for part in word.split("-") if part]
    return "".join(p[0] for p in parts if p[0].isupper()), "".join(p[0] for p in parts).upper()


def _display(surfaces: list[str], lemma: Callable[[str], str], label: str = "ORG") -> str:
    """The name to show for an entity: of its longest forms the one in the nominative, as far as the
    words tell ("Deutsche Bahn" before "Deutschen Bahn", "Bundesnachrichtendienst" before
    "Bundesnachrichtendienstes", "Helmholtz Zentrum München" before "Helmholtz Zentrums München"), else
    the most frequent, else the first; put in the nominative
    (:func:`nominative`: "des Obersten Gerichtshofs" is "Oberster Gerichtshof")."""
    size = max(len(_words(s)) + s.count("-") for s in surfaces)
    longest = [s for s in surfaces if len(_words(s)) + s.count("-") == size and not _is_acronym(s)] or surfaces

    counts = Counter(longest)  # counted once: a name said a thousand times in one long article
    first_at: dict[str, int] = {}
    for k, s in enumerate(surfaces):
        first_at.setdefault(s, k)

    def score(surface: str) -> tuple:
        words = _words(surface)
        noun = words[-1]
        base_noun = lemma(noun) == noun
        adjective_e = len(words) > 1 and words[0].endswith(("e", "es")) and words[0][:1].isupper()
        genitives = sum(_base_noun(w) != w for w in words[:-1] if w[:1].isupper())  # "Helmholtz Zentrums München"
        return (base_noun, -genitives, adjective_e, counts[surface], -first_at[surface])

    best = nominative(max(counts, key=score), label)
    words = _words(best)
    first = words[0]
    if len(words) > 1 and first[:1].isupper() and first.endswith("en") and lemma(first)[:1].islower():
        return " ".join([first[:-1], *words[1:]])  # "Internationalen Raumstation": "Internationale Raumstation"
    return best


# --- names in the nominative ---------------------------------------------------------------------------

#: The ending of an adjective before a noun without an article, by the noun's gender: Oberster
#: Gerichtshof, Deutsche Bank, Bayerisches Landesamt.
_STRONG_ENDING = {"m": "er", "f": "e", "n": "es"}
#: Endings of an inflected adjective, longest first.
_INFLECTIONS = tuple(sorted(ADJECTIVE_ENDINGS[1:], key=len, reverse=True))
#: Endings of adjective stems the dictionary may not list (kunsthistorisch, freiheitlich).
_ADJECTIVE_STEMS = ("isch", "lich", "ig", "al", "iv", "ell", "är", "bar", "sam", "haft")


@cache
def _noun_endings() -> tuple[tuple[str, str], ...]:
    """(ending, gender) of ``helpers/data/noun_genders_de.txt``, longest ending first."""
    sections = read_sections("noun_genders_de.txt")
    pairs = [(ending.lower(), gender) for gender in _STRONG_ENDING for ending in sections.get(gender, [])]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1 << 14)
def noun_gender(noun: str) -> str | None:
    """The gender (m, f, n) of a head noun of an organisation's name by its ending, or None.

    >>> noun_gender("Gerichtshof"), noun_gender("Bundesbank"), noun_gender("Landesamt"), noun_gender("Raumstation")
    ('m', 'f', 'n', 'f')
    >>> noun_gender("Raumschiff") is None  # no ending of the list
    True
    """
    low = noun.lower()
    return next((gender for ending, gender in _noun_endings() if low.endswith(ending)), None)


def _adjective_stem(word: str) -> str | None:
    """The stem of a capitalised inflected adjective, as written: Obersten -> Oberst, Bayerische ->
    Bayerisch; None for a noun (Gerichtshof, Wiener)."""
    low = word.lower()
    for ending in _INFLECTIONS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        lemma = dictionary_lemma(low)
        if lemma is not None and is_inflected_adjective(low, lemma):
            return word[: len(stem)]
        # by its stem only where no noun ends so: Aufsteiger, Leipziger (invariant) are no adjectives
        return word[: len(stem)] if ending != "er" and stem.endswith(_ADJECTIVE_STEMS) else None
    return None


def _place_adjective(word: str) -> bool:
    """An adjective of a place, the same in every case: Leipziger, Wiener, Frankfurter. (Stricter than
    the recogniser's ``features.derivation``, which also reads "Senders" as the town Senden's: a head
    noun of an organisation must not be taken for an adjective here.)"""
    return word.endswith("er") and word[:-2] in gazetteer_tags()


def _base_noun(word: str) -> str:
    """A noun in the genitive in its base form, by the dictionary: Innenministeriums -> Innenministerium,
    Fußball-Bundes -> Fußball-Bund, Bündnisses -> Bündnis (a name it does not know stays: Krems, Wels)."""
    head, sep, part = word.rpartition("-")
    if not looks_genitive(part):
        return word
    base = noun_lemma(part)
    if base is not None and part in (base + "s", base + "es", base + "ses"):
        return head + sep + base
    return word


def _place_base(word: str) -> str:
    """A place named in the genitive, in its base form, where the place names know it: Sachsen-Anhalts
    -> Sachsen-Anhalt, Burgenlands -> Burgenland (not Krems or Wels, places of their own)."""
    places = gazetteer_tags()
    if not looks_genitive(word) or word in places:
        return word
    return next((word[:-k] for k in (1, 2) if word[:-k] in places and word[-k:] in ("s", "es")), word)


@cache
def _listed_single_names() -> frozenset[str]:
    """The one-word names of ``organisations_de.txt`` (Rapid, Ebay, SPÖ)."""
    return frozenset(n for n in listed_names() if " " not in n)


@lru_cache(maxsize=1 << 14)
def nominative(name: str, label: str) -> str:
    """An organisation's or place's name in the nominative, so that one entity has one name in every
    article: the head noun out of the genitive and the adjectives before it in their strong form by the
    noun's gender (:func:`noun_gender`); a place in the genitive in its base form.

    >>> nominative("Obersten Gerichtshofs", "ORG"), nominative("Bayerische Landesamt für Verfassungsschutz", "ORG")
    ('Oberster Gerichtshof', 'Bayerisches Landesamt für Verfassungsschutz')
    >>> nominative("Deutschen Bank", "ORG"), nominative("Sachsen-Anhalts", "LOC"), nominative("Rapids", "ORG")
    ('Deutsche Bank', 'Sachsen-Anhalt', 'Rapid')
    """
    words = _words(name)
    if label == "LOC" and len(words) == 1:
        return _place_base(name)
    if label == "ORG" and len(words) == 1 and name.endswith("s") and name[:-1] in _listed_single_names():
        return name[:-1]  # a listed organisation in the genitive: "Rapids" is Rapid
    h = next((i for i, w in enumerate(words) if w[:1].isupper() and _adjective_stem(w) is None
              and not _place_adjective(w)), None)  # fmt: skip
    if h is None:
        return name
    head = _base_noun(words[h])
    gender = noun_gender(head)
    if head != words[h] and gender is None and h + 1 < len(words) and words[h + 1][:1].isupper():
        head = words[h]  # a genitive before a noun is no head in the genitive: "Googles Autos", "Schwedens Superstar"
    before = words[:h]
    if gender is not None:
        stems = [_adjective_stem(w) if w[:1].isupper() else None for w in before]
        before = [w if stem is None else stem + _STRONG_ENDING[gender] for w, stem in zip(before, stems, strict=True)]
    return " ".join([*before, head, *words[h + 1 :]])


def _nearest(candidates: list[tuple[int, tuple]], position: int) -> tuple | None:
    """The candidate named last before ``position``, else the first after it (``candidates`` sorted
    by position)."""
    if not candidates:
        return None
    k = bisect_right(candidates, position, key=lambda c: c[0])
    return candidates[k - 1][1] if k else candidates[0][1]


def _name_key(text: str, lemma: Callable[[str], str]) -> tuple[str, ...]:
    """Words of an organisation or place name as lower-case lemmas: "Deutschen Bahn" = "Deutsche Bahn"."""
    return tuple(lemma(w).lower() for w in _words(text.rstrip("'’")))


# --- role nouns that refer back ---------------------------------------------------------------------

_AGE = re.compile(r"\d+-[Jj]ährige[nrs]?")


@dataclass(frozen=True)
class Person:
    """A person's mention in an article, as token positions: ``first``..``last``, its actor, its
    fullest name and gender (f, m or None)."""

    first: int
    last: int
    actor: str
    display: str
    gender: str | None = None


@lru_cache(maxsize=1 << 14)
def person_noun(word: str) -> bool:
    """A noun that describes a person: a role noun (Ministerin, Historiker, CDU-Politiker), an age
    (61-Jährige) or a people's member (der Slowake)."""
    return is_role_noun(word) or _AGE.fullmatch(word) is not None or (
        word in nationality_nouns() and not word.endswith("en")) or (  # not "der Briten", "der Deutschen": many
        word[:1].isupper() and word.endswith(_PROFESSION_ENDINGS) and word not in _NOT_PROFESSIONS)


#: Endings of nouns for scientists that ``roles_de.txt`` may lack: die Epidemiologin, der Virologe, dem
#: Meteorologen, der Statistiker, die Biochemikerin (not every "-iker": der Kritiker, der Skeptiker
#: are views, often many).
_PROFESSION_ENDINGS = (
    "ologe", "ologin", "ologen", "demokrat", "demokratin",  # der Christdemokrat, die Sozialdemokratin
    *(f"{stem}{ending}" for stem in ("statistik", "mathematik", "physik", "chemik", "informatik", "technik",
                                     "mechanik", "ethik") for ending in ("er", "erin")),
)  # fmt: skip
#: Nouns with those endings that name no person: "der Dialoge", "der Kataloge".
_NOT_PROFESSIONS = frozenset(("Dialoge", "Kataloge", "Monologe", "Prologe", "Epiloge"))
#: Titles between a person's nouns and name: "Studienleiterin Professorin Dr. Henrike Albers-Nwosu".
_TITLES = frozenset(("Dr.", "Prof.", "Dr", "Prof", "med.", "rer.", "nat.", "phil."))


def _noun_gender(article: str, noun: str) -> str | None:
    """f, m, or None for a plural: "die Ministerin" f, "der Unternehmer" m, "die Forscher" plural."""
    if noun.endswith("innen") or (article == "den" and noun.endswith(("en", "ern"))) or article == "das":
        return None  # plural: die Forscherinnen, den Ingenieuren; "das" is no person's article
    if noun.endswith("in"):
        return "f"  # Ministerin, Ökonomin, Ärztin, Chefin
    if _AGE.fullmatch(noun):
        return "f" if article == "die" else "m" if article in ("der", "des", "dem") else None
    return None if article == "die" else "m"


def _modifier(word: str) -> bool:
    """An adjective between an article and its noun: frühere, ehemalige, 38-jährige (not "jedenfalls" of
    "Das behaupten jedenfalls Biologen", nor "von")."""
    adjective = word.islower() and word.isalpha() and word.endswith(ADJECTIVE_ENDINGS[1:])
    return adjective or (_AGE.fullmatch(word) is not None and "-j" in word)  # not the noun: "die 24-Jährige"


def appositions(words: Sequence[str], persons: Sequence[Person]) -> dict[str, set[str]]:
    """The person nouns right before each person's name, also set off by a comma: "Der Unternehmer
    Konstantin Reinholt" gives reinholt {Unternehmer}; "die Ökonomin Maren Hollstein" hollstein
    {Ökonomin}; "Die Leiterin, Halyna Bondar, …" bondar {Leiterin}; "Studienleiterin Professorin Dr.
    Henrike Albers-Nwosu" albers-nwosu {Studienleiterin, Professorin}."""
    out: dict[str, set[str]] = {}
    for p in persons:
        comma = p.first >= 1 and words[p.first - 1] == "," and p.last + 1 < len(words) and words[p.last + 1] == ","
        k = p.first - 2 if comma else p.first - 1
        lowest = k - 2
        while k >= 0 and k >= lowest:
            if words[k] in _TITLES:
                lowest -= 1  # "Professorin Dr. Henrike Albers-Nwosu"
            elif words[k][:1].isupper() and person_noun(words[k]):
                out.setdefault(p.actor, set()).add(words[k])
                lowest = k - 1  # a noun right before it too: "Studienleiterin Professorin Dr. …"
            elif not words[k][:1].islower():
                break
            k -= 1
    return out


def genders(
    words: Sequence[str], persons: Sequence[Person], described: dict[str, set[str]] | None = None
) -> dict[str, str]:
    """The gender of persons as their appositions tell it ("die Ökonomin Maren Hollstein": f), where
    ``persons`` do not give it already (``described``: their :func:`appositions`, when known)."""
    out = {p.actor: p.gender for p in persons if p.gender}
    for actor, nouns in (appositions(words, persons) if described is None else described).items():
        if actor not in out:
            told = {g for noun in nouns if (g := _noun_gender("der", noun))}
            if len(told) == 1:
                out[actor] = told.pop()
    return out


#: The definite articles in every way of writing them (der, Der, DER, dEr): one set look-up per word
#: instead of lowering each word of an article.
_DEFINITE_WRITTEN = frozenset("".join(letters) for word in DEFINITE
                              for letters in product(*((c, c.upper()) for c in word)))  # fmt: skip


#: The last parts of nouns for offices, which one person holds one of at a time.
_OFFICES = ("minister", "präsident", "kanzler", "bürgermeister", "landrat", "senator", "gouverneur", "botschafter",
            "staatssekretär", "landeshauptmann")  # fmt: skip


def _office(noun: str) -> str | None:
    """The office a noun names, in lower case and without a feminine ending: Wirtschaftsministerin ->
    wirtschaftsminister, Ministerpräsident -> ministerpräsident; None for no office (Ökonomin)."""
    low = noun.lower().removesuffix("in") if noun.endswith("in") else noun.lower()
    return low if low.endswith(_OFFICES) else None


def _other_office(noun: str, described: Iterable[str]) -> bool:
    """A person an apposition gave an office is not meant by another office: "Wirtschaftsminister
    Heidemüller … der Ministerpräsident" (but "… der Minister" is him).

    >>> _other_office("Ministerpräsident", {"Wirtschaftsminister"}), _other_office("Minister", {"Wirtschaftsminister"})
    (True, False)
    """
    office = _office(noun)
    if office is None:
        return False
    theirs = [o for o in map(_office, described) if o is not None]
    return bool(theirs) and not any(o.endswith(office) for o in theirs)


def _may_be(noun: str, described: Iterable[str]) -> bool:
    """Nothing an apposition said of a person contradicts ``noun``: no apposition, or one that ends in
    the other ("Wirtschaftsminister" and "Minister", "Anwalt" and "Rechtsanwalt").

    >>> _may_be("Anwalt", {"Rechtsanwalt"}), _may_be("FPÖ-Chef", {"Rechtsanwalt"}), _may_be("Teamchef", set())
    (True, False, True)
    """
    mine = noun.lower().removesuffix("in")
    theirs = [d.lower().removesuffix("in") for d in described]
    return not theirs or any(t.endswith(mine) or mine.endswith(t) for t in theirs)


def role_references(
    words: Sequence[str], sentence: Sequence[int], persons: Sequence[Person], window: int = 5
) -> list[tuple[int, int, Person]]:
    """Definite descriptions that refer back to a person named before: ``der Unternehmer``, ``die
    Ministerin``, ``der 61-Jährige``, ``die frühere Ministerin``; each as (first token, last token, person).

    The person is the one described with the same noun in an apposition before ("Der Unternehmer
    Konstantin Reinholt … Der Unternehmer"), else the nearest person of the noun's gender named in the
    ``window`` sentences before. A description followed by a name is an apposition, not a reference.

    >>> words = "Die Ökonomin Maren Hollstein sprach . Die Ökonomin lachte .".split()
    >>> hollstein = Person(2, 3, "maren-hollstein", "Maren Hollstein")
    >>> [(a, b, p.actor) for a, b, p in role_references(words, [0] * 6 + [1] * 4, [hollstein])]
    [(6, 7, 'maren-hollstein')]
    """
    described = appositions(words, persons)
    known = genders(words, persons, described)
    starts = {p.first for p in persons}
    by_end = sorted(persons, key=lambda p: p.last)
    # per noun, the ends of the persons an apposition gave it, in order: found by bisection, not by a
    # walk over every person named before (quadratic in one long text)
    described_ends: dict[str, list[tuple[int, int]]] = {}
    for k, p in enumerate(by_end):
        for noun in described.get(p.actor, ()):
            described_ends.setdefault(noun, []).append((p.last, k))
    ends = [p.last for p in by_end]
    out = []
    for i in [i for i, word in enumerate(words) if word in _DEFINITE_WRITTEN]:
        article = words[i].lower()
        if i + 1 >= len(words) or follows_office(words, i):
            continue  # "das Amt des Bundespräsidenten": the office, not the person named before
        j = i + 1
        while j < len(words) - 1 and j - i <= 2 and _modifier(words[j]):
            j += 1  # frühere, ehemalige, 38-jährige
        noun = words[j]
        if not ((noun[:1].isupper() or noun[:1].isdigit()) and person_noun(noun)):
            continue  # (an age begins with its number: "die 24-Jährige")
        if j + 2 < len(words) and words[j + 1] == "(" and j + 2 in starts:
            continue  # "der Finanzminister (Hans Jörg Schelling, ÖVP)": the name follows in brackets
        if j + 1 < len(words) and (j + 1 in starts or (words[j + 1][:1].isupper()
                                                       and words[j + 1].replace("-", "").isalpha())):  # fmt: skip
            continue  # "Der Unternehmer Konstantin Reinholt", "der Kärntner Rossignol-Fahrer": an apposition
        if any(words[k] == "," and k + 1 in starts for k in range(j + 1, min(j + 9, len(words) - 1))
               if sentence[k] == sentence[j]):  # fmt: skip
            continue  # "dem Ukraine-Sonderbeauftragten von US-Präsident Trump, Steve Witkoff": the name follows
        gender = _noun_gender(article, noun)
        if gender is None or (article == "der" and noun.endswith("en")):
            continue  # a plural: "die Forscher", "ein Viertel der Abgeordneten" (or a woman's dative: unsure)
        if article == "der" and gender == "m" and i > 1 and words[i - 1][:1].isupper() and words[i - 1].isalpha() \
                and sentence[i - 2] == sentence[i]:  # fmt: skip (not "Dass der Finanzminister": the first word)
            continue  # "das Treffen der Regierungschefs", "Einer der Kritiker": a genitive plural ("des" for one)
        before = []
        for p in reversed(by_end[: bisect_left(ends, i)]):  # persons named before, nearest first
            if sentence[p.first] < sentence[i] - window:
                break
            before.append(p)
        # the noun of an apposition names its person further back too, before anyone of its gender named
        # nearer ("Studienleiterin X … Die Studienleiterin", "UN-Generalsekretär Ban … der UN-Generalsekretär"),
        # unless one of its gender was named in this sentence or the one before and nothing says that one
        # is something else ("…, sagte Koller. …, erklärte der Teamchef"; not "Rechtsanwalt Kapferer" for
        # "der FPÖ-Chef")
        gendered = [p for p in before if known.get(p.actor, gender) == gender
                    and not _other_office(noun, described.get(p.actor, ()))]
        just_named = [p for p in gendered if sentence[p.first] >= sentence[i] - 1
                      and _may_be(noun, described.get(p.actor, ()))]
        same = [p for p in before if noun in described.get(p.actor, ())]
        given = described_ends.get(noun, [])
        nearest = bisect_left(given, (i, -1)) - 1
        far = [by_end[given[nearest][1]]] if nearest >= 0 else []
        fitting = same or just_named or far or gendered
        if fitting:
            out.append((i, j, max(fitting, key=lambda p: p.last)))
    return out

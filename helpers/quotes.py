"""Quotes: who gets a voice, in whose words, and who is only talked about.

:func:`quotes` finds three kinds of quotation in German news, one row each:

- ``direct``: a whole sentence or more in quotation marks („…“, sagte Rubio.);
- ``partial``: a quoted phrase inside the journalist's sentence (sprach von einer „Pufferzone“);
- ``indirect``: reported speech without quotation marks: the content of a speech verb ("Er selbst
  werde … dabei sein, sagte Rubio"; "Merz sagte, dass …"; "kündigte an, … zu …"), a statement
  framed by laut X, X zufolge, nach (offiziellen) Angaben von X, seiner Meinung nach, demnach,
  so X, a sentence pointed back at ("Das berichtet X."), and a sentence in the subjunctive
  (Konjunktiv I) that goes on reporting the speaker just quoted ("Man müsse jetzt handeln.").

Quotation marks: „…“ (also closed by ” or "), ‚…‘, »…« and «…», "…", '…' and “…”, nested quotes
(only the outermost counts), quotes over several sentences, and over several paragraphs when the
next paragraph opens with the same mark (the German convention). A quote that is not closed ends
with its paragraph and is reported (``closed`` is false, and an :class:`UnclosedQuoteWarning`
names it). Names and titles in quotation marks (die Yacht „Dignité“, unter dem Motto „…“, der
„Spiegel“ berichtet) and phrases with nobody to say them (scare quotes) are not quotes.

Attribution: the speech verbs and frames of ``helpers/data/speech_verbs_de.txt`` (sagte, betonte,
kündigte … an, meldet, so X, laut X, X zufolge, nach Angaben von X; yours to extend). The speaker
is the subject next to the cue, before or after it ("Merz sagte", "„…“, sagte Kanzler Merz", "wie
die Polizei mitteilte", "Merz: „…“"); a reporter citing a source is the speaker ("meldet dpa unter
Berufung auf Regierungskreise": dpa); "„…“, zitiert MEDIUM PERSON" gives the person, "X wird von
MEDIUM zitiert" the medium. A noun phrase that can speak is preferred (a person, organisation,
role, agent noun, or a name: "Henning Scherf (SPD), warnte die CDU" is Scherf's, not the object's);
a phrase in a sentence whose main clause is in the Konjunktiv I belongs to the one reported, not to
that clause's subject. The speaker maps to a gazetteer actor through the actor mentions of
:mod:`helpers.actors`, roles included (der Kanzler); a pronoun (er, sie, seinen
Angaben) resolves to the most recent fitting person: the speaker of a quote in the sentence
before, else the first person mention of that gender in the nearest sentence before.

How well: ``benchmarks/bench_quotes.py`` scores it on 700 German Wikinews articles with gold
quotes (see the README). Everything here is rules over the tokens of :mod:`helpers.tokens`: no
model, no download.

>>> from helpers import articles, paths
>>> q = quotes(articles.load_corpus(paths.SEEDS))
>>> q.loc[q.kind == "direct", ["speaker", "actor"]].values.tolist()
[['Rubio', 'marco-rubio'], ['Kanzler Merz', 'friedrich-merz']]
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from helpers import paths
from helpers.actors import actor_table
from helpers.actors import mentions as _mentions
from helpers.articles import CONTENT_KINDS, Article, as_articles, section_labels
from helpers.german import is_role_noun, lemmatizer, shorten
from helpers.progress import progress_bar
from helpers.tokens import article_slices
from helpers.tokens import tokens as _tokens

#: Kinds of quotation.
KINDS = ("direct", "partial", "indirect")
#: German labels.
KIND_LABELS = {"direct": "direktes Zitat", "partial": "Teilzitat", "indirect": "indirekte Rede"}
#: One colour per kind, the same in every figure.
KIND_COLORS = {"direct": "#0072B2", "partial": "#56B4E9", "indirect": "#E69F00"}
#: The word lists: speech verbs, frames, words that make quoted words a name.
LEXICON = paths.DATA / "speech_verbs_de.txt"
SECTIONS = ("verbs", "before", "after", "so", "impersonal", "names", "agents")
COLUMNS = [
    "article", "section", "paragraph", "sentence", "start", "end", "text", "kind",
    "speaker", "actor", "name", "cue", "speaker_start", "speaker_end", "cue_start", "cue_end", "closed",
]  # fmt: skip


class UnclosedQuoteWarning(UserWarning):
    """An opening quotation mark has no closing one; the quote ends with its paragraph."""


# --- the word lists ---------------------------------------------------------------------------


def _read_sections(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in SECTIONS}
    current = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in out:
                raise ValueError(f"{path}, line {number}: unknown section [{current}]; known: {', '.join(SECTIONS)}")
            continue
        if current is None:
            raise ValueError(f"{path}, line {number}: an entry before the first [section]")
        out[current].append(line)
    return out


def speech_lexicon(extra: str | os.PathLike[str] | None = None) -> dict[str, list[str]]:
    """The sections of ``helpers/data/speech_verbs_de.txt``, with those of ``extra`` (same format) added.

    >>> lex = speech_lexicon()
    >>> "sagen" in lex["verbs"], "an|kündigen" in lex["verbs"], lex["after"]
    (True, True, ['zufolge'])
    """
    sections = _read_sections(LEXICON)
    if extra is not None:
        for key, values in _read_sections(paths.resolve(extra)).items():
            sections[key] += [v for v in values if v not in sections[key]]
    return sections


@dataclass(frozen=True)
class _Lexicon:
    verbs: frozenset[str]  # lemmas that are cues on their own (separable verbs joined: mitteilen)
    separable: dict[str, frozenset[str]]  # base lemma -> particles (teilen -> {mit})
    before: tuple[tuple[str, ...], ...]  # word sequences (lower case), longest first
    before_first: frozenset[str]  # their first words
    after: frozenset[str]
    so: frozenset[str]
    impersonal: frozenset[str]
    names_lower: tuple[str, ...]  # the names list in lower case, for compounds (Sportzeitung)
    agents: tuple[str, ...]  # nouns (lower case) that can speak, also as the end of a compound


@cache
def _lexicon(extra: str | None = None) -> _Lexicon:
    s = speech_lexicon(extra)
    verbs, separable = set(), {}
    for entry in s["verbs"]:
        parts = entry.split("|")
        verbs.add("".join(parts))
        if len(parts) > 1:
            base, particle = parts[-1], "".join(parts[:-1])
            separable.setdefault(base, set()).add(particle)
    return _Lexicon(
        verbs=frozenset(verbs),
        separable={k: frozenset(v) for k, v in separable.items()},
        before=tuple(sorted({tuple(e.lower().split()) for e in s["before"]}, key=len, reverse=True)),
        before_first=frozenset(e.lower().split()[0] for e in s["before"]) | {"nach"},
        after=frozenset(e.lower() for e in s["after"]),
        so=frozenset(e.lower() for e in s["so"]),
        impersonal=frozenset(s["impersonal"]),
        names_lower=tuple(sorted({e.lower() for e in s["names"]})),
        agents=tuple(sorted({e.lower() for e in s["agents"]})),
    )


# --- quotation marks --------------------------------------------------------------------------

_QUOTE_CHARS = "„“”‚‘’»«›‹\"'"
_QUOTE_RE = re.compile(f"[{re.escape(_QUOTE_CHARS)}]")
# opening mark -> the marks that close it
_CLOSERS = {
    "„": '“”"',
    "‚": "‘’",
    "“": "”",
    "‘": "’",
    "»": "«",
    "«": "»",
    "›": "‹",
    "‹": "›",
    '"': '"',
    "'": "'’",
}
_ELISION = re.compile(r"(?:n|ne|nen|nem|ner|s|m)\b")
_OPEN_BEFORE = set(" \t\n([{/–—-") | set(_QUOTE_CHARS)


def _left_flanking(text: str, i: int) -> bool:
    """The mark at ``i`` can open: a word follows and nothing but space (or a bracket) precedes."""
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isspace() and before in _OPEN_BEFORE


def _right_flanking(text: str, i: int) -> bool:
    """The mark at ``i`` can close: a word or punctuation precedes, no letter follows."""
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not before.isspace() and not after.isalnum()


def quotation_marks(text: str, lines: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int, bool]]:
    """The outermost spans in quotation marks: ``(start, end, closed)``, marks included.

    ``lines`` are the ``(start, end)`` offsets of the paragraphs to read (default: the lines of
    ``text``). A quote may go on into the next paragraph if that opens with the same mark; a
    quote that is not closed ends with its paragraph (``closed`` is false).

    >>> quotation_marks("Er sagte: „Wir ‚sehen‘ das.“ Dann ging er.")
    [(10, 28, True)]
    >>> quotation_marks('»Ja«, sagte sie, "nein". Und „offen')
    [(0, 4, True), (17, 23, True), (29, 35, False)]
    """
    if lines is None:
        lines, pos = [], 0
        for raw in text.split("\n"):
            if raw.strip():
                lines.append((pos, pos + len(raw)))
            pos += len(raw) + 1
    found: list[tuple[int, int, bool]] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    skip = -1
    for n, (line_start, line_end) in enumerate(lines):
        for match in _QUOTE_RE.finditer(text, line_start, line_end):
            i, mark = match.start(), match.group()
            if i == skip:
                continue
            closes = None
            if _right_flanking(text, i) or mark in "“”«»‹›":
                for depth in range(len(stack) - 1, -1, -1):
                    if mark in _CLOSERS[stack[depth][0]]:
                        closes = depth
                        break
            if closes is not None and not (mark in "»«›‹" and _left_flanking(text, i) and not _right_flanking(text, i)):
                opened = stack[closes][1]
                del stack[closes:]
                if not stack:
                    found.append((opened, i + 1, True))
            elif mark in "„‚" or (mark in "»«›‹“‘\"'" and _left_flanking(text, i)):
                if mark == "'" and i > 0 and text[i - 1].isalnum():
                    continue  # an apostrophe: Sa'da, geht's
                if mark == "'" and "''" in text[max(0, i - 1) : i + 2]:
                    continue  # wiki markup: ''kursiv''
                if mark in "'’" and _ELISION.match(text, i + 1):
                    continue  # 'ne Menge, 's geht
                stack.append((mark, i))
        if stack:
            nxt = lines[n + 1][0] if n + 1 < len(lines) else None
            if nxt is not None and text[nxt] == stack[0][0]:
                stack[1:] = []
                skip = nxt  # the paragraph goes on with the same quote
            else:
                found.append((stack[0][1], line_end, False))
                stack = []
    return found


# --- grammar words (closed classes) -----------------------------------------------------------


def _closed(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PREPOSITIONS = _closed(
    "ab an am ans auf aus außer bei beim bis durch für gegen gegenüber hinter im in ins mit nach neben ohne "
    "seit statt trotz über um unter von vom vor während wegen zu zum zur zwischen gemäß angesichts infolge "
    "innerhalb außerhalb anlässlich aufgrund binnen entlang per pro via samt"
)
_NOMINATIVE = _closed(
    "der die das ein eine kein keine dieser diese dieses jener jene jenes sein seine ihr ihre unser unsere "
    "mehrere viele einige alle beide manche zahlreiche andere weitere"
)
_OBLIQUE = _closed("dem den des einem einen eines einer diesem diesen seinem seinen ihrem ihren")
_QUANTIFIERS = _closed(
    "alle allen aller vielen vieler beiden beider mehreren einigen zahlreichen solcher solche solchen solches "
    "jener jenen mancher manchen"
)
_PERSONAL = {"er": "m", "sie": "f"}
_LATTER = _closed("letztere letzterer erstere ersterer")  # "…“, so letztere
_UNRESOLVED = "(Pronomen, nicht zugeordnet)"
_POSSESSIVE = {"sein": "m", "seine": "m", "seinen": "m", "seiner": "m", "seinem": "m", "seines": "m",
               "ihr": "f", "ihre": "f", "ihren": "f", "ihrer": "f", "ihrem": "f", "ihres": "f"}  # fmt: skip
_SUBORDINATORS = _closed("wie als nachdem während weil dass ob was wo da und aber doch denn sondern oder so")
_BOUNDARY = frozenset(",;:()–—-[]") | set(_QUOTE_CHARS) | {".", "!", "?", "…"}
_CLAUSE_WORDS = _closed("dass ob")
_SUBJUNCTIVE_I = _closed(
    "sei seien seiest habe werde könne müsse solle wolle dürfe möge wisse gebe stehe liege gehe komme bleibe "
    "lasse sehe brauche finde halte trage gelte"
)
_SUBJUNCTIVE_II = _closed(
    "wäre wären hätte hätten würde würden könnte könnten müsste müssten dürfte dürften möchte möchten sollte "
    "sollten gäbe gäben käme kämen ließe ließen stünde stünden läge lägen"
)
_NOT_SUBJUNCTIVE = _closed("bitte danke ohne gerne alle beide")


def _is_subjunctive_i(word: str, lem: str) -> bool:
    """Konjunktiv I, third person: sei, habe, werde, mache (machen), ändere (ändern)."""
    if word in _SUBJUNCTIVE_I:
        return True
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("e")
        and word not in _NOT_SUBJUNCTIVE
        and (lem == word + "n" or (lem.endswith(("ern", "eln")) and lem == word[:-1] + "n"))
    )


def _lookup():
    return lemmatizer("de")[0]


def _nounlike(word: str, first: bool, stop: bool) -> bool:
    """A capitalised word that is a noun or a name (a sentence's first word only if not an adverb)."""
    if not word[:1].isupper():
        return False
    if not first:
        return True
    if stop:
        return False
    lookup = _lookup()
    known = lookup(word)
    if known is not None:
        return known[:1].isupper()
    lower = lookup(word.lower())
    return lower is None or (lower != word.lower() and not word.endswith(("end", "lich", "ig", "isch", "weise")))


# --- one article ------------------------------------------------------------------------------


@dataclass
class _Speaker:
    first: int  # token range of the speaker's words
    last: int
    start: int  # character offsets
    end: int
    actor: str | None = None
    name: str | None = None
    gender: str | None = None
    pronoun: bool = False
    person: bool = False


@dataclass
class _Cue:
    kind: str  # verb, before, after, so, impersonal
    first: int
    last: int
    speaker: _Speaker | None = None
    extra: tuple[int, ...] = ()  # the particle of a separable verb
    scope: tuple[int, int] | None = None  # a cue in a relative clause speaks only for quotes in it


@dataclass
class _Doc:
    """The tokens of one article's content lines, as plain lists and arrays."""

    article: Article
    words: list[str]
    lemmas: list[str]
    starts: np.ndarray
    ends: np.ndarray
    sentence: np.ndarray
    paragraph: np.ndarray
    section: np.ndarray
    stop: np.ndarray
    first_of_sentence: np.ndarray  # per token: is it its sentence's first word
    sent_first: dict[int, int]
    sent_last: dict[int, int]
    quote_of: np.ndarray  # per token: index of the quotation-mark span it is in, or -1
    marks: list[tuple[int, int, bool]]
    mark_tokens: list[tuple[int, int]]
    name_quotes: list[bool]  # per quotation-mark span: inside a clause (die „Computerwoche“, als „falsch“ bezeichnet)
    mention_of: np.ndarray  # per token: index of the actor mention covering it, or -1
    mentions: list[tuple[int, int, str, str, str]]  # start, end, actor, type, kind
    genders: dict[str, str]
    names: dict[str, str]
    agents: tuple[str, ...] = ()
    names_lower: tuple[str, ...] = ()
    name_words: frozenset[str] = frozenset()  # last names of first-and-last-name pairs in the article
    cues: list[_Cue] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.words)

    def span(self, first: int, last: int) -> str:
        return self.article.text[int(self.starts[first]) : int(self.ends[last])]


def _doc(article: Article, part: dict[str, np.ndarray | list], ments: pd.DataFrame | None, genders, names) -> _Doc:
    words, starts, ends = part["text"], part["start"], part["end"]
    sentence = part["sentence"]
    n = len(words)
    first_of_sentence = np.ones(n, dtype=bool)
    first_of_sentence[1:] = (sentence[1:] != sentence[:-1]) | np.array([w == ":" for w in words[:-1]], dtype=bool)
    sent_first, sent_last = {}, {}
    for i, s in enumerate(sentence.tolist()):
        sent_first.setdefault(s, i)
        sent_last[s] = i
    lines = [(ln.start, ln.end) for ln in article.lines if ln.kind in CONTENT_KINDS]
    marks = quotation_marks(article.text, lines)
    quote_of = np.full(n, -1, dtype=np.int64)
    mark_tokens, name_quotes = [], []
    for k, (qs, qe, _closed) in enumerate(marks):
        lo, hi = int(np.searchsorted(starts, qs)), int(np.searchsorted(ends, qe, side="right"))
        quote_of[lo:hi] = k
        mark_tokens.append((lo, hi - 1))
        inner = words[lo + 1 : hi - 1]
        before = words[lo - 1].lower() if lo > 0 else ""
        short_name = (
            0 < len(inner) <= 4
            and not any(w in ".!?:," for w in inner)
            and (_name_shaped(inner) or before in ("wie", "laut") or before in _NOMINATIVE or before in _OBLIQUE)
        )
        embedded = lo > 0 and hi < n and words[lo - 1][:1].isalpha() and words[hi][:1].isalpha()
        name_quotes.append(short_name or embedded)
    mention_of = np.full(n, -1, dtype=np.int64)
    mention_rows: list[tuple[int, int, str, str, str]] = []
    if ments is not None and len(ments):
        for j, (ms, me, actor, typ, kind) in enumerate(
            zip(ments["start"], ments["end"], ments["actor"], ments["type"], ments["kind"], strict=True)
        ):
            mention_rows.append((int(ms), int(me), actor, typ, kind))
            lo, hi = int(np.searchsorted(ends, ms, side="right")), int(np.searchsorted(starts, me))
            mention_of[lo:hi] = j
    d = _Doc(
        article, words, part["lemma"], starts, ends, sentence, part["paragraph"], part["section"], part["is_stop"],
        first_of_sentence, sent_first, sent_last, quote_of, marks, mark_tokens, name_quotes, mention_of,
        mention_rows, genders, names,
    )  # fmt: skip
    d.name_words = _name_words(d)
    return d


def _name_words(d: _Doc) -> frozenset[str]:
    """Words the article uses as last names: the second of a bare pair of capitalised words not
    after an article, a preposition or an adjective ("Softwareunternehmens Kevin Lynch": Lynch;
    "Ayaan Hirsi Ali": Hirsi, Ali), so that "Lynch" and "Ali" alone are people too."""
    out = set()
    for k in range(len(d) - 1):
        if not _name_pair(d, k, k + 1):
            continue
        if k > 0 and not d.first_of_sentence[k]:
            prev = d.words[k - 1]
            lw = prev.lower()
            if lw in _DETERMINERS or lw in _PREPOSITIONS or (prev.islower() and _adjective_shaped(lw, d.lemmas[k - 1])):
                continue  # der Deutschen Bank, im Deutschen Bundestag, dem neuen Hauptbahnhof
        out.add(d.words[k + 1])
    return frozenset(out)


def _adjective_shaped(word: str, lem: str) -> bool:
    """An inflected adjective: its lemma and an ending (frühere: früh, selbstbewussten: selbstbewusst;
    not sagte: sagen)."""
    lem = lem.lower()
    return word.endswith(("e", "en", "er", "es", "em")) and word.startswith(lem) and word != lem


# --- noun phrases: who is the subject? --------------------------------------------------------


_WEB = re.compile(r"\w[\w-]*\.(?:de|com|net|org|at|ch|eu|info|fr|uk|it|es)$", re.IGNORECASE)
_RELATIVE = _closed("der die das welcher welche welches")
_ADVERBS_IN_NP = _closed("nicht sehr besonders weniger mehr bisher noch ebenfalls zuvor einst damals")
_NOT_A_VERB = _closed(
    "und oder aber doch denn sondern dass ob wie wo was wer der die das den dem des welche welcher "
    "welches so als wenn weil da nachdem obwohl während damit um"
)


def _is_np_start(d: _Doc, j: int) -> bool:
    w = d.words[j]
    if d.mention_of[j] >= 0 and d.mentions[d.mention_of[j]][4] in ("name", "role", "metonym"):
        return True
    if _WEB.match(w):
        return True
    if w.lower() in _NOMINATIVE:
        if not (d.first_of_sentence[j] and w.lower() in ("das", "dies", "diese")):
            return True
        return j + 1 < len(d) and d.words[j + 1][:1].isupper() and d.quote_of[j + 1] < 0  # Das Ministerium
    return _nounlike(w, bool(d.first_of_sentence[j]), bool(d.stop[j]))


def _name_quote(d: _Doc, j: int) -> int | None:
    """The last token of a short quoted name starting at token j („BBC News“ berichtet), or None."""
    k = d.quote_of[j]
    if k < 0 or d.mark_tokens[k][0] != j:
        return None
    first, last = d.mark_tokens[k]
    inner = d.words[first + 1 : last]
    if not 0 < len(inner) <= 4 or any(w in ".!?," for w in inner):
        return None
    before = d.words[first - 1].lower() if first > 0 else ""
    if _name_shaped(inner) or before in ("wie", "laut") or before in _NOMINATIVE or before in _OBLIQUE:
        return last  # also lower case after a determiner or "wie": Wie „heise online“ berichtet
    return None


def _name_shaped(words: Sequence[str]) -> bool:
    """Every word capitalised, but for the small words of names: „Ärzte ohne Grenzen“, „Tea Party“."""
    found = [w for w in words if any(ch.isalnum() for ch in w)]
    return bool(found) and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_WORDS for w in found)


def _modifier(d: _Doc, k: int, limit: int) -> bool:
    """Token k can stand between a determiner and its noun: an article, an adjective, a number,
    or an adverb before an adjective (ein nicht genannter Vertreter)."""
    w = d.words[k]
    lw = w.lower()
    if lw in _NOMINATIVE or lw in _OBLIQUE or lw in _QUANTIFIERS or lw in _POSSESSIVE or w[:1].isdigit():
        return True
    if not (w.islower() and w.isalpha()) or d.mention_of[k] >= 0:
        return False
    if not d.stop[k]:
        return True
    return lw in _ADVERBS_IN_NP and k + 1 <= limit and d.words[k + 1].islower()


def _np_end(d: _Doc, j: int, limit: int) -> int | None:
    """The last token of the noun phrase starting at token j (determiner, adjectives, nouns,
    names, a genitive or von-attachment, a party in brackets), or None if no noun follows."""
    k = j
    while k <= limit and k - j < 6 and _modifier(d, k, limit):
        k += 1
    if k > limit or d.quote_of[k] >= 0:
        return _name_quote(d, k) if k <= limit else None
    w = d.words[k]
    if not (w[:1].isupper() or d.mention_of[k] >= 0 or _WEB.match(w) or w.split("-")[-1][:1].isupper()):
        return None  # (a compound with a lower-case first part is a noun too: die documenta-Homepage)
    counted = d.words[j].lower() in _QUANTIFIERS or d.words[j][:1].isdigit()  # allen Seiten | Fortschritte
    while not counted and k + 1 <= limit and d.quote_of[k + 1] < 0 and _name_goes_on(d, k + 1):
        k += 1
    k = _attachments(d, k, limit)
    if k + 2 <= limit and d.words[k + 1] == "(" and ")" in d.words[k + 2 : min(limit, k + 6) + 1]:
        k = d.words.index(")", k + 2)  # Renate Schmidt (SPD)
    return k


def _name_goes_on(d: _Doc, j: int) -> bool:
    """Token j continues the noun phrase before it: a capitalised word (Kanzler Merz, Hartmut
    Lierow) or another mention (Nachrichtenagentur dpa)."""
    if d.mention_of[j] >= 0 and d.mention_of[j] != d.mention_of[j - 1]:
        return True
    w = d.words[j]
    if w.endswith("es") and d.lemmas[j][:1].islower() and d.mention_of[j] < 0:
        return False  # a nominalised adjective is the object: "hatte Steinbrück Positives zu vermelden"
    return w[:1].isupper()


def _attachments(d: _Doc, k: int, limit: int) -> int:
    """Extend a noun at token k by genitives and von-phrases: der Sprecher des Ministeriums,
    ein Sprecher von Greenpeace, im Meer der Ruhe."""
    while k + 2 <= limit and d.words[k + 1].lower() in ("des", "der", "von", "vom", "eines", "einer"):
        m = k + 2
        while m <= limit and m - k < 6 and _modifier(d, m, limit):
            m += 1
        if m <= limit and d.quote_of[m] < 0 and (d.words[m][:1].isupper() or d.mention_of[m] >= 0):
            k = m
            while k + 1 <= limit and d.quote_of[k + 1] < 0 and d.words[k + 1][:1].isupper():
                k += 1
        else:
            break
    return k


def _skip_phrase(d: _Doc, j: int, limit: int) -> int:
    """The token after a prepositional or oblique phrase starting at token j."""
    k = j + 1
    while k <= limit and k - j < 7 and (d.words[k].lower() in _OBLIQUE or _modifier(d, k, limit)):
        k += 1
    while k <= limit and d.quote_of[k] < 0 and (d.words[k][:1].isupper() or d.mention_of[k] >= 0):
        if k > j + 1 and d.mention_of[k] != d.mention_of[k - 1] and d.mention_of[k - 1] >= 0 and _is_role_word(d, k):
            break  # "in Berlin Kanzler Merz": the phrase ends before the role
        k += 1
    if k <= limit and d.quote_of[k] >= 0:
        end = _name_quote(d, k)
        if end is not None:
            return end + 1  # gegenüber der Nachrichtenagentur „Associated Press“
    if k - 1 > j and k <= limit:
        k = _attachments(d, k - 1, limit) + 1
    if (
        k + 1 <= limit
        and d.words[k] in ("und", "oder", "sowie")
        and (
            d.words[k + 1].lower() in _OBLIQUE
            or d.words[k + 1].lower() in _POSSESSIVE
            or (d.mention_of[k + 1] >= 0 and d.mentions[d.mention_of[k + 1]][3] == "person")
            or _name_pair(d, k + 1, k + 2)
        )
    ):  # "Zur Lage des Unternehmens und seiner neuen Aufgabe wird Watzke …", "mit Edwin Aldrin und Michael Collins"
        return _skip_phrase(d, k, limit)
    return k


def _is_role_word(d: _Doc, k: int) -> bool:
    return is_role_noun(d.words[k]) or (d.mention_of[k] >= 0 and d.mentions[d.mention_of[k]][3] == "person")


def _subject(d: _Doc, lo: int, hi: int, people: bool = False) -> tuple[int, int] | None:
    """The first noun phrase or personal pronoun in tokens lo..hi that is not inside a
    prepositional phrase or an object (dem Spiegel, den Plan). ``people``: prefer the first
    person-like one (a person, an organisation, a role, a pronoun) to the first one."""
    j, first = lo, None
    while j <= hi:
        w = d.words[j]
        lw = w.lower()
        if d.quote_of[j] >= 0:
            end = _name_quote(d, j)
            if end is not None and end <= hi:
                return j, end
            k = d.quote_of[j]
            after_quote = d.mark_tokens[k][1] + 1
            if (
                d.name_quotes[k] and d.mark_tokens[k][0] == j and j > lo and after_quote <= hi
                and d.words[after_quote] not in ("und", "oder", "sowie", "aber")
            ):  # fmt: skip
                j = d.mark_tokens[k][1] + 1  # past a phrase inside the clause: "Unter dem Motto „…“ zogen die …"
                continue
            break
        if w in _BOUNDARY:
            break
        if lw in _PREPOSITIONS:
            j = _skip_phrase(d, j, hi)
            continue
        if lw in _ONE_OF and j + 1 <= hi and d.words[j + 1].lower() in ("der", "des"):
            end = _np_end(d, j + 1, hi)
            if end is not None:
                return j, end  # "Einer der beteiligten Feuerwehrmänner sagte"
        if lw in _OBLIQUE and lw != "des":
            j = _skip_phrase(d, j, hi)
            continue
        if lw in _PERSONAL or lw in _LATTER:
            return j, j
        if (lw in _NOMINATIVE or lw in _OBLIQUE) and j + 1 <= hi and d.words[j + 1].lower() in _NOMINATIVE:
            j += 1  # "wie das die ÖVP fordert": the second article opens the phrase
            continue
        if lw in _POSSESSIVE and j + 1 <= hi and d.words[j + 1] in ("Angaben", "Worten", "Ansicht", "Meinung"):
            return j, j
        if _is_np_start(d, j):
            end = _np_end(d, j, hi)
            if end is not None:
                if not people or _person_like(d, j, end):
                    return j, end
                first = first or (j, end)
                j = end + 1
                continue
        j += 1
    return first


def _clause(d: _Doc, i: int) -> tuple[int, int]:
    """Token range of the clause around token i: between the nearest boundaries (punctuation,
    quotation marks, dass/ob) within its sentence."""
    s = d.sentence[i]
    lo = i
    while lo - 1 >= d.sent_first[s] and _inside_clause(d, lo - 1):
        lo -= 1
    hi = i
    while hi + 1 <= d.sent_last[s] and _inside_clause(d, hi + 1) and d.words[hi + 1] not in _CLAUSE_WORDS:
        hi += 1
    return lo, hi


def _inside_clause(d: _Doc, j: int) -> bool:
    """Token j does not end a clause: not punctuation (a party in brackets is fine: Merz (CDU)),
    not in a quote (a quoted name is fine: die „Computerwoche“)."""
    k = d.quote_of[j]
    if k >= 0:
        return d.name_quotes[k]
    w = d.words[j]
    if w == "(":
        return j + 2 < len(d) and ")" in d.words[j + 2 : j + 5]
    if w == ")":
        return "(" in d.words[max(0, j - 4) : j - 1]
    return w not in _BOUNDARY


def _person_like(d: _Doc, first: int, last: int) -> bool:
    """The head of the noun phrase first..last can speak: a person, an organisation or a medium
    of the gazetteer, a pronoun, a role (Sprecher, Ministerin), an agent noun of the lexicon
    (Nachrichtenagentur, Polizei), or a name the dictionary does not know (Gall, Watzke)."""
    agents = d.agents
    if _name_pair(d, first, last):
        return True
    for j in range(first, last + 1):
        w = d.words[j]
        if w == "(" and j > first and j + 2 <= len(d) - 1 and d.words[j + 2] == ")":
            inner = j + 1  # Henning Scherf (SPD), Perteck (30): a party or an age in brackets
            m = d.mention_of[inner]
            if d.words[inner].isdigit() or (m >= 0 and d.mentions[m][3] == "organisation"):
                return True
        if j > first and w.lower() in ("des", "der", "von", "vom", "eines", "einer", "(", ","):
            break  # the head ends where its attachments begin
        m = d.mention_of[j]
        if m >= 0 and d.mentions[m][3] in ("person", "organisation", "media"):
            return True
        if w.lower() in _PERSONAL or w.lower() in _LATTER or is_role_noun(w):
            return True
        if w[:1].isupper() and w.lower().endswith(agents):
            return True
        if w in d.name_words:
            return True
        if w[:1].isupper() and w.isalpha() and not _known_noun(w):
            if not d.first_of_sentence[j]:
                return True
            if _lookup()(w.lower()) is None and not w.endswith(("end", "weise", "lich", "ig")):
                return True  # a name opening the sentence (Sadiq Khan), not an adverb (Relativierend)
    return False


def _name_pair(d: _Doc, first: int, last: int) -> bool:
    """The noun phrase opens with two capitalised words and no article, the first a noun or a
    name, not an adjective: a first and a last name (Henning Scherf, Anja Hajduk), which the
    dictionary may know as words."""
    if last < first + 1:
        return False
    a, b = d.words[first], d.words[first + 1]
    if d.first_of_sentence[first] and _lookup()(a.lower()) is not None:
        return False  # an adjective opening the sentence: Spannende Aussagen
    return (
        a.isalpha() and b.isalpha() and a[:1].isupper() and b[:1].isupper()
        and not d.stop[first] and not d.stop[first + 1] and d.lemmas[first][:1].isupper()
        and d.quote_of[first] < 0 and d.quote_of[first + 1] < 0 and b not in _MONTHS
    )  # fmt: skip


_MONTHS = _closed(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"
)  # Ende Januar, Anfang Mai: a time, not a name


def _antecedent(d: _Doc, lo: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause starting at token lo refers to: "Der Führer Irans, der …"."""
    if lo < 2 or d.words[lo - 1] != ",":
        return None
    end = lo - 2
    if d.words[end] == ")":
        while end > 0 and d.words[end] != "(":
            end -= 1
        end -= 1
    return _last_np(d, d.sent_first[d.sentence[lo]], end) if end >= 0 else None


def _apposition_chain(d: _Doc, i: int) -> tuple[int, int] | None:
    """The subject of a verb right after a comma when the sentence so far is a noun phrase with
    appositions or a relative clause: "Frank Bsirske, Chef von ver.di, würdigte …"."""
    a = d.sent_first[d.sentence[i]]
    if i - 1 <= a or d.words[i - 1] != ",":
        return None
    end = _np_end(d, a, i - 2) if _is_np_start(d, a) else None
    if end is None:
        return None
    j = end + 1
    while j < i - 1:
        if d.words[j] != ",":
            return None
        nxt = j + 1
        if d.words[nxt].lower() in _RELATIVE or d.words[nxt].lower() in ("welche", "welcher"):
            k = nxt
            while k < i - 1 and d.words[k] != ",":
                k += 1
            j = k
            continue
        starts_np = _is_np_start(d, nxt) or d.words[nxt].lower() in _OBLIQUE
        e = _np_end(d, nxt, i - 2) if starts_np else None
        if e is None:
            return None
        j = e + 1
    return a, end


_FINITE_AUX = _closed(
    "ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte konnten muss müssen "
    "musste mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte durften"
)


def _verbless(d: _Doc, p: int, q: int) -> bool:
    """Tokens p..q can be one noun phrase with its attachments: nouns and names, articles,
    prepositions, und/oder/sowie, inflected adjectives (frühere: früh-), numbers, brackets, and
    lower-case pieces glued to a neighbour (ver.di, 90/Die); no word that looks like a verb."""
    for j in range(p, q + 1):
        w = d.words[j]
        lw = w.lower()
        if d.quote_of[j] >= 0 or lw in _FINITE_AUX or lw in _CLAUSE_WORDS:
            return False
        if w[:1].isupper() or w[:1].isdigit() or d.mention_of[j] >= 0 or w in ("(", ")", "/", ".", "-"):
            continue
        if lw in _NOMINATIVE or lw in _OBLIQUE or lw in _PREPOSITIONS or lw in ("und", "oder", "sowie"):
            continue
        if lw in _ADVERBS_IN_NP or lw in _QUANTIFIERS or lw in _POSSESSIVE:
            continue
        if _adjective_shaped(lw, d.lemmas[j]):
            continue  # frühere, ehemalige, innenpolitische
        glued = (j + 1 <= q and d.starts[j + 1] == d.ends[j]) or (j > p and d.starts[j] == d.ends[j - 1])
        if not glued:
            return False
    return True


def _named_apposition(d: _Doc, i: int) -> tuple[int, int] | None:
    """A person-like name set off by commas right before the verb at token i, in a sentence that
    opens with a noun phrase and has no verb before it: the subject's apposition ("Die
    Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte …")."""
    a = d.sent_first[d.sentence[i]]
    if i - 1 <= a or d.words[i - 1] != ",":
        return None
    p = i - 2
    while p - 1 > a and d.words[p - 1] != "," and _inside_clause(d, p - 1):
        p -= 1
    if p - 1 <= a or d.words[p - 1] != ",":
        return None
    if not _is_np_start(d, a) or d.words[a].lower() in _OBLIQUE or not _is_np_start(d, p):
        return None
    if _np_end(d, p, i - 2) != i - 2 or not _person_like(d, p, i - 2):
        return None
    if any(not _verbless(d, x, y) for x, y in _comma_parts(d, a, p - 2)):
        return None
    return p, i - 2


def _comma_parts(d: _Doc, a: int, b: int) -> list[tuple[int, int]]:
    """The comma-separated parts of tokens a..b."""
    parts, start = [], a
    for j in range(a, b + 1):
        if d.words[j] == ",":
            parts.append((start, j - 1))
            start = j + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if x <= y]


def _verb_speaker(d: _Doc, i: int) -> tuple[int, int] | None:
    """The subject of the speech verb at token i: before it in its clause ("Merz sagte", "wie die
    Polizei mitteilte") or after it ("„…“, sagte Kanzler Merz", "Am Montag sagte er"); the
    antecedent of a relative pronoun ("Der Führer Irans, der … als „Fest“ bezeichnete"); the
    head of a noun phrase with appositions ("Frank Bsirske, Chef von ver.di, würdigte")."""
    lo, hi = _clause(d, i)
    chain = _apposition_chain(d, i) if lo == i else None
    named = _named_apposition(d, i) if lo == i else None
    if chain:
        after = _subject(d, i + 1, hi)
        if after and not _person_like(d, *chain) and not named and _person_like(d, *after):
            return after  # "Die Arbeit der Koalition, die …, lobte er"
        return chain
    if named:
        return named  # "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU"
    if (
        d.words[lo].lower() in _RELATIVE
        and lo < i
        and (
            lo + 1 > hi
            or not _modifier(d, lo + 1, hi)
            or d.words[lo + 1].lower() in _ADVERBS_IN_NP
            or d.words[lo + 1].lower() in _NOMINATIVE
            or d.words[lo + 1].lower() in _OBLIQUE
        )
    ):  # "der die Entscheidung … bezeichnet", "welche die Techniker … bezeichnete"
        found = _antecedent(d, lo)
        if found:
            return found
    start = lo
    while start < i and d.words[start].lower() in _SUBORDINATORS:
        start += 1
    if d.words[i].endswith(("t", "en")) and any(
        d.words[k] in _PASSIVE_AUX and d.quote_of[k] < 0 for k in range(lo, hi + 1) if k != i
    ):
        agent = _passive_agent(d, lo, hi)  # "Es wurde von Demjanjuks Sohn geäußert"; without "von": nobody named
        if d.lemmas[i] != "zitieren" or agent is not None:
            return agent  # "X wird von der „Netzeitung“ zitiert": the medium, as in the Wikinews gold
        # "X wird mit den Worten zitiert": X speaks
    before = None
    for j in range(i - 1, start, -1):  # "… skandierte Parolen und der Unternehmer X rief aus"
        if d.words[j] in ("und", "oder", "aber", "sondern") and not d.words[j - 1].endswith("-"):
            found = _subject(d, j + 1, i - 1)
            if found and (d.words[found[0]].lower() in _NOMINATIVE or d.mention_of[found[0]] >= 0):
                before = found
            elif d.words[j + 1].lower() in _NOMINATIVE and d.words[i - 1][:1].isupper():
                before = _last_np(d, j + 1, i - 1)  # "und der sich … inszenierende Unternehmer X rief"
            break
    before = before or (_subject(d, start, i - 1) if start < i else None)
    after = _subject(d, i + 1, hi)
    if before is None and after is not None and d.lemmas[i] == "zitieren":
        quoted = _object_after(d, after[1] + 1, hi)
        if quoted is not None and _person_like(d, *quoted):
            return quoted  # "„…“, zitiert Welt-Online den Minister": the minister's words
    if before and after and not _person_like(d, *before) and _person_like(d, *after):
        return after  # "Relativierend fügt Gall hinzu", "Die Arbeit der Koalition lobte er"
    if before or after:
        return before or after  # "Der Geschäftsführer nannte sie „fahrlässig“": sie is the object
    # an apposition just before: "Der Sprecher des Ministeriums, Max Muster, sagte"
    if lo - 1 > d.sent_first[d.sentence[i]] and d.words[lo - 1] == ",":
        lo2, _ = _clause(d, lo - 2)
        if lo2 > 0 and d.words[lo2 - 1] == "," and d.words[lo2].lower() in _RELATIVE:
            return _antecedent(d, lo2)  # a relative clause in between: "Wie X, der … war, dazu feststellt"
        if lo == i:
            return _subject(d, lo2, lo - 2)
    return None


def _object_after(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase right after a subject, in any case, before any prepositional phrase:
    "zitiert die „Computerwoche“ Lynch", "zitiert Welt-Online den Minister"."""
    if lo > hi or d.quote_of[lo] >= 0 or d.words[lo].lower() in _PREPOSITIONS:
        return None
    if d.words[lo].lower() in _OBLIQUE or _is_np_start(d, lo):
        end = _np_end(d, lo, hi)
        if end is not None:
            return lo, end
    return None


_GENITIVE = _closed("des der von vom eines einer")
_ONE_OF = _closed("einer eine eines keiner keine jeder jede viele einige alle beide zwei drei")
_PASSIVE = _closed("wurde wurden worden wird werden ist sind war waren")
_PASSIVE_AUX = _closed("wurde wurden worden wird werden")


def _passive_agent(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The agent of a passive cue: "Es wurde von Demjanjuks Sohn geäußert"."""
    if not any(d.words[j] in _PASSIVE and d.quote_of[j] < 0 for j in range(lo, hi + 1)):
        return None
    for j in range(lo, hi):
        if d.words[j] in ("von", "vom") and not (j > lo and d.words[j - 1][:1].isupper()):
            end = _np_end(d, j + 1, hi)
            if end is not None:
                return j + 1, end
    for j in range(lo, hi):  # "wurden im „Standard“ als „…“ bezeichnet": the medium
        if d.words[j].lower() in ("in", "im"):
            end = _np_end(d, j + 1, hi)
            medium = end is not None and any(
                (d.mention_of[k] >= 0 and d.mentions[d.mention_of[k]][3] == "media")
                or (d.quote_of[k] >= 0 and _name_quote(d, k) is not None)
                for k in range(j + 1, end + 1)
            )
            if medium:
                return j + 1, end
    return None


def _impersonal_source(d: _Doc, i: int) -> tuple[int, int] | None:
    """Where "heißt es" points: "in einer Erklärung der Regierung heißt es", "heißt es auf der Webseite"."""
    lo, hi = _clause(d, i)
    for j in list(range(i + 1, hi)) + list(range(lo, i)):
        if d.words[j].lower() in ("in", "im", "auf"):
            end = _np_end(d, j + 1, hi if j > i else i - 1)
            if end is not None:
                return j + 1, end
    return None


def _colon_speaker(d: _Doc, colon: int) -> tuple[int, int] | None:
    """The speaker of a quote after a colon: the noun phrase just before it ("Ziercke: „…“"),
    else the subject of the clause before it ("Hier sparte der Bundespräsident nicht mit Kritik:")."""
    a = d.sent_first[d.sentence[colon]]
    lo = colon
    while lo - 1 >= a and d.quote_of[lo - 1] < 0 and d.words[lo - 1] not in (";", ".", "!", "?"):
        lo -= 1
    if lo >= colon:
        return None
    prev = d.words[colon - 1]
    if prev[:1].isupper() or d.mention_of[colon - 1] >= 0 or prev == ")":
        seg = colon - 1
        while seg - 1 >= lo and d.words[seg - 1] not in _BOUNDARY:
            seg -= 1
        found = _subject(d, seg, colon - 1)
        if found and found[1] >= colon - 2:
            return found
    return _best_subject(d, lo, colon - 1)


def _best_subject(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The first person-like subject in any comma-separated part of lo..hi, else the first subject."""
    first, j = None, lo
    while j <= hi:
        found = _subject(d, j, hi, people=True)
        if found is not None and _person_like(d, *found):
            return found
        first = first or found
        k = found[1] + 1 if found is not None else j
        while k <= hi and d.words[k] not in _BOUNDARY:
            k += 1
        j = k + 1
    for k in range(lo + 1, hi + 1):  # a bare name right after the verb: "… weist Hartmann von sich:"
        w, prev = d.words[k], d.words[k - 1]
        if (
            w[:1].isupper() and w.isalpha() and d.quote_of[k] < 0 and not d.first_of_sentence[k]
            and prev.isalpha() and prev.islower() and not d.stop[k - 1] and prev not in _PREPOSITIONS
            and not _adjective_shaped(prev, d.lemmas[k - 1])
            and (k == hi or not d.words[k + 1][:1].isupper())
        ):  # fmt: skip
            return k, k  # (not a noun after its adjective: "zu einem selbstbewussten Dialog:")
    return first


def _find_cues(d: _Doc, lex: _Lexicon) -> list[_Cue]:
    """Speech verbs and attribution frames outside quotation marks, each with its speaker."""
    cues: list[_Cue] = []
    n = len(d)
    words, lemmas = d.words, d.lemmas
    lower = [w.lower() for w in words]
    for i in range(n):
        if d.quote_of[i] >= 0:
            continue
        w, lw, lem = words[i], lower[i], lemmas[i]
        cue = None
        found = None
        if (lem in lex.verbs or lem in lex.separable) and _attributive(d, i):
            continue
        if (lem in lex.verbs or lw in lex.verbs) and w[:1].islower():  # "meinen": its lemma is "mein"
            cue = _Cue("verb", i, i)
            found = _verb_speaker(d, i)
            cue.scope = _relative_scope(d, i)
        elif lem in lex.separable and w[:1].islower():
            _, hi = _clause(d, i)
            for j in range(i + 1, hi + 1):
                if lower[j] in lex.separable[lem] and words[j].islower():
                    cue = _Cue("verb", i, i, extra=(j,))
                    found = _verb_speaker(d, i)
                    cue.scope = _relative_scope(d, i)
                    break
        elif lem in lex.impersonal and ((i + 1 < n and lower[i + 1] == "es") or (i > 0 and lower[i - 1] == "es")):
            cue = _Cue("impersonal", i, i)
            found = _impersonal_source(d, i)
        elif lw in lex.after and i > 0:
            lo = i - 1
            while lo - 1 >= d.sent_first[d.sentence[i]] and words[lo - 1] not in _BOUNDARY and d.quote_of[lo - 1] < 0:
                lo -= 1
            found = _last_np(d, lo, i - 1)
            if found:
                cue = _Cue("after", i, i)
        elif lw in lex.so and i > 0 and (words[i - 1] in (",", "–") or d.quote_of[i - 1] >= 0):
            _, hi = _clause(d, i)
            found = _subject(d, i + 1, hi)
            if found and (found[0] == i + 1 or words[i + 1].lower() in _NOMINATIVE):
                cue = _Cue("so", i, i)
            else:
                found = None
        elif w == ":" and i + 1 < n and d.quote_of[i + 1] >= 0 and d.mark_tokens[d.quote_of[i + 1]][0] == i + 1:
            seg = i  # the part before the colon, back to the last comma: "…, so Elshorst weiter:"
            while seg - 1 >= d.sent_first[d.sentence[i]] and d.words[seg - 1] not in _BOUNDARY:
                seg -= 1
            if not any(c.first >= seg and c.speaker is not None for c in cues[-3:]):
                found = _colon_speaker(d, i)
                cue = _Cue("colon", i, i) if found else None
        elif lw in lex.before_first:
            cue, found = _frame(d, lex, i, lower)
        if cue is None:
            continue
        cue.speaker = _speaker(d, *found) if found else None
        if lw == "demnach" and cue.speaker is None:  # "Die Kommission gab das Ergebnis bekannt. Demnach …"
            s = d.sentence[i]
            cue.speaker = next((c.speaker for c in reversed(cues) if d.sentence[c.first] == s - 1 and c.speaker), None)
        cues.append(cue)
    return cues


_BEFORE_ATTRIBUTE = _closed("näher oft häufig vielfach bereits zuvor eingangs oben so")


def _attributive(d: _Doc, i: int) -> bool:
    """A participle used as an adjective: "die angekündigte Reform", "nicht näher bezeichnete „…“"."""
    w = d.words[i]
    if i == 0 or not w.endswith(("e", "en", "er", "es", "em")) or i + 1 >= len(d):
        return False
    prev = d.words[i - 1].lower()
    nxt = d.words[i + 1]
    if nxt in _BOUNDARY and d.quote_of[i + 1] < 0:
        return False
    return prev in _NOMINATIVE or prev in _OBLIQUE or prev in _BEFORE_ATTRIBUTE


_FRAME_NOUNS = ("angaben", "informationen", "berichten", "einschätzung", "ansicht", "darstellung", "aussagen",
                "schätzungen", "erkenntnissen", "auskunft")  # fmt: skip


_POSTPOSED = _closed("meinung ansicht auffassung angaben einschätzung überzeugung darstellung worten vernehmen")
_FRAME_ARTICLES = _closed("der den dem des einer einem eines")


def _frame_fillers(d: _Doc, lower: list[str], i: int) -> int:
    """How many words stand between "nach" at token i and its frame noun: an article and
    adjectives ("nach offiziellen Angaben", "nach einer ersten Einschätzung"), at most three."""
    k = i + 1
    while k < min(len(d), i + 4) and d.quote_of[k] < 0 and (
        lower[k] in _FRAME_ARTICLES or (d.words[k].islower() and _adjective_shaped(lower[k], d.lemmas[k]))
    ):
        k += 1
    return k - i - 1


def _postposed_frame(d: _Doc, lower: list[str], i: int) -> bool:
    """ "nach" at token i closes a frame: "Seiner Meinung nach …", "Dem Vernehmen nach …"; not an
    attributive one ("die ihrer Meinung nach verbreiteten Illusionen" reports nothing)."""
    if i < 2 or lower[i - 1] not in _POSTPOSED or not d.words[i - 1][:1].isupper() or d.quote_of[i - 2 : i].max() >= 0:
        return False
    if lower[i - 2] not in _POSSESSIVE and lower[i - 2] != "dem":
        return False
    return not (i >= 3 and (lower[i - 3] in _NOMINATIVE or lower[i - 3] in _OBLIQUE))


def _frame(d: _Doc, lex: _Lexicon, i: int, lower: list[str]) -> tuple[_Cue | None, tuple[int, int] | None]:
    """A frame before its source at token i: laut X, nach Angaben von X, nach seinen Angaben,
    nach offiziellen Angaben, nach Polizeiangaben, unter Berufung auf X; or a postposed one
    ending there: seiner Meinung nach, dem Vernehmen nach."""
    n = len(d)
    if lower[i] == "nach" and _postposed_frame(d, lower, i):
        return _Cue("before", i - 2, i), ((i - 2, i - 2) if lower[i - 2] in _POSSESSIVE else None)
    if lower[i] == "nach" and i + 1 < n and d.words[i + 1][:1].isupper() and lower[i + 1].endswith(_FRAME_NOUNS) \
            and lower[i + 1] not in _FRAME_NOUNS:  # fmt: skip
        return _Cue("before", i, i), (i + 1, i + 1)  # nach Polizeiangaben
    fill = _frame_fillers(d, lower, i) if lower[i] == "nach" else 0
    for frame in lex.before:
        size, filled = len(frame), False
        if size > 1 and i + 1 < n and lower[i + 1] in _POSSESSIVE and lower[i] == frame[0]:
            size += 1  # nach seinen Angaben, nach ihrer Darstellung
            if tuple(lower[i + 2 : i + size]) != frame[1:]:
                continue
        elif fill and size > 1 and tuple(lower[i + 1 + fill : i + size + fill]) == frame[1:]:
            size, filled = size + fill, True  # nach offiziellen Angaben (der Polizei)
        elif tuple(lower[i : i + size]) != frame:
            continue
        if d.quote_of[i : i + size].max() >= 0:
            continue
        last = i + size - 1
        _, hi = _clause(d, last)
        if frame[-1] == "auf" or frame in (("laut",), ("gemäß",)):
            end = _np_end(d, last + 1, hi) if last + 1 <= hi and d.words[last + 1].lower() in _OBLIQUE else None
            found = (last + 1, end) if end is not None else (_subject(d, last + 1, hi) if last + 1 <= hi else None)
        else:  # nach Angaben des Ministeriums / der Polizei / von X
            found = _frame_source(d, last, hi) or ((i + 1, last) if filled else None)
        if found or frame[0] == "nach" or frame == ("demnach",):  # "Demnach …": the source named before
            return _Cue("before", i, last), found
        return None, None
    return None, None


def _relative_scope(d: _Doc, i: int) -> tuple[int, int] | None:
    """The token range of the relative clause token i stands in (", der … aufgerufen haben soll,"), or None."""
    lo, _ = _clause(d, i)
    if lo < 1 or d.words[lo - 1] != "," or d.words[lo].lower() not in _RELATIVE:
        return None
    hi = i
    while hi + 1 <= d.sent_last[d.sentence[i]] and d.words[hi + 1] not in (",", ".", ";", ":", "!", "?"):
        hi += 1
    return lo, hi


def _frame_source(d: _Doc, last: int, hi: int) -> tuple[int, int] | None:
    """The source after "nach Angaben": des Ministeriums, der Polizei, von X; or the frame's own
    noun with a possessive before it (nach seinen Angaben)."""
    if last - 1 >= 0 and d.words[last - 1].lower() in _POSSESSIVE:
        return last - 1, last - 1
    j = last + 1
    if j <= hi and d.words[j].lower() in ("des", "der", "von", "vom", "eines", "einer"):
        k = j + 1 if d.words[j].lower() in ("von", "vom") else j
        end = _np_end(d, k, hi)
        if end is not None:
            return k, end
    return None


def _last_np(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase that ends at token hi (Medienberichten zufolge, den Berichten zufolge,
    Angaben der Polizei zufolge)."""
    if hi < lo:
        return None
    if d.quote_of[hi] >= 0:
        k = d.quote_of[hi]
        first, last = d.mark_tokens[k]
        return (first, last) if last == hi and _name_quote(d, first) == last else None
    if not (d.words[hi][:1].isupper() or d.mention_of[hi] >= 0 or _WEB.match(d.words[hi])):
        return None
    j = hi
    while j - 1 >= lo and d.quote_of[j - 1] < 0:
        w = d.words[j - 1]
        lw = w.lower()
        if lw in _NOMINATIVE or lw in _OBLIQUE or lw in _POSSESSIVE or lw in _QUANTIFIERS:
            j -= 1
            if not (j - 1 >= lo and d.words[j - 1][:1].isupper() and d.quote_of[j - 1] < 0):
                break  # the determiner opens the phrase, unless a genitive hangs on a noun before it
        elif (
            w[:1].isupper()
            or d.mention_of[j - 1] >= 0
            or w[:1].isdigit()
            or (w.islower() and w.endswith(("e", "en", "er", "es", "em")) and not d.stop[j - 1])
        ):
            j -= 1
        else:
            break
    while j < hi and d.first_of_sentence[j] and d.stop[j]:
        j += 1
    return j, hi


def _speaker(d: _Doc, first: int, last: int) -> _Speaker:
    """A speaker from its token range, with the actor of the best mention inside it."""
    sp = _Speaker(first, last, int(d.starts[first]), int(d.ends[last]))
    if first == last and (d.words[first].lower() in _PERSONAL or d.words[first].lower() in _POSSESSIVE):
        sp.pronoun = True
        sp.gender = _PERSONAL.get(d.words[first].lower()) or _POSSESSIVE.get(d.words[first].lower())
        return sp
    if first == last and d.words[first].lower() in _LATTER:
        _latter(d, sp)
        return sp
    best = None
    for j in range(first, last + 1):
        m = d.mention_of[j]
        before = d.words[first:j]
        if m < 0 or before.count("(") > before.count(")"):
            continue  # not the party in brackets: "Henning Scherf (SPD)" is Scherf
        _s, _e, actor, typ, kind = d.mentions[m]
        if kind not in ("name", "role", "metonym"):
            continue
        if kind == "role" and j + 1 <= last and d.words[j + 1].lower() in _GENITIVE:
            continue  # "der Sprecher des Ministeriums" is not the gazetteer's holder of "Sprecher"
        rank = 0 if typ == "person" else 1
        if best is None or rank < best[0]:
            best = (rank, actor, typ)
    if best is not None:
        sp.actor = best[1]
        sp.person = best[2] == "person"
        sp.gender = d.genders.get(best[1])
        sp.name = d.names.get(best[1])
    else:
        sp.person = _person_like(d, first, last)
    return sp


def _latter(d: _Doc, sp: _Speaker) -> None:
    """Give "letztere" the person named last before it, in its sentence or the one before: "Marta
    Jandová war im Käfig, während Nova Meierhenrich davor stand. „…“, so letztere"."""
    lowest = d.sent_first.get(d.sentence[sp.first] - 1, d.sent_first[d.sentence[sp.first]])
    for j in range(sp.first - 1, lowest - 1, -1):
        if d.quote_of[j] >= 0:
            continue
        m = d.mention_of[j]
        if m >= 0 and d.mentions[m][3] == "person" and d.mentions[m][4] in ("name", "role"):
            actor = d.mentions[m][2]
            sp.actor, sp.name, sp.gender, sp.person = actor, d.names.get(actor), d.genders.get(actor), True
            return
        if d.words[j] in d.name_words and d.words[j - 1][:1].isupper():
            sp.name, sp.person = d.span(j - 1, j), True  # Nova Meierhenrich
            return


@dataclass
class _Quote:
    start: int
    end: int
    first: int  # first token
    kind: str
    cue: _Cue | None
    speaker: _Speaker | None
    closed: bool = True


def _quote_cue(d: _Doc, first: int, last: int) -> _Cue | None:
    """The cue of a quotation-mark span: the nearest cue outside quotes in its sentence(s),
    before the opening or after the closing mark."""
    sa, sb = d.sentence[first], d.sentence[last]
    lo, hi = d.sent_first[sa], d.sent_last[sb]
    best, distance = None, None
    for c in d.cues:
        if c.first < lo or c.first > hi or first <= c.first <= last:
            continue
        if c.scope is not None and not (c.scope[0] <= first and last <= c.scope[1]):
            continue  # "kritisierte X, der zum Sturm aufgerufen haben soll, als „…“": not the relative clause's
        gap = (c.speaker is None, c.first - last if c.first > last else first - c.last + 2 * (c.kind == "colon"))
        if distance is None or gap < distance:
            best, distance = c, gap
    return best


def _recent(found: list[_Quote], d: _Doc, i: int, back: int = 2) -> _Quote | None:
    """The last quote with a speaker that ends within ``back`` sentences before token i."""
    s = d.sentence[i]
    for q in reversed(found):
        if q.speaker is None:
            continue
        qs = d.sentence[min(np.searchsorted(d.ends, q.end, side="left"), len(d) - 1)]
        if s - back <= qs <= s:
            return q
        if qs < s - back:
            return None
    return None


def _content(d: _Doc, a: int, b: int) -> tuple[int, int] | None:
    """Trim punctuation from both ends of the token range a..b; None if fewer than 3 words remain."""
    while a <= b and d.words[a] in _BOUNDARY and d.quote_of[a] < 0:
        a += 1
    while b >= a and d.words[b] in _BOUNDARY and d.quote_of[b] < 0:
        b -= 1
    if b - a + 1 < 3:
        return None
    k = d.quote_of[a]
    if k >= 0 and d.quote_of[b] == k:
        return None  # all in quotation marks: that is the direct quote
    return a, b


def _has_subjunctive(d: _Doc, a: int, b: int, second: bool = True) -> bool:
    for j in range(a, b + 1):
        if d.quote_of[j] >= 0:
            continue
        w = d.words[j]
        if _is_subjunctive_i(w, d.lemmas[j]) or (second and w in _SUBJUNCTIVE_II):
            if w == "sei" and j + 1 <= b and d.words[j + 1] == "denn":
                continue  # es sei denn
            return True
    return False


def _indirect(d: _Doc, s: int) -> tuple[int, int, _Cue] | None:
    """The reported speech of sentence s: (first, last token, cue), or None."""
    a, b = d.sent_first[s], d.sent_last[s]
    for c in d.cues:
        if d.sentence[c.first] != s or c.kind == "colon":
            continue  # "X griff ihn an: „…“" introduces the direct quote, nothing reported
        sp = c.speaker
        lo, hi = _clause(d, c.first)
        if c.extra:
            hi = max(hi, *c.extra)
        if sp is not None:
            lo, hi = min(lo, sp.first), max(hi, sp.last)
        if c.kind in ("verb", "impersonal"):
            if sp is None and c.kind == "verb":
                continue
            start = lo
            while start > a and d.words[start - 1].lower() in ("wie", "so"):
                start -= 1
            if start - 1 > a and d.words[start - 1] == ",":  # content first: "…, sagte Rubio."
                content = _content(d, a, start - 2)
                after = _content(d, hi + 2, b) if content and hi + 1 <= b and d.words[hi + 1] == "," else None
                if after:  # the frame in the middle: "Die Lage, sagte er, sei ernst."
                    content = (content[0], after[1])
                elif content and _verbless(d, *content):
                    content = None  # the subject before its apposition: "Der Chef der Grünen, X, wird … zitiert"
                if content:
                    return content[0], content[1], c
            elif start <= a + 1 and hi + 1 < b and d.words[hi + 1] in (",", ":"):  # frame first
                content = _content(d, hi + 2, b)
                if content is None:
                    continue
                opener = d.words[content[0]].lower()
                if (
                    opener in _CLAUSE_WORDS
                    or d.words[hi + 1] == ":"
                    or d.words[start].lower() == "wie"
                    or _has_subjunctive(d, content[0], content[1])
                    or (c.kind == "verb" and _zu_infinitive(d, content[1]))
                ):
                    return content[0], content[1], c
        else:
            if c.kind == "after":
                lo, hi = (sp.first if sp else c.first), c.last
            elif c.kind == "so":
                lo = c.first - 1 if d.words[c.first - 1] == "," else c.first
            else:
                lo, hi = c.first, max(c.last, sp.last if sp else c.last)
            if lo <= a + 1:
                content = _content(d, hi + 1, b)
            elif hi >= b - 1 or (c.kind == "so" and d.words[min(hi + 1, b)] in _BOUNDARY):
                content = _content(d, a, lo - 1)
            else:
                content = _content(d, a, b)
            if content:
                return content[0], content[1], c
    return _dass_clause(d, s)


_NOT_REPORTING = _closed("so derart dazu damit dafür dadurch sodass ohne statt")


def _dass_clause(d: _Doc, s: int) -> tuple[int, int, _Cue] | None:
    """A dass-clause after a main clause whose subject can speak, with a verb not in the lexicon:
    "Die Wissenschaftler fanden heraus, dass …", "Die WHO hält es für unwahrscheinlich, dass …"."""
    a, b = d.sent_first[s], d.sent_last[s]
    for j in range(a + 2, b - 2):
        if d.words[j] == "dass" and d.words[j - 1] == "," and d.quote_of[j] < 0:
            main = range(a, j - 1)
            if any(d.words[k] in _BOUNDARY or d.words[k].lower() in _NOT_REPORTING for k in main):
                return None
            found = _subject(d, a, j - 2, people=True)
            if found is None or not _person_like(d, *found):
                return None
            verb = next((k for k in main if d.words[k].islower() and d.words[k].isalpha() and k > found[1]), None)
            if verb is None:
                return None
            content = _content(d, j, b)
            if content is None:
                return None
            return content[0], content[1], _Cue("verb", verb, verb, speaker=_speaker(d, *found))
    return None


def _zu_infinitive(d: _Doc, last: int) -> bool:
    """The clause ends in a zu-infinitive: "…, das Gesetz zurückzunehmen", "…, Zivilisten zu schützen"."""
    w = d.words[last]
    if not (w.islower() and w.endswith(("en", "ern", "eln"))):
        return False
    return (last > 0 and d.words[last - 1] == "zu") or re.search(r"^[a-zäöü]{2,}zu[a-zäöü]{3,}en$", w) is not None


def _resolve(d: _Doc, sp: _Speaker, found: list[_Quote]) -> None:
    """Give a pronoun speaker the actor and name of the most recent fitting person."""
    s = d.sentence[sp.first]
    lowest = d.sentence[0]
    for t in range(s, max(lowest, s - 6) - 1, -1):
        speakers = [
            q.speaker
            for q in found
            if q.speaker is not None
            and not q.speaker.pronoun
            and d.sentence[q.speaker.first] == t
            and q.speaker.start < sp.start
            and q.speaker.gender in (sp.gender, None)
        ]
        persons = [x for x in speakers if x.person]
        if persons or speakers:
            chosen = (persons or speakers)[-1]
            sp.actor, sp.name, sp.gender, sp.person = chosen.actor, chosen.name, chosen.gender, chosen.person
            if sp.name is None:
                sp.name = d.span(chosen.first, chosen.last)
            return
        if t not in d.sent_first:
            continue  # a sentence of a line that is not content (the dateline)
        lo, hi = d.sent_first[t], (sp.first - 1 if t == s else d.sent_last[t])
        for j in range(lo, hi + 1):
            m = d.mention_of[j]
            if m < 0 or d.quote_of[j] >= 0:
                continue
            _ms, _me, actor, typ, kind = d.mentions[m]
            if typ == "person" and kind in ("name", "role") and d.genders.get(actor) == sp.gender:
                sp.actor, sp.name, sp.person = actor, d.names.get(actor), True
                return
    # no quoted speaker and no known person: the nearest person-like subject before (a name the
    # gazetteer lacks: "Werner Faymann traf … Er sagte"), at most three sentences back
    for t in range(s, max(lowest, s - 3) - 1, -1):
        if t not in d.sent_first:
            continue
        lo, hi = d.sent_first[t], (sp.first - 1 if t == s else d.sent_last[t])
        found_np = _subject(d, lo, hi, people=True) if lo <= hi else None
        named = found_np is not None and any(
            d.words[j][:1].isupper() and d.words[j].isalpha() and not d.stop[j]
            for j in range(found_np[0], found_np[1] + 1)
        )
        if named and _person_like(d, *found_np) and d.words[found_np[0]].lower() not in _PERSONAL:
            sp.name = d.span(*found_np)
            return


def _article_quotes(d: _Doc, lex: _Lexicon) -> list[_Quote]:
    d.cues = _find_cues(d, lex)
    verb_sentences = {d.sentence[c.first] for c in d.cues if c.kind == "verb"}
    d.cues = [
        c for c in d.cues
        if not (c.kind == "before" and d.words[c.last] == "auf" and d.sentence[c.first] in verb_sentences)
    ]  # fmt: skip
    speaker_quotes = {
        int(d.quote_of[j])
        for c in d.cues
        if c.speaker is not None
        for j in range(c.speaker.first, c.speaker.last + 1)
        if d.quote_of[j] >= 0
    }
    by_sentence: dict[int, list[int]] = {}
    for k, (first, _last) in enumerate(d.mark_tokens):
        if first < len(d):
            by_sentence.setdefault(int(d.sentence[first]), []).append(k)
    found: list[_Quote] = []
    for s in sorted(d.sent_first):
        reported = _reported(d, s, found)
        for k in by_sentence.get(s, []):
            if k not in speaker_quotes and not _is_name(d, lex, k):
                _add(d, found, _marked_quote(d, k, found, reported))
        _add(d, found, reported)
    return found


def _pointing_back(d: _Doc, s: int, found: list[_Quote]) -> _Quote | None:
    """The sentence before s reported by a short sentence pointing back to it: "Die Maschine
    stürzte ab. Das berichtet die Nachrichtenagentur Kyodo." (from the start of the sentence
    before to "Das")."""
    nxt = s + 1
    if nxt not in d.sent_first or d.words[d.sent_first[nxt]] not in ("Das", "Dies", "Dieses"):
        return None
    a = d.sent_first[nxt]
    cue = next((c for c in d.cues if d.sentence[c.first] == nxt and c.kind == "verb" and c.speaker), None)
    if cue is None or cue.first != a + 1 or d.sent_last[nxt] - a > 25:
        return None  # "Das berichtet X", not "Das Ministerium erklärte"
    content = _content(d, d.sent_first[s], d.sent_last[s])
    if content is None or any(q.start < d.ends[content[1]] and q.end > d.starts[content[0]] for q in found):
        return None
    first = content[0]
    return _Quote(int(d.starts[first]), int(d.ends[a]), first, "indirect", cue, cue.speaker)


def _reported(d: _Doc, s: int, found: list[_Quote]) -> _Quote | None:
    """The indirect speech of sentence s: framed by a cue, or a subjunctive sentence that goes on
    reporting the speaker of the quote just before, or pointed back at ("Das berichtet X.")."""
    back = _pointing_back(d, s, found)
    if back is not None:
        return back
    reported = _indirect(d, s)
    if reported is not None:
        first, last, c = reported
        return _Quote(int(d.starts[first]), int(d.ends[last]), first, "indirect", c, c.speaker)
    if any(d.sentence[c.first] == s for c in d.cues):
        return None
    if not _has_subjunctive(d, d.sent_first[s], d.sent_last[s], second=False):
        return None
    earlier = _recent(found, d, d.sent_first[s])
    cue_speaker = _recent_cue_speaker(d, s)
    if earlier is not None and (cue_speaker is None or d.sentence[earlier.first] >= s - 1):
        speaker = earlier.speaker
    else:  # the speech verb of the sentence before is more recent than the last quote
        speaker = cue_speaker
    content = _content(d, d.sent_first[s], d.sent_last[s])
    if speaker is None or content is None:
        return None
    first, last = content
    return _Quote(int(d.starts[first]), int(d.ends[last]), first, "indirect", None, speaker)


def _recent_cue_speaker(d: _Doc, s: int) -> _Speaker | None:
    """The speaker of a speech verb in the sentence before (one that quoted nobody yet):
    "Müntefering hat seinen Rücktritt verkündet. Er werde aber im Bundestag bleiben."."""
    for c in reversed(d.cues):
        t = d.sentence[c.first]
        if t < s - 1:
            return None
        if t == s - 1 and c.kind == "verb" and c.speaker is not None:
            return c.speaker
    return None


def _add(d: _Doc, found: list[_Quote], q: _Quote | None) -> None:
    """Append a quote, resolving a pronoun speaker first (against the quotes before it)."""
    if q is None:
        return
    if q.speaker is not None and q.speaker.pronoun and q.speaker.name is None:
        _resolve(d, q.speaker, found)
    found.append(q)


_NAME_WORDS = _closed(
    "von vom der des die das und ohne für am im in of the de la le les du del y and mit zu zum zur auf an "
    "bei unter über gegen & e.V. da do dos della dello di el los las et for to"
)
_DEFINITE_BEFORE = _closed("der die das dem den des im vom beim zum zur ins am")
_BEFORE_COMMON = _closed("als ein eine einen einem einer eines kein keine keinen von vor wie zu für")
_DETERMINERS = _NOMINATIVE | _OBLIQUE | _DEFINITE_BEFORE | _BEFORE_COMMON


@cache
def _known_noun(word: str) -> bool:
    """A capitalised word the dictionary knows, or a compound ending in one (Zeitungsente)."""
    lookup = _lookup()
    word = word.strip(".")
    if lookup(word) is not None:
        return True
    for k in range(1, len(word) - 3):
        tail = word[k].upper() + word[k + 1 :]
        found = lookup(tail)
        if found is not None and found[:1].isupper():
            return True
    return False


def _is_name(d: _Doc, lex: _Lexicon, k: int) -> bool:
    """Quoted words that are a name or a title: after a word of the ``[names]`` list (die Yacht
    „Dignité“, unter dem Motto „…“), or name-shaped (every word capitalised) and either an actor,
    unknown to the dictionary („Golem“, „Ener1“) or after a definite article (der „Rote Platz“)."""
    first, last = d.mark_tokens[k]
    lowest = d.sent_first[d.sentence[first]]
    j = first - 1
    while j >= lowest and j > first - 4 and (d.words[j].islower() or d.words[j].lower() in _NOMINATIVE):
        j -= 1
    if j >= lowest and d.quote_of[j] < 0:
        word, lem = d.words[j], d.lemmas[j].lower()
        if word.lower() in lex.names_lower or (word[:1].isupper() and any(lem.endswith(n) for n in lex.names_lower)):
            return True
    inner = [w for w in d.words[first + 1 : last + 1] if any(ch.isalnum() for ch in w)]
    if len(inner) == 1 and _WEB.match(inner[0]):
        return True  # „tagesschau.de“
    alone = first == d.sent_first[d.sentence[first]] or d.words[first - 1] in (".", "!", "?")
    qe = d.marks[k][1]
    if d.article.text[qe : qe + 1] == "-":
        return True  # part of a compound: die „Eins zu Eins“-Begegnung
    if first >= 2 and d.words[first - 1] == "(" and d.quote_of[first - 2] >= 0:
        return True  # a translation of a name: „Cast Lead“ („gegossenes Blei“)
    if not inner or not _name_shaped(inner):
        return False
    if any(d.mention_of[i] >= 0 and d.mentions[d.mention_of[i]][4] in ("name", "metonym") for i in range(first, last)):
        return True
    if any(w[:1].isdigit() or (w[:1].isupper() and not _known_noun(w)) for w in inner):
        return True
    j = first - 1
    while j >= lowest and j > first - 4 and d.words[j].islower() and d.words[j].lower() not in _DETERMINERS:
        j -= 1  # adjectives: der neue „Rat …“
    before = d.words[j].lower() if j >= lowest else ""
    if before in _DEFINITE_BEFORE:
        return True
    # a capitalised phrase is a quote of someone's words after "als", an indefinite article or
    # "von" (als „Kapitulation“ bezeichnet, einen „Ruck“, sprach von „Wortbruch“), or on its own
    # („Gut“, sagte Macron); elsewhere a name
    return not alone and before not in _BEFORE_COMMON and len(inner) <= 3


def _inverted_cue(d: _Doc, last: int) -> _Cue | None:
    """Any verb right after a quote and a comma, with its subject after it: "„…“, zeigte sich
    Trainer Rajevac zufrieden" (news put the speaker there, whatever the verb)."""
    if last + 3 > d.sent_last[d.sentence[last]] or d.words[last + 1] != ",":
        return None
    verb = last + 2
    w = d.words[verb]
    if not (w.isalpha() and w.islower()) or w in _NOT_A_VERB or d.quote_of[verb] >= 0:
        return None
    _, hi = _clause(d, verb)
    found = _subject(d, verb + 1, hi)
    if found is None or not _person_like(d, *found):
        return None
    return _Cue("verb", verb, verb, speaker=_speaker(d, *found))


def _previous_subject(d: _Doc, first: int) -> _Speaker | None:
    """Who the sentence before a quote is about, if a person: "Sadiq Khan verurteilte die
    Haltung der Regierung. „…“" (a quote on its own belongs to the one just introduced)."""
    prev = d.sentence[first] - 1
    if prev not in d.sent_first:
        return None
    lo, hi = d.sent_first[prev], d.sent_last[prev]
    found = _best_subject(d, lo, hi)
    if found is None or not _person_like(d, *found):
        return None
    return _speaker(d, *found)


def _opinion_holder(d: _Doc, first: int) -> tuple[int, int] | None:
    """The one whose view a phrase is, named by "für" in its clause before it: "Was für die
    Ministerin eine „…“ ist", "Für Anja Hajduk ist das eine „…“"."""
    lo, _ = _clause(d, first - 1) if first > 0 and d.quote_of[first - 1] < 0 else (first, first)
    for j in range(lo, first - 1):
        if d.words[j].lower() == "für" and d.quote_of[j + 1] < 0:
            end = _np_end(d, j + 1, first - 1)
            if end is not None and _person_like(d, j + 1, end):
                return j + 1, end
    return None


def _bracketed_after(d: _Doc, first: int, last: int) -> tuple[int, int] | None:
    """A quote in brackets right after a person-like noun phrase: "Mohammed ElBaradei („…“)"."""
    a = d.sent_first[d.sentence[first]]
    if first - 2 < a or d.words[first - 1] != "(" or last + 1 >= len(d) or d.words[last + 1] != ")":
        return None
    found = _last_np(d, a, first - 2)
    return found if found is not None and _person_like(d, *found) else None


def _next_sentence_cue(d: _Doc, last: int) -> _Cue | None:
    """The cue of the sentence after a quote when it points back: "„…“ Das sagte Merz am Montag."."""
    nxt = d.sentence[last] + 1
    if nxt not in d.sent_first or d.words[d.sent_first[nxt]] not in ("Das", "Dies", "So", "Diese", "Dieses"):
        return None
    for c in d.cues:
        if d.sentence[c.first] == nxt and c.kind == "verb" and c.speaker is not None:
            return c
    return None


def _marked_quote(d: _Doc, k: int, found: list[_Quote], reported: _Quote | None) -> _Quote | None:
    """The quote in quotation-mark span k, or None for a scare quote with no one to say it."""
    qs, qe, closed = d.marks[k]
    first, last = d.mark_tokens[k]
    inner = [w for w in d.words[first + 1 : last + (0 if closed else 1)] if any(ch.isalnum() for ch in w)]
    if not inner:
        return None
    sa, sb = d.sentence[first], d.sentence[last]
    before = [j for j in range(d.sent_first[sa], first) if d.words[j] not in _BOUNDARY]
    at_start = not before or d.words[first - 1] in (":", ".", "!", "?")  # '. "' may end the sentence before
    ends = (
        last == d.sent_last[sb]
        or d.words[last + 1] in (",", ":", ";", "–", "—", "(", ".", "!", "?")
        or d.words[last - 1] in (".", "!", "?", "…")
    )
    sentences = sum(1 for j in range(first + 1, last) if d.words[j] in (".", "!", "?") and d.words[j + 1][:1].isupper())
    sentence_like = (at_start and ends and (len(inner) >= 2 or d.words[last - 1] in ".!?")) or (
        sentences >= 1 and len(inner) >= 6
    )
    cue = _quote_cue(d, first, last)
    if (
        cue is not None
        and cue.speaker is not None
        and d.words[cue.speaker.first].lower() in _NOMINATIVE
        and not (cue.kind == "colon" and sentence_like)  # "… mit den Worten: „Paris unterstützt …“" is a quote
    ):
        head = d.lemmas[min(cue.speaker.first + 1, cue.speaker.last)].lower()
        if any(head.endswith(n) for n in d.names_lower):
            return None  # „Gewalt gegen Kinder“, so lautet der Titel einer Studie
    if cue is None and sentence_like:
        cue = _inverted_cue(d, last) or _next_sentence_cue(d, last)
    speaker = cue.speaker if cue is not None else None
    if (
        cue is not None and cue.kind == "colon" and sentence_like and speaker is not None
        and not speaker.pronoun and not _person_like(d, speaker.first, speaker.last)
    ):  # fmt: skip
        earlier = _recent(found, d, first, back=1)
        if earlier is not None:  # "Seine Zuversicht gründet sich auf Erfahrungen: „…“": still the one quoted before
            speaker = earlier.speaker
        elif _has_subjunctive(d, d.sent_first[sa], first - 1, second=False):  # "X bekräftigte … Die Pflichten
            speaker = _recent_cue_speaker(d, sa) or _previous_subject(d, first) or speaker  # seien festgelegt: „…“"
    if cue is not None and speaker is None and _has_subjunctive(d, d.sent_first[sa], d.sent_last[sb]):
        earlier = reported if reported is not None else _recent(found, d, first, back=2)
        speaker = earlier.speaker if earlier is not None else None  # "Es drohe „…“": still the one reported
    if cue is None:
        earlier = reported if reported is not None else _recent(found, d, first, back=2)
        if sentence_like:
            speaker = earlier.speaker if earlier is not None else _previous_subject(d, first)
        elif (
            reported is not None
            or _has_subjunctive(d, d.sent_first[sa], d.sent_last[sb])
            or (inner[0][:1].islower() and len(inner) >= 3)
        ):  # a phrase in reported speech, or a phrase of three words or more: someone's words
            found_subject = _subject(d, d.sent_first[sa], first - 1, people=True) if first > d.sent_first[sa] else None
            person = found_subject is not None and _person_like(d, *found_subject)
            reporting = found_subject is not None and _has_subjunctive(
                d, d.sent_first[sa], min(found_subject[1] + 1, first - 1), second=False
            )  # the main clause's verb is a Konjunktiv I: "sei die Bundesregierung", "Die Lage sei"
            holder = _opinion_holder(d, first) if not person else None
            if person and not reporting:
                speaker = _speaker(d, *found_subject)  # "Staatsanwalt Jackson hält ihn für „böse“"
            elif holder is not None:
                speaker = _speaker(d, *holder)  # "Was für die Ministerin eine „flexiblere Handhabe“ ist"
            else:  # "Erstmals sei die Bundesregierung in der Lage, … „…“": the subject is part of what is reported
                speaker = earlier.speaker if earlier is not None else _previous_subject(d, first)
                if speaker is None and person:
                    speaker = _speaker(d, *found_subject)
        else:
            return None  # a scare quote: „Zeitungsente“
    bracketed = _bracketed_after(d, first, last)
    if bracketed is not None:  # "… Mohammed ElBaradei („Mir fällt niemand ein …“), und …": his words
        cue, speaker = None, _speaker(d, *bracketed)
    return _Quote(qs, qe, first, "direct" if sentence_like else "partial", cue, speaker, closed)


# --- the table --------------------------------------------------------------------------------


def _cue_text(d: _Doc, c: _Cue | None) -> tuple[str | None, int | None, int | None]:
    if c is None:
        return None, None, None
    start, end = int(d.starts[c.first]), int(d.ends[c.last])
    text = d.article.text[start:end]
    if c.extra:
        text += " " + " ".join(d.words[j] for j in c.extra)
    return text, start, end


def quotes(
    articles: Article | Iterable[Article],
    gazetteer: pd.DataFrame | str | os.PathLike[str] | Sequence | None = None,
    toks: pd.DataFrame | None = None,
    mentions: pd.DataFrame | None = None,
    lexicon: str | os.PathLike[str] | None = None,
    language: str = "de",
    progress: bool | None = None,
) -> pd.DataFrame:
    """One row per quote: ``article``, ``section``, ``paragraph``, ``sentence``, ``start``,
    ``end`` (offsets into ``Article.text``; quotation marks included), ``text``, ``kind``
    (direct, partial, indirect), ``speaker`` (as written: "Kanzler Merz", "er", "Medienberichten"),
    ``actor`` (gazetteer id, also through a pronoun), ``name`` (the actor's name, else the
    speaker as written), ``cue`` (sagte, kündigte an, laut, zufolge, so; none for a quote that
    goes on from the one before), ``speaker_start``/``speaker_end``, ``cue_start``/``cue_end``
    (offsets), ``closed`` (false: the closing quotation mark is missing).

    ``gazetteer`` as in :func:`helpers.actors.mentions`; ``toks`` and ``mentions`` reuse a tokens
    table and its actor mentions; ``lexicon`` is a word list of your own in the format of
    ``helpers/data/speech_verbs_de.txt``, added to it.

    >>> from helpers import articles
    >>> a = articles.parse_article("Titel\\nStand: 20.12.2025\\n„Wir sind bereit“, sagte Merz am Montag.")
    >>> quotes(a)[["text", "kind", "speaker", "actor", "cue"]].values.tolist()
    [['„Wir sind bereit“', 'direct', 'Merz', 'friedrich-merz', 'sagte']]
    """
    if language != "de":
        raise ValueError("quotes knows German only (language='de')")
    items = as_articles(articles)
    t = toks if toks is not None else _tokens(items, progress=progress)
    t = t[t["kind"].isin(CONTENT_KINDS)]
    m = mentions if mentions is not None else _mentions(items, gazetteer=gazetteer, toks=t, progress=progress)
    known = actor_table(gazetteer)
    genders = {a: g for a, g in zip(known["actor"], known["gender"], strict=True) if isinstance(g, str)}
    names = dict(zip(known["actor"], known["name"], strict=True))
    lex = _lexicon(None if lexicon is None else str(paths.resolve(lexicon)))
    by_article = {str(k): g for k, g in m.groupby("article", observed=True, sort=False)} if len(m) else {}
    by_id = {a.id: a for a in items}
    rows, unclosed = [], []
    slices = article_slices(t)
    total = t["article"].nunique()
    for article_id, (lo, hi), columns in progress_bar(slices, "Zitate finden", unit="Artikel", total=total,
                                                      enable=progress):  # fmt: skip
        article = by_id.get(article_id)
        if article is None:
            continue
        part = {k: columns[k][lo:hi] for k in ("start", "end", "sentence", "paragraph", "section", "is_stop", "text",
                                               "lemma")}  # fmt: skip
        d = _doc(article, part, by_article.get(article.id), genders, names)
        d.agents, d.names_lower = lex.agents, lex.names_lower
        for q in _article_quotes(d, lex):
            sp = q.speaker
            surface = article.text[sp.start : sp.end] if sp is not None else None
            cue, cue_start, cue_end = _cue_text(d, q.cue)
            rows.append((
                article.id, int(d.section[q.first]), int(d.paragraph[q.first]), int(d.sentence[q.first]),
                q.start, q.end, article.text[q.start : q.end], q.kind, surface,
                sp.actor if sp is not None else None,
                (sp.name or surface) if sp is not None else None,
                cue, sp.start if sp is not None else None, sp.end if sp is not None else None,
                cue_start, cue_end, q.closed,
            ))  # fmt: skip
            if not q.closed:
                unclosed.append(f"{article.id} at {q.start}")
    if unclosed:
        warnings.warn(
            f"{len(unclosed)} quotation mark(s) not closed; each quote ends with its paragraph: "
            + ", ".join(unclosed[:5])
            + (" …" if len(unclosed) > 5 else ""),
            UnclosedQuoteWarning,
            stacklevel=2,
        )
    out = pd.DataFrame(rows, columns=COLUMNS)
    for c in ("speaker_start", "speaker_end", "cue_start", "cue_end"):
        out[c] = out[c].astype("Int64")
    return out.sort_values(["article", "start", "kind"], kind="stable", ignore_index=True) if len(out) else out


# --- analyses ---------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _words_in(text: str) -> int:
    return len(_WORD.findall(text))


#: The two voices of a text: someone's quoted words and the journalist's own.
VOICES = {True: "In den Zitaten", False: "Im Text des Journalisten"}


def quoted_tokens(toks: pd.DataFrame, q: pd.DataFrame, kinds: Sequence[str] = ("direct", "partial")) -> pd.DataFrame:
    """``toks`` with a column ``is_quoted``: the token stands inside a quote of ``kinds`` (by
    default the words in quotation marks: someone else's words, not the journalist's), and
    ``voice``, its German label (:data:`VOICES`).

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> t = quoted_tokens(tokens(corpus), quotes(corpus))
    >>> t.loc[t.is_quoted & ~t.is_punct, "text"].tolist()[:4]
    ['Ich', 'denke', 'wir', 'haben']
    """
    out = toks.copy()
    flags = np.zeros(len(out), dtype=bool)
    chosen = q[q["kind"].isin(kinds)]
    if not (chosen.empty or out.empty):
        article = out["article"].astype(str).to_numpy()
        starts, ends = out["start"].to_numpy(), out["end"].to_numpy()
        for a, rows in chosen.groupby("article", sort=False):
            where = np.flatnonzero(article == str(a))
            for s, e in zip(rows["start"], rows["end"], strict=True):
                flags[where[(starts[where] >= s) & (ends[where] <= e)]] = True
    out["is_quoted"] = flags
    out["voice"] = out["is_quoted"].map(VOICES)
    return out


def words_by_voice(qt: pd.DataFrame) -> pd.Series:
    """Words (tokens that are not punctuation, in title, lead, headings and body) per ``voice`` of
    :func:`quoted_tokens`.

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> words_by_voice(quoted_tokens(tokens(corpus), quotes(corpus))).to_dict()
    {'Im Text des Journalisten': 520, 'In den Zitaten': 53}
    """
    return qt[qt["kind"].isin(CONTENT_KINDS) & ~qt["is_punct"]].groupby("voice").size()


def terms_per_1000_by_voice(qt: pd.DataFrame) -> pd.DataFrame:
    """How often each lemma (not a stopword, letters only) occurs per 1,000 words of each voice of
    :func:`quoted_tokens`: one row per lemma, one column per voice, most frequent in quotes first.

    >>> from helpers import articles, paths
    >>> from helpers.tokens import tokens
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> terms_per_1000_by_voice(quoted_tokens(tokens(corpus), quotes(corpus))).index[0]
    'Berlin'
    """
    totals = words_by_voice(qt)
    content = qt[qt["kind"].isin(CONTENT_KINDS) & qt["is_alpha"] & ~qt["is_stop"]]
    per_1000 = (content.groupby(["lemma", "voice"]).size().unstack(fill_value=0) / totals * 1000).round(1)
    return per_1000.sort_values(VOICES[True], ascending=False) if VOICES[True] in per_1000 else per_1000


def quote_counts(q: pd.DataFrame, by: str | Sequence[str] = "name", words: bool = False) -> pd.DataFrame:
    """Quotes (or, with ``words``, their words) per speaker, one column per ``kind``, with a
    ``total``; largest first. Quotes without a speaker count as "(ohne Sprecher)", pronouns that
    point to nobody we could name as "(Pronomen, nicht zugeordnet)".

    >>> from helpers import articles, paths
    >>> c = quote_counts(quotes(articles.load_corpus(paths.SEEDS)))
    >>> c.loc["Friedrich Merz"].tolist()  # Berlin quote; two partial quotes; "nach seinen Angaben", "dass Selenskyj …"
    [1, 2, 2, 5]
    """
    columns = [by] if isinstance(by, str) else list(by)
    unresolved = q["speaker"].str.lower().isin(list(_PERSONAL)) & q["actor"].isna()
    data = q.assign(
        **{b: q[b].mask(unresolved & q[b].str.lower().isin(list(_PERSONAL)), _UNRESOLVED).fillna("(ohne Sprecher)")
           for b in columns},
        value=q["text"].map(_words_in) if words else 1,
    )  # fmt: skip
    table = data.pivot_table(index=by, columns="kind", values="value", aggfunc="sum", fill_value=0, observed=True)
    table = table.reindex(columns=[k for k in KINDS if k in table.columns])
    table["total"] = table.sum(axis=1)
    table.columns.name = None
    return table.sort_index().sort_values("total", ascending=False, kind="stable")


def mentioned_and_quoted(
    m: pd.DataFrame, q: pd.DataFrame, types: Sequence[str] = ("person", "organisation", "media", "country")
) -> pd.DataFrame:
    """Talked about, or talking? Per gazetteer actor of ``types`` (places do not speak): ``name``,
    ``type``, ``mentions`` (from :func:`helpers.actors.mentions`), ``quotes`` (all kinds),
    ``direct`` (in quotation marks), ``indirect``, ``quoted_words`` and ``share`` (quotes per
    mention); most mentioned first.

    >>> from helpers import actors, articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> t = mentioned_and_quoted(actors.mentions(corpus), quotes(corpus))
    >>> t.loc["marco-rubio", ["mentions", "quotes"]].tolist()  # five mentions; one direct, two indirect
    [5, 3]
    """
    mentioned = m.groupby("actor").agg(name=("name", "first"), type=("type", "first"), mentions=("start", "size"))
    spoken = q.dropna(subset=["actor"]).assign(
        direct=lambda x: x["kind"].isin(("direct", "partial")),
        indirect=lambda x: x["kind"] == "indirect",
        words=lambda x: x["text"].map(_words_in).where(x["kind"] != "indirect", 0),
    )
    said = spoken.groupby("actor").agg(
        quotes=("start", "size"), direct=("direct", "sum"), indirect=("indirect", "sum"), quoted_words=("words", "sum")
    )
    out = mentioned.join(said, how="outer")
    names = q.dropna(subset=["actor"]).groupby("actor")["name"].first()
    out["name"] = out["name"].fillna(names)
    counts = ["mentions", "quotes", "direct", "indirect", "quoted_words"]
    out[counts] = out[counts].fillna(0).astype(int)
    out["share"] = (out["quotes"] / out["mentions"].where(out["mentions"] > 0)).round(3)
    out.index.name = "actor"
    out = out[out["type"].isin(types) | out["type"].isna()]
    return out.sort_values(["mentions", "quotes"], ascending=False, kind="stable")


def quotes_by_section(q: pd.DataFrame, articles: Article | Iterable[Article]) -> pd.DataFrame:
    """Quotes per section (rows: section headings, or section numbers for several articles;
    columns: kinds), in the order of the sections.

    >>> from helpers import articles, paths
    >>> corpus = articles.load_corpus(paths.SEEDS)
    >>> quotes_by_section(quotes(corpus), corpus)["direct"].tolist()
    [1, 0, 1, 0]
    """
    labels = section_labels(articles)
    single = labels["article"].nunique() == 1
    labels["row"] = labels["heading"] if single else labels["section"].map(lambda s: f"Abschnitt {s}")
    table = q.merge(labels, on=["article", "section"], how="left").pipe(
        lambda x: pd.crosstab(x["row"], x["kind"]) if len(x) else pd.DataFrame()
    )
    order = list(dict.fromkeys(labels.sort_values(["section", "article"])["row"]))
    table = table.reindex(index=order, columns=list(KINDS), fill_value=0)
    table.index.name, table.columns.name = "section", None
    return table


def quote_table(q: pd.DataFrame, articles: Article | Iterable[Article], width: int = 140) -> pd.DataFrame:
    """The quotes to read: ``Sprecher``, ``Art``, ``Zitat`` (shortened to ``width``),
    ``Abschnitt``, in the order of the text."""
    labels = section_labels(articles)
    rows = q.merge(labels, on=["article", "section"], how="left")
    return pd.DataFrame(
        {
            "Sprecher": rows["name"].fillna("–"),
            "Art": rows["kind"].map(KIND_LABELS),
            "Zitat": rows["text"].map(lambda t: shorten(" ".join(t.split()), width)),
            "Abschnitt": rows["heading"],
        }
    )

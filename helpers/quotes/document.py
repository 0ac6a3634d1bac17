"""One article as the rules read it: its tokens, quotation marks and actor mentions, by name.

:func:`read_doc` builds a :class:`Doc` from the columns of :func:`helpers.tokens.tokens` for one
article and the rows of :func:`helpers.actors.mentions` in it. Every per-token fact is an array or
list indexed by token (``d.words[j]``, ``d.quote_of[j]``); the mentions are :class:`Mention` s.
The rules then add :class:`Cue` s, each with its :class:`Speaker`, and find :class:`Quote` s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from helpers.articles import CONTENT_KINDS, Article
from helpers.german import NOMINATIVE, OBLIQUE
from helpers.quotes.lexicon import Lexicon
from helpers.quotes.marks import quotation_marks
from helpers.quotes.names import name_shaped, name_words

Span = tuple[int, int]  # the first and last token of a phrase


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention of :func:`helpers.actors.mentions`: character offsets, the gazetteer
    actor, its ``type`` (person, organisation, media, country, place) and how it was found,
    ``kind`` (name, role, metonym, ...)."""

    start: int
    end: int
    actor: str
    type: str
    kind: str


@dataclass(slots=True)
class Speaker:
    """Who says it: a token range and what we know of it (actor, name, gender)."""

    first: int  # token range of the speaker's words
    last: int
    start: int  # character offsets
    end: int
    actor: str | None = None
    name: str | None = None
    gender: str | None = None
    pronoun: bool = False
    person: bool = False


@dataclass(slots=True)
class Cue:
    """A speech verb or frame: ``kind`` is verb, before, after, so, impersonal, known ("wurde bekannt",
    which reports a clause and names nobody, not quoted words), written (a text that carries quoted
    words: "auf dem Plakat stand", which reports no clause) or colon."""

    kind: str
    first: int
    last: int
    speaker: Speaker | None = None
    extra: tuple[int, ...] = ()  # the particle of a separable verb
    scope: Span | None = None  # a cue in a relative clause speaks only for quotes in it


@dataclass(slots=True)
class Quote:
    """A quote found: character offsets, its first token, kind, cue and speaker."""

    start: int
    end: int
    first: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    closed: bool = True


@dataclass(slots=True, eq=False)
class Doc:
    """The tokens of one article's content lines, as plain lists and arrays (one entry per token)."""

    article: Article
    words: list[str]
    lemmas: list[str]
    starts: np.ndarray  # character offsets
    ends: np.ndarray
    sentence: np.ndarray
    paragraph: np.ndarray
    section: np.ndarray
    stop: np.ndarray  # a stopword
    first_of_sentence: np.ndarray  # the first word of its sentence (or the first after a colon)
    sent_first: dict[int, int]  # sentence -> its first token
    sent_last: dict[int, int]  # sentence -> its last token
    quote_of: np.ndarray  # the quotation-mark span the token is in, or -1
    marks: list[tuple[int, int, bool]]  # per quotation-mark span: start, end, closed (characters)
    mark_tokens: list[Span]  # per quotation-mark span: its first and last token (the marks)
    name_quotes: list[bool]  # per span: a name or phrase inside a clause (die „Computerwoche“, als „falsch“ bezeichnet)
    mention_of: np.ndarray  # the actor mention covering the token, or -1
    mentions: list[Mention]
    genders: Mapping[str, str]  # actor -> m or f
    names: Mapping[str, str]  # actor -> its name
    lexicon: Lexicon
    name_words: frozenset[str] = frozenset()  # last names of first-and-last-name pairs in the article
    cues: list[Cue] = field(default_factory=list)
    by_sentence: dict[int, list[Cue]] = field(default_factory=dict)  # sentence -> its cues, in order
    speakers_in: dict[int, list[Speaker]] = field(default_factory=dict)  # sentence -> speakers of quotes found
    # token positions outside quotes of a Konjunktiv I, a Konjunktiv II and "sei" before "denn",
    # found once when first asked (helpers.quotes.reported.has_subjunctive): not word by word per question
    subjunctives: tuple[list[int], list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def span(self, first: int, last: int) -> str:
        """The text of tokens first..last."""
        return self.article.text[int(self.starts[first]) : int(self.ends[last])]

    def set_cues(self, cues: list[Cue]) -> None:
        """Keep the article's cues, indexed by sentence (a rule asks for one sentence's cues, never all)."""
        self.cues = cues
        self.by_sentence = {}
        for c in cues:
            self.by_sentence.setdefault(int(self.sentence[c.first]), []).append(c)

    def cues_in(self, s: int) -> list[Cue]:
        """The cues of sentence s, in the order of the text."""
        return self.by_sentence.get(s, [])

    def mention_at(self, j: int) -> Mention | None:
        """The actor mention covering token j."""
        m = self.mention_of[j]
        return self.mentions[m] if m >= 0 else None

    def first_of(self, j: int) -> int:
        """The first token of token j's sentence."""
        return self.sent_first[self.sentence[j]]

    def last_of(self, j: int) -> int:
        """The last token of token j's sentence."""
        return self.sent_last[self.sentence[j]]


def _name_quote_flags(words: list[str], mark_tokens: list[Span], lexicon: Lexicon) -> list[bool]:
    """Per quotation-mark span: it stands inside a clause, as a short name (die „Computerwoche“,
    wie „heise online“ berichtet) or glued between words (als „falsch“ bezeichnet)."""
    flags = []
    for lo, last in mark_tokens:
        hi = last + 1
        inner = words[lo + 1 : hi - 1]
        before = words[lo - 1].lower() if lo > 0 else ""
        short_name = (
            0 < len(inner) <= 4
            and not any(w in ".!?:," for w in inner)
            and (name_shaped(inner, lexicon) or before in ("wie", "laut") or before in NOMINATIVE or before in OBLIQUE)
        )
        embedded = lo > 0 and hi < len(words) and words[lo - 1][:1].isalpha() and words[hi][:1].isalpha()
        flags.append(short_name or embedded)
    return flags


def read_doc(
    article: Article,
    part: dict[str, np.ndarray | list],
    ments: Mapping[str, Sequence] | None,
    genders: Mapping[str, str],
    names: Mapping[str, str],
    lexicon: Lexicon,
) -> Doc:
    """The :class:`Doc` of one article from its token columns (``part``) and the columns of its
    actor mentions (``start``, ``end``, ``actor``, ``type``, ``kind``, as in :func:`helpers.actors.mentions`)."""
    words = part["text"]
    # int64: searching an int32 array for a Python int copies the whole array on every search
    starts, ends = np.asarray(part["start"], dtype=np.int64), np.asarray(part["end"], dtype=np.int64)
    sentence = part["sentence"]
    n = len(words)
    first_of_sentence = np.ones(n, dtype=bool)
    # a colon opens a sentence of its own for the rules: "Merz: „…“"
    first_of_sentence[1:] = (sentence[1:] != sentence[:-1]) | np.array([w == ":" for w in words[:-1]], dtype=bool)
    sent_first: dict[int, int] = {}
    sent_last: dict[int, int] = {}
    for i, s in enumerate(sentence.tolist()):
        sent_first.setdefault(s, i)
        sent_last[s] = i
    lines = [(ln.start, ln.end) for ln in article.lines if ln.kind in CONTENT_KINDS]
    marks = quotation_marks(article.text, lines)
    quote_of = np.full(n, -1, dtype=np.int64)
    mark_tokens = []
    for k, (qs, qe, _closed) in enumerate(marks):
        lo, hi = int(np.searchsorted(starts, qs)), int(np.searchsorted(ends, qe, side="right"))
        quote_of[lo:hi] = k
        mark_tokens.append((lo, hi - 1))
    mention_of = np.full(n, -1, dtype=np.int64)
    mentions: list[Mention] = []
    if ments is not None and len(ments["start"]):
        columns = (ments["start"], ments["end"], ments["actor"], ments["type"], ments["kind"])
        for j, (ms, me, actor, typ, kind) in enumerate(zip(*columns, strict=True)):
            mentions.append(Mention(start=int(ms), end=int(me), actor=actor, type=typ, kind=kind))
            lo, hi = int(np.searchsorted(ends, ms, side="right")), int(np.searchsorted(starts, me))
            mention_of[lo:hi] = j
    d = Doc(
        article=article,
        words=words,
        lemmas=part["lemma"],
        starts=starts,
        ends=ends,
        sentence=sentence,
        paragraph=part["paragraph"],
        section=part["section"],
        stop=part["is_stop"],
        first_of_sentence=first_of_sentence,
        sent_first=sent_first,
        sent_last=sent_last,
        quote_of=quote_of,
        marks=marks,
        mark_tokens=mark_tokens,
        name_quotes=_name_quote_flags(words, mark_tokens, lexicon),
        mention_of=mention_of,
        mentions=mentions,
        genders=genders,
        names=names,
        lexicon=lexicon,
    )
    d.name_words = name_words(d)
    return d

"""Voices the sentence rules cannot see: interview answers and quotes in the headline or a heading.

Both are decided over the quotes of a whole article, after :func:`helpers.quotes.article.article_quotes`:

- **Interview answers** (:func:`helpers.interviews.interview_turns`): every answer paragraph is the
  interviewee's words, a quote of kind ``interview``, whoever the sentence rules would have guessed
  ("Ich halte das für zu pauschal." is Hollstein's, not the colleague she quoted an answer before).
  A quote in quotation marks inside an answer stays the quoted person's ("Mein Kollege Tobias
  Wendland sagt gern: „Beton wird nicht im Bundestag gegossen.“"); reported speech inside an answer
  stays only when its speaker is named in that answer.
- **Headline and heading quotes**: the headline line (kicker and title, „Die Unternehmen warten auf
  ein klares Signal“) and headings quote words said in the body. Their speaker is whoever says
  those words in the body (the same words, or most of them: "Wir lassen uns nicht erpressen" for
  „Wir lassen uns von diesem Vorstand nicht erpressen“), else the interviewee, else the article's
  main speaker (most quotes); the column ``speaker_from`` says which.

A quote is a :class:`Row` here: the table's columns as a mutable record, so the steps can read and
rewrite speakers without tuple indices.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from helpers.articles import Article
from helpers.interviews import generic_labels, interview_turns, interviewee
from helpers.quotes.document import Doc
from helpers.quotes.marked import is_name
from helpers.recognised import actor_id

#: How a quote's speaker was found (the column ``speaker_from``).
SPEAKER_FROM = {
    "cue": "am Zitat genannt",
    "interview": "Interviewte Person",
    "body": "dieselben Worte im Text",
    "interviewee": "Interviewte Person (keine Entsprechung im Text)",
    "main_speaker": "meistzitierte Person des Artikels",
}

#: Share of a headline quote's words that a body quote must hold to be the same words.
SAME_WORDS = 0.6
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Row:
    """One quote of :func:`helpers.quotes.quotes` while it is being decided."""

    section: int
    paragraph: int
    sentence: int
    start: int
    end: int
    kind: str
    speaker: str | None = None
    actor: str | None = None
    name: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    closed: bool = True
    cue_particle_start: int | None = None
    cue_particle_end: int | None = None
    speaker_from: str | None = None

    def voice_of(self, other: Row, source: str) -> None:
        """Take ``other``'s speaker: who, not where (no words of the headline name the speaker, so
        ``speaker`` and its offsets stay empty)."""
        self.actor, self.name, self.speaker_from = other.actor, other.name or other.speaker, source


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


# --- interviews ---------------------------------------------------------------------------------------


def _interviewee_actor(d: Doc, written: str) -> tuple[str | None, str | None, int | None, int | None]:
    """The person mention whose name ends with the interviewee's name as written ("Hollstein",
    "Frau Hollstein", "Wadym Melnyk"): actor, name and the offsets of its first mention."""
    last = written.split()[-1]
    for m in d.mentions:
        if m.type != "person":
            continue
        name = d.names.get(m.actor) or d.article.text[m.start : m.end]
        if last in name.split() or d.article.text[m.start : m.end].split()[-1] == last:
            return m.actor, name, m.start, m.end
    # named only in the labels ("STANDARD: … Hofer: …", "Peter Kaiser: … Kaiser: …"): a stable id from
    # the name as written, in full where a label gives it
    if not last[:1].isupper() or last in generic_labels():
        return None, None, None, None
    return actor_id(written), written, None, None


def interview_rows(article: Article, d: Doc, rows: list[Row], turns: pd.DataFrame | None = None) -> list[Row]:
    """``rows`` with one ``interview`` quote per answer of an interview; the sentence rules' quotes
    inside answers kept only when their speaker is named in the same answer (or in quotation marks
    with a speaker of their own). ``turns``: the article's rows of
    :func:`helpers.interviews.interview_turns`, when already known."""
    turns = interview_turns(article) if turns is None else turns
    if turns.empty or not (turns["role"] == "answer").any():
        return rows
    written = interviewee(article, turns)
    actor, name, first, last = _interviewee_actor(d, written) if written else (None, None, None, None)
    answers = turns[turns["role"] == "answer"]
    # an answer's label belongs to it: "Melnyk: Ich glaube nicht, …" is no reported speech of Paulsen's
    opening = answers["label_start"].fillna(answers["start"]).astype(int)
    spans = list(zip(opening, answers["end"].astype(int), strict=True))

    def answer_of(start: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in spans if s <= start < e), None)

    kept = []
    for r in rows:
        span = answer_of(r.start)
        if span is None:
            kept.append(r)
            continue
        named_here = r.speaker_start is not None and span[0] <= r.speaker_start < span[1]
        if named_here and (r.kind != "indirect" or r.actor is not None):
            kept.append(r)  # Wendland sagt gern: „…“ inside Hollstein's answer
    out = kept
    for row in answers.itertuples(index=False):
        s, e = int(row.start), int(row.end)
        j = int(d.starts.searchsorted(s))
        label = (int(row.label_start), int(row.label_end) - 1) if pd.notna(row.label_start) else None
        out.append(Row(
            section=int(d.section[j]), paragraph=int(d.paragraph[j]), sentence=int(d.sentence[j]),
            start=s, end=e, kind="interview",
            speaker=article.text[label[0] : label[1]] if label else (
                article.text[first:last] if first is not None else None),
            actor=actor, name=name or written,
            speaker_start=label[0] if label else first, speaker_end=label[1] if label else last,
            speaker_from="interview",
        ))  # fmt: skip
    return sorted(out, key=lambda r: (r.start, r.kind))


# --- headline and headings ----------------------------------------------------------------------------


def _headline_spans(d: Doc) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, first token, last token, closed) of each quotation in the headline line or a heading
    that is not a name or a title (die „Letzte Generation“)."""
    lines = [(ln.start, ln.end) for ln in d.article.lines if ln.kind in ("title", "heading")]
    out = []
    for k, (qs, qe, closed) in enumerate(d.marks):
        if not any(ls <= qs < le for ls, le in lines):
            continue
        first, last = d.mark_tokens[k]
        words = [w for w in d.words[first : last + 1] if w[:1].isalnum()]
        if len(words) >= 2 and not is_name(d, k, set()):
            out.append((qs, qe, first, last, closed))
    return out


def _same_words(words: list[str], body: list[Row], text: str) -> Row | None:
    """The body quote that holds most of ``words`` (at least :data:`SAME_WORDS` of them, two or
    more), quotation marks before reported speech."""
    best, score = None, (SAME_WORDS, -1)
    wanted = Counter(words)
    for r in body:
        if r.actor is None and r.name is None:
            continue
        have = Counter(_words(text[r.start : r.end]))
        shared = sum((wanted & have).values())
        key = (shared / len(words), r.kind != "indirect")
        if shared >= 2 and key >= score:
            best, score = r, key
    return best


def _main_speaker(body: list[Row]) -> Row | None:
    """The quote of the speaker quoted most often in the article (the first such quote)."""
    who = Counter(r.actor or r.name for r in body if (r.actor or r.name))
    if not who:
        return None
    top = max(who.values())
    return next(r for r in body if (r.actor or r.name) and who[r.actor or r.name] == top)


def headline_rows(d: Doc, rows: list[Row]) -> list[Row]:
    """``rows`` with every quotation of the headline line and the headings as a quote whose speaker
    says the same words in the body, else is the interviewee, else the main speaker."""
    spans = _headline_spans(d)
    if not spans:
        return rows
    text = d.article.text
    inside = {(s, e) for s, e, *_ in spans}
    own = {(r.start, r.end): r for r in rows if (r.start, r.end) in inside}
    body = [r for r in rows if (r.start, r.end) not in inside]
    answers = [r for r in body if r.kind == "interview"]
    main = _main_speaker([r for r in body if r.kind != "interview"])
    out = list(body)
    for s, e, first, _last, closed in spans:
        r = own.get((s, e)) or Row(
            section=int(d.section[first]), paragraph=int(d.paragraph[first]), sentence=int(d.sentence[first]),
            start=s, end=e, kind="direct", closed=closed,
        )  # fmt: skip
        line = next(ln for ln in d.article.lines if ln.start <= s < ln.end)
        if r.speaker_start is not None and line.start <= r.speaker_start < line.end:
            match = _same_words(_words(text[s:e]), body, text) if r.actor is None else None
            if match is not None and match.actor is not None:
                r.voice_of(match, "body")  # "Bewohnerin: „Es ging alles so schnell“": the resident the body names
            out.append(r)  # the heading names its speaker: Kottke: „Wir lassen uns nicht erpressen“
            continue
        r.speaker = r.actor = r.name = r.cue = None
        r.speaker_start = r.speaker_end = r.cue_start = r.cue_end = None
        r.cue_particle_start = r.cue_particle_end = None
        match = _same_words(_words(text[s:e]), body, text)
        if match is not None:
            r.voice_of(match, "body")
        elif answers:
            r.voice_of(answers[0], "interviewee")
        elif main is not None:
            r.voice_of(main, "main_speaker")
        out.append(r)
    return sorted(out, key=lambda r: (r.start, r.kind))

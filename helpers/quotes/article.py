"""One article's quotes: find the cues, then read sentence by sentence what is reported and what
stands in quotation marks."""

from __future__ import annotations

import numpy as np

from helpers.quotes.attribution import resolve, resolve_statement
from helpers.quotes.cues import find_cues
from helpers.quotes.document import Cue, Doc, Quote
from helpers.quotes.marked import is_name, marked_quote
from helpers.quotes.reported import content, has_subjunctive, reported


def _drop_berufung_beside_verb(d: Doc, cues: list[Cue]) -> list[Cue]:
    """A frame ending in "auf" (unter Berufung auf X) in a sentence with a speech verb is the
    verb's source, not a speaker of its own: "meldet dpa unter Berufung auf Regierungskreise"."""
    verb_sentences = {d.sentence[c.first] for c in cues if c.kind == "verb"}
    return [
        c for c in cues
        if not (c.kind == "before" and d.words[c.last] == "auf" and d.sentence[c.first] in verb_sentences)
    ]  # fmt: skip


def _add(d: Doc, found: list[Quote], q: Quote | None) -> None:
    """Append a quote, resolving a pronoun speaker first (against the quotes before it)."""
    if q is None:
        return
    if q.speaker is not None and q.speaker.pronoun and q.speaker.name is None:
        resolve(d, q.speaker)
    elif q.speaker is not None:
        resolve_statement(d, q.speaker)  # "heißt es in der Stellungnahme": the one quoted just before
    found.append(q)
    if q.speaker is not None:
        d.speakers_in.setdefault(int(d.sentence[q.speaker.first]), []).append(q.speaker)


def _last_token(d: Doc, q: Quote) -> int:
    """The last token of quote q."""
    return int(np.searchsorted(d.ends, q.end, side="left"))


def one_voice_per_span(d: Doc, found: list[Quote]) -> list[Quote]:
    """A span is either someone's words in quotation marks or reported speech, never both: reported
    speech that holds a direct quote ends before it ("…, wenn die Hilfe nicht fortgesetzt werde:
    „Weite Teile des Landes stehen unter Wasser.“": the clause before the colon), and is dropped
    if what is left is short and not in the Konjunktiv, or the quote's own frame ("Nur so viel:
    „Wir sind nicht naiv“, sagte Rubio.": one direct quote). Partial quotes inside reported
    speech stay: they are a phrase of it."""
    direct = [q for q in found if q.kind == "direct"]
    if not direct:
        return found
    out: list[Quote] = []
    k = 0  # direct quotes are in the order of the text, as reported speech is
    for q in found:
        if q.kind != "indirect":
            out.append(q)
            continue
        while k < len(direct) and direct[k].end <= q.start:
            k += 1
        inside = [x for x in direct[k : k + 8] if x.start >= q.start and x.end <= q.end + 1]
        if not inside:
            out.append(q)
            continue
        last = _last_token(d, q)
        before = int(np.searchsorted(d.starts, inside[0].start)) - 1
        kept = content(d, q.first, before) if before >= q.first else None
        if kept is not None and kept[1] - kept[0] < 3 and not has_subjunctive(d, *kept):
            kept = None  # a lead-in, not reported speech: "Nur so viel: „…“"
        if kept is None or any(kept[0] <= c.first <= kept[1] for c in d.cues_in(int(d.sentence[kept[0]]))):
            continue
        if kept[1] < last:
            q.end = int(d.ends[kept[1]])
        out.append(q)
    return out


def article_quotes(d: Doc) -> list[Quote]:
    """Every quote of one article, in the order of its sentences: per sentence its reported
    speech, after the quotation-mark spans that open in it."""
    d.set_cues(_drop_berufung_beside_verb(d, find_cues(d, d.lexicon)))
    # quoted words inside a cue's speaker are a name: „BBC News“ berichtet
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
    found: list[Quote] = []
    for s in sorted(d.sent_first):
        indirect = reported(d, s, found)
        for k in by_sentence.get(s, []):
            if not is_name(d, k, speaker_quotes):
                _add(d, found, marked_quote(d, k, found, indirect))
        _add(d, found, indirect)
    return partial_in_reported_speech(d, one_voice_per_span(d, found))


def partial_in_reported_speech(d: Doc, found: list[Quote]) -> list[Quote]:
    """A partial quote inside reported speech is a phrase of it, said by its speaker, where the verb
    that seemed to cue it stands inside that reported speech too: in "Man werde die Souveränität der
    griechischen Inseln „mit allen diplomatischen Mitteln“ verteidigen, sagte Andreadis", "verteidigen"
    is part of what he said, and "die Souveränität der griechischen Inseln" no speaker."""
    reported_speech = [q for q in found if q.kind == "indirect" and q.speaker is not None]
    if not reported_speech:
        return found
    for q in found:
        if q.kind != "partial":
            continue
        around = next((r for r in reported_speech if r.start <= q.start and q.end <= r.end), None)
        if around is None or q.speaker is around.speaker:
            continue
        cue_inside = (q.cue is not None and q.cue.kind == "verb"
                      and around.start <= int(d.starts[q.cue.first]) < around.end)  # not "so Ute Bader", "nach"
        if q.speaker is None or cue_inside:
            q.speaker, q.cue = around.speaker, around.cue
    return found

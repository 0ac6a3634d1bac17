"""Reported speech without quotation marks: what a sentence reports, by the rules of
:data:`REPORTED_RULES` (a cue's content, a dass-clause, a sentence pointed back at, a
Konjunktiv I sentence that goes on reporting).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy as np

from helpers.german import (
    FINITE_AUXILIARIES,
    PASSIVE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    SUBJUNCTIVE_I,
    SUBJUNCTIVE_II,
    is_subjunctive_i,
)
from helpers.quotes.attribution import previous_subject, speaker_of
from helpers.quotes.document import Cue, Doc, Quote, Span, Speaker
from helpers.quotes.grammar import (
    BOUNDARY,
    CLAUSE_ENDS,
    CLAUSE_OPENING,
    CLAUSE_WORDS,
    COMMENT_CLAUSES,
    NOT_REPORTING,
    OPENERS,
    POINTING_BACK,
    RELATIVE_FRAMES,
)
from helpers.quotes.phrases import after_last, clause, comma_parts, person_like, subject, verbless
from helpers.quotes.rules import STOP, Example, Rule, Stop, first_decision

# --- pieces of a sentence -------------------------------------------------------------------------


def content(d: Doc, a: int, b: int) -> Span | None:
    """Trim punctuation from both ends of the token range a..b; None if fewer than 3 words remain
    or all of it is in quotation marks (that is a direct quote)."""
    while a <= b and d.words[a] in BOUNDARY and d.quote_of[a] < 0:
        a += 1
    while b >= a and d.words[b] in BOUNDARY and d.quote_of[b] < 0:
        b -= 1
    if b - a + 1 < 3:
        return None
    k = d.quote_of[a]
    if k >= 0 and d.quote_of[b] == k:
        return None
    return a, b


def _first_person(d: Doc, j: int) -> bool:
    """The verb at token j has "ich" next to it, so a form like "habe", "glaube" is the indicative
    ("Ich glaube, …", "Folglich lehne ich das ab"), not a Konjunktiv I ("ich sei" is one)."""
    return d.words[j] != "sei" and any(0 <= k < len(d) and d.words[k].lower() == "ich" for k in (j - 1, j + 1))


def _subjunctive_i(d: Doc, j: int) -> bool:
    """Token j is a Konjunktiv I (of the third person)."""
    return is_subjunctive_i(d.words[j], d.lemmas[j]) and not _first_person(d, j)


def _subjunctives(d: Doc) -> tuple[list[int], list[int], list[int]]:
    """The positions outside quotes of every Konjunktiv I (of the third person), every Konjunktiv II
    and every "sei" before "denn" of ``d``, in order: found in one pass, asked of by bisection."""
    if d.subjunctives is None:
        first: list[int] = []
        second: list[int] = []
        sei_denn: list[int] = []
        words, quote_of, n = d.words, d.quote_of, len(d.words)
        for j in np.flatnonzero(quote_of < 0).tolist():
            w = words[j]
            if _subjunctive_i(d, j):
                (sei_denn if w == "sei" and j + 1 < n and words[j + 1] == "denn" else first).append(j)
            elif w in SUBJUNCTIVE_II:
                second.append(j)
        d.subjunctives = (first, second, sei_denn)
    return d.subjunctives


def _first_within(positions: list[int], a: int, b: int) -> int | None:
    """The first of the sorted ``positions`` in a..b."""
    k = bisect_left(positions, a)
    return positions[k] if k < len(positions) and positions[k] <= b else None


def has_subjunctive(d: Doc, a: int, b: int, second: bool = True) -> bool:
    """Tokens a..b (outside quotes) hold a Konjunktiv I ("sei", "habe", "mache") or, with
    ``second``, a Konjunktiv II ("wäre", "hätte"); "es sei denn" does not count (but a "sei" at b,
    the range's last token, does: its "denn" lies outside)."""
    first, conditional, sei_denn = _subjunctives(d)
    return (
        _first_within(first, a, b) is not None
        or (second and _first_within(conditional, a, b) is not None)
        or (a <= b and _first_within(sei_denn, b, b) is not None)
    )


def first_subjunctive(d: Doc, a: int, b: int) -> int | None:
    """The first Konjunktiv (I or II) outside quotes among tokens a..b ("es sei denn" does not count)."""
    first, conditional, sei_denn = _subjunctives(d)
    found = [_first_within(first, a, b), _first_within(conditional, a, b)]
    found.append(b if a <= b and _first_within(sei_denn, b, b) is not None else None)
    return min((j for j in found if j is not None), default=None)


def reporting_clause(d: Doc, a: int, b: int) -> int:
    """Where the reported speech of sentence a..b (with no cue of its own) begins: at the clause
    that holds its first Konjunktiv, after the comma that opens it, so that a frame before it
    stays out (as the gold leaves it out): "Die BVG begegnet der Kritik mit dem Argument, die
    Züge seien meist unterirdisch unterwegs." (from "die Züge"). What stands before the comma
    must look like a clause of its own, with a verb: in "Die Absicht, die die Landesregierung
    verfolge, unterstütze die SPD." and "Der Minister, Wolfgang Schäuble, habe …" it is the
    subject. A Konjunktiv right after the comma is the verb of a clause begun before it, unless
    the sentence opens with a subordinate clause: "Obwohl Steinbrück mit Mehreinnahmen rechnet,
    sei man von einer Entschuldung weit entfernt." (from "sei")."""
    first = first_subjunctive(d, a, b)
    if first is None:
        return a
    k = first - 1
    while k > a and not (d.words[k] in CLAUSE_ENDS and d.quote_of[k] < 0):
        k -= 1
    if k <= a:
        return a
    if k + 1 == first:
        return k + 1 if d.words[a].lower() in OPENERS else a
    return a if verbless(d, a, k - 1) else k + 1


def zu_infinitive(d: Doc, last: int) -> bool:
    """The clause ends in a zu-infinitive: "…, das Gesetz zurückzunehmen", "…, Zivilisten zu schützen"."""
    w = d.words[last]
    if not (w.islower() and w.endswith(("en", "ern", "eln", "sein", "tun"))):
        return False
    return (last > 0 and d.words[last - 1] == "zu") or re.search(r"^[a-zäöü]{2,}zu[a-zäöü]{3,}en$", w) is not None


def _zu_infinitive_first(d: Doc, c: Cue, a: int, b: int) -> bool:
    """Tokens a..b open with a zu-infinitive clause, which may be followed by a relative clause
    ("…, eine Kommission zu gründen, die den Fall prüfen soll"), but not by the frame of another
    cue ("Er plädiere dafür, die Messungen zu wiederholen, sagte Okafor." is Okafor's)."""
    if zu_infinitive(d, b):
        return True
    end = next((j - 1 for j in range(a + 1, b + 1) if d.words[j] == "," and d.quote_of[j] < 0), b)
    later = any(end < x.first <= b for x in d.cues_in(int(d.sentence[a])) if x is not c)
    return not later and zu_infinitive(d, end)


def recent(found: list[Quote], d: Doc, i: int, back: int = 2) -> Quote | None:
    """The last quote with a speaker that ends within ``back`` sentences before token i, in its
    section: a heading opens a new part, whose reported speech is not the last part's speaker's."""
    s = d.sentence[i]
    for q in reversed(found):
        if q.speaker is None:
            continue
        last = min(np.searchsorted(d.ends, q.end, side="left"), len(d) - 1)
        qs = d.sentence[last]
        if qs < s - back or d.section[last] != d.section[i]:
            return None
        if qs <= s:
            return q
    return None


def recent_cue_speaker(d: Doc, s: int) -> Speaker | None:
    """The speaker of a speech verb in the sentence before (one that quoted nobody yet):
    "Müntefering hat seinen Rücktritt verkündet. Er werde aber im Bundestag bleiben." (not across a
    heading)."""
    for c in reversed(d.cues_in(s - 1)):
        if c.kind == "verb" and c.speaker is not None and d.section[c.first] == d.section[d.sent_first[s]]:
            return c.speaker
    return None


# --- the content of a cue ----------------------------------------------------------------------------


def _verb_content(d: Doc, c: Cue, lo: int, hi: int, a: int, b: int) -> Span | None:
    """What a speech verb (or "heißt es") in clause lo..hi of sentence a..b reports: the content
    before it ("Die Lage sei ernst, sagte Rubio."), around it ("Die Lage, sagte er, sei ernst.")
    or after it ("Merz sagte, dass …", "kündigte an, … zu …")."""
    start = lo
    while start > a and d.words[start - 1].lower() in ("wie", "so"):
        start -= 1
    # a subject before its verb after a comma ends an apposition or opens a relative clause, and the
    # content follows the verb: "Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, das
    # Investment sei vereinbar", "die Aussage von Bütikofer, der sagte, man dürfe nicht so tun"
    subject_first = c.speaker is not None and c.speaker.first < c.first and d.words[start].lower() not in ("wie", "so")
    if start - 1 > a and d.words[start - 1] == "," and not subject_first:  # content first: "…, sagte Rubio."
        found = content(d, a, start - 2)
        after = content(d, hi + 2, b) if found and hi + 1 <= b and d.words[hi + 1] == "," else None
        if after:  # the frame in the middle: "Die Lage, sagte er, sei ernst."
            return found[0], after[1]
        if found and verbless(d, *found):
            return None  # the subject before its apposition: "Der Chef der Grünen, X, wird … zitiert"
        return found
    if not ((start <= a + 1 or subject_first) and hi + 1 < b and d.words[hi + 1] in (",", ":")):
        return None
    found = content(d, hi + 2, b)  # frame first
    if found is None:
        return None
    reports = (
        d.words[found[0]].lower() in CLAUSE_WORDS
        or d.words[hi + 1] == ":"
        or d.words[start].lower() == "wie"
        or (has_subjunctive(d, found[0], found[1]) and not _examples(d, *found))
        or (c.kind == "verb" and _zu_infinitive_first(d, c, *found))
    )
    return _before_next_clause(d, *found) if reports else None


#: Words that open examples of a noun before them: "verbindliche Vorgaben, etwa kühle Räume".
EXAMPLE_WORDS = frozenset(("etwa", "beispielsweise", "insbesondere", "darunter", "namentlich"))


def _examples(d: Doc, a: int, b: int) -> bool:
    """Tokens a..b after a comma are examples of the noun before, not a clause: they open with
    "etwa" and hold no auxiliary or Konjunktiv of one ("fordert Vorgaben, etwa kühle Aufenthaltsräume",
    where "kühle" only looks like a verb; not "sagte, etwa die Hälfte müsse gehen")."""
    if d.words[a].lower() not in EXAMPLE_WORDS:
        return False
    return not any(d.words[j] in FINITE_AUXILIARIES or d.words[j] in SUBJUNCTIVE_I or d.words[j] in SUBJUNCTIVE_II
                   for j in range(a, b + 1))  # fmt: skip


def _next_main_verb(d: Doc, k: int) -> bool:
    """Token k is a finite verb in the indicative that opens a clause of the speaker's own, not a
    lemma-less conjunction (indem, anstatt) and not a Konjunktiv that goes on reporting."""
    w, lemma = d.words[k], d.lemmas[k]
    if not (w.islower() and w.isalpha()) or d.quote_of[k] >= 0 or w in OPENERS or w in CLAUSE_OPENING:
        return False
    if w.endswith("en") or is_subjunctive_i(w, lemma) or w in SUBJUNCTIVE_II:
        return False
    return lemma != w and lemma.endswith(("en", "ern", "eln"))


def _before_next_clause(d: Doc, a: int, b: int) -> Span | None:
    """What a speech verb reports ends where the speaker goes on in a clause of their own: a verb
    after a comma or "und" ("…, es könnten Arbeitsplätze verloren gehen, sprach aber von einem
    offenen Prozess", "…, er sei unschuldig, und weigerte sich, …") or a comment clause (", was
    bisher nicht bestätigt werden konnte", ", wobei …", ", worauf …")."""
    for k in range(a + 2, b):
        if d.quote_of[k] >= 0 or d.words[k] not in (",", "und"):
            continue
        if (d.words[k] == "," and d.words[k + 1] in COMMENT_CLAUSES) or _next_main_verb(d, k + 1):
            return content(d, a, k - 1)
    return a, b


def _verb_like(d: Doc, k: int) -> bool:
    """Token k is a lower-case word outside quotes that cannot stand in a noun phrase: a verb."""
    w = d.words[k]
    return w.islower() and w.isalpha() and d.quote_of[k] < 0 and not verbless(d, k, k)


def finite_after_source(d: Doc, j: int, b: int) -> int | None:
    """The finite verb after a frame that opens its clause, when the source goes on past token j:
    its genitives, prepositional phrases, names in quotation marks and an apposition set off by
    commas belong to the frame, and the verb comes second: "Nach Angaben des Magazins „Der
    Spiegel“ sei …", "Nach Angaben der Hilfsorganisation Ärzte ohne Grenzen mussten …",
    "Nach Meinung Mike Browns, Professor am California Institute of Technology, könnte …"."""
    k = j
    while k <= b:
        if d.quote_of[k] >= 0:
            k += 1
            continue
        if d.words[k] == ",":
            close = next((x for x in range(k + 1, b) if d.words[x] == "," and d.quote_of[x] < 0), None)
            return close + 1 if close is not None and _verb_like(d, close + 1) else None
        if _verb_like(d, k):
            return k
        if d.words[k] in BOUNDARY and d.words[k] not in "()":
            return None
        k += 1
    return None


def clause_opening(d: Doc, a: int, lo: int) -> int:
    """The first token of the clause that holds token lo: after the last comma, semicolon or
    colon before it (outside quotes), else a."""
    for k in range(lo - 1, a, -1):
        if d.words[k] in CLAUSE_ENDS and d.quote_of[k] < 0:
            return k + 1
    return a


def _frame_content(d: Doc, c: Cue, a: int, b: int) -> Span | None:
    """What a frame (laut X, X zufolge, so X, a colon) in sentence a..b reports: the rest of the
    sentence (or of the clause after a semicolon or colon) on the far side of frame and source,
    from its finite verb ("Laut Polizei wurden drei Menschen verletzt", "Nach Angaben des
    Magazins „Der Spiegel“ sei …"); what follows a relative frame ("…, laut denen jeder Deutsche
    ein Rundfunkgerät haben sollte"); or the clause that holds a frame in its middle, from the
    word that opens it: "…, da nach Angaben der Fluggesellschaft die Genehmigung zu spät beantragt
    worden war" (from "da", as the gold has it)."""
    sp = c.speaker
    if c.kind == "after":
        lo, hi = (sp.first if sp else c.first), c.last
        if c.first > a and verbless(d, a, c.first - 1):
            lo = a  # the source is all before "zufolge": "Ersten Angaben vom Mittwoch zufolge gehörte …"
    elif c.kind == "so":
        lo, hi = (c.first - 1 if d.words[c.first - 1] == "," else c.first), clause(d, c.first)[1]
        if sp is not None:
            hi = max(hi, sp.last)
    else:
        lo, hi = c.first, max(c.last, sp.last if sp else c.last)
    opening = a if c.kind == "so" else clause_opening(d, a, lo)
    if lo <= opening + 1 and (opening == a or d.words[opening - 1] in (";", ":")):
        start = hi + 1
        if c.kind == "before" and (lo == opening or not d.words[lo - 1].isalpha()):
            start = finite_after_source(d, hi + 1, b) or start
        return content(d, start, b)
    pronoun = c.last + 1 if c.kind == "before" else c.first - 1  # laut dem …, denen zufolge …
    comma = c.first - 1 if c.kind == "before" else c.first - 2
    if c.kind != "so" and a < comma and pronoun < b and d.words[comma] == "," and d.words[pronoun] in RELATIVE_FRAMES:
        return content(d, max(pronoun, c.last) + 1, b)
    if c.kind == "so" and lo > a and hi + 2 < b and d.words[hi + 1] in (",", "–", "—"):
        after = content(d, hi + 2, b)  # the frame in the middle: "Sein Rivale, so Obama weiter, würde …"
        if after is not None and d.words[after[0]].lower() not in RELATIVE_PRONOUNS and d.quote_of[after[0]] < 0:
            # from a colon before it: "X gab sich zuversichtlich: Noch immer, so der Schwede, habe …"
            return content(d, after_last(d, a, lo, (":", ";")), after[1])
    if hi >= b - 1 or (c.kind == "so" and d.words[min(hi + 1, b)] in BOUNDARY):
        return content(d, a, lo - 1)
    if opening > a and (d.words[opening - 1] in (";", ":") or d.words[opening] in CLAUSE_OPENING):
        return content(d, opening, b)
    return content(d, a, b)


def _passive(d: Doc, lo: int, verb: int) -> bool:
    """The speech verb at token ``verb`` is a participle after a passive auxiliary in its clause,
    which reports without naming anyone: "Darüber hinaus wurde beschlossen, …", "Die Männer werden
    beschuldigt, …"."""
    w = d.words[verb]
    participle = w != d.lemmas[verb] and not w.endswith(("te", "ten"))
    return participle and any(d.words[j] in PASSIVE_AUXILIARIES for j in range(lo, verb))


def _cue_content(d: Doc, c: Cue, a: int, b: int) -> Span | None:
    """What cue ``c`` in sentence a..b reports, or None."""
    if c.kind == "written":
        return None  # the words a text carries are quoted, never reported: "auf dem geschrieben stand: „…“"
    if c.kind in ("verb", "impersonal", "known"):
        sp = c.speaker
        lo, hi = clause(d, c.first)
        if sp is None and c.kind == "verb" and not _passive(d, lo, c.first):
            return None
        if c.extra:
            hi = max(hi, *c.extra)
        if sp is not None:
            lo, hi = min(lo, sp.first), max(hi, sp.last)
        return _verb_content(d, c, lo, hi, a, b)
    return _frame_content(d, c, a, b)


# --- the rules -----------------------------------------------------------------------------------------


class SentenceSite:
    """Sentence ``s`` of ``d`` (tokens a..b) and the quotes found before it."""

    __slots__ = ("a", "b", "d", "found", "s")

    def __init__(self, d: Doc, s: int, found: list[Quote]) -> None:
        self.d, self.s, self.found = d, s, found
        self.a, self.b = d.sent_first[s], d.sent_last[s]

    def quote(self, first: int, last: int, cue: Cue | None, speaker: Speaker | None) -> Quote:
        """An indirect quote of tokens first..last."""
        return Quote(int(self.d.starts[first]), int(self.d.ends[last]), first, "indirect", cue, speaker)


def _overlaps_found(s: SentenceSite, start: int, end: int) -> bool:
    """A quote found before overlaps the characters start..end (quotes are found sentence by
    sentence, so only the last ones can reach this far)."""
    for q in reversed(s.found):
        if q.start < end and q.end > start:
            return True
        if q.end <= start and s.d.sentence[q.first] < s.s - 20:
            return False
    return False


def pointing_back(s: SentenceSite) -> Quote | None:
    """The sentence reported by the short sentence after it that points back: "Die Maschine
    stürzte ab. Das berichtet die Nachrichtenagentur Kyodo." (from the start of the sentence
    before to "Das")."""
    d, nxt = s.d, s.s + 1
    if nxt not in d.sent_first or d.words[d.sent_first[nxt]] not in POINTING_BACK:
        return None
    a = d.sent_first[nxt]
    cue = next((c for c in d.cues_in(nxt) if c.kind == "verb" and c.speaker), None)
    if cue is None or cue.first != a + 1 or d.sent_last[nxt] - a > 25:
        return None  # "Das berichtet X", not "Das Ministerium erklärte"
    found = content(d, s.a, s.b)
    if found is None or _overlaps_found(s, int(d.starts[found[0]]), int(d.ends[found[1]])):
        return None
    return s.quote(found[0], a, cue, cue.speaker)


def reported_frame(s: SentenceSite) -> Quote | None:
    """A speech verb whose own clause is in the Konjunktiv I is itself reported: the whole sentence
    goes on reporting the one quoted before, the frame with it, as the gold keeps it: "Die
    Staatsanwaltschaft gibt an, Spector werde belastet. Dieser behaupte, Spector sei ihm
    entgegengekommen." (from "Dieser", the prosecutors'), "Die Behörde gehe davon aus, dass …"."""
    d, a = s.d, s.a
    c = next((x for x in d.cues_in(s.s) if x.kind == "verb"), None)
    if c is None or c.speaker is None or any(d.words[j] in CLAUSE_ENDS for j in range(a, c.first)):
        return None
    if not has_subjunctive(d, a, clause(d, c.first)[1], second=False):
        return None  # (the frame's clause has no Konjunktiv I: most sentences stop here)
    found = _cue_content(d, c, a, s.b)
    if found is None or found[0] <= c.first or not has_subjunctive(d, a, found[0] - 1, second=False):
        return None
    earlier = recent(s.found, d, a)
    speaker = earlier.speaker if earlier is not None else recent_cue_speaker(d, s.s)
    whole = content(d, a, found[1])
    if speaker is None or whole is None:
        return None
    return s.quote(whole[0], whole[1], None, speaker)


def framed_by_cue(s: SentenceSite) -> Quote | None:
    """The content of a cue in the sentence: "Merz sagte, die Lage sei ernst.", "Die Lage im ganzen
    Land, sagte Merz, sei sehr ernst.", "Laut Polizei wurden drei Menschen verletzt." (the colon
    introduces a direct quote and reports nothing itself)."""
    d = s.d
    for c in d.cues_in(s.s):
        if c.kind == "colon":
            continue
        found = _cue_content(d, c, s.a, s.b)
        if found:
            return s.quote(found[0], found[1], c, c.speaker)
    return None


def speech_verb_in_subjunctive(s: SentenceSite) -> Quote | None:
    """A speech verb in the Konjunktiv I (or after an auxiliary in it) with no content of its own
    ("Sie rate zum Kauf japanischer Hybridautos.", "Er erwarte Massenverhaftungen.", "Die Stiftung
    habe Kürzungen angekündigt.") is itself reported: the whole sentence goes on reporting the one
    quoted or speaking just before, else the verb's subject."""
    d = s.d
    c = next((x for x in d.cues_in(s.s) if x.kind == "verb"), None)
    if c is None or any(d.words[j] in CLAUSE_ENDS for j in range(s.a, c.first)):
        return None  # (in the main clause, not "…, von denen man glaube, …")
    auxiliary = any(_subjunctive_i(d, j) and d.lemmas[j] in ("haben", "sein", "werden") for j in range(s.a, c.first))
    if not _subjunctive_i(d, c.first) and not auxiliary:  # "Die Stiftung habe Kürzungen angekündigt"
        return None
    whole = content(d, s.a, s.b)
    if whole is None:
        return None
    earlier = recent(s.found, d, s.a)
    speaker = earlier.speaker if earlier is not None else (recent_cue_speaker(d, s.s) or c.speaker)
    return s.quote(whole[0], whole[1], None, speaker) if speaker is not None else None


#: Words that may stand before "wie" at the start of a sentence that a wie-clause opens: "Denn wie …".
BEFORE_WIE = frozenset(("denn", "und", "aber", "doch", "auch"))


def wie_clause_first(s: SentenceSite) -> Quote | None:
    """A sentence that opens with a wie-clause of a cue reports the main clause after its comma,
    which starts with the finite verb: "Denn wie die „Bild“-Zeitung in ihrer Ausgabe berichtete,
    leidet der Schauspieler an Alzheimer.", "Wie t-online.de berichtet, ist der Trailer …", also
    past an apposition ("Wie der Sprecher der Kommission, Gerald Braun, mitteilte, sieht …"). The
    speaker is the cue's, else the subject of the wie-clause, else its few words ("t-online.de")."""
    d, a, b = s.d, s.a, s.b
    w = a + 1 if d.words[a].lower() in BEFORE_WIE else a
    if w + 3 >= b or d.words[w].lower() != "wie":
        return None
    c = next((x for x in d.cues_in(s.s) if x.first > w), None)
    if c is None or c.kind not in ("verb", "impersonal", "known"):
        return None
    comma = max((c.last, *c.extra)) + 1
    if comma + 1 > b or d.words[comma] != "," or not (d.words[comma + 1].islower() and d.words[comma + 1].isalpha()):
        return None
    parts = comma_parts(d, w + 1, c.first - 1)  # more than one: the commas must set off an apposition
    if len(parts) > 1 and any(not verbless(d, x, y) for x, y in parts[1:] if x <= y):
        return None
    found = content(d, comma + 1, b)
    if found is None:
        return None
    found = _before_next_clause(d, *found) or found
    speaker = c.speaker
    if speaker is None and c.first - 1 > w:
        source = subject(d, w + 1, c.first - 1) or ((w + 1, c.first - 1) if c.first - w <= 4 else None)
        speaker = speaker_of(d, *source) if source is not None else None
    return s.quote(found[0], found[1], c, speaker)


def dass_clause(s: SentenceSite) -> Quote | None:
    """A dass-clause after a main clause whose subject can speak, with a verb not in the lexicon:
    "Die Wissenschaftler fanden heraus, dass …", "Die WHO hält es für unwahrscheinlich, dass …"."""
    d, a, b = s.d, s.a, s.b
    for j in range(a + 2, b - 2):
        if d.words[j] != "dass" or d.words[j - 1] != "," or d.quote_of[j] >= 0:
            continue
        main = range(a, j - 1)
        # a party or an abbreviation in brackets is fine: "Die Weltgesundheitsorganisation (WHO) hält es …"
        if any((d.words[k] in BOUNDARY and d.words[k] not in "()") or d.words[k].lower() in NOT_REPORTING
               for k in main):  # fmt: skip
            return None
        found = subject(d, a, j - 2, people=True)
        if found is None or not person_like(d, *found):
            return None
        verb = next((k for k in main if d.words[k].islower() and d.words[k].isalpha() and k > found[1]), None)
        if verb is None:
            return None
        reported = content(d, j, b)
        if reported is None:
            return None
        reported = _before_next_clause(d, *reported) or reported  # "…, dass …, und weigerte sich, …"
        cue = Cue("verb", verb, verb, speaker=speaker_of(d, *found))
        return s.quote(reported[0], reported[1], cue, cue.speaker)
    return None


def _cued(d: Doc, s: int) -> bool:
    """Sentence s has a cue with a speaker of its own (a colon before a quote does not count)."""
    return any(c.kind != "colon" and c.speaker is not None for c in d.cues_in(s))


def subjunctive_after_main_clause(s: SentenceSite) -> Quote | None:
    """A Konjunktiv clause after a main clause in the indicative whose subject can speak, with
    no speech verb of the lexicon: the subject says it, as for a dass-clause. "Die BVG begegnet
    der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs." (die BVG), "Auch
    der SPD-Sprecher Dieter Wiefelspütz will „in den kommenden Wochen sorgfältig prüfen“, ob ein
    Verbot kommen solle." A subordinate clause before is no speaker's frame: "Obwohl Steinbrück
    mit Mehreinnahmen rechnet, sei man von einer Entschuldung weit entfernt."."""
    d = s.d
    if _cued(d, s.s) or d.words[s.a].lower() in OPENERS or not has_subjunctive(d, s.a, s.b, second=False):
        return None
    start = reporting_clause(d, s.a, s.b)
    if start <= s.a + 2 or has_subjunctive(d, s.a, start - 1):
        return None
    found = subject(d, s.a, start - 2, people=True)
    reported = content(d, start, s.b)
    if found is None or reported is None or not person_like(d, *found):
        return None
    return s.quote(reported[0], reported[1], None, speaker_of(d, *found))


def _same_speaker(x: Speaker | None, y: Speaker | None) -> bool:
    """The same speaker object, or two of the same tokens, or nobody twice."""
    return x is y or (x is not None and y is not None and (x.first, x.last) == (y.first, y.last))


def _goes_on(s: SentenceSite, found: Span, speaker: Speaker | None) -> bool:
    """Extend the free reported speech of the sentence before by this whole sentence (found) when
    both are the same speaker's Konjunktiv sentences in one section (a new paragraph may go on), as
    the gold keeps such a run in one span: "Die Gefahr einer Pandemie sei real. Aktuell bestehe
    diese Gefahr zwar noch nicht."."""
    d = s.d
    if not s.found or found[0] != content(d, s.a, s.b)[0]:
        return False
    last = s.found[-1]
    before = s.s - 1
    if last.kind != "indirect" or last.cue is not None or before not in d.sent_first:
        return False
    if d.sentence[last.first] != before or d.section[last.first] != d.section[s.a]:
        return False
    whole = content(d, d.sent_first[before], d.sent_last[before])
    if whole is None or (last.first, _last_token_of(d, last)) != whole or not _same_speaker(last.speaker, speaker):
        return False
    last.end = int(d.ends[found[1]])
    return True


def _last_token_of(d: Doc, q: Quote) -> int:
    """The last token of quote q."""
    return int(np.searchsorted(d.ends, q.end, side="left"))


#: The Konjunktiv II of the auxiliaries and of strong verbs, which reported speech uses where the
#: Konjunktiv I looks like the indicative ("sie hätten", "sie würden", "sie lägen"); not the modal
#: verbs ("möchte", "sollte", "könnte"), whose Konjunktiv II is also the journalist's.
REPORTING_II = frozenset((
    "wäre", "wären", "hätte", "hätten", "würde", "würden",
    "gäbe", "gäben", "käme", "kämen", "ließe", "ließen", "stünde", "stünden", "läge", "lägen",
))  # fmt: skip


def second_subjunctive_goes_on(s: SentenceSite) -> Quote | Stop | None:
    """A sentence in the Konjunktiv II of an auxiliary or a strong verb only ("würden", "hätte",
    "lägen"; see :data:`REPORTING_II`), with no cue of its own, right after reported speech or a
    speech verb goes on reporting it: "Die Regierung sei gewarnt worden. Bis zum Beginn der
    Arbeiten würden aber noch Monate vergehen.", "Die Regierung warnt vor Überschwemmungen. Die
    Dämme lägen nahe der Grenze ihrer Belastbarkeit." (elsewhere the Konjunktiv II is the
    journalist's: "Das wäre ein Rekord.")."""
    d = s.d
    last = s.found[-1] if s.found else None
    if last is not None and last.kind == "indirect" and d.sentence[_last_token_of(d, last)] == s.s - 1:
        speaker = last.speaker
    else:  # a speech verb in the sentence before: "Die Regierung warnt vor Überschwemmungen. Die Dämme …"
        speaker = recent_cue_speaker(d, s.s)
    if speaker is None or REPORTING_II.isdisjoint(d.words[s.a : s.b + 1]):
        return None
    if not any(d.words[j] in REPORTING_II and d.quote_of[j] < 0 for j in range(s.a, s.b + 1)):
        return None
    if _cued(d, s.s) or has_subjunctive(d, s.a, s.b, second=False):
        return None
    found = content(d, reporting_clause(d, s.a, s.b), s.b)
    if found is None:
        return None
    if _goes_on(s, found, speaker):
        return STOP
    return s.quote(found[0], found[1], None, speaker)


def subjunctive_goes_on(s: SentenceSite) -> Quote | Stop | None:
    """A Konjunktiv I sentence with no cue of its own goes on reporting the speaker quoted last
    (or of the speech verb in the sentence before): "Merz sagte, die Lage sei ernst. Man müsse
    jetzt handeln."."""
    d = s.d
    if _cued(d, s.s) or not has_subjunctive(d, s.a, s.b, second=False):
        return STOP
    earlier = recent(s.found, d, s.a)
    cue_speaker = recent_cue_speaker(d, s.s)
    if earlier is not None and (cue_speaker is None or d.sentence[earlier.first] >= s.s - 1):
        speaker = earlier.speaker
    else:  # the speech verb of the sentence before is more recent than the last quote
        speaker = cue_speaker
    found = content(d, reporting_clause(d, s.a, s.b), s.b)
    if found is None:
        return STOP
    if speaker is None:
        return None  # for subjunctive_on_its_own
    if _goes_on(s, found, speaker):
        return STOP
    return s.quote(found[0], found[1], None, speaker)


def subjunctive_on_its_own(s: SentenceSite) -> Quote | Stop:
    """A Konjunktiv I sentence is reported speech even when nobody was quoted just before (news
    keep the Konjunktiv I for what others say): the speaker of a quote up to six sentences back,
    else the one the sentence before is about, else nobody: "Der Untersuchungsbericht liegt seit
    Montag vor. Der Hebel sei falsch gestellt gewesen." (der Untersuchungsbericht)."""
    d = s.d
    found = content(d, reporting_clause(d, s.a, s.b), s.b)
    if found is None:
        return STOP
    far = recent(s.found, d, s.a, back=6)
    speaker = far.speaker if far is not None else previous_subject(d, s.a)
    if _goes_on(s, found, speaker):
        return STOP
    return s.quote(found[0], found[1], None, speaker)


#: What a sentence reports, asked in this order.
REPORTED_RULES: tuple[Rule, ...] = (
    Rule("pointing_back", pointing_back, (
        Example("Die Maschine stürzte kurz nach dem Start ab. Das berichtet die Nachrichtenagentur Kyodo.",
                "indirect", "die Nachrichtenagentur Kyodo"),
        Example("Die Enten waren mit dem Virus infiziert. Das erklärte gestern ein Sprecher des Ministeriums.",
                "indirect", "ein Sprecher des Ministeriums"),
    )),
    Rule("reported_frame", reported_frame, (
        Example("Die Staatsanwaltschaft gibt an, der Fahrer belaste ihn. Dieser behaupte, der Mann sei ihm mit "
                "einer Pistole entgegengekommen.", "indirect", "Die Staatsanwaltschaft", quote="Dieser behaupte"),
    )),
    Rule("framed_by_cue", framed_by_cue, (
        Example("Merz sagte, die Lage sei ernst.", "indirect", "Merz", actor="friedrich-merz"),
        Example("Die Lage im ganzen Land, sagte Merz, sei sehr ernst.", "indirect", "Merz", quote="Die Lage im"),
        Example("Sein Rivale, so Obama weiter, würde massiv Spenden erhalten.", "indirect", "Obama",
                quote="Sein Rivale, so Obama weiter, würde massiv"),
        Example("Wie t-online.de berichtet, ist der erste Trailer im Internet veröffentlicht worden.", "indirect",
                "t-online.de"),
        Example("Die Firma wächst. Der Geschäftsführer der Firma, Charles Gassenheimer, sagte, das Investment sei "
                "mit der Strategie vereinbar.", "indirect", "Der Geschäftsführer der Firma",
                quote="das Investment sei mit der Strategie vereinbar"),
        Example("Nach Angaben des Magazins „Der Spiegel“ sei die Lage in der Region sehr ernst.", "indirect",
                "des Magazins", quote="sei die Lage in der Region sehr ernst"),
        Example("Die Hunde trafen mit Verspätung ein, da nach Angaben der Fluggesellschaft die Genehmigung zu "
                "spät beantragt worden war.", "indirect", "der Fluggesellschaft",
                quote="da nach Angaben der Fluggesellschaft die Genehmigung zu spät beantragt worden war"),
        Example("Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren es zirka 1.000.",
                "indirect", "Polizeiangaben", quote="waren es zirka 1.000"),
        Example("Darüber hinaus wurde beschlossen, dass die Anlage geschlossen wird.", "indirect", None),
        Example("Saddam Hussein erklärte, er sei unschuldig, und weigerte sich, seinen Namen zu nennen.", "indirect",
                "Saddam Hussein", quote="er sei unschuldig"),
        Example("Die Regierung beschuldigt die Rebellen, Gelder aus dem Iran zu erhalten, was nicht bestätigt ist.",
                "indirect", "Die Regierung", quote="Gelder aus dem Iran zu erhalten"),
        Example("Die Männer werden beschuldigt, an dem Anschlag beteiligt gewesen zu sein.", "indirect", None),
        Example("Die Regierung hat angekündigt, eine Kommission zu gründen, die den Fall prüfen soll.", "indirect",
                "Die Regierung"),
    )),
    Rule("speech_verb_in_subjunctive", speech_verb_in_subjunctive, (
        Example("Renate Künast äußerte sich kritisch über deutsche Autos. Sie rate zum Kauf japanischer Autos.",
                "indirect", "Renate Künast", quote="Sie rate"),
        # fixture 08: the speech verb a participle after an auxiliary in the Konjunktiv I
        Example("Die Finanzierung sei noch nicht gesichert, sagte Okafor. Die Stiftung habe Kürzungen angekündigt.",
                "indirect", "Okafor", quote="Die Stiftung habe"),
    )),
    Rule("wie_clause_first", wie_clause_first, (
        Example("Denn wie die Zeitung in ihrer Ausgabe vom Montag berichtete, leidet der Schauspieler an "
                "Alzheimer.", "indirect", "die Zeitung"),
        Example("Wie der Sprecher der Kommission, Gerald Braun, in Luxemburg mitteilte, sieht der Konzern darin "
                "eine Benachteiligung.", "indirect", "der Sprecher der Kommission"),
    )),
    Rule("dass_clause", dass_clause, (
        Example("Die Wissenschaftler fanden heraus, dass die Gletscher schneller schmelzen.",
                "indirect", "Die Wissenschaftler"),
        Example("Die Weltgesundheitsorganisation (WHO) hält es für unwahrscheinlich, dass man sich so ansteckt.",
                "indirect", "Die Weltgesundheitsorganisation (WHO)"),
        Example("Der Berliner Senat hatte sich erhofft, dass die Erlöse in den Landeshaushalt fließen würden.",
                "indirect", "Der Berliner Senat"),
    )),
    Rule("subjunctive_after_main_clause", subjunctive_after_main_clause, (
        Example("Die Bahn fährt wieder. Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist "
                "unterirdisch unterwegs.", "indirect", "Die BVG", quote="die Züge seien"),
    )),
    Rule("second_subjunctive_goes_on", second_subjunctive_goes_on, (
        Example("Merz sagte, die Lage sei ernst. Ohne Hilfe würden viele Betriebe schließen.", "indirect", "Merz",
                quote="Ohne Hilfe würden"),
        Example("Die Regierung warnt vor Überschwemmungen. Die Dämme lägen nahe der Grenze ihrer Belastbarkeit.",
                "indirect", "Die Regierung", quote="Die Dämme lägen"),
    )),
    Rule("subjunctive_goes_on", subjunctive_goes_on, (
        Example("Merz sagte, die Lage sei ernst. Man müsse jetzt schnell handeln.", "indirect", "Merz",
                quote="Man müsse"),
        Example("Merz sagte, die Lage sei ernst. Man müsse jetzt handeln. Die Regierung sei bereit.", "indirect",
                "Merz", quote="Man müsse jetzt handeln. Die Regierung sei bereit"),
        Example("Merz sagte, die Lage sei ernst. Folglich lehne ich das Gesetz ab.", None,
                quote="Folglich lehne ich das Gesetz ab"),
    )),
    Rule("subjunctive_on_its_own", subjunctive_on_its_own, (
        Example("Der Untersuchungsbericht liegt seit Montag vor. Der Hebel sei falsch gestellt gewesen.",
                "indirect", "Der Untersuchungsbericht", quote="Der Hebel sei"),
        Example("Am Montag regnete es. Der Hebel sei falsch gestellt gewesen.", "indirect", None,
                quote="Der Hebel sei"),
    )),
)


def reported(d: Doc, s: int, found: list[Quote]) -> Quote | None:
    """The indirect speech of sentence s by :data:`REPORTED_RULES`, or None."""
    quote = first_decision(REPORTED_RULES, SentenceSite(d, s, found), "reported")
    return None if quote is STOP else quote

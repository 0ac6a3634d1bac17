"""Who speaks for a speech verb: the speaker rules, asked in order (:data:`SPEAKER_RULES`).

For the verb at token ``i`` the rules look at its clause (``lo..hi``), the subject before the verb
(``before``) and the one after it (``after``): "Merz sagte", "„…“, sagte Kanzler Merz", "wie die
Polizei mitteilte", "Frank Bsirske, Chef von ver.di, würdigte …". The first rule that applies
decides; :data:`~helpers.quotes.rules.STOP` means nobody is named ("Es wurde gesagt").
"""

from __future__ import annotations

from functools import cached_property

from helpers.german import (
    FINITE_AUXILIARIES,
    NOMINATIVE,
    OBLIQUE,
    PASSIVE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
)
from helpers.quotes.document import Doc, Span
from helpers.quotes.grammar import ADVERBS_IN_NP, PASSIVE
from helpers.quotes.phrases import (
    SOME_PEOPLE,
    after_last,
    antecedent,
    can_speak,
    clause,
    comma_parts,
    inside_clause,
    is_np_start,
    last_np,
    modifier,
    name_quote,
    np_end,
    object_after,
    people_noun,
    person_like,
    subject,
    verbless,
)
from helpers.quotes.rules import STOP, Example, Rule, Stop, first_decision

# --- phrases around the verb --------------------------------------------------------------------------


def apposition_chain(d: Doc, i: int) -> Span | None:
    """The subject of a verb right after a comma when the sentence so far is a noun phrase with
    appositions or a relative clause: "Frank Bsirske, Chef von ver.di, würdigte …"."""
    a = after_last(d, d.first_of(i), i)
    if i - 1 <= a or d.words[i - 1] != ",":
        return None
    end = np_end(d, a, i - 2) if is_np_start(d, a) else None
    if end is None:
        return None
    j = end + 1
    while j < i - 1:
        if d.words[j] != ",":
            return None
        nxt = j + 1
        if d.words[nxt].lower() in RELATIVE_PRONOUNS:  # a relative clause: skip to its comma
            k = nxt
            while k < i - 1 and d.words[k] != ",":
                k += 1
            j = k
            continue
        starts_np = is_np_start(d, nxt) or d.words[nxt].lower() in OBLIQUE
        e = np_end(d, nxt, i - 2) if starts_np else None
        if e is None:
            return None
        comma = next((k for k in range(e + 1, i) if d.words[k] == ","), i - 1)
        if comma > e + 1 and verbless(d, e + 1, comma - 1):
            e = comma - 1  # an apposition with a place or a field: "Hans Huber, Landrat in Passau, sagte"
        j = e + 1
    return a, end


def named_apposition(d: Doc, i: int) -> Span | None:
    """A person-like name set off by commas right before the verb at token i, in a sentence that
    opens with a noun phrase and has no verb before it: the subject's apposition ("Die
    Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte …")."""
    a = after_last(d, d.first_of(i), i)
    if i - 1 <= a or d.words[i - 1] != ",":
        return None
    p = i - 2
    while p - 1 > a and d.words[p - 1] != "," and inside_clause(d, p - 1):
        p -= 1
    if p - 1 <= a or d.words[p - 1] != ",":
        return None
    if not is_np_start(d, a) or d.words[a].lower() in OBLIQUE or not is_np_start(d, p):
        return None
    if np_end(d, p, i - 2) != i - 2 or not person_like(d, p, i - 2):
        return None
    if any(not verbless(d, x, y) for x, y in comma_parts(d, a, p - 2)):
        return None
    return p, i - 2


def passive_agent(d: Doc, lo: int, hi: int) -> Span | None:
    """The agent of a passive cue: "Es wurde von Demjanjuks Sohn geäußert"; a medium after "in":
    "wurden im „Standard“ als „…“ bezeichnet"."""
    if not any(d.words[j] in PASSIVE and d.quote_of[j] < 0 for j in range(lo, hi + 1)):
        return None
    for j in range(lo, hi):
        if d.words[j] in ("von", "vom") and not (j > lo and d.words[j - 1][:1].isupper()):
            end = np_end(d, j + 1, hi)
            if end is not None:
                return j + 1, end
    for j in range(lo, hi):
        if d.words[j].lower() not in ("in", "im"):
            continue
        end = np_end(d, j + 1, hi)
        if end is not None and any(_names_medium(d, k) for k in range(j + 1, end + 1)):
            return j + 1, end
    return None


def _names_medium(d: Doc, k: int) -> bool:
    """Token k is a medium's mention or opens a quoted name (im „Standard“)."""
    m = d.mention_at(k)
    return (m is not None and m.type == "media") or (d.quote_of[k] >= 0 and name_quote(d, k) is not None)


def _coordinated_subject(d: Doc, i: int, start: int) -> Span | None:
    """The subject after the last und/oder/aber/sondern before the verb: "… skandierte Parolen und
    der Unternehmer X rief aus", "und der sich … inszenierende Unternehmer X rief"."""
    for j in range(i - 1, start, -1):
        if d.words[j] not in ("und", "oder", "aber", "sondern") or d.words[j - 1].endswith("-"):
            continue
        found = subject(d, j + 1, i - 1)
        if found and (d.words[found[0]].lower() in NOMINATIVE or d.mention_of[found[0]] >= 0):
            return found
        if d.words[j + 1].lower() in NOMINATIVE and d.words[i - 1][:1].isupper():
            return last_np(d, j + 1, i - 1)
        return None
    return None


class VerbSite:
    """A speech verb at token ``i`` and the phrases around it that the rules look at (each found
    once, when a rule first asks for it)."""

    def __init__(self, d: Doc, i: int) -> None:
        self.d, self.i = d, i
        self.lo, self.hi = clause(d, i)

    @cached_property
    def opening(self) -> int | None:
        """The verb, or the auxiliary of its perfect, when it opens its clause: "Max Muster, Chef von
        Vonovia, sagte" (sagte), "…, hat vor Kurzem erklärt" (hat)."""
        d, lo, i = self.d, self.lo, self.i
        if lo == i:
            return i
        perfect = d.words[lo] in FINITE_AUXILIARIES and d.words[lo] not in PASSIVE_AUXILIARIES  # not "wird … zitiert"
        if lo < i and perfect and subject(d, lo + 1, i - 1) is None:
            return lo  # not "…, hatte Seehofer zurückgewiesen": a subject of its own after the auxiliary
        return None

    @cached_property
    def chain(self) -> Span | None:
        """A noun phrase with appositions that the verb follows after a comma."""
        return apposition_chain(self.d, self.opening) if self.opening is not None else None

    @cached_property
    def named(self) -> Span | None:
        """A name set off by commas right before the verb."""
        return named_apposition(self.d, self.opening) if self.opening is not None else None

    @cached_property
    def start(self) -> int:
        """The clause's first token after its subordinators (wie, dass, und …)."""
        start = self.lo
        while start < self.i and self.d.words[start].lower() in SUBORDINATORS:
            start += 1
        return start

    @cached_property
    def before(self) -> Span | None:
        """The subject before the verb."""
        found = _coordinated_subject(self.d, self.i, self.start)
        return found or (subject(self.d, self.start, self.i - 1) if self.start < self.i else None)

    @cached_property
    def after(self) -> Span | None:
        """The subject after the verb, in its clause."""
        return subject(self.d, self.i + 1, self.hi)

    @cached_property
    def lo2(self) -> int | None:
        """The start of the clause before the verb's, if only a comma separates them."""
        d, lo = self.d, self.lo
        if lo - 1 > d.first_of(self.i) and d.words[lo - 1] == ",":
            return clause(d, lo - 2)[0]
        return None

    def person(self, span: Span | None) -> bool:
        """The phrase can speak."""
        return span is not None and person_like(self.d, *span)


# --- the rules ----------------------------------------------------------------------------------------


def object_first_after_apposition(s: VerbSite) -> Span | None:
    """An object with appositions opens the sentence, the speaker follows the verb: "Die Arbeit
    der Koalition, die viel erreicht habe, lobte er ausdrücklich." (er)."""
    if s.chain and s.after and not s.person(s.chain) and not s.named and s.person(s.after):
        return s.after
    return None


def apposition_chain_subject(s: VerbSite) -> Span | None:
    """A noun phrase and its appositions or a relative clause, then the verb: "Der Sprecher des
    Ministeriums, Max Muster, sagte, …" (Der Sprecher des Ministeriums), "Die Polizei, die den
    Vorfall untersucht, teilte mit, …" (Die Polizei)."""
    return s.chain


def named_apposition_subject(s: VerbSite) -> Span | None:
    """A name set off by commas before the verb: "Der frühere Bürgermeister, Henning Scherf
    (SPD), warnte die CDU." (Henning Scherf (SPD))."""
    return s.named


def relative_antecedent(s: VerbSite) -> Span | None:
    """A relative clause's verb speaks for the noun the clause hangs on: "Der Führer Irans, der
    die Wahl als „Fest“ bezeichnete, …" (Der Führer Irans)."""
    d, lo = s.d, s.lo
    if d.words[lo].lower() not in RELATIVE_PRONOUNS or lo >= s.i:
        return None
    nxt = d.words[lo + 1].lower() if lo + 1 <= s.hi else ""
    if lo + 1 > s.hi or not modifier(d, lo + 1, s.hi) or nxt in ADVERBS_IN_NP or nxt in NOMINATIVE or nxt in OBLIQUE:
        return antecedent(d, lo)  # "der die Entscheidung … bezeichnet", "welche die Techniker … bezeichnete"
    return None


def passive_by_agent(s: VerbSite) -> Span | Stop | None:
    """A passive speech verb: the agent after "von" speaks, or nobody is named: "Es wurde von
    Demjanjuks Sohn geäußert", "X wird von der „Netzeitung“ zitiert" (the medium, as in the
    Wikinews gold). "X wird mit den Worten zitiert" goes on to the next rules: X speaks."""
    d, i = s.d, s.i
    if not d.words[i].endswith(("t", "en")):
        return None
    if not any(d.words[k] in PASSIVE_AUXILIARIES and d.quote_of[k] < 0 for k in range(s.lo, s.hi + 1) if k != i):
        return None
    agent = passive_agent(d, s.lo, s.hi)
    if d.lemmas[i] != "zitieren" or agent is not None:
        return agent if agent is not None else STOP
    return None


def quoted_by_medium(s: VerbSite) -> Span | None:
    """ "zitiert MEDIUM PERSON": the person quoted speaks: "„Das ist falsch“, zitiert Welt-Online
    den Minister." (den Minister)."""
    if s.before is not None or s.after is None or s.d.lemmas[s.i] != "zitieren":
        return None
    quoted = object_after(s.d, s.after[1] + 1, s.hi)
    return quoted if s.person(quoted) else None


def quoted_object(s: VerbSite) -> Span | None:
    """ "X zitiert Y": Y speaks, who is quoted, not X who quotes: "Die Zeitung zitierte Strobl mit
    den Worten: „…“" (Strobl), "Die Agentur zitiert einen Sprecher, …"."""
    if s.before is None or s.after is None or s.d.lemmas[s.i] != "zitieren":
        return None
    return s.after if can_speak(s.d, *s.after) else None


def person_after_verb(s: VerbSite) -> Span | None:
    """Something that cannot speak before the verb, someone who can after it: "Relativierend fügt
    Gall hinzu", "Die Arbeit der Koalition lobte er"; not after a noun for people, where what follows
    in the dative is whom it was said to: "Die Datenschützerin sagte der Zeitung, …", "Die
    Umweltschützer warfen der Regierung „Wortbruch“ vor")."""
    if s.before and s.after and not s.person(s.before) and s.person(s.after):
        b = s.before
        people = people_noun(s.d, *b) or (b[0] == b[1] and s.d.words[b[0]].lower() in SOME_PEOPLE)
        if s.d.words[s.after[0]].lower() in _DATIVE and people:
            return None  # "Viele werfen der Partei vor": some people, not the party
        return s.after
    return None


def person_before_participle(s: VerbSite) -> Span | None:
    """Something that cannot speak opens the clause, someone who can follows the singular
    auxiliary and comes before the verb at the clause's end: "Diese Entscheidung hatte der Minister
    am Montag verkündet" (not the dative of "Moslems haben Premierminister Blair geschrieben")."""
    if s.before is None or s.person(s.before) or s.before[1] + 1 >= s.i:
        return None
    found = subject(s.d, s.before[1] + 1, s.i - 1, people=True)
    if not s.person(found) or found[0] < 1:
        return None
    aux = s.d.words[found[0] - 1]  # right after a singular auxiliary, the subject (not "haben X geschrieben")
    return found if aux in FINITE_AUXILIARIES and not aux.endswith("en") and aux != "sind" else None


def subject_before(s: VerbSite) -> Span | None:
    """The subject before the verb: "Merz sagte", "wie die Polizei mitteilte", "Der Geschäftsführer
    nannte sie „fahrlässig“" (sie is the object)."""
    return s.before


#: Words of a medium that a speaker tells something to: "sagte der CDU-Politiker der Deutschen
#: Presse-Agentur", "sagte Müller dem „Spiegel“" (lower case, also as the end of a compound).
_MEDIA_ENDINGS = (
    "agentur", "zeitung", "zeitschrift", "magazin", "sender", "fernsehen", "rundfunk", "studio", "radio",
    "blatt", "portal", "dpa", "afp", "reuters", "ap", "epd", "kna", "ard", "zdf", "bild", "spiegel",
)  # fmt: skip


#: Articles of a medium told something: "sagte der Zeitung", "dem Sender", "einer Agentur".
_DATIVE = frozenset(("der", "dem", "einer", "einem"))


def _medium(d: Doc, first: int, last: int) -> bool:
    """The phrase first..last names a medium: a gazetteer medium, or its last word ends like one
    (der Deutschen Presse-Agentur, dem Sender)."""
    m = d.mention_at(first)
    words = [w.lower() for w in d.words[first : last + 1] if w[:1].isalpha()]
    return (m is not None and m.type == "media") or bool(words and words[-1].endswith(_MEDIA_ENDINGS))


def _addressee(d: Doc, first: int, last: int) -> int | None:
    """The token where a medium told something begins inside the phrase first..last ("der
    CDU-Politiker | der Deutschen Presse-Agentur"), when the phrase before it is a person and not
    a spokesperson of the medium ("ein Sprecher der Agentur" is the agency's)."""
    for k in range(first + 1, last):
        if d.words[k].lower() not in ("der", "dem") or d.quote_of[k] >= 0:
            continue
        if not _medium(d, k + 1, last) and not (d.quote_of[k + 1] >= 0 and name_quote(d, k + 1) is not None):
            continue
        spokes = any(d.words[j].lower().startswith(("sprecher", "chef", "leiter", "redakt")) for j in range(first, k))
        if not spokes and person_like(d, first, k - 1):
            return k
        return None
    return None


def addressee_not_speaker(s: VerbSite) -> Span | None:
    """The medium a speaker tells something to is no part of the speaker: "„…“, sagte der
    CDU-Politiker der Deutschen Presse-Agentur" (der CDU-Politiker; dpa is the addressee)."""
    found = s.after  # (a subject before the verb was taken by the rules before this one)
    if found is None:
        return None
    k = _addressee(s.d, *found)
    return (found[0], k - 1) if k is not None else None


def object_after_verb(s: VerbSite) -> Stop | None:
    """Nothing before the verb, and what follows it cannot speak: an object, not a subject ("…,
    kritisierte aber das Tempo", "…, nannte aber keine Namen": the verb's subject is elided, and the
    sentence reports nothing); see :func:`~helpers.quotes.phrases.can_speak`."""
    if s.after is None or can_speak(s.d, *s.after):
        return None
    names = s.d.lexicon.names_lower  # "so lautet der Titel einer Studie": a title, for the name rules
    first, last = s.after
    if s.d.words[first].lower() in ("der", "die", "das") and any(
        s.d.lemmas[j].lower().endswith(names) for j in range(first + 1, last + 1)
    ):
        return None
    return STOP


def subject_after(s: VerbSite) -> Span | None:
    """The subject after the verb: "„…“, sagte Kanzler Merz", "Am Montag sagte er"."""
    return s.after


def relative_clause_between(s: VerbSite) -> Span | Stop | None:
    """A relative clause between the subject and its verb: "Wie Müller, der lange Minister war,
    dazu feststellt, sei die Lage ernst." (Müller: the noun the relative clause hangs on)."""
    d, lo2 = s.d, s.lo2
    if lo2 is None or not (lo2 > 0 and d.words[lo2 - 1] == "," and d.words[lo2].lower() in RELATIVE_PRONOUNS):
        return None
    return antecedent(d, lo2) or STOP


def apposition_before(s: VerbSite) -> Span | Stop | None:
    """Nothing found in the verb's clause, which follows a comma: the subject of the clause before
    the comma ("Der Sprecher des Ministeriums, Max Muster, sagte" is meant; such sentences are
    decided earlier by :func:`apposition_chain_subject`, so no example reaches this rule yet)."""
    if s.lo2 is None or s.lo != s.i:
        return None
    return subject(s.d, s.lo2, s.lo - 2) or STOP


#: The speaker rules for a speech verb, in the order they are asked.
SPEAKER_RULES: tuple[Rule, ...] = (
    Rule("object_first_after_apposition", object_first_after_apposition, (
        Example("Die Arbeit der Koalition, die viel erreicht habe, lobte er ausdrücklich. Er sei zufrieden.",
                "indirect", "er", quote="Er sei zufrieden"),
    )),
    Rule("apposition_chain_subject", apposition_chain_subject, (
        Example("Der Sprecher des Ministeriums, Max Muster, sagte, die Lage sei ernst.", "indirect",
                "Der Sprecher des Ministeriums"),
        Example("Die Polizei, die den Vorfall untersucht, teilte mit, es gebe keine Verletzten.", "indirect",
                "Die Polizei"),
    )),
    Rule("named_apposition_subject", named_apposition_subject, (
        Example("Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU vor "
                "„einem gefährlichen Spiel mit dem Feuer“.", "partial", "Henning Scherf (SPD)"),
    )),
    Rule("relative_antecedent", relative_antecedent, (
        Example("Der Führer Irans, der die Wahl als „ein großes Fest der Demokratie“ bezeichnete, reiste ab.",
                "partial", "Führer Irans"),
    )),
    Rule("passive_by_agent", passive_by_agent, (
        Example("Die Äußerung wurde von Demjanjuks Sohn geäußert: „Mein Vater ist unschuldig.“",
                "direct", "Demjanjuks Sohn"),
    )),
    Rule("quoted_by_medium", quoted_by_medium, (
        Example("„Das ist schlicht falsch“, zitiert Welt-Online den Minister.", "direct", "den Minister"),
        Example("„Das ist eine neue Größenordnung“, zitiert ndr.de Polizeisprecher Ralf Meyer.", "direct",
                "Polizeisprecher Ralf Meyer"),
    )),
    Rule("quoted_object", quoted_object, (
        Example("Die Zeitung zitierte Innenminister Thomas Strobl mit den Worten: „Das ist inakzeptabel.“", "direct",
                "Innenminister Thomas Strobl"),
    )),
    Rule("person_after_verb", person_after_verb, (
        Example("„Wir wollen gewinnen.“ Relativierend fügt Gall hinzu: „Aber es wird schwer.“",
                "direct", "Gall", quote="Aber es wird schwer"),
    )),
    Rule("person_before_participle", person_before_participle, (
        Example("Diese Entscheidung hatte der Minister am Montag verkündet: „Wir steigen aus.“", "direct",
                "der Minister"),
    )),
    Rule("subject_before", subject_before, (
        Example("Merz sagte, die Lage sei ernst.", "indirect", "Merz", actor="friedrich-merz"),
        Example("Die Straße sei gesperrt, wie die Polizei mitteilte.", "indirect", "die Polizei"),
        Example("Merz traf den Anwalt Rainer Wittner. Dieser sagte, die Lage sei ernst.", "indirect", "Dieser"),
        Example("Die Datenschützerin sagte der Zeitung, die Regierung breche ihr Wort.", "indirect",
                "Die Datenschützerin"),
    )),
    Rule("addressee_not_speaker", addressee_not_speaker, (
        Example("„Die Menschen warten seit Jahren“, sagte der CDU-Politiker der Deutschen Presse-Agentur.",
                "direct", "der CDU-Politiker"),
        Example("„Das ist ein Fehler“, sagte Verteidigungsminister Pistorius der Nachrichtenagentur Reuters.",
                "direct", "Verteidigungsminister Pistorius", actor="boris-pistorius"),
    )),
    Rule("object_after_verb", object_after_verb, (
        Example("Der Abgeordnete lobte die Anlage, kritisierte aber das Tempo.", None, quote="Der Abgeordnete lobte"),
        Example("Eine Sprecherin bestätigte die Durchsuchungen, nannte aber keine Namen.", None,
                quote="Eine Sprecherin bestätigte die Durchsuchungen"),
    )),
    Rule("subject_after", subject_after, (
        Example("„Wir sind bereit“, sagte Kanzler Merz am Montag.", "direct", "Kanzler Merz",
                actor="friedrich-merz"),
        Example("Am Montag traf Merz den US-Außenminister Marco Rubio. „Das ist falsch“, sagte dieser.", "direct",
                "dieser", actor="marco-rubio"),
    )),
    Rule("relative_clause_between", relative_clause_between, (
        Example("Wie Müller, der lange Minister war, dazu feststellt, sei die Lage ernst.", "indirect", "Müller"),
    )),
    Rule("apposition_before", apposition_before, ()),
)


def verb_speaker(d: Doc, i: int) -> Span | None:
    """The subject of the speech verb at token i by :data:`SPEAKER_RULES`, or None: "Merz sagte"."""
    found = first_decision(SPEAKER_RULES, VerbSite(d, i), "speaker")
    return None if found is STOP else found

"""Cues: the speech verbs and frames that attribute a quote, found by the cue rules (:data:`CUE_RULES`).

Every token outside quotation marks that could be a cue (a lemma or word of the speech lexicon,
or a colon before quotation marks) is put to the rules in order; the first that applies decides:
a :class:`~helpers.quotes.document.Cue` with its speaker, or :data:`~helpers.quotes.rules.STOP`
(not a cue here, and no later rule may claim the token).
"""

from __future__ import annotations

from dataclasses import replace

from helpers.german import NOMINATIVE, OBLIQUE, POSSESSIVES, RELATIVE_PRONOUNS, is_inflected_adjective, looks_genitive
from helpers.quotes.attribution import colon_speaker, impersonal_source, speaker_of
from helpers.quotes.document import Cue, Doc, Span
from helpers.quotes.grammar import BEFORE_ATTRIBUTE, BOUNDARY, DETERMINERS, FRAME_ARTICLES, GENITIVE, POINTING_BACK
from helpers.quotes.lexicon import Lexicon
from helpers.quotes.phrases import can_speak, clause, last_np, np_end, subject, verbless
from helpers.quotes.reported import has_subjunctive, zu_infinitive
from helpers.quotes.rules import STOP, Example, Rule, Stop, first_decision
from helpers.quotes.speakers import verb_speaker


class CueSite:
    """Token ``i`` of ``d`` as a possible cue, with the cues found before it."""

    __slots__ = ("cues", "d", "i", "lem", "lex", "lower", "lw", "w")

    def __init__(self, d: Doc, lex: Lexicon, i: int, lower: list[str], cues: list[Cue]) -> None:
        self.d, self.lex, self.i, self.lower, self.cues = d, lex, i, lower, cues
        self.w, self.lw, self.lem = d.words[i], lower[i], d.lemmas[i]

    def cue(self, kind: str, found: Span | None, first: int | None = None, last: int | None = None) -> Cue:
        """A cue of ``kind`` at this token (or first..last) with the speaker of ``found``."""
        i = self.i
        speaker = speaker_of(self.d, *found) if found else None
        return Cue(kind, i if first is None else first, i if last is None else last, speaker=speaker)


# --- helpers of the rules ---------------------------------------------------------------------------


def attributive(d: Doc, i: int) -> bool:
    """A participle used as an adjective: "die angekündigte Reform", "nicht näher bezeichnete „…“"."""
    w = d.words[i]
    if i == 0 or not w.endswith(("e", "en", "er", "es", "em")) or i + 1 >= len(d):
        return False
    if not _may_be_participle(w.lower(), d.lemmas[i].lower()):
        return False  # a past form only: "Das sagte Bürgermeisterin Anna Berg" (the participle is "gesagte")
    prev = d.words[i - 1].lower()
    nxt = d.words[i + 1]
    if nxt in BOUNDARY and d.quote_of[i + 1] < 0:
        return False
    if d.words[i - 1] in POINTING_BACK and d.first_of_sentence[i - 1] and (nxt.lower() in DETERMINERS or nxt.islower()):
        return False  # a verb after a pronoun that points back: "Das erklärte gestern ein Sprecher."
    return prev in NOMINATIVE or prev in OBLIQUE or prev in BEFORE_ATTRIBUTE


#: Prefixes of verbs whose participle has no "ge-": erklärt, betont, verkündet, bestätigt.
_INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


def _may_be_participle(word: str, lemma: str) -> bool:
    """``word`` can be an inflected participle of the verb ``lemma``: it holds "ge" (gesagte,
    angekündigte), or the verb takes none (erklärte, verkündete, kritisierte); not "sagte", "meinte".

    >>> _may_be_participle("sagte", "sagen"), _may_be_participle("erklärte", "erklären")
    (False, True)
    """
    return "ge" in word or lemma.startswith(_INSEPARABLE) or lemma.endswith("ieren")


def relative_scope(d: Doc, i: int) -> Span | None:
    """The token range of the relative clause token i stands in (", der … aufgerufen haben soll,"), or None."""
    lo, _ = clause(d, i)
    if lo < 1 or d.words[lo - 1] != "," or d.words[lo].lower() not in RELATIVE_PRONOUNS:
        return None
    hi = i
    while hi + 1 <= d.last_of(i) and d.words[hi + 1] not in (",", ".", ";", ":", "!", "?"):
        hi += 1
    return lo, hi


def _verb_cue(s: CueSite, extra: tuple[int, ...] = ()) -> Cue:
    """A speech verb's cue with the speaker of :func:`~helpers.quotes.speakers.verb_speaker`."""
    found = verb_speaker(s.d, s.i)
    cue = s.cue("verb", found)
    cue.extra = extra
    cue.scope = relative_scope(s.d, s.i)
    return cue


# --- frames: laut X, nach Angaben von X, seiner Meinung nach -------------------------------------------


def _frame_fillers(d: Doc, lower: list[str], i: int) -> int:
    """How many words stand between "nach" at token i and its frame noun: an article and
    adjectives ("nach offiziellen Angaben", "nach einer ersten Einschätzung"), at most three."""
    k = i + 1
    while k < min(len(d), i + 4) and d.quote_of[k] < 0 and (
        lower[k] in FRAME_ARTICLES or (d.words[k].islower() and is_inflected_adjective(lower[k], d.lemmas[k]))
    ):
        k += 1
    return k - i - 1


def _postposed_frame(d: Doc, lower: list[str], i: int) -> bool:
    """ "nach" at token i closes a frame: "Seiner Meinung nach …", "Dem Vernehmen nach …"; not an
    attributive one ("die ihrer Meinung nach verbreiteten Illusionen" reports nothing)."""
    if i < 2 or lower[i - 1] not in d.lexicon.postposed or not d.words[i - 1][:1].isupper():
        return False
    if d.quote_of[i - 2 : i].max() >= 0:
        return False
    if lower[i - 2] not in POSSESSIVES and lower[i - 2] != "dem":
        return False
    return not (i >= 3 and (lower[i - 3] in NOMINATIVE or lower[i - 3] in OBLIQUE))


#: Words that open a genitive without an article: "nach Angaben seines Anwalts", "vieler Experten".
_GENITIVE_OPENERS = frozenset(("seines", "seiner", "ihres", "ihrer", "unseres", "unserer", "meines", "meiner",
                               "vieler", "mehrerer", "einiger", "zahlreicher", "anderer", "beider"))  # fmt: skip


def _frame_source(d: Doc, last: int, hi: int) -> Span | None:
    """The source after "nach Angaben": des Ministeriums, der Polizei, von X, a name in the
    genitive (nach Auffassung Österreichs); or the frame's own noun with a possessive before it
    (nach seinen Angaben)."""
    if last - 1 >= 0 and d.words[last - 1].lower() in POSSESSIVES:
        return last - 1, last - 1
    j = last + 1
    if j <= hi and d.words[j].lower() in GENITIVE:
        k = j + 1 if d.words[j].lower() in ("von", "vom") else j
        end = np_end(d, k, hi)
        if end is not None:
            return k, end
    # a genitive without an article: "nach Angaben informierter Kreise", "nach Einschätzung politischer
    # Beobachter", "nach Angaben seines Impresario", "nach Meinung vieler Experten"
    w = d.words[j].lower() if j <= hi else ""
    if w in _GENITIVE_OPENERS or (w.endswith("er") and d.words[j].islower() and is_inflected_adjective(w, d.lemmas[j])):
        end = np_end(d, j, hi)
        if end is not None:
            return j, end
    # a name in the genitive without an article: "Nach Auffassung Österreichs", "nach Meinung Russlands"
    named = j <= hi and d.words[j][:1].isupper() and d.quote_of[j] < 0
    if named and (d.mention_of[j] >= 0 or looks_genitive(d.words[j])):
        end = j
        while end + 1 <= hi and d.words[end + 1][:1].isupper() and d.quote_of[end + 1] < 0:
            end += 1
        return j, end
    return None


def _frame_size(lower: list[str], i: int, frame: tuple[str, ...], fill: int) -> tuple[int, bool] | None:
    """How many tokens the frame takes at token i, and whether adjectives stand in it; None if it
    does not match: "nach Angaben", "nach seinen Angaben", "nach offiziellen Angaben"."""
    size = len(frame)
    if size > 1 and i + 1 < len(lower) and lower[i + 1] in POSSESSIVES and lower[i] == frame[0]:
        size += 1  # nach seinen Angaben, nach ihrer Darstellung
        return (size, False) if tuple(lower[i + 2 : i + size]) == frame[1:] else None
    if fill and size > 1 and tuple(lower[i + 1 + fill : i + size + fill]) == frame[1:]:
        return size + fill, True  # nach offiziellen Angaben (der Polizei)
    return (size, False) if tuple(lower[i : i + size]) == frame else None


def frame(d: Doc, lex: Lexicon, i: int, lower: list[str]) -> tuple[Cue, Span | None] | None:
    """A frame before its source at token i: laut X, nach Angaben von X, nach seinen Angaben,
    nach offiziellen Angaben, nach Polizeiangaben, unter Berufung auf X; or a postposed one
    ending there: seiner Meinung nach, dem Vernehmen nach."""
    n = len(d)
    if lower[i] == "nach" and _postposed_frame(d, lower, i):
        return Cue("before", i - 2, i), ((i - 2, i - 2) if lower[i - 2] in POSSESSIVES else None)
    fill = _frame_fillers(d, lower, i) if lower[i] == "nach" else 0
    k = i + 1 + fill  # nach Polizeiangaben, nach israelischen Militärangaben
    if (
        lower[i] == "nach" and k < n and d.words[k][:1].isupper()
        and lower[k].endswith(lex.frame_nouns) and lower[k] not in lex.frame_nouns
    ):  # fmt: skip
        return Cue("before", i, i), (i + 1, k)
    for words in lex.before:
        if not fill and words[0] != lower[i]:
            continue  # (without fillers a frame starts with this word)
        matched = _frame_size(lower, i, words, fill)
        if matched is None:
            continue
        size, filled = matched
        if d.quote_of[i : i + size].max() >= 0:
            continue
        last = i + size - 1
        _, hi = clause(d, last)
        if words[-1] == "auf" or words in (("laut",), ("gemäß",)):
            end = np_end(d, last + 1, hi) if last + 1 <= hi and d.words[last + 1].lower() in OBLIQUE else None
            found = (last + 1, end) if end is not None else (subject(d, last + 1, hi) if last + 1 <= hi else None)
        elif words[0] == "nach" and lower[i + 1] in ("eigenen", "eigener"):
            # "Die Feuerwehr hat nach eigenen Angaben …": the clause's subject speaks of itself (after the
            # frame it is a part of what is reported: "Nach eigenen Angaben hat das Unternehmen …", none)
            lo, _ = clause(d, i)
            found = subject(d, lo, i - 1, people=True) if lo < i else None
        else:  # nach Angaben des Ministeriums / der Polizei / von X
            found = _frame_source(d, last, hi) or ((i + 1, last) if filled else None)
        if found or words[0] == "nach" or words == ("demnach",):  # "Demnach …": the source named before
            return Cue("before", i, last), found
        return None
    return None


# --- speech verbs in their other meanings, refusals ----------------------------------------------------

#: Speech verbs with another meaning beside speech: melden (register: "Reisen zu melden"), schätzen
#: (estimate: "schätzen das Gemälde auf 350.000 Euro"), zustimmen (approve: "den Plänen zustimmen"),
#: bestätigen (confirm a fact: "bestätigte die Durchsuchungen"), ausgehen ("das Licht ging aus";
#: but "geht davon aus, dass …"), annehmen (accept: "Jobs annehmen"; but "nimmt an, dass …"),
#: erwarten (expect a thing: "hätten ein Schuldeingeständnis erwartet"). They cue only a clause they report.
OTHER_SENSES = frozenset(
    ("melden", "schätzen", "zustimmen", "bestätigen", "einschätzen", "ausgehen", "annehmen", "erwarten")
)
#: Verbs of a refusal when negated: "wollte sich dazu nicht äußern", "äußerte sich nicht".
REFUSING = frozenset(("äußern", "kommentieren"))
#: Negations that make a speech verb a refusal.
NEGATIONS = frozenset(("nicht", "nichts", "keine", "keinen", "keiner", "kein"))


def reports_clause(d: Doc, i: int, lower: list[str]) -> bool:
    """The verb at token i reports a clause: one after it ("bestätigte, dass …", "meldete: …", "…
    melden, die Lage sei ernst"), one before it that it follows with its subject ("…, meldete die
    Agentur", "wie die Polizei meldete"), or quotation marks next to its clause."""
    lo, hi = clause(d, i)
    start = lo
    while start < i and lower[start] in ("wie", "so", "und", "aber"):
        start += 1
    if start < i and lower[lo] in ("wie", "so"):
        return True  # wie die Polizei meldete
    if i == lo + 1 and lower[lo] in ("das", "dies", "dieses") and d.first_of_sentence[lo]:
        return True  # "… Dies bestätigte X.": the sentence before
    if lo > d.first_of(i) and (d.words[lo - 1] in (",", ":") or d.quote_of[lo - 1] >= 0) and start == i:
        return True  # …, meldete die Agentur / „…“, bestätigte er
    nxt = hi + 1
    if nxt > d.last_of(i):
        return False
    if d.words[nxt] == ":" or d.quote_of[nxt] >= 0:
        return True
    if d.words[nxt] == "," and nxt + 1 <= d.last_of(i):
        after = lower[nxt + 1]
        if after in ("dass", "ob", "wie", "wer", "was", "wann", "warum", "wo", "welche", "welcher", "welches"):
            return True
        end = clause(d, nxt + 1)[1]
        return has_subjunctive(d, nxt + 1, end, second=False)
    return False


# --- the rules ---------------------------------------------------------------------------------------


def _separated_sense(s: CueSite) -> bool:
    """A separated verb of :data:`OTHER_SENSES`: "stimmte … zu", "schätzte … ein"."""
    if s.lem not in s.lex.separable:
        return False
    _, hi = clause(s.d, s.i)
    return any(s.lower[j] + s.lem in OTHER_SENSES for j in range(s.i + 1, hi + 1))


def other_sense(s: CueSite) -> Stop | None:
    """A speech verb that has another meaning cues nothing unless it reports a clause: "Reisen
    künftig vorab zu melden" (register), "Experten schätzen das Gemälde auf 350.000 Euro"
    (estimate), "Der Stiftungsrat muss den Plänen zustimmen" (approve), "bestätigte die
    Durchsuchungen" (confirm a fact); but "Die Polizei bestätigte, dass …", "…, meldete dpa"."""
    if s.lem not in OTHER_SENSES and s.lw not in OTHER_SENSES and not _separated_sense(s):
        return None
    return None if reports_clause(s.d, s.i, s.lower) else STOP


def _infixed_zu(word: str, lemma: str) -> bool:
    """A separable verb's zu-infinitive written as one word: "auszuführen" (ausführen), "mitzuteilen"."""
    if len(word) != len(lemma) + 2 or "zu" not in word:
        return False
    lemma = lemma.lower()
    return any(
        word[k : k + 2] == "zu" and word[:k] + word[k + 2 :] == lemma for k in range(2, len(lemma) - 2)
    )


def zu_infinitive_verb(s: CueSite) -> Stop | None:
    """A speech verb as a zu-infinitive is what someone is to do, not a cue: "Er plädiere dafür,
    die Messungen künftig jedes Jahr zu wiederholen", "Der Soldat weigerte sich, Befehle dieser
    Art auszuführen" (unless it reports a clause: "…, zu erklären, dass …")."""
    if s.i == 0 or not s.w.islower() or (s.lower[s.i - 1] != "zu" and not _infixed_zu(s.lw, s.lem)):
        return None
    d, nxt = s.d, s.i + 1
    if nxt + 1 < len(d) and d.words[nxt] == "," and zu_infinitive(d, clause(d, nxt + 1)[1]):
        return None  # what someone is to ask for, reported: "um die Junta aufzufordern, das Land zu öffnen"
    return None if reports_clause(s.d, s.i, s.lower) else STOP


def refusal(s: CueSite) -> Stop | None:
    """A refusal is no quote: "Der BND wollte sich dazu nicht äußern", "Der Unternehmer äußerte
    sich auf Anfrage nicht", "wollte das nicht kommentieren" (the verb negated in its clause)."""
    if s.lem not in REFUSING and s.lw not in REFUSING:
        return None
    lo, hi = clause(s.d, s.i)
    return STOP if any(s.lower[j] in NEGATIONS for j in range(lo, hi + 1)) else None



#: Auxiliaries of a perfect or a passive: "hatte die Entscheidung „falsch“ genannt" is speech.
_PERFECT = frozenset(("hat", "hatte", "habe", "haben", "hatten", "hätte", "hätten", "wurde", "wurden", "wird",
                      "worden", "ist", "war"))  # fmt: skip


def naming(s: CueSite) -> Stop | None:
    """"nennen" that gives a name cues nothing: "durch sogenannte „Political Action Committees“,
    kurz „PACs“ genannt", "ein neuer Standard, genannt „Profil 1.1“", "wie sich die Junta selbst
    nennt" (the participle without an auxiliary in its clause, or "sich nennen"); but "Er nannte den
    Plan „Unsinn“" and "Er hatte den Plan „Unsinn“ genannt" say what someone thinks."""
    if s.lem != "nennen":
        return None
    lo, hi = clause(s.d, s.i)
    words = s.lower[lo : hi + 1]
    if "sich" in words or (s.lw == "genannt" and not any(w in _PERFECT for w in words)):
        return STOP
    return None


def attributive_participle(s: CueSite) -> Stop | None:
    """A speech verb's participle used as an adjective cues nothing: "die angekündigte Reform",
    "eine nicht näher bezeichnete „Quelle“" (but "Das erklärte ein Sprecher." is the verb)."""
    if (s.lem in s.lex.verbs or s.lem in s.lex.separable) and attributive(s.d, s.i):
        return STOP
    return None


#: Infinitives of speech after "lassen": "ließ er über einen Sprecher mitteilen", "ließ ausrichten",
#: "ließ verlauten", "ließ wissen".
LET_SAY = frozenset(("mitteilen", "erklären", "ausrichten", "verlauten", "wissen", "verkünden", "bestellen"))
_LASSEN = frozenset(("ließ", "ließen", "lässt", "läßt", "lassen", "ließe", "lasse"))


def let_say(s: CueSite) -> Cue | Stop | None:
    """An infinitive of speech after a form of "lassen" in its clause is the speech verb of the
    clause's subject: "Man werde abwarten, ließ er über einen Sprecher mitteilen" (not "das lässt sich
    erklären": no one speaks)."""
    if s.lw not in LET_SAY:
        return None
    lo, _ = clause(s.d, s.i)
    k = next((j for j in range(s.i - 1, lo - 1, -1) if s.lower[j] in _LASSEN), None)
    if k is None:
        return None
    if "sich" in s.lower[k : s.i]:
        return STOP  # "lässt sich erklären": can be explained
    return _verb_cue(CueSite(s.d, s.lex, k, s.lower, s.cues), extra=(s.i,))


def speech_verb(s: CueSite) -> Cue | None:
    """A speech verb of the lexicon (its lemma, or the word itself: "meinen" has the lemma "mein"):
    "Merz sagte", "„…“, betonte die Ministerin"."""
    if (s.lem in s.lex.verbs or s.lw in s.lex.verbs) and s.w[:1].islower():
        return _verb_cue(s)
    return None


def _particle(s: CueSite, j: int) -> bool:
    """The word at token j is the verb's particle, not an infinitive's "zu" ("gibt es nicht mehr viel
    Neues zu sehen", "gebe es zu wenig Anreize", "gab … zu dem Vorfall ab"; but "gab zu bedenken",
    "gab zu verstehen" and "gab zu Protokoll" report speech)."""
    if s.lower[j] != "zu" or j + 1 >= len(s.d):
        return True
    nxt = s.d.words[j + 1]
    return not (nxt.isalpha() and nxt.islower() and nxt not in ("bedenken", "verstehen", "erkennen"))


def separable_verb(s: CueSite) -> Cue | Stop | None:
    """A separable speech verb with its particle later in the clause: "Die Polizei teilte am Abend
    mit, …", or right before it where it is written apart: "hat in einer Stellungnahme bekannt
    gegeben, dass …"; without the particle ("teilte das Brot") no cue."""
    if s.lem not in s.lex.separable or not s.w[:1].islower():
        return None
    if s.i > 0 and s.lower[s.i - 1] in s.lex.separable[s.lem] and s.d.words[s.i - 1].islower():
        return _verb_cue(s, extra=(s.i - 1,))  # written apart before it: "hat bekannt gegeben", "wie X bekannt gab"
    d, particles = s.d, s.lex.separable[s.lem]
    _, hi = clause(d, s.i)
    for j in range(s.i + 1, hi + 1):
        if s.lower[j] in particles and d.words[j].islower() and _particle(s, j):
            return _verb_cue(s, extra=(j,))
    # past an apposition set off by commas: "Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, …"
    last = d.last_of(s.i)
    if hi + 2 < last and d.words[hi + 1] == ",":
        end = next((k for k in range(hi + 2, last) if d.words[k] == ","), None)
        if end is not None and s.lower[end + 1] in particles and verbless(d, hi + 2, end - 1):
            return _verb_cue(s, extra=(end + 1,))
    return STOP


def impersonal_report(s: CueSite) -> Cue | None:
    """ "heißt es": reported without a subject; the source is a place named in the clause: "In einer
    Erklärung der Regierung heißt es, …", or where it comes from: "hieß es aus Regierungskreisen"."""
    if s.lem not in s.lex.impersonal:
        return None
    i, n = s.i, len(s.d)
    if not ((i + 1 < n and s.lower[i + 1] == "es") or (i > 0 and s.lower[i - 1] == "es")):
        return None
    return s.cue("impersonal", impersonal_source(s.d, i))


#: Forms of "stehen" that say what a text reads: "Auf dem Plakat stand: „…“", "auf dem geschrieben stand".
STANDING = frozenset(("steht", "stand", "stehen", "standen"))
#: The words that can make a text the source of a quote (:func:`written_on`): "stand", "zu lesen", "die Rede".
WRITTEN = STANDING | {"lesen", "rede"}
#: Words that point to where a text stands: "Darauf waren die Worte zu lesen".
_THERE = frozenset(("darauf", "darin", "dort", "hierauf"))
#: Prepositions of a text's carrier: "auf dem Transparent", "in dem Gesetzentwurf".
_ON = frozenset(("auf", "in", "im"))
#: Relative pronouns after "auf"/"in": "ein Zettel …, auf dem geschrieben stand".
_ON_WHICH = frozenset(("dem", "der", "denen", "welchem", "welcher"))
#: Forms of "sein" of "war von … die Rede".
_BEING = frozenset(("ist", "war", "sei", "wäre", "sind", "waren"))


def _carrier(s: CueSite, lo: int, hi: int, document: bool) -> Span | None:
    """Where quoted words stand, in lo..hi: "auf dem Transparent", "darauf", and with ``document``
    "in dem Gesetzentwurf" only if it can speak (a document, not "im Mittelpunkt"); or what a
    relative clause "auf dem …" opened by a comma is about: "ein Zettel …, auf dem geschrieben stand"."""
    d, lower = s.d, s.lower
    if lo >= 2 and d.words[lo - 1] == "," and lower[lo] in _ON and lower[lo + 1] in _ON_WHICH:
        noun = next((k for k in range(lo - 2, d.first_of(lo) - 1, -1) if d.words[k][:1].isupper()), None)
        if noun is None:
            return None
        first = noun  # back over its article and adjectives only: "ein Zettel", not "jedem Radio ein Zettel"
        while first - 1 >= d.first_of(lo) and (
            lower[first - 1] in DETERMINERS or is_inflected_adjective(lower[first - 1], d.lemmas[first - 1])
        ):
            first -= 1
        return first, noun
    for j in range(lo, hi + 1):
        if d.quote_of[j] >= 0:
            continue
        if lower[j] in _THERE:
            return j, j
        if lower[j] in _ON:
            end = np_end(d, j + 1, hi)
            if end is not None and (lower[j] == "auf" or not document or can_speak(d, j + 1, end)):
                return j + 1, end
    return None


def written_on(s: CueSite) -> Cue | Stop | None:
    """Quoted words a text carries, whose source is that text: "Auf dem Transparent war die Parole
    „…“ zu lesen", "Darauf waren die Worte zu lesen: „…“", "ein Zettel, auf dem geschrieben stand:
    „…“", "In dem Gesetzentwurf steht der Passus: „…“", "In einem Schreiben war von einem „…“ die
    Rede" (not "Im Mittelpunkt stand die Frage: „…“", nor a verb with no quotation marks near)."""
    d, i, lower = s.d, s.i, s.lower
    lw = s.lw
    if lw not in WRITTEN or not d.words[i].isalpha():
        return None
    lo = i  # back over quoted words (sentences too) to the last comma or colon: "Auf dem Transparent war „…“ zu lesen"
    while lo > 0 and (
        d.quote_of[lo - 1] >= 0 or (d.words[lo - 1] not in BOUNDARY and d.sentence[lo - 1] == d.sentence[lo])
    ):
        lo -= 1
    _, hi = clause(d, i)
    quoted = any(d.quote_of[j] >= 0 for j in range(lo, hi + 1)) or (
        hi + 2 <= d.last_of(i) and d.words[hi + 1] == ":" and d.quote_of[hi + 2] >= 0
    )
    if not quoted:
        return None
    words = {lower[j] for j in range(lo, hi + 1) if d.quote_of[j] < 0}
    if lw == "lesen":
        if i == 0 or lower[i - 1] != "zu":
            return None
        return s.cue("written", _carrier(s, lo, hi, document=False))
    if lw == "rede":
        if lower[i - 1] != "die" or not words & _BEING or not words & {"von", "vom"}:
            return None
        return s.cue("written", _carrier(s, lo, hi, document=True))
    written = "geschrieben" in words
    found = _carrier(s, lo, hi, document=not written)
    if found is None and not written:
        return None
    return s.cue("written", found)


#: Forms of "werden" that make "bekannt" a report without a speaker: "wurde bekannt", "bekannt geworden".
BECOMING = frozenset(("wurde", "wurden", "wird", "werden", "geworden"))


def became_known(s: CueSite) -> Cue | None:
    """ "bekannt werden" reports a clause without naming anyone: "Im April wurde bekannt, dass …",
    "Wie heute bekannt wurde, sind …", "Zuvor war bekannt geworden, dass …" (not "bekannt gab":
    that is a separable speech verb, whose particle is this word)."""
    if s.lw != "bekannt" or not s.w.islower():
        return None
    d, i = s.d, s.i
    lo, hi = clause(d, i)
    if lo > d.first_of(i) and d.words[lo - 1] == "," and s.lower[lo] != "wie":
        return None  # a subordinate clause of another one's report: "…, nachdem bekannt geworden war, dass …"
    if not any(s.lower[j] in BECOMING for j in range(lo, hi + 1)) or not reports_clause(d, i, s.lower):
        return None
    return s.cue("known", None)


def source_then_frame(s: CueSite) -> Cue | Stop | None:
    """A frame after its source: "Medienberichten zufolge", "Angaben der Polizei zufolge"."""
    if s.lw not in s.lex.after or s.i == 0:
        return None
    d, i = s.d, s.i
    lo = i - 1
    while lo - 1 >= d.first_of(i) and d.words[lo - 1] not in BOUNDARY and d.quote_of[lo - 1] < 0:
        lo -= 1
    found = last_np(d, lo, i - 1)
    return s.cue("after", found) if found else STOP


def so_after_quote(s: CueSite) -> Cue | Stop | None:
    """ "so X" after a comma, a dash or a quote: "„…“, so Merz.", "…, so der Minister weiter."."""
    d, i = s.d, s.i
    if s.lw not in s.lex.so or i == 0 or not (d.words[i - 1] in (",", "–") or d.quote_of[i - 1] >= 0):
        return None
    _, hi = clause(d, i)
    found = subject(d, i + 1, hi)
    if found and (found[0] == i + 1 or d.words[i + 1].lower() in NOMINATIVE):
        return s.cue("so", found)
    return STOP


def colon_before_quote(s: CueSite) -> Cue | Stop | None:
    """A colon right before quotation marks, when no cue with a speaker stands in the part
    before it: "Ziercke: „…“", "Hier sparte der Bundespräsident nicht mit Kritik: „…“"."""
    d, i = s.d, s.i
    if s.w != ":" or i + 1 >= len(d) or d.quote_of[i + 1] < 0 or d.mark_tokens[d.quote_of[i + 1]][0] != i + 1:
        return None
    seg = i  # the part before the colon, back to the last comma: "…, so Elshorst weiter:"
    while seg - 1 >= d.first_of(i) and d.words[seg - 1] not in BOUNDARY:
        seg -= 1
    if any(c.first >= seg and c.speaker is not None for c in s.cues[-3:]):
        return STOP
    found = colon_speaker(d, i)
    return s.cue("colon", found) if found else STOP


def frame_before_source(s: CueSite) -> Cue | Stop | None:
    """A frame of the lexicon before its source, or a postposed one: "laut Polizei", "nach
    Angaben des Ministeriums", "nach Angaben informierter Kreise", "unter Berufung auf
    Regierungskreise", "seiner Meinung nach"; "nach eigenen Angaben" is the clause's subject's."""
    if s.lw not in s.lex.before_first:
        return None
    found = frame(s.d, s.lex, s.i, s.lower)
    if found is None:
        return STOP
    cue, source = found
    cue.speaker = speaker_of(s.d, *source) if source else None
    return cue


#: The cue rules for one token, in the order they are asked.
CUE_RULES: tuple[Rule, ...] = (
    Rule("refusal", refusal, (
        Example("Der BND wollte sich dazu nicht äußern. Er sei aber informiert.", None,
                quote="Der BND wollte sich dazu nicht äußern"),
        Example("Der Unternehmer selbst äußerte sich auf Anfrage nicht.", None,
                quote="Der Unternehmer selbst äußerte sich auf Anfrage nicht"),
    )),
    Rule("zu_infinitive_verb", zu_infinitive_verb, (
        Example("Beschäftigte sollen verpflichtet werden, private Reisen nach Russland künftig vorab zu melden.",
                None, quote="Beschäftigte sollen verpflichtet werden"),
        Example("Er plädiere dafür, die Messungen künftig jedes Jahr zu wiederholen, sagte Okafor.", "indirect",
                "Okafor"),
        Example("Der Soldat ging davon aus, dass der Einsatz rechtswidrig sei, und weigerte sich, die Befehle "
                "auszuführen.", "indirect", "Der Soldat", quote="dass der Einsatz rechtswidrig sei"),
    )),
    Rule("other_sense", other_sense, (
        Example("Die Beamten melden private Reisen nach Russland künftig beim Dienstherrn.",
                None, quote="Die Beamten melden private Reisen nach Russland künftig beim Dienstherrn"),
        Example("Experten schätzen das Gemälde auf rund 350.000 Euro.", None,
                quote="Experten schätzen das Gemälde auf rund 350.000 Euro"),
        Example("Der Stiftungsrat muss den Plänen allerdings noch zustimmen.", None,
                quote="Der Stiftungsrat muss den Plänen allerdings noch zustimmen"),
        Example("Nach dem Sturm ging in der ganzen Stadt das Licht aus.", None,
                quote="Nach dem Sturm ging in der ganzen Stadt das Licht aus"),
        Example("Sollten Asylsuchende Jobs annehmen dürfen, stiege die Arbeitslosigkeit.", None,
                quote="Sollten Asylsuchende Jobs annehmen dürfen"),
    )),
    Rule("naming", naming, (
        Example("Das System sei „kaputt“, denn es könne durch Komitees, kurz „PACs“ genannt, unterwandert werden, "
                "sagte Obama.", "partial", "Obama", quote="kaputt"),
        Example("Der neue „Rat zur Rettung der Demokratie“, wie sich die Junta selbst nennt, tagte.", None,
                quote="Rat zur Rettung der Demokratie"),
        Example("Die Schau findet alle fünf Jahre statt. 2007 nennt sie sich „documenta 12“.", None,
                quote="„documenta 12“"),
        Example("Von Freunden und Kritikern stets „der Dicke“ genannt, galt er als mächtig.", None,
                quote="„der Dicke“"),
    )),
    Rule("attributive_participle", attributive_participle, (
        Example("Die angekündigte Reform sei „ein großer Schritt nach vorn“, sagte Merz.", "indirect", "Merz"),
        Example("Unter Berufung auf nicht weiter bezeichnete Quellen gab die Bangkok Post an, der Minister sei "
                "zurückgetreten.", "indirect", "die Bangkok Post"),
    )),
    Rule("let_say", let_say, (
        Example("Man werde die Prüfung abwarten, ließ der Kanzler über einen Sprecher mitteilen.", "indirect",
                "der Kanzler"),
        Example("Das lässt sich leicht erklären, die Lage sei ernst.", None, quote="Das lässt sich leicht erklären"),
    )),
    Rule("speech_verb", speech_verb, (
        Example("„Wir sind bereit“, sagte Merz am Montag.", "direct", "Merz", actor="friedrich-merz"),
    )),
    Rule("separable_verb", separable_verb, (
        Example("Die Polizei teilte am Abend mit, dass die Straße wieder frei sei.", "indirect", "Die Polizei"),
        Example("Litauen geht davon aus, dass der Pilot keine Erlaubnis hatte.", "indirect", "Litauen"),
        Example("Die Gemeinde hat in einer Stellungnahme bekannt gegeben, dass keine Gefahr bestehe.", "indirect",
                "Die Gemeinde"),
        Example("Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass die Suche eingestellt werde.",
                "indirect", "der Leiter der Dienststelle"),
    )),
    Rule("impersonal_report", impersonal_report, (
        Example("In einer Erklärung der Regierung heißt es, man werde die Lage prüfen.", "indirect",
                "einer Erklärung der Regierung"),
        Example("„Wir bitten um Geduld“, heißt es in einer gestern verbreiteten Erklärung.", "direct",
                "einer gestern verbreiteten Erklärung"),
        Example("Die Gespräche seien weit fortgeschritten, hieß es aus Regierungskreisen.", "indirect",
                "Regierungskreisen"),
        Example("Aus dem Kanzleramt hieß es, man prüfe den Vorschlag.", "indirect", "dem Kanzleramt"),
    )),
    Rule("written_on", written_on, (
        Example("Auf dem Transparent war zu lesen: „Wir bleiben hier.“", "direct", "dem Transparent"),
        Example("Auf einem Schild am Eingang stand: „Betreten verboten.“", "direct", "einem Schild"),
        Example("Darauf waren die Worte zu lesen: „Paris unterstützt die Menschenrechte.“", "direct", "Darauf"),
        Example("Ab 1939 musste an jedem Radio ein Zettel kleben, auf dem geschrieben stand: „Denke daran: Das "
                "Abhören ist verboten.“", "direct", "ein Zettel"),
        Example("Derzeit steht in dem Gesetzentwurf noch der Passus: „Die Daten sind nach einem Jahr zu löschen.“",
                "direct", "dem Gesetzentwurf"),
        Example("In einem internen Schreiben an die Mitarbeiter war von einem „offenen Dialog“ die Rede.",
                "partial", "einem internen Schreiben"),
    )),
    Rule("became_known", became_known, (
        Example("Im April wurde dann bekannt, dass der Sänger schwer erkrankt war.", "indirect", None),
        Example("Wie heute bekannt wurde, sind in dem Gebiet erste Cholerafälle aufgetreten.", "indirect", None),
    )),
    Rule("source_then_frame", source_then_frame, (
        Example("Medienberichten zufolge ist der Minister zurückgetreten.", "indirect", "Medienberichten"),
        Example("Die Täter stammen Medienberichten zufolge aus der Region.", "indirect", "Medienberichten",
                quote="Die Täter stammen"),
        Example("Am Samstag starben offiziellen Angaben zufolge vier Menschen.", "indirect", "offiziellen Angaben",
                quote="Am Samstag starben"),
    )),
    Rule("so_after_quote", so_after_quote, (
        Example("„Wir bleiben dabei“, so Merz.", "direct", "Merz", actor="friedrich-merz"),
    )),
    Rule("colon_before_quote", colon_before_quote, (
        Example("Hier sparte der Bundespräsident nicht mit Kritik: „Das geht so nicht weiter.“",
                "direct", "der Bundespräsident"),
    )),
    Rule("frame_before_source", frame_before_source, (
        Example("Laut Polizei wurden drei Menschen verletzt.", "indirect", "Polizei"),
        Example("Nach Angaben des Ministeriums gab es keine Verletzten.", "indirect", "des Ministeriums"),
        Example("Nach Auffassung Österreichs soll die Vollmitgliedschaft nicht erwähnt werden.", "indirect",
                "Österreichs"),
        Example("Nach Angaben informierter Kreise betrug das Lösegeld drei Millionen Dollar.", "indirect",
                "informierter Kreise"),
        Example("Dieser Tage zählt das Innenministerium nach eigenen Angaben 300 Asylanträge am Tag.", "indirect",
                "das Innenministerium"),
        Example("Nach einer neuen Studie sterben jedes Jahr mehr Menschen an Hitze.", "indirect",
                "einer neuen Studie"),
        Example("Nach israelischen Militärangaben wurden die Soldaten beschossen.", "indirect",
                "israelischen Militärangaben"),
        Example("Laut faz.net appellierte der Minister an die Teilnehmer.", "indirect", "faz.net"),
        Example("Nach dem Gesetzentwurf der Koalition sollen auch die Jugendämter Zugriff erhalten.", "indirect",
                "der Koalition"),
        Example("Die Gefahr ist aus Sicht der Experten gering.", "indirect", "der Experten"),
        Example("Die Gefahr besteht nach Expertenmeinung vor allem im Winter.", "indirect", "Expertenmeinung"),
    )),
)


def _demnach_source(d: Doc, cue: Cue, cues: list[Cue], i: int) -> None:
    """ "Demnach …" without a source of its own reports the source of the sentence before: "Die
    Kommission gab das Ergebnis bekannt. Demnach …". Where that source is a known actor, the speaker
    as written is "Demnach", which points back to it as a pronoun does ("Wie die NATO mitteilte, …
    Demnach …": speaker Demnach, actor nato)."""
    s = d.sentence[i]
    for c in reversed(cues):
        t = d.sentence[c.first]
        if t < s - 1:
            break
        if t == s - 1 and c.speaker:
            sp = c.speaker
            if sp.actor is not None:
                sp = replace(sp, first=i, last=i, start=int(d.starts[i]), end=int(d.ends[i]), pronoun=False)
            cue.speaker = sp
            return


def find_cues(d: Doc, lex: Lexicon) -> list[Cue]:
    """Speech verbs and attribution frames outside quotation marks, each with its speaker, by :data:`CUE_RULES`."""
    cues: list[Cue] = []
    lower = [w.lower() for w in d.words]
    lemmas, words = d.lemmas, d.words
    for i in range(len(d)):
        # only a word or lemma of the lexicon (or a colon) can be a cue: most tokens ask no rule
        cand = (lemmas[i] in lex.cue_lemmas or lower[i] in lex.cue_words or words[i] == ":" or lower[i] == "bekannt"
                or lower[i] in LET_SAY or lower[i] in WRITTEN)
        if not cand or d.quote_of[i] >= 0:
            continue
        cue = first_decision(CUE_RULES, CueSite(d, lex, i, lower, cues), "cue")
        if cue is None or cue is STOP:
            continue
        if lower[i] == "demnach" and cue.speaker is None:
            _demnach_source(d, cue, cues, i)
        cues.append(cue)
    return cues

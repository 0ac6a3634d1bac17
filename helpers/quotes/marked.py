"""Words in quotation marks: a name or title (:data:`NAME_RULES`), someone's words with a speaker,
or a scare quote with nobody to say it (:data:`MARKED_RULES`).

>>> from helpers.articles import parse_article
>>> from helpers.quotes import quotes
>>> a = parse_article("Titel\\nStand: 01.12.2025\\nDie Yacht „Dignité“ lief aus. Das sei „ein Skandal“, sagte Merz.")
>>> quotes(a)[["text", "kind"]].values.tolist()
[['Das sei „ein Skandal“', 'indirect'], ['„ein Skandal“', 'partial']]
"""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from helpers.german import (
    FINITE_AUXILIARIES,
    INDEFINITE,
    NOMINATIVE,
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    SUBJUNCTIVE_II,
    is_subjunctive_i,
)
from helpers.quotes.attribution import previous_subject, speaker_of
from helpers.quotes.document import Cue, Doc, Quote, Span, Speaker
from helpers.quotes.grammar import (
    BEFORE_COMMON,
    BOUNDARY,
    DEFINITE_BEFORE,
    DETERMINERS,
    NOT_A_VERB,
    VIEW_VERBS,
    WEB,
    is_known_noun,
)
from helpers.quotes.names import name_shaped
from helpers.quotes.phrases import clause, last_np, np_end, person_like, subject
from helpers.quotes.reported import has_subjunctive, recent, recent_cue_speaker
from helpers.quotes.rules import STOP, Example, Rule, Stop, first_decision

# --- is it a name? --------------------------------------------------------------------------------------


class NameSite:
    """Quotation-mark span ``k`` of ``d`` and the words around it, for the name rules."""

    def __init__(self, d: Doc, k: int, speaker_quotes: set[int]) -> None:
        self.d, self.k, self.speaker_quotes = d, k, speaker_quotes
        self.first, self.last = d.mark_tokens[k]
        self.lowest = d.first_of(self.first)
        self.inner = [w for w in d.words[self.first + 1 : self.last + 1] if any(ch.isalnum() for ch in w)]

    @cached_property
    def before(self) -> str:
        """The word before the quote and its adjectives (der neue „Rat …“: der), lower case."""
        d, j, lowest = self.d, self.first - 1, self.lowest
        while j >= lowest and j > self.first - 4 and d.words[j].islower() and d.words[j].lower() not in DETERMINERS:
            j -= 1
        return d.words[j].lower() if j >= self.lowest else ""


def part_of_speaker(s: NameSite) -> bool | None:
    """The quoted words are (part of) a cue's speaker: „BBC News“ berichtet."""
    return True if s.k in s.speaker_quotes else None


def spoken_words(s: NameSite) -> bool | None:
    """After "Worte" or "Worten" (someone's words, not "das Wort" of a term), maybe past adjectives,
    the quoted words are a quote, not a name: "mit den Worten „Wir haben verstanden“", "seine
    letzten Worte „…“"."""
    d, j = s.d, s.first - 1
    while j >= s.lowest and j > s.first - 3 and d.words[j].islower() and d.words[j] not in BOUNDARY:
        j -= 1
    return False if j >= s.lowest and d.words[j] in ("Worte", "Worten") and d.quote_of[j] < 0 else None


def _finite_verb(d: Doc, j: int) -> bool:
    """Token j is a finite verb in small letters: an auxiliary or a Konjunktiv (werde, prüfe, hätte)."""
    w = d.words[j]
    return w.islower() and (w in FINITE_AUXILIARIES or w in SUBJUNCTIVE_II or is_subjunctive_i(w, d.lemmas[j]))


def after_name_word(s: NameSite) -> bool | None:
    """After a word of the lexicon's ``[names]`` (or a compound ending in one), maybe past an
    article and adjectives: die Yacht „Dignité“, unter dem Motto „…“, die Sportzeitung „…“, die
    Firma „con energy ag“ (not a predicate in quotation marks: das Unternehmen „werde wachsen“)."""
    d, j = s.d, s.first - 1
    if s.first + 1 < len(d) and _finite_verb(d, s.first + 1):
        return None
    while j >= s.lowest and j > s.first - 4 and (d.words[j].islower() or d.words[j].lower() in NOMINATIVE):
        if d.words[j] in PREPOSITIONS:
            return None  # the name word is not this phrase's: "das Blatt in einer „schwierigen Lage“"
        if d.words[j] in FINITE_AUXILIARIES:
            return None  # a verb ends the noun phrase: "für das Unternehmen sollen „durch mehr Effizienz …“"
        if d.words[j] in INDEFINITE:
            return None  # an article of its own opens another phrase: "warf dem Konzern eine „Salamitaktik“ vor"
        j -= 1
    if j < s.lowest or d.quote_of[j] >= 0:
        return None
    word, lem, names = d.words[j], d.lemmas[j].lower(), d.lexicon.names_lower
    if word.lower() in names or (word[:1].isupper() and any(lem.endswith(n) for n in names)):
        return True
    return None


def web_address(s: NameSite) -> bool | None:
    """A web address: „tagesschau.de“ (one token)."""
    return True if len(s.inner) == 1 and WEB.match(s.inner[0]) else None


def compound_part(s: NameSite) -> bool | None:
    """The first part of a compound: die „Eins zu Eins“-Begegnung."""
    qe = s.d.marks[s.k][1]
    return True if s.d.article.text[qe : qe + 1] == "-" else None


def translated_name(s: NameSite) -> bool | None:
    """A translation in brackets after a quoted name: „Cast Lead“ („gegossenes Blei“)."""
    d, first = s.d, s.first
    return True if first >= 2 and d.words[first - 1] == "(" and d.quote_of[first - 2] >= 0 else None


#: Prepositions that tie the head of an institution's or a law's name to its purpose: der „Rat für
#: nationale Sicherheit“, des „Gesetzes über den Verfassungsschutz“, ein „Gesetz zur Änderung …“.
NAME_PURPOSE = frozenset(("für", "über", "zur", "zum"))


#: Heads of the names of institutions, laws and programmes: "Gesetz zur …", "Kompetenzzentrum für …".
_INSTITUTION_HEADS = ("gesetz", "gesetzes", "verordnung", "richtlinie", "zentrum", "zentrums", "institut",
                      "instituts", "programm", "programms", "fonds", "stiftung", "preis", "preises", "abkommen",
                      "vertrag", "vertrags", "amt", "amts", "rat", "rats", "behörde", "agentur", "kommission")


def institution_name(s: NameSite) -> bool | None:
    """After a definite article, a capitalised noun and a preposition of purpose open the name of
    an institution, a law or a prize, whatever its other words: den „Rat für nationale
    Sicherheit“, des „Sacharow-Preises für geistige Freiheit“; after an indefinite article only when
    the head names an institution, a law or a programme (ein „Gesetz zur Änderung des Passgesetzes“;
    but einer „Gefahr für Leib und Leben“ is someone's words)."""
    inner = s.inner
    if len(inner) < 3 or len(inner) > 10 or not (inner[0][:1].isupper() and inner[1] in NAME_PURPOSE):
        return None
    # after an indefinite article too when the head is an institution's or a law's: ein „Gesetz zur
    # Änderung des Passgesetzes“, ein neues „Kompetenzzentrum für Elektroantriebe“
    return True if s.before in DEFINITE_BEFORE or inner[0].lower().endswith(_INSTITUTION_HEADS) else None


def attached_to_a_name(s: NameSite) -> bool | None:
    """Quoted words after "von der", "vom" or "des" right after a name are the name of what the
    named one belongs to: "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte" (not "sprach von
    der „größten Krise“": no name before "von")."""
    d, first = s.d, s.first
    if first < 3 or s.lowest > first - 3 or d.words[s.last].endswith((".", "!", "?")):
        return None
    w1, w2 = d.words[first - 1].lower(), d.words[first - 2].lower()
    if (w1 in ("der", "des", "dem") and w2 in ("von", "vom")) or w1 == "vom":
        k = first - 2 if w1 == "vom" else first - 3  # the name's token
        name = d.words[k]
        if name[:1].isupper() and name.isalpha() and (d.mention_at(k) is not None or not is_known_noun(name)):
            return True
    return None


def agent_of_a_participle(s: NameSite) -> bool | None:
    """Quoted words after "von" and before a participle used as an adjective are who did it, a name:
    "die von „Infratest dimap“ erstellten Hochrechnungen"."""
    d, first, nxt = s.d, s.first, s.last + 1
    if first < 1 or d.words[first - 1] not in ("von", "vom") or nxt + 1 >= len(d):
        return None
    w = d.words[nxt]
    participle = w.islower() and w.endswith(("te", "ten", "tes", "ene", "enen")) and d.words[nxt + 1][:1].isupper()
    return True if participle and d.quote_of[nxt] < 0 else None


def not_name_shaped(s: NameSite) -> bool | None:
    """Words not all capitalised (but for the name particles) are no name: „ein großer Schritt“."""
    return False if not s.inner or not name_shaped(s.inner, s.d.lexicon) else None


def actor_name(s: NameSite) -> bool | None:
    """The name of a gazetteer actor in quotation marks: "Merz gab „Bild“ ein Interview"."""
    d = s.d
    for i in range(s.first, s.last):
        m = d.mention_at(i)
        if m is not None and m.kind in ("name", "metonym"):
            return True
    return None


def unknown_word(s: NameSite) -> bool | None:
    """A number or a capitalised word the dictionary does not know: Aktien von „Ener1“, „Golem“ (not
    after an indefinite article, which opens someone's phrase: einer „zentralisierte[n] Referenzdatei“)."""
    if s.first > 0 and s.d.words[s.first - 1].lower() in INDEFINITE:
        return None
    if any(w[:1].isdigit() or (w[:1].isupper() and not is_known_noun(w)) for w in s.inner):
        return True
    return None


def definite_article(s: NameSite) -> bool | None:
    """After a definite article (and adjectives): der „Rote Platz“, im „Weißen Haus“."""
    return True if s.before in DEFINITE_BEFORE else None


def held_view(s: NameSite) -> bool | None:
    """Words stating the view of someone "für" names are theirs, not a name: "war für die
    Lehrerverbände „Wortbruch und Vertrauensmissbrauch“"."""
    return False if viewed_by(s.d, s.first) is not None else None


#: Verbs whose object is the speaker's own word for someone's deed, as separable or plain lemma
#: (the particle joined): "warf der Regierung „Totalversagen“ vor", "bescheinigte ihm „Weitsicht“".
CHARGE_VERBS = frozenset(("vorwerfen", "vorhalten", "unterstellen", "bescheinigen", "attestieren"))


def charged_word(s: NameSite) -> bool | None:
    """The object of a verb of charging in the quote's sentence is the speaker's word, not a name:
    "Die Datenschützer warfen der Regierung „Wortbruch“ vor"."""
    cue = quote_cue(s.d, s.first, s.last)
    if cue is None or cue.kind != "verb" or cue.speaker is None:
        return None
    d = s.d
    if cue.first + 1 < len(d) and d.lemmas[cue.first + 1].lower() == "lassen":
        return None  # the one charged speaks not: "musste sich der Minister „Ideenlosigkeit“ vorwerfen lassen"
    lemma = "".join(d.words[j].lower() for j in cue.extra) + d.lemmas[cue.first].lower()
    return False if lemma in CHARGE_VERBS else None


def short_capitalised_phrase(s: NameSite) -> bool:
    """Elsewhere a capitalised phrase of up to three words is a name; after "als", an indefinite
    article or "von" (als „Kapitulation“ bezeichnet, einen „Ruck“, sprach von „Wortbruch“), on its
    own („Gut“, sagte Macron; after a colon as a sentence: urteilte: „Mangelhaft.“, not "kurz:
    „Fed“"), or in small letters (nehme die Entscheidung „zur Kenntnis“) it is
    someone's words."""
    d, first = s.d, s.first
    ends = d.words[s.last - 1] in (".", "!", "?")  # a sentence of its own: „Mangelhaft.“
    alone = first == s.lowest or d.words[first - 1] in (".", "!", "?") or (d.words[first - 1] == ":" and ends)
    return not alone and s.before not in BEFORE_COMMON and len(s.inner) <= 3 and s.inner[0][:1].isupper()


#: Whether quoted words are a name or a title (True) or may be a quote (False), in this order.
NAME_RULES: tuple[Rule, ...] = (
    Rule("part_of_speaker", part_of_speaker, (
        Example("„Wir prüfen das“, berichtet „BBC News“ unter Berufung auf Diplomaten.", None, quote="„BBC News“"),
    )),
    Rule("spoken_words", spoken_words, (
        Example("Der Trainer kommentierte die Niederlage mit den Worten „Wir kommen wieder“.", "partial",
                "Der Trainer", quote="„Wir kommen wieder“"),
    )),
    Rule("after_name_word", after_name_word, (
        Example("Die Yacht „Dignité“ lief am Montag aus.", None, quote="„Dignité“"),
        Example("Unter dem Motto „Wir sind mehr“ zogen Tausende durch die Stadt.", None, quote="„Wir sind mehr“"),
        Example("Die Firma „con energy ag“ beteiligt sich an der Spirit AG.", None, quote="„con energy ag“"),
    )),
    Rule("web_address", web_address, ()),
    Rule("compound_part", compound_part, (
        Example("Die „Eins zu Eins“-Begegnung endete torlos.", None, quote="„Eins zu Eins“"),
    )),
    Rule("translated_name", translated_name, (
        Example("Die Operation „Cast Lead“ („gegossenes Blei“) begann im Dezember.", None, quote="„gegossenes Blei“"),
    )),
    Rule("institution_name", institution_name, (
        Example("Der Rat werde sich in den „Rat für nationale Sicherheit“ umbenennen, sagte der General.", None,
                quote="„Rat für nationale Sicherheit“"),
    )),
    Rule("attached_to_a_name", attached_to_a_name, (
        Example("Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, die Hilfe komme an.", "indirect",
                "Moritz Wohlrab", quote="die Hilfe komme an"),
    )),
    Rule("agent_of_a_participle", agent_of_a_participle, (
        Example("Die von „Infratest dimap“ erstellten Hochrechnungen sahen die SPD vorn, sagte er.", "indirect",
                "er", quote="Die von"),
    )),
    Rule("not_name_shaped", not_name_shaped, (
        Example("Der Verlag erklärte, dass das Blatt in einer „schwierigen Marktsituation“ stecke.", "partial",
                "Der Verlag", quote="„schwierigen Marktsituation“"),
        Example("Die Reform sei „ein großer Schritt“, sagte Merz.", "partial", "Merz", quote="„ein großer Schritt“"),
    )),
    Rule("actor_name", actor_name, (
        Example("Merz gab „Bild“ ein langes Interview.", None, quote="„Bild“"),
    )),
    Rule("unknown_word", unknown_word, (
        Example("Er kaufte Aktien von „Ener1“ im Januar.", None, quote="„Ener1“"),
    )),
    Rule("definite_article", definite_article, (
        Example("Sie trafen sich auf dem „Roten Platz“ in Moskau.", None, quote="„Roten Platz“"),
    )),
    Rule("held_view", held_view, (
        Example("Die Ministerin will die Rückzahlung verschieben. Das ist für die Lehrer „Wortbruch "
                "und Verrat“.", "partial", "die Lehrer"),
    )),
    Rule("charged_word", charged_word, (
        Example("Die Datenschützer warfen der Regierung unter anderem „Wortbruch“ vor.", "partial",
                "Die Datenschützer", quote="„Wortbruch“"),
    )),
    Rule("short_capitalised_phrase", short_capitalised_phrase, (
        Example("Merz sprach von „Wortbruch“ und verließ den Saal.", "partial", "Merz", quote="„Wortbruch“"),
    )),
)


def is_name(d: Doc, k: int, speaker_quotes: set[int]) -> bool:
    """Quotation-mark span k holds a name or a title, not a quote, by :data:`NAME_RULES`."""
    return bool(first_decision(NAME_RULES, NameSite(d, k, speaker_quotes), "name"))


# --- whose words? -----------------------------------------------------------------------------------------


def quote_cue(d: Doc, first: int, last: int) -> Cue | None:
    """The cue of a quotation-mark span: the nearest cue outside quotes in its sentence(s),
    before the opening or after the closing mark (one with a speaker first; a colon counts as
    two tokens further away)."""
    lo, hi = d.first_of(first), d.last_of(last)
    best, distance = None, None
    cues = [c for t in range(int(d.sentence[lo]), int(d.sentence[hi]) + 1) for c in d.cues_in(t)]
    for c in cues:
        if c.first < lo or c.first > hi or first <= c.first <= last or c.kind == "known":
            continue  # ("wurde bekannt" reports a clause, it quotes no words)
        if c.scope is not None and not (c.scope[0] <= first and last <= c.scope[1]):
            continue  # "kritisierte X, der zum Sturm aufgerufen haben soll, als „…“": not the relative clause's
        gap = (c.speaker is None, c.first - last if c.first > last else first - c.last + 2 * (c.kind == "colon"))
        if distance is None or gap < distance:
            best, distance = c, gap
    return best


def inverted_cue(d: Doc, last: int) -> Cue | None:
    """Any verb right after a quote and a comma, with its subject after it: "„…“, zeigte sich
    Trainer Rajevac zufrieden" (news put the speaker there, whatever the verb)."""
    if last + 3 > d.last_of(last) or d.words[last + 1] != ",":
        return None
    verb = last + 2
    w = d.words[verb]
    if not (w.isalpha() and w.islower()) or w in NOT_A_VERB or w in DETERMINERS or d.quote_of[verb] >= 0:
        return None  # "„Verein …“, eine Initiative der TU Wien": an apposition, no verb
    _, hi = clause(d, verb)
    found = subject(d, verb + 1, hi)
    if found is None or not person_like(d, *found):
        return None
    return Cue("verb", verb, verb, speaker=speaker_of(d, *found))


def next_sentence_cue(d: Doc, last: int) -> Cue | None:
    """The cue of the sentence after a quote when it points back: "„…“ Das sagte Merz am Montag."."""
    nxt = d.sentence[last] + 1
    if nxt not in d.sent_first or d.words[d.sent_first[nxt]] not in ("Das", "Dies", "So", "Diese", "Dieses"):
        return None
    for c in d.cues_in(nxt):
        if c.kind == "verb" and c.speaker is not None:
            return c
    return None


def opinion_holder(d: Doc, first: int) -> Span | None:
    """The one whose view a phrase is, named by "für" in its clause before it: "Was für die
    Ministerin eine „…“ ist", "Für Anja Hajduk ist das eine „…“"."""
    lo, _ = clause(d, first - 1) if first > 0 and d.quote_of[first - 1] < 0 else (first, first)
    for j in range(lo, first - 1):
        if d.words[j].lower() == "für" and d.quote_of[j + 1] < 0:
            end = np_end(d, j + 1, first - 1)
            if end is not None and person_like(d, j + 1, end):
                return j + 1, end
    return None




def viewed_by(d: Doc, first: int) -> Span | None:
    """The one whose view the quoted words at token ``first`` state: "für X" (:func:`opinion_holder`)
    in a clause whose verb of being comes before them ("Für den Minister ist die Lage „ernst“"; not
    "das Video für Ok Go „Here it goes again“", a title)."""
    lo, _ = clause(d, first - 1) if first > 0 else (first, first)
    if not any(d.words[j].lower() in VIEW_VERBS and d.quote_of[j] < 0 for j in range(lo, first)):
        return None
    return opinion_holder(d, first)


def bracketed_after(d: Doc, first: int, last: int) -> Span | None:
    """A quote in brackets right after a person-like noun phrase: "Mohammed ElBaradei („…“)"."""
    a = d.first_of(first)
    if first - 2 < a or d.words[first - 1] != "(" or last + 1 >= len(d) or d.words[last + 1] != ")":
        return None
    found = last_np(d, a, first - 2)
    return found if found is not None and person_like(d, *found) else None


class Attribution(NamedTuple):
    """A marked quote's cue (None: none) and speaker (None: nobody)."""

    cue: Cue | None
    speaker: Speaker | None


class MarkedSite:
    """Quotation-mark span ``k`` of ``d`` taken as a quote, for the rules of whose words it is."""

    def __init__(self, d: Doc, k: int, found: list[Quote], reported: Quote | None) -> None:
        self.d, self.k, self.found, self.reported = d, k, found, reported
        self.start, self.end, self.closed = d.marks[k]
        self.first, self.last = d.mark_tokens[k]
        words = d.words[self.first + 1 : self.last + (0 if self.closed else 1)]
        self.inner = [w for w in words if any(ch.isalnum() for ch in w)]
        self.a, self.b = d.first_of(self.first), d.last_of(self.last)  # the quote's sentence(s)

    @cached_property
    def sentence_like(self) -> bool:
        """A sentence or more of its own ("„Wir sind bereit“, sagte Merz."): direct, else partial."""
        d, first, last, inner = self.d, self.first, self.last, self.inner
        before = [j for j in range(self.a, first) if d.words[j] not in BOUNDARY]
        at_start = not before or d.words[first - 1] in (":", ".", "!", "?")  # '. "' may end the sentence before
        ends = (
            last == self.b
            or d.words[last + 1] in (",", ":", ";", "–", "—", "(", ".", "!", "?")
            or d.words[last - 1] in (".", "!", "?", "…")
        )
        sentences = sum(
            1 for j in range(first + 1, last) if d.words[j] in (".", "!", "?") and d.words[j + 1][:1].isupper()
        )
        return (at_start and ends and (len(inner) >= 2 or d.words[last - 1] in ".!?")) or (
            sentences >= 1 and len(inner) >= 6
        )

    @cached_property
    def near_cue(self) -> Cue | None:
        """The nearest cue in the quote's sentence(s)."""
        return quote_cue(self.d, self.first, self.last)

    @cached_property
    def cue(self) -> Cue | None:
        """The near cue; for a sentence-like quote without one, a verb right after it or a
        sentence after it that points back."""
        if self.near_cue is not None or not self.sentence_like:
            return self.near_cue
        return inverted_cue(self.d, self.last) or next_sentence_cue(self.d, self.last)

    @cached_property
    def earlier(self) -> Quote | None:
        """The reported speech of this sentence, else a quote with a speaker up to two sentences back."""
        return self.reported if self.reported is not None else recent(self.found, self.d, self.first, back=2)

    def subjunctive(self, a: int, b: int, second: bool = True) -> bool:
        """Tokens a..b hold a Konjunktiv I (or, with ``second``, II)."""
        return has_subjunctive(self.d, a, b, second=second)

    @cached_property
    def someones_words(self) -> bool:
        """A phrase that is someone's words though no cue names them: in reported speech, in a
        Konjunktiv sentence, or three words or more starting lower case."""
        return (
            self.reported is not None
            or self.subjunctive(self.a, self.b)
            or (self.inner[0][:1].islower() and len(self.inner) >= 3)
        )

    @cached_property
    def main_subject(self) -> Span | None:
        """The (person-like, if any) subject of the sentence before the quote."""
        return subject(self.d, self.a, self.first - 1, people=True) if self.first > self.a else None

    @cached_property
    def subject_person(self) -> bool:
        """:attr:`main_subject` can speak."""
        return self.main_subject is not None and person_like(self.d, *self.main_subject)

    @cached_property
    def subject_reported(self) -> bool:
        """The main clause's verb is a Konjunktiv I: "sei die Bundesregierung", "Die Lage sei"."""
        found = self.main_subject
        return found is not None and self.subjunctive(self.a, min(found[1] + 1, self.first - 1), second=False)


def title_of_work(m: MarkedSite) -> Stop | None:
    """The cue's subject names a title, so the quoted words are the title: "„Gewalt gegen Kinder“,
    so lautet der Titel einer Studie" (not "mit den Worten: „…“", a colon before a sentence)."""
    cue = m.near_cue
    if cue is None or cue.speaker is None or m.d.words[cue.speaker.first].lower() not in NOMINATIVE:
        return None
    if cue.kind == "colon" and m.sentence_like:
        return None
    j = min(cue.speaker.first + 1, cue.speaker.last)
    head, agents = m.d.lemmas[j].lower(), m.d.lexicon.agents
    if head.endswith(agents) or m.d.words[j].lower().endswith(agents):
        return None  # "so die SPD-Fraktion", "erklärte die EU-Kommission": who can speak is no title
    return STOP if any(head.endswith(n) for n in m.d.lexicon.names_lower) else None


#: Verbs that give a name when nobody is said to use it: "nennt man", "nennt sich", "als „…“ bezeichnet wird".
NAMING_VERBS = frozenset(("nennen", "bezeichnen"))


def _agent_before(d: Doc, first: int) -> bool:
    """Who or what may be a passive's agent before token ``first``, back to the clause's start
    or an "und" after a verb: "von" ("wird von Kritikern als „…“ bezeichnet"; not "der von der
    Sonne ausgeht und als „…“ bezeichnet wird") or a quoted name ("im „Standard“ als „…“")."""
    j = first - 1
    while j >= d.first_of(first) and (d.words[j] not in BOUNDARY or d.quote_of[j] >= 0):
        w = d.words[j]
        if d.quote_of[j] >= 0 or w in ("von", "vom"):
            return True
        if w == "und" and j > 0 and d.words[j - 1].islower():
            return False
        j -= 1
    return False


def what_it_is_called(m: MarkedSite) -> Stop | None:
    """A phrase a naming verb gives as what something is called, with nobody who calls it so: "Dies
    nennt man einen „Aktiensplit“", "als „Sonnenwind“ bezeichnet wird" (not "Merz nannte den Plan
    „absurd“", "hat Georgien als „…“ bezeichnet", nor a passive with an agent: "wird von Kritikern
    als „Skandal“ bezeichnet", nor a longer phrase: "Die Pläne wurden als „eine bedeutende Sache
    der Stadt“ bezeichnet", someone's words). "nennt sich „documenta 12“" and "„der Dicke“ genannt"
    cue nothing (the cue rule ``naming``)."""
    d, cue = m.d, m.near_cue
    verb = d.lemmas[cue.first].lower() if cue is not None and cue.kind == "verb" else ""
    if verb not in NAMING_VERBS or m.sentence_like:
        return None
    lo, hi = clause(d, cue.first)
    words = [d.words[j] for j in range(lo, hi + 1) if j != cue.first]
    if "man" in words:
        return STOP
    if cue.first < m.last or _agent_before(d, m.first):
        return None
    passive = d.words[cue.first] == "bezeichnet" and any(w in PASSIVE_AUXILIARIES for w in words)
    return STOP if passive and len(m.inner) <= 2 else None  # a term; a longer phrase is someone's words


def colon_after_a_thing(m: MarkedSite) -> Attribution | None:
    """A sentence after a colon whose clause has a thing for subject: still the one quoted
    before ("Seine Zuversicht gründet sich auf Erfahrungen: „…“"), or, after a Konjunktiv I,
    the one reported ("X bekräftigte … Die Pflichten seien festgelegt: „…“")."""
    cue = m.cue
    if cue is None or cue.kind != "colon" or not m.sentence_like:
        return None
    speaker = cue.speaker
    if speaker is None or speaker.pronoun or person_like(m.d, speaker.first, speaker.last):
        return None
    earlier = recent(m.found, m.d, m.first, back=1)
    if earlier is not None:
        return Attribution(cue, earlier.speaker)
    if m.subjunctive(m.a, m.first - 1, second=False):
        speaker = recent_cue_speaker(m.d, m.d.sentence[m.first]) or previous_subject(m.d, m.first) or speaker
    return Attribution(cue, speaker)


def cue_without_speaker(m: MarkedSite) -> Attribution | None:
    """A cue that names nobody, in a Konjunktiv sentence: still the one reported ("Es drohe
    „ein Flächenbrand“, hieß es.")."""
    cue = m.cue
    if cue is None or cue.speaker is not None or not m.subjunctive(m.a, m.b):
        return None
    return Attribution(cue, m.earlier.speaker if m.earlier is not None else None)


def cue_speaker(m: MarkedSite) -> Attribution | None:
    """The speaker of the quote's cue: "„Wir sind bereit“, sagte Merz."."""
    return Attribution(m.cue, m.cue.speaker) if m.cue is not None else None


def sentence_on_its_own(m: MarkedSite) -> Attribution | None:
    """A sentence in quotation marks with no cue: the speaker reported or quoted just before, or
    the person the sentence before is about ("Sadiq Khan verurteilte die Haltung. „…“")."""
    if not m.sentence_like:
        return None
    earlier = m.earlier
    return Attribution(None, earlier.speaker if earlier is not None else previous_subject(m.d, m.first))


def subject_holds_phrase(m: MarkedSite) -> Attribution | None:
    """Someone's words without a cue, and the sentence's subject is a person not reported: "Staatsanwalt
    Jackson hält ihn für „böse und hinterhältig“"."""
    if not m.someones_words or not m.subject_person or m.subject_reported:
        return None
    return Attribution(None, speaker_of(m.d, *m.main_subject))


def opinion_holder_phrase(m: MarkedSite) -> Attribution | None:
    """Someone's words without a cue, whose view "für" names: "Was für die Ministerin eine
    „flexiblere Handhabe der Regeln“ ist"."""
    if not m.someones_words or m.subject_person:
        return None
    holder = opinion_holder(m.d, m.first)
    return Attribution(None, speaker_of(m.d, *holder)) if holder is not None else None


def opinion_holder_words(m: MarkedSite) -> Attribution | None:
    """A quoted phrase in the clause of "für X", X someone who can speak, is X's word for it, however
    short: "Für den Gesundheitsminister ist die Lage „alarmierend“", "…, war für die
    Lehrerverbände „Wortbruch und Vertrauensmissbrauch“" (a scare quote has nobody named for it)."""
    if m.sentence_like:
        return None
    holder = viewed_by(m.d, m.first)
    if holder is None or (m.subject_person and (m.main_subject[0] > holder[1] or m.main_subject[1] < holder[0])):
        return None  # "Merz hält das für die Bürger für „unzumutbar“": Merz's word, not the citizens'
    return Attribution(None, speaker_of(m.d, *holder))


def phrase_in_reported_speech(m: MarkedSite) -> Attribution | None:
    """Someone's words without a cue whose subject is part of what is reported: the one quoted or
    reported just before ("Merz sagte, … Erstmals sei die Regierung in der Lage, „schnell und
    entschlossen“ zu handeln": Merz), else the person of the sentence before, else the subject."""
    if not m.someones_words:
        return None
    earlier = m.earlier
    speaker = earlier.speaker if earlier is not None else previous_subject(m.d, m.first)
    if speaker is None and m.subject_person:
        speaker = speaker_of(m.d, *m.main_subject)
    return Attribution(None, speaker)


def scare_quote(m: MarkedSite) -> Stop:
    """Quoted words with nobody to say them: eine „Zeitungsente“."""
    return STOP


#: Whose words quoted words are (or none: a title or a scare quote), asked in this order.
MARKED_RULES: tuple[Rule, ...] = (
    Rule("title_of_work", title_of_work, (
        Example("„Gewalt gegen Kinder“, so lautet der Titel einer neuen Studie.", None, quote="„Gewalt gegen Kinder“"),
    )),
    Rule("what_it_is_called", what_it_is_called, (
        Example("Die Firma verdreifacht die Zahl der Aktien. Dies nennt man einen „Aktiensplit“.", None,
                quote="„Aktiensplit“"),
        Example("Der Strom, der von der Sonne ausgeht und als „Sonnenwind“ bezeichnet wird, ist schwach.", None,
                quote="„Sonnenwind“"),
    )),
    Rule("colon_after_a_thing", colon_after_a_thing, (
        Example("Merz sagte, die Lage sei ernst. Seine Zuversicht gründet sich auf Erfahrungen: „Wir haben "
                "schon Schlimmeres geschafft.“", "direct", "Merz", quote="Wir haben"),
    )),
    Rule("cue_without_speaker", cue_without_speaker, (
        Example("Es drohe „ein Flächenbrand in der ganzen Region“, hieß es.", "partial", None),
    )),
    Rule("cue_speaker", cue_speaker, (
        Example("„Wir sind bereit“, sagte Merz am Montag.", "direct", "Merz", actor="friedrich-merz"),
    )),
    Rule("sentence_on_its_own", sentence_on_its_own, (
        Example("Sadiq Khan verurteilte die Haltung der Regierung. „Das ist eine Schande.“",
                "direct", "Sadiq Khan"),
    )),
    Rule("subject_holds_phrase", subject_holds_phrase, (
        Example("Staatsanwalt Jackson hält ihn für „böse und hinterhältig“.", "partial", "Staatsanwalt Jackson"),
    )),
    Rule("opinion_holder_phrase", opinion_holder_phrase, (
        Example("Was für die Ministerin eine „flexiblere Handhabe der Regeln“ ist, sehen andere kritisch.",
                "partial", "die Ministerin"),
    )),
    Rule("opinion_holder_words", opinion_holder_words, (
        Example("Für den Gesundheitsminister ist die Lage in der Stadt „alarmierend“.", "partial",
                "den Gesundheitsminister"),
    )),
    Rule("phrase_in_reported_speech", phrase_in_reported_speech, (
        Example("Merz sagte, die Lage sei ernst. Erstmals sei die Regierung in der Lage, „schnell und "
                "entschlossen“ zu handeln.", "partial", "Merz"),
    )),
    Rule("scare_quote", scare_quote, (
        Example("Die Meldung war eine „Zeitungsente“.", None, quote="„Zeitungsente“"),
    )),
)


def marked_quote(d: Doc, k: int, found: list[Quote], reported: Quote | None) -> Quote | None:
    """The quote in quotation-mark span k by :data:`MARKED_RULES`, or None (a title, a scare quote).

    After the rules, a quote in brackets right after a person is that person's words, whatever
    the rules said: "… Mohammed ElBaradei („Mir fällt niemand ein …“), und …" (an override, not a
    rule: asked first it would also claim titles and scare quotes in brackets)."""
    m = MarkedSite(d, k, found, reported)
    if not m.inner:
        return None
    decided = first_decision(MARKED_RULES, m, "marked")
    if decided is STOP:
        return None
    cue, speaker = decided
    bracketed = bracketed_after(d, m.first, m.last)
    if bracketed is not None:
        cue, speaker = None, speaker_of(d, *bracketed)
    return Quote(m.start, m.end, m.first, "direct" if m.sentence_like else "partial", cue, speaker, m.closed)

"""Noun phrases and clauses: where a phrase starts and ends, the subject of a clause, and
whether a phrase can speak.

Token ranges are inclusive ``(first, last)`` pairs (:data:`~helpers.quotes.document.Span`);
``limit``/``hi`` is the last token a phrase may reach.
"""

from __future__ import annotations

from helpers.german import (
    ADJECTIVE_ENDINGS,
    FINITE_AUXILIARIES,
    NOMINATIVE,
    OBLIQUE,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    dictionary_lemma,
    is_inflected_adjective,
    is_role_noun,
    nationality_nouns,
    noun_lemma,
)
from helpers.quotes.document import Doc, Span
from helpers.quotes.grammar import (
    ADVERBS_IN_NP,
    AND_WORDS,
    BOUNDARY,
    CLAUSE_WORDS,
    DEMONSTRATIVES,
    GENITIVE,
    NOT_SPEAKERS,
    ONE_OF,
    TIME_WORDS,
    WEB,
    is_known_noun,
    is_nounlike,
    is_pronoun,
)
from helpers.quotes.names import name_pair, name_shaped

# --- where a noun phrase starts and ends ------------------------------------------------------------


def is_np_start(d: Doc, j: int) -> bool:
    """Token j can open a noun phrase: an actor's name or role, a web address, an article, a noun.

    "Das Ministerium erklärte": yes; "Das sagte er" (a pronoun opening the sentence): no.
    """
    w = d.words[j]
    m = d.mention_at(j)
    if m is not None and m.kind in ("name", "role", "metonym"):
        return True
    if WEB.match(w):
        return True
    if w.lower() in NOMINATIVE:
        if not (d.first_of_sentence[j] and w.lower() in ("das", "dies", "diese")):
            return True
        return j + 1 < len(d) and d.words[j + 1][:1].isupper() and d.quote_of[j + 1] < 0  # Das Ministerium
    return is_nounlike(w, bool(d.first_of_sentence[j]), bool(d.stop[j]))


def name_quote(d: Doc, j: int) -> int | None:
    """The last token of a short quoted name starting at token j („BBC News“ berichtet), or None."""
    k = d.quote_of[j]
    if k < 0 or d.mark_tokens[k][0] != j:
        return None
    first, last = d.mark_tokens[k]
    inner = d.words[first + 1 : last]
    if not 0 < len(inner) <= 4 or any(w in ".!?," for w in inner):
        return None
    before = d.words[first - 1].lower() if first > 0 else ""
    if name_shaped(inner, d.lexicon) or before in ("wie", "laut") or before in NOMINATIVE or before in OBLIQUE:
        return last  # also lower case after a determiner or "wie": Wie „heise online“ berichtet
    return None


def modifier(d: Doc, k: int, limit: int) -> bool:
    """Token k can stand between a determiner and its noun: an article, an adjective, a number,
    or an adverb before an adjective (ein nicht genannter Vertreter); a number compound that ends
    in a noun is the noun (der 45-Jährige)."""
    w = d.words[k]
    lw = w.lower()
    if lw in NOMINATIVE or lw in OBLIQUE or lw in QUANTIFIERS or lw in POSSESSIVES:
        return True
    if w[:1].isdigit():
        return not ("-" in w and w.rsplit("-", 1)[1][:1].isupper())
    if not (w.islower() and w.isalpha()) or d.mention_of[k] >= 0:
        return False
    if not d.stop[k]:
        return True
    return lw in ADVERBS_IN_NP and k + 1 <= limit and d.words[k + 1].islower()


def np_end(d: Doc, j: int, limit: int) -> int | None:
    """The last token of the noun phrase starting at token j (determiner, adjectives, nouns,
    names, a genitive or von-attachment, a party in brackets), or None if no noun follows:
    "der Sprecher des Ministeriums", "Renate Schmidt (SPD)", "der Industrie- und Handelskammer"."""
    k = j
    while k <= limit and k - j < 6 and modifier(d, k, limit):
        k += 1
    if k > limit or d.quote_of[k] >= 0:
        return name_quote(d, k) if k <= limit else None
    w = d.words[k]
    if not (w[:1].isupper() or d.mention_of[k] >= 0 or WEB.match(w) or w.split("-")[-1][:1].isupper()):
        return None  # (a compound with a lower-case first part is a noun too: die documenta-Homepage)
    counted = d.words[j].lower() in QUANTIFIERS or d.words[j][:1].isdigit()  # allen Seiten | Fortschritte
    while not counted and k + 1 <= limit and d.quote_of[k + 1] < 0 and _name_goes_on(d, k + 1):
        k += 1
    while k + 2 <= limit and d.words[k].endswith("-") and d.words[k + 1] in ("und", "oder") and name_like(
            d.words[k + 2]):  # fmt: skip
        k += 2  # a first part that shares its noun: "der Industrie- und Handelskammer"
        while k + 1 <= limit and d.quote_of[k + 1] < 0 and _name_goes_on(d, k + 1):
            k += 1
    k = attachments(d, k, limit)
    if k + 2 <= limit and d.words[k + 1] == "(" and ")" in d.words[k + 2 : min(limit, k + 6) + 1]:
        k = d.words.index(")", k + 2)  # Renate Schmidt (SPD)
    return k


def _name_goes_on(d: Doc, j: int) -> bool:
    """Token j continues the noun phrase before it: a capitalised word (Kanzler Merz, Hartmut
    Lierow), another mention (Nachrichtenagentur dpa), or a name with a full stop inside it, which
    the tokenizer keeps whole (Gewerkschaft ver.di, Portal tagesschau.de)."""
    if d.mention_of[j] >= 0 and d.mention_of[j] != d.mention_of[j - 1]:
        return d.words[j].lower() not in OBLIQUE  # not an object: "habe Schwan dem Altkanzler versichert"
    w = d.words[j]
    if w.endswith("es") and d.lemmas[j][:1].islower() and d.mention_of[j] < 0:
        return False  # a nominalised adjective is the object: "hatte Steinbrück Positives zu vermelden"
    return name_like(w) and not ends_after_plural(d, j - 1, j)


def name_like(w: str) -> bool:
    """A word that can be (part of) a name: capitalised (Merz), or with a full stop inside it, which
    the tokenizer keeps whole (ver.di, tagesschau.de; not z.B., which ends in one)."""
    return w[:1].isupper() or ("." in w[1:-1] and w[-1:].isalpha())


def attachments(d: Doc, k: int, limit: int) -> int:
    """Extend a noun at token k by genitives and von-phrases: der Sprecher des Ministeriums,
    ein Sprecher von Greenpeace, im Meer der Ruhe."""
    while k + 2 <= limit and d.words[k + 1].lower() in GENITIVE:
        m = k + 2
        while m <= limit and m - k < 6 and modifier(d, m, limit):
            m += 1
        if not (m <= limit and d.quote_of[m] < 0 and (name_like(d.words[m]) or d.mention_of[m] >= 0)):
            break
        k = m
        while (
            k + 1 <= limit and d.quote_of[k + 1] < 0 and name_like(d.words[k + 1])
            and not ends_after_plural(d, k, k + 1)
        ):
            k += 1  # der Gewerkschaft ver.di
    return k


def _joins_another_phrase(d: Doc, k: int) -> bool:
    """Token k+1, after und/oder/sowie at k, opens a second phrase of the same kind: "des
    Unternehmens und seiner neuen Aufgabe", "mit Edwin Aldrin und Michael Collins", "in Transnistrien
    und Gagausien"."""
    nxt = d.words[k + 1].lower()
    if nxt in OBLIQUE or nxt in POSSESSIVES:
        return True
    m = d.mention_at(k + 1)
    if m is not None and m.type in ("place", "country"):
        before = d.mention_at(k - 1)  # "in Transnistrien und Gagausien": places joined to a place
        return before is not None and before.type in ("place", "country")
    return (m is not None and m.type == "person") or name_pair(d, k + 1, k + 2)


def skip_phrase(d: Doc, j: int, limit: int) -> int:
    """The token after a prepositional or oblique phrase starting at token j: "Am Montag sagte
    er", "Zur Lage des Unternehmens und seiner neuen Aufgabe wird Watzke …"."""
    k = j + 1
    while k <= limit and k - j < 7 and (d.words[k].lower() in OBLIQUE or modifier(d, k, limit)):
        k += 1
    while k <= limit and d.quote_of[k] < 0 and (d.words[k][:1].isupper() or d.mention_of[k] >= 0):
        if k > j + 1 and d.mention_of[k] != d.mention_of[k - 1] and d.mention_of[k - 1] >= 0 and is_role_word(d, k):
            break  # "in Berlin Kanzler Merz": the phrase ends before the role
        k += 1
    if k <= limit and d.quote_of[k] >= 0:
        end = name_quote(d, k)
        if end is not None:
            return end + 1  # gegenüber der Nachrichtenagentur „Associated Press“
    if k - 1 > j and k <= limit:
        k = attachments(d, k - 1, limit) + 1
    if k + 1 <= limit and d.words[k] in AND_WORDS and _joins_another_phrase(d, k):
        return skip_phrase(d, k, limit)
    return k


def is_role_word(d: Doc, k: int) -> bool:
    """Token k is a role noun (Kanzler, Sprecherin) or a person's mention."""
    if is_role_noun(d.words[k]):
        return True
    m = d.mention_at(k)
    return m is not None and m.type == "person"


# --- the subject of a clause ----------------------------------------------------------------------


def _past_name_quote(d: Doc, j: int, lo: int, hi: int) -> Span | int | None:
    """At quotation marks in a subject search: the quoted name itself (a Span), the token after
    a quoted phrase inside the clause to go on from (an int), or None to stop."""
    end = name_quote(d, j)
    if end is not None and end <= hi:
        return j, end
    k = d.quote_of[j]
    after_quote = d.mark_tokens[k][1] + 1
    if (
        d.name_quotes[k] and d.mark_tokens[k][0] == j and j > lo and after_quote <= hi
        and d.words[after_quote] not in ("und", "oder", "sowie", "aber")
    ):  # fmt: skip
        return after_quote  # past a phrase inside the clause: "Unter dem Motto „…“ zogen die …"
    return None


def subject(d: Doc, lo: int, hi: int, people: bool = False) -> Span | None:
    """The first noun phrase or personal pronoun in tokens lo..hi that is not inside a
    prepositional phrase or an object (dem Spiegel, den Plan): "Am Montag sagte der Minister".
    ``people``: prefer the first person-like one (a person, an organisation, a role, a pronoun)
    to the first one."""
    j, first = lo, None
    while j <= hi:
        w = d.words[j]
        lw = w.lower()
        if d.quote_of[j] >= 0:
            past = _past_name_quote(d, j, lo, hi)
            if isinstance(past, tuple):
                return past
            if past is None:
                break
            j = past
            continue
        if w in BOUNDARY:
            break
        if WEB.match(w):
            return j, j  # "Laut faz.net", "zitiert ndr.de Polizeisprecher Ralf Meyer"
        if lw in PREPOSITIONS:
            j = skip_phrase(d, j, hi)
            continue
        if lw in ONE_OF and j + 1 <= hi and d.words[j + 1].lower() in ("der", "des"):
            end = np_end(d, j + 1, hi)
            if end is not None:
                return j, end  # "Einer der beteiligten Feuerwehrmänner sagte"
        if lw in OBLIQUE and lw != "des":
            j = skip_phrase(d, j, hi)
            continue
        if is_pronoun(lw) or (lw in DEMONSTRATIVES and lone_demonstrative(d, j)):
            return j, j
        if (lw in NOMINATIVE or lw in OBLIQUE) and j + 1 <= hi and d.words[j + 1].lower() in NOMINATIVE:
            j += 1  # "wie das die ÖVP fordert": the second article opens the phrase
            continue
        if lw in POSSESSIVES and j + 1 <= hi and d.words[j + 1] in d.lexicon.possessive_frames:
            return j, j  # "seinen Angaben zufolge": his
        if lw in SOME_PEOPLE and j == hi and w[:1].isupper() and d.first_of_sentence[j]:
            return j, j  # "Ist das Kritik? Viele werfen der Partei vor, …": people, opening the sentence
        start, j = j, share_start(d, j, hi)
        end = share_end(d, j, hi) if j > start or d.words[j].lower() in EACH else None
        if end is None:
            end = np_end(d, j, hi) if is_np_start(d, j) else None
        if end is None:
            j = start + 1
            continue
        if not people or person_like(d, j, end):
            return start, end
        first = first or (start, end)
        j = end + 1
    return first


#: Words before a share of people: "Fast jeder Fünfte", "Rund die Hälfte", "Mehr als 40 Prozent".
APPROXIMATORS = frozenset(("fast", "rund", "etwa", "knapp", "nahezu", "beinahe", "gut", "mehr", "weniger", "ca."))
#: Nouns of a share after an article: "Rund die Hälfte", "Gut ein Drittel".
SHARES = frozenset(("Hälfte", "Drittel", "Viertel", "Fünftel", "Zehntel", "Mehrheit", "Minderheit", "Großteil",
                    "Teil", "Dutzend"))
#: Words for some people that stand alone as a subject: "Viele werfen der Partei vor", "Einige sagten".
SOME_PEOPLE = frozenset(("viele", "einige", "manche", "andere", "wenige", "mehrere", "alle", "beide"))
#: "jeder Fünfte", "jede Zweite": a share of people.
EACH = frozenset(("jeder", "jede", "jedes"))


def share_start(d: Doc, j: int, hi: int) -> int:
    """Past an approximating word before a share or a number (Fast | jeder Fünfte, Rund | die
    Hälfte der Befragten, Mehr als | 40 Prozent), else j."""
    lw = d.words[j].lower()
    if lw not in APPROXIMATORS or j + 1 > hi:
        return j
    k = j + 1 + (lw in ("mehr", "weniger") and d.words[j + 1].lower() == "als")
    if k > hi or d.quote_of[k] >= 0:
        return j
    w = d.words[k]
    share = w.lower() in NOMINATIVE and k + 1 <= hi and d.words[k + 1] in SHARES  # not "etwa das Dach"
    return k if w.lower() in EACH or w[:1].isdigit() or share else j


def share_end(d: Doc, j: int, hi: int) -> int | None:
    """The end of a share of people starting at token j: "jeder Fünfte (der Befragten)", "40
    Prozent", "die Hälfte der Befragten"."""
    if d.words[j].lower() in EACH:
        nxt = d.words[j + 1] if j + 1 <= hi else ""
        if not (nxt[:1].isupper() and nxt.endswith("te")) or d.quote_of[j + 1] >= 0:
            return None  # jeder Fünfte, jede Zweite (not "an jeder Station")
        return attachments(d, j + 1, hi)
    return np_end(d, j, hi)


def lone_demonstrative(d: Doc, j: int) -> bool:
    """Token j is a demonstrative on its own, standing for someone: "Dieser sagte", "sagte dieser."
    (not "diese Woche", "diese neue Regel": a noun or an adjective follows)."""
    if d.words[j].lower() not in DEMONSTRATIVES or d.quote_of[j] >= 0:
        return False
    if j + 1 >= len(d) or d.sentence[j + 1] != d.sentence[j]:
        return True
    nxt = d.words[j + 1]
    if nxt in BOUNDARY:
        return True
    return nxt.islower() and nxt.isalpha() and not is_inflected_adjective(nxt, d.lemmas[j + 1])


def clause(d: Doc, i: int) -> Span:
    """Token range of the clause around token i: between the nearest boundaries (punctuation,
    quotation marks, dass/ob) within its sentence: "Merz sagte, dass …" -> "Merz sagte"."""
    s = d.sentence[i]
    lo = i
    while lo - 1 >= d.sent_first[s] and inside_clause(d, lo - 1):
        lo -= 1
    hi = i
    while hi + 1 <= d.sent_last[s] and inside_clause(d, hi + 1) and d.words[hi + 1] not in CLAUSE_WORDS:
        hi += 1
    return lo, hi


def inside_clause(d: Doc, j: int) -> bool:
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
    return w not in BOUNDARY


# --- can the phrase speak? ------------------------------------------------------------------------


#: A person named by age, as the news names the accused, victims and witnesses: "Der 45-Jährige
#: sagte vor Gericht aus", "die Zwölfjährige".
_AGE_NOUNS = ("Jährige", "Jährigen", "Jähriger", "jährige", "jährigen", "jähriger")


def _speaking_word(d: Doc, j: int) -> bool:
    """Token j of a phrase's head can speak: an actor that speaks, a pronoun, a role, an agent
    noun of the lexicon (Nachrichtenagentur), a last name of the article, or a name the
    dictionary does not know (Gall, Watzke; opening the sentence only if no adverb: Sadiq Khan,
    not Relativierend)."""
    w = d.words[j]
    m = d.mention_at(j)
    if m is not None and m.type in ("person", "organisation", "media"):
        return True
    if is_pronoun(w.lower()) or is_role_noun(w) or (w.lower() in DEMONSTRATIVES and lone_demonstrative(d, j)):
        return True
    if (w[:1].isupper() and w.lower().endswith(d.lexicon.agents)) or w.endswith(_AGE_NOUNS):
        return True
    if w in nationality_nouns():
        return True  # „…“, sagte der Slowake
    if w in d.name_words:
        return True
    if not (w[:1].isupper() and w.isalpha() and not is_known_noun(w)):
        return False
    if not d.first_of_sentence[j]:
        return True
    return dictionary_lemma(w.lower()) is None and not w.endswith(("end", "weise", "lich", "ig"))


def person_like(d: Doc, first: int, last: int) -> bool:
    """The head of the noun phrase first..last can speak: a person, an organisation or a medium
    of the gazetteer, a pronoun, a role (Sprecher, Ministerin), an agent noun of the lexicon
    (Nachrichtenagentur, Polizei), or a name the dictionary does not know (Gall, Watzke)."""
    if name_pair(d, first, last):
        return True
    for j in range(first, last + 1):
        w = d.words[j]
        if w == "(" and j > first and j + 2 <= len(d) - 1 and d.words[j + 2] == ")":
            inner = j + 1  # Henning Scherf (SPD), Perteck (30): a party or an age in brackets
            m = d.mention_at(inner)
            if d.words[inner].isdigit() or (m is not None and m.type == "organisation"):
                return True
        if j > first and w.lower() in ("des", "der", "von", "vom", "eines", "einer", "(", ","):
            break  # the head ends where its attachments begin
        if _speaking_word(d, j):
            return True
    return False


#: Articles that put a place in the genitive or dative: "der Ostukraine", "des Landes", "dem Irak".
_PLACE_OBLIQUE = frozenset(("der", "des", "dem", "den", "im", "vom", "zum", "zur"))


def _head(d: Doc, first: int, last: int) -> list[int]:
    """The tokens of a phrase's head: up to its attachments (des, der, von, a bracket, a comma)."""
    out = []
    for j in range(first, last + 1):
        if j > first and d.words[j].lower() in ("des", "der", "von", "vom", "eines", "einer", "(", ","):
            break
        out.append(j)
    return out


#: Endings of nouns for people: der Randalierer, von Musikkennern, die Aktivistin, die Demonstranten,
#: and the nouns for people the news names them by: "sagte der Mann", "die 34-jährige Frau", "ein Kind".
_PEOPLE_ENDINGS = (
    "er", "ern", "erin", "erinnen", "ist", "isten", "istin", "ent", "enten", "entin", "ant", "anten", "antin",
    "eur", "eure", "eurin", "mann", "männer", "frau", "frauen", "kind", "kinder", "junge", "mädchen", "mensch",
    "menschen", "leute", "person", "personen", "opfer", "eltern", "sohn", "witwe", "ologe", "ologen", "ologin",
    "demokrat", "demokratin",
)  # fmt: skip
#: Those and the endings of documents and messages that speak in the news (der Entwurf, ein
#: Kommentar, eine Botschaft).
_SPEAKING_ENDINGS = (
    *_PEOPLE_ENDINGS, "ierte", "ierten", "ige", "igen", "ene", "enen",
    "entwurf", "kommentar", "botschaft", "erklärung", "mitteilung", "stellungnahme", "studie", "gutachten",
    "papier", "schreiben", "brief", "urteil", "resolution", "beschluss", "vermerk", "analyse", "umfrage",
    "prognose", "statistik", "protokoll", "dokument", "unterlagen", "akte", "akten", "dossier", "rede",
    "aufruf", "appell", "text", "artikel", "meldung", "website", "webseite", "homepage", "blog", "interview",
)  # fmt: skip


def people_noun(d: Doc, first: int, last: int) -> bool:
    """The head of the phrase first..last ends in a noun for people (die Datenschützerin, die
    Umweltschützer, die Demonstranten), whether or not the lexicon lists it."""
    nouns = [j for j in _head(d, first, last) if d.words[j][:1].isupper() and d.words[j].isalpha()]
    return bool(nouns) and d.words[nouns[-1]].lower().endswith(_PEOPLE_ENDINGS)


def can_speak(d: Doc, first: int, last: int) -> bool:
    """The phrase first..last can be a speaker: it is :func:`person_like`, a noun for people or a
    document (der Randalierer, das Gutachten, ein Kommentar), a name (a word the dictionary does
    not know, quoted words, a capitalised adjective inside the phrase: die Deutsche Welle) or a
    possessive (seinen Angaben); not an object noun (das Bild, ein Beispiel, zahlreiche Gemälde,
    die kurze Vorwarnzeit), a place after an oblique article (der Ostukraine), a number or a time."""
    if person_like(d, first, last) or d.words[first].lower() in POSSESSIVES:
        return True
    head = _head(d, first, last)
    if any(d.quote_of[j] >= 0 for j in head):
        return True  # a quoted name: die „Computerwoche“
    m = d.mention_at(first + 1) if first + 1 <= last else None
    if m is not None and m.type in ("country", "place") and d.words[first].lower() in _PLACE_OBLIQUE:
        return False  # der Ostukraine
    nouns = [j for j in head if d.words[j][:1].isupper() and not (j == first and d.first_of_sentence[j] and d.stop[j])]
    for j in nouns:
        w = d.words[j]
        m = d.mention_at(j)
        if m is not None and m.type not in ("country", "place"):
            return True
        if w in TIME_WORDS or w in NOT_SPEAKERS:
            continue
        if not w.isalpha() or dictionary_lemma(w) is None or w.lower().endswith(_SPEAKING_ENDINGS):
            return True  # a name (ver.di, Watzke), people, a document
        prev, adjective = d.words[j - 1], dictionary_lemma(w.lower())
        if j > first and adjective is not None and is_inflected_adjective(w.lower(), adjective) and (
            prev.islower() or prev.lower() in NOMINATIVE or prev.lower() in OBLIQUE
        ):
            return True  # a capitalised adjective in the phrase: die Deutsche Welle
    return False  # nothing but common nouns, numbers, times, lower-case words


# --- phrases found from their end or around a comma ------------------------------------------------


#: Numbers and their plurals, which a noun follows in one phrase: "Millionen Dollar", "Sieben Jahre".
_NUMBER_WORDS = frozenset((
    "millionen", "milliarden", "tausende", "tausenden", "hunderte", "hunderten", "dutzende", "zwei", "drei", "vier",
    "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig",
    "hundert", "tausend",
))


def _adjective(w: str) -> bool:
    """A capitalised word that is an inflected adjective in lower case: Wahren (Finnen), Offiziellen."""
    lemma = dictionary_lemma(w.lower())
    return lemma is not None and is_inflected_adjective(w.lower(), lemma)


def _plural_dative(w: str) -> bool:
    """A noun in the dative plural: Medienberichten, Sicherheitskräften, Vertragspartnern (the
    dictionary lemmatises it to another noun)."""
    return w.endswith("n") and w.lower() not in _NUMBER_WORDS and not _adjective(w) and noun_lemma(w) is not None


def _common_noun(d: Doc, k: int) -> bool:
    """Token k is a noun of the dictionary, no mention: Staatsanwaltschaft, Extremisten."""
    w, lemma = d.words[k], dictionary_lemma(d.words[k])
    return d.mention_of[k] < 0 and len(w) > 3 and lemma is not None and lemma[:1].isupper()


def ends_before_plural(d: Doc, a: int, b: int) -> bool:
    """Token a, a noun (not an adjective), ends its phrase before the plural noun b: "ermittelt die
    Staatsanwaltschaft | Medienberichten zufolge" (but "Offiziellen Angaben", "Belgrader Medien")."""
    return (
        d.words[b].endswith("en") and _plural_dative(d.words[b]) and _common_noun(d, b) and d.mention_of[a] < 0
        and is_known_noun(d.words[a]) and not d.words[a].endswith(ADJECTIVE_ENDINGS[1:])
    )  # fmt: skip


def ends_after_plural(d: Doc, a: int, b: int) -> bool:
    """Token a, a noun in the dative plural, ends its phrase before the noun b: "nach Angaben von
    Sicherheitskräften | Extremisten", "laut Medienberichten | Informationen" (but "Millionen Dollar",
    "die Zeitungen La Dernière Heure")."""
    return _plural_dative(d.words[a]) and _common_noun(d, a) and _common_noun(d, b)


def last_np(d: Doc, lo: int, hi: int) -> Span | None:
    """The noun phrase that ends at token hi (Medienberichten zufolge, den Berichten zufolge,
    Angaben der Polizei zufolge)."""
    if hi < lo:
        return None
    if d.quote_of[hi] >= 0:
        k = d.quote_of[hi]
        first, last = d.mark_tokens[k]
        return (first, last) if last == hi and name_quote(d, first) == last else None
    if not (d.words[hi][:1].isupper() or d.mention_of[hi] >= 0 or WEB.match(d.words[hi])):
        return None
    j = hi
    while j - 1 >= lo and d.quote_of[j - 1] < 0:
        w = d.words[j - 1]
        lw = w.lower()
        if lw in NOMINATIVE or lw in OBLIQUE or lw in POSSESSIVES or lw in QUANTIFIERS:
            j -= 1
            if not (j - 1 >= lo and d.words[j - 1][:1].isupper() and d.quote_of[j - 1] < 0):
                break  # the determiner opens the phrase, unless a genitive hangs on a noun before it
        elif (
            (w[:1].isupper() and not ends_before_plural(d, j - 1, j))
            or d.mention_of[j - 1] >= 0
            or w[:1].isdigit()
            or (w.islower() and w.endswith(("e", "en", "er", "es", "em")) and not d.stop[j - 1]
                and (is_inflected_adjective(w, d.lemmas[j - 1]) or not d.lemmas[j - 1].endswith(("en", "ern", "eln"))))
        ):  # an adjective, not a verb: "Sie entstammen Berichten zufolge", "Am Samstag starben Angaben zufolge"
            j -= 1
        else:
            break
    while j < hi and d.first_of_sentence[j] and d.stop[j]:
        j += 1
    return j, hi


def antecedent(d: Doc, lo: int) -> Span | None:
    """The noun phrase a relative clause starting at token lo refers to: "Der Führer Irans, der …"."""
    if lo < 2 or d.words[lo - 1] != ",":
        return None
    end = lo - 2
    if d.words[end] == ")":
        while end > 0 and d.words[end] != "(":
            end -= 1
        end -= 1
    first = d.first_of(lo)
    found = last_np(d, first, end) if end >= 0 else None
    # a place or an employer after the noun belongs to it: "Die Krankenpflegerin Fatma Yıldız aus
    # Gelsenkirchen, die …" hangs on the nurse, not on Gelsenkirchen
    while found is not None and found[0] - 2 >= first and d.words[found[0] - 1].lower() in _ATTACHING:
        before = last_np(d, first, found[0] - 2)
        if before is None:
            break
        found = before[0], end
    return found


#: Prepositions of a place or an employer that attach to the noun before them: "Fatma Yıldız aus Gelsenkirchen".
_ATTACHING = frozenset(("aus", "von", "vom", "bei", "beim"))


def after_last(d: Doc, a: int, i: int, marks: tuple[str, ...] = (":",)) -> int:
    """The token after the last of ``marks`` outside quotes among tokens a..i-1, else a: where the
    clause of token i begins after a colon ("Wendtland: Der Vorstandschef …, hat erklärt", an
    interview's label; "… gab sich zuversichtlich: Auch …, so der Schwede, habe …")."""
    return max((k + 1 for k in range(a, i) if d.words[k] in marks and d.quote_of[k] < 0), default=a)


def object_after(d: Doc, lo: int, hi: int) -> Span | None:
    """The noun phrase right after a subject, in any case, before any prepositional phrase:
    "zitiert die „Computerwoche“ Lynch", "zitiert Welt-Online den Minister"."""
    if lo > hi or d.quote_of[lo] >= 0 or d.words[lo].lower() in PREPOSITIONS:
        return None
    if d.words[lo].lower() in OBLIQUE or is_np_start(d, lo):
        end = np_end(d, lo, hi)
        if end is not None:
            return lo, end
    return None


def comma_parts(d: Doc, a: int, b: int) -> list[Span]:
    """The comma-separated parts of tokens a..b."""
    parts, start = [], a
    for j in range(a, b + 1):
        if d.words[j] == ",":
            parts.append((start, j - 1))
            start = j + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if x <= y]


def verbless(d: Doc, p: int, q: int) -> bool:
    """Tokens p..q can be one noun phrase with its attachments: nouns and names, articles,
    prepositions, und/oder/sowie, inflected adjectives (frühere: früh-), numbers, brackets, and
    lower-case pieces glued to a neighbour (ver.di, 90/Die); no word that looks like a verb:
    "Die Haushaltspolitikerin von Bündnis 90/Die Grünen"."""
    for j in range(p, q + 1):
        w = d.words[j]
        lw = w.lower()
        if d.quote_of[j] >= 0 or lw in FINITE_AUXILIARIES or lw in CLAUSE_WORDS:
            return False
        if w[:1].isupper() or w[:1].isdigit() or d.mention_of[j] >= 0 or w in ("(", ")", "/", ".", "-"):
            continue
        if lw in NOMINATIVE or lw in OBLIQUE or lw in PREPOSITIONS or lw in AND_WORDS:
            continue
        if lw in ADVERBS_IN_NP or lw in QUANTIFIERS or lw in POSSESSIVES:
            continue
        if is_inflected_adjective(lw, d.lemmas[j]):
            continue  # frühere, ehemalige, innenpolitische
        glued = (j + 1 <= q and d.starts[j + 1] == d.ends[j]) or (j > p and d.starts[j] == d.ends[j - 1])
        if not glued:
            return False
    return True

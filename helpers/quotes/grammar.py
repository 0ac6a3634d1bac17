"""Closed-class words the quote rules need beyond :mod:`helpers.german`, and the word tests built on them.

These are grammar (articles, conjunctions, adverbs, auxiliaries in the forms the rules meet), so
they stay code; vocabulary (speech verbs, frame nouns, name words) is in the speech lexicon.
Where a set here resembles one of :mod:`helpers.german` the difference is on purpose and named.

>>> "Jänner" in TIME_WORDS, "Montag" in TIME_WORDS, ";" in BOUNDARY
(False, True, True)
"""

from __future__ import annotations

import re
from functools import cache

from helpers.german import (
    MONTH_NAMES,
    NOMINATIVE,
    OBLIQUE,
    PERSONAL_PRONOUNS,
    WEEKDAYS,
    closed,
    dictionary_lemma,
    word_list,
)
from helpers.quotes.marks import QUOTE_CHARS
from helpers.tokens import DOMAIN

#: Tokens that end a clause or a noun phrase: punctuation, brackets, dashes, quotation marks.
BOUNDARY = frozenset(",;:()–—-[]") | set(QUOTE_CHARS) | {".", "!", "?", "…"}
#: Conjunctions that open a content clause: "sagte, dass …", "fragte, ob …".
CLAUSE_WORDS = closed("dass ob")
#: Punctuation that ends a clause inside a sentence: "…, die Züge seien …".
CLAUSE_ENDS = frozenset(",;:")
#: Conjunctions that open a subordinate clause before the main clause: "Obwohl …, sei man …".
OPENERS = closed("obwohl weil da nachdem während wenn als falls sofern zumal seit bevor damit")
#: Lower-case words that open a clause after a comma, so that a frame inside that clause reports
#: the clause from them: "…, da nach Angaben der Fluggesellschaft …", "…, das nach israelischen
#: Angaben …", "…, jedoch ist laut ZDF fraglich, …".
CLAUSE_OPENING = closed(
    "dass ob weil da wo was nachdem obwohl während wenn als falls sofern zumal sodass "
    "der die das dem den denen dessen deren welcher welche welches welchem welchen "
    "und aber doch jedoch sondern lediglich allerdings so"
)
#: Words after a comma that open the journalist's comment on what was reported, not its content:
#: "…, Gelder aus dem Iran zu erhalten, was bisher nicht bestätigt werden konnte".
COMMENT_CLAUSES = closed("was wobei worauf woraufhin wodurch weshalb weswegen")
#: Relative pronouns that a frame governs: "…, laut denen …", "…, laut dem …", "…, denen zufolge …".
RELATIVE_FRAMES = closed("dem denen der welchem welchen")
#: Pronouns that open a sentence and point back at the one before: "Das erklärte ein Sprecher."
POINTING_BACK = frozenset(("Das", "Dies", "Dieses"))
#: Pronouns that point to the person named last: "„…“, so letztere".
LATTER = closed("letztere letzterer erstere ersterer")
#: Demonstratives that stand for the one named last when they stand alone: "Dieser sagte, …",
#: "„…“, sagte dieser." (not "diese Woche", "diese neue Regel").
DEMONSTRATIVES = closed("dieser diese jener jene")
#: Adverbs that may stand inside a noun phrase before an adjective: "ein nicht genannter Vertreter".
ADVERBS_IN_NP = closed(
    "nicht weiter näher sehr besonders weniger mehr bisher noch ebenfalls zuvor einst damals "
    "gestern heute vorgestern kürzlich jüngst"
)
#: Words that are never the finite verb of an inverted cue ("„…“, und …", "„…“, so …").
NOT_A_VERB = closed(
    "und oder aber doch denn sondern dass ob wie wo was wer der die das den dem des welche welcher "
    "welches so als wenn weil da nachdem obwohl während damit um"
)
#: Words that open a genitive or von-attachment: "der Sprecher des Ministeriums", "ein Sprecher von Greenpeace".
GENITIVE = closed("des der von vom eines einer")
#: Words of "one of": "Einer der beteiligten Feuerwehrmänner sagte".
ONE_OF = closed("einer eine eines keiner keine jeder jede viele einige alle beide zwei drei")
#: Finite forms that may carry a passive, the perfect's "ist" and "war" too ("ist … bezeichnet worden").
PASSIVE = closed("wurde wurden worden wird werden ist sind war waren")
#: Adverbs between an article and an attributive participle: "die bereits angekündigte Reform".
BEFORE_ATTRIBUTE = closed("näher weiter genauer namentlich oft häufig vielfach bereits zuvor eingangs oben so")
#: Articles between "nach" and a frame noun: "nach den Worten", "nach einer ersten Einschätzung".
FRAME_ARTICLES = closed("der den dem des einer einem eines")
#: Words of a main clause that make a following dass-clause a consequence, not reported speech.
NOT_REPORTING = closed("so derart dazu damit dafür dadurch sodass ohne statt")
#: Definite articles and their contractions with prepositions: der „Rote Platz“, im „Spiegel“.
#: (Wider than :data:`helpers.german.DEFINITE`, which has no contractions.)
DEFINITE_BEFORE = closed("der die das dem den des im vom beim zum zur ins am")
#: Words after which a capitalised phrase in quotation marks is someone's words, not a name:
#: als „Kapitulation“, einen „Ruck“, sprach von „Wortbruch“.
BEFORE_COMMON = closed("als ein eine einen einem einer eines kein keine keinen von vor wie zu für")
#: Words that open a noun phrase: the second of a name pair after one of these is no last name.
DETERMINERS = NOMINATIVE | OBLIQUE | DEFINITE_BEFORE | BEFORE_COMMON
#: Months and weekdays, a time and not a last name: "Ende Januar", "Anfang Mai". Unlike
#: :data:`helpers.german.MONTH_NAMES` without the Austrian "Jänner" (quotes never had it; adding
#: it would change results).
TIME_WORDS = (frozenset(MONTH_NAMES) - {"Jänner"}) | frozenset(WEEKDAYS)
#: Numbers and units of time, which never speak ("Sieben Jahre nach dem Hurrikan meldete sich …"):
#: ``helpers/data/not_speakers_de.txt``.
NOT_SPEAKERS = frozenset(word_list("not_speakers_de.txt"))
#: A web address as a source, one token as the tokenizer keeps it: "tagesschau.de", "heise.de",
#: "news.orf.at", "www.zeit.de".
WEB = re.compile(rf"{DOMAIN}$", re.IGNORECASE)
#: Verbs that state a view of something, before the quoted words in the clause of "für X": "für X
#: ist das „…“", "gilt für X als „…“".
VIEW_VERBS = frozenset(("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bleibt", "blieb",
                        "gilt", "galt", "gelte", "scheint", "schien"))
#: Coordinating words that join two subjects or phrases.
AND_WORDS = ("und", "oder", "sowie")


def is_pronoun(word: str) -> bool:
    """A pronoun that can be a speaker: er, sie, letztere (lower-cased ``word``).

    >>> is_pronoun("er"), is_pronoun("letztere"), is_pronoun("es")
    (True, True, False)
    """
    return word in PERSONAL_PRONOUNS or word in LATTER


def is_nounlike(word: str, first: bool, stop: bool) -> bool:
    """A capitalised word that is a noun or a name (a sentence's first word only if not an adverb).

    >>> is_nounlike("Polizei", True, False), is_nounlike("Gestern", True, False), is_nounlike("Gestern", False, False)
    (True, False, True)
    """
    if not word[:1].isupper():
        return False
    if not first:
        return True
    if stop:
        return False
    known = dictionary_lemma(word)
    if known is not None:
        return known[:1].isupper()
    lower = dictionary_lemma(word.lower())
    return lower is None or (lower != word.lower() and not word.endswith(("end", "lich", "ig", "isch", "weise")))


@cache
def is_known_noun(word: str) -> bool:
    """A capitalised word the dictionary knows, or a compound ending in one (Zeitungsente).

    >>> is_known_noun("Zeitungsente"), is_known_noun("Watzke")
    (True, False)
    """
    word = word.strip(".")
    if dictionary_lemma(word) is not None:
        return True
    for k in range(1, len(word) - 3):
        tail = word[k].upper() + word[k + 1 :]
        found = dictionary_lemma(tail)
        if found is not None and found[:1].isupper():
            return True
    return False

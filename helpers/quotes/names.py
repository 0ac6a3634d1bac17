"""Names: words in quotation marks shaped like a name, and pairs of a first and a last name.

>>> from helpers.quotes.lexicon import lexicon
>>> name_shaped(["Ärzte", "ohne", "Grenzen"], lexicon()), name_shaped(["gute", "Arbeit"], lexicon())
(True, False)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from helpers.german import PREPOSITIONS, dictionary_lemma, is_inflected_adjective
from helpers.quotes.grammar import DETERMINERS, TIME_WORDS
from helpers.quotes.lexicon import Lexicon

if TYPE_CHECKING:  # document builds on this module; the type only for the checker
    from helpers.quotes.document import Doc


def name_shaped(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Every word capitalised, but for the small words of names: „Ärzte ohne Grenzen“, „Tea Party“."""
    found = [w for w in words if any(ch.isalnum() for ch in w)]
    return bool(found) and all(w[:1].isupper() or w[:1].isdigit() or w in lexicon.name_particles for w in found)


def name_pair(d: Doc, first: int, last: int) -> bool:
    """The noun phrase opens with two capitalised words and no article, the first a noun or a
    name, not an adjective: a first and a last name (Henning Scherf, Anja Hajduk), which the
    dictionary may know as words."""
    if last < first + 1:
        return False
    a, b = d.words[first], d.words[first + 1]
    if d.first_of_sentence[first] and dictionary_lemma(a.lower()) is not None:
        return False  # an adjective opening the sentence: Spannende Aussagen
    return (
        a.isalpha() and b.isalpha() and a[:1].isupper() and b[:1].isupper()
        and not d.stop[first] and not d.stop[first + 1] and d.lemmas[first][:1].isupper()
        and d.quote_of[first] < 0 and d.quote_of[first + 1] < 0 and b not in TIME_WORDS
    )  # fmt: skip


def name_words(d: Doc) -> frozenset[str]:
    """Words the article uses as last names: the second of a bare pair of capitalised words not
    after an article, a preposition or an adjective ("Softwareunternehmens Kevin Lynch": Lynch;
    "Ayaan Hirsi Ali": Hirsi, Ali), so that "Lynch" and "Ali" alone are people too."""
    out = set()
    words = d.words
    for k in range(len(d) - 1):
        # most pairs are not two capitalised words: test that first, before name_pair's other tests
        if not (words[k][:1].isupper() and words[k + 1][:1].isupper()) or not name_pair(d, k, k + 1):
            continue
        if k > 0 and not d.first_of_sentence[k]:
            prev = d.words[k - 1]
            lw = prev.lower()
            adjective = prev.islower() and is_inflected_adjective(lw, d.lemmas[k - 1])
            if lw in DETERMINERS or lw in PREPOSITIONS or adjective:
                continue  # der Deutschen Bank, im Deutschen Bundestag, dem neuen Hauptbahnhof
        out.add(d.words[k + 1])
    return frozenset(out)

"""Who a speaker is: the actor of a speaker's phrase, "letztere", and pronouns resolved to the
person meant; and the speaker searches that are not about a verb (a colon, "heißt es", the
sentence before).
"""

from __future__ import annotations

from collections.abc import Iterator

from helpers.entities.rules import LEGAL_FORMS
from helpers.german import DEFINITE, PERSONAL_PRONOUNS, POSSESSIVES, PREPOSITIONS, is_inflected_adjective
from helpers.quotes.document import Doc, Mention, Span, Speaker
from helpers.quotes.grammar import BOUNDARY, DEMONSTRATIVES, GENITIVE, LATTER, VIEW_VERBS
from helpers.quotes.phrases import clause, np_end, person_like, subject

# --- the actor behind a speaker's words ---------------------------------------------------------------


def speaker_of(d: Doc, first: int, last: int) -> Speaker:
    """A speaker from its token range, with the actor of the best mention inside it: "Kanzler
    Merz" -> friedrich-merz; "er" and "seinen" are pronouns resolved later."""
    sp = Speaker(first, last, int(d.starts[first]), int(d.ends[last]))
    word = d.words[first].lower()
    if first == last and (word in PERSONAL_PRONOUNS or word in POSSESSIVES):
        sp.pronoun = True
        sp.gender = PERSONAL_PRONOUNS.get(word) or POSSESSIVES.get(word)
        return sp
    if first == last and (word in LATTER or word in DEMONSTRATIVES):  # "so letztere", "sagte dieser"
        _latter(d, sp)
        return sp
    named = _named_apposition(d, last) or _named_before(d, first, last)
    if named is not None:
        sp.actor, sp.name, sp.person = named.actor, d.names.get(named.actor), True
        sp.gender = d.genders.get(named.actor)
        return sp
    best = None
    for j in range(first, last + 1):
        m = d.mention_at(j)
        before = d.words[first:j]
        if m is None or before.count("(") > before.count(")"):
            continue  # not the party in brackets: "Henning Scherf (SPD)" is Scherf
        if m.kind not in ("name", "role", "metonym"):
            continue
        if m.kind == "role" and j + 1 <= last and d.words[j + 1].lower() in GENITIVE and not _of_a_country(d, j + 2):
            continue  # "der Sprecher des Ministeriums" is not the gazetteer's holder of "Sprecher"
        if m.kind == "role" and _former(d, first, j):
            continue  # "der frühere Bundeskanzler Gerhard Schröder" is not today's chancellor
        if m.type in ("place", "country") and _place_of_a_head(d, first, j):
            continue  # "die Polizeichefin des Bezirks Sirmaur" speaks, not Sirmaur
        if m.type == "person" and _possessor(d, j, last):
            continue  # "Friedrich Merz' Sprecher erklärte": the spokesman speaks, not Merz
        rank = (0 if m.type == "person" else 2) + (m.kind == "role")  # a name before a role: "Kanzler Merz"
        if best is None or rank < best[0]:
            best = (rank, m.actor, m.type)
    if best is None:
        sp.person = person_like(d, first, last)
        sp.gender = _article_gender(d, first, last) if sp.person else None
        _spokesperson(d, sp)
        if sp.actor is None:
            _organisation_noun(d, sp)
        return sp
    sp.actor = best[1]
    sp.person = best[2] == "person"
    sp.gender = d.genders.get(best[1])
    sp.name = d.names.get(best[1])
    return sp


def _possessor(d: Doc, j: int, last: int) -> bool:
    """The person's name at token j is in the genitive before the head noun of the phrase ending at
    ``last``: "Friedrich Merz' Sprecher", "Merkels Berater" (the head speaks, not the person)."""
    k = j
    while k + 1 <= last and d.mention_of[k + 1] == d.mention_of[j]:
        k += 1  # the name's last token
    name = d.words[k]
    if k + 1 <= last and d.words[k + 1] in ("'", "’"):
        k += 1  # "Merz ' Sprecher" where the apostrophe stands alone
    elif not name.endswith(("s", "'", "’")) or name.endswith("ss"):
        return False
    return k + 1 <= last and d.words[k + 1][:1].isupper() and d.mention_at(k + 1) is None


def _of_a_country(d: Doc, k: int) -> bool:
    """Token k names a country: the role before it is that country's ("der Präsident der Ukraine"
    is the mention of Selenskyj that :func:`helpers.actors.mentions` found by the country)."""
    m = d.mention_at(k) if k < len(d.words) else None
    return m is not None and m.type == "country"


def _place_of_a_head(d: Doc, first: int, j: int) -> bool:
    """The place or country at token j only tells where the head of the phrase first..j is from: it
    stands in a genitive or after "von" behind a capitalised word ("die Polizeichefin des Bezirks
    Sirmaur", "Forschern der US-Universität Princeton", "der Handelskammer von Thessaloniki"; not
    "die Türkei", "die Stadt Klagenfurt")."""
    k = j - 1
    while k > first and d.words[k][:1].isupper() and d.mention_at(k) is None:
        k -= 1  # past the words of the place's own kind: "des Bezirks Sirmaur"
    return k > first and d.words[k].lower() in GENITIVE and any(
        d.words[i][:1].isupper() for i in range(first, k) if d.words[i].lower() not in DEFINITE)


def _named_apposition(d: Doc, last: int) -> Mention | None:
    """The person named in an apposition right after a speaker's phrase: "sagte der Trainer der
    Frankfurter, Michael Skibbe, …", "Das Staatsoberhaupt Neuseelands, die britische Königin
    Elisabeth II., …": the phrase describes that person (not the gazetteer's holder of the role)."""
    if last + 2 >= len(d.words) or d.words[last + 1] != "," or d.sentence[last + 2] != d.sentence[last]:
        return None
    for k in range(last + 2, min(last + 7, len(d.words))):
        m = d.mention_at(k)
        if m is not None and m.type == "person" and m.kind == "name":
            return m
        if d.words[k] in (",", ".", ";", ":") or d.quote_of[k] >= 0:
            return None
    return None


def _named_before(d: Doc, first: int, last: int) -> Mention | None:
    """The person named right before a speaker's phrase that is their apposition, when the phrase
    names no person itself: "Fritz Tack, Agrarexperte der Linksfraktion im Schweriner Landtag,
    kritisierte, …", "die Aussage von Reinhard Bütikofer, Parteivorsitzender der Bundes-Grünen,
    der sagte, …" (the role is Tack's, Bütikofer's; not the gazetteer's holder of the role)."""
    # past its adjectives: "Nikolaus Scherak, stellvertretender Klubchef der Neos, …"
    adjective = lambda j: d.words[j].islower() and is_inflected_adjective(d.words[j], d.lemmas[j])  # noqa: E731
    while first > 0 and adjective(first - 1):
        first -= 1
    if first < 2 or d.words[first - 1] != "," or d.sentence[first - 2] != d.sentence[first]:
        return None
    m = d.mention_at(first - 2)
    if m is None or m.type != "person" or m.kind != "name":
        return None
    for j in range(first, last + 1):
        inside = d.mention_at(j)
        if inside is not None and inside.type == "person" and inside.kind == "name":
            return None
    return m


#: Head nouns of someone who speaks for an organisation: "eine Sprecherin", "ein Sprecher des Ministeriums".
SPOKESPERSON = ("sprecher", "sprecherin", "pressesprecher", "pressesprecherin")


def _spokesperson(d: Doc, sp: Speaker) -> None:
    """An unnamed spokesperson speaks for the organisation named just before (this sentence or the
    two before): "Das Bundesumweltministerium verwies auf Förderprogramme. …, teilte eine Sprecherin
    mit." is the ministry's; with a genitive ("ein Sprecher des Ministeriums") the organisation
    whose name ends with that noun ("Bundeswirtschaftsministerium")."""
    words = [d.words[j] for j in range(sp.first, sp.last + 1)]
    head = next((k for k, w in enumerate(words) if w.lower() in SPOKESPERSON), None)
    if head is None or any(w[:1].isupper() and w.isalpha() for w in words[head + 1 : head + 2]):
        return  # "Sprecher Steffen Seibert" is a name
    of = None
    if head + 2 < len(words) and words[head + 1].lower() in GENITIVE:
        of = words[-1].lower().rstrip("s")  # des Ministeriums -> ministerium
    for _j, m in _organisations_before(d, sp.first, back=2):
        name = (d.names.get(m.actor) or d.article.text[m.start : m.end]).lower()
        if of is None or name.endswith(of) or d.article.text[m.start : m.end].lower().startswith(of):
            sp.actor, sp.name = m.actor, d.names.get(m.actor)
            return


def _organisations_before(d: Doc, first: int, back: int) -> Iterator[tuple[int, Mention]]:
    """(token, mention) of the organisations and media named before token ``first``, outside
    quotes, in its sentence and the ``back`` before it, the nearest first."""
    lowest = d.sent_first.get(d.sentence[first] - back, d.first_of(first))
    for j in range(first - 1, lowest - 1, -1):
        m = d.mention_at(j)
        if m is not None and d.quote_of[j] < 0 and m.type in ("organisation", "media"):
            yield j, m


def _definite_noun(d: Doc, sp: Speaker) -> str | None:
    """The noun of a speaker that is a definite article and one noun ("die Gewerkschaft", "der
    Stellungnahme"), else None."""
    if sp.last != sp.first + 1 or d.words[sp.first].lower() not in DEFINITE:
        return None
    return d.words[sp.last]


def _organisation_noun(d: Doc, sp: Speaker) -> None:
    """A definite noun that names an organisation named before by a name holding that noun, or with
    that noun before its name: "die Gewerkschaft" is the Gewerkschaft Deutscher Lokomotivführer, "das
    Ministerium" the Bundeswirtschaftsministerium (this sentence or the three before, the nearest first)."""
    noun = _definite_noun(d, sp)
    if noun is None or not noun[:1].isupper() or len(noun) < 5:
        return
    stem = noun.lower().rstrip("s")  # des Ministeriums -> ministerium
    nearest = True
    for j, m in _organisations_before(d, sp.first, back=3):
        if m.kind != "name":
            continue
        words = (d.names.get(m.actor) or d.article.text[m.start : m.end]).lower().split()
        # only the nearest organisation may be the company
        company, nearest = nearest and stem in COMPANY_NOUNS and words[-1] in LEGAL_FORMS_LOWER, False
        k = j
        while k > 0 and d.mention_of[k - 1] == d.mention_of[j]:
            k -= 1
        if k > 0:
            words.append(d.words[k - 1].lower())  # its kind before it: "Gewerkschaft Deutscher Lokomotivführer"
        opens = k == d.first_of(k) or (k - 1 == d.first_of(k) and d.words[k - 1].lower() in DEFINITE)
        if (company and opens) or any(w == stem or (w.endswith(stem) and len(w) > len(stem)) for w in words):
            sp.actor, sp.name = m.actor, d.names.get(m.actor)  # "Die Volkswagen Sachsen GmbH … das Unternehmen"
            return


#: Nouns for a company, which a name ending in a legal form before them is, as the subject that opens its
#: sentence: "Die Volkswagen Sachsen GmbH hat Pläne vorgestellt. Wie das Unternehmen mitteilte, …".
COMPANY_NOUNS = frozenset(("unternehmen", "konzern", "firma", "hersteller", "autobauer", "betrieb"))
#: The entity rules' legal forms at the end of a company's name, in lower case (as the names are compared).
LEGAL_FORMS_LOWER = frozenset(form.lower() for form in LEGAL_FORMS)


#: Statements someone issues, which "die Stellungnahme" refers back to.
STATEMENTS = ("stellungnahme", "erklärung", "mitteilung", "aussendung", "schreiben", "brief", "rede", "interview")


def resolve_statement(d: Doc, sp: Speaker) -> None:
    """A definite statement with no owner named is the statement of the one quoted just before (this
    sentence or the two before, among the quotes found so far): "…, erklärte Oberländer schriftlich. …
    „…“, heißt es in der Stellungnahme." is Oberländer's (the speaker stays as written; actor and
    name say who)."""
    if sp.actor is not None or sp.pronoun:
        return
    noun = _definite_noun(d, sp)
    if noun is None or not noun.lower().endswith(STATEMENTS):
        return
    s = int(d.sentence[sp.first])
    for t in range(s, s - 3, -1):
        before = [x for x in d.speakers_in.get(t, ()) if x.start < sp.start and x.actor is not None]
        if before:
            x = before[-1]
            sp.actor, sp.name, sp.person, sp.gender = x.actor, x.name, x.person, x.gender
            return


#: Words that make a role someone's past one: "der frühere Bundeskanzler", "Ex-Ministerin".
FORMER = ("früher", "ehemalig", "einstig", "damalig", "vormalig", "langjährig", "alt-", "ex-", "ex")


def _former(d: Doc, first: int, j: int) -> bool:
    """The role at token j is a past one: an adjective of :data:`FORMER` before it in the phrase
    (der frühere Bundeskanzler) or a prefix (Ex-Kanzler, Altkanzler)."""
    if d.words[j].lower().startswith(("ex-", "alt-", "altkanzler", "altbundes")):
        return True
    return any(d.words[k].lower().startswith(FORMER) for k in range(first, j))


def _article_gender(d: Doc, first: int, last: int) -> str | None:
    """The gender that a person noun's article tells: "der CDU-Politiker" m, "die Abgeordnete" f
    (one singular noun after "die" ending in -in or -e, or "eine"); else None."""
    art = d.words[first].lower()
    head = next((d.words[j] for j in range(first + 1, last + 1) if d.words[j][:1].isupper()), "")
    if art in ("der", "ein") and head:
        return "m"
    if art == "eine" or (art == "die" and head.endswith(("in", "e")) and first + 1 <= last):
        return "f"
    return None


def _latter(d: Doc, sp: Speaker) -> None:
    """Give "letztere" the person named last before it, in its sentence or the one before: "Marta
    Jandová war im Käfig, während Nova Meierhenrich davor stand. „…“, so letztere"."""
    lowest = d.sent_first.get(d.sentence[sp.first] - 1, d.first_of(sp.first))
    for j in range(sp.first - 1, lowest - 1, -1):
        if d.quote_of[j] >= 0:
            continue
        m = d.mention_at(j)
        if m is not None and m.type == "person" and m.kind in ("name", "role"):
            sp.actor, sp.name, sp.gender, sp.person = m.actor, d.names.get(m.actor), d.genders.get(m.actor), True
            return
        if d.words[j] in d.name_words and d.words[j - 1][:1].isupper():
            sp.name, sp.person = d.span(j - 1, j), True  # Nova Meierhenrich
            return


# --- pronouns -------------------------------------------------------------------------------------------


def _quoted_person(d: Doc, sp: Speaker, t: int) -> Speaker | None:
    """The last speaker (a person first) of a quote in sentence t before ``sp``, of its gender."""
    speakers = [
        x for x in d.speakers_in.get(t, ())
        if not x.pronoun and x.start < sp.start and x.gender in (sp.gender, None)
    ]  # fmt: skip
    persons = [x for x in speakers if x.person]
    return (persons or speakers)[-1] if persons or speakers else None


def _mentioned_person(d: Doc, wanted: str | None, lo: int, hi: int) -> str | None:
    """The first person mention of gender ``wanted`` (None: unknown, and then a name) in tokens
    lo..hi (outside quotes): its actor."""
    for j in range(lo, hi + 1):
        m = d.mention_at(j)
        if m is None or d.quote_of[j] >= 0:
            continue
        kinds = ("name", "role") if wanted is not None else ("name",)  # a role with no gender is nobody's
        if m.type == "person" and m.kind in kinds and d.genders.get(m.actor) == wanted:
            return m.actor
    return None


def _named_subject(d: Doc, lo: int, hi: int) -> Span | None:
    """A person-like subject of tokens lo..hi with a capitalised word in it, not a pronoun."""
    found = subject(d, lo, hi, people=True) if lo <= hi else None
    if found is None:
        return None
    first, last = found
    named = any(d.words[j][:1].isupper() and d.words[j].isalpha() and not d.stop[j] for j in range(first, last + 1))
    if named and person_like(d, *found) and d.words[found[0]].lower() not in PERSONAL_PRONOUNS:
        return found
    return None


def _known_non_person(d: Doc, first: int, last: int) -> bool:
    """The first capitalised word of the phrase first..last (past its article) names an actor who is
    no person: "die SPD" (not "Der Bürgermeister von New Orleans", nor "der Youtube-Star Pewdiepie",
    where the actor is only the first part of a compound)."""
    j = next((k for k in range(first, last + 1) if d.words[k][:1].isupper() and d.words[k].lower() not in DEFINITE),
             None)  # fmt: skip
    m = d.mention_at(j) if j is not None else None
    return m is not None and m.type != "person" and m.kind != "compound"


def _before_speaker(d: Doc, sp: Speaker, t: int) -> Span:
    """The tokens of content sentence t up to the speaker ``sp`` (all of it if t is an earlier sentence)."""
    return d.sent_first[t], sp.first - 1 if t == d.sentence[sp.first] else d.sent_last[t]


def _unnamed_subject(d: Doc, sp: Speaker, t: int) -> bool:
    """Give a pronoun speaker the unnamed person that sentence t brings in as its subject, where the
    indefinite article tells the pronoun's gender and it names no actor: "ein früherer
    Abteilungsleiter des Ministeriums" for "Er" in the next sentence (not the minister named three
    sentences before)."""
    lo, hi = _before_speaker(d, sp, t)
    found = _named_subject(d, lo, hi)
    if found is not None and "als" in (w.lower() for w in d.words[max(lo, found[0] - 3) : found[0]]):
        found = _named_subject(d, found[1] + 1, hi)  # "Als erster Zeuge sagte ein … aus": the one after
    if found is None or d.words[found[0]].lower() not in ("ein", "eine") or _article_gender(d, *found) != sp.gender:
        return False  # "der 34-jährige Schweizer", "die Angeklagte": someone named before, not a new person
    if any((m := d.mention_at(j)) is not None and m.type == "person" for j in range(found[0], found[1] + 1)):
        return False  # a person the mentions name: _mentioned_person's, not nobody's
    sp.name, sp.person = d.span(*found), True
    return True


def resolve(d: Doc, sp: Speaker) -> None:
    """Give a pronoun speaker the actor and name of the most recent fitting person: the speaker of
    a quote found so far (``d.speakers_in``) in the same or an earlier sentence (up to six back),
    else the first person mention of that gender in the nearest sentence; else the name of a
    person-like subject up to three sentences back ("Werner Faymann traf … Er sagte")."""
    s = d.sentence[sp.first]
    lowest = d.sentence[0]
    for t in range(s, max(lowest, s - 6) - 1, -1):
        chosen = _quoted_person(d, sp, t)
        if chosen is not None:
            sp.actor, sp.name, sp.gender, sp.person = chosen.actor, chosen.name, chosen.gender, chosen.person
            if sp.name is None:
                sp.name = d.span(chosen.first, chosen.last)
            return
        if t not in d.sent_first:
            continue  # a sentence of a line that is not content (the dateline)
        actor = _mentioned_person(d, sp.gender, *_before_speaker(d, sp, t))
        if actor is not None:
            sp.actor, sp.name, sp.person = actor, d.names.get(actor), True
            return
        if t == s - 1 and _unnamed_subject(d, sp, t):
            return  # "Als erster Zeuge sagte ein früherer Abteilungsleiter aus. Er erklärte, …"
    nearby = [t for t in range(s, max(lowest, s - 3) - 1, -1) if t in d.sent_first]
    # nobody of that gender: a person named nearby whose gender no first name tells ("Graupner hält …
    # für möglich. …, sagt er"); only for "er" ("sie" may be many: Hotlines, Echos)
    for t in nearby if sp.gender == "m" else ():
        actor = _mentioned_person(d, None, *_before_speaker(d, sp, t))
        if actor is not None:
            sp.actor, sp.name, sp.person = actor, d.names.get(actor), True
            return
    # no quoted speaker and no known person: a name the gazetteer lacks (for "er" not an organisation
    # or a place it knows: "…, sahen die SPD vorn, sagte er" is no SPD's; "sie" may be a party's)
    for t in nearby:
        found_np = _named_subject(d, *_before_speaker(d, sp, t))
        if found_np is not None and not (sp.gender == "m" and _known_non_person(d, *found_np)):
            sp.name = d.span(*found_np)
            return


# --- speakers of cues that are no verbs ------------------------------------------------------------------


def impersonal_source(d: Doc, i: int) -> Span | None:
    """Where "heißt es" points: "in einer Erklärung der Regierung heißt es", "heißt es auf der
    Webseite"; or who it comes from, if they can speak: "hieß es aus Regierungskreisen", "aus dem
    Kanzleramt hieß es" (not "Aus diesem Grund hieß es")."""
    lo, hi = clause(d, i)
    for j in list(range(i + 1, hi)) + list(range(lo, i)):
        word = d.words[j].lower()
        if word in ("in", "im", "auf") or word in SOURCE_PREPOSITIONS:
            end = np_end(d, j + 1, hi if j > i else i - 1)
            if end is not None and (word not in SOURCE_PREPOSITIONS or _can_be_source(d, j + 1, end)):
                return j + 1, end
    return None


#: Prepositions of where a report comes from: "hieß es aus Regierungskreisen", "von Seiten der Polizei".
SOURCE_PREPOSITIONS = frozenset(("aus", "von", "vom", "seitens"))


def _can_be_source(d: Doc, first: int, last: int) -> bool:
    """The phrase first..last can be where a report comes from: someone who can speak, or a plural
    of an agent noun ("Regierungskreisen", "Sicherheitskreisen": Kreise)."""
    head = d.words[last].lower()
    return person_like(d, first, last) or (head.endswith("n") and head[:-1].endswith(d.lexicon.agents))


def colon_speaker(d: Doc, colon: int) -> Span | None:
    """The speaker of a quote after a colon: the noun phrase just before it ("Ziercke: „…“"),
    else the subject of the clause before it ("Hier sparte der Bundespräsident nicht mit Kritik:")."""
    a = d.first_of(colon)
    lo = colon
    while lo - 1 >= a and d.quote_of[lo - 1] < 0 and d.words[lo - 1] not in (";", ".", "!", "?"):
        lo -= 1
    if lo >= colon:
        return None
    held = _view_holder(d, lo, colon)
    if held is not None:
        return held
    prev = d.words[colon - 1]
    if prev[:1].isupper() or d.mention_of[colon - 1] >= 0 or prev == ")":
        seg = colon - 1
        while seg - 1 >= lo and d.words[seg - 1] not in BOUNDARY:
            seg -= 1
        found = subject(d, seg, colon - 1)
        if found and found[1] >= colon - 2:
            return found
    return best_subject(d, lo, colon - 1)


#: The verbs of "Für X ist klar:", "Für X steht fest:": a verb of being, or "stehen" of "feststehen".
_VIEW_VERBS = VIEW_VERBS | {"steht", "stand", "stehe"}


def _view_holder(d: Doc, lo: int, colon: int) -> Span | None:
    """Whose view a colon announces: "Für Anna Berg ist klar: „…“", "Für die Ministerin steht fest:"
    (a person after "für" opening the clause, then a verb of being and a few words)."""
    if d.words[lo].lower() != "für":
        return None
    end = np_end(d, lo + 1, colon - 1)
    if end is None or end + 1 >= colon or colon - end > 6 or d.words[end + 1] not in _VIEW_VERBS:
        return None
    return (lo + 1, end) if person_like(d, lo + 1, end) else None


def _bare_name_after_verb(d: Doc, lo: int, hi: int) -> Span | None:
    """A capitalised word right after a lower-case verb, not a noun after its adjective: "… weist
    Hartmann von sich:" (not "zu einem selbstbewussten Dialog:")."""
    for k in range(lo + 1, hi + 1):
        w, prev = d.words[k], d.words[k - 1]
        if (
            w[:1].isupper() and w.isalpha() and d.quote_of[k] < 0 and not d.first_of_sentence[k]
            and prev.isalpha() and prev.islower() and not d.stop[k - 1] and prev not in PREPOSITIONS
            and not is_inflected_adjective(prev, d.lemmas[k - 1])
            and (k == hi or not d.words[k + 1][:1].isupper())
        ):  # fmt: skip
            return k, k
    return None


def best_subject(d: Doc, lo: int, hi: int) -> Span | None:
    """The first person-like subject in any comma-separated part of lo..hi, else a bare name
    right after a verb, else the first subject."""
    first, j = None, lo
    while j <= hi:
        found = subject(d, j, hi, people=True)
        if found is not None and person_like(d, *found):
            return found
        first = first or found
        k = found[1] + 1 if found is not None else j
        while k <= hi and d.words[k] not in BOUNDARY:
            k += 1
        j = k + 1
    return _bare_name_after_verb(d, lo, hi) or first


def previous_subject(d: Doc, first: int) -> Speaker | None:
    """Who the sentence before a quote is about, if a person: "Sadiq Khan verurteilte die
    Haltung der Regierung. „…“" (a quote on its own belongs to the one just introduced)."""
    prev = d.sentence[first] - 1
    if prev not in d.sent_first:
        return None
    found = best_subject(d, d.sent_first[prev], d.sent_last[prev])
    if found is None or not person_like(d, *found):
        return None
    return speaker_of(d, *found)

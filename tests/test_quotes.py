"""Quotes: the seed read by hand, each quotation-mark style, attribution frames, real Wikinews gold."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest
from conftest import FIXTURES, shared

from helpers.actors import mentions
from helpers.articles import article_from_record, load_article, parse_article
from helpers.interviews import interview_turns
from helpers.quotes import (
    COLUMNS,
    UnclosedQuoteWarning,
    mentioned_and_quoted,
    quotation_marks,
    quote_counts,
    quote_table,
    quoted_tokens,
    quotes,
    quotes_by_section,
    speech_lexicon,
)
from helpers.tokens import tokens


def found(text: str, date: str | None = "01.12.2025") -> list[tuple]:
    """(text, kind, speaker, actor) of every quote in a small article (title line + text); a
    missing speaker or actor (NaN in the table's text columns) as None."""
    dateline = f"Stand: {date}\n" if date else ""
    article = parse_article(f"Titel der Meldung\n{dateline}{text}", source="fall.txt")
    q = quotes(article)[["text", "kind", "speaker", "actor"]]
    return [tuple(None if pd.isna(v) else v for v in row) for row in q.itertuples(index=False)]


# --- the seed, read by hand ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_quotes(seed):
    return quotes(seed)


def test_seed_finds_all_five_spans_in_quotation_marks(seed_quotes):
    # the seed has five pairs of „…“, counted by hand: two whole sentences, three phrases
    marked = seed_quotes[seed_quotes.kind.isin(["direct", "partial"])]
    assert [t[:30] for t in marked.text] == [
        "„Ich denke, wir haben Fortschr",
        "„informelle Gespräche mit der ",
        "„Was die USA hier in Berlin an",
        "„russisch besetztes Territoriu",
        "„entmilitarisierten Zone“",
    ]
    assert marked.kind.tolist() == ["direct", "partial", "direct", "partial", "partial"]
    assert marked.closed.all()


def test_seed_speakers_of_the_quotes_in_marks(seed_quotes):
    marked = seed_quotes[seed_quotes.kind.isin(["direct", "partial"])].set_index("text")
    speakers = dict(zip(marked.index.str[:12], zip(marked.speaker, marked.actor, strict=True), strict=True))
    assert speakers["„Ich denke, "] == ("Rubio", "marco-rubio")  # „…“, sagte Rubio bei einer Pressekonferenz
    # "meldet die Nachrichtenagentur dpa unter Berufung auf Regierungskreise": the reporter speaks
    assert speakers["„informelle "] == ("die Nachrichtenagentur dpa", "dpa")
    assert speakers["„Was die USA"] == ("Kanzler Merz", "friedrich-merz")  # „…“, sagte etwa Kanzler Merz
    assert speakers["„russisch be"] == ("Merz", "friedrich-merz")  # Merz sagte aber, dass … „…“ anzuerkennen
    assert speakers["„entmilitari"] == ("er", "friedrich-merz")  # Zudem sprach er von …: er is Merz, not Selenskyj


def test_seed_reported_speech(seed_quotes):
    indirect = seed_quotes[seed_quotes.kind == "indirect"]

    def said(beginning: str) -> tuple[str, str]:
        (row,) = indirect[indirect.text.str.startswith(beginning)].itertuples()
        return row.speaker, row.actor

    assert said("Er selbst werde am Samstag") == ("Rubio", "marco-rubio")  # …, sagte Rubio.
    assert said("Die USA seien da konsequent") == ("er", "wolodymyr-selenskyj")  # …, sagt er (after Selenskyj)
    assert said("dass Selenskyj bereit sei") == ("Merz", "friedrich-merz")
    assert said("dass man sich in Arbeitsgruppen")[0] == "ein hochrangiger US-Beamter"  # kündigte … an, dass


def test_seed_table_is_tidy(seed, seed_quotes):
    assert list(seed_quotes.columns) == COLUMNS
    assert all(seed.text[s:e] == t for s, e, t in zip(seed_quotes.start, seed_quotes.end, seed_quotes.text,
                                                       strict=True))  # fmt: skip
    spoken = seed_quotes.dropna(subset=["speaker"])
    assert all(seed.text[s:e] == t for s, e, t in zip(spoken.speaker_start, spoken.speaker_end, spoken.speaker,
                                                       strict=True))  # fmt: skip
    # sections: Einstieg (Rubio), Gespräche … (dpa), Fortschritte … (Merz, Selenskyj), Gebietsfrage (Merz)
    by_section = quotes_by_section(seed_quotes, seed)
    assert by_section.index.tolist()[0] == "Einstieg"
    assert by_section[["direct", "partial"]].sum(axis=1).tolist() == [1, 1, 1, 2]


# --- quotation marks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("„", "“"), ("„", "”"), ('"', '"'), ("»", "«"), ("«", "»"), ("‚", "‘"), ("'", "'"), ("“", "”")],
)
def test_each_quotation_mark_style(opening, closing):
    quote = f"{opening}Wir sind bereit{closing}"
    assert found(f"Die Lage ist ernst. {quote}, sagte Merz am Montag.") == [
        (quote, "direct", "Merz", "friedrich-merz")
    ]


def test_nested_quotes_count_once_and_apostrophes_are_no_quotes():
    text = "Merz sagte: „Das nennt man ‚Realpolitik‘.“ In Sa'da geht's weiter, 'ne Menge zu tun."
    assert [text[s:e] for s, e, _ in quotation_marks(text)] == ["„Das nennt man ‚Realpolitik‘.“"]


def test_a_quote_over_several_sentences_and_paragraphs():
    # the German convention: the next paragraph opens with „ again, only the last one closes
    text = "Die Lage ist ernst.\n„Wir sind bereit. Wir kommen morgen.\n„Dann reden wir“, sagte Merz.\nDann ging er."
    quote = "„Wir sind bereit. Wir kommen morgen.\n„Dann reden wir“"
    assert found(text) == [(quote, "direct", "Merz", "friedrich-merz")]


def test_an_unclosed_quote_ends_with_its_paragraph_and_is_reported():
    text = "Merz sagte: „Wir sind bereit. Wir kommen morgen.\nDanach reiste er ab. „Gut“, sagte Macron."
    article = parse_article(f"Titel der Meldung\nStand: 01.12.2025\n{text}")
    with pytest.warns(UnclosedQuoteWarning, match="1 quotation mark"):
        q = quotes(article)
    assert q[["text", "closed", "actor"]].values.tolist() == [
        ["„Wir sind bereit. Wir kommen morgen.", False, "friedrich-merz"],
        ["„Gut“", True, "emmanuel-macron"],  # the next paragraph is not swallowed
    ]


def test_names_and_titles_in_quotation_marks_are_not_quotes():
    assert found("Die Yacht „Dignité“ lief aus. Unter dem Motto „Frieden jetzt“ demonstrierten Tausende.") == []
    assert found("Die Reporter der „Süddeutschen Zeitung“ kamen zu spät.") == []
    # a quoted name as the speaker: the name is not a quote, the report is
    assert found("Wie der „Spiegel“ berichtet, ist die Lage ernst.") == [
        ("ist die Lage ernst", "indirect", "der „Spiegel“", "spiegel")
    ]


# --- attribution --------------------------------------------------------------------------------


def test_speaker_before_and_after_the_quote():
    merz = ("Merz", "friedrich-merz")
    assert found("Merz sagte am Montag: „Wir sind bereit.“") == [("„Wir sind bereit.“", "direct", *merz)]
    assert found("„Wir sind bereit“, sagte am Montag in Berlin Kanzler Merz.")[0][2:] == ("Kanzler Merz", merz[1])
    assert found("Wie die Polizei mitteilte, wurden drei Menschen verletzt.") == [
        ("wurden drei Menschen verletzt", "indirect", "die Polizei", None)
    ]


def test_a_peoples_member_speaks_for_the_person_named_before():
    # helpers/data/nationality_nouns_de.txt: "sagte der Slowake" had no speaker
    text = "Handelskommissar Maroš Šefčovič sprach in Brüssel. „Wir werden reagieren“, sagte der Slowake."
    assert found(text) == [("„Wir werden reagieren“", "direct", "der Slowake", "maros-sefcovic")]


def test_colon_speaker_is_not_a_noun_after_its_adjective():
    # from Wikinews w194: the noun of a prepositional phrase before the colon is no speaker; the
    # clause's subject is (a bare name right after the verb still is: "weist Hartmann von sich:")
    text = "Ali bekannte sich in ihrer Rede erneut zu einem selbstbewussten Dialog: „Ich begrüße den Dialog.“"
    assert found(text)[0][2] == "Ali"
    assert found("Diese Vorwürfe weist Hartmann entschieden von sich: „Das ist falsch.“")[0][2] == "Hartmann"


def test_a_sentence_after_a_colon_is_a_quote_even_after_a_name_word():
    # from Wikinews w356 ("Darauf waren die Worte zu lesen: „…“"): a whole sentence after the colon
    # is someone's words; a short title after a name word is not
    assert found("Auf dem Plakat standen die Worte: „Paris unterstützt die Menschenrechte.“")[0][1] == "direct"
    assert found("Der Titel der Studie lautet: „Gewalt gegen Kinder“. Sie erschien am Montag.") == []


def test_the_subject_with_its_appositions_speaks_not_the_object():
    # from Wikinews w267 and w330: the subject before the verb is a chain of appositions ending in a
    # name set off by commas; the noun after the verb is its object (die CDU, Kluncker)
    text = "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD), warnte die CDU vor einem „harten Kurs“."
    # Scherf, not the SPD in brackets; recognised as a person the gazetteer lacks
    assert found(text)[-1][1:] == ("partial", "Henning Scherf (SPD)", "henning-scherf")
    text = "Der Vorsitzende der Gewerkschaft ver.di, Frank Bsirske, würdigte Kluncker als „eine große Persönlichkeit“."
    # the phrase as written (as "Der Sprecher des Ministeriums, Max Muster, sagte"), Bsirske by its apposition
    assert found(text)[-1][2:] == ("Der Vorsitzende der Gewerkschaft ver.di", "frank-bsirske")
    # an object first and a pronoun after the verb: still the pronoun ("Die Arbeit … lobte er")
    assert found("Merz kam. Die Arbeit der Koalition, die seit Jahren regiert, lobte er als „solide“.")[-1][2:] == (
        "er", "friedrich-merz",
    )  # fmt: skip
    # a pronoun in the first sentence, after the dateline (no content sentence before it): unresolved
    assert found("Die Arbeit der Koalition lobte er als „solide“.")[-1][2:] == ("er", None)


def test_zitiert_x_y():
    # from Wikinews w305 and w338: "„…“, zitiert MEDIUM PERSON" gives the person's words (the gold's
    # first choice on documents 0-499); a last name the dictionary knows is a person when the
    # article used it after a first name (Kevin Lynch)
    text = "Kevin Lynch gab einen Einblick. „Das wird groß“, zitiert die „Computerwoche“ Lynch in einem Bericht."
    assert found(text)[-1][2] == "Lynch"
    assert found("„Wir gehen davon aus, dass es kommt“, zitiert Welt-Online den Minister.")[0][2] == "den Minister"
    # from w216: "X wird von MEDIUM zitiert": the medium (the agent), as the gold; the subject before
    # its apposition is not reported speech
    text = "Der Chef der Grünen, Volker Ratzmann, wird von der „Netzeitung“ mit den Worten zitiert: „Es ist so.“"
    assert found(text) == [("„Es ist so.“", "direct", "der „Netzeitung“", None)]
    # without an agent the one quoted speaks (w185)
    assert found("Zur Lage wird Watzke auf der Internetseite wie folgt zitiert: „Es war gut.“")[0][2] == "Watzke"


def test_reported_speech_goes_on_from_the_speech_verb_just_before():
    # from Wikinews w187: the subjunctive sentence goes on from "Hajduk kritisierte …", the speech
    # verb of the sentence before, not from the quote two sentences back
    text = ("„Wir sind bereit“, sagte Merz. Die Politikerin Anja Hajduk kritisierte die Pläne. "
            "Hier seien die Mittel „völlig unrealistisch“.")  # fmt: skip
    assert [r[2] for r in found(text)[-2:]] == ["Die Politikerin Anja Hajduk"] * 2


def test_coordinated_clauses_keep_their_subjects():
    # from Wikinews w264: the second verb shares the subject of the first, past a quoted motto
    text = "Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten los und riefen „Stoppt den Wahn“."
    assert found(text)[-1][2] == "die Demonstranten"
    # from w121: "und" opens a clause of its own, whose subject has a long participle before its noun
    text = ("Die Menge skandierte Parolen wie „Thaksin raus!“ und der sich selbst als Gegner Thaksins "
            "inszenierende Unternehmer Sondhi Limthongkul rief aus: „Er ist der schlechteste Premier!“")  # fmt: skip
    result = found(text)
    assert result[0][2] == "Die Menge" and result[1][2].endswith("Unternehmer Sondhi Limthongkul")


def test_a_phrase_in_reported_speech_belongs_to_the_one_reported():
    # from Wikinews w187: the main clause is in the Konjunktiv I, so its subject (die Bundesregierung)
    # is part of what Steinbrück reports, not the speaker
    text = ("Finanzminister Peer Steinbrück sprach im Bundestag. Zur EU hatte Steinbrück Positives zu vermelden. "
            "Erstmals sei die Bundesregierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten.")
    assert found(text)[-1][1:3] == ("partial", "Steinbrück")
    # from w155: a subject with a verb in the indicative speaks, though a subjunctive clause follows
    text = ("„Wir sind bereit“, sagte Merz. Auch der SPD-Sprecher Dieter Wiefelspütz will „in den kommenden "
            "Wochen sorgfältig prüfen“, ob ein Verbot kommen solle.")  # fmt: skip
    rows = found(text)
    assert rows[-2][1:3] == ("partial", "der SPD-Sprecher Dieter Wiefelspütz")
    # and the ob-clause after the quoted words is his indirect speech, the frame left out (as in the gold)
    assert rows[-1][:3] == ("ob ein Verbot kommen solle", "indirect", "der SPD-Sprecher Dieter Wiefelspütz")


def test_a_colon_after_a_thing_goes_on_with_the_one_quoted_just_before():
    # from Wikinews w30: the clause before the colon names no one who can speak (Seine Zuversicht);
    # the quote goes on with the speaker of the quote in the sentence before
    text = ("Javier Solana äußerte sich zuversichtlich: „Ich gehe von einer Einigung aus.“ Seine Zuversicht "
            "gründet sich auf Erfahrungen mit der Türkei: „Entscheidungen fallen in letzter Minute.“")  # fmt: skip
    assert [r[2] for r in found(text)] == ["Javier Solana", "Javier Solana"]
    # from w265: a clause in the Konjunktiv I before the colon goes on reporting the speech verb before
    text = ("Figel bekräftigte das Engagement der Kommission. Die Pflichten der Union seien im Vertrag "
            "festgelegt: „Daraus ergibt sich, dass nationales Recht nicht widersprechen darf.“")  # fmt: skip
    assert found(text)[-1][2] == "Figel"
    # with no quote just before, the text that carries the words speaks (the gold of w263 names "in dem
    # Gesetzentwurf", of w390 "ein Zettel": cue rule written_on), not the one quoted before
    assert found("Der Pass ist neu. Im Entwurf steht der Passus: „Die Daten sind zu löschen.“")[0][2] == "Entwurf"


def test_speakers_past_relative_clauses_and_coordinated_names():
    # from Wikinews w488: a relative clause between the subject and the speech verb
    text = ("Wie Norman Paech, der den Prozess beobachtet hatte, dazu feststellt, verlangt „der Tatbestand "
            "das Mitwissen. Das war nicht bewiesen.“")  # fmt: skip
    assert found(text)[-1][2] == "Norman Paech"
    # from w0: "mit Edwin Aldrin und Michael Collins" is one phrase; the subject is "er" after the verb
    text = "Mit den Kollegen Edwin Aldrin und Michael Collins flog er und meldete sich mit den Worten: „Wir sind da.“"
    assert found(text)[-1][2] == "er"


def test_a_quote_in_brackets_after_a_name_and_letztere():
    # from Wikinews w450: the quote in brackets is the words of the one named just before it
    text = ("Es gratulierten der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein, der das mehr "
            "verdient.“), und der Ministerpräsident Jens Stoltenberg: „Der Preis kommt nicht zu früh.“")  # fmt: skip
    speakers = [r[2] for r in found(text) if r[1] != "indirect"]
    assert speakers == ["Mohammed ElBaradei", "der Ministerpräsident Jens Stoltenberg"]
    # from w388: "so letztere" names the one named last
    text = "Merz und Macron trafen sich. „Wir sind bereit.“, so letzterer."
    assert found(text)[0][2:] == ("letzterer", "emmanuel-macron")


def test_a_passive_names_its_medium():
    # from Wikinews w412: a passive without "von" but with a medium in "im": the medium speaks
    text = "Die Wiener Linien wurden gestern im „Standard“ als „eine bedeutende Organisation der Stadt“ bezeichnet."
    assert found(text)[0][1:3] == ("partial", "„Standard“")
    # without one, nobody (as before): "wurden als „…“ bezeichnet"
    assert found("Die Pläne wurden gestern als „eine bedeutende Sache der Stadt“ bezeichnet.")[0][2] is None


def test_fuer_x_names_whose_view_a_phrase_is():
    # from Wikinews w358: "für die Ministerin" holds the view in quotation marks
    text = "Die Zahlung wird verschoben. Was für die Ministerin eine „flexiblere Handhabe des Modus“ ist, ärgert viele."
    assert found(text)[0][1:3] == ("partial", "die Ministerin")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 10kGNAD rows 559, 995 and 576: a share of people speaks whole; a frame noun is its own phrase
        ("Fast jeder Fünfte gab an, sein Unternehmen sei von der digitalen Transformation gar nicht betroffen.",
         "Fast jeder Fünfte"),
        ("Rund 60 Prozent der Befragten gaben an, dass die Übungsaufgaben von den Prüfungen abwichen.",
         "Rund 60 Prozent der Befragten"),
        ("Gut die Hälfte der Befragten sagte, sie seien zufrieden.", "Gut die Hälfte der Befragten"),
        ("In der Türkei ermittelt die Staatanwaltschaft Medienberichten zufolge gegen den Chef der HDP.",
         "Medienberichten"),
        # row 502: the subject after the source is no part of it; an adjective before a plural is
        ("Dort versuchen nach Angaben von Sicherheitskräften Extremisten aus Libyen, Allianzen zu schmieden.",
         "Sicherheitskräften"),
        ("Politischen Beobachtern zufolge ist die Lage ernst.", "Politischen Beobachtern"),
    ],
)  # fmt: skip
def test_shares_of_people_and_frame_nouns_as_speakers(text, speaker):
    assert [row[2] for row in found(text)] == [speaker]


def test_an_infinitives_zu_is_no_particle_of_zugeben():
    # 10kGNAD rows 957, 3 and 1001: "zu" before an infinitive or another word is not the particle
    assert found("Und so gibt es nach den ersten Stunden nicht mehr viel Neues zu sehen.") == []
    assert found("Am Rande gibt es aber auch Sportliches von der Copa zu berichten.") == []
    assert found("Gleich darauf gab Stöger zu bedenken, die Zahl der Arbeitslosen sei hoch.")[0][1:3] == (
        "indirect", "Stöger")
    assert found("Der Minister gab zu, dass Fehler gemacht worden seien.")[0][1:3] == ("indirect", "Der Minister")


def test_speech_verbs_taking_a_thing_report_nothing():
    # 10kGNAD rows 647 and 1010: annehmen (accept) and erwarten (expect) with an object, no clause
    assert found("Sollten Asylsuchende Jobs annehmen dürfen, stiege die Arbeitslosigkeit leicht.") == []
    assert found("Im Laufe des Vormittags erwartete die Polizei dort noch weitere 2.300 Menschen.") == []
    assert found("Die Polizei erwartet, dass weitere Menschen kommen.")[0][1:3] == ("indirect", "Die Polizei")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "actor"),
    [
        ("„Die Lage ist ernst“, so Merz.", "„Die Lage ist ernst“", "Merz", "friedrich-merz"),
        ("Die Lage sei ernst, so der Kanzler weiter.", "Die Lage sei ernst", "der Kanzler", "friedrich-merz"),
        ("Laut Merz ist die Lage ernst.", "ist die Lage ernst", "Merz", "friedrich-merz"),
        ("Die Lage ist laut dpa ernst.", "Die Lage ist laut dpa ernst", "dpa", "dpa"),
        ("Medienberichten zufolge ist die Lage ernst.", "ist die Lage ernst", "Medienberichten", None),
        ("Nach Angaben von Merz ist die Lage ernst.", "ist die Lage ernst", "Merz", "friedrich-merz"),
        ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "wurden drei Menschen verletzt", "der Polizei",
         None),
    ],
)  # fmt: skip
def test_attribution_frames(text, quote, speaker, actor):
    assert found(text) == [(quote, "direct" if quote.startswith("„") else "indirect", speaker, actor)]


def test_frames_with_adjectives_postposed_and_pointing_back():
    assert found("Nach offiziellen Angaben sind in Paraguay 13.000 Menschen erkrankt.") == [
        ("sind in Paraguay 13.000 Menschen erkrankt", "indirect", "offiziellen Angaben", None)
    ]
    assert found("Nach ersten Angaben der Polizei wurden drei Menschen verletzt.") == [
        ("wurden drei Menschen verletzt", "indirect", "der Polizei", None)
    ]
    assert found("Merz kam spät. Seiner Meinung nach hätte die Aufsicht früher eingreifen müssen.") == [
        ("hätte die Aufsicht früher eingreifen müssen", "indirect", "Seiner", "friedrich-merz")
    ]
    assert found("Dem Vernehmen nach soll Merz bis zum Frühjahr bleiben.") == [
        ("soll Merz bis zum Frühjahr bleiben", "indirect", None, None)
    ]
    text = "Die Wahlkommission gab am Montag das Ergebnis bekannt. Demnach hat die Koalition gewonnen."
    assert found(text) == [("hat die Koalition gewonnen", "indirect", "Die Wahlkommission", None)]
    # a known actor's "Demnach" is written "Demnach", as a pronoun is, and names the actor
    text = "Wie die NATO am Montag mitteilte, sind Zivilisten getötet worden. Demnach waren es drei."
    assert found(text)[-1] == ("waren es drei", "indirect", "Demnach", "nato")
    # an attributive frame and a temporal "nach" report nothing
    assert found("Merz wandte sich gegen die seiner Meinung nach verbreiteten Illusionen.") == []
    assert found("Nach einer langen Sitzung einigten sich die Minister.") == []


def test_a_reporter_citing_a_source_is_the_speaker():
    assert found("Die Lage ist ernst, meldet die Nachrichtenagentur dpa unter Berufung auf Regierungskreise.") == [
        ("Die Lage ist ernst", "indirect", "die Nachrichtenagentur dpa", "dpa")
    ]
    assert found("Unter Berufung auf Regierungskreise berichtet die dpa, die Lage sei ernst.") == [
        ("die Lage sei ernst", "indirect", "die dpa", "dpa")
    ]


def test_sources_that_are_not_persons():
    assert found("Regierungskreise bestätigten, dass die Lage ernst sei.") == [
        ("dass die Lage ernst sei", "indirect", "Regierungskreise", None)
    ]
    text = "Wie aus Medienberichten hervorgeht, sei die Lage ernst. Das Ministerium erklärte, man prüfe das."
    assert found(text)[-1] == ("man prüfe das", "indirect", "Das Ministerium", None)


def test_roles_resolve_by_date():
    assert found("Der Kanzler sagte am Montag, die Lage sei ernst.")[0][2:] == ("Der Kanzler", "friedrich-merz")
    assert found("Der Kanzler sagte am Montag, die Lage sei ernst.", date="01.06.2024")[0][3] == "olaf-scholz"
    # "der Sprecher des Ministeriums" is someone's spokesman, not the gazetteer's holder of "Sprecher":
    # the one named in the apposition after it
    assert found("Der Sprecher des Ministeriums, Max Muster, sagte, die Lage sei ernst.")[0][2:] == (
        "Der Sprecher des Ministeriums", "max-muster",
    )  # fmt: skip
    # the head of state of New Zealand is the Queen named after it, not the German president
    assert found("Das Staatsoberhaupt Neuseelands, die britische Königin Elisabeth II., sagte, sie sei "
                 "erschüttert.")[0][3] != "frank-walter-steinmeier"  # fmt: skip


def test_a_name_before_an_apposition_with_an_adjective_speaks():
    # 10kGNAD row 834: the role with its adjective is Scherak's, and so is the "er" after it
    rows = found("Nikolaus Scherak, stellvertretender Klubchef der Neos, geht davon aus, dass vieles nicht so "
                 "kommen wird. Daher glaubt er auch nicht, dass man das schafft.")  # fmt: skip
    assert [row[3] for row in rows] == ["nikolaus-scherak", "nikolaus-scherak"]


def test_a_definite_noun_of_an_organisation_named_before_is_that_organisation():
    # fixture 03: "die Gewerkschaft" after "Gewerkschaft Deutscher Lokomotivführer (GDL)"
    a = load_article(FIXTURES / "tagesschau" / "03_bahnstreik_gdl.txt")
    q = quotes(a)
    union = q[q.speaker == "die Gewerkschaft"]
    assert union.actor.tolist() == ["gewerkschaft-deutscher-lokomotivfuehrer"]
    assert union.name.tolist() == ["Gewerkschaft Deutscher Lokomotivführer"]


def test_a_definite_statement_is_the_one_quoted_just_before():
    # fixture 05: "…, erklärte Oberländer schriftlich. … „…“, heißt es in der Stellungnahme."
    q = quotes(load_article(FIXTURES / "tagesschau" / "05_reinholt_bnd.txt"))
    assert q[q.speaker == "der Stellungnahme"].actor.tolist() == ["matthias-oberlaender"]
    # an indefinite one is a new document, nobody's yet
    rows = found("Merz sagte, die Lage sei ernst. In einem Vermerk heißt es, die Kosten seien hoch.")
    assert rows[-1][2:] == ("einem Vermerk", None)


def test_pronouns_resolve_to_the_most_recent_fitting_person():
    assert found("Merz reiste nach Paris. Dort sagte er, die Lage sei ernst.")[0][2:] == ("er", "friedrich-merz")
    assert found("Von der Leyen reiste nach Paris. Dort sagte sie, die Lage sei ernst.")[0][2:] == (
        "sie", "ursula-von-der-leyen",
    )  # fmt: skip
    # er: the man named last, not the woman named after him
    assert found("Merz traf von der Leyen in Paris. „Wir sind bereit“, sagte er.")[0][3] == "friedrich-merz"
    # 10kGNAD row 561: "er" and a man named by his last name only, whose gender no first name tells
    assert found("Graupner hält starken Zuspruch für möglich. Wichtiges erstes Ziel sei jedoch die "
                 "Durchführung einer Enquete, sagt er.")[0][2:] == ("er", "graupner")  # fmt: skip
    # but "sie" may be many: no unknown person for it
    assert found("Die Hotlines sind überlastet. Man warte oft eine Stunde, sagen sie.")[0][3] is None


def test_reported_speech_goes_on_in_the_subjunctive():
    assert found("Merz sagte, die Lage sei ernst. Man müsse jetzt handeln. Das Wetter war schön.") == [
        ("die Lage sei ernst", "indirect", "Merz", "friedrich-merz"),
        ("Man müsse jetzt handeln", "indirect", "Merz", "friedrich-merz"),  # müsse: still Merz speaking
    ]  # "Das Wetter war schön" is the journalist's


# --- analyses -----------------------------------------------------------------------------------


def test_counts_mentions_and_quoted_words(seed, seed_quotes):
    toks = tokens(seed)
    qt = quoted_tokens(toks, seed_quotes)
    words = qt[~qt.is_punct]
    # the five quotes in marks, words (tokens) counted by hand: 23 + 5 + 20 + 3 + 2
    assert int(words.is_quoted.sum()) == 53
    assert len(qt) == len(toks) and qt.is_quoted.dtype == bool
    counts = quote_counts(seed_quotes, words=True)
    assert counts.loc["Marco Rubio", "direct"] == 23
    voices = mentioned_and_quoted(mentions(seed, toks=toks), seed_quotes)
    assert voices.loc["friedrich-merz", ["mentions", "quotes", "verbatim", "indirect"]].tolist() == [3, 5, 3, 2]
    assert voices.loc["russland", "quotes"] == 0  # talked about, not talking
    table = quote_table(seed_quotes, seed)
    assert list(table.columns) == ["Sprecher", "Art", "Zitat", "Abschnitt"]
    assert table.iloc[1].tolist()[:2] == ["Marco Rubio", "direktes Zitat"]


def test_the_word_lists_are_data_and_extendable(tmp_path, seed):
    assert {"sagen", "betonen", "erklären", "an|kündigen", "melden"} <= set(speech_lexicon()["verbs"])
    assert {"laut", "nach Angaben", "unter Berufung auf"} <= set(speech_lexicon()["before"])
    extra = tmp_path / "meine.txt"
    extra.write_text("[verbs]\nsinnieren\n", encoding="utf-8")
    article = parse_article("Titel\nStand: 01.12.2025\nDie Lage sei ernst, sinnierte Merz.")
    # without the verb: reported speech by its Konjunktiv I, but nobody's
    assert quotes(article)[["cue", "actor"]].isna().all(axis=None)
    assert quotes(article, lexicon=extra).actor.tolist() == ["friedrich-merz"]


# --- real news: German Wikinews with gold quotes ------------------------------------------------


@pytest.fixture(scope="module")
def wikinews_docs():
    path = shared("quotes_wikinews_de", "train.jsonl")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_wikinews_gold_offsets_slice_the_article_text(wikinews_docs):
    # loaded without a title, Article.text is the gold text: no offset shift
    for i, d in enumerate(wikinews_docs):
        a = article_from_record(d["text"], id=f"w{i}")
        for g in d["quotes"]:
            for s, e in g["quote"] + g["speaker"]:
                assert a.text[s:e] == d["text"][s:e]
    assert article_from_record("x y", id="t", title="Titel").text.index("x y") == len("Titel") + 1  # the other way


def _gold_found(doc: dict, i: int) -> list[tuple[str, bool, bool]]:
    """Per gold Direct quote: (its text, found by overlap, speaker spans overlap)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnclosedQuoteWarning)
        q = quotes(article_from_record(doc["text"], id=f"w{i}"))
    q = q[q.kind.isin(["direct", "partial"])]
    out = []
    for g in doc["quotes"]:
        if g["type"] != "Direct":
            continue
        (s, e), = g["quote"]
        hit = q[(q.start < e) & (q.end > s)]
        speaker = any(
            not pd.isna(r.speaker_start) and r.speaker_start < ge and r.speaker_end > gs
            for r in hit.itertuples() for gs, ge in g["speaker"]
        )  # fmt: skip
        out.append((doc["text"][s:e], len(hit) == 1, speaker))
    return out


def test_wikinews_stoiber_quotes_in_reported_speech(wikinews_docs):
    # w52 "Edmund Stoiber wird kein Regierungsmitglied": three phrases in marks, all Stoiber's; the last
    # two stand in subjunctive sentences that go on reporting him ("Damit seien „…“", "Auch habe sich …")
    doc = wikinews_docs[52]
    assert doc["name"].startswith("15242 - Edmund Stoiber")
    assert _gold_found(doc, 52) == [
        ("„veränderten Lage“", True, True),
        ("„der Kurs und die Berechenbarkeit der SPD nicht mehr so klar“", True, True),
        ("„veränderte Statik“", True, True),
    ]


def test_wikinews_merkel_and_rumsfeld_on_iran(wikinews_docs):
    # w97: Merkel's quote after a colon (speaker "sie" = Merkel), Rumsfeld's phrase, Merkel's reply
    doc = wikinews_docs[97]
    assert _gold_found(doc, 97) == [
        ("„Ein Präsident, der das Existenzrecht Israels in Frage stellt und den Holocaust leugnet, kann nicht "
         "erwarten, dass Deutschland dafür auch nur die geringste Toleranz aufbringt.“", True, True),
        ("„führenden Förderer von Terrorismus“", True, True),
        ("„sehen, wie er dieses Gesetz ändern kann“", True, True),
    ]  # fmt: skip
    q = quotes(article_from_record(doc["text"], id="w97"))
    assert q.loc[q.text.str.startswith("„Ein Präsident"), "actor"].tolist() == ["angela-merkel"]


def test_wikinews_armstrong(wikinews_docs):
    # w0: two quotes in English; the first after "meldete sich mit den Worten:", the second an
    # "geflügeltes Wort" whose speaker the gold gives as "Die ersten Worte Armstrongs"; „Eagle“ (a name)
    # and „geflügeltes Wort“ (a scare quote) are no quotes
    doc = wikinews_docs[0]
    result = _gold_found(doc, 0)
    assert [(t[:20], hit) for t, hit, _ in result] == [("„Houston, Tranquilli", True), ("„That's one small st", True)]
    q = quotes(article_from_record(doc["text"], id="w0"))
    assert not q.text.isin(["„Eagle“", "„geflügeltes Wort“"]).any()


# --- tagesschau-style fixtures with hand gold: speakers that can speak, other senses, refusals --------

TAGESSCHAU = FIXTURES / "tagesschau"


def _fixture(number: str) -> tuple[pd.DataFrame, dict]:
    (path,) = TAGESSCHAU.glob(f"{number}_*.txt")
    gold = json.loads(path.with_name(path.name.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")  # gold offsets are offsets into Article.text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnclosedQuoteWarning)
        return quotes(article), gold


def test_the_medium_told_is_not_the_speaker_and_a_former_chancellor_is_named():
    q, _ = _fixture("04")
    brakelmann = q[q.text.str.startswith('"In vielen Orten')]
    # „…“, sagte der CDU-Politiker der Deutschen Presse-Agentur: dpa is the addressee
    assert brakelmann.speaker.tolist() == ["der CDU-Politiker"]
    # … and the CDU-Politiker is the one named before: Henning Brakelmann, not the party of the compound
    assert brakelmann[["actor", "name"]].values.tolist() == [["henning-brakelmann", "Henning Brakelmann"]]
    # „meinte der frühere Bundeskanzler Gerhard Schröder“: Schröder, not today's chancellor
    schroeder = q[q.text.str.startswith("Er erinnere sich")]
    assert schroeder[["actor", "name"]].values.tolist() == [["gerhard-schroeder", "Gerhard Schröder"]]
    assert "friedrich-merz" not in set(q.actor.dropna())


def test_a_place_that_only_says_where_the_speaker_is_from_is_not_the_speaker():
    # the police chief speaks, not the district; the chamber, not the town after "von" (no person
    # "von Thessaloniki"); but "der Präsident der Ukraine" is the Ukraine's president, Selenskyj
    assert [r[2:] for r in found("Der Mann sei gestorben, sagte die Polizeichefin des Bezirks Sirmaur.")] == [
        ("die Polizeichefin des Bezirks Sirmaur", None)]
    chamber = found("Die Exporte seien gesunken, sagte ein Sprecher der Handelskammer von Thessaloniki.")
    assert [r[2:] for r in chamber] == [("ein Sprecher der Handelskammer von Thessaloniki", "handelskammer")]
    assert [r[2:] for r in found("Die Lage sei ernst, sagte der Präsident der Ukraine.")] == [
        ("der Präsident der Ukraine", "wolodymyr-selenskyj")]


def test_a_spokesman_of_a_person_is_not_that_person():
    # "Friedrich Merz' Sprecher" speaks for Merz but is not Merz (a new user's corpus had Merz quoted
    # six times, four of them himself); "Spectors Verteidiger Bruce Cutler" is Cutler
    assert [r[2:] for r in found("Friedrich Merz' Sprecher erklärte, der Bund werde sich beteiligen.")] == [
        ("Friedrich Merz' Sprecher", None)]
    lawyer = found("Spectors Verteidiger Bruce Cutler sagte, die Anklage sei haltlos.")
    assert [r[2:] for r in lawyer] == [("Spectors Verteidiger Bruce Cutler", "bruce-cutler")]


@pytest.mark.parametrize("number", ["05", "06", "07"])
def test_refusals_and_other_senses_of_speech_verbs_are_no_quotes(number):
    # gold not_quotes: refusals (wollte sich dazu nicht äußern), melden = register, schätzen = estimate,
    # zustimmen = approve, and speech-act verbs without content (bestätigte die Durchsuchungen)
    q, gold = _fixture(number)
    kept = [n for n in gold["not_quotes"] if n["why"].startswith(("refusal", "verb sense", "speech-act verb"))]
    assert kept
    for n in kept:
        # the verb in the span cues nothing (the span may still be part of what another cue reports:
        # in 06 the lead sentence with "vorab zu melden" is what "Das kündigte … Wendt an" reports)
        cued = q[(q.cue_start < n["end"]) & (q.cue_end > n["start"])]
        assert cued.empty, (n["text"], cued.text.tolist())


@pytest.mark.parametrize("number", ["03", "04", "05", "06", "07", "08"])
def test_every_speaker_can_speak(number):
    # no object noun, no place in the genitive: das Tempo, keine Namen, Belarus, die Messungen
    q, _ = _fixture(number)
    assert not q.speaker.isin(["das Tempo", "keine Namen", "Belarus", "die Messungen", "Zulagen"]).any()


def test_one_voice_per_span():
    # a span is either in quotation marks or reported speech, never both
    rows = found("Nur so viel: „Wir sind nicht naiv“, sagte Rubio.")
    assert [(t, k, s) for t, k, s, _ in rows] == [("„Wir sind nicht naiv“", "direct", "Rubio")]
    # reported speech that holds a direct quote ends before it
    rows = found("Er warnte, die Lage werde schlimmer, wenn nichts geschehe: „Jetzt kommt der Monsun.“")
    assert [(t, k) for t, k, _, _ in rows] == [
        ("die Lage werde schlimmer, wenn nichts geschehe", "indirect"), ("„Jetzt kommt der Monsun.“", "direct")
    ]


def test_cue_offsets_cover_every_part_of_a_separable_verb():
    article = parse_article("Titel\nStand: 01.12.2025\nDie Polizei teilte am Abend mit, die Straße sei wieder frei.")
    (row,) = quotes(article).itertuples()
    text = article.text
    assert row.cue == "teilte mit"
    assert text[row.cue_start : row.cue_end] == "teilte"
    assert text[row.cue_particle_start : row.cue_particle_end] == "mit"
    plain = quotes(parse_article("Titel\nStand: 01.12.2025\nMerz sagte, die Lage sei ernst."))
    assert plain.cue_particle_start.isna().all() and plain.cue_particle_end.isna().all()


def test_interview_answers_are_the_interviewees_words():
    # 01: questions labelled "tagesschau.de:", answers unmarked; the lead names the economist
    q, gold = _fixture("01")
    answers = q[q.kind == "interview"]
    wanted = [(g["start"], g["end"]) for g in gold["quotes"] if g["kind"] == "interview"]
    assert list(zip(answers.start, answers.end, strict=True)) == wanted
    assert set(answers.actor) == {"maren-hollstein"} and set(answers.name) == {"Maren Hollstein"}
    assert set(answers.speaker_from) == {"interview"}
    # a quote inside an answer is still the quoted person's
    beton = q[q.text.str.contains("Beton wird nicht") & (q.kind == "direct")]
    assert beton.actor.tolist() == ["tobias-wendland"]
    # no reported speech made up from the answers' "ich halte", "sehe ich"
    assert q[(q.kind == "indirect")].empty


def test_labelled_interview_answers_and_their_labels():
    # 02: "Paulsen: …" asks, "Melnyk: …" answers; no label is a quote, a question label no mention
    q, gold = _fixture("02")
    answers = q[q.kind == "interview"]
    assert len(answers) == sum(g["kind"] == "interview" for g in gold["quotes"])
    assert set(answers.actor) == {"wadym-melnyk"} and set(answers.speaker) == {"Melnyk"}
    assert not q.text.str.startswith(("Melnyk:", "Paulsen:")).any()
    article = load_article(next(TAGESSCHAU.glob("02_*.txt")))
    m = mentions(article)
    turns = interview_turns(article)
    labels = [(r.label_start, r.label_end) for r in turns[turns.role == "question"].itertuples()]
    assert len(labels) == 5
    assert not any(s <= ms < e for s, e in labels for ms in m.start)


@pytest.mark.parametrize("number", ["01", "02", "03", "04", "06", "07", "08"])
def test_headline_and_heading_quotes_have_the_speaker_of_the_same_words(number):
    # „Wir lassen uns nicht erpressen“ in the headline is Kottke's, who says it in the body
    q, gold = _fixture(number)
    pinned = [g for g in gold["quotes"] if g["where"] in ("title", "heading")]
    assert pinned
    for g in pinned:
        hit = q[(q.start < g["end"]) & (q.end > g["start"])]
        assert hit.actor.tolist() == [g["speaker_key"]], (g["text"], hit[["actor", "speaker_from"]].values.tolist())
        assert hit.speaker_from.iloc[0] in ("body", "interviewee")
        assert hit.speaker.isna().all()  # no words of the headline name the speaker


def test_a_spokesperson_speaks_for_the_organisation_named_before():
    q, _ = _fixture("04")
    said = q[q.text.str.startswith("Über die Verteilung der Mittel")]
    assert said[["speaker", "actor"]].values.tolist() == [["eine Sprecherin", "bundesumweltministerium"]]
    q, _ = _fixture("05")
    said = q[q.text.str.startswith("man habe die Hinweise")]
    assert said.actor.tolist() == ["bundeswirtschaftsministerium"]


def test_named_speakers_on_the_tagesschau_fixtures():
    # every hand-annotated quote of the eight fixtures: found, and given to the actor the gold names
    found = right = total = 0
    for path in sorted(TAGESSCHAU.glob("*.txt")):
        q, gold = _fixture(path.name[:2])
        for g in gold["quotes"]:
            total += 1
            hit = q[(q.start < g["end"]) & (q.end > g["start"])]
            same = hit[(hit.kind == "interview") == (g["kind"] == "interview")]
            hit = same if len(same) else hit
            found += len(hit) > 0
            right += len(hit) > 0 and hit.actor.iloc[0] == g["speaker_key"]
    # measured at 87 found and 82 right of 90 (3 December 2026, after the round's rules; 86 and 78
    # before, 85 and 75 before that); a rule that loses any fails here
    assert total == 90 and found >= 87 and right >= 82, (found, right)


def test_numbers_and_times_do_not_speak():
    # 10kGNAD: "Sieben Jahre nach dem Hurrikan meldete sich der Staat Louisiana" gave the years a voice
    rows = found("Das Geld hatte er nicht. Sieben Jahre nach dem Hurrikan meldete sich der Staat Louisiana. "
                 "Joseph brauche nun doch nichts zurückzuzahlen.")  # fmt: skip
    assert all(speaker != "Sieben Jahre" for _, _, speaker, _ in rows)


def test_a_role_set_off_after_a_name_is_that_person():
    # from Wikinews w476: the actor is the person named before the apposition, not the gazetteer's
    # holder of the role (or nobody); the speaker is the name, as for "Frank Bsirske, Chef von
    # ver.di, würdigte" (the apposition may hold a place: "im Schweriner Landtag"; the gold's speaker
    # is the whole phrase)
    text = ("Die Kommission genehmigte die Kartoffel. Fritz Tack, Agrarexperte der Linksfraktion im Schweriner "
            "Landtag, kritisierte, die EU-Kommission habe sich den Interessen von BASF untergeordnet.")  # fmt: skip
    assert found(text)[-1][1:] == ("indirect", "Fritz Tack", "fritz-tack")


def test_an_apposition_after_a_quote_is_no_inverted_cue():
    # from 10kGNAD row 142: "eine" after a name in quotation marks and a comma opens an apposition;
    # it was taken for the verb of an inverted cue, with "Initiative der TU Wien" as the speaker
    text = "„Verein zur Erforschung komplexer Systeme“, eine Initiative der TU Wien, wurde gegründet."
    assert [row[2] for row in found(text)] == [None]
    assert found("„Wir sind bereit“, zeigte sich Trainer Rajevac zufrieden.")[0][2] == "Trainer Rajevac"


def test_an_organisation_that_speaks_is_no_title():
    # the head of "die SPD-Fraktion", "die EU-Kommission", "die Partei" ends like a word of the
    # lexicon's [names] (Aktion, Mission, Partei): their quotes were dropped as the title of a work
    for text, speaker in (
        ("„Wir lehnen das ab“, so die SPD-Fraktion.", "die SPD-Fraktion"),
        ("Die EU-Kommission erklärte: „Wir sind bereit.“", "Die EU-Kommission"),
        ("„Wir sind bereit“, teilte der Verband mit.", "der Verband"),
        ("Die Gruppe erklärte: „Wir sind bereit.“", "Die Gruppe"),
    ):
        assert [(kind, who) for _, kind, who, _ in found(text)] == [("direct", speaker)], text
    # a title stays one: "so lautet der Titel einer Studie"
    assert found("„Gewalt gegen Kinder“, so lautet der Titel einer neuen Studie.") == []


def test_a_phrase_in_small_letters_is_no_name():
    # from Wikinews w451: "„zur Kenntnis“" in reported speech is the party's words, not a name
    text = ("In einer Erklärung erklärte die SPD-Landtagsfraktion zum Rücktritt, die Fraktion nehme die "
            "Entscheidung „zur Kenntnis“.")
    assert ("„zur Kenntnis“", "partial", "die SPD-Landtagsfraktion") in [row[:3] for row in found(text)]


def test_the_name_after_an_organisation_noun_is_no_quote():
    # from Wikinews dev documents: "Die Firma „con energy ag“", "des Stamms „al-Abdullah bin Dahha“",
    # "vom Bakterium „Klebsiella pneumoniae“" were partial quotes of whoever spoke nearby
    for text in ("Die Firma „con energy ag“ beteiligt sich an der Spirit AG.",
                 "Die Entführer gehören zum Stamm „al-Abdullah bin Dahha“, sagte der Gouverneur.",
                 "Eine Bedrohung gehe vom Bakterium „Klebsiella pneumoniae“ aus, sagte die Forscherin."):  # fmt: skip
        assert [row[0] for row in found(text) if row[1] == "partial"] == [], text
    # a predicate in quotation marks after such a noun is still someone's words, and a verb between
    # noun and quote ends the noun phrase (Wikinews w410)
    assert ("„werde weiter wachsen“", "partial", "Der Chef") in [
        row[:3] for row in found("Der Chef sagte, das Unternehmen „werde weiter wachsen“.")
    ]
    text = ("Einspareffekte für das Unternehmen sollen „durch mehr Effizienz“ erreicht werden, so heißt es in "
            "einer Erklärung des Betriebsrats.")  # fmt: skip
    assert ("„durch mehr Effizienz“", "partial") in [row[:2] for row in found(text)]


def test_the_sentence_after_a_quote_names_its_speaker():
    # "Das sagte" was read as "das gesagte …", a participle before a noun, when a role and a name
    # followed; "sagte" is a past form only ("Das erklärte Ziel" stays an adjective's participle)
    text = "„Wir brauchen mehr Geld.“ Das sagte Bürgermeisterin Anna Berg am Montag in Leipzig."
    assert found(text) == [("„Wir brauchen mehr Geld.“", "direct", "Bürgermeisterin Anna Berg", "anna-berg")]
    assert found("Die angekündigte Reform kommt. Das erklärte Ziel ist klar.") == []


def test_a_quoted_name_attached_to_a_name_is_no_quote():
    # Wikinews dev w363: "Moritz Wohlrab von der „Aktion Deutschland hilft“" was a partial quote of
    # Wohlrab's; a phrase after "sprach von der" stays the speaker's words
    text = "Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, die Hilfe komme an."
    assert [row[1] for row in found(text)] == ["indirect"]
    text = "Der Minister sprach von der „größten Krise seit Jahrzehnten“."
    assert found(text) == [("„größten Krise seit Jahrzehnten“", "partial", "Der Minister", None)]


def test_the_agent_of_a_participle_in_quotation_marks_is_a_name():
    # Wikinews dev w17: "die von „Infratest dimap“ erstellten Hochrechnungen" was a partial quote
    text = "Die von „Infratest dimap“ erstellten Hochrechnungen sahen die SPD vorn, sagte er."
    assert [row[1] for row in found(text)] == ["indirect"]
    assert found("Er sprach von „massiven Problemen“ bei der Wahl.")[0][:2] == ("„massiven Problemen“", "partial")


def test_er_is_not_named_by_an_organisation():
    # with no man named before, "er" took the name of the subject nearby, here a party
    article = parse_article("Wahl in Berlin\nStand: 01.12.2025\nDie Hochrechnungen sahen die SPD vorn, sagte er.")
    q = quotes(article)
    assert q[["speaker", "name"]].values.tolist() == [["er", "er"]]


def test_a_law_or_an_institution_after_an_indefinite_article_is_a_name():
    # Wikinews dev w263 and w420: "ein „Gesetz zur Änderung des Passgesetzes“", "ein neues
    # „Kompetenzzentrum für Elektroantriebe“" were partial quotes; "einer „Gefahr für Leib und Leben“" is one
    text = "Die taz berichtete über den Entwurf für ein „Gesetz zur Änderung des Passgesetzes“."
    assert [row[1] for row in found(text) if row[1] == "partial"] == []
    text = "Ein Manager ließ durchblicken, dass ein neues „Kompetenzzentrum für Elektroantriebe“ entstehen solle."
    assert [row[1] for row in found(text) if row[1] == "partial"] == []
    text = "Das Gericht sieht nur bei einer „Gefahr für Leib und Leben“ einen Grund, sagte der Richter."
    assert "„Gefahr für Leib und Leben“" in [row[0] for row in found(text)]


def test_a_phrase_with_an_unknown_word_after_an_indefinite_article_is_someones_words():
    # Wikinews dev w263: "die Einrichtung einer „zentralisierte[n] Referenzdatei“" ("Referenzdatei" is
    # no word of the dictionary, so the phrase was taken for a name); "Aktien von „Ener1“" stays a name
    text = ("Er bezeichnete die Pläne als „Wortbruch“. Bisher habe die Bundesregierung die Einrichtung einer "
            "„zentralisierte[n] Referenzdatei“ ausgeschlossen.")  # fmt: skip
    assert ("„zentralisierte[n] Referenzdatei“", "partial") in [row[:2] for row in found(text)]
    assert found("Er kaufte Aktien von „Ener1“ im Januar.") == []


def test_some_people_opening_a_sentence_speak():
    # 10kGNAD rows 518, 187, 1004: "Viele werfen der Partei vor" gave the party (the dative after
    # the verb) or nobody; "wie manche behaupteten" inside reported speech stays no subject
    text = "Ist das als Kritik gemeint? Viele werfen der Partei vor, die Basis vernachlässigt zu haben."
    assert found(text)[0][1:3] == ("indirect", "Viele")
    assert found("Viele glauben, sie seien im Ausland versichert.")[0][2] == "Viele"


def test_whose_view_a_colon_announces():
    # "Für X ist klar:" names whose words follow; the clause has no subject that speaks
    assert found("Für Anna Berg ist klar: „Die Stadt schafft das.“")[0][2:] == ("Anna Berg", "anna-berg")
    assert found("Für die Ministerin steht fest: „Die Stadt schafft das.“")[0][2] == "die Ministerin"


def test_people_named_by_age_or_as_man_and_woman_speak():
    # 10kGNAD: "sagte der 38-Jährige", "kündigte der 28-Jährige Deutsche an", "Die 39-Jährige
    # schimpfte" had no speaker (the number compound was read as a number before a missing noun),
    # nor "Am Montag sagte der Mann" (a noun no list knew, read as the verb's object)
    for text, speaker in (
        ("Der 45-Jährige sagte vor Gericht aus, er habe nichts gewusst.", "Der 45-Jährige"),
        ("„Es war ein Albtraum“, sagt die 34-Jährige.", "die 34-Jährige"),
        ("„Ich habe nichts gesehen“, sagte die Zwölfjährige.", "die Zwölfjährige"),
        ("Am Montag sagte der Mann, er habe nichts gesehen.", "der Mann"),
        ("„Es war furchtbar“, erzählt die Frau, deren Haus zerstört wurde.", "die Frau"),
    ):
        assert [row[2] for row in found(text)] == [speaker], text


def test_appositions_and_bodies_that_speak():
    # an apposition with a place names its person ("Landrat in Passau"); the Städtetag speaks; the
    # news agency after "bestätigte" is told, "Seine Frau" speaks (10kGNAD row 714)
    assert found("Hans Huber (CDU), Landrat in Passau, sagte: „Wir haben alles versucht.“")[0][2:] == (
        "Hans Huber (CDU)", "hans-huber")
    assert found("„Man muss jetzt handeln“, fordert auch der Deutsche Städtetag.")[0][2] == "der Deutsche Städtetag"
    text = "Seine Frau bestätigte der Nachrichtenagentur AFP, der Politiker sei aus dem Gefängnis entlassen worden."
    assert found(text)[0][1:3] == ("indirect", "Seine Frau")


def test_konjunktiv_of_verbs_in_eln_and_a_one_word_sentence_after_a_colon():
    # "handle" is the Konjunktiv I of "handeln" ("Es handle sich um …": 10kGNAD had a dozen such
    # reports with no speaker); "urteilte: „Mangelhaft.“" is a verdict, not a name ("kurz: „Fed“" is one)
    text = "Die Deutsche Umwelthilfe kritisierte, die Regierung handle zu langsam."
    assert found(text)[0][:3] == ("die Regierung handle zu langsam", "indirect", "Die Deutsche Umwelthilfe")
    assert [row[1:3] for row in found("Die Stiftung Warentest urteilte: „Mangelhaft.“")] == [
        ("direct", "Die Stiftung Warentest")
    ]
    assert found("Die Notenbank der USA (kurz: „Fed“) hob den Leitzins an.") == []


def test_a_pronoun_after_an_unnamed_witness_is_the_witness():
    # from a new user's court report (names invented): the witness's "Er erklärte" went to the
    # defendant named three sentences before; an indefinite subject brings in a new person
    text = (
        "Prozess in Düsseldorf Früherer Minister weist Vorwürfe zurück\nStand: 14.11.2025 16:40 Uhr\n"
        "Vor dem Landgericht hat der Prozess gegen den früheren Innenminister Otto Beispiel begonnen. "
        "„Man hat sich früh auf meinen Mandanten festgelegt“, sagte sein Verteidiger Michael Rautenberg.\n"
        "Als erster Zeuge sagte ein früherer Abteilungsleiter des Ministeriums aus. Er erklärte, der Minister habe "
        "sich ungewöhnlich oft nach dem Verfahren erkundigt."
    )
    q = quotes(parse_article(text))
    said = dict(zip(q["text"], q["name"], strict=True))
    assert said["der Minister habe sich ungewöhnlich oft nach dem Verfahren erkundigt"] == (
        "ein früherer Abteilungsleiter des Ministeriums")


def test_a_partial_quote_inside_reported_speech_is_its_speakers():
    # from a new user's article: "verteidigen" stands inside what the minister said, so
    # "die Souveränität der griechischen Inseln" was the partial quote's speaker
    text = ("Ägäis Athen protestiert\nStand: 21.11.2025 10:00 Uhr\nMan werde die Souveränität der griechischen "
            "Inseln „mit allen diplomatischen Mitteln“ verteidigen, sagte Außenminister Nikos Andreadis in Athen.")
    q = quotes(parse_article(text))
    assert q[["kind", "name"]].values.tolist() == [["indirect", "Nikos Andreadis"], ["partial", "Nikos Andreadis"]]


def test_an_aid_agency_or_a_chamber_speaks():
    # from a new user's article: the UN refugee agency's warning was missed (no noun of it could speak)
    text = ("Ägäis Spannungen\nStand: 21.11.2025 10:00 Uhr\nAuch die Flüchtlingshilfe auf Lesbos könnte unter den "
            "Spannungen leiden, warnte das Flüchtlingshilfswerk der Vereinten Nationen (UNHCR). Die Lage in den "
            "Kliniken sei ernst, teilte die Ärztekammer mit.")
    q = quotes(parse_article(text))
    assert q["speaker"].tolist() == ["das Flüchtlingshilfswerk der Vereinten Nationen (UNHCR)", "die Ärztekammer"]


def test_a_new_users_articles_heat_study_eu_summit_car_plant():
    # reported speech does not go on across a heading: the sentence after it is the subject's before it
    text = ("Ein Sprecher des Ministeriums sagte, man prüfe die Ergebnisse.\nPflegeheime als Schwachstelle\n"
            "Besonders kritisch sehen die Forscherinnen die Lage. Dort fehle es an Personal.")  # fmt: skip
    assert found(text)[-1][:3] == ("Dort fehle es an Personal", "indirect", "die Forscherinnen")
    # examples after a comma are no reported clause; "etwa" before a real one is
    assert found("Die Studienleiterin fordert Vorgaben für Heime, etwa kühle Aufenthaltsräume.") == []
    assert found("Der Chef sagte, etwa die Hälfte der Stellen müsse wegfallen.")[0][2] == "Der Chef"
    # a first part sharing its noun belongs to the source; the Staatskanzlei can be one
    assert found("Nach Angaben der Industrie- und Handelskammer (IHK) Chemnitz hängen 12.000 Jobs an dem Werk.")[0][
        2] == "der Industrie- und Handelskammer (IHK)"  # fmt: skip
    assert found("Auch der Ministerpräsident sei eingebunden, hieß es aus der Staatskanzlei.")[0][2] == (
        "der Staatskanzlei")
    # places joined after a preposition are no subject that speaks
    text = "Prorussische Kanäle verbreiteten in Transnistrien und Gagausien die Behauptung, die EU lasse alle im Stich."
    assert found(text)[0][2] != "Gagausien"


def test_the_company_a_company_noun_refers_to():
    # a new user's car plant article: "das Unternehmen" is the company that opens the sentence before
    # with a legal form, not one named in a phrase (10kGNAD 32: "teilte der Konzern mit" after
    # "… der Leipnik-Lundenburger Invest Beteiligungs AG" inside the sentence is Novomatic's)
    text = ("Die Volkswagen Sachsen GmbH hat Pläne für einen Stellenabbau vorgestellt. Wie das Unternehmen "
            "mitteilte, soll die Produktion reduziert werden.")  # fmt: skip
    assert found(text)[0][2:] == ("das Unternehmen", "volkswagen-sachsen-gmbh")


def test_a_relative_clause_hangs_on_the_noun_before_its_place():
    # a second new user's commentary: "Fatma Yıldız aus Gelsenkirchen, die …, hat es mir so beschrieben:"
    # is the nurse's, not Gelsenkirchen's
    text = ("Die Krankenpflegerin Fatma Yıldız aus Gelsenkirchen, die jeden Tag nach Essen fährt, hat es mir so "
            "beschrieben: „Ich habe mein Auto abgeschafft.“")  # fmt: skip
    assert found(text)[0][3] == "fatma-yildiz"


def test_a_heading_quote_labelled_with_a_role_takes_the_body_speaker():
    # a second new user's fire report: the heading's "Bewohnerin:" names no one; the body says the same
    # words with the resident's name
    text = ("Anwohner berichten\nDie Feuerwehr rückte aus.\nBewohnerin: „Es ging alles so schnell“\n"
            "„Es ging alles so schnell, wir hatten nur Zeit“, sagte Agnieszka Nowak.")  # fmt: skip
    heading = [r for r in found(text) if r[0] == "„Es ging alles so schnell“"]
    assert heading and heading[0][3] == "agnieszka-nowak"

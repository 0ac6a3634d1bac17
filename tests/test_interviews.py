"""Interviews: turns, labels and the interviewee, in the forms news sites print them."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, shared

from helpers.actors import mentions
from helpers.articles import article_from_record, load_article, load_corpus, parse_article
from helpers.interviews import interview_turns, interviewee
from helpers.quotes import quotes

TAGESSCHAU = FIXTURES / "tagesschau"


def test_outlet_labelled_questions_and_unmarked_answers():
    a = load_article(TAGESSCHAU / "01_interview_konjunktur.txt")
    t = interview_turns(a)
    assert t["role"].tolist() == ["question", "answer"] * 6
    assert set(t["label"].dropna()) == {"tagesschau.de"}
    for row in t[t["role"] == "question"].itertuples():
        assert a.text[row.label_start : row.label_end] == "tagesschau.de:"
        assert a.text[row.start : row.end].endswith("?")
    answers = t[t["role"] == "answer"]
    assert a.text[answers["start"].iloc[0] : answers["end"].iloc[0]].startswith("Nicht wirklich.")
    assert interviewee(a, t) == "Hollstein"  # "Frau Hollstein," in the first question


def test_both_sides_labelled_by_name():
    a = load_article(TAGESSCHAU / "02_interview_archive.txt")
    t = interview_turns(a)
    assert t["role"].tolist() == ["question", "answer"] * 5
    assert t["label"].tolist() == ["Paulsen", "Melnyk"] * 5
    first = t.iloc[1]
    assert a.text[first["label_start"] : first["label_end"]] == "Melnyk:"
    assert a.text[first["start"] : first["end"]].startswith("Ein Bezirksarchiv")
    assert interviewee(a, t) == "Melnyk"


def test_a_turn_ends_where_the_next_label_begins_in_one_line():
    a = article_from_record(
        "Der Minister im Interview. STANDARD: Wie geht es weiter? Poposki: Wir koordinieren uns. "
        "STANDARD: Mit wem? Poposki: Mit den Partnern.",
        id="one-line",
    )
    t = interview_turns(a)
    assert [a.text[s:e] for s, e in zip(t["start"], t["end"], strict=True)] == [
        "Wie geht es weiter?", "Wir koordinieren uns.", "Mit wem?", "Mit den Partnern."
    ]  # fmt: skip
    assert interviewee(a, t) == "Poposki"


@pytest.mark.parametrize(
    "text",
    [
        "Titel\nVorspann.\nDIE FRAU: Wo warst du?\nDER MANN: Im Büro.\nDIE FRAU: So spät?\nDER MANN: Ja.",
        "Titel\nVorspann. Session: Rot in Kurve drei. Weiter: Vettel vorn. Session: Gelb. Weiter: Boxenstopp.",
        "Titel\nVorspann.\nDas 2:3 fiel in der 76. Minute: Tiffert traf. In der 81. Minute: Rolfes traf.",
    ],
    ids=["dialogue of roles", "live ticker", "match report"],
)
def test_labels_that_name_no_one_are_no_interview(text):
    assert interview_turns(parse_article(text)).empty


def test_questions_and_answers_without_anyone_interviewed_are_an_explainer():
    a = article_from_record(
        "Einige Fragen und Antworten. Frage: Was gilt jetzt? Antwort: Die Regel gilt ab Mai. "
        "Frage: Und dann? Antwort: Dann wird geprüft.",
        id="faq",
    )
    assert len(interview_turns(a)) == 4 and interviewee(a) is None


def test_articles_that_are_no_interview(seed):
    assert interview_turns(seed).empty
    for path in sorted(TAGESSCHAU.glob("0[3-8]_*.txt")):
        assert interview_turns(load_article(path)).empty, path.name


def test_the_interviews_of_10kgnad_and_wikinews():
    gnad = load_corpus(shared("10kgnad", "articles.csv"), category="label", sep=";", quotechar="'", header=False,
                       columns=["label", "text"])  # fmt: skip
    t = interview_turns(gnad)
    found = {a.id: interviewee(a, t) for a in gnad if a.id in set(t["article"])}
    # 26 interviews of the paper's with "STANDARD:" questions (read one by one), the Google car project
    # lead's with "Frage:"/"Antwort:", and two of the paper's own explainers in that form (no one answers)
    assert len(found) == 29
    assert sum(1 for who in found.values() if who is None) == 2
    assert found["articles-30"] == "Poposki" and found["articles-870"] == "Urmson"
    # the first answer label gives the full name, the later ones the last name ("Laurenz Ennser-Jedenastik:")
    assert found["articles-963"] == "Laurenz Ennser-Jedenastik" and found["articles-750"] == "Hofer"
    docs = [json.loads(line) for line in shared("quotes_wikinews_de", "train.jsonl").open(encoding="utf-8")]
    wikinews = [article_from_record(d["text"], id=f"w{i}") for i, d in enumerate(docs)]
    assert set(interview_turns(wikinews)["article"]) == {"w604"}  # "Nordkorea: Experten im Interview"


def test_a_first_answer_label_with_the_full_name_and_labels_are_no_mentions():
    # a new user's interview: the first answer is labelled with the full name, the others with the last
    # name; every answer is an interview turn, and no label counts as a mention of the interviewee
    a = parse_article(
        "Interview „Wir bauen an den falschen Orten“\nStand: 03.12.2026 14:10 Uhr\n"
        "Die Immobilienökonomin Katharina Wendtland erklärt, warum Wohnungen fehlen.\n"
        "tagesschau.de: Frau Wendtland, hat Sie das überrascht?\nKatharina Wendtland: Nein, überhaupt nicht.\n"
        "tagesschau.de: Woran liegt das?\nWendtland: An den Kosten.\ntagesschau.de: Und nun?\n"
        "Wendtland: Der Vorstandschef von Vonovia, Henrik Vossberg, hat vor Kurzem erklärt, mit einfacheren "
        "Normen ließen sich die Kosten senken. Das halte ich für optimistisch.")  # fmt: skip
    t = interview_turns(a)
    assert t.loc[t["role"] == "answer", "label"].tolist() == ["Katharina Wendtland", "Wendtland", "Wendtland"]
    m = mentions(a, progress=False)
    assert m.loc[m["actor"] == "katharina-wendtland", "surface"].tolist() == ["Katharina Wendtland", "Wendtland"]
    q = quotes(a, mentions=m)
    assert (q["kind"] == "interview").sum() == 3 and set(q.loc[q["kind"] == "interview", "actor"]) == {
        "katharina-wendtland"}
    # reported speech inside an answer is its speaker's, found past the apposition of a perfect tense
    reported = q[q["kind"] == "indirect"]
    assert reported["actor"].tolist()[-1] == "henrik-vossberg"

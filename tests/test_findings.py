"""The generated summaries at the top of the notebooks: computed from the tables, ties told as ties."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import FIXTURES

from helpers import findings
from helpers.actors import discover, gazetteer, mention_counts, mentions
from helpers.articles import load_corpus, parse_article
from helpers.quotes import quotes
from helpers.sections import sections, summary, topic_flow, with_annotations
from helpers.terms import collocations, keyness, term_frequencies
from helpers.tokens import tokens


@pytest.fixture(scope="module")
def tables(seed):
    toks = tokens(seed)
    m = mentions(seed, toks=toks)
    return toks, m, quotes(seed, toks=toks, mentions=m)


def test_ranking_names_every_tie_at_the_cut_or_counts_them():
    counts = pd.Series({"Gespräch": 8, "Ukraine": 7, "USA": 5, "Miami": 5, "Rubio": 5})
    assert findings.ranking(counts) == "Gespräch (8), Ukraine (7), Miami, Rubio und USA (je 5)"
    many = pd.Series({"Gespräch": 8, **{f"Wort{i}": 2 for i in range(26)}})
    assert findings.ranking(many) == "Gespräch (8) und 26 weitere mit je 2"
    assert findings.ranking(pd.Series({"a": 0})) == ""


def test_actor_findings_are_the_counts_of_the_tables(seed, tables):
    m = tables[1]
    text = findings.actors_findings(m)
    top = mention_counts(m)["total"].head(3)
    assert text.startswith("Am häufigsten genannt: " + ", ".join(f"{n} ({c})" for n, c in top.items()) + ".")
    assert text.startswith("Am häufigsten genannt: USA (13), Ukraine (12), Russland (9).")
    assert f"{m['actor'].nunique()} Akteure: 8 Personen, 6 Staaten" in text
    assert "Im Titel: Marco Rubio, Miami und Ukraine." in text


def test_actor_findings_name_the_recognised_people_the_gazetteer_lacks(seed, tables):
    toks, _, _ = tables
    lacking = gazetteer().query("id != 'kirill-dmitrijew'")
    m = mentions(seed, gazetteer=lacking, toks=toks)
    text = findings.actors_findings(m, discover(seed, gazetteer=lacking, toks=toks, mentions_=m))
    assert "Der Entitäten-Erkenner hat 1 Person oder Organisation gefunden, die der Gazetteer nicht kennt: " in text
    assert "Kirill Dmitrijew (" in text
    complete = findings.actors_findings(tables[1], discover(seed, toks=toks, mentions_=tables[1]))
    assert "keine Person und keine Organisation gefunden, die der Gazetteer nicht kennt" in complete


def test_quote_findings_say_who_speaks_and_who_is_only_talked_about(tables):
    _, m, q = tables
    text = findings.quotes_findings(q, m)
    kinds = q["kind"].value_counts()
    assert text.startswith(
        f"{len(q)} Zitate: {kinds['direct']} direkte, {kinds['partial']} Teilzitate und "
        f"{kinds['indirect']} in indirekter Rede."
    )
    assert "am meisten Friedrich Merz (5), Marco Rubio (3)" in text
    # Selenskyj: four mentions, two sentences of reported speech ("Die USA seien da konsequent, sagt
    # er." and "Das … Ziel eines NATO-Beitritts will er nicht aufgeben. Das machte er … klar."), no
    # word in quotation marks
    assert "Wolodymyr Selenskyj wird 4-mal erwähnt, aber nie direkt zitiert (2-mal in indirekter Rede)" in text
    assert "Marco Rubio wird" not in text  # quoted directly
    assert findings.quotes_findings(q.iloc[:0], m) == "Kein Zitat gefunden: niemand kommt zu Wort."


def test_term_findings_keep_ties_and_leave_out_pairs_seen_once(tables):
    toks, _, _ = tables
    text = findings.terms_findings(term_frequencies(toks), keyness(toks, min_count=3), collocations(toks, min_count=1))
    assert text.startswith("Am häufigsten: Gespräch (8), Ukraine (7), Miami, Rubio, Russland und USA (je 5).")
    assert "Wortpaare, die mehr als einmal zusammen stehen: lang Weg (2)." in text


def test_article_and_section_findings_on_the_seed_and_on_several_articles(seed, tables):
    toks, m, q = tables
    table = sections(seed, toks)
    overview = summary(seed, toks)
    text = findings.articles_findings(overview, table)
    longest = table.loc[table["words"].idxmax()]
    words, sentences = overview.loc[0, ["words", "sentences"]]
    assert f"„{seed.title}“ (20.12.2025): 4 Abschnitte, 10 Absätze, {sentences} Sätze, {words} Wörter." in text
    assert f"Der längste Abschnitt ist „{longest['heading']}“ mit {longest['words']} Wörtern" in text
    annotated = with_annotations(table, mentions=m, quotes=q)
    text = findings.sections_findings(annotated, topic_flow(toks))
    busiest = annotated.loc[annotated["quotes"].idxmax()]
    assert f"Die meisten Zitate: „{busiest['heading']}“ ({busiest['quotes']} von {len(q)})." in text
    # the title line belongs to no section: its mentions are said apart, so the counts add up to notebook 03's
    in_title = len(m) - int(annotated["mentions"].sum())
    assert in_title == 3 and "Dazu 3 Erwähnungen in der Titelzeile" in findings.sections_findings(
        annotated, mentions=m)

    corpus = load_corpus(str(FIXTURES / "*.txt"))
    several = findings.articles_findings(summary(corpus), sections(corpus))
    assert several.startswith("3 Artikel vom 02.12.2025 bis 21.12.2025 (1 ohne Datum)")
    assert findings.corpus_findings(seed, m, q).startswith("1 Artikel am 20.12.2025.")


def test_corpus_findings_name_the_largest_categories_and_the_most_quoted():
    from helpers.articles import article_from_record

    texts = {"Inland": "Merz sagte, er sei zufrieden.", "Sport": "Das Spiel endete 2:1."}
    categories = ["Inland", "Inland", "Sport"]
    items = [article_from_record(texts[c], id=str(i), meta={"category": c}) for i, c in enumerate(categories)]
    toks = tokens(items)
    m = mentions(items, toks=toks)
    q = quotes(items, toks=toks, mentions=m)
    text = findings.corpus_findings(items, m, q, toks)
    assert text.startswith("3 Artikel ohne Datum, ")
    assert "2 Kategorien, die größten: Inland (2), Sport (1)." in text
    assert "Am meisten zitiert: Friedrich Merz (2)." in text


def test_the_similarity_at_headings_is_compared_only_on_enough_pairs():
    # a new user's article of one heading and three paragraphs: "weniger ähnlich (0,00) als … (0,06)"
    # compared one pair with one pair
    a = parse_article("Titel\nStand: 01.12.2025\nEin Vorspann über Merz.\nZwischentitel\nEin Absatz über Kiew.\n"
                      "Noch einer über Kiew.")  # fmt: skip
    t = tokens(a)
    text = findings.sections_findings(with_annotations(sections(a, t)), topic_flow(t))
    assert "weniger ähnlich" not in text and f"je mindestens {findings.MIN_PAIRS} Absatzpaare" in text

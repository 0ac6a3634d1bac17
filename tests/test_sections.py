"""Topic sections: the sections table, distinctive terms (log-odds), topic flow, NMF topics."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from conftest import shared

from helpers.actors import mentions
from helpers.articles import load_table
from helpers.quotes import quotes
from helpers.sections import (
    distinctive_terms,
    log_odds,
    sections,
    tf_idf,
    topic_by_category,
    topic_flow,
    topics,
    with_annotations,
)
from helpers.tokens import tokens


@pytest.fixture(scope="module")
def seed_tokens(seed):
    return tokens(seed)


def test_sections_table_of_the_seed(seed, seed_tokens):
    s = sections(seed, seed_tokens)
    assert s["heading"].tolist() == [
        "Einstieg",
        "Gespräche auch mit deutscher Beteiligung",
        "Fortschritte bei den Sicherheitsgarantien",
        "In der Gebietsfrage keine Bewegung",
    ]
    assert s["paragraphs"].tolist() == [3, 3, 2, 2]
    section_words = seed_tokens[seed_tokens.kind.isin(["lead", "heading", "body"]) & ~seed_tokens.is_punct]
    assert s["words"].tolist() == section_words.groupby("section").size().tolist()
    assert s["share"].sum() == pytest.approx(1.0, abs=1e-3)
    assert "actors" not in s.columns  # structure only: mentions and quotes are joined when given
    s = with_annotations(s, mentions=mentions(seed, toks=seed_tokens), quotes=quotes(seed, toks=seed_tokens))
    assert s["quotes"].sum() == 17 and s["mentions"].sum() <= 77  # the title's mentions are in no section
    # counted by hand in the last section: Russlands, Russland x2, russisch; Ukraine x2; Selenskyj x2
    assert s.loc[3, "actors"].startswith("Russland (4), Ukraine (2), Wolodymyr Selenskyj (2)")


def test_an_article_without_headings_is_one_section(fixture_article):
    a = fixture_article("no_headings_date_only")
    t = tokens(a)
    s = sections(a, t)
    assert s["heading"].tolist() == ["Einstieg"] and s.loc[0, "paragraphs"] == 3
    assert topic_flow(t)["heading"].isna().all()
    d = distinctive_terms(t, min_count=1)
    assert set(d["section"]) == {0} and (d["z"] == 0).all()  # nothing to set it apart from


# --- log-odds ---------------------------------------------------------------------------------


def test_log_odds_against_a_hand_computed_example():
    # Two groups, two terms: A = {a: 3, b: 1}, B = {a: 1, b: 3}; the prior is the pooled counts
    # (alpha_a = alpha_b = 4, alpha0 = 8). For A, term a (Monroe et al. 2008, eq. 16 and 18):
    # delta = ln((3 + 4) / (4 + 8 - 3 - 4)) - ln((1 + 4) / (4 + 8 - 1 - 4)) = ln(7/5) - ln(5/7)
    # var = 1 / (3 + 4) + 1 / (1 + 4)
    counts = pd.DataFrame({"a": [3, 1], "b": [1, 3]}, index=["A", "B"])
    result = log_odds(counts).set_index(["group", "term"])
    delta = math.log(7 / 5) - math.log(5 / 7)
    z = delta / math.sqrt(1 / 7 + 1 / 5)
    assert result.loc[("A", "a"), "log_odds"] == pytest.approx(delta)
    assert result.loc[("A", "a"), "z"] == pytest.approx(z)
    assert result.loc[("A", "b"), "z"] == pytest.approx(-z)  # symmetric
    assert result.loc[("B", "b"), "z"] == pytest.approx(z)


def test_log_odds_shrinks_rare_words():
    # a word seen once only in A is less sure evidence than a word seen 10 times only in A
    counts = pd.DataFrame({"einmal": [1, 0], "oft": [10, 0], "sonst": [50, 60]}, index=["A", "B"])
    z = log_odds(counts).set_index(["group", "term"])["z"]
    assert z[("A", "oft")] > z[("A", "einmal")] > 0


def test_tf_idf_by_hand():
    # A = {a: 2, b: 2}, B = {b: 2}: tf(A, a) = 0.5, idf(a) = ln(2 / 1); b is in both rows: idf 0
    result = tf_idf(pd.DataFrame({"a": [2, 0], "b": [2, 2]}, index=["A", "B"])).set_index(["group", "term"])
    assert result.loc[("A", "a"), "tf_idf"] == pytest.approx(0.5 * math.log(2))
    assert result.loc[("A", "b"), "tf_idf"] == 0 and result.loc[("B", "b"), "tf_idf"] == 0


def test_distinctive_terms_of_the_seed_sections(seed_tokens):
    d = distinctive_terms(seed_tokens, top_n=5, min_count=1)
    top = d.groupby("section")["term"].apply(list)
    assert top[3][0] == "Gebiet" and "Gebietsfrage" in top[3]  # the last section: the territorial question
    assert "Garantie" in top[2]  # the third: security guarantees
    with_heads = distinctive_terms(seed_tokens, top_n=3, min_count=1, heads=True).groupby("section")["term"].apply(list)
    assert with_heads[2][0] == "Garantie"  # Garantien x2 and Sicherheitsgarantien x2
    assert d.groupby("section")["rank"].apply(list).map(lambda r: r == sorted(r)).all()


def test_distinctive_terms_for_any_grouping_and_as_tf_idf(seed_tokens):
    by_kind = distinctive_terms(seed_tokens, group="kind", top_n=3, min_count=1)
    assert set(by_kind["kind"]) <= {"title", "lead", "heading", "body"}
    tf = distinctive_terms(seed_tokens, method="tf_idf", top_n=3, min_count=1)
    assert "Gebiet" in tf.loc[tf.section == 3, "term"].tolist()
    with pytest.raises(ValueError, match="method"):
        distinctive_terms(seed_tokens, method="chi2")


# --- topic flow and topics ------------------------------------------------------------------------


def test_topic_flow_of_the_seed(seed_tokens):
    flow = topic_flow(seed_tokens)
    # paragraphs 2 (lead), 3-5, 7-9, 11-12, 14-15: ten consecutive pairs, three across a heading
    assert flow["paragraph"].tolist() == [3, 4, 5, 7, 8, 9, 11, 12, 14, 15]
    assert flow["heading"].dropna().tolist() == [
        "Gespräche auch mit deutscher Beteiligung",
        "Fortschritte bei den Sicherheitsgarantien",
        "In der Gebietsfrage keine Bewegung",
    ]
    assert flow["similarity"].between(0, 1).all()
    assert flow.loc[flow.heading.notna(), "similarity"].mean() < flow.loc[flow.heading.isna(), "similarity"].mean()


def test_topics_of_one_article_are_reproducible(seed, seed_tokens):
    first = topics(seed_tokens, k=8)
    again = topics(seed_tokens, k=8)
    pd.testing.assert_frame_equal(first["terms"], again["terms"])
    assert first["terms"]["topic"].nunique() == 3  # 11 text paragraphs: at most a third as many topics
    shares = first["sections"].groupby("section")["share"].sum()
    assert shares.round(6).eq(1).all()
    table = topic_by_category(first["articles"], seed)
    assert table.columns.tolist() == ["ohne Kategorie"]


def test_topics_of_10kgnad_line_up_with_categories():
    corpus = load_table(shared("10kgnad", "articles.csv"), category="label", sep=";", quotechar="'", header=False,
                        columns=["label", "text"])  # fmt: skip
    found = topics(tokens(corpus), k=9, random_state=0)
    table = topic_by_category(found["articles"], corpus)
    assert table.shape == (9, 9)
    # the topic with the largest share of Sport articles is about sport
    sport = table["Sport"].idxmax()
    sport_terms = found["terms"].loc[found["terms"]["label"] == sport, "term"].tolist()
    assert {"Spiel", "Saison", "Trainer", "Tor", "Team"} & set(sport_terms)
    assert table.loc[sport, "Sport"] > 2 * table.loc[sport].drop("Sport").mean()


def test_sparse_counts_hold_the_table_of_counts(seed):
    from helpers.sections import sparse_counts
    from helpers.terms import term_frequencies

    t = tokens(seed)
    for group in (["article", "paragraph"], ["article", "section"], ["sentence"]):
        matrix, groups, terms = sparse_counts(t, group)
        table = term_frequencies(t, group=group).pivot_table(
            index=group, columns="term", values="count", aggfunc="sum", fill_value=0, observed=True
        )
        assert groups.equals(table.index) and terms.equals(table.columns)
        assert (matrix.toarray() == table.to_numpy(dtype=float)).all()
        assert matrix.has_canonical_format

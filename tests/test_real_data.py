"""Real German news from ../shared/data: 10kGNAD (derStandard) and German Wikinews."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import shared

from helpers.articles import article_from_record, paragraphs
from helpers.tokens import sentences, tokens


@pytest.fixture(scope="module")
def gnad():
    path = shared("10kgnad", "articles.csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar="'"))
    return [article_from_record(text, id=str(i), meta={"category": label}) for i, (label, text) in enumerate(rows)]


@pytest.fixture(scope="module")
def wikinews():
    path = shared("quotes_wikinews_de", "train.jsonl")
    with path.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    return [article_from_record(d["text"], id=f"w{i}", title=d["name"]) for i, d in enumerate(docs[:150])]


def test_10kgnad_tokens_slice_every_article(gnad):
    assert len(gnad) == 1028
    t = tokens(gnad)
    texts = {a.id: a.text for a in gnad}
    assert all(texts[a][s:e] == w for a, s, e, w in zip(t.article, t.start, t.end, t.text, strict=True))
    assert t["article"].nunique() == 1028
    assert 350_000 < (~t.is_punct).sum() < 420_000  # about 380k words (data README)


def test_10kgnad_first_article(gnad):
    t = tokens(gnad[0])
    assert "GPA-djp" in t.text.tolist() and "All-in-Verträgen" in t.text.tolist()
    assert t.loc[t.text == "All-in-Verträgen", "lemma"].iloc[0] == "All-in-Vertrag"
    s = sentences(gnad[0], t)
    assert s.text.iloc[1].startswith("Wien – Die Gewerkschaft GPA-djp sieht Handlungsbedarf")


def test_wikinews_paragraphs_and_sentences(wikinews):
    p = paragraphs(wikinews)
    assert (p.groupby("article").kind.first() == "title").all()
    for a in wikinews[:50]:
        assert [ln.text for ln in a.lines][1:] == [ln.strip() for ln in a.text.split("\n")[1:] if ln.strip()]
    t = tokens(wikinews)
    first = sentences(wikinews[0], t[t.article == "w0"])
    assert first.text.iloc[1] == "1969 betrat Neil Alden Armstrong als erster Mensch den Mond."
    assert "5. August 1930" in " ".join(first.text)


def test_10kgnad_term_frequencies_and_keyness_of_the_sport_articles(gnad):
    from collections import Counter

    from helpers.terms import in_fixed_phrase, keyness, term_frequencies

    t = tokens(gnad)
    counted = t[~(t.is_stop | t.is_punct | t.is_num) & ~in_fixed_phrase(t)]  # "zur Verfügung", "im Rahmen": no terms
    assert dict(zip(*term_frequencies(t)[["term", "count"]].T.values, strict=True)) == Counter(counted.lemma)
    sport = t["article"].map({a.id: a.meta["category"] for a in gnad}).eq("Sport").to_numpy()
    k = keyness(t[sport], t[~sport])
    assert {"Tor", "Sieg", "Trainer", "Spiel", "Saison"} <= set(k["term"].head(10))
    assert {"Regierung", "Prozent"} <= set(k.loc[k.log_likelihood < 0, "term"].tail(10))

"""The gold data and its scorer: texts match the gold, the scorer counts what it says."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import FIXTURES, shared

from helpers import paths
from helpers.articles import article_from_record, load_article, load_corpus
from helpers.evaluation import LABEL_TYPES, actor_scores, check_texts, load_gold

TAGESSCHAU = sorted((FIXTURES / "tagesschau").glob("*.gold.json"))


def gold_as_mentions(gold: list[dict]) -> pd.DataFrame:
    """A mentions table that is the gold itself: one actor per gold entity, of its label's first type."""
    rows = [
        (g["article"], m["start"], m["end"], e["key"], LABEL_TYPES[e["label"]][0])
        for g in gold
        for e in g["entities"]
        if e["label"] in LABEL_TYPES
        for m in e["mentions"]
    ]
    return pd.DataFrame(rows, columns=["article", "start", "end", "actor", "type"])


@pytest.fixture(scope="module")
def tagesschau() -> list[dict]:
    return [g for path in TAGESSCHAU for g in load_gold(path)]


def test_the_fixture_texts_are_the_annotated_ones(tagesschau):
    assert len(tagesschau) == 8
    check_texts(tagesschau, [load_article(g["file"]) for g in tagesschau])
    changed = load_article(tagesschau[0]["file"])
    with pytest.raises(ValueError, match="differs"):
        check_texts(tagesschau[:1], [article_from_record(changed.text + " Noch ein Satz.", id=changed.id)])


def test_the_gold_scores_itself_perfectly(tagesschau):
    table = actor_scores(tagesschau, gold_as_mentions(tagesschau))
    named = sum(
        1 for g in tagesschau for e in g["entities"]
        if e["label"] == "PER" and any(m["form"] != "deriv" for m in e["mentions"])
    )  # fmt: skip
    assert table.loc["PER", "gold"] == named == 24
    assert (table.loc[["PER", "ORG", "LOC"], "recall"] == 1.0).all()
    assert table.loc["alle", "split"] == 0


def test_a_missed_person_a_false_person_and_a_split_are_counted(tagesschau):
    gold = tagesschau[4:5]  # the businessman named ten times
    m = gold_as_mentions(gold)
    person = next(e for e in gold[0]["entities"] if e["key"] == "konstantin-reinholt")
    m = m[m["actor"] != "konstantin-reinholt"]  # missed
    first, second = person["mentions"][0], person["mentions"][1]
    extra = [(gold[0]["article"], 0, 5, "nobody", "person"),  # false: the kicker's first word is no one
             (gold[0]["article"], first["start"], first["end"], "reinholt-a", "person"),
             (gold[0]["article"], second["start"], second["end"], "reinholt-b", "person")]  # fmt: skip
    table = actor_scores(gold, pd.concat([m, pd.DataFrame(extra, columns=m.columns)], ignore_index=True))
    assert table.loc["PER", "split"] == 1 and table.loc["PER", "false_per_article"] == 1
    assert table.loc["PER", "found"] == table.loc["PER", "gold"]  # found, though as two actors


def test_the_real_gold_matches_the_shared_data():
    gnad = load_corpus(shared("10kgnad", "articles.csv"), category="label", sep=";", quotechar="'", header=False,
                       columns=["label", "text"])  # fmt: skip
    gold = load_gold(paths.GOLD / "entities_10kgnad.jsonl")
    check_texts(gold, [gnad[g["index"]] for g in gold])
    more = load_gold(paths.GOLD / "entities_10kgnad_more.jsonl")
    check_texts(more, [gnad[g["index"]] for g in more])
    fresh = load_gold(paths.GOLD / "entities_10kgnad_fresh.jsonl")
    check_texts(fresh, [gnad[g["index"]] for g in fresh])
    third = load_gold(paths.GOLD / "entities_10kgnad_third.jsonl")
    check_texts(third, [gnad[g["index"]] for g in third])
    fourth = load_gold(paths.GOLD / "entities_10kgnad_fourth.jsonl")
    check_texts(fourth, [gnad[g["index"]] for g in fourth])
    fifth = load_gold(paths.GOLD / "entities_10kgnad_fifth.jsonl")
    check_texts(fifth, [gnad[g["index"]] for g in fifth])
    sixth = load_gold(paths.GOLD / "entities_10kgnad_sixth.jsonl")
    check_texts(sixth, [gnad[g["index"]] for g in sixth])
    rows = [{g["index"] for g in part} for part in (gold, more, fresh, third, fourth, fifth, sixth)]
    assert sum(map(len, rows)) == len(set().union(*rows)) == 85  # 25, then six times 10 other articles
    docs = [json.loads(line) for line in shared("quotes_wikinews_de", "train.jsonl").open(encoding="utf-8")]
    gold = load_gold(paths.GOLD / "entities_wikinews.jsonl")
    check_texts(gold, [article_from_record(docs[g["index"]]["text"], id=g["article"]) for g in gold])
    assert all(500 <= g["index"] < 700 for g in gold)  # held out from the quote rules

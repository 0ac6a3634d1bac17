"""Measure the annotators against hand-made gold: who is named (distinct actors per type).

Gold files are JSON Lines (or one JSON object per ``.gold.json`` file), one article each: its
``article`` id (or a ``.txt`` file beside it), the ``sha256`` of its text, and ``entities``, each a
real-world referent with a ``label`` (PER, ORG, LOC, OTH) and its ``mentions`` (``start``, ``end``,
``text``, ``form``: name, part, deriv). See ``docs/gold_entities.md`` for how they were made.

:func:`actor_scores` compares the actors of :func:`helpers.actors.mentions` with the gold, per
type: a gold entity counts as found when an actor of the same type has a mention overlapping one
of its mentions; an actor counts as right when one of its mentions overlaps a gold entity of its
type. Entities named only by an adjective (``österreichische``) are not counted as missed.

>>> from helpers import paths
>>> gold = load_gold(paths.GOLD / "entities_wikinews.jsonl")
>>> len(gold), sorted({e["label"] for g in gold for e in g["entities"]})
(10, ['LOC', 'ORG', 'OTH', 'PER'])
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from helpers.articles import Article

#: Gold labels and the actor types that count as each.
LABEL_TYPES = {"PER": ("person",), "ORG": ("organisation", "media"), "LOC": ("country", "place")}
#: The gold labels that are scored (other names, OTH, are not actors).
SCORED = ("PER", "ORG", "LOC")


def load_gold(path: str | os.PathLike[str]) -> list[dict]:
    """The gold articles of a JSON Lines file, or of one ``.gold.json`` file (then its ``article``
    is the stem of the ``.txt`` beside it)."""
    path = Path(path)
    if path.name.endswith(".gold.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        record.setdefault("article", path.name.removesuffix(".gold.json"))
        record.setdefault("file", str(path.with_name(record["article"] + ".txt")))
        return [record]
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_texts(gold: Iterable[dict], articles: Iterable[Article]) -> None:
    """Raise ``ValueError`` when an article's text is not the one the gold was made on (its SHA-256)."""
    by_id = {a.id: a for a in articles}
    for g in gold:
        article = by_id.get(g["article"])
        if article is None:
            raise ValueError(f"gold article {g['article']!r} is not among the articles")
        if hashlib.sha256(article.text.encode("utf-8")).hexdigest() != g["sha256"]:
            raise ValueError(f"gold article {g['article']!r}: the text differs from the one annotated")


def _overlaps(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    return any(s < oe and os_ < e for s, e in spans for os_, oe in others)


def actor_scores(gold: Iterable[dict], mentions: pd.DataFrame) -> pd.DataFrame:
    """Recall and precision of distinct actors per gold label (PER, ORG, LOC) and in all.

    One row per label: ``gold`` (entities named in the gold articles), ``found``, ``recall``,
    ``actors`` (distinct actors of the label's types in the mentions), ``right``, ``precision``,
    ``false_per_article`` (the most wrong actors of the label in one article), ``split`` (gold
    entities found as two or more actors: one person counted twice).
    """
    rows = {label: dict(gold=0, found=0, actors=0, right=0, false_per_article=0, split=0) for label in SCORED}
    for g in gold:
        part = mentions[mentions["article"].astype(str) == g["article"]]
        actors = {  # by actor and type: an id given to a place and to an organisation (Salzburg, the club) is two
            (actor, typ): (typ, list(zip(group["start"], group["end"], strict=True)))
            for (actor, typ), group in part.groupby(["actor", "type"], sort=False)
        }
        false = dict.fromkeys(SCORED, 0)
        for label in SCORED:
            types = LABEL_TYPES[label]
            entities = [e for e in g["entities"] if e["label"] == label]
            for e in entities:
                spans = [(m["start"], m["end"]) for m in e["mentions"]]
                if all(m["form"] == "deriv" for m in e["mentions"]):
                    continue  # named by an adjective only: not a name to find
                rows[label]["gold"] += 1
                hits = [a for a, (typ, found) in actors.items() if typ in types and _overlaps(found, spans)]
                rows[label]["found"] += bool(hits)
                rows[label]["split"] += len(hits) > 1
            for _actor, (typ, found) in actors.items():
                if typ not in types:
                    continue
                rows[label]["actors"] += 1
                right = any(_overlaps(found, [(m["start"], m["end"]) for m in e["mentions"]]) for e in entities)
                rows[label]["right"] += right
                false[label] += not right
        for label in SCORED:
            rows[label]["false_per_article"] = max(rows[label]["false_per_article"], false[label])
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.loc["alle"] = table.sum()
    table.loc["alle", "false_per_article"] = table.loc[list(SCORED), "false_per_article"].max()
    table["recall"] = (table["found"] / table["gold"].where(table["gold"] > 0)).round(3)
    table["precision"] = (table["right"] / table["actors"].where(table["actors"] > 0)).round(3)
    table.index.name = "label"
    return table[["gold", "found", "recall", "actors", "right", "precision", "false_per_article", "split"]]

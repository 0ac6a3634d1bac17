"""Who is mentioned, measured on real text we did not tune on: distinct actors per type against the
hand-made gold of tests/gold/ (see docs/gold/README.md), and the Wikinews quotes' named speakers.

Splits (the rules after the recogniser were written looking at "dev" only):

- dev: the 8 tagesschau-style fixtures the team wrote and 18 of the 25 10kGNAD gold articles
  (rows 246, 435, 811, 516, 1010, 974, 163, 428, and the 10 annotated later for the rules: 184, 870,
  114, 28, 540, 654, 1007, 303, 756, 363), and the 10 of tests/gold/entities_10kgnad_more.jsonl
  (rows 12, 77, 205, 298, 352, 470, 612, 719, 905, 990, annotated on 3 December 2026, measured once
  as unseen text before the rules were tuned on them), and the 10 of entities_10kgnad_third.jsonl (rows
  60, 190, 260, 390, 460, 530, 680, 750, 850, 960, the same) and of entities_10kgnad_fifth.jsonl (rows
  20, 130, 230, 340, 445, 520, 600, 700, 790, 920, the same);
- held-out: the other 7 10kGNAD gold articles (643, 641, 574, 433, 808, 591, 565), the 10
  Wikinews gold articles (505, 525, ..., 685) and the 10 of tests/gold/entities_10kgnad_fresh.jsonl
  (rows 40, 160, 280, 330, 420, 500, 660, 770, 880, 1000, annotated on 3 December 2026 and never
  used to tune anything), and the 10 of entities_10kgnad_fourth.jsonl (rows 100, 220, 310, 400, 480,
  560, 640, 720, 820, 940, annotated that night, the same) and of entities_10kgnad_sixth.jsonl (rows
  55, 155, 255, 355, 455, 555, 655, 755, 855, 955, annotated on 4 December 2026, the same).

Per label (PER, ORG, LOC): gold entities, found, recall, actors, right, precision, the most false
actors in one article, and split entities (one gold entity found as two actors). Then the share of
the Wikinews gold quotes whose speaker is a person's name (tests/gold/wikinews_speaker_kinds.jsonl)
that the recogniser finds as a PER entity, and that mentions() gives to a person. Then the speed of
tidy_tables over 10kGNAD with and without entities, in turn in one process.

    python benchmarks/bench_actors_gold.py
"""

from __future__ import annotations

import json
import os
import statistics
import time
import warnings

import pandas as pd
from common import GNAD

from helpers import paths
from helpers.actors import mentions
from helpers.articles import article_from_record, load_article, load_corpus
from helpers.corpus import tidy_tables
from helpers.entities import entities
from helpers.evaluation import actor_scores, check_texts, load_gold

DEV_ROWS = (246, 435, 811, 516, 1010, 974, 163, 428, 184, 870, 114, 28, 540, 654, 1007, 303, 756, 363)
WIKINEWS = paths.SHARED_DATA / "quotes_wikinews_de" / "train.jsonl"


def gold_sets() -> dict[str, list[tuple[dict, object]]]:
    """(gold, article) pairs of the dev and held-out splits."""
    gnad = load_corpus(GNAD, category="label", sep=";", quotechar="'", header=False, columns=["label", "text"])
    docs = [json.loads(line) for line in WIKINEWS.open(encoding="utf-8")]
    tagesschau = [g for p in sorted((paths.ROOT / "tests" / "fixtures" / "tagesschau").glob("*.gold.json"))
                  for g in load_gold(p)]  # fmt: skip
    gnad_gold = load_gold(paths.GOLD / "entities_10kgnad.jsonl")
    wiki_gold = load_gold(paths.GOLD / "entities_wikinews.jsonl")
    sets = {
        "dev": [(g, load_article(g["file"])) for g in tagesschau]
        + [(g, gnad[g["index"]]) for g in gnad_gold if g["index"] in DEV_ROWS]
        + [(g, gnad[g["index"]]) for part in ("more", "third", "fifth")
           for g in load_gold(paths.GOLD / f"entities_10kgnad_{part}.jsonl")],
        "held-out": [(g, gnad[g["index"]]) for g in gnad_gold if g["index"] not in DEV_ROWS]
        + [(g, article_from_record(docs[g["index"]]["text"], id=g["article"])) for g in wiki_gold]
        + [(g, gnad[g["index"]]) for part in ("fresh", "fourth", "sixth")
           for g in load_gold(paths.GOLD / f"entities_10kgnad_{part}.jsonl")],
    }
    for pairs in sets.values():
        check_texts([g for g, _ in pairs], [a for _, a in pairs])
    return sets


def scores() -> None:
    for name, pairs in gold_sets().items():
        m = mentions([a for _, a in pairs], progress=False)
        table = actor_scores([g for g, _ in pairs], m)
        print(f"\n{name} ({len(pairs)} articles)")
        print(table.to_string())


def named_speakers() -> None:
    """Gold quotes whose speaker is a person's name: found as a PER entity, and given to a person."""
    docs = [json.loads(line) for line in WIKINEWS.open(encoding="utf-8")]
    kinds = [json.loads(line) for line in (paths.GOLD / "wikinews_speaker_kinds.jsonl").open(encoding="utf-8")]
    wanted = [
        (k["doc"], docs[k["doc"]]["quotes"][k["quote_index"]]) for k in kinds if k["speaker_kind"] == "person_name"
    ]
    articles = [article_from_record(d["text"], id=f"w{i}") for i, d in enumerate(docs)]
    e = entities(articles, progress=False)
    m = mentions(articles, entities=e, progress=False)
    per = e[e["label"] == "PER"].groupby("article", observed=True)
    persons = m[m["type"] == "person"].groupby("article", observed=True)
    per_spans = {str(a): list(zip(g["start"], g["end"], strict=True)) for a, g in per}
    person_spans = {str(a): list(zip(g["start"], g["end"], strict=True)) for a, g in persons}
    for split, docs_in in (("dev (0-499)", range(500)), ("held-out (500-699)", range(500, 700)), ("all", range(700))):
        chosen = [(i, q) for i, q in wanted if i in docs_in]
        hit_entity = hit_person = 0
        for i, q in chosen:
            spans = _speaker_spans(q)
            hit_entity += _overlaps(spans, per_spans.get(f"w{i}", []))
            hit_person += _overlaps(spans, person_spans.get(f"w{i}", []))
        n = max(len(chosen), 1)
        print(f"  {split:20} {len(chosen):4} quotes by a named person: found as PER {hit_entity / n:.3f}, "
              f"given to a person {hit_person / n:.3f}")  # fmt: skip


def _speaker_spans(quote: dict) -> list[tuple[int, int]]:
    """A gold quote's speaker as (start, end) pieces (the data gives one span or a list of them)."""
    speaker = quote["speaker"]
    if not speaker:
        return []
    return [tuple(s) for s in speaker] if isinstance(speaker[0], list) else [tuple(speaker)]


def _overlaps(spans: list[tuple[int, int]], found: list[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in spans for s2, e2 in found)


def speed(repeats: int = 3) -> None:
    gnad = load_corpus(GNAD, category="label", sep=";", quotechar="'", header=False, columns=["label", "text"])
    runs = {
        "without entities (gazetteer only, as before)": {"which": ("paragraphs", "tokens", "mentions", "quotes"),
                                                         "recognise": False},
        "with entities (recognised actors)": {"which": ("paragraphs", "tokens", "entities", "mentions", "quotes")},
    }  # fmt: skip
    times: dict[str, list[float]] = {k: [] for k in runs}
    tidy_tables(gnad[:20], which=("tokens", "entities", "mentions", "quotes"), cache=False, progress=False)  # warm up
    for _ in range(repeats):
        for name, options in runs.items():
            started = time.perf_counter()
            tidy_tables(gnad, cache=False, progress=False, **options)
            times[name].append(time.perf_counter() - started)
    before, after = (statistics.median(times[name]) for name in runs)
    print(f"\ntidy_tables over the {len(gnad):,} 10kGNAD articles, {os.cpu_count()} cores, medians of {repeats} "
          f"runs in turn (load {os.getloadavg()[0]:.1f}):")  # fmt: skip
    for (name, _), seconds in zip(runs.items(), (before, after), strict=True):
        print(f"  {name:46} {seconds:6.2f} s")
    print(f"  ratio x{after / before:.2f} (goal: at most x1.5)")


def main() -> None:
    warnings.simplefilter("ignore")
    print(__doc__.split("\n\n")[0])
    scores()
    print("\nWikinews gold quotes whose speaker is a person's name:")
    named_speakers()
    speed()


if __name__ == "__main__":
    pd.set_option("display.width", 140)
    main()

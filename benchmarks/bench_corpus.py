"""Corpora: raw text to the tidy tables (tokens, mentions and, where available, quotes).

Runs, each in a fresh process, cache off:
- the 1,028 10kGNAD articles on both cores (goal: under 10 s);
- the corpus replicated 10 times (10,280 articles, about 4M words) on both cores (goal: under
  60 s, peak memory under 2 GB), and the same on one core (the single-process peer);
- spaCy's blank("de") pipeline with its lookup lemmatizer over the same 10x texts, on both
  cores (nlp.pipe with n_process=2), producing Docs only (the external peer).

Peak memory: the parent's peak resident memory plus the largest worker's (Linux ru_maxrss).

    python benchmarks/bench_corpus.py
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from common import GNAD, load, peak_rss_mb, run_child

HERE = Path(__file__).resolve().parent

REPLICAS = 10


def corpus(replicas: int):
    from helpers.articles import article_from_record, load_table

    base = load_table(GNAD, category="label", sep=";", quotechar="'", header=False, columns=["label", "text"])
    return [article_from_record(a.text, id=f"{a.id}-{r}", meta=a.meta) for r in range(replicas) for a in base]


def tables() -> tuple[str, ...]:
    try:
        import helpers.quotes  # noqa: F401
    except ImportError:
        return ("tokens", "mentions")
    return ("tokens", "mentions", "quotes")


def child(kind: str, replicas: int, workers: int) -> None:
    items = corpus(replicas)
    t0 = time.perf_counter()
    if kind == "helpers":
        from helpers.corpus import tidy_tables

        result = tidy_tables(items, which=tables(), workers=workers, cache=False, progress=False)
        tokens = len(result["tokens"])
        rows = {name: len(frame) for name, frame in result.items()}
    else:
        import spacy

        nlp = spacy.blank("de")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in items), n_process=workers, batch_size=200))
        rows = {"tokens": tokens}
    seconds = time.perf_counter() - t0
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "tokens": tokens, "rows": rows, "articles": len(items),
                      "peak_mb": peak_rss_mb() + children}))  # fmt: skip


def main() -> None:
    runs = {
        "1x, 2 cores": run_child(Path(__file__), "--child", "helpers", "1", "2"),
        f"{REPLICAS}x, 2 cores": run_child(Path(__file__), "--child", "helpers", str(REPLICAS), "2"),
        f"{REPLICAS}x, 1 core": run_child(Path(__file__), "--child", "helpers", str(REPLICAS), "1"),
    }
    try:
        spacy = run_child(Path(__file__), "--child", "spacy", str(REPLICAS), "2")
    except SystemExit as error:
        spacy = None
        print(f"(spaCy peer not run: {str(error).splitlines()[0]}; install requirements-bench.txt)")
    print(f"Raw text to tidy tables ({', '.join(tables())}), 10kGNAD, cache off; {load()}")
    print("peak MB: the parent's peak resident memory plus its largest child's (workers run at once)\n")
    print(f"{'run':<36}{'articles':>9}{'tokens':>11}{'seconds':>9}{'tokens/s':>11}{'peak MB':>9}")
    for label, r in runs.items():
        print(f"{'helpers ' + label:<36}{r['articles']:>9,}{r['tokens']:>11,}{r['seconds']:>9.1f}"
              f"{r['tokens'] / r['seconds']:>11,.0f}{r['peak_mb']:>9,.0f}")  # fmt: skip
    if spacy:
        rate = spacy["tokens"] / spacy["seconds"]
        print(f"{'spaCy blank(de)+lookup, Docs, 2 proc':<36}{spacy['articles']:>9,}{spacy['tokens']:>11,}"
              f"{spacy['seconds']:>9.1f}{rate:>11,.0f}{spacy['peak_mb']:>9,.0f}")  # fmt: skip
    big, single = runs[f"{REPLICAS}x, 2 cores"], runs[f"{REPLICAS}x, 1 core"]
    print(f"\nrows of the 10x run: {big['rows']}")
    print(f"ratio 2 cores / 1 core: x{single['seconds'] / big['seconds']:.2f}")
    if spacy:
        print(f"ratio against spaCy (tokens/s, ours with mentions{' and quotes' if 'quotes' in big['rows'] else ''} "
              f"on top): x{(big['tokens'] / big['seconds']) / (spacy['tokens'] / spacy['seconds']):.2f}")  # fmt: skip
    small = runs["1x, 2 cores"]
    print(
        f"goals: 1x under 10 s: {'met' if small['seconds'] < 10 else 'NOT met'} ({small['seconds']:.1f} s); "
        f"10x under 60 s: {'met' if big['seconds'] < 60 else 'NOT met'} ({big['seconds']:.1f} s); "
        f"peak under 2 GB: {'met' if big['peak_mb'] < 2048 else 'NOT met'} ({big['peak_mb']:,.0f} MB)"
    )


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main()

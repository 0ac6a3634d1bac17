"""Scaling: parse, tokens, mentions and quotes on one ever larger article, and the growth exponent.

The article is real text: 10kGNAD articles (../shared/data/10kgnad/articles.csv) joined one after
the other, each after a short heading line ("Wirtschaft: Meldung 17"), under a title and a
dateline, as a long transcript or a month of news in one file would come. Sizes: 0.25, 0.5, 1, 2
and 4 MB. Each stage is timed on each size in one process (the gazetteer and the lemmatizer's
dictionary are loaded before, and every word form of the corpus is lemmatised once; a stage that
takes under a second on a size is run three times and the best time counts); the exponent is
the least-squares slope of log(seconds) over log(size): 1 is linear, 2 quadratic. Goal: at most
1.1 for every stage.

A stage whose next size would take longer than ``--budget`` seconds (extrapolated from the two
sizes before) is not run on it; its exponent comes from the sizes it ran on.

``--large MB`` then runs one file of that size (50 for the issue's goal) through loading, tokens,
mentions and quotes, with progress bars, and prints the seconds and peak memory of each stage
(``--large-without quotes`` leaves a stage out; its time is then extrapolated from the table).
Goal: a 50 MB file through tokens, mentions and quotes in under 5 minutes, peak memory under 4 GB.

    python benchmarks/bench_scaling.py                 # the table (make bench)
    python benchmarks/bench_scaling.py --large 50      # and one 50 MB file
"""

from __future__ import annotations

import argparse
import gc
import math
import tempfile
import time
import warnings
from pathlib import Path

from common import gnad_rows, peak_rss_mb, reset_peak

from helpers.actors import actor_table, mentions
from helpers.articles import LargeArticleWarning, load_article, parse_article
from helpers.quotes import UnclosedQuoteWarning, quotes
from helpers.tokens import lemma, tokens

SIZES_MB = (0.25, 0.5, 1, 2, 4)
STAGES = ("parse", "tokens", "mentions", "quotes")


def long_article(megabytes: float) -> str:
    """One article of about ``megabytes`` MB (UTF-8) of 10kGNAD text with a heading before each."""
    rows = gnad_rows()
    target = int(megabytes * 1_000_000)
    parts = ["Ein Monat Nachrichten aus Österreich", "Stand: 20.12.2025 05:22 Uhr"]
    size, k = 0, 0
    while size < target:
        label, text = rows[k % len(rows)]
        for piece in (f"{label}: Meldung {k + 1}", text):
            parts.append(piece)
            size += len(piece.encode("utf-8")) + 1
        k += 1
    return "\n".join(parts) + "\n"


def slope(sizes: list[float], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def run_stages(text: str, stages: set[str], progress: bool = False) -> dict[str, tuple[float, float]]:
    """(seconds, peak MB) of each stage in ``stages`` on ``text`` (later stages reuse earlier tables)."""
    out: dict[str, tuple[float, float]] = {}

    def timed(name, work):
        gc.collect()  # the garbage of the stage before is not this stage's time
        reset_peak()
        started = time.perf_counter()
        result = work()
        out[name] = (time.perf_counter() - started, peak_rss_mb())
        return result

    article = timed("parse", lambda: parse_article(text, "bench.txt"))
    if stages & {"tokens", "mentions", "quotes"}:
        t = timed("tokens", lambda: tokens(article, progress=progress))
    if stages & {"mentions", "quotes"}:
        m = timed("mentions", lambda: mentions(article, toks=t, progress=progress))
    if "quotes" in stages:
        timed("quotes", lambda: quotes(article, toks=t, mentions=m, progress=progress))
    return out


def table(budget: float) -> dict[str, list[float]]:
    lemma("Haus")
    actor_table()
    run_stages(long_article(0.05), set(STAGES))  # warm-up: first calls load data
    # every word form of the corpus lemmatised once before: the sizes then measure the steady state,
    # not how many forms each size meets for the first time (a one-off cost, bounded by the vocabulary)
    tokens(parse_article(long_article(3)), progress=False)
    seconds: dict[str, list[float]] = {s: [] for s in STAGES}
    active = set(STAGES)
    for mb in SIZES_MB:
        for stage in list(active):
            done = seconds[stage]
            if len(done) >= 2:
                growth = done[-1] / max(done[-2], 1e-6)
                if done[-1] * growth > budget:
                    active.discard(stage)
        text = long_article(mb)
        best: dict[str, float] = {}
        for repeat in range(3):  # a stage under a second on this size: the best of three runs
            again = active if repeat == 0 else {s for s in active if best[s] < 1}
            if not again:
                break
            for stage, (took, _peak) in run_stages(text, again).items():
                best[stage] = min(best.get(stage, took), took)
        for stage in active:
            seconds[stage].append(best[stage])
    print(f"One article of 10kGNAD text with a heading before each article; seconds per size (budget {budget:.0f} s)\n")
    print(f"{'stage':<10}" + "".join(f"{f'{mb:g} MB':>10}" for mb in SIZES_MB) + f"{'exponent':>10}{'from 1 MB':>11}")
    for stage in STAGES:
        done = seconds[stage]
        cells = "".join(f"{t:>10.2f}" for t in done) + "".join(f"{'-':>10}" for _ in SIZES_MB[len(done) :])
        exponent = slope(list(SIZES_MB[: len(done)]), done) if len(done) >= 2 else float("nan")
        large = [(mb, t) for mb, t in zip(SIZES_MB, done, strict=False) if mb >= 1]
        growth = slope(*map(list, zip(*large, strict=True))) if len(large) >= 2 else float("nan")
        print(f"{stage:<10}{cells}{exponent:>10.2f}{growth:>11.2f}")
    print("\nexponent: slope of log(seconds) over log(size), 1 = linear, 2 = quadratic; goal <= 1.1;")
    print("from 1 MB: the same over the sizes from 1 MB on, where a stage's fixed cost per call no longer")
    print("counts (a fixed cost that shrinks makes the small sizes faster and the slope over all sizes steeper)")
    print("'-': not run, the extrapolated time was over the budget")
    return seconds


def large(megabytes: float, stages: set[str], seconds: dict[str, list[float]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "monat.txt"
        path.write_text(long_article(megabytes), encoding="utf-8")
        print(f"\nOne file of {path.stat().st_size / 1e6:.1f} MB: load, {', '.join(s for s in STAGES if s in stages)}"
              " (progress bars on)")  # fmt: skip
        reset_peak()
        started = time.perf_counter()
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always", LargeArticleWarning)
            text = load_article(path).text
        print(f"{'load':<10}{time.perf_counter() - started:>10.1f} s{peak_rss_mb():>10.0f} MB peak")
        for w in said:
            print(f"  warning: {w.message}")
        total = 0.0
        for stage, (took, peak) in run_stages(text, stages, progress=True).items():
            total += took
            print(f"{stage:<10}{took:>10.1f} s{peak:>10.0f} MB peak")
        print(f"{'total':<10}{total:>10.1f} s (load not counted)")
        for stage in (s for s in STAGES if s not in stages and len(seconds[s]) >= 2):
            done = seconds[stage]
            sizes = SIZES_MB[: len(done)]
            guess = done[-1] * (megabytes / sizes[-1]) ** slope(list(sizes), done)
            print(f"{stage:<10}not run: about {guess / 3600:.1f} h, extrapolated from the table")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=float, default=120, help="seconds a stage may take on one size")
    parser.add_argument("--large", type=float, default=0, help="also run one file of this many MB")
    parser.add_argument("--large-without", nargs="*", default=[], choices=STAGES[1:], help="stages to leave out")
    args = parser.parse_args()
    warnings.simplefilter("ignore", UnclosedQuoteWarning)  # 10kGNAD has a few; said once per run is enough
    seconds = table(args.budget)
    if args.large:
        large(args.large, set(STAGES) - set(args.large_without), seconds)


if __name__ == "__main__":
    main()

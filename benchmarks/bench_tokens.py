"""Raw text to a tokens table: helpers.tokens against spaCy's blank("de") with lookup lemmas.

Corpus: the 1,028 articles of ../shared/data/10kgnad/articles.csv (about 430k tokens).
Each engine runs in a fresh process, on one core; timed from raw strings to a table with
offsets, text, lemma and the stop/punct/alpha flags. "cold" is the first pass in the process
(every word form lemmatised for the first time), "warm" the best of three further passes.
Peak memory is the peak resident memory during the work above the process's memory before it.
The first-pass ("cold") figure includes lemmatising every new word form with simplemma
(dictionary, then greedy decomposition for unknown compounds); spaCy's lookup table does less.

    python benchmarks/bench_tokens.py          # needs requirements-bench.txt (make bench)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from common import best, gnad_rows, peak_rss_mb, reset_peak, rss_mb, run_child

HERE = Path(__file__).resolve().parent

REPEATS = 3


def helpers_pass(texts: list[str]):
    from helpers.articles import article_from_record
    from helpers.tokens import tokens

    return tokens([article_from_record(t, id=str(i)) for i, t in enumerate(texts)], progress=False)


def spacy_pass(texts: list[str], nlp, table: bool):
    import pandas as pd

    if not table:
        return sum(len(doc) for doc in nlp.pipe(texts))
    frames = []
    for i, doc in enumerate(nlp.pipe(texts)):
        frames.append(pd.DataFrame({
            "article": i,
            "start": [t.idx for t in doc],
            "end": [t.idx + len(t) for t in doc],
            "text": [t.text for t in doc],
            "lemma": [t.lemma_ for t in doc],
            "is_stop": [t.is_stop for t in doc],
            "is_punct": [t.is_punct for t in doc],
            "is_alpha": [t.is_alpha for t in doc],
        }))  # fmt: skip
    return pd.concat(frames, ignore_index=True)


def child(engine: str) -> None:
    texts = [text for _, text in gnad_rows()]
    if engine == "helpers":
        from helpers.tokens import lemma

        lemma("Haus")  # loads simplemma's dictionary: start-up, not work

        def work():
            return helpers_pass(texts)
    else:
        import spacy

        nlp = spacy.blank("de")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        list(nlp.pipe(["Haus"]))

        def work():
            return spacy_pass(texts, nlp, table=engine == "spacy-table")

    before = rss_mb()
    reset_peak()
    t0 = time.perf_counter()
    result = work()
    cold = time.perf_counter() - t0
    peak = peak_rss_mb() - before
    n = result if isinstance(result, int) else len(result)
    del result
    warm, _ = best(work, REPEATS)
    print(json.dumps({"engine": engine, "tokens": n, "cold_s": cold, "warm_s": warm, "peak_mb": peak}))


def main() -> None:
    rows = {e: run_child(Path(__file__), "--child", e) for e in ("helpers", "spacy", "spacy-table")}
    print(f"Raw text to tokens table, 10kGNAD ({len(gnad_rows())} articles), one core\n")
    print(f"{'engine':<34}{'tokens':>9}{'cold tok/s':>13}{'warm tok/s':>13}{'peak MB':>10}")
    labels = {
        "helpers": "helpers.tokens (table)",
        "spacy": 'spaCy blank("de")+lookup (Docs)',
        "spacy-table": 'spaCy blank("de")+lookup (table)',
    }
    for engine, r in rows.items():
        print(f"{labels[engine]:<34}{r['tokens']:>9,}{r['tokens'] / r['cold_s']:>13,.0f}"
              f"{r['tokens'] / r['warm_s']:>13,.0f}{r['peak_mb']:>10.1f}")  # fmt: skip
    ours = rows["helpers"]
    print()
    for peer in ("spacy", "spacy-table"):
        p = rows[peer]
        cold = (ours["tokens"] / ours["cold_s"]) / (p["tokens"] / p["cold_s"])
        warm = (ours["tokens"] / ours["warm_s"]) / (p["tokens"] / p["warm_s"])
        memory = ours["peak_mb"] / p["peak_mb"] if p["peak_mb"] > 0 else float("nan")
        print(f"ratio vs {labels[peer]}: throughput x{cold:.2f} cold, x{warm:.2f} warm; peak memory x{memory:.2f}")
    docs, table = rows["spacy"], rows["spacy-table"]
    speed = (ours["tokens"] / ours["warm_s"]) / (docs["tokens"] / docs["warm_s"])
    memory = ours["peak_mb"] <= table["peak_mb"]
    print(
        f"\ngoal: at least 4x spaCy's pipeline throughput (steady state, Docs only: x{speed:.2f}) "
        f"with peak memory no higher than spaCy building the same table ({ours['peak_mb']:.0f} vs "
        f"{table['peak_mb']:.0f} MB): {'met' if speed >= 4 and memory else 'NOT met'}"
    )

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()

"""Raw text to a tokens table: helpers.tokens against spaCy's blank("de") with lookup lemmas.

Corpus: the 1,028 articles of ../shared/data/10kgnad/articles.csv (about 430k tokens).
The engines run in one fresh process, on one core, in turn (helpers, spaCy, spaCy table, helpers,
...), and the medians are compared, so that load from elsewhere hits each alike; the machine's
load is printed beside the figures. Timed from raw strings to a table with offsets, text, lemma
and the stop/punct/alpha flags. "cold" is each engine's first pass in the process (for helpers:
every word form met for the first time in the process; its lemmas come from the on-disk memo
when an earlier run left it there, as it does after the first run on a machine), "warm" the
median of the further passes. Memory is measured apart, each engine's first pass alone in a fresh
process: the rise of its peak resident memory over the pass, and the process's PSS after it.
"cold tokens in a fresh process" (helpers alone, the memo warm) is timed in a second process.
"per call" times one short text at a time, as a user who applies a function row by row waits
for it: ``tokens``, ``mentions`` and ``quotes`` on two words (the fixed overhead of a call, the
goal) and on a sentence with a name and a quote (with the work of finding them), against spaCy's
``nlp(text)`` on the same text (medians of many calls, in turn, the garbage collector on).

    python benchmarks/bench_tokens.py          # needs requirements-bench.txt (make bench)
"""

from __future__ import annotations

import gc
import json
import statistics
import sys
import time
from pathlib import Path

from common import gnad_rows, interleaved, load, pss_mb, run_child

HERE = Path(__file__).resolve().parent

REPEATS = 5


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


def child(what: str) -> None:
    texts = [text for _, text in gnad_rows()]
    from helpers.tokens import lemma

    if what == "fresh":  # helpers alone, first pass in a fresh process: what a user waits for
        t0 = time.perf_counter()
        n = len(helpers_pass(texts))
        print(json.dumps({"tokens": n, "seconds": time.perf_counter() - t0}))
        return
    import spacy

    if what == "calls":
        print(json.dumps(per_call(spacy)))
        return
    lemma("Haus")  # reads the lemma memo (or loads simplemma's dictionary): start-up, not work
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    list(nlp.pipe(["Haus"]))
    if what != "all":  # memory: one engine's first pass alone in a fresh process (no allocator shared)
        work = {"helpers": lambda: helpers_pass(texts), "spacy": lambda: spacy_pass(texts, nlp, table=False),
                "spacy-table": lambda: spacy_pass(texts, nlp, table=True)}[what]  # fmt: skip
        r = interleaved({what: work}, repeats=1)[what]
        print(json.dumps({"peak_mb": r["peak_mb"], "pss_mb": pss_mb()}))
        return
    gc.freeze()  # the set-up (texts, spaCy's pipeline) lives on: the collector need not walk it on every pass
    # each pass keeps only its number of tokens: another engine's table left alive would slow the next
    # pass (a larger heap for the garbage collector to walk), which running apart does not
    found = interleaved({
        "helpers": lambda: len(helpers_pass(texts)),
        "spacy": lambda: spacy_pass(texts, nlp, table=False),
        "spacy-table": lambda: len(spacy_pass(texts, nlp, table=True)),
    }, repeats=REPEATS + 1)  # fmt: skip
    rows = {}
    for engine, r in found.items():
        rows[engine] = {"tokens": r["result"], "cold_s": r["first"], "warm_s": r["median"]}
    print(json.dumps({"rows": rows, "pss_mb": pss_mb()}))


#: Short texts for the per-call times: two words (what a call costs beyond its work: the fixed
#: overhead of issue 17's goal), and a sentence with a name and a quote (the work of finding them).
SHORT = {"two words": "Hallo Welt.", "a quote": "„Wir sind bereit“, sagte Bundeskanzler Friedrich Merz in Berlin."}
#: The text whose per-call time is the fixed overhead.
OVERHEAD = "two words"
#: Goal for the fixed overhead per call (issue 17): under 1 ms.
PER_CALL_MS = 1.0
#: Calls per function and text (in turn): medians of a thousand, as a machine's speed drifts.
CALLS = 1000


def per_call(spacy, calls: int = CALLS) -> dict[str, dict[str, float]]:
    """Median milliseconds per call of each function on each of :data:`SHORT`, in turn."""
    from helpers.actors import mentions
    from helpers.quotes import quotes
    from helpers.tokens import tokens

    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    functions = {"tokens": tokens, "mentions": mentions, "quotes": quotes, "spaCy nlp": nlp}
    out: dict[str, dict[str, float]] = {}
    for label, text in SHORT.items():
        for f in functions.values():
            f(text)  # the first call loads the word lists and the model: start-up, not per call
        times: dict[str, list[float]] = {name: [] for name in functions}
        for _ in range(calls):
            for name, f in functions.items():
                t0 = time.perf_counter()
                f(text)
                times[name].append(time.perf_counter() - t0)
        out[label] = {name: 1000 * statistics.median(ts) for name, ts in times.items()}
    return out


def print_per_call(found: dict[str, dict[str, float]]) -> None:
    names = list(next(iter(found.values())))
    print(f"\nper call on a short text (median ms of {CALLS} calls, in turn; {load()})")
    print(f"{'text':<12}" + "".join(f"{n:>12}" for n in names))
    for label, row in found.items():
        print(f"{label:<12}" + "".join(f"{row[n]:>12.2f}" for n in names))
    fixed, spacy = found[OVERHEAD], found[OVERHEAD]["spaCy nlp"]
    for name in ("tokens", "mentions", "quotes"):
        print(f"goal: the fixed overhead of {name} per call (on {SHORT[OVERHEAD]!r}) under {PER_CALL_MS:.0f} ms: "
              f"{fixed[name]:.2f} ms (x{fixed[name] / spacy:.1f} spaCy's nlp), "
              f"{'met' if fixed[name] < PER_CALL_MS else 'NOT met'}")  # fmt: skip
    work = {label: row for label, row in found.items() if label != OVERHEAD}
    for label, row in work.items():
        print(f"with work ({label}: names recognised and resolved, the quote attributed): "
              + ", ".join(f"{n} {row[n]:.2f} ms" for n in ("tokens", "mentions", "quotes"))
              + f" (spaCy's nlp {row['spaCy nlp']:.2f} ms finds neither)")


def main() -> None:
    print(f"before: {load()}")
    fresh = run_child(Path(__file__), "--child", "fresh")
    calls = run_child(Path(__file__), "--child", "calls")
    result = run_child(Path(__file__), "--child", "all")
    rows = result["rows"]
    for engine in rows:  # memory from a fresh process per engine: interleaving would share the allocator
        rows[engine].update(run_child(Path(__file__), "--child", engine))
    print(f"Raw text to tokens table, 10kGNAD ({len(gnad_rows())} articles), one core, engines in turn; {load()}\n")
    print(f"{'engine':<34}{'tokens':>9}{'cold tok/s':>13}{'warm tok/s':>13}{'peak MB':>10}{'PSS MB':>9}")
    labels = {
        "helpers": "helpers.tokens (table)",
        "spacy": 'spaCy blank("de")+lookup (Docs)',
        "spacy-table": 'spaCy blank("de")+lookup (table)',
    }
    for engine, r in rows.items():
        print(f"{labels[engine]:<34}{r['tokens']:>9,}{r['tokens'] / r['cold_s']:>13,.0f}"
              f"{r['tokens'] / r['warm_s']:>13,.0f}{r['peak_mb']:>10.1f}{r['pss_mb']:>9.0f}")  # fmt: skip
    print("peak MB: rise of peak resident memory over the first pass, PSS MB: the whole process after it;")
    print("each engine alone in a fresh process (the timings above come from one process, engines in turn)")
    print(f"helpers.tokens, first pass in a fresh process (lemma memo on disk warm): {fresh['seconds']:.2f} s "
          f"({fresh['tokens'] / fresh['seconds']:,.0f} tok/s); goal at most 2.5 s: "
          f"{'met' if fresh['seconds'] <= 2.5 else 'NOT met'}")  # fmt: skip
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
    print_per_call(calls)

if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        main()

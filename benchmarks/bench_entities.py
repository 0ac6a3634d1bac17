"""Named entities: helpers.entities cross-validated on GermEval 2014, and its speed on 10kGNAD.

Quality: 5-fold cross-validation on ../shared/data/germeval2014/NER-de-test.tsv (5,100 sentences,
the published *test* split of GermEval 2014; the team has no other annotated German). Folds are by
sentence and fixed: sentence i (0-based, file order) is in fold i % 5; each fold's model is trained
on the other four (about 4,080 sentences) exactly as `make model` trains the shipped one, and the
predictions of the five folds are pooled. Each fold's model is scored twice: alone, and as the
whole recogniser that `entities()` runs (the model, then the institutions, the rules and the name
particles, each sentence an article of its own: `helpers.entities.tagged_sentences`). Strict span
scores on the outer annotation: an entity counts when its first and last token and its class (one
of the 12 outer classes) are right.
PER, ORG, LOC, OTH are the classes proper (LOCderiv and LOCpart are not LOC); "PER+ORG+LOC" is
the micro average over those three; "all 12" is the official-style GermEval outer measure, micro
over all 12 classes. GermaNER's 0.77 outer F1 was trained on the 24,000-sentence training split
and tested on this file: our figures are cross-validated on the test split alone, with a fifth of
that training data, and not comparable one to one.

Speed: `entities` with a tokens table given, over the 1,028 10kGNAD articles, on one core (the
process is pinned to one CPU), against the project's own `tokens()` over the same articles as the
peer measured in the same run; runs interleaved A B A B, medians. Also today's pipeline (tokens,
mentions, quotes) with and without entities. The first call (loading the model, the word lists and
the dictionaries, and every word form's features) is timed apart.

Also: gender-guesser's coverage of first names (GermEval persons, the gazetteer's persons), the
model's size, and with --ablation the cross-validated F1 without each feature group.

    python benchmarks/bench_entities.py                     # about 6 minutes
    python benchmarks/bench_entities.py --ablation          # + 5 folds per feature group (about 1 hour)
    python benchmarks/bench_entities.py --ablation --folds 0 1   # the ablation on two folds only
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # benchmarks/common.py; benchmarks are scripts, not a package

from common import GNAD  # noqa: E402

from helpers import paths  # noqa: E402
from helpers.actors import load_gazetteer, mentions  # noqa: E402
from helpers.articles import load_corpus  # noqa: E402
from helpers.entities import entities, first_names, load_model, tagged_sentences  # noqa: E402
from helpers.entities.crf import MODEL, PARAMS  # noqa: E402
from helpers.entities.features import DEFAULT_GROUPS, GROUPS  # noqa: E402
from helpers.entities.germeval import (  # noqa: E402
    CLASSES,
    GERMEVAL,
    cross_validate,
    cross_validate_taggers,
    predict,
    read_germeval,
    spans,
)
from helpers.quotes import UnclosedQuoteWarning, quotes  # noqa: E402
from helpers.tokens import tokens  # noqa: E402

REPEATS = 5
ROWS = ("PER", "ORG", "LOC", "OTH", "PER+ORG+LOC", "main", "all")
NAMES = {"PER+ORG+LOC": "micro PER+ORG+LOC", "main": "micro PER+ORG+LOC+OTH", "all": "micro all 12 (official)"}


def print_scores(scores: dict, title: str) -> None:
    print(title)
    print(f"  {'class':<28}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}")
    for row in ROWS:
        s = scores[row]
        print(f"  {NAMES.get(row, row):<28}{s['p']:>7.3f}{s['r']:>7.3f}{s['f1']:>7.3f}{s['gold']:>7,}")
    rest = [c for c in CLASSES[4:] if scores[c]["gold"]]
    print("  " + ", ".join(f"{c} {scores[c]['f1']:.2f} ({scores[c]['gold']})" for c in rest))


def coverage() -> None:
    """Share of first names that gender-guesser's list knows, alone and with first_names_de.txt."""
    lines = (paths.DATA / "first_names_de.txt").read_text(encoding="utf-8").splitlines()
    ours = {ln.split()[0] for ln in lines if ln.strip() and not ln.startswith("#")}
    names = first_names()
    sentences, tags = read_germeval(GERMEVAL)
    firsts = [s[a] for s, t in zip(sentences, tags, strict=True) for a, b, c in spans(t) if c == "PER" and b - a >= 2]
    persons = [e["name"].split()[0] for e in load_gazetteer() if e["type"] == "person" and " " in e["name"]]
    print("\nFirst names (the first word of a person's name of two or more words)")
    for label, words in (("GermEval PER spans", firsts), ("actors.yaml persons", persons)):
        known = sum(w in names and w not in ours for w in words)
        with_ours = sum(w in names for w in words)
        missing = sorted({w for w in words if w not in names})
        share, share_ours = known / len(words), with_ours / len(words)
        print(f"  {label:<22}{len(words):>6,} names: gender-guesser {share:.1%}, with first_names_de.txt "
              f"{share_ours:.1%}; e.g. missing: {', '.join(missing[:8])}")  # fmt: skip


def speed() -> None:
    warnings.simplefilter("ignore", UnclosedQuoteWarning)  # 5 of 10kGNAD's quotes: not what is measured here
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})  # one core
    articles = load_corpus(GNAD, category="label", sep=";", quotechar="'", header=False, columns=["label", "text"])
    t0 = time.perf_counter()
    toks = tokens(articles, progress=False)
    t_tokens_first = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = entities(articles, toks=toks)
    t_first = time.perf_counter() - t0
    ments = mentions(articles, toks=toks, progress=False)
    quotes(articles, toks=toks, mentions=ments, progress=False)
    a, b, rest = [], [], []
    for _ in range(REPEATS):  # A B A B ...: tokens (peer), entities, and the rest of today's pipeline
        t0 = time.perf_counter()
        tokens(articles, progress=False)
        a.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        found = entities(articles, toks=toks)
        b.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ments = mentions(articles, toks=toks, progress=False)
        quotes(articles, toks=toks, mentions=ments, progress=False)
        rest.append(time.perf_counter() - t0)
    n = len(toks)
    ta, tb, tr = statistics.median(a), statistics.median(b), statistics.median(rest)
    print(f"\nSpeed on one core (CPU {cpu}), 10kGNAD: {len(articles):,} articles, {n:,} tokens, "
          f"{len(found):,} entities; medians of {REPEATS} interleaved runs")  # fmt: skip
    print(f"  {'':<48}{'seconds':>9}{'tokens/s':>12}")
    print(f"  {'peer: tokens() from raw text':<48}{ta:>9.2f}{n / ta:>12,.0f}")
    print(f"  {'entities(articles, toks=...)':<48}{tb:>9.2f}{n / tb:>12,.0f}")
    print(f"  {'mentions + quotes (tokens given)':<48}{tr:>9.2f}{n / tr:>12,.0f}")
    print(f"  {'first call in a process: tokens() / entities()':<48}{t_tokens_first:>5.1f} / {t_first:.1f}")
    print(f"  ratio: entities runs at x{ta / tb:.2f} the speed of tokens(); today's pipeline (tokens, mentions, "
          f"quotes) with entities takes x{(ta + tr + tb) / (ta + tr):.2f} its time")  # fmt: skip
    counts = found.groupby(["label", "form"], observed=True).size()
    print("  entities found: " + ", ".join(f"{lab}/{form} {k:,}" for (lab, form), k in counts.items()))


def ablation(folds: list[int] | None, full: dict) -> None:
    where = f"folds {folds}" if folds else "5 folds"
    print(f"\nAblation: cross-validated F1 without each feature group ({where}); Δ against all groups")
    columns = ("PER", "ORG", "LOC", "OTH", "PER+ORG+LOC", "all")
    heads = "".join(f"{h:>7}" for h in ("PER", "ORG", "LOC", "OTH", "P+O+L", "all 12"))
    print(f"  {'without':<14}{heads}{'Δ P+O+L':>9}{'Δ all':>7}")
    print(f"  {'(nothing)':<14}" + "".join(f"{full[c]['f1']:>7.3f}" for c in columns))
    for group in GROUPS:
        s = cross_validate(DEFAULT_GROUPS - {group}, only=folds)
        d1 = s["PER+ORG+LOC"]["f1"] - full["PER+ORG+LOC"]["f1"]
        d2 = s["all"]["f1"] - full["all"]["f1"]
        cells = "".join(f"{s[c]['f1']:>7.3f}" for c in columns)
        print(f"  {group:<14}{cells}{d1:>+9.3f}{d2:>+7.3f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ablation", action="store_true", help="cross-validate without each feature group")
    parser.add_argument("--folds", type=int, nargs="*", help="folds for the ablation (default: all 5)")
    args = parser.parse_args()
    if not GERMEVAL.exists() or not GNAD.exists():
        raise SystemExit(f"benchmark data not found: {GERMEVAL} / {GNAD} (set NEWS_SHARED_DATA)")
    model = load_model()
    print(f"Model {MODEL.name}: {MODEL.stat().st_size / 2**20:.2f} MB, {len(model.labels)} labels, "
          f"{len(model.attributes):,} attributes, {model.weights.nnz:,} weights; crfsuite {PARAMS}")  # fmt: skip
    t0 = time.perf_counter()
    both = cross_validate_taggers({"model": predict, "recogniser": lambda m, s: tagged_sentences(s, model=m)})
    scores = both["model"]
    print(f"\nGermEval 2014 (NER-de-test.tsv), 5-fold cross-validation by sentence (fold = i % 5), "
          f"strict spans, outer classes; {time.perf_counter() - t0:.0f} s for 5 trainings")  # fmt: skip
    print_scores(scores, "the model alone")
    print_scores(both["recogniser"], "the whole recogniser, as entities() runs it (model, institutions, rules)")
    coverage()
    speed()
    if args.ablation:
        full = scores if not args.folds else cross_validate(only=args.folds)
        ablation(args.folds, full)


if __name__ == "__main__":
    main()

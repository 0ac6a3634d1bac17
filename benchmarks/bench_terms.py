"""Term frequencies and keyness over a tokens table, against plain Python peers in the same run.

Corpus: the 1,028 articles of ../shared/data/10kgnad/articles.csv (about 430k tokens), tokenised
once with helpers.tokens (not timed). Ours and the peers run in turn in one process (A B A B),
one core, and each measure is the median of the passes after the first; the load is printed:

- term_frequencies: lemma counts without stopwords, punctuation and numbers, with per 1,000
  words; peers: collections.Counter and nltk.FreqDist over the same lemmas (the same filter
  on the same table, then counting), once for the whole corpus and once per article.
- keyness against another tokens table (the 10kGNAD "Sport" articles against all others);
  peer: two Counters and Dunning's G2 and Hardie's log ratio in a Python loop. The peer's
  G2 values are checked against ours.
- keyness against general German (wordfreq): the lemmatised reference is built once and kept
  in the cache folder (its time, building or reading, is shown apart); peer: Counter of
  case-folded lemmas, a dict lookup of the same reference frequencies, G2 in a Python loop (it
  does less: no form-by-form reading).

    python benchmarks/bench_terms.py          # or: make bench
"""

from __future__ import annotations

import math
import time
from collections import Counter
from pathlib import Path

from common import gnad_rows, interleaved, load

HERE = Path(__file__).resolve().parent

REPEATS = 5
GOAL_S = 1.0  # the issue: "well under a second after tokenising"


def counted(t):
    """The rows term_frequencies counts: content kinds, no stopword, punctuation or number, no word
    of a fixed phrase ("nach Angaben": helpers/data/fixed_phrases_de.txt; the peers count the same
    terms, so that the counts can be compared)."""
    from helpers.articles import CONTENT_KINDS
    from helpers.terms import in_fixed_phrase

    keep = t["kind"].isin(CONTENT_KINDS).to_numpy() & ~(t["is_stop"] | t["is_punct"] | t["is_num"]).to_numpy()
    return keep & ~in_fixed_phrase(t)


def counter_peer(t):
    return Counter(t["lemma"].to_numpy()[counted(t)].tolist())


def freqdist_peer(t):
    from nltk import FreqDist

    return FreqDist(t["lemma"].to_numpy()[counted(t)].tolist())


def counter_per_article_peer(t):
    keep = counted(t)
    out: dict[str, Counter] = {}
    for article, term in zip(t["article"].to_numpy()[keep].tolist(), t["lemma"].to_numpy()[keep].tolist(),
                             strict=True):  # fmt: skip
        out.setdefault(article, Counter())[term] += 1
    return out


def g2(a: float, b: float, c: float, d: float) -> float:
    """Dunning's G2 (Rayson & Garside 2000), signed: positive for over-use in the target."""
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    value = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return math.copysign(max(value, 0.0), a / c - b / d)


def keyness_peer(target, reference, min_count: int = 3) -> dict[str, tuple[float, float]]:
    words_target = int((~target["is_punct"]).sum())
    words_reference = int((~reference["is_punct"]).sum())
    a_counts, b_counts = counter_peer(target), counter_peer(reference)
    c, d = float(words_target), float(words_reference)
    out = {}
    for term in a_counts.keys() | b_counts.keys():
        a, b = a_counts.get(term, 0), b_counts.get(term, 0)
        if a < min_count and c * b / d < min_count:
            continue
        ratio = math.log2(((a or 0.5) / c) / ((b or 0.5) / d))
        out[term] = (g2(a, b, c, d), ratio)
    return out


def general_peer(t, frequencies: dict[str, float], floor: float, size: float, min_count: int = 3):
    c = float((~t["is_punct"]).sum())
    counts = Counter(term.casefold() for term in t["lemma"].to_numpy()[counted(t)].tolist())
    out = {}
    for key, a in counts.items():
        if a < min_count:
            continue
        b = frequencies.get(key, floor) * size
        out[key] = (g2(a, b, c, size), math.log2((a / c) / (b / size)))
    return out


def main() -> None:
    from helpers.articles import article_from_record
    from helpers.terms import GENERAL_SIZE, general_german, keyness, term_frequencies
    from helpers.tokens import tokens

    rows = gnad_rows()
    t = tokens([article_from_record(text, id=str(i)) for i, (_, text) in enumerate(rows)], progress=False)
    category = {str(i): label for i, (label, _) in enumerate(rows)}
    sport = t["article"].map(category).eq("Sport").to_numpy()
    target, reference = t[sport], t[~sport]
    print(f"Term frequencies and keyness, 10kGNAD ({len(rows):,} articles, {len(t):,} tokens), after tokenising; "
          f"engines in turn, medians; {load()}\n")  # fmt: skip

    results = []  # (what, ours, peer name, peer)
    runs = interleaved({"ours": lambda: term_frequencies(t), "counter": lambda: counter_peer(t),
                        "freqdist": lambda: freqdist_peer(t)}, REPEATS + 1)  # fmt: skip
    (ours, freqs), (counter_s, counter), (freqdist_s, _) = ((r["median"], r["result"]) for r in runs.values())
    assert dict(zip(freqs["term"], freqs["count"], strict=True)) == dict(counter), "same counts as Counter"
    results += [("term_frequencies, whole corpus", ours, "Counter", counter_s),
                ("term_frequencies, whole corpus", ours, "nltk.FreqDist", freqdist_s)]  # fmt: skip
    runs = interleaved({"ours": lambda: term_frequencies(t, group="article"),
                        "peer": lambda: counter_per_article_peer(t)}, REPEATS + 1)  # fmt: skip
    ours_articles, per_article_s = runs["ours"]["median"], runs["peer"]["median"]
    results.append(("term_frequencies, per article", ours_articles, "Counter per article", per_article_s))

    runs = interleaved({"ours": lambda: keyness(target, reference),
                        "peer": lambda: keyness_peer(target, reference)}, REPEATS + 1)  # fmt: skip
    (ours_key, key), (peer_key_s, peer_key) = ((r["median"], r["result"]) for r in runs.values())
    mine = dict(zip(key["term"], key["log_likelihood"], strict=True))
    assert mine.keys() == peer_key.keys(), "same terms as the plain implementation"
    assert all(math.isclose(mine[k], peer_key[k][0], rel_tol=1e-9, abs_tol=1e-9) for k in mine), "same G2"
    results.append(("keyness, Sport against the rest", ours_key, "Counter + loop", peer_key_s))

    t0 = time.perf_counter()
    general = general_german()
    build_s = time.perf_counter() - t0
    frequencies = dict(zip(general["key"], general["frequency"], strict=True))
    floor = min(frequencies.values()) / 2
    runs = interleaved({"ours": lambda: keyness(t),
                        "peer": lambda: general_peer(t, frequencies, floor, GENERAL_SIZE)}, REPEATS + 1)  # fmt: skip
    ours_general, peer_general_s = runs["ours"]["median"], runs["peer"]["median"]
    results.append(("keyness, corpus against wordfreq", ours_general, "Counter + dict + loop", peer_general_s))

    print(f"{'measure':<36}{'helpers s':>11}{'peer':>24}{'peer s':>9}{'ratio':>8}")
    for what, mine_s, peer, peer_s in results:
        print(f"{what:<36}{mine_s:>11.3f}{peer:>24}{peer_s:>9.3f}{peer_s / mine_s:>7.2f}x")
    print(f"\nreference (wordfreq forms lemmatised; built once, then read from the cache folder): {build_s:.2f} s; "
          f"keyness against it: {ours_general:.3f} s")  # fmt: skip
    print("ratio = peer time / helpers time (above 1: helpers is faster); the peers return a Counter or a dict,")
    print("helpers a sorted table with per_1000 and rank (term_frequencies) or p-values (keyness)")
    slowest = max(r[1] for r in results)
    verdict = "met" if slowest < GOAL_S else "NOT met"
    print(f"\ngoal: term_frequencies and keyness under {GOAL_S:.0f} s each after tokenising "
          f"(slowest {slowest:.3f} s): {verdict}")


if __name__ == "__main__":
    main()

"""Actor mentions over the 1,028 10kGNAD articles: helpers.actors.mentions against two peers.

- ours: `mentions` on the tokens table (token-sequence index, one pass over candidate tokens),
  timed with and without tokenising;
- peer 1: one compiled regex, an alternation of every surface form of the gazetteer (names and
  their genitives, metonyms, adjective forms) between word boundaries, over the raw texts;
- peer 2: the naive loop over actors, one regex per surface form, over 100 articles, scaled up.

The peers only find spans; they do none of our resolution (longest match across kinds, roles,
ambiguous names, compounds), so the comparison flatters them. Ours and peer 1 run in turn in one
process (A B C A B C ...), medians compared, the machine's load printed beside them.

    python benchmarks/bench_actors.py
"""

from __future__ import annotations

import re

from common import best, gnad_rows, interleaved, load

from helpers.actors import actor_table, mentions, surface_forms
from helpers.articles import article_from_record
from helpers.tokens import tokens


def main() -> None:
    texts = [text for _, text in gnad_rows()]
    articles = [article_from_record(t, id=str(i)) for i, t in enumerate(texts)]
    actor_table()  # compiling the gazetteer is start-up, not work
    toks = tokens(articles, progress=False)
    forms = surface_forms()

    alternation = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    runs = interleaved({
        "match": lambda: mentions(articles, toks=toks, progress=False),
        "full": lambda: mentions(articles, progress=False),
        "regex": lambda: [m.span() for t in texts for m in alternation.finditer(t)],
    }, repeats=4)  # fmt: skip
    (t_match, found), (t_full, _), (t_regex, spans) = ((r["median"], r["result"]) for r in runs.values())
    sample = texts[:100]
    patterns = [re.compile(r"(?<!\w)" + re.escape(f) + r"(?!\w)") for f in forms]
    t_naive_sample, _ = best(lambda: [m.span() for p in patterns for t in sample for m in p.finditer(t)], repeats=1)
    t_naive = t_naive_sample * len(texts) / len(sample)

    n_tokens = len(toks)
    print(f"Actor mentions, 10kGNAD ({len(texts)} articles, {n_tokens:,} tokens), {len(forms):,} surface forms; "
          f"{load()}\n")  # fmt: skip
    print(f"{'method':<58}{'seconds':>9}{'mentions':>10}")
    print(f"{'helpers.actors.mentions (tokens given)':<58}{t_match:>9.2f}{len(found):>10,}")
    print(f"{'helpers.actors.mentions (raw text, tokenising included)':<58}{t_full:>9.2f}{len(found):>10,}")
    print(f"{'peer: one regex alternation of all forms (spans only)':<58}{t_regex:>9.2f}{len(spans):>10,}")
    print(f"{'peer: one regex per form, loop (100 articles, scaled)':<58}{t_naive:>9.2f}{'':>10}")
    print(f"\nratio: ours (tokens given) is x{t_regex / t_match:.1f} the speed of one big regex, "
          f"x{t_naive / t_match:.0f} the naive loop; raw text to mentions: x{t_regex / t_full:.1f} / "
          f"x{t_naive / t_full:.0f}")  # fmt: skip


if __name__ == "__main__":
    main()

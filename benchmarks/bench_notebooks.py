"""How long a user waits for each notebook: ``python -m helpers run NN`` on the seed, one fresh
process per notebook, as typed at the prompt (papermill, a fresh kernel, every cell, every figure).

Prints each notebook's wall time with the machine's load (1-minute average) beside it, then the
total. ``--repeats N`` runs the six notebooks N times in turn (01 02 ... 06 01 02 ...) and reports
the median per notebook, so that a burst of load from elsewhere hits every notebook alike.

    python benchmarks/bench_notebooks.py                 # figures go to a temporary folder
    python benchmarks/bench_notebooks.py --repeats 3 --figures /tmp/out
    python benchmarks/bench_notebooks.py --against ../main   # before/after: main's checkout, interleaved

Then, with the whole set and the shared data present, notebook 06 on the 1,028 10kGNAD articles
as the README runs it: once to fill the cache (its time printed too), then timed from the cache.
Goals (issue 17): each notebook on the seed at most 10 s, all six at most 45 s, notebook 06 on
10kGNAD from the cache at most 12 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from helpers import paths
from helpers.run import notebooks


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes), as printed beside every timing."""
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


#: Notebook 06 on 10kGNAD, as the README runs it (its table options).
GNAD_OPTIONS = ["--seeds", str(paths.SHARED_DATA / "10kgnad" / "articles.csv"), "-p", "freq", "M", "-p", "table",
                "{'category': 'label', 'sep': ';', 'quotechar': \"'\", 'header': False, 'columns': ['label', 'text']}"]
EACH, ALL, CORPUS = 10.0, 45.0, 12.0  # goals in seconds


def run_once(notebook: str, figures: str, checkout: Path | None = None, options: Sequence[str] = ()) -> float:
    """Seconds for one ``python -m helpers run NOTEBOOK`` in a fresh process (of ``checkout``'s .venv)."""
    python = sys.executable if checkout is None else str(checkout / ".venv" / "bin" / "python")
    command = [python, "-m", "helpers", "run", notebook, "--figures", figures, *options]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=checkout or paths.ROOT, capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{notebook} failed:\n{done.stderr[-3000:]}")
    return took


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("notebooks", nargs="*", help="only these (prefix, e.g. 02)")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--figures", help="output folder (default: a temporary folder)")
    parser.add_argument("--against", type=Path, metavar="CHECKOUT",
                        help="also time another checkout (with its own .venv), interleaved: A B A B")  # fmt: skip
    args = parser.parse_args(argv)
    figures = Path(args.figures or tempfile.mkdtemp(prefix="bench-notebooks-"))
    names = [p.stem[:2] for p in notebooks(args.notebooks)]
    engines: dict[str, Path | None] = {"this": None}
    if args.against:
        engines = {"other": args.against.resolve(), **engines}
    times = {(e, n): [] for e in engines for n in names}
    print(f"python -m helpers run NN on the seed, fresh process each; {os.cpu_count()} cores; {load()}")
    for r in range(args.repeats):
        for name in names:
            for engine, checkout in engines.items():
                took = run_once(name, str(figures / engine), checkout)
                times[engine, name].append(took)
                print(f"  round {r + 1}  {name}  {engine:5}  {took:6.1f} s   {load()}", flush=True)
    print("notebook  " + "  ".join(f"{e:>7}" for e in engines) + "   (median s)")
    for name in names:
        print(f"  {name}      " + "  ".join(f"{statistics.median(times[e, name]):7.1f}" for e in engines))
    totals = "  ".join(f"{sum(statistics.median(times[e, n]) for n in names):7.1f}" for e in engines)
    print(f"  total   {totals}   {load()}")
    if args.notebooks or args.against:
        return
    slowest = max(names, key=lambda n: statistics.median(times["this", n]))
    each, total = statistics.median(times["this", slowest]), sum(statistics.median(times["this", n]) for n in names)
    print(f"goal: each notebook at most {EACH:.0f} s (slowest {slowest}: {each:.1f} s): "
          f"{'met' if each <= EACH else 'NOT met'}; all six at most {ALL:.0f} s ({total:.1f} s): "
          f"{'met' if total <= ALL else 'NOT met'}")  # fmt: skip
    if not (paths.SHARED_DATA / "10kgnad" / "articles.csv").exists():
        print("notebook 06 on 10kGNAD: skipped, the shared data is not there (set NEWS_SHARED_DATA)")
        return
    first = run_once("06", str(figures / "10kgnad"), options=GNAD_OPTIONS)  # fills the cache if empty
    cached = [run_once("06", str(figures / "10kgnad"), options=GNAD_OPTIONS) for _ in range(args.repeats)]
    took = statistics.median(cached)
    print(f"notebook 06 on 10kGNAD (1,028 articles): first run {first:.1f} s, from the cache {took:.1f} s "
          f"({load()}); goal at most {CORPUS:.0f} s: {'met' if took <= CORPUS else 'NOT met'}")  # fmt: skip


if __name__ == "__main__":
    main()

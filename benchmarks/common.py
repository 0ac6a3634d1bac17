"""Shared pieces of the benchmarks: the 10kGNAD corpus, peak memory, a subprocess runner."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from helpers import paths

GNAD = paths.SHARED_DATA / "10kgnad" / "articles.csv"


def gnad_rows(path: Path = GNAD) -> list[tuple[str, str]]:
    """(label, text) of every 10kGNAD article."""
    if not path.exists():
        raise SystemExit(f"benchmark data not found: {path} (set NEWS_SHARED_DATA)")
    with path.open(encoding="utf-8", newline="") as f:
        return [(label, text) for label, text in csv.reader(f, delimiter=";", quotechar="'")]


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    """Peak resident memory (since the last :func:`reset_peak`), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> None:
    """Reset the peak-RSS mark (Linux), so the peak measures only what follows."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def run_child(script: Path, *args: str) -> dict:
    """Run ``script`` in a fresh Python process; it prints one JSON line with its results."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{script.name} {' '.join(args)} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def load() -> str:
    """The machine's load averages (1, 5, 15 minutes): printed beside every timing, since the two
    cores are shared and a busy machine slows everything alike."""
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def pss_mb() -> float:
    """Proportional set size of this process now, in MB (``/proc/self/smaps_rollup``): memory shared
    with other processes counts by its share, so the PSS of several processes adds up."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def interleaved(works: dict[str, object], repeats: int = 3) -> dict[str, dict]:
    """Run each of ``works`` (name -> function) ``repeats`` times in turn, A B A B ..., in this
    process, so that load from elsewhere hits every engine alike. Per name: ``first`` (the first
    run: cold), ``median`` (of the runs after the first; the first when ``repeats`` is 1),
    ``peak_mb`` (the largest rise of peak resident memory over one run), ``result`` (of the last)."""
    out = {name: {"times": [], "peak_mb": 0.0, "result": None} for name in works}
    for _ in range(repeats):
        for name, work in works.items():
            out[name]["result"] = None  # the previous result is not counted in this run's memory
            before = rss_mb()
            reset_peak()
            t0 = time.perf_counter()
            result = work()
            out[name]["times"].append(time.perf_counter() - t0)
            out[name]["peak_mb"] = max(out[name]["peak_mb"], peak_rss_mb() - before)
            out[name]["result"] = result
            del result
    for entry in out.values():
        times = entry.pop("times")
        entry["first"] = times[0]
        entry["median"] = statistics.median(times[1:] or times)
    return out


def best(work, repeats: int = 3) -> tuple[float, object]:
    """Best wall time of ``repeats`` runs of ``work()``, and the last result."""
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t0)
    return min(times), result

"""The code is linted with ruff (configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys

from helpers import paths


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(paths.ROOT / ".venv" / "bin" / "ruff")
    folders = [f for f in ("helpers", "tests", "notebooks", "benchmarks") if (paths.ROOT / f).is_dir()]
    result = subprocess.run(
        [ruff, "check", *folders],
        cwd=paths.ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    sys.stdout.write(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr

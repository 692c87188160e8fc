"""Start-up of the command line, as a person feels it: whole processes, medians of several runs.

cli_help_p50_ms                 ``python main.py --help``
cli_parse_resume_txt_p50_ms     ``python main.py parse-resume resume.txt --json`` (to the first result)
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fixtures.documents import SAMPLE_RESUME_LINES

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 7


def _p50_ms(args: list[str]) -> float:
    timings = []
    for _ in range(ROUNDS + 1):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", *args], cwd=REPO, check=True, capture_output=True
        )
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings[1:])  # the first run warms the OS file cache


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        resume = Path(tmp) / "resume.txt"
        resume.write_text("\n".join(SAMPLE_RESUME_LINES), encoding="utf-8")
        return {
            "cli_help_p50_ms": _p50_ms(["--help"]),
            "cli_parse_resume_txt_p50_ms": _p50_ms(["parse-resume", str(resume), "--json"]),
        }

"""Start-up of the command line, as a person feels it: whole processes, medians of several runs.

cli_help_p50_ms                       ``python main.py --help``
cli_parse_resume_txt_p50_ms           ``python main.py parse-resume resume.txt --json`` (to the
                                      first result; the process's whole life, exit included)
cli_parse_resume_txt_first_run_p50_ms the same with an empty CACHE_DIR: the first start after an
                                      install or a taxonomy update builds the precompiled indexes
cli_parse_resume_txt_no_pyc_p50_ms    the same with PYTHONDONTWRITEBYTECODE=1 and no bytecode
                                      written for the checkout: every start compiles atspro's source
startup_load_avg_1m                   the machine's 1-minute load average when the runs ended

Runs use their own DATA_DIR and CACHE_DIR (temporary) and, except in the ``no_pyc`` figure, let
Python keep compiled bytecode as it does by default (in a temporary PYTHONPYCACHEPREFIX, so
nothing is written into the checkout). The first run of each series is a warm-up and not counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.fixtures.documents import SAMPLE_RESUME_LINES

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 7


def _p50_ms(
    args: list[str],
    env: dict[str, str],
    rounds: int = ROUNDS,
    before: Callable[[], None] | None = None,
) -> float:
    timings = []
    for _ in range(rounds + 1):
        if before is not None:
            before()
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", *args], cwd=REPO, env=env, check=True, capture_output=True
        )
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings[1:])  # the first run warms the OS file cache and bytecode


def _empty(directory: Path) -> None:
    for path in directory.glob("*"):
        path.unlink()


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        resume = tmp / "resume.txt"
        resume.write_text("\n".join(SAMPLE_RESUME_LINES), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            DATA_DIR=str(tmp / "data"),
            CACHE_DIR=str(tmp / "cache"),
            PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
        )
        parse = ["parse-resume", str(resume), "--json"]
        results = {
            "cli_help_p50_ms": _p50_ms(["--help"], env),
            "cli_parse_resume_txt_p50_ms": _p50_ms(parse, env),
        }
        (tmp / "cache").mkdir(exist_ok=True)
        results["cli_parse_resume_txt_first_run_p50_ms"] = _p50_ms(
            parse, env, rounds=3, before=lambda: _empty(tmp / "cache")
        )
        no_pyc = {k: v for k, v in env.items() if k != "PYTHONPYCACHEPREFIX"}
        no_pyc["PYTHONDONTWRITEBYTECODE"] = "1"
        results["cli_parse_resume_txt_no_pyc_p50_ms"] = _p50_ms(parse, no_pyc)
        results["startup_load_avg_1m"] = os.getloadavg()[0]
        return results

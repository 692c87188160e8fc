"""Run every evaluation part, print the figures, write bench/eval.json.

``python -m bench.eval [part ...]``. Exits 0 also when ../shared is absent (every part skips).
The OCR part renders and reads ~100 photos (20+ minutes on 2 cores), so ``make eval`` leaves it
out; ``make eval-ocr`` (``python -m bench.eval ocr``) runs it. Each part's figures are written
as soon as it ends, merged into bench/eval.json under a lock (``common.save_figures``): figures
of parts not run this time stay as they were, also when other runs write in parallel.
"""

from __future__ import annotations

import importlib
import resource
import sys
import time
from pathlib import Path

from bench.eval.common import SAMPLES, extract_once, print_figures, save_figures

PARTS = ["resumes", "jobs", "match", "grounding", "tailor"]  # make eval (under 2 minutes)
SLOW_PARTS = ["ocr"]  # make eval-ocr
OUT = Path(__file__).resolve().parents[1] / "eval.json"


def _cpu_seconds() -> float:
    """CPU time of this process and its ended children: a part's cost on a shared machine,
    where wall time says more about the neighbours' load than about the part."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str]) -> int:
    chosen = argv or PARTS
    figures: dict[str, object] = {}
    failed = []
    with extract_once():  # parts read the same files: each is extracted once
        for part in chosen:
            try:
                module = importlib.import_module(f"bench.eval.{part}")
            except ModuleNotFoundError as exc:
                if exc.name == f"bench.eval.{part}":
                    continue  # part not written yet
                raise
            started, cpu = time.perf_counter(), _cpu_seconds()
            print(f"== {part}", flush=True)
            if not SAMPLES.is_dir():
                figures[part] = {"skipped": f"{SAMPLES} is absent"}
            else:
                try:
                    figures[part] = module.run(SAMPLES)
                except Exception as exc:  # one broken part must not hide the others
                    figures[part] = {"failed": f"{type(exc).__name__}: {exc}"}
                    failed.append(part)
            print_figures(figures[part], indent=3)
            wall, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
            print(f"   ({wall:.1f} s; CPU {cpu:.1f} s with its worker processes)", flush=True)
            save_figures(OUT, {part: figures[part]})
    print(f"\nwrote {', '.join(figures) or 'no part'} into {OUT}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""``make bench``: run every ``bench/bench_*.py``, print one table, write bench/results.json.

Each benchmark module exposes ``run() -> dict[str, float]``; keys carry their unit in the name
(``resume_parse_pdf_p50_ms``, ``ranking_pairwise_accuracy_pct``).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    only = set(argv)
    results: dict[str, float] = {}
    failed: list[str] = []
    for info in sorted(pkgutil.iter_modules([str(HERE)]), key=lambda i: i.name):
        if not info.name.startswith("bench_") or (only and info.name not in only):
            continue
        started = time.perf_counter()
        print(f"== {info.name}", flush=True)
        try:
            module = importlib.import_module(f"bench.{info.name}")
            values = module.run()
        except Exception as exc:  # a broken benchmark must not hide the others
            print(f"   FAILED: {type(exc).__name__}: {exc}", flush=True)
            failed.append(info.name)
            continue
        for key, value in values.items():
            results[key] = round(float(value), 4)
        print(f"   done in {time.perf_counter() - started:.1f} s", flush=True)
    width = max((len(k) for k in results), default=10)
    print()
    print(f"{'metric':<{width}}  value")
    print(f"{'-' * width}  ---------")
    for key, value in results.items():
        print(f"{key:<{width}}  {value:g}")
    (HERE / "results.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    print(f"\nwrote {HERE / 'results.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

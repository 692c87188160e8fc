"""Figures the benchmarks share."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) of ``values``, nearest rank from below (p95: ``q=0.95``)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def median_ms(fn: Callable[[], object], rounds: int, *, warm: bool = True) -> float:
    """The median wall time of ``rounds`` calls of ``fn`` in milliseconds; with ``warm``, one
    untimed call first (regex compilation, caches, a worker process)."""
    if warm:
        fn()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)

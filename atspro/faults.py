"""Crash points for fault tests: ``ATSPRO_CRASH_AT=name:n`` kills this process (SIGKILL, no
clean-up) the n-th time the code passes ``crash_point(name)``. Unset, it costs one lookup.

The fault tests run ``main.py bot`` with it to crash at exact boundaries (an update stored but
not confirmed, a reply sent but not committed, a job stored but not announced) — points a
timed kill would hit only by luck.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

_hits: Counter[str] = Counter()


def crash_point(name: str) -> None:
    spec = os.environ.get("ATSPRO_CRASH_AT")
    if not spec:
        return
    target, _, nth = spec.partition(":")
    if target != name:
        return
    _hits[name] += 1
    if _hits[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)

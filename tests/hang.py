"""The one hang guard for waits on something that must happen (a bot answer, a row, a
worker's result). Such a wait measures nothing: it only ends a test that would otherwise hang,
so it is generous (a 2-core CI runner under load) and stays below pytest's per-test ``timeout``
(pyproject.toml), which tests/conftest.py checks. ``ATSPRO_HANG_GUARD_S`` overrides it."""

from __future__ import annotations

import os

HANG_GUARD_S = float(os.environ.get("ATSPRO_HANG_GUARD_S", "60"))

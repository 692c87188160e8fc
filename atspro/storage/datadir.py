"""One owner per data directory: a lock file, and handles left by killed processes cleaned.

Two bots (or sandboxes) on one ``DATA_DIR`` would share the embedded database and its queue
and answer each other's users. The first takes ``DATA_DIR/atspro.lock`` (an ``flock``, gone
when its process dies however it dies); a second one exits with one clear line.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)
LOCK_NAME = "atspro.lock"


class DataDirBusy(RuntimeError):
    """Another process owns this data directory."""


@contextlib.contextmanager
def own_data_dir(data_dir: Path) -> Iterator[None]:
    """Hold the data directory's lock for the duration; ``DataDirBusy`` when taken."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    handle = path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "another process"
            raise DataDirBusy(
                f"{data_dir} is in use by {owner}: stop it first, or give this one its own "
                "DATA_DIR."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        clean_stale_handles(data_dir / "pgdata")
        yield
    finally:
        handle.close()  # releases the lock


def clean_stale_handles(pgdata: Path) -> list[int]:
    """Drop processes that no longer exist from the embedded server's handle list (a killed
    bot stays there, and the server is then never stopped by the last one out)."""
    path = pgdata / ".handle_pids.json"
    try:
        pids = [int(p) for p in json.loads(path.read_text())]
    except (OSError, ValueError, TypeError):
        return []
    alive = [p for p in pids if _alive(p)]
    if alive != pids:
        path.write_text(json.dumps(alive))
        log.info("removed %d stale database handles", len(pids) - len(alive))
    return [p for p in pids if p not in alive]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

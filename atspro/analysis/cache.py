"""Indexes built from the shipped data files, kept precompiled on disk between processes.

Building the skills index (gzip + JSON + derived sets) or the city list costs tens of
milliseconds at every start; reading back the finished Python objects with ``marshal`` costs a
fraction of that. A cache file is named by a hash of everything the built value depends on:
the data files' bytes, the source of the module that builds it, and the Python version (marshal's
format). So an edited data file or an edited loader rebuilds it on the next start, and nothing
ever has to be invalidated by hand.

Off until :func:`configure` names a directory (the command line does, with ``CACHE_DIR``), so
library use and tests build in memory and write nothing. A cache that cannot be read or
written is rebuilt in memory: the cache only ever saves time, it never changes a result.
Like Python's own ``__pycache__`` (marshal too), the directory should be writable only by the
service's user: marshal trusts what it reads.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_directory: Path | None = None


def configure(directory: Path | None) -> None:
    """Keep built indexes in ``directory`` (created on first write); None turns the cache off."""
    global _directory
    _directory = directory


def cache_key(depends_on: Iterable[Path]) -> str:
    """Hash of the files a built value depends on (contents, not times) and the Python version."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}/{marshal.version}".encode())
    for path in depends_on:
        digest.update(Path(path).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:24]


def cached(name: str, depends_on: Iterable[Path], build: Callable[[], Any]) -> Any:
    """``build()``'s value, read from the cache when one built from the same inputs exists.

    The value must be made of plain Python data (dicts, lists, sets, strings, numbers) so that
    ``marshal`` can store it; one that cannot be stored is simply not cached."""
    if _directory is None:
        return build()
    directory = _directory
    try:
        path = directory / f"{name}-{cache_key(depends_on)}.marshal"
    except OSError:  # an input cannot be read: let build() report it
        return build()
    try:
        return marshal.loads(path.read_bytes())
    except FileNotFoundError:
        pass
    except (OSError, EOFError, ValueError, TypeError):  # unreadable or torn: build again
        log.debug("cache file %s unreadable; rebuilding", path, exc_info=True)
    value = build()
    _store(directory, path, name, value)
    return value


def _store(directory: Path, path: Path, name: str, value: Any) -> None:
    try:
        blob = marshal.dumps(value)
    except ValueError:
        log.debug("%s holds values marshal cannot store; not cached", name)
        return
    try:
        directory.mkdir(parents=True, exist_ok=True)
        # write beside, then rename: a process reading at the same time sees all or nothing
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=directory)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        for old in directory.glob(f"{name}-*.marshal"):  # one file per index: drop stale ones
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        log.debug("could not write cache file %s", path, exc_info=True)

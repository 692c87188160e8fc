"""Run extraction in worker processes that are killed when they take too long.

A hostile or broken PDF can make a parser spin for minutes or eat memory; a thread cannot be
stopped, a process can. ``ExtractionPool`` keeps a few warm worker processes (so the fast path
costs a pipe round trip, not an interpreter start), sends each job to an idle one and waits
``timeout`` seconds. A worker that misses the deadline or dies is killed and replaced by a
fresh one on the next call. Workers also run under an address-space limit (Linux).

Workers are started with the ``forkserver`` method where available: forking a threaded
parent (the bot) is unsafe, and the fork server preloads the extraction modules once.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from atspro.analysis.documents.base import MB, ExtractedText, ExtractLimits
from atspro.analysis.documents.errors import CorruptFile, ExtractionError, ExtractionTimeout

log = logging.getLogger(__name__)

DEFAULT_MEMORY_LIMIT = 1536 * MB
_PRELOAD = ["atspro.analysis.documents.extract"]


class _Worker:
    def __init__(self, ctx: Any, memory_limit: int | None) -> None:
        parent_end, child_end = ctx.Pipe(duplex=True)
        self.conn: Connection = parent_end
        self.process = ctx.Process(
            target=_worker_main, args=(child_end, memory_limit), daemon=True, name="atspro-extract"
        )
        self.process.start()
        child_end.close()
        self.jobs = 0

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def run(
        self, func: Callable[..., Any], args: tuple[Any, ...], timeout: float
    ) -> tuple[bool, Any]:
        """(ok, value) from the worker; kills it and raises on timeout or crash."""
        self.jobs += 1
        try:
            self.conn.send((func, args))
            if not self.conn.poll(timeout):
                self.kill()
                raise ExtractionTimeout(detail=f"no result within {timeout:g}s")
            ok, value, records = self.conn.recv()
            for record in records:  # the worker's log lines, through this process's logging
                logging.getLogger(record.name).handle(record)
            return ok, value
        except ExtractionTimeout:
            raise
        except (EOFError, OSError, BrokenPipeError) as exc:
            self.kill()
            code = self.process.exitcode
            raise CorruptFile(
                "Reading this file crashed our reader. Please save it again as a simple PDF or "
                "DOCX and resend it.",
                detail=f"worker died ({type(exc).__name__}, exit code {code})",
            ) from None

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=2)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=1)
        self.kill()


def _worker_main(conn: Connection, memory_limit: int | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    # pypdf logs a warning for every oddity of a damaged file; the result already says it all
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    records: list[logging.LogRecord] = []
    root = logging.getLogger()
    root.handlers[:] = [_CollectRecords(records)]
    root.setLevel(logging.INFO)
    _limit_memory(memory_limit)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        func, args = message
        try:
            reply: tuple[bool, Any, list[logging.LogRecord]] = (True, func(*args), records)
        except BaseException as exc:
            reply = (False, exc, records)
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result or exception
            error = RuntimeError(f"unpicklable result: {type(exc).__name__}")
            conn.send((False, error, records))
        records.clear()


class _CollectRecords(logging.Handler):
    """Keeps a worker's log records for the parent, which logs them with its own set-up
    (text or JSON, secrets scrubbed) instead of a bare line on the worker's stderr."""

    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.INFO)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # picklable, whatever the args
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if len(self.records) < 100:
            self.records.append(record)


def _limit_memory(limit: int | None) -> None:
    if not limit:
        return
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not Linux, or not allowed: best effort
        pass


def _context(start_method: str | None) -> Any:
    methods = multiprocessing.get_all_start_methods()
    method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(_PRELOAD)
    return ctx


class ExtractionPool:
    """A small pool of killable worker processes. Thread-safe; use one per process."""

    def __init__(
        self,
        max_workers: int | None = None,
        *,
        memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
        start_method: str | None = None,
        max_jobs_per_worker: int = 500,
    ) -> None:
        self.max_workers = max_workers or max(2, min(4, os.cpu_count() or 2))
        self._ctx = _context(start_method)
        self._memory_limit = memory_limit
        self._max_jobs = max_jobs_per_worker  # recycle workers so parser caches can't pile up
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.max_workers)
        self._closed = False

    def warm(self, workers: int | None = None) -> None:
        """Start workers ahead of the first job (bot start-up, benchmarks)."""
        with self._lock:
            while len(self._idle) < min(workers or self.max_workers, self.max_workers):
                self._idle.append(_Worker(self._ctx, self._memory_limit))

    def call(self, func: Callable[..., Any], *args: Any, timeout: float) -> Any:
        """``func(*args)`` in a worker; ``func`` must be importable (module level)."""
        if self._closed:
            raise RuntimeError("ExtractionPool is closed")
        # Waiting for a free worker is bounded too: every busy worker ends within its timeout.
        if not self._slots.acquire(timeout=4 * timeout + 5):
            raise ExtractionTimeout(detail="no free extraction worker")
        try:
            worker = self._take()
            ok, value = worker.run(func, args, timeout)  # kills the worker on timeout/crash
            self._give_back(worker)
        finally:
            self._slots.release()
        if not ok:
            raise value
        return value

    def _take(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
                worker.kill()
        return _Worker(self._ctx, self._memory_limit)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and worker.jobs < self._max_jobs:
                self._idle.append(worker)
                return
        worker.stop()

    def worker_pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._idle if w.pid is not None]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


_default_pool: ExtractionPool | None = None
_default_lock = threading.Lock()


def default_pool() -> ExtractionPool:
    global _default_pool
    with _default_lock:
        if _default_pool is None or _default_pool._closed:
            _default_pool = ExtractionPool()
        return _default_pool


def shutdown_pool() -> None:
    """Stop the default pool's workers (they restart on the next call)."""
    global _default_pool
    with _default_lock:
        pool, _default_pool = _default_pool, None
    if pool is not None:
        pool.close()


atexit.register(shutdown_pool)


def _extract_in_worker(data: bytes, filename: str | None, limits: ExtractLimits) -> ExtractedText:
    from atspro.analysis.documents.extract import extract_text

    return extract_text(data, filename, limits)


def extract_text_limited(
    data: bytes,
    filename: str | None = None,
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008 - frozen, safe as a default
    *,
    pool: ExtractionPool | None = None,
) -> ExtractedText:
    """``extract_text`` in a worker process, killed after ``limits.timeout_s`` (blocking)."""
    if len(data) > limits.max_bytes:  # refuse before copying megabytes to a worker
        from atspro.analysis.documents.errors import FileTooLarge

        raise FileTooLarge(size=len(data), limit=limits.max_bytes)
    runner = pool or default_pool()
    try:
        return runner.call(
            _extract_in_worker, bytes(data), filename, limits, timeout=limits.timeout_s
        )
    except ExtractionError:
        raise
    except Exception as exc:  # e.g. the worker's RuntimeError for an unpicklable result
        raise CorruptFile(detail=f"worker: {type(exc).__name__}") from None


async def extract_text_async(
    data: bytes,
    filename: str | None = None,
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008
    *,
    pool: ExtractionPool | None = None,
) -> ExtractedText:
    """Awaitable ``extract_text_limited``: the event loop stays free while a worker parses."""
    return await asyncio.to_thread(extract_text_limited, data, filename, limits, pool=pool)

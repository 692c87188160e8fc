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

import atexit
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from atspro.analysis.documents.base import MB, ExtractedText, ExtractLimits
from atspro.analysis.documents.errors import CorruptFile, ExtractionError, ExtractionTimeout

log = logging.getLogger(__name__)

# Address space, not resident memory: ONNX Runtime (OCR) maps ~1.3–1.7 GB of address space for
# ~0.45–0.55 GB resident while it reads a page, so 1.5 GB would kill every OCR job.
DEFAULT_MEMORY_LIMIT = 2560 * MB
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
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        timeout: float,
        progress: Progress | None = None,
    ) -> tuple[bool, Any]:
        """(ok, value) from the worker; kills it and raises on timeout or crash.

        The worker may send progress messages first (``report_progress``); each one calls
        ``progress.on_step`` and moves the deadline to ``progress.deadline(start)``.
        """
        self.jobs += 1
        started = time.monotonic()
        deadline = started + timeout
        stepped = False
        try:
            self.conn.send((func, args))
            while True:
                if not self.conn.poll(max(deadline - time.monotonic(), 0)):
                    self.kill()
                    if stepped and progress is not None:
                        raise ExtractionTimeout(progress.timeout_message, detail="slow step")
                    raise ExtractionTimeout(detail=f"no result within {timeout:g}s")
                message = self.conn.recv()
                if message[0] != _PROGRESS:
                    for record in message[3]:  # the worker's log lines, logged here
                        logging.getLogger(record.name).handle(record)
                    return message[1], message[2]
                stepped = True
                if progress is not None:
                    deadline = progress.deadline(started)
                    progress.step(*message[1:])
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


_PROGRESS, _RESULT = "progress", "result"
_worker_conn: Connection | None = None  # set in a worker process: where progress goes


def report_progress(*step: Any) -> None:
    """From a job running in a worker: tell the parent how far it is (no-op elsewhere)."""
    if _worker_conn is not None:
        _worker_conn.send((_PROGRESS, *step))


@dataclass(frozen=True, slots=True)
class Progress:
    """How a job's progress messages are handled in the parent.

    Each message calls ``on_step(*step)`` (from the waiting thread) and moves the deadline to
    ``step_timeout`` from now, but never past ``total_timeout`` from the job's start: a slow
    multi-page job is allowed its time page by page, and a stuck page is still killed.
    """

    step_timeout: float
    total_timeout: float
    on_step: Callable[..., None] | None = None
    timeout_message: str | None = None

    def deadline(self, started: float) -> float:
        return min(time.monotonic() + self.step_timeout, started + self.total_timeout)

    def step(self, *step: Any) -> None:
        if self.on_step is None:
            return
        try:
            self.on_step(*step)
        except Exception:  # a broken status message must not break the extraction
            log.exception("progress callback failed")


def _worker_main(conn: Connection, memory_limit: int | None) -> None:
    import signal

    global _worker_conn
    _worker_conn = conn

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when workers stop
    # pypdf logs a warning for every oddity of a damaged file; the result already says it all
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    records: list[logging.LogRecord] = []
    root = logging.getLogger()
    root.handlers[:] = [_CollectRecords(records)]
    root.setLevel(logging.INFO)
    _limit_memory(memory_limit)
    for name in _PRELOAD:  # already loaded under forkserver; a forked or spawned worker
        __import__(name)  # loads them now, while its parent still starts up
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        func, args = message
        try:
            reply: tuple[str, bool, Any, list[logging.LogRecord]] = (
                _RESULT,
                True,
                func(*args),
                records,
            )
        except BaseException as exc:
            reply = (_RESULT, False, exc, records)
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result or exception
            error = RuntimeError(f"unpicklable: {type(exc).__name__}")
            conn.send((_RESULT, False, error, records))
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

    def call(
        self,
        func: Callable[..., Any],
        *args: Any,
        timeout: float,
        progress: Progress | None = None,
    ) -> Any:
        """``func(*args)`` in a worker; ``func`` must be importable (module level)."""
        if self._closed:
            raise RuntimeError("ExtractionPool is closed")
        # Waiting for a free worker is bounded too: every busy worker ends within its timeout.
        longest = max(timeout, progress.total_timeout if progress else 0)
        if not self._slots.acquire(timeout=4 * longest + 5):
            raise ExtractionTimeout(detail="no free extraction worker")
        try:
            worker = self._take()
            ok, value = worker.run(func, args, timeout, progress)  # kills it on timeout/crash
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

    return extract_text(data, filename, limits, progress=report_progress)


OCR_TIMEOUT_MESSAGE = (
    "Reading the pictures in this file took too long, so we stopped. Please send a sharper "
    "photo of each page (or fewer pages), or the resume as a text PDF or DOCX."
)
PageProgress = Callable[[int, int], None]  # (page being read, pages to read)


def _progress(limits: ExtractLimits, on_page: PageProgress | None) -> Progress:
    """OCR reports each page: each gets ``ocr_page_timeout_s``, the whole file
    ``timeout_s + ocr_timeout_s`` (the text layer and decoding come before the pages)."""
    return Progress(
        step_timeout=limits.ocr_page_timeout_s,
        total_timeout=limits.timeout_s + limits.ocr_timeout_s,
        on_step=on_page,
        timeout_message=OCR_TIMEOUT_MESSAGE,
    )


def extract_text_limited(
    data: bytes,
    filename: str | None = None,
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008 - frozen, safe as a default
    *,
    pool: ExtractionPool | None = None,
    on_page: PageProgress | None = None,
) -> ExtractedText:
    """``extract_text`` in a worker process, killed after ``limits.timeout_s`` (blocking).

    Pictures read with OCR get the OCR limits instead, page by page; ``on_page(page, pages)``
    is called (from this thread) before each page is read, e.g. for "Reading page 2 of 3…".
    """
    if len(data) > limits.max_bytes:  # refuse before copying megabytes to a worker
        from atspro.analysis.documents.errors import FileTooLarge

        raise FileTooLarge(size=len(data), limit=limits.max_bytes)
    args = (bytes(data), filename, limits)
    return _run_limited(_extract_in_worker, args, limits, pool, on_page)


def extract_images_limited(
    photos: list[bytes],
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008 - frozen, safe as a default
    *,
    pool: ExtractionPool | None = None,
    on_page: PageProgress | None = None,
) -> ExtractedText:
    """``extract_images`` (an album of page photos, in order) in a worker, like above."""
    if any(len(data) > limits.max_bytes for data in photos):
        from atspro.analysis.documents.errors import FileTooLarge

        biggest = max(len(data) for data in photos)
        raise FileTooLarge(size=biggest, limit=limits.max_bytes)
    args = ([bytes(d) for d in photos], limits)
    return _run_limited(_images_in_worker, args, limits, pool, on_page)


def _images_in_worker(photos: list[bytes], limits: ExtractLimits) -> ExtractedText:
    from atspro.analysis.documents.extract import extract_images

    return extract_images(photos, limits, progress=report_progress)


def _run_limited(
    func: Callable[..., ExtractedText],
    args: tuple[Any, ...],
    limits: ExtractLimits,
    pool: ExtractionPool | None,
    on_page: PageProgress | None,
) -> ExtractedText:
    runner = pool or default_pool()
    try:
        return runner.call(
            func, *args, timeout=limits.timeout_s, progress=_progress(limits, on_page)
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
    on_page: AsyncPageProgress | None = None,
) -> ExtractedText:
    """Awaitable ``extract_text_limited``: the event loop stays free while a worker parses.

    ``on_page`` runs on the event loop (it may be a coroutine function, e.g. one that edits a
    status message); every call has finished when this returns, so a late "Reading page 2
    of 3…" never overwrites what the caller shows next.
    """
    import asyncio  # here, not at the top: the blocking callers (parse-resume) never load it

    async with _relay(on_page) as relay:
        return await asyncio.to_thread(
            extract_text_limited, data, filename, limits, pool=pool, on_page=relay
        )


async def extract_images_async(
    photos: list[bytes],
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008
    *,
    pool: ExtractionPool | None = None,
    on_page: AsyncPageProgress | None = None,
) -> ExtractedText:
    """Awaitable ``extract_images_limited`` (an album read as one document)."""
    import asyncio

    async with _relay(on_page) as relay:
        return await asyncio.to_thread(
            extract_images_limited, photos, limits, pool=pool, on_page=relay
        )


AsyncPageProgress = Callable[[int, int], Awaitable[None] | None]


@contextlib.asynccontextmanager
async def _relay(on_page: AsyncPageProgress | None) -> AsyncIterator[PageProgress | None]:
    """A thread-side callback that runs ``on_page`` on this event loop; on exit, waits for
    the calls still running (their failures are logged, never raised)."""
    import asyncio

    if on_page is None:
        yield None
        return
    loop = asyncio.get_running_loop()
    running: list[asyncio.Future[Any]] = []

    def call(page: int, pages: int) -> None:
        try:
            result = on_page(page, pages)
        except Exception:
            log.exception("page progress callback failed")
            return
        if asyncio.iscoroutine(result):
            running.append(asyncio.ensure_future(result))

    def relay(page: int, pages: int) -> None:
        loop.call_soon_threadsafe(call, page, pages)

    try:
        yield relay
    finally:
        await asyncio.sleep(0)  # let callbacks scheduled just before the result start
        for outcome in await asyncio.gather(*running, return_exceptions=True):
            if isinstance(outcome, Exception):
                log.warning("page progress callback failed: %s", type(outcome).__name__)

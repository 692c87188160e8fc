"""Workers: claim tasks, run their handler under a lease and a time limit, record the outcome.

A worker runs inside the bot process by default, or alone as ``python main.py worker`` (any
number of them, on any machine that reaches the database). Wake-ups come from LISTEN/NOTIFY;
a slow poll covers delayed retries and leases left behind by dead workers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import asyncpg

from atspro.tasks.queue import CHANNEL, Task, TaskQueue
from atspro.tasks.registry import (
    DEFAULT_TIMEOUT,
    PermanentTaskError,
    TaskContext,
    TaskKind,
    registry,
)

log = logging.getLogger(__name__)


OutcomeHook = Callable[[Task, str, float], None]


def worker_is_dead(worker_id: str) -> bool:
    """Whether ``worker_id`` ("host:pid:tag") names a process of this machine that is gone."""
    host, _, rest = worker_id.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


@dataclass
class Worker:
    queue: TaskQueue
    kinds: Iterable[TaskKind]
    concurrency: int = 4
    lease_s: float = 60.0
    task_timeout_s: float = 120.0
    poll_interval_s: float = 5.0
    backoff_base_s: float = 2.0
    grace_s: float = 10.0  # on stop, in-flight tasks get this long to finish before hand-back
    worker_id: str = field(
        default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
    )
    on_outcome: OutcomeHook | None = None
    on_restart: Callable[[], None] | None = None  # the claim loop failed and starts again
    max_backoff_s: float = 10.0
    last_beat: float = field(default_factory=time.monotonic, init=False)  # monotonic clock
    restarts: int = field(default=0, init=False)
    _wake: asyncio.Event = field(default_factory=asyncio.Event, init=False)
    _running: dict[int, asyncio.Task[None]] = field(default_factory=dict, init=False)
    _resumable: set[int] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        self._kinds = registry(self.kinds)

    async def run(self, stop: asyncio.Event) -> None:
        """Work until ``stop`` is set; in-flight tasks may finish within ``grace_s``, the rest
        go back to the queue untouched.

        Supervised: a failure of the loop itself (the database went away, a lost connection,
        a bug) is logged at ERROR and retried with backoff; it never ends the worker."""
        log.info("worker %s started (concurrency %d)", self.worker_id, self.concurrency)
        self.last_beat = time.monotonic()
        stopper = asyncio.create_task(stop.wait())
        listener: asyncpg.Connection | None = None
        failures = 0
        try:
            while not stop.is_set():
                try:
                    if failures == 0 and self.restarts == 0:
                        await self._reap_dead_workers()
                    if listener is None:
                        listener = await self._listen()
                    await self._fill()
                    self.last_beat = time.monotonic()
                    failures = 0
                except Exception as exc:
                    failures += 1
                    self.restarts += 1
                    if self.on_restart is not None:
                        self.on_restart()
                    delay = min(self.max_backoff_s, 0.5 * 2 ** min(failures - 1, 6))
                    log.error(
                        "worker %s: claim loop failed (%s: %s); retrying in %.1f s",
                        self.worker_id,
                        type(exc).__name__,
                        exc,
                        delay,
                    )
                    listener = await self._unlisten(listener)
                    await asyncio.wait([stopper], timeout=delay)
                    continue
                self._wake.clear()
                waiter = asyncio.create_task(self._wake.wait())
                await asyncio.wait(
                    [waiter, stopper, *self._running.values()],
                    timeout=self.poll_interval_s,
                    return_when=asyncio.FIRST_COMPLETED,
                )
                waiter.cancel()
        finally:
            stopper.cancel()
            await self._give_back()
            await self._unlisten(listener)
            log.info("worker %s stopped", self.worker_id)

    async def _reap_dead_workers(self) -> None:
        """Tasks held by a worker process of this machine that is gone (killed) run again now."""
        n = await self.queue.expire_leases_of(worker_is_dead)
        if n:
            log.info("worker %s: %d tasks of dead workers back in the queue", self.worker_id, n)

    async def _listen(self) -> asyncpg.Connection | None:
        """LISTEN for wake-ups; None (polling only) when that fails: NOTIFY only saves time."""
        conn = await self.queue.pool.acquire()
        try:
            await conn.add_listener(CHANNEL, self._on_notify)
        except Exception:
            log.warning("worker %s: LISTEN unavailable, polling only", self.worker_id)
            await self.queue.pool.release(conn)
            raise
        return conn

    async def _unlisten(self, listener: asyncpg.Connection | None) -> None:
        if listener is None:
            return None
        with contextlib.suppress(Exception):
            await listener.remove_listener(CHANNEL, self._on_notify)
        with contextlib.suppress(Exception):
            await self.queue.pool.release(listener)
        return None

    def _on_notify(self, *_: object) -> None:
        self._wake.set()

    async def _fill(self) -> None:
        while len(self._running) < self.concurrency:
            task = await self.queue.claim(self.worker_id, lease_s=self.lease_s)
            if task is None:
                return
            runner = asyncio.create_task(self._execute(task), name=f"task-{task.id}")
            self._running[task.id] = runner
            kind = self._kinds.get(task.kind)
            if kind is not None and kind.resumable:
                self._resumable.add(task.id)
            runner.add_done_callback(self._forget)

    def _forget(self, runner: asyncio.Task[None]) -> None:
        for task_id, known in list(self._running.items()):
            if known is runner:
                del self._running[task_id]
                self._resumable.discard(task_id)

    async def _execute(self, task: Task) -> None:
        kind = self._kinds.get(task.kind)
        started = time.perf_counter()
        if kind is None:
            await self.queue.fail(
                task.id, self.worker_id, f"no handler for {task.kind}", retry=False
            )
            return
        keeper = asyncio.create_task(self._keep_lease(task.id))
        try:
            ctx = TaskContext(self.queue, self.worker_id, task)
            # A kind may set its own limit (None: none), e.g. a paced broadcast.
            timeout = self.task_timeout_s if kind.timeout_s == DEFAULT_TIMEOUT else kind.timeout_s
            result = await asyncio.wait_for(kind.run(task, ctx), timeout)
        except asyncio.CancelledError:
            raise
        except PermanentTaskError as exc:
            reason = str(exc)
            outcome = await self._record(
                task, lambda: self.queue.fail(task.id, self.worker_id, reason, retry=False)
            )
        except Exception as exc:
            log.warning(
                "task %s (%s) attempt %d failed: %s",
                task.id,
                task.kind,
                task.attempts,
                f"{type(exc).__name__}: {exc}",
            )
            backoff = self.backoff_base_s * 2 ** max(task.attempts - 1, 0)
            error = f"{type(exc).__name__}: {exc}"
            outcome = await self._record(
                task,
                lambda: self.queue.fail(
                    task.id, self.worker_id, error, retry=True, backoff_s=backoff
                ),
            )
        else:
            outcome = await self._record(
                task, lambda: self.queue.complete(task.id, self.worker_id, result)
            )
            outcome = "done" if outcome is not None else None
        finally:
            keeper.cancel()
        if self.on_outcome is not None:
            self.on_outcome(task, outcome or "lost", time.perf_counter() - started)

    async def _record(self, task: Task, step: Callable[[], Awaitable[Any]]) -> Any:
        """Record a task's outcome, riding out a short database outage (the work is done: doing
        it again because the record failed would answer the user twice)."""
        for attempt in range(8):
            try:
                return await step()
            except Exception as exc:
                log.error(
                    "task %s: recording its outcome failed (%s); retrying",
                    task.id,
                    type(exc).__name__,
                )
                await asyncio.sleep(min(self.max_backoff_s, 0.5 * 2**attempt))
        return None

    async def _keep_lease(self, task_id: int) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            try:
                await self.queue.extend_lease(task_id, self.worker_id, lease_s=self.lease_s)
            except Exception as exc:
                log.warning("task %s: lease not extended (%s)", task_id, type(exc).__name__)

    async def _give_back(self) -> None:
        # Short tasks get a moment to finish; resumable kinds (like a broadcast that saves its
        # cursor) go back to the queue at once.
        finishing = [r for tid, r in self._running.items() if tid not in self._resumable]
        if finishing and self.grace_s > 0:
            await asyncio.wait(finishing, timeout=self.grace_s)
        running = list(self._running.items())
        for _, runner in running:
            runner.cancel()
        for task_id, runner in running:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await runner
            with contextlib.suppress(Exception):
                await self.queue.release(task_id, self.worker_id)

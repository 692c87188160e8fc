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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

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
    _wake: asyncio.Event = field(default_factory=asyncio.Event, init=False)
    _running: dict[int, asyncio.Task[None]] = field(default_factory=dict, init=False)
    _resumable: set[int] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        self._kinds = registry(self.kinds)

    async def run(self, stop: asyncio.Event) -> None:
        """Work until ``stop`` is set; in-flight tasks may finish within ``grace_s``, the rest
        go back to the queue untouched."""
        listener: asyncpg.Connection | None = None
        try:
            listener = await self.queue.pool.acquire()
            await listener.add_listener(CHANNEL, self._on_notify)
        except Exception:  # NOTIFY is an optimisation: polling still finds the work
            log.warning("worker %s: LISTEN unavailable, polling only", self.worker_id)
        log.info("worker %s started (concurrency %d)", self.worker_id, self.concurrency)
        stopper = asyncio.create_task(stop.wait())
        try:
            while not stop.is_set():
                await self._fill()
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
            if listener is not None:
                with contextlib.suppress(Exception):
                    await listener.remove_listener(CHANNEL, self._on_notify)
                await self.queue.pool.release(listener)
            log.info("worker %s stopped", self.worker_id)

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
            outcome = await self.queue.fail(task.id, self.worker_id, str(exc), retry=False)
        except Exception as exc:
            log.warning(
                "task %s (%s) attempt %d failed: %s",
                task.id,
                task.kind,
                task.attempts,
                f"{type(exc).__name__}: {exc}",
            )
            backoff = self.backoff_base_s * 2 ** max(task.attempts - 1, 0)
            outcome = await self.queue.fail(
                task.id,
                self.worker_id,
                f"{type(exc).__name__}: {exc}",
                retry=True,
                backoff_s=backoff,
            )
        else:
            await self.queue.complete(task.id, self.worker_id, result)
            outcome = "done"
        finally:
            keeper.cancel()
        if self.on_outcome is not None:
            self.on_outcome(task, outcome, time.perf_counter() - started)

    async def _keep_lease(self, task_id: int) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            await self.queue.extend_lease(task_id, self.worker_id, lease_s=self.lease_s)

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

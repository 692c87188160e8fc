"""The durable task queue and its workers, on a real PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg

from atspro.tasks.queue import Task, TaskQueue
from atspro.tasks.registry import PermanentTaskError, TaskContext, TaskKind
from atspro.tasks.worker import Worker
from tests.hang import HANG_GUARD_S


async def _user(pool: asyncpg.Pool, tg: int) -> int:
    return await pool.fetchval('INSERT INTO "user" (telegram_user_id) VALUES ($1) RETURNING id', tg)


def _outcomes() -> tuple[dict[int, list[str]], asyncio.Event, Any]:
    seen: dict[int, list[str]] = {}
    changed = asyncio.Event()

    def hook(task: Task, outcome: str, _: float) -> None:
        seen.setdefault(task.id, []).append(outcome)
        changed.set()

    return seen, changed, hook


async def _until(event: asyncio.Event, predicate: Any, timeout: float = HANG_GUARD_S) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            event.clear()
            await event.wait()


async def test_enqueue_dedupes_by_key(pool: asyncpg.Pool) -> None:
    q = TaskQueue(pool)
    a = await q.enqueue("parse", {"x": 1}, dedupe_key="update:1")
    b = await q.enqueue("parse", {"x": 2}, dedupe_key="update:1")
    c = await q.enqueue("parse", {"x": 3})
    assert a == (a[0], True) and b == (a[0], False) and c[1] is True and c[0] != a[0]
    assert await pool.fetchval("SELECT count(*) FROM tasks") == 2


async def test_claim_respects_per_user_limit(pool: asyncpg.Pool) -> None:
    uid = await _user(pool, 1)
    q = TaskQueue(pool, user_limit=1)
    first, _ = await q.enqueue("a", user_id=uid)
    await q.enqueue("b", user_id=uid)
    system, _ = await q.enqueue("c")
    t1 = await q.claim("w", lease_s=30)
    t2 = await q.claim("w", lease_s=30)
    assert t1 is not None and t1.id == first
    assert t2 is not None and t2.id == system  # the user's second task waits
    assert await q.claim("w", lease_s=30) is None
    assert await q.complete(t1.id, "w")
    t3 = await q.claim("w", lease_s=30)
    assert t3 is not None and t3.kind == "b"


async def test_worker_runs_retries_and_fails(pool: asyncpg.Pool) -> None:
    q = TaskQueue(pool, max_attempts=3)
    calls: dict[str, int] = {"flaky": 0, "bad": 0, "ok": 0}

    async def ok(task: Task, ctx: TaskContext) -> dict[str, Any]:
        calls["ok"] += 1
        return {"echo": task.payload["v"]}

    async def flaky(task: Task, ctx: TaskContext) -> None:
        calls["flaky"] += 1
        if calls["flaky"] < 3:
            raise ConnectionError("transient")

    async def bad(task: Task, ctx: TaskContext) -> None:
        calls["bad"] += 1
        raise PermanentTaskError("this file is not a resume")

    seen, changed, hook = _outcomes()
    worker = Worker(
        q,
        [TaskKind("ok", ok), TaskKind("flaky", flaky), TaskKind("bad", bad)],
        backoff_base_s=0,
        poll_interval_s=0.2,
        on_outcome=hook,
    )
    ids = {k: (await q.enqueue(k, {"v": 7}))[0] for k in ("ok", "flaky", "bad")}
    ghost, _ = await q.enqueue("ghost")
    stop = asyncio.Event()
    runner = asyncio.create_task(worker.run(stop))
    await _until(
        changed,
        lambda: (
            seen.get(ids["flaky"], [])[-1:] == ["done"] and ids["bad"] in seen and ids["ok"] in seen
        ),
    )
    stop.set()
    await runner
    assert seen[ids["flaky"]] == ["queued", "queued", "done"]
    assert seen[ids["bad"]] == ["failed"] and calls["bad"] == 1
    assert (await q.get(ids["ok"]))["result"] == {"echo": 7}
    ghost_row = await q.get(ghost)
    assert ghost_row["status"] == "failed" and "no handler" in ghost_row["last_error"]
    assert (await q.stats())["counts"]["done"] == 2
    assert [t["id"] for t in await q.recent_failed()] == sorted(
        [ids["bad"], ghost], reverse=True
    ) or {t["id"] for t in await q.recent_failed()} == {ids["bad"], ghost}
    assert await q.retry(ids["bad"]) is True
    assert await q.status_of(ids["bad"]) == "queued"


async def test_dead_worker_lease_expires_and_task_completes_once(pool: asyncpg.Pool) -> None:
    q = TaskQueue(pool)
    delivered: list[int] = []
    started = asyncio.Event()

    async def slow(task: Task, ctx: TaskContext) -> None:
        if task.progress.get("sent"):
            return  # the answer went out on an earlier attempt: never send twice
        started.set()
        if task.attempts == 1:
            await asyncio.Event().wait()  # hangs until the worker dies
        delivered.append(task.id)
        await ctx.save_progress(sent=True)

    task_id, _ = await q.enqueue("slow")
    dying = Worker(q, [TaskKind("slow", slow)], lease_s=0.5, poll_interval_s=0.1)
    # Simulate a crash: the worker's asyncio task is cancelled mid-handler and its lease is never
    # released (we bypass the graceful give-back by expiring the lease ourselves).
    stop = asyncio.Event()
    crash = asyncio.create_task(dying.run(stop))
    await asyncio.wait_for(started.wait(), 10)
    dying._give_back = _noop  # type: ignore[method-assign]
    in_flight = list(dying._running.values())
    crash.cancel()
    for t in in_flight:
        t.cancel()
    await asyncio.gather(crash, *in_flight, return_exceptions=True)
    assert await q.status_of(task_id) == "running"
    seen, changed, hook = _outcomes()
    fresh = Worker(q, [TaskKind("slow", slow)], lease_s=5, poll_interval_s=0.1, on_outcome=hook)
    stop2 = asyncio.Event()
    runner = asyncio.create_task(fresh.run(stop2))
    await _until(changed, lambda: task_id in seen)
    stop2.set()
    await runner
    assert seen[task_id] == ["done"]
    assert delivered == [task_id]
    row = await q.get(task_id)
    assert row["attempts"] == 2 and row["progress"] == {"sent": True}


async def _noop() -> None:
    return None


async def test_graceful_stop_gives_task_back(pool: asyncpg.Pool) -> None:
    q = TaskQueue(pool)
    started = asyncio.Event()

    async def hang(task: Task, ctx: TaskContext) -> None:
        started.set()
        await asyncio.Event().wait()

    task_id, _ = await q.enqueue("hang")
    stop = asyncio.Event()
    w = Worker(q, [TaskKind("hang", hang)], poll_interval_s=0.1, grace_s=0.2)
    runner = asyncio.create_task(w.run(stop))
    await asyncio.wait_for(started.wait(), 10)
    stop.set()
    await asyncio.wait_for(runner, 10)
    row = await q.get(task_id)
    assert row["status"] == "queued" and row["attempts"] == 0


async def test_user_tasks_listing_and_cancel(pool: asyncpg.Pool) -> None:
    a, b = await _user(pool, 1), await _user(pool, 2)
    q = TaskQueue(pool)
    await q.enqueue("x", user_id=a)
    await q.enqueue("y", user_id=b)
    assert [t["kind"] for t in await q.list_for_user(a)] == ["x"]
    assert await q.cancel_for_user(a) == 1
    assert await q.list_for_user(a) == []
    assert len(await q.list_for_user(b)) == 1


async def test_stop_waits_for_short_tasks_but_hands_back_resumable_ones(pool: asyncpg.Pool) -> None:
    q = TaskQueue(pool)
    started = {"short": asyncio.Event(), "long": asyncio.Event()}
    release = asyncio.Event()

    async def short(task: Task, ctx: TaskContext) -> dict[str, Any]:
        started["short"].set()
        await release.wait()
        return {"ok": True}

    async def long(task: Task, ctx: TaskContext) -> None:
        started["long"].set()
        await asyncio.Event().wait()

    short_id, _ = await q.enqueue("short")
    long_id, _ = await q.enqueue("long")
    stop = asyncio.Event()
    w = Worker(
        q,
        [TaskKind("short", short), TaskKind("long", long, resumable=True)],
        poll_interval_s=0.1,
        grace_s=30,
    )
    runner = asyncio.create_task(w.run(stop))
    await asyncio.wait_for(asyncio.gather(started["short"].wait(), started["long"].wait()), 10)
    stop.set()
    release.set()  # the short task finishes inside the grace period
    await asyncio.wait_for(runner, 10)  # no 30 s wait: the resumable task was not awaited
    assert await q.status_of(short_id) == "done"
    assert await q.status_of(long_id) == "queued"

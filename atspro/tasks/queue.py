"""A durable task queue in PostgreSQL (the ``tasks`` table).

Why not pgqueuer: the bot needs per-user concurrency limits, user-scoped task listings
(``/status``), a per-request dedupe key and per-task progress records for exactly-once delivery.
These are a few columns and one claim query here; pgqueuer has none of them natively and its jobs
carry an opaque payload with no owner. The mechanics are the same as pgqueuer's: ``FOR UPDATE
SKIP LOCKED`` claims, LISTEN/NOTIFY wake-ups, leases that expire when a worker dies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import asyncpg

log = logging.getLogger(__name__)

CHANNEL = "atspro_tasks"
ACTIVE = ("queued", "running")


@dataclass
class Task:
    id: int
    kind: str
    user_id: int | None
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    progress: dict[str, Any] = field(default_factory=dict)
    created_at: datetime | None = None

    @classmethod
    def from_row(cls, row: asyncpg.Record) -> Task:
        return cls(
            id=row["id"],
            kind=row["kind"],
            user_id=row["user_id"],
            payload=row["payload"] or {},
            attempts=row["attempts"],
            max_attempts=row["max_attempts"],
            progress=row["progress"] or {},
            created_at=row["created_at"],
        )


class TaskQueue:
    def __init__(self, pool: asyncpg.Pool, *, max_attempts: int = 3, user_limit: int = 2) -> None:
        self.pool = pool
        self.max_attempts = max_attempts
        self.user_limit = user_limit

    async def enqueue(
        self,
        kind: str,
        payload: dict[str, Any] | None = None,
        *,
        user_id: int | None = None,
        dedupe_key: str | None = None,
        max_attempts: int | None = None,
        delay_s: float = 0.0,
        db: asyncpg.Pool | asyncpg.Connection | None = None,
    ) -> tuple[int, bool]:
        """Add a task; return (task id, created). A repeated dedupe key returns the first task.

        ``db``: a connection in the caller's transaction (the task exists, and workers are
        woken, only when it commits)."""
        db = db or self.pool
        row = await db.fetchrow(
            """WITH ins AS (
                   INSERT INTO tasks (kind, payload, user_id, dedupe_key, max_attempts, run_after)
                   VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))
                   ON CONFLICT (dedupe_key) DO NOTHING
                   RETURNING id),
               note AS (SELECT pg_notify($7, '') FROM ins)
               SELECT id, TRUE AS created FROM ins, note
               UNION ALL
               SELECT id, FALSE FROM tasks WHERE dedupe_key = $4 AND NOT EXISTS (SELECT 1 FROM ins)""",
            kind,
            payload or {},
            user_id,
            dedupe_key,
            max_attempts or self.max_attempts,
            delay_s,
            CHANNEL,
        )
        if row is None:  # a concurrent insert of the same key won the race and is not visible yet
            existing = await db.fetchval("SELECT id FROM tasks WHERE dedupe_key = $1", dedupe_key)
            return int(existing), False
        return int(row["id"]), bool(row["created"])

    async def add_part(
        self,
        user_id: int,
        kind: str,
        chat_id: int,
        part_key: int,
        text: str,
        *,
        delay_s: float,
        db: asyncpg.Pool | asyncpg.Connection | None = None,
    ) -> int | None:
        """Add ``text`` under ``payload.parts[part_key]`` of this chat's newest ``kind`` task
        that still waits for parts (queued, started later, with a ``part_key`` of its own)
        and push its start back by ``delay_s``: the next part of a paste Telegram split
        (parts may arrive out of order; the key orders them). Returns the task's id; None
        when no task waits. The lookup is in the table, not in memory, so a restart inside
        the window still joins."""
        return await (db or self.pool).fetchval(
            """UPDATE tasks
                  SET payload = payload || jsonb_build_object('parts',
                          coalesce(payload->'parts', '{}'::jsonb)
                          || jsonb_build_object($4::text, $5::text)),
                      run_after = now() + make_interval(secs => $6), updated_at = now()
                WHERE id = (SELECT id FROM tasks
                             WHERE user_id = $1 AND kind = $2 AND status = 'queued'
                               AND run_after > now() AND payload ? 'part_key'
                               AND payload->>'chat_id' = $3
                             ORDER BY id DESC LIMIT 1 FOR UPDATE)
                  AND status = 'queued'
            RETURNING id""",
            user_id,
            kind,
            str(chat_id),
            str(part_key),
            text,
            delay_s,
        )

    async def claim(self, worker_id: str, *, lease_s: float) -> Task | None:
        """Take the oldest runnable task, respecting the per-user running limit.

        A ``running`` task whose lease ran out belongs to a worker that died: it is runnable again.
        """
        row = await self.pool.fetchrow(
            """WITH candidate AS (
                   SELECT t.id FROM tasks t
                   WHERE ((t.status = 'queued' AND t.run_after <= now())
                          OR (t.status = 'running' AND t.locked_until < now()))
                     AND (t.user_id IS NULL OR (
                          SELECT count(*) FROM tasks r
                          WHERE r.user_id = t.user_id AND r.status = 'running'
                            AND r.locked_until >= now()) < $3)
                   ORDER BY t.run_after, t.id
                   FOR UPDATE SKIP LOCKED
                   LIMIT 1)
               UPDATE tasks t
                  SET status = 'running', attempts = t.attempts + 1, worker_id = $1,
                      locked_until = now() + make_interval(secs => $2),
                      started_at = coalesce(t.started_at, now()), updated_at = now()
                 FROM candidate WHERE t.id = candidate.id
               RETURNING t.*""",
            worker_id,
            lease_s,
            self.user_limit,
        )
        return Task.from_row(row) if row else None

    async def expire_leases_of(self, is_dead: Callable[[str], bool]) -> int:
        """End the leases of running tasks whose worker ``is_dead`` (a process on this machine
        that is gone), so they run again now rather than when the lease would run out."""
        rows = await self.pool.fetch(
            "SELECT id, worker_id FROM tasks WHERE status = 'running' AND locked_until >= now()"
        )
        dead = [r["id"] for r in rows if r["worker_id"] and is_dead(r["worker_id"])]
        if not dead:
            return 0
        status = await self.pool.execute(
            """UPDATE tasks SET locked_until = now() - interval '1 second', updated_at = now()
               WHERE id = ANY($1::bigint[]) AND status = 'running'""",
            dead,
        )
        return int(status.split()[-1])

    async def extend_lease(self, task_id: int, worker_id: str, *, lease_s: float) -> bool:
        status = await self.pool.execute(
            """UPDATE tasks SET locked_until = now() + make_interval(secs => $3), updated_at = now()
               WHERE id = $1 AND worker_id = $2 AND status = 'running'""",
            task_id,
            worker_id,
            lease_s,
        )
        return status.endswith(" 1")

    async def save_progress(self, task_id: int, progress: dict[str, Any]) -> None:
        """Merge steps already done into the task, so a re-run does not repeat them."""
        await self.pool.execute(
            "UPDATE tasks SET progress = progress || $2, updated_at = now() WHERE id = $1",
            task_id,
            progress,
        )

    async def complete(
        self, task_id: int, worker_id: str, result: dict[str, Any] | None = None
    ) -> bool:
        status = await self.pool.execute(
            """UPDATE tasks SET status = 'done', result = $3, finished_at = now(),
                      locked_until = NULL, updated_at = now()
               WHERE id = $1 AND worker_id = $2 AND status = 'running'""",
            task_id,
            worker_id,
            result,
        )
        return status.endswith(" 1")

    async def fail(
        self, task_id: int, worker_id: str, error: str, *, retry: bool, backoff_s: float = 0.0
    ) -> str:
        """Record a failed attempt: back to the queue after ``backoff_s``, or failed for good."""
        row = await self.pool.fetchrow(
            """UPDATE tasks
                  SET status = CASE WHEN $4 AND attempts < max_attempts THEN 'queued' ELSE 'failed' END,
                      run_after = now() + make_interval(secs => $5),
                      last_error = left($3, 2000), locked_until = NULL, updated_at = now(),
                      finished_at = CASE WHEN $4 AND attempts < max_attempts THEN NULL ELSE now() END
               WHERE id = $1 AND worker_id = $2 AND status = 'running'
               RETURNING status""",
            task_id,
            worker_id,
            error,
            retry,
            backoff_s,
        )
        return row["status"] if row else "lost"

    async def release(self, task_id: int, worker_id: str) -> None:
        """Give a task back untouched (graceful shutdown): the attempt does not count."""
        await self.pool.execute(
            """UPDATE tasks SET status = 'queued', attempts = greatest(attempts - 1, 0),
                      locked_until = NULL, worker_id = NULL, updated_at = now()
               WHERE id = $1 AND worker_id = $2 AND status = 'running'""",
            task_id,
            worker_id,
        )

    async def get(self, task_id: int) -> dict[str, Any] | None:
        row = await self.pool.fetchrow("SELECT * FROM tasks WHERE id = $1", task_id)
        return dict(row) if row else None

    async def status_of(self, task_id: int) -> str | None:
        return await self.pool.fetchval("SELECT status FROM tasks WHERE id = $1", task_id)

    async def active_for_chat(
        self, user_id: int, kind: str, chat_id: int, *, before_id: int | None = None
    ) -> int:
        """How many ``kind`` tasks of this user's chat (queued before task ``before_id``, if
        given) are queued or running."""
        return int(
            await self.pool.fetchval(
                """SELECT count(*) FROM tasks
                   WHERE user_id = $1 AND kind = $2 AND ($3::bigint IS NULL OR id < $3)
                     AND status = ANY($4::text[]) AND payload->>'chat_id' = $5""",
                user_id,
                kind,
                before_id,
                list(ACTIVE),
                str(chat_id),
            )
        )

    async def list_for_user(
        self, user_id: int, *, active_only: bool = True, limit: int = 20
    ) -> list[dict[str, Any]]:
        rows = await self.pool.fetch(
            """SELECT id, kind, status, attempts, created_at, started_at, finished_at, last_error
               FROM tasks WHERE user_id = $1 AND (NOT $2 OR status = ANY($3::text[]))
               ORDER BY created_at DESC LIMIT $4""",
            user_id,
            active_only,
            list(ACTIVE),
            limit,
        )
        return [dict(r) for r in rows]

    async def cancel_for_user(self, user_id: int) -> int:
        """Cancel the user's queued tasks (running ones finish; their answer still arrives)."""
        status = await self.pool.execute(
            "UPDATE tasks SET status = 'cancelled', finished_at = now(), updated_at = now() "
            "WHERE user_id = $1 AND status = 'queued'",
            user_id,
        )
        return int(status.split()[-1])

    async def cancel(self, task_id: int) -> bool:
        status = await self.pool.execute(
            "UPDATE tasks SET status = 'cancelled', finished_at = now(), updated_at = now() "
            "WHERE id = $1 AND status IN ('queued', 'running')",
            task_id,
        )
        return status.endswith(" 1")

    async def recent_failed(self, limit: int = 10) -> list[dict[str, Any]]:
        rows = await self.pool.fetch(
            """SELECT id, kind, user_id, attempts, last_error, finished_at FROM tasks
               WHERE status = 'failed' ORDER BY finished_at DESC NULLS LAST LIMIT $1""",
            limit,
        )
        return [dict(r) for r in rows]

    async def retry(self, task_id: int) -> bool:
        """Admin: put a failed or cancelled task back in the queue with fresh attempts."""
        status = await self.pool.execute(
            """UPDATE tasks SET status = 'queued', attempts = 0, run_after = now(), last_error = NULL,
                      finished_at = NULL, locked_until = NULL, worker_id = NULL, updated_at = now()
               WHERE id = $1 AND status IN ('failed', 'cancelled')""",
            task_id,
        )
        if status.endswith(" 1"):
            await self.pool.execute("SELECT pg_notify($1, '')", CHANNEL)
            return True
        return False

    async def stats(self) -> dict[str, Any]:
        counts = {
            r["status"]: r["n"]
            for r in await self.pool.fetch(
                "SELECT status, count(*) AS n FROM tasks GROUP BY status"
            )
        }
        wait = await self.pool.fetchrow(
            """SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY w) AS p50,
                      percentile_cont(0.95) WITHIN GROUP (ORDER BY w) AS p95
               FROM (SELECT extract(epoch FROM started_at - created_at) AS w FROM tasks
                     WHERE started_at IS NOT NULL AND created_at > now() - interval '1 day') s"""
        )
        return {
            "counts": counts,
            "wait_p50_s": float(wait["p50"] or 0),
            "wait_p95_s": float(wait["p95"] or 0),
            "queue_depth": int(counts.get("queued", 0)),
        }

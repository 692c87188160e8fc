"""Service-wide queries for admins: statistics and the broadcast audience.

These read across users on purpose; only admin handlers (which check the admin list) call them.
"""

from __future__ import annotations

from typing import Any

from atspro.storage.repos import Executor


class AdminRepo:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def stats(self) -> dict[str, Any]:
        row = await self.db.fetchrow(
            """SELECT
                 (SELECT count(*) FROM "user") AS users,
                 (SELECT count(*) FROM "user" WHERE last_seen_at > now() - interval '24 hours') AS active_24h,
                 (SELECT count(*) FROM "user" WHERE last_seen_at > now() - interval '7 days') AS active_7d,
                 (SELECT count(*) FROM "user" WHERE created_at >= date_trunc('day', now())) AS new_today,
                 (SELECT count(*) FROM "user" WHERE is_banned) AS banned,
                 (SELECT count(*) FROM resume_documents) AS resumes,
                 (SELECT count(*) FROM job_documents) AS jobs,
                 (SELECT count(*) FROM optimization_results) AS analyses,
                 (SELECT avg(score) FROM optimization_results) AS avg_score,
                 (SELECT coalesce(sum(count), 0) FROM usage_counters
                   WHERE kind = 'llm' AND window_start >= date_trunc('day', now())) AS llm_calls_today,
                 (SELECT coalesce(sum(count), 0) FROM usage_counters
                   WHERE kind = 'llm_tokens' AND window_start >= date_trunc('day', now())) AS llm_tokens_today,
                 (SELECT count(*) FROM tasks
                   WHERE status = 'failed' AND finished_at > now() - interval '1 hour') AS errors_1h"""
        )
        return dict(row)

    async def broadcast_audience(
        self, after_user_id: int, limit: int = 500
    ) -> list[tuple[int, int]]:
        """(user id, Telegram id) of reachable users after a cursor, in id order."""
        rows = await self.db.fetch(
            """SELECT id, telegram_user_id FROM "user"
               WHERE id > $1 AND is_active AND NOT is_banned ORDER BY id LIMIT $2""",
            after_user_id,
            limit,
        )
        return [(r["id"], r["telegram_user_id"]) for r in rows]

    async def audience_size(self, after_user_id: int = 0) -> int:
        """How many reachable users a broadcast has (still) to go to after a cursor."""
        return int(
            await self.db.fetchval(
                'SELECT count(*) FROM "user" WHERE id > $1 AND is_active AND NOT is_banned',
                after_user_id,
            )
        )

    async def user_counts(self, user_id: int) -> dict[str, int]:
        row = await self.db.fetchrow(
            """SELECT (SELECT count(*) FROM resume_documents WHERE user_id = $1) AS resumes,
                      (SELECT count(*) FROM job_documents WHERE user_id = $1) AS jobs,
                      (SELECT count(*) FROM optimization_results WHERE user_id = $1) AS analyses""",
            user_id,
        )
        return dict(row)

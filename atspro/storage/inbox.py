"""The update inbox: Telegram updates stored before they are acknowledged (``update_inbox``).

An update is *done* when its id is in ``processed_updates`` (``UpdateLog.claim``), written in
the same transaction as the handler's effects; until then it is *pending* and is dispatched
again after a crash. ``replies`` remembers the messages already sent for an update, so a
replayed handler re-uses them instead of answering twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import asyncpg

Executor = asyncpg.Pool | asyncpg.Connection


@dataclass(frozen=True)
class InboxEntry:
    update_id: int
    payload: dict[str, Any]
    chat_id: int | None
    replies: list[int]
    attempts: int


def _entry(row: Any) -> InboxEntry:
    return InboxEntry(
        row["update_id"],
        row["payload"],
        row["chat_id"],
        [int(x) for x in row["replies"] or []],
        row["attempts"],
    )


class Inbox:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def store(self, updates: list[tuple[int, int | None, dict[str, Any]]]) -> list[int]:
        """Store (update_id, chat_id, payload) rows in one statement; return the ids new here
        and not yet done (a redelivery of a stored update is not new)."""
        if not updates:
            return []
        rows = await self.db.fetch(
            """INSERT INTO update_inbox (update_id, chat_id, payload)
               SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::jsonb[])
               ON CONFLICT (update_id) DO NOTHING
               RETURNING update_id""",
            [u[0] for u in updates],
            [u[1] for u in updates],
            [u[2] for u in updates],
        )
        return sorted(int(r["update_id"]) for r in rows)

    async def claim(
        self, update_id: int, *, lease_s: float, force: bool = False
    ) -> InboxEntry | None:
        """Take a pending update for processing (None: done, or another worker holds it).

        ``force`` ignores a lease left by a process that is known to be gone (start-up).
        """
        row = await self.db.fetchrow(
            """UPDATE update_inbox i
                  SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
                WHERE update_id = $1
                  AND ($3 OR claimed_until IS NULL OR claimed_until < now())
                  AND NOT EXISTS (SELECT 1 FROM processed_updates p WHERE p.update_id = $1)
                RETURNING i.*""",
            update_id,
            lease_s,
            force,
        )
        return _entry(row) if row is not None else None

    async def release(self, update_id: int) -> None:
        """Processing failed before it was done: let the next sweep take it at once."""
        await self.db.execute(
            "UPDATE update_inbox SET claimed_until = NULL WHERE update_id = $1", update_id
        )

    async def pending(
        self, *, include_claimed: bool = False, limit: int = 500
    ) -> list[tuple[int, int | None]]:
        """Pending (update id, chat id), oldest first (claimed ones only with
        ``include_claimed``)."""
        rows = await self.db.fetch(
            """SELECT i.update_id, i.chat_id FROM update_inbox i
               WHERE NOT EXISTS (SELECT 1 FROM processed_updates p WHERE p.update_id = i.update_id)
                 AND ($1 OR i.claimed_until IS NULL OR i.claimed_until < now())
               ORDER BY i.update_id LIMIT $2""",
            include_claimed,
            limit,
        )
        return [(int(r["update_id"]), r["chat_id"]) for r in rows]

    async def add_reply(self, update_id: int, message_id: int) -> None:
        await self.db.execute(
            "UPDATE update_inbox SET replies = replies || to_jsonb($2::bigint) WHERE update_id = $1",
            update_id,
            message_id,
        )

    async def last_update_id(self) -> int | None:
        return await self.db.fetchval("SELECT max(update_id) FROM update_inbox")

    async def prune(self, older_than_days: int = 7) -> int:
        """Forget old updates, done or not (run before ``UpdateLog.prune``, so no done update
        is ever seen as pending again)."""
        status = await self.db.execute(
            "DELETE FROM update_inbox WHERE received_at < now() - make_interval(days => $1)",
            older_than_days,
        )
        return int(status.split()[-1])

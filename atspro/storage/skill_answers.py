"""The user's answers to "Have you used <skill>?": every query filtered by the owner."""

from __future__ import annotations

from typing import Any

import asyncpg

Executor = asyncpg.Pool | asyncpg.Connection
_COLUMNS = "id, skill, has_skill, role, answered_at"


def _as_id(value: Any) -> int | None:
    """An answer id from untrusted input (callback data); malformed ids find nothing."""
    text = str(value)
    return int(text) if text.isdigit() and len(text) < 18 else None


class SkillAnswerRepo:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def upsert(
        self, user_id: int, skill: str, has_skill: bool, role: str | None = None
    ) -> dict[str, Any]:
        """One answer per skill (case-insensitive): a later answer replaces the earlier."""
        record = await self.db.fetchrow(
            f"""INSERT INTO skill_answers (user_id, skill, has_skill, role)
                VALUES ($1, $2, $3, $4)
                ON CONFLICT (user_id, lower(skill)) DO UPDATE
                   SET skill = EXCLUDED.skill, has_skill = EXCLUDED.has_skill,
                       role = EXCLUDED.role, answered_at = now()
                RETURNING {_COLUMNS}""",
            user_id,
            skill,
            has_skill,
            role if has_skill else None,
        )
        return dict(record)

    async def list(self, user_id: int) -> list[dict[str, Any]]:
        records = await self.db.fetch(
            f"SELECT {_COLUMNS} FROM skill_answers WHERE user_id = $1 ORDER BY lower(skill)",
            user_id,
        )
        return [dict(r) for r in records]

    async def get(self, user_id: int, answer_id: Any) -> dict[str, Any] | None:
        key = _as_id(answer_id)
        if key is None:
            return None
        record = await self.db.fetchrow(
            f"SELECT {_COLUMNS} FROM skill_answers WHERE id = $1 AND user_id = $2", key, user_id
        )
        return dict(record) if record is not None else None

    async def delete(self, user_id: int, answer_id: Any) -> bool:
        key = _as_id(answer_id)
        if key is None:
            return False
        status = await self.db.execute(
            "DELETE FROM skill_answers WHERE id = $1 AND user_id = $2", key, user_id
        )
        return status.endswith(" 1")

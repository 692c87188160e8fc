"""The user's original DOCX files, for tailoring a copy of them: every query owner-scoped."""

from __future__ import annotations

import uuid
from typing import Any

import asyncpg

Executor = asyncpg.Pool | asyncpg.Connection


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


class OriginalRepo:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def put(self, user_id: int, resume_id: Any, data: bytes) -> bool:
        """Keep ``data`` for one of the user's own resumes (nothing for somebody else's)."""
        record = await self.db.fetchrow(
            """INSERT INTO resume_originals (resume_id, user_id, data)
               SELECT $1, $2, $3
               WHERE EXISTS (SELECT 1 FROM resume_documents WHERE id = $1 AND user_id = $2)
               ON CONFLICT (resume_id) DO NOTHING
               RETURNING resume_id""",
            _uuid(resume_id),
            user_id,
            data,
        )
        return record is not None

    async def get(self, user_id: int, resume_id: Any) -> bytes | None:
        key = _uuid(resume_id)
        if key is None:
            return None
        return await self.db.fetchval(
            "SELECT data FROM resume_originals WHERE resume_id = $1 AND user_id = $2", key, user_id
        )

    async def list_all(self, user_id: int) -> list[dict[str, Any]]:
        records = await self.db.fetch(
            "SELECT resume_id, data FROM resume_originals WHERE user_id = $1", user_id
        )
        return [dict(r) for r in records]

"""Repositories: the SQL the app runs against user data (admin-wide queries: storage/admin.py;
the task queue: tasks/queue.py; the importer: importer/).

Rule of the house: every method that touches user data takes the owner's ``user_id`` and
filters by it, so forged ids (callback data, CLI input) can never reach another user's rows.
Rows come back as plain dicts; JSON/JSONB columns are already Python objects (see db.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

import asyncpg

from atspro.storage.inbox import Inbox
from atspro.storage.originals import OriginalRepo
from atspro.storage.skill_answers import SkillAnswerRepo

Executor = asyncpg.Pool | asyncpg.Connection
Row = dict[str, Any]


def _row(record: asyncpg.Record | None) -> Row | None:
    return dict(record) if record is not None else None


def _rows(records: Iterable[asyncpg.Record]) -> list[Row]:
    return [dict(r) for r in records]


def _as_uuid(value: uuid.UUID | str) -> uuid.UUID | None:
    """Parse an id from untrusted input; a malformed id is simply not found."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


class UserRepo:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def upsert_telegram_user(
        self,
        telegram_user_id: int,
        *,
        username: str | None = None,
        first_name: str | None = None,
        language_code: str | None = None,
    ) -> Row:
        """Get or create the user for a Telegram account in one statement; touch last_seen."""
        record = await self.db.fetchrow(
            """
            INSERT INTO "user" (telegram_user_id, username, first_name, language_code)
            VALUES ($1, $2, $3, $4)
            ON CONFLICT (telegram_user_id) DO UPDATE
               SET username = EXCLUDED.username,
                   first_name = EXCLUDED.first_name,
                   language_code = COALESCE(EXCLUDED.language_code, "user".language_code),
                   last_seen_at = now(),
                   is_active = TRUE
            RETURNING *, (xmax = 0) AS created
            """,
            telegram_user_id,
            username,
            first_name,
            language_code,
        )
        return dict(record)

    async def enter_update(
        self,
        update_id: int,
        telegram_user_id: int,
        *,
        username: str | None,
        first_name: str | None,
        language_code: str | None,
        chat_id: int | None,
        ttl_days: int,
    ) -> tuple[bool, Row | None, Row | None]:
        """Everything an incoming update needs, in one round trip.

        Checks the update is not done yet (False for a redelivery, and nothing else happens;
        it is marked done by whoever finishes it, see atspro/bot/inbox.py), then gets or
        creates the user and touches the (user, chat) session — not for banned users.
        Returns (claimed, user, session).
        """
        record = await self.db.fetchrow(
            """
            WITH claim AS (
                SELECT $1::bigint AS update_id
                WHERE NOT EXISTS (SELECT 1 FROM processed_updates WHERE update_id = $1)),
            u AS (
                INSERT INTO "user" (telegram_user_id, username, first_name, language_code)
                SELECT $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM claim)
                ON CONFLICT (telegram_user_id) DO UPDATE
                   SET username = EXCLUDED.username,
                       first_name = EXCLUDED.first_name,
                       language_code = COALESCE(EXCLUDED.language_code, "user".language_code),
                       last_seen_at = now(),
                       is_active = TRUE
                RETURNING *),
            s AS (
                INSERT INTO sessions (user_id, chat_id, expires_at)
                SELECT id, $6, now() + make_interval(days => $7) FROM u
                WHERE $6::bigint IS NOT NULL AND NOT u.is_banned
                ON CONFLICT (user_id, chat_id) DO UPDATE
                   SET updated_at = now(), expires_at = EXCLUDED.expires_at
                RETURNING *)
            SELECT EXISTS (SELECT 1 FROM claim) AS claimed,
                   u.id, u.telegram_user_id, u.username, u.first_name, u.language_code,
                   u.is_admin, u.is_banned, u.ban_reason, u.is_active, u.created_at,
                   u.last_seen_at,
                   s.id AS s_id, s.chat_id AS s_chat_id, s.active_resume_id AS s_active_resume_id,
                   s.active_job_id AS s_active_job_id, s.state AS s_state
            FROM (SELECT 1) AS one LEFT JOIN u ON TRUE LEFT JOIN s ON TRUE
            """,
            update_id,
            telegram_user_id,
            username,
            first_name,
            language_code,
            chat_id,
            ttl_days,
        )
        if not record["claimed"]:
            return False, None, None
        data = dict(record)
        data.pop("claimed")
        session = {k[2:]: data.pop(k) for k in list(data) if k.startswith("s_")}
        session["user_id"] = data["id"]
        return True, data, session if session["id"] is not None else None

    async def get(self, user_id: int) -> Row | None:
        return _row(await self.db.fetchrow('SELECT * FROM "user" WHERE id = $1', user_id))

    async def get_by_telegram_id(self, telegram_user_id: int) -> Row | None:
        return _row(
            await self.db.fetchrow(
                'SELECT * FROM "user" WHERE telegram_user_id = $1', telegram_user_id
            )
        )

    async def find(self, ref: str) -> Row | None:
        """Admin lookup by Telegram id or @username."""
        ref = ref.strip()
        if ref.lstrip("-").isdigit():
            return await self.get_by_telegram_id(int(ref))
        return _row(
            await self.db.fetchrow(
                'SELECT * FROM "user" WHERE lower(username) = lower($1) '
                "ORDER BY last_seen_at DESC LIMIT 1",
                ref.lstrip("@"),
            )
        )

    async def set_banned(self, user_id: int, banned: bool, reason: str | None = None) -> bool:
        status = await self.db.execute(
            'UPDATE "user" SET is_banned = $2, ban_reason = $3 WHERE id = $1',
            user_id,
            banned,
            reason if banned else None,
        )
        return status.endswith(" 1")

    async def set_active(self, user_id: int, active: bool) -> None:
        await self.db.execute('UPDATE "user" SET is_active = $2 WHERE id = $1', user_id, active)

    async def delete(self, user_id: int) -> bool:
        """Erase the account; ON DELETE CASCADE removes everything the user owns."""
        status = await self.db.execute('DELETE FROM "user" WHERE id = $1', user_id)
        return status.endswith(" 1")


class ProfileRepo:
    FIELDS = ("phone", "location", "title", "bio")

    def __init__(self, db: Executor) -> None:
        self.db = db

    async def get(self, user_id: int) -> Row | None:
        return _row(
            await self.db.fetchrow("SELECT * FROM user_profiles WHERE user_id = $1", user_id)
        )

    async def update(self, user_id: int, **fields: str | None) -> Row:
        unknown = set(fields) - set(self.FIELDS)
        if unknown:
            raise ValueError(f"unknown profile fields: {sorted(unknown)}")
        cols = list(fields)
        placeholders = ", ".join(f"${i + 2}" for i in range(len(cols)))
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols) or "user_id = EXCLUDED.user_id"
        record = await self.db.fetchrow(
            f"""INSERT INTO user_profiles (user_id{"".join(", " + c for c in cols)})
                VALUES ($1{", " if cols else ""}{placeholders})
                ON CONFLICT (user_id) DO UPDATE SET {updates}, updated_at = now()
                RETURNING *""",
            user_id,
            *fields.values(),
        )
        return dict(record)

    async def set_resume(self, user_id: int, resume_id: uuid.UUID | None) -> bool:
        """Point the profile at one of the user's own resumes (or none)."""
        record = await self.db.fetchrow(
            """INSERT INTO user_profiles (user_id, resume_id)
               SELECT $1, $2 WHERE $2::uuid IS NULL
                   OR EXISTS (SELECT 1 FROM resume_documents WHERE id = $2 AND user_id = $1)
               ON CONFLICT (user_id) DO UPDATE SET resume_id = EXCLUDED.resume_id, updated_at = now()
               RETURNING user_id""",
            user_id,
            resume_id,
        )
        return record is not None


class SessionRepo:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def touch(self, user_id: int, chat_id: int, *, ttl_days: int = 30) -> Row:
        """Get or create the (user, chat) session and push its expiry forward."""
        record = await self.db.fetchrow(
            """INSERT INTO sessions (user_id, chat_id, expires_at)
               VALUES ($1, $2, now() + make_interval(days => $3))
               ON CONFLICT (user_id, chat_id) DO UPDATE
                  SET updated_at = now(), expires_at = now() + make_interval(days => $3)
               RETURNING *""",
            user_id,
            chat_id,
            ttl_days,
        )
        return dict(record)

    async def get(self, user_id: int, chat_id: int) -> Row | None:
        return _row(
            await self.db.fetchrow(
                "SELECT * FROM sessions WHERE user_id = $1 AND chat_id = $2", user_id, chat_id
            )
        )

    async def set_active_resume(self, user_id: int, chat_id: int, resume_id: Any) -> bool:
        return await self._set_active(
            "active_resume_id", "resume_documents", user_id, chat_id, resume_id
        )

    async def set_active_job(self, user_id: int, chat_id: int, job_id: Any) -> bool:
        return await self._set_active("active_job_id", "job_documents", user_id, chat_id, job_id)

    async def _set_active(
        self, column: str, table: str, user_id: int, chat_id: int, doc_id: Any
    ) -> bool:
        # The document must belong to the same user: forged ids change nothing.
        doc = None if doc_id is None else _as_uuid(doc_id)
        if doc_id is not None and doc is None:
            return False
        status = await self.db.execute(
            f"""UPDATE sessions SET {column} = $3, updated_at = now()
                WHERE user_id = $1 AND chat_id = $2
                  AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM {table} WHERE id = $3 AND user_id = $1))""",
            user_id,
            chat_id,
            doc,
        )
        return status.endswith(" 1")

    async def set_state(self, user_id: int, chat_id: int, state: dict[str, Any]) -> None:
        await self.db.execute(
            "UPDATE sessions SET state = $3, updated_at = now() WHERE user_id = $1 AND chat_id = $2",
            user_id,
            chat_id,
            state,
        )

    async def delete_expired(self) -> int:
        status = await self.db.execute("DELETE FROM sessions WHERE expires_at < now()")
        return int(status.split()[-1])


class _DocumentRepo:
    """Resumes and jobs share their shape: owned rows with raw text, JSONB and a search vector."""

    table: str = ""
    columns: tuple[str, ...] = ()
    list_columns: str = ""
    touch_column: str | None = "updated_at"  # set to now() on every update

    def __init__(self, db: Executor) -> None:
        self.db = db

    async def create(self, user_id: int, **fields: Any) -> Row:
        unknown = set(fields) - set(self.columns)
        if unknown:
            raise ValueError(f"unknown {self.table} fields: {sorted(unknown)}")
        cols = ["user_id", *fields]
        placeholders = ", ".join(f"${i + 1}" for i in range(len(cols)))
        record = await self.db.fetchrow(
            f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({placeholders}) RETURNING *",
            user_id,
            *fields.values(),
        )
        return dict(record)

    async def get(self, user_id: int, doc_id: uuid.UUID | str) -> Row | None:
        key = _as_uuid(doc_id)
        if key is None:
            return None
        return _row(
            await self.db.fetchrow(
                f"SELECT * FROM {self.table} WHERE id = $1 AND user_id = $2", key, user_id
            )
        )

    async def update(self, user_id: int, doc_id: uuid.UUID | str, **fields: Any) -> Row | None:
        unknown = set(fields) - set(self.columns)
        if unknown or not fields:
            raise ValueError(f"bad {self.table} update fields: {sorted(unknown) or 'none'}")
        key = _as_uuid(doc_id)
        if key is None:
            return None
        sets = ", ".join(f"{c} = ${i + 3}" for i, c in enumerate(fields))
        if self.touch_column:
            sets += f", {self.touch_column} = now()"
        return _row(
            await self.db.fetchrow(
                f"UPDATE {self.table} SET {sets} WHERE id = $1 AND user_id = $2 RETURNING *",
                key,
                user_id,
                *fields.values(),
            )
        )

    async def delete(self, user_id: int, doc_id: uuid.UUID | str) -> bool:
        key = _as_uuid(doc_id)
        if key is None:
            return False
        status = await self.db.execute(
            f"DELETE FROM {self.table} WHERE id = $1 AND user_id = $2", key, user_id
        )
        return status.endswith(" 1")

    async def list_latest(self, user_id: int, *, limit: int = 10, offset: int = 0) -> list[Row]:
        return _rows(
            await self.db.fetch(
                f"SELECT {self.list_columns} FROM {self.table} WHERE user_id = $1 "
                "ORDER BY created_at DESC LIMIT $2 OFFSET $3",
                user_id,
                limit,
                offset,
            )
        )

    async def count(self, user_id: int) -> int:
        return int(
            await self.db.fetchval(f"SELECT count(*) FROM {self.table} WHERE user_id = $1", user_id)
        )

    async def lock_pair(self, user_id: int, resume_id: Any, job_id: Any) -> None:
        """Serialise work on one (user, resume, job) pair until the transaction ends."""
        await self.db.execute(
            "SELECT pg_advisory_xact_lock($1::int, hashtext($2))",
            user_id % 2_000_000_000,
            f"{resume_id}:{job_id}",
        )

    async def recent_for_pair(
        self, user_id: int, resume_id: Any, job_id: Any, *, within_s: float
    ) -> Row | None:
        """The newest result for the pair made in the last ``within_s`` seconds."""
        return _row(
            await self.db.fetchrow(
                """SELECT * FROM optimization_results
                   WHERE user_id = $1 AND resume_id = $2 AND job_id = $3
                     AND created_at > now() - make_interval(secs => $4)
                   ORDER BY created_at DESC LIMIT 1""",
                user_id,
                _as_uuid(resume_id),
                _as_uuid(job_id),
                within_s,
            )
        )

    async def search(self, user_id: int, query: str, *, limit: int = 10) -> list[Row]:
        """Full-text search over the user's own documents, best match first."""
        return _rows(
            await self.db.fetch(
                f"""SELECT {self.list_columns},
                           ts_rank(search_tsv, q) AS rank,
                           ts_headline('english', left(coalesce(raw_text, ''), 20000), q,
                                       'MaxWords=18, MinWords=6, MaxFragments=1') AS snippet
                    FROM {self.table}, websearch_to_tsquery('english', $2) AS q
                    WHERE user_id = $1 AND search_tsv @@ q
                    ORDER BY rank DESC, created_at DESC LIMIT $3""",
                user_id,
                query,
                limit,
            )
        )

    async def list_all(self, user_id: int) -> list[Row]:
        """Every row of the user, for the data export."""
        return _rows(
            await self.db.fetch(
                f"SELECT * FROM {self.table} WHERE user_id = $1 ORDER BY created_at", user_id
            )
        )


class ResumeRepo(_DocumentRepo):
    table = "resume_documents"
    columns = (
        "filename",
        "content_type",
        "file_size",
        "sha256",
        "status",
        "processed_data",
        "raw_text",
        "metadata",
        "error",
    )
    list_columns = "id, user_id, filename, content_type, file_size, status, created_at"

    async def find_by_sha256(self, user_id: int, sha256: str) -> Row | None:
        return _row(
            await self.db.fetchrow(
                "SELECT * FROM resume_documents WHERE user_id = $1 AND sha256 = $2 "
                "AND status = 'ready' ORDER BY created_at DESC LIMIT 1",
                user_id,
                sha256,
            )
        )


class JobRepo(_DocumentRepo):
    table = "job_documents"
    columns = (
        "title",
        "company",
        "location",
        "source_url",
        "requirements",
        "description_data",
        "raw_text",
        "status",
        "metadata",
        "error",
    )
    list_columns = "id, user_id, title, company, location, source_url, status, created_at"

    async def find_by_request(self, user_id: int, request: str) -> Row | None:
        """The job a request (a task) already stored, so a retry stores it only once."""
        return _row(
            await self.db.fetchrow(
                "SELECT * FROM job_documents WHERE user_id = $1 AND metadata @> $2",
                user_id,
                {"request": request},
            )
        )


class MatchRepo(_DocumentRepo):
    """Scores and reports. Created only for a resume and a job of the same owner."""

    table = "optimization_results"
    columns = ("score", "optimization_data", "suggestions", "engine", "metadata")
    touch_column = None

    async def create(
        self,
        user_id: int,
        *,
        resume_id: Any,
        job_id: Any,
        score: float,
        optimization_data: dict[str, Any],
        suggestions: list[Any],
        engine: str = "deterministic",
        metadata: dict[str, Any] | None = None,
    ) -> Row:
        # Both documents must be the caller's own: the INSERT selects nothing otherwise.
        record = await self.db.fetchrow(
            """INSERT INTO optimization_results
                   (user_id, resume_id, job_id, score, optimization_data, suggestions, engine, metadata)
               SELECT $1, $2, $3, $4, $5, $6, $7, $8
               WHERE EXISTS (SELECT 1 FROM resume_documents WHERE id = $2 AND user_id = $1)
                 AND EXISTS (SELECT 1 FROM job_documents WHERE id = $3 AND user_id = $1)
               RETURNING *""",
            user_id,
            _as_uuid(resume_id),
            _as_uuid(job_id),
            score,
            optimization_data,
            suggestions,
            engine,
            metadata or {},
        )
        if record is None:
            raise PermissionError("resume or job not found for this user")
        return dict(record)

    async def search(self, user_id: int, query: str, *, limit: int = 10) -> list[Row]:
        raise NotImplementedError("results have no text of their own: search resumes and jobs")

    async def merge_metadata(self, user_id: int, result_id: Any, patch: dict[str, Any]) -> bool:
        """Merge top-level keys into the result's metadata atomically (concurrent writers safe)."""
        key = _as_uuid(result_id)
        if key is None:
            return False
        status = await self.db.execute(
            "UPDATE optimization_results SET metadata = metadata || $3 WHERE id = $1 AND user_id = $2",
            key,
            user_id,
            patch,
        )
        return status.endswith(" 1")

    async def list_latest(self, user_id: int, *, limit: int = 10, offset: int = 0) -> list[Row]:
        return _rows(
            await self.db.fetch(
                """SELECT r.id, r.score, r.engine, r.created_at, r.resume_id, r.job_id,
                          j.title AS job_title, j.company AS job_company,
                          d.filename AS resume_filename
                   FROM optimization_results r
                   LEFT JOIN job_documents j ON j.id = r.job_id AND j.user_id = r.user_id
                   LEFT JOIN resume_documents d ON d.id = r.resume_id AND d.user_id = r.user_id
                   WHERE r.user_id = $1
                   ORDER BY r.created_at DESC LIMIT $2 OFFSET $3""",
                user_id,
                limit,
                offset,
            )
        )


class UpdateLog:
    """Telegram update ids already handled, for exactly-once processing across restarts."""

    def __init__(self, db: Executor) -> None:
        self.db = db

    async def claim(self, update_id: int) -> bool:
        """True the first time an update id is seen, False for every redelivery."""
        status = await self.db.execute(
            "INSERT INTO processed_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING",
            update_id,
        )
        return status.endswith(" 1")

    async def prune(self, older_than_days: int = 7) -> int:
        status = await self.db.execute(
            "DELETE FROM processed_updates WHERE processed_at < now() - make_interval(days => $1)",
            older_than_days,
        )
        return int(status.split()[-1])


class AuditRepo:
    def __init__(self, db: Executor) -> None:
        self.db = db

    async def forget_person(self, user_id: int, telegram_user_id: int) -> int:
        """An erased user leaves no trace in the audit trail: rows about them or by them keep
        the action and time, but lose the identifiers and the free text (a ban reason)."""
        status = await self.db.execute(
            """UPDATE audit_log
                  SET target = NULL, details = '{}'::jsonb,
                      actor_telegram_id = CASE WHEN actor_telegram_id = $2
                                               THEN NULL ELSE actor_telegram_id END,
                      actor_user_id = CASE WHEN actor_user_id = $1
                                           THEN NULL ELSE actor_user_id END
                WHERE target = $3 OR actor_telegram_id = $2 OR actor_user_id = $1""",
            user_id,
            telegram_user_id,
            str(telegram_user_id),
        )
        return int(status.split()[-1])

    async def write(
        self,
        *,
        actor_user_id: int | None,
        actor_telegram_id: int | None,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        await self.db.execute(
            """INSERT INTO audit_log (actor_user_id, actor_telegram_id, action, target, details)
               VALUES ($1, $2, $3, $4, $5)""",
            actor_user_id,
            actor_telegram_id,
            action,
            target,
            details or {},
        )

    async def recent(self, limit: int = 20) -> list[Row]:
        return _rows(
            await self.db.fetch("SELECT * FROM audit_log ORDER BY created_at DESC LIMIT $1", limit)
        )


class UsageRepo:
    """Fixed-window counters for per-user rate limits and quotas."""

    def __init__(self, db: Executor) -> None:
        self.db = db

    async def hit(self, user_id: int, kind: str, *, window: str, limit: int) -> bool:
        """Count one use in the current window; False (and not counted) when over ``limit``.

        ``window`` is a PostgreSQL ``date_trunc`` unit: 'hour' or 'day'.
        """
        if window not in ("minute", "hour", "day"):
            raise ValueError(window)
        record = await self.db.fetchrow(
            """INSERT INTO usage_counters (user_id, kind, window_start, count)
               VALUES ($1, $2, date_trunc($3, now()), 1)
               ON CONFLICT (user_id, kind, window_start) DO UPDATE
                  SET count = usage_counters.count + 1
                  WHERE usage_counters.count < $4
               RETURNING count""",
            user_id,
            kind,
            window,
            limit,
        )
        return record is not None

    async def add(self, user_id: int, kind: str, amount: int, *, window: str) -> None:
        """Add ``amount`` to a counter with no limit (e.g. LLM tokens used today)."""
        if window not in ("minute", "hour", "day"):
            raise ValueError(window)
        await self.db.execute(
            """INSERT INTO usage_counters (user_id, kind, window_start, count)
               VALUES ($1, $2, date_trunc($3, now()), $4)
               ON CONFLICT (user_id, kind, window_start) DO UPDATE
                  SET count = usage_counters.count + EXCLUDED.count""",
            user_id,
            kind,
            window,
            amount,
        )

    async def prune(self, older_than_days: int = 2) -> int:
        status = await self.db.execute(
            "DELETE FROM usage_counters WHERE window_start < now() - make_interval(days => $1)",
            older_than_days,
        )
        return int(status.split()[-1])

    async def used(self, user_id: int, kind: str, *, window: str) -> int:
        value = await self.db.fetchval(
            """SELECT count FROM usage_counters
               WHERE user_id = $1 AND kind = $2 AND window_start = date_trunc($3, now())""",
            user_id,
            kind,
            window,
        )
        return int(value or 0)


class Repos:
    """All repositories over one executor (a pool, or a connection inside a transaction)."""

    def __init__(self, db: Executor) -> None:
        self.db = db
        self.users = UserRepo(db)
        self.profiles = ProfileRepo(db)
        self.sessions = SessionRepo(db)
        self.resumes = ResumeRepo(db)
        self.jobs = JobRepo(db)
        self.matches = MatchRepo(db)  # table optimization_results (its name from the first schema)
        self.updates = UpdateLog(db)
        self.inbox = Inbox(db)
        self.audit = AuditRepo(db)
        self.usage = UsageRepo(db)
        self.skill_answers = SkillAnswerRepo(db)
        self.originals = OriginalRepo(db)

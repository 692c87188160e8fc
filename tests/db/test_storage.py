"""Storage against a real PostgreSQL: migrations, repositories, ownership, cascades."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from pathlib import Path

import asyncpg
import pytest

from atspro.storage.migrate import MIGRATIONS_DIR, MigrationError, apply_migrations
from atspro.storage.repos import Repos


async def test_migrations_apply_once_then_noop(empty_db_dsn: str) -> None:
    first = await apply_migrations(empty_db_dsn)
    assert first and first[0] == "0001"
    assert await apply_migrations(empty_db_dsn) == []
    conn = await asyncpg.connect(empty_db_dsn)
    try:
        tables = {
            r["tablename"]
            for r in await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname='public'")
        }
    finally:
        await conn.close()
    expected = {"user", "user_profiles", "sessions", "resume_documents", "job_documents"}
    assert expected | {"optimization_results", "processed_updates", "audit_log", "tasks"} <= tables


async def test_concurrent_migrators_do_not_collide(empty_db_dsn: str) -> None:
    results = await asyncio.gather(*(apply_migrations(empty_db_dsn) for _ in range(4)))
    applied = [v for r in results for v in r]
    # every migration applied exactly once across the four racing processes
    assert sorted(applied) == sorted({v for v in applied})
    assert len(applied) == len(list(MIGRATIONS_DIR.glob("*.sql")))


async def test_edited_applied_migration_is_refused(empty_db_dsn: str, tmp_path: Path) -> None:
    mig = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, mig)
    await apply_migrations(empty_db_dsn, mig)
    first = sorted(mig.glob("*.sql"))[0]
    first.write_text(first.read_text() + "\n-- sneaky edit\n")
    with pytest.raises(MigrationError, match="edited after"):
        await apply_migrations(empty_db_dsn, mig)


async def _user(repos: Repos, tg: int) -> int:
    row = await repos.users.upsert_telegram_user(tg, username=f"u{tg}", first_name="U")
    return int(row["id"])


async def test_user_upsert_is_one_row_and_touches(pool: asyncpg.Pool) -> None:
    repos = Repos(pool)
    a = await repos.users.upsert_telegram_user(42, username="alice", first_name="Alice")
    assert a["created"] is True
    b = await repos.users.upsert_telegram_user(42, username="alice2", first_name="Alice")
    assert b["created"] is False and b["id"] == a["id"] and b["username"] == "alice2"
    assert b["last_seen_at"] >= a["last_seen_at"]
    assert (await repos.users.find("@ALICE2"))["id"] == a["id"]
    assert (await repos.users.find("42"))["id"] == a["id"]
    assert await repos.users.set_banned(a["id"], True, "spam")
    banned = await repos.users.get(a["id"])
    assert banned["is_banned"] and banned["ban_reason"] == "spam"


async def test_jsonb_round_trips(pool: asyncpg.Pool) -> None:
    repos = Repos(pool)
    uid = await _user(repos, 1)
    data = {"contact": {"full_name": "Ana Ñúñez", "links": [{"url": "x"}]}, "n": 1.5, "ok": True}
    r = await repos.resumes.create(
        uid,
        filename="cv.pdf",
        raw_text="Python developer",
        processed_data=data,
        metadata={"engine": "deterministic"},
        status="ready",
    )
    assert (await repos.resumes.get(uid, r["id"]))["processed_data"] == data
    j = await repos.jobs.create(
        uid,
        title="Dev",
        raw_text="We need Python",
        requirements={"required": ["Python"]},
        description_data={"keywords": [{"term": "python", "weight": 1.0}]},
        status="ready",
    )
    got = await repos.jobs.get(uid, j["id"])
    assert got["requirements"] == {"required": ["Python"]}
    assert got["description_data"]["keywords"][0]["term"] == "python"
    res = await repos.matches.create(
        uid,
        resume_id=r["id"],
        job_id=j["id"],
        score=77.5,
        optimization_data={"components": [{"name": "hard_skills", "score": 80}]},
        suggestions=[{"message": "Add Kubernetes"}],
        metadata={"latency_ms": 5},
    )
    again = await repos.matches.get(uid, res["id"])
    assert float(again["score"]) == 77.5
    assert again["suggestions"] == [{"message": "Add Kubernetes"}]
    assert again["optimization_data"]["components"][0]["score"] == 80
    await repos.sessions.touch(uid, 100)
    await repos.sessions.set_state(uid, 100, {"awaiting": "job", "n": [1, 2]})
    assert (await repos.sessions.get(uid, 100))["state"] == {"awaiting": "job", "n": [1, 2]}
    prof = await repos.profiles.update(uid, phone="+15551234567", bio="Hi")
    assert prof["phone"] == "+15551234567"
    assert (await repos.profiles.get(uid))["bio"] == "Hi"
    await repos.audit.write(
        actor_user_id=uid, actor_telegram_id=1, action="ban", details={"a": [1]}
    )
    assert (await repos.audit.recent())[0]["details"] == {"a": [1]}


async def test_owner_scoping_everywhere(pool: asyncpg.Pool) -> None:
    repos = Repos(pool)
    alice, bob = await _user(repos, 1), await _user(repos, 2)
    r = await repos.resumes.create(alice, filename="a.pdf", raw_text="secret alice python")
    j = await repos.jobs.create(alice, title="Job A", raw_text="python job")
    res = await repos.matches.create(
        alice, resume_id=r["id"], job_id=j["id"], score=50, optimization_data={}, suggestions=[]
    )
    # Bob can neither read, change, list, search nor delete Alice's rows.
    for repo, row in ((repos.resumes, r), (repos.jobs, j)):
        assert await repo.get(bob, row["id"]) is None
        assert await repo.update(bob, row["id"], status="failed") is None
        assert await repo.delete(bob, row["id"]) is False
        assert await repo.list_latest(bob) == []
        assert await repo.search(bob, "python") == []
        assert await repo.get(alice, row["id"]) is not None
    assert await repos.matches.get(bob, res["id"]) is None
    assert await repos.matches.delete(bob, res["id"]) is False
    assert await repos.matches.update(bob, res["id"], engine="x") is None
    assert await repos.matches.list_latest(bob) == []
    # Bob cannot point his session, profile or a result at Alice's documents.
    await repos.sessions.touch(bob, 2)
    assert await repos.sessions.set_active_resume(bob, 2, r["id"]) is False
    assert await repos.sessions.set_active_job(bob, 2, j["id"]) is False
    assert await repos.profiles.set_resume(bob, r["id"]) is False
    bob_job = await repos.jobs.create(bob, title="Job B")
    with pytest.raises(PermissionError):
        await repos.matches.create(
            bob,
            resume_id=r["id"],
            job_id=bob_job["id"],
            score=1,
            optimization_data={},
            suggestions=[],
        )
    # Malformed ids are "not found", never an error.
    assert await repos.resumes.get(alice, "not-a-uuid") is None
    assert await repos.resumes.get(alice, uuid.uuid4()) is None
    assert (await repos.resumes.search(alice, "secret"))[0]["id"] == r["id"]


async def test_delete_user_removes_everything(pool: asyncpg.Pool) -> None:
    repos = Repos(pool)
    uid, other = await _user(repos, 1), await _user(repos, 2)
    r = await repos.resumes.create(uid, filename="a.pdf")
    j = await repos.jobs.create(uid, title="t")
    await repos.matches.create(
        uid, resume_id=r["id"], job_id=j["id"], score=1, optimization_data={}, suggestions=[]
    )
    await repos.sessions.touch(uid, 1)
    await repos.profiles.update(uid, bio="x")
    await repos.usage.hit(uid, "upload", window="hour", limit=5)
    await pool.execute("INSERT INTO tasks (user_id, kind) VALUES ($1, 'x')", uid)
    await repos.resumes.create(other, filename="keep.pdf")
    assert await repos.users.delete(uid)
    for table in (
        "resume_documents",
        "job_documents",
        "optimization_results",
        "sessions",
        "user_profiles",
        "usage_counters",
        "tasks",
    ):
        assert await pool.fetchval(f"SELECT count(*) FROM {table} WHERE user_id = $1", uid) == 0
    assert await repos.resumes.count(other) == 1


async def test_update_ids_claimed_once(pool: asyncpg.Pool) -> None:
    log = Repos(pool).updates
    assert await log.claim(1001) is True
    assert await log.claim(1001) is False
    results = await asyncio.gather(*(log.claim(2002) for _ in range(5)))
    assert results.count(True) == 1


async def test_usage_limit_window(pool: asyncpg.Pool) -> None:
    repos = Repos(pool)
    uid = await _user(repos, 9)
    allowed = [await repos.usage.hit(uid, "upload", window="hour", limit=3) for _ in range(5)]
    assert allowed == [True, True, True, False, False]
    assert await repos.usage.used(uid, "upload", window="hour") == 3


async def test_enter_update_claims_maps_and_skips_banned(pool: asyncpg.Pool) -> None:
    users = Repos(pool).users
    kw = {
        "username": "zed",
        "first_name": "Zed",
        "language_code": "en",
        "chat_id": 77,
        "ttl_days": 30,
    }
    claimed, user, session = await users.enter_update(1, 555, **kw)
    assert claimed and user["telegram_user_id"] == 555 and session["chat_id"] == 77
    assert session["user_id"] == user["id"] and session["state"] == {}
    # Entering does not finish the update: a crash before the end lets it run again ...
    assert (await users.enter_update(1, 555, **kw))[0]
    await Repos(pool).updates.claim(1)  # ... and once done, a redelivery does nothing.
    again = await users.enter_update(1, 555, **kw)
    assert again == (False, None, None)
    await users.set_banned(user["id"], True, "spam")
    await pool.execute("DELETE FROM sessions")
    claimed, banned, session = await users.enter_update(2, 555, **kw)
    assert claimed and banned["is_banned"] and session is None
    assert await pool.fetchval("SELECT count(*) FROM sessions") == 0


async def test_maintenance_forgets_expired_rows(pool: asyncpg.Pool) -> None:
    from types import SimpleNamespace

    from atspro.app import run_maintenance

    repos = Repos(pool)
    uid = await _user(repos, 1)
    await repos.sessions.touch(uid, 1)
    await repos.sessions.touch(uid, 2)
    await pool.execute(
        "UPDATE sessions SET expires_at = now() - interval '1 day' WHERE chat_id = 1"
    )
    await repos.updates.claim(1)
    await repos.updates.claim(2)
    await pool.execute(
        "UPDATE processed_updates SET processed_at = now() - interval '8 days' WHERE update_id = 1"
    )
    await repos.usage.hit(uid, "upload", window="hour", limit=5)
    await pool.execute("UPDATE usage_counters SET window_start = now() - interval '3 days'")
    removed = await run_maintenance(SimpleNamespace(repos=repos))  # type: ignore[arg-type]
    assert removed == {"sessions": 1, "inbox": 0, "update_ids": 1, "usage_counters": 1}
    assert await pool.fetchval("SELECT chat_id FROM sessions") == 2
    assert await pool.fetchval("SELECT update_id FROM processed_updates") == 2

"""Small durability fixes, each with the failure it prevents: the error handler answers once
and stops, a database outage mid-update retries silently, one card per pair, idempotent job
ingest, the audit trail forgets an erased user, one owner per DATA_DIR, the sandbox respects
FETCH_ALLOW_LOOPBACK."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from atspro.app import open_services
from atspro.commands.bot import _owning_data_dir, sandbox_settings
from atspro.config import Settings
from atspro.services import account, intake, matching
from atspro.storage.datadir import DataDirBusy, clean_stale_handles, own_data_dir
from atspro.storage.repos import Repos
from tests.bot_harness import make_settings, running_bot
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import is_bot


def _fail_first_entry(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> dict[str, int]:
    original = account.enter_update
    calls = {"n": 0}

    async def failing(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise error
        return await original(*args, **kwargs)

    monkeypatch.setattr(account, "enter_update", failing)
    return calls


async def _texts(bot: Any, chat_id: int) -> list[str]:
    return [m["text"] for m in await bot.bot_messages(chat_id)]


async def test_failed_entry_gate_answers_once_and_runs_no_later_handler(
    pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_first_entry(monkeypatch, RuntimeError("a bug"))
    async with running_bot(pool) as bot:
        user = await bot.user(4101, "Err")
        await user.send_text("/help")
        await user.wait_for(lambda m: is_bot(m, "Something went wrong"))
        await user.send_text("/help")
        await user.wait_for(lambda m: is_bot(m, "What I can do"))
        texts = await _texts(bot, 4101)
    assert sum("Something went wrong" in t for t in texts) == 1
    assert sum("What I can do" in t for t in texts) == 1  # the failed update ran no handler


async def test_database_outage_mid_update_is_retried_without_an_error_message(
    pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _fail_first_entry(monkeypatch, ConnectionRefusedError("database is away"))
    async with running_bot(pool) as bot:
        user = await bot.user(4102, "Out")
        await user.send_text("/help")
        await user.wait_for(lambda m: is_bot(m, "What I can do"))
        texts = await _texts(bot, 4102)
    assert calls["n"] >= 2
    assert texts.count(texts[0]) == 1 and not any("Something went wrong" in t for t in texts)


async def _user_with_pair(pool: asyncpg.Pool, svc: Any) -> tuple[int, matching.Pair]:
    repos = Repos(pool)
    user = await repos.users.upsert_telegram_user(4201, first_name="Race")
    uid = int(user["id"])
    await repos.sessions.touch(uid, 4201)
    await intake.receive_resume(
        svc, uid, 4201, make_resume_pdf(), filename="cv.pdf", content_type="application/pdf"
    )
    _, _, pair = await intake.receive_job(svc, uid, 4201, text=JOB_TEXT, request="task:1")
    assert pair is not None
    return uid, pair


async def test_racing_tasks_score_a_pair_once_and_charge_once(pool: asyncpg.Pool) -> None:
    async with open_services(make_settings(), pool=pool) as svc:
        uid, pair = await _user_with_pair(pool, svc)
        results = await asyncio.gather(
            *(matching.score_changed_pair(svc, uid, pair, owner=f"task:{n}") for n in range(4))
        )
        winners = [r for r in results if r is not None]
        assert len(winners) == 1
        owner = winners[0].row["metadata"]["owner"]
        again = await matching.score_changed_pair(svc, uid, pair, owner=owner)
        assert again is not None and again.id == winners[0].id  # its own retry
        assert await pool.fetchval("SELECT count(*) FROM optimization_results") == 1
        assert await Repos(pool).usage.used(uid, "match", window="hour") == 1
        # Asked for explicitly, the same pair is scored again.
        await matching.score_pair(svc, uid, pair)
        assert await pool.fetchval("SELECT count(*) FROM optimization_results") == 2


async def test_job_ingest_retried_by_the_same_task_stores_it_once(pool: asyncpg.Pool) -> None:
    async with open_services(make_settings(), pool=pool) as svc:
        user = await Repos(pool).users.upsert_telegram_user(4301, first_name="Job")
        uid = int(user["id"])
        await Repos(pool).sessions.touch(uid, 4301)
        first, _, _ = await intake.receive_job(svc, uid, 4301, text=JOB_TEXT, request="task:9")
        again, job, _ = await intake.receive_job(svc, uid, 4301, text=JOB_TEXT, request="task:9")
        assert again["id"] == first["id"] and job.title
        other, _, _ = await intake.receive_job(svc, uid, 4301, text=JOB_TEXT, request="task:10")
        assert other["id"] != first["id"]  # a new request is a new job
        assert await pool.fetchval("SELECT count(*) FROM job_documents") == 2


async def test_erased_user_leaves_no_identifier_or_reason_in_the_audit_trail(
    pool: asyncpg.Pool,
) -> None:
    repos = Repos(pool)
    admin = await repos.users.upsert_telegram_user(4401, first_name="Admin")
    victim = await repos.users.upsert_telegram_user(4402, first_name="Gone")
    for actor, tg, action, target, details in (
        (admin["id"], 4401, "ban", "4402", {"reason": "spam from Gone"}),
        (victim["id"], 4402, "stats", None, {}),
        (admin["id"], 4401, "stats", None, {}),
    ):
        await repos.audit.write(
            actor_user_id=actor,
            actor_telegram_id=tg,
            action=action,
            target=target,
            details=details,
        )
    await account.delete_account(repos, victim["id"])
    rows = [dict(r) for r in await pool.fetch("SELECT * FROM audit_log ORDER BY id")]
    assert [r["action"] for r in rows] == ["ban", "stats", "stats"]  # actions kept
    text = json.dumps(rows, default=str)
    assert "4402" not in text and "spam" not in text
    assert rows[2]["actor_telegram_id"] == 4401  # other people's rows untouched


def test_second_owner_of_a_data_dir_is_refused(tmp_path: Path, capsys: Any) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    ran: list[int] = []
    guarded = _owning_data_dir(lambda args, s: ran.append(1) or 0)
    with own_data_dir(tmp_path):
        with pytest.raises(DataDirBusy), own_data_dir(tmp_path):
            pass
        assert guarded(None, settings) == 2  # type: ignore[arg-type]
    err = capsys.readouterr().err.strip()
    assert not ran and len(err.splitlines()) == 1 and str(tmp_path) in err
    assert guarded(None, settings) == 0 and ran == [1]  # free again once the owner is gone


def test_stale_database_handles_are_cleaned(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    pgdata = tmp_path / "pgdata"
    pgdata.mkdir()
    import os

    (pgdata / ".handle_pids.json").write_text(json.dumps([dead.pid, os.getpid()]))
    assert clean_stale_handles(pgdata) == [dead.pid]
    assert json.loads((pgdata / ".handle_pids.json").read_text()) == [os.getpid()]


def test_sandbox_respects_fetch_allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FETCH_ALLOW_LOOPBACK", raising=False)
    assert sandbox_settings(Settings(_env_file=None)).fetch_allow_loopback is True  # type: ignore[call-arg]
    monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "false")
    assert sandbox_settings(Settings(_env_file=None)).fetch_allow_loopback is False  # type: ignore[call-arg]

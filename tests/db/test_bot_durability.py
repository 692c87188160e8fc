"""Durable tasks behind the chat: a worker that dies mid-task is replaced, the user gets
exactly one answer, and steps already delivered are not repeated."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import asyncpg
import pytest

from atspro.bot.deliver import chat_kinds
from atspro.services import intake, tailoring
from atspro.tasks.worker import Worker
from tests.bot_harness import BotHarness, running_bot, wait_db
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.hang import HANG_GUARD_S
from tests.sandbox_helpers import is_bot


def _hang_first_call(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str
) -> asyncio.Event:
    """Make ``<module>.<name>`` hang on its first call (the worker dies there)."""
    entered = asyncio.Event()
    original: Callable[..., Any] = getattr(module, name)
    calls = {"n": 0}

    if asyncio.iscoroutinefunction(original):

        async def patched(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == 1:
                entered.set()
                await asyncio.Event().wait()
            return await original(*args, **kwargs)
    else:

        def patched(*args: Any, **kwargs: Any) -> Any:  # runs in a thread via to_thread
            calls["n"] += 1
            if calls["n"] == 1:
                raise _Crash  # stands in for the process dying inside this step
            return original(*args, **kwargs)

    monkeypatch.setattr(module, name, patched)
    return entered


class _Crash(BaseException):
    pass


# A worker that will be crashed holds a short lease, so the next one takes its task soon; a
# worker that must finish holds a hang guard's (on a loaded machine a 0.6 s lease can run out
# while its own keeper waits for the CPU, and the task would run twice).
CRASHING_LEASE_S = 0.6


def _worker(bot: BotHarness, lease_s: float = HANG_GUARD_S) -> Worker:
    return Worker(
        bot.svc.queue,
        chat_kinds(bot.app.bot, bot.svc),
        lease_s=lease_s,
        poll_interval_s=0.1,
        backoff_base_s=0,
    )


async def _crash(worker_task: asyncio.Task[None], worker: Worker) -> None:
    """Kill a worker the hard way: no graceful give-back, its lease just runs out."""
    worker._give_back = _noop  # type: ignore[method-assign]
    in_flight = list(worker._running.values())
    worker_task.cancel()
    for t in in_flight:
        t.cancel()
    await asyncio.gather(worker_task, *in_flight, return_exceptions=True)


async def _noop() -> None:
    return None


async def test_worker_dies_mid_parse_user_gets_one_answer(
    pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered = _hang_first_call(monkeypatch, intake, "read_resume_file")
    async with running_bot(pool, start_workers=False) as bot:
        user = await bot.user(2001, "Dora")
        await user.send_document("resume.pdf", make_resume_pdf(), mime_type="application/pdf")
        first = _worker(bot, CRASHING_LEASE_S)
        stop = asyncio.Event()
        run_first = asyncio.create_task(first.run(stop))
        await asyncio.wait_for(entered.wait(), 20)
        await _crash(run_first, first)
        assert await pool.fetchval("SELECT status FROM tasks") == "running"
        second = _worker(bot)
        run_second = asyncio.create_task(second.run(stop))
        await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
        await wait_db(pool, "SELECT status = 'done' FROM tasks")
        stop.set()
        await run_second
        texts = [m["text"] for m in await bot.bot_messages(2001)]
        assert sum("Resume received" in t for t in texts) == 1
        assert sum("reading your resume" in t for t in texts) == 0  # the status was edited
        row = await pool.fetchrow("SELECT status, attempts FROM tasks")
        assert row["status"] == "done" and row["attempts"] == 2
        assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 1


async def test_worker_dies_after_card_sent_card_not_repeated(
    pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running_bot(pool, start_workers=False) as bot:
        user = await bot.user(2002, "Eli")
        stop = asyncio.Event()
        worker = _worker(bot)
        running = asyncio.create_task(worker.run(stop))
        await user.send_document("resume.pdf", make_resume_pdf(), mime_type="application/pdf")
        await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
        stop.set()
        await running
        # The worker dies in the step after the card (picture, caption and buttons) went out.
        entered = _hang_first_call(monkeypatch, tailoring, "next_question")
        await user.send_text(JOB_TEXT)
        stop = asyncio.Event()
        first = _worker(bot, CRASHING_LEASE_S)
        run_first = asyncio.create_task(first.run(stop))
        await asyncio.wait_for(entered.wait(), 30)
        await _crash(run_first, first)
        second = _worker(bot)
        run_second = asyncio.create_task(second.run(stop))
        await wait_db(pool, "SELECT bool_and(status = 'done') FROM tasks", timeout=30)
        stop.set()
        await run_second
        messages = await bot.bot_messages(2002)
        cards = [m for m in messages if "Match score:" in m["text"]]
        assert len(cards) == 1 and "photo" in cards[0]["message"]  # the card IS the picture
        assert len(messages) == 2  # the resume summary and the card: no job summary
        assert await pool.fetchval("SELECT count(*) FROM optimization_results") == 1

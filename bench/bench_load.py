"""Load benchmark: ``main.py bot`` as its own process against the emulator in this one (as in
production, Telegram is another machine), real PostgreSQL. 50 users each send a resume and a
job at once; measured per user from the uploads to their score card (one message: the
picture with the card as its caption). Also: Bot API calls per card (the paced ones are what
Telegram's 30 messages/s counts) and the bot's CPU per card (robust to a busy machine).

Goals (issue 17): ≥ 15 cards/s, p95 ≤ 4 s, bot RSS ≤ 200 MB.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import psutil

from atspro.storage.db import EmbeddedPostgres
from atspro.storage.migrate import apply_migrations
from bench.stats import percentile

USERS = 50
TOKEN = "717171:BENCH-load-token"


async def _bench() -> dict[str, float]:
    from atspro.sandbox.emulator import SandboxServer
    from tests.fixtures.bot_process import start_process, stop_gently, until
    from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_pdf
    from tests.fixtures.postings import JOB_TEXT

    root = Path(tempfile.mkdtemp(prefix="atspro-bench-load-"))
    server = EmbeddedPostgres(root / "pgdata", delete_on_stop=True)
    dsn = await asyncio.to_thread(server.start)
    try:
        await apply_migrations(dsn)
        async with SandboxServer("127.0.0.1", 0, token=TOKEN) as sandbox:
            state, actions = sandbox.emulator.state, sandbox.emulator.actions
            users = [70_000 + i for i in range(USERS)]
            for uid in users:
                actions.upsert_user(uid, first_name=f"L{uid}")
            env = {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": sandbox.bot_api_url,
                "DATABASE_URL": dsn,
                "UPLOADS_PER_HOUR": "1000",
                "ANALYSES_PER_HOUR": "1000",
                "LOG_LEVEL": "WARNING",
            }
            bot = await start_process("bot", env)
            try:
                # Ready: the bot answers a /start.
                actions.upsert_user(69_999, first_name="Probe")
                actions.send_text(69_999, "/start")
                await until(lambda: _said(state, 69_999), 120, every=0.1)
                pdfs = {uid: make_pdf([*SAMPLE_RESUME_LINES, f"Ref {uid}"]) for uid in users}
                done: dict[int, float] = {}

                def watch() -> bool:
                    for uid in users:
                        if uid not in done and _has_photo(state, uid):
                            done[uid] = time.perf_counter()
                    return len(done) == len(users)

                proc = psutil.Process(bot.pid)
                cpu_before = _cpu_s(proc)
                started = time.perf_counter()
                for uid in users:
                    actions.send_document(uid, pdfs[uid], "cv.pdf", content_type="application/pdf")
                    actions.send_text(uid, JOB_TEXT)
                ok = await state.wait_until(watch, 180)
                elapsed = time.perf_counter() - started
                if not ok:
                    raise RuntimeError(f"only {len(done)} of {USERS} cards within 180 s")
                cpu_per_card = (_cpu_s(proc) - cpu_before) / USERS
                calls = _calls_per_user(sandbox.emulator.api.calls, set(users))
                rss = proc.memory_info().rss / 1048576
                children = sum(c.memory_info().rss for c in proc.children(recursive=True))
            finally:
                await stop_gently(bot)
        latencies = [done[uid] - started for uid in users]
    finally:
        with contextlib.suppress(Exception):
            await asyncio.to_thread(server.stop)
    return {
        "load_cards_per_s": USERS / elapsed,
        "load_card_p50_s": statistics.median(latencies),
        "load_card_p95_s": percentile(latencies, 0.95),
        "load_bot_rss_mb": rss,
        "load_extract_workers_rss_mb": children / 1048576,
        # CPU the bot and its extraction workers spend per card: robust to a busy machine.
        "load_bot_cpu_ms_per_card": cpu_per_card * 1000,
        **calls,
    }


def _cpu_s(proc: psutil.Process) -> float:
    """User + system seconds of ``proc`` and its children so far."""
    total = sum(proc.cpu_times()[:2])
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            total += sum(child.cpu_times()[:2])
    return total


def _calls_per_user(calls: Counter[tuple[str, int | None]], users: set[int]) -> dict[str, float]:
    """Bot API calls per user's flow: the paced ones (what Telegram's 30/s counts) and all."""
    from atspro.bot.pacing import PACED

    mine = {(m, c): n for (m, c), n in calls.items() if c in users}
    by_method: Counter[str] = Counter()
    for (method, _), n in mine.items():
        by_method[method] += n
    out = {
        "load_paced_calls_per_card": sum(n for m, n in by_method.items() if m in PACED)
        / len(users),
        "load_calls_per_card": sum(by_method.values()) / len(users),
    }
    for method, n in sorted(by_method.items()):
        out[f"load_calls_{method}"] = n / len(users)
    return out


async def _said(state, chat_id: int) -> bool:
    chat = state.chats.get(chat_id)
    return chat is not None and any(m.sender == "bot" for m in chat.messages.values())


def _has_photo(state, chat_id: int) -> bool:
    chat = state.chats.get(chat_id)
    return chat is not None and any(
        m.sender == "bot" and m.payload.get("photo") for m in chat.messages.values()
    )


def run() -> dict[str, float]:
    return asyncio.run(_bench())


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}")

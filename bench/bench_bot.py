"""Bot benchmark: the real PTB Application, polling the in-process emulator, real PostgreSQL.

- update → reply latency for a 2-page PDF resume (deterministic engine): from the user's upload
  to the edited "Resume received" summary (download, extraction, parse, storage, edit);
- plain text command updates handled per second with 50 concurrent simulated users (/help);
- the process RSS after the work (bot + worker + emulator in one process).
Goals: p50 ≤ 300 ms, p95 ≤ 600 ms; ≥ 300 updates/s; RSS ≤ 200 MB.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import tempfile
import time
from pathlib import Path

import psutil

from atspro.storage.db import EmbeddedPostgres, create_pool
from atspro.storage.migrate import apply_migrations
from bench.stats import percentile

RESUMES = 30
USERS = 50
COMMANDS_PER_USER = 20


async def _bench() -> dict[str, float]:
    from tests.bot_harness import make_settings, running_bot
    from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_pdf

    root = Path(tempfile.mkdtemp(prefix="atspro-bench-bot-"))
    server = EmbeddedPostgres(root / "pgdata", delete_on_stop=True)
    dsn = await asyncio.to_thread(server.start)
    try:
        await apply_migrations(dsn)
        pool = await create_pool(dsn, min_size=2, max_size=10)
        settings = make_settings(
            uploads_per_hour=10_000, analyses_per_hour=10_000, user_max_concurrent_tasks=4
        )
        async with running_bot(pool, settings) as bot:
            emu = bot.emulator
            state, actions = emu.state, emu.actions

            def bot_texts(chat_id: int) -> list[str]:
                chat = state.chats.get(chat_id)
                if chat is None:
                    return []
                return [
                    m.view()["text"]
                    for m in chat.messages.values()
                    if m.sender == "bot" and not m.deleted
                ]

            # 1. resume upload → summary latency (each upload a distinct file: no dedupe shortcut)
            latencies = []
            for i in range(RESUMES):
                user_id = 50_000 + i
                actions.upsert_user(user_id, first_name=f"R{i}")
                pdf = make_pdf([*SAMPLE_RESUME_LINES, f"Reference number {i}"])
                started = time.perf_counter()
                actions.send_document(user_id, pdf, "resume.pdf", content_type="application/pdf")
                ok = await state.wait_until(
                    lambda uid=user_id: any("Resume received" in t for t in bot_texts(uid)), 30
                )
                if not ok:
                    raise RuntimeError(f"no resume summary within 30 s: {bot_texts(user_id)}")
                latencies.append((time.perf_counter() - started) * 1000)

            # 2. /help throughput with 50 concurrent users
            for u in range(USERS):
                actions.upsert_user(60_000 + u, first_name=f"U{u}")
            total = USERS * COMMANDS_PER_USER

            calls = bot.transport.calls
            seen = {"index": len(calls), "sent": 0}

            def answered() -> int:  # incremental: each wake-up only looks at new Bot API calls
                new = calls[seen["index"] :]
                seen["index"] += len(new)
                seen["sent"] += new.count("sendMessage")
                return seen["sent"]

            started = time.perf_counter()
            for _ in range(COMMANDS_PER_USER):
                for u in range(USERS):
                    actions.send_text(60_000 + u, "/help")
            if not await state.wait_until(lambda: answered() >= total, 120):
                raise RuntimeError(f"only {answered()} of {total} /help answered")
            elapsed = time.perf_counter() - started
            rss_mb = psutil.Process().memory_info().rss / 1048576
        await pool.close()
    finally:
        with contextlib.suppress(Exception):
            from atspro.extract_pool import shutdown_pool

            shutdown_pool()
        await asyncio.to_thread(server.stop)
    return {
        "bot_resume_reply_p50_ms": statistics.median(latencies),
        "bot_resume_reply_p95_ms": percentile(latencies, 0.95),
        "bot_text_updates_per_s": total / elapsed,
        "bot_process_rss_mb": rss_mb,
    }


def run() -> dict[str, float]:
    return asyncio.run(_bench())


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}")

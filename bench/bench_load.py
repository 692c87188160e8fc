"""Load benchmark: ``main.py bot`` as its own process against the emulator in this one (as in
production, Telegram is another machine), real PostgreSQL. 50 users each send a resume and a
job at once; measured per user from the uploads to their score card (one message: the
picture with the card as its caption). Also: Bot API calls per card (the paced ones are what
Telegram's 30 messages/s counts) and the bot's CPU per card (robust to a busy machine).

Goals (issue 17): ≥ 15 cards/s, p95 ≤ 4 s, bot RSS ≤ 200 MB.

CPU per card is given per process (bot, its extraction workers, PostgreSQL, this process: the
emulator) and in all; PostgreSQL transactions per card from ``pg_stat_database``.
``BENCH_LOAD_PROFILE=DIR`` also loads ``pg_stat_statements`` (statements per card, the top ones
in ``DIR/statements.txt``) and, when ``py-spy`` is on the PATH or beside Python, samples the
bot and this process into ``DIR/bot.speedscope.json`` and ``DIR/emulator.speedscope.json``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import psutil

from atspro.sandbox.state import SandboxState
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
    profile = (
        Path(os.environ["BENCH_LOAD_PROFILE"]) if os.environ.get("BENCH_LOAD_PROFILE") else None
    )
    if profile is not None:
        profile.mkdir(parents=True, exist_ok=True)
        await _preload_statements(root / "pgdata")
    server = EmbeddedPostgres(root / "pgdata", delete_on_stop=True)
    dsn = await asyncio.to_thread(server.start)
    try:
        await apply_migrations(dsn)
        if profile is not None:
            await _sql(dsn, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
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
                postmaster = psutil.Process(server.pid)
                before = _cpu_split(proc, postmaster)
                xacts_before = await _xacts(dsn)
                if profile is not None:
                    await _sql(dsn, "SELECT pg_stat_statements_reset()")
                spies = [
                    _start_spy(bot.pid, profile, "bot"),
                    _start_spy(os.getpid(), profile, "emulator"),
                ]
                started = time.perf_counter()
                for uid in users:
                    actions.send_document(uid, pdfs[uid], "cv.pdf", content_type="application/pdf")
                    actions.send_text(uid, JOB_TEXT)
                ok = await state.wait_until(watch, 180)
                elapsed = time.perf_counter() - started
                if not ok:
                    raise RuntimeError(f"only {len(done)} of {USERS} cards within 180 s")
                cpu = {
                    k: (v - before[k]) / USERS * 1000
                    for k, v in _cpu_split(proc, postmaster).items()
                }
                xacts = (await _xacts(dsn) - xacts_before) / USERS
                statements = await _statements(dsn, profile) if profile is not None else None
                for spy in spies:
                    _stop_spy(spy)
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
        # CPU spent per card: robust to a busy machine. "bot" is the bot process with its
        # extraction workers (the figure quoted since round 2); "all" adds PostgreSQL and
        # this process (the emulator).
        "load_bot_cpu_ms_per_card": cpu["bot"] + cpu["workers"],
        "load_bot_main_cpu_ms_per_card": cpu["bot"],
        "load_workers_cpu_ms_per_card": cpu["workers"],
        "load_postgres_cpu_ms_per_card": cpu["postgres"],
        "load_emulator_cpu_ms_per_card": cpu["emulator"],
        "load_all_cpu_ms_per_card": sum(cpu.values()),
        "load_pg_transactions_per_card": xacts,
        **({"load_pg_statements_per_card": statements} if statements is not None else {}),
        **calls,
    }


def _cpu_s(proc: psutil.Process) -> float:
    """User + system seconds of ``proc`` alone so far."""
    with contextlib.suppress(psutil.Error):
        return sum(proc.cpu_times()[:2])
    return 0.0


def _cpu_split(bot: psutil.Process, postmaster: psutil.Process) -> dict[str, float]:
    """CPU seconds so far of the bot, its extraction workers, PostgreSQL (the postmaster and
    its backends: connections that ended are counted in the postmaster's children times)
    and this process."""

    def tree(proc: psutil.Process) -> float:
        total = 0.0
        for child in proc.children(recursive=True):
            total += _cpu_s(child)
        return total

    pg_times = postmaster.cpu_times()
    return {
        "bot": _cpu_s(bot),
        "workers": tree(bot),
        "postgres": sum(pg_times[:4]) + tree(postmaster),
        "emulator": time.process_time(),
    }


async def _preload_statements(pgdata: Path) -> None:
    """Start the server once to init ``pgdata`` and ask for ``pg_stat_statements``."""
    first = EmbeddedPostgres(pgdata)
    dsn = await asyncio.to_thread(first.start)
    await _sql(dsn, "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'")
    await asyncio.to_thread(first.stop)


async def _sql(dsn: str, sql: str) -> object:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetch(sql)
    finally:
        await conn.close()


async def _xacts(dsn: str) -> int:
    rows = await _sql(
        dsn,
        "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database"
        " WHERE datname = current_database()",
    )
    return int(rows[0]["n"])  # type: ignore[index]


async def _statements(dsn: str, profile: Path) -> float:
    """Statements per card while the cards were made; the top ones written to ``profile``."""
    rows = await _sql(
        dsn,
        "SELECT calls, round(total_exec_time::numeric, 1) AS ms, query FROM pg_stat_statements"
        " WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY calls DESC",
    )
    lines = [
        f"{r['calls'] / USERS:6.2f}/card {r['ms']:8.1f} ms  {' '.join(r['query'].split())[:160]}"
        for r in rows
    ]  # type: ignore[union-attr]
    (profile / "statements.txt").write_text("\n".join(lines) + "\n")
    return sum(r["calls"] for r in rows) / USERS  # type: ignore[union-attr]


def _start_spy(pid: int, profile: Path | None, name: str) -> subprocess.Popen[bytes] | None:
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if profile is None or not Path(spy).exists():
        return None
    out = profile / f"{name}.speedscope.json"
    return subprocess.Popen(
        [spy, "record", "--gil", "-p", str(pid), "-r", "250", "-f", "speedscope", "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stop_spy(spy: subprocess.Popen[bytes] | None) -> None:
    if spy is not None:
        spy.send_signal(2)  # SIGINT: py-spy writes its file and exits
        with contextlib.suppress(subprocess.TimeoutExpired):
            spy.wait(30)


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


async def _said(state: SandboxState, chat_id: int) -> bool:
    chat = state.chats.get(chat_id)
    return chat is not None and any(m.sender == "bot" for m in chat.messages.values())


def _has_photo(state: SandboxState, chat_id: int) -> bool:
    chat = state.chats.get(chat_id)
    return chat is not None and any(
        m.sender == "bot" and m.payload.get("photo") for m in chat.messages.values()
    )


def run() -> dict[str, float]:
    return asyncio.run(_bench())


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}")

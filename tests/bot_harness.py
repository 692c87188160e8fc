"""A running bot for tests: the real PTB Application, the emulator, PostgreSQL, a worker.

The bot talks to the emulator in-process (``EmulatorTransport``); simulated users talk to the
same emulator over its HTTP client API (``SandboxClient``), like the web chat does.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import asyncpg
from aiohttp import web
from telegram.ext import Application

from atspro.app import ALLOWED_UPDATES, open_services, start_background
from atspro.bot.app import build_application
from atspro.bot.inbox import UpdateIntake
from atspro.bot.pacing import FloodGate
from atspro.config import Settings
from atspro.sandbox.client import SandboxClient
from atspro.sandbox.emulator import BotApiEmulator
from atspro.sandbox.transport import EmulatorTransport
from atspro.services.container import Services
from tests.hang import HANG_GUARD_S

TOKEN = "123456:TEST-token-for-the-emulator"
ADMIN_TG = 9000


def make_settings(**overrides: Any) -> Settings:
    base: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "admin_ids": [ADMIN_TG],
        "fetch_allow_loopback": True,
        "fetch_retries": 0,
        "run_workers_in_bot": True,
        "task_timeout_s": 60,
        "extract_timeout_s": 20,
        # A hang guard here, not the product's 10 s: the first card of an xdist worker starts
        # the drawing process, whose imports took over 10 s at load 16 (a text card instead).
        "card_draw_timeout_s": HANG_GUARD_S,
        # A job sent with a resume waits for that resume's reading: a hang guard here too, not
        # the product's 20 s (the resume's reading is the machine's speed, not the behaviour).
        "resume_wait_s": HANG_GUARD_S,
        "uploads_per_hour": 50,
        "analyses_per_hour": 50,
        "broadcast_rate_per_s": 30,
    }
    base.update(overrides)
    return Settings(_env_file=None, **base)  # type: ignore[call-arg]


@dataclass
class BotHarness:
    emulator: BotApiEmulator
    transport: EmulatorTransport
    app: Application
    svc: Services
    base_url: str
    clients: list[SandboxClient] = field(default_factory=list)

    async def user(
        self, user_id: int = 1001, first_name: str = "Ann", username: str | None = None
    ) -> SandboxClient:
        client = SandboxClient(
            self.base_url, user_id=user_id, first_name=first_name, username=username
        )
        await client.start()
        self.clients.append(client)
        return client

    async def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        client = next((c for c in self.clients if c.user_id == chat_id), None)
        assert client is not None
        return [m for m in await client.messages() if m["sender"] == "bot" and not m["deleted"]]


@contextlib.asynccontextmanager
async def running_bot(
    pool: asyncpg.Pool,
    settings: Settings | None = None,
    *,
    start_workers: bool = True,
    rate_limit: bool = False,
    flood_gate: FloodGate | None = None,
) -> AsyncIterator[BotHarness]:
    settings = settings or make_settings()
    emulator = BotApiEmulator(token=TOKEN)
    runner = web.AppRunner(emulator.app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    transport = EmulatorTransport(emulator)
    try:
        async with open_services(settings, pool=pool) as svc:
            app = build_application(
                svc,
                token=TOKEN,
                request=transport,
                get_updates_request=EmulatorTransport(emulator),
                rate_limit=rate_limit,
            )
            harness = BotHarness(emulator, transport, app, svc, f"http://127.0.0.1:{port}")
            async with app:
                await app.start()
                background = await start_background(app, svc, start_workers=start_workers)
                intake = UpdateIntake(app, svc, gate=flood_gate or FloodGate())
                stop_polling = asyncio.Event()
                polling = asyncio.create_task(
                    intake.poll(stop_polling, allowed_updates=ALLOWED_UPDATES, timeout=1)
                )
                try:
                    yield harness
                finally:
                    for client in harness.clients:
                        await client.close()
                    stop_polling.set()
                    await polling
                    await intake.drain()
                    await background.stop()
                    await app.stop()
    finally:
        await runner.cleanup()


async def wait_db(pool: asyncpg.Pool, query: str, *args: Any, timeout: float = HANG_GUARD_S) -> Any:
    """Wait until ``query`` returns a truthy value (for effects with no chat message)."""
    async with asyncio.timeout(timeout):
        while True:
            value = await pool.fetchval(query, *args)
            if value:
                return value
            await asyncio.sleep(0.02)

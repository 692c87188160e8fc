"""The bot as `make run` starts it, for end-to-end tests: emulator on a port + ``serve_bot``.

Unlike tests/bot_harness.py (in-process transport), everything here goes over real HTTP:
getUpdates long polling, getFile downloads, multipart sendPhoto/sendDocument.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web

from atspro.app import serve_bot
from atspro.config import Settings
from atspro.sandbox.emulator import EMULATOR_KEY, BotApiEmulator, start_emulator
from tests.fixtures.postings import JOB_TEXT, JSONLD_PAGE  # noqa: F401 - re-exported
from tests.hang import HANG_GUARD_S
from tests.local_server import serve

TOKEN = "424242:E2E-sandbox-token"


def sandbox_settings(db_dsn: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_dsn,
        "telegram_bot_token": TOKEN,
        "openai_api_key": None,  # the deterministic engine, whatever the environment says
        "fetch_allow_loopback": True,
        "fetch_retries": 0,
        "health_port": 0,
        "run_workers_in_bot": True,
        "uploads_per_hour": 50,
        "analyses_per_hour": 50,
        "resume_wait_s": HANG_GUARD_S,  # a hang guard, as in tests/bot_harness.py
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class RunningSandbox:
    def __init__(self, base_url: str, emulator: BotApiEmulator) -> None:
        self.base_url = base_url
        self.emulator = emulator


@contextlib.asynccontextmanager
async def running_sandbox(settings: Settings) -> AsyncIterator[RunningSandbox]:
    """Emulator + web chat on a free port and the bot polling it; stopped cleanly on exit."""
    runner, base = await start_emulator("127.0.0.1", 0, token=TOKEN)
    stop, ready = asyncio.Event(), asyncio.Event()
    bot = asyncio.create_task(
        serve_bot(
            settings,
            token=TOKEN,
            base_url=f"{base}/bot",
            base_file_url=f"{base}/file/bot",
            stop=stop,
            on_ready=ready.set,
        ),
        name="sandbox-bot",
    )
    try:
        ready_wait = asyncio.create_task(ready.wait())
        await asyncio.wait({bot, ready_wait}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        ready_wait.cancel()
        if bot.done():
            bot.result()  # a start-up failure: raise it here
            raise RuntimeError("the bot stopped before it was ready")
        if not ready.is_set():
            raise TimeoutError("the bot did not start polling within 60 s")
        yield RunningSandbox(base, runner.app[EMULATOR_KEY])
    finally:
        stop.set()
        try:
            await asyncio.wait_for(bot, 30)
        finally:
            await runner.cleanup()


@contextlib.asynccontextmanager
async def job_site() -> AsyncIterator[str]:
    """A local job board serving one JSON-LD JobPosting page."""
    app = web.Application()

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=JSONLD_PAGE, content_type="text/html")

    app.router.add_get("/jobs/data-engineer", page)
    async with serve(app) as base:
        yield base


def is_bot(message: dict[str, Any], text: str) -> bool:
    return message["sender"] == "bot" and not message["deleted"] and text in message["text"]


def has_media(message: dict[str, Any], kind: str) -> bool:
    return message["sender"] == "bot" and not message["deleted"] and kind in message["message"]


def inline_buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    markup = message["message"].get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def button_data(message: dict[str, Any]) -> list[str]:
    return [b["callback_data"] for b in inline_buttons(message)]

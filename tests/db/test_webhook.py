"""Webhook mode: the bot registers its URL and accepts only calls with the secret token."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import asyncpg

from atspro.app import serve_bot
from atspro.config import Settings
from atspro.sandbox.emulator import SandboxServer
from tests.bot_harness import TOKEN, wait_db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_checks_secret_token(db_dsn: str, pool: asyncpg.Pool) -> None:
    port = _free_port()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=TOKEN,
        database_url=db_dsn,
        webhook_url="https://bot.example.com/tg/hook",
        webhook_secret="s3cret-token",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        run_workers_in_bot=False,
    )
    async with SandboxServer("127.0.0.1", 0, token=TOKEN) as server:
        emulator = server.emulator
        emulator.actions.upsert_user(3001, first_name="Hook")
        stop, ready = asyncio.Event(), asyncio.Event()
        bot = asyncio.create_task(
            serve_bot(
                settings,
                token=TOKEN,
                base_url=server.bot_api_url,
                base_file_url=server.file_url,
                stop=stop,
                on_ready=ready.set,
            )
        )
        await asyncio.wait_for(ready.wait(), 30)
        assert emulator.state.webhook.get("url") == "https://bot.example.com/tg/hook"
        update = {
            "update_id": 77,
            "message": {
                "message_id": 1,
                "date": 1700000000,
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
                "chat": {"id": 3001, "type": "private", "first_name": "Hook"},
                "from": {"id": 3001, "is_bot": False, "first_name": "Hook"},
            },
        }
        url = f"http://127.0.0.1:{port}/tg/hook"
        async with aiohttp.ClientSession() as http:
            async with http.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            ) as r:
                assert r.status == 403
            async with http.post(url, json=update) as r:
                assert r.status == 403
            async with http.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
            ) as r:
                assert r.status == 200
        chat = emulator.state.chats[3001]
        ok = await emulator.state.wait_until(
            lambda: any("What I can do" in m.view()["text"] for m in chat.messages.values()), 10
        )
        assert ok
        # Done only after its handlers returned (the answer may arrive a moment before).
        await wait_db(pool, "SELECT count(*) = 1 FROM processed_updates WHERE update_id = 77")
        assert await pool.fetchval("SELECT count(*) FROM update_inbox WHERE update_id = 77") == 1
        stop.set()
        await asyncio.wait_for(bot, 30)

"""The Bot API transport on aiohttp (atspro/bot/http.py) against a local server: parameters
and files arrive as PTB sends them, and a timeout says whether the request reached Telegram
(a late answer: it did; taken as sent, never sent twice) or not (safe to try again)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData

from atspro.bot.http import AiohttpRequest
from atspro.bot.pacing import reached_telegram
from tests.local_server import serve

seen: list[dict[str, object]] = []


async def _echo(request: web.Request) -> web.Response:
    if request.match_info.get("method") == "getMe":
        me = {"id": 1, "is_bot": True, "first_name": "Echo", "username": "echo_bot"}
        return web.json_response({"ok": True, "result": me})
    form = await request.post()
    photo = form.get("photo")
    seen.append(
        {
            "chat_id": form.get("chat_id"),
            "caption": form.get("caption"),
            "photo": photo.file.read() if isinstance(photo, web.FileField) else None,
        }
    )
    sent = {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}}
    return web.json_response({"ok": True, "result": sent})


async def _slow(request: web.Request) -> web.Response:
    await asyncio.sleep(2)
    return web.json_response({"ok": True, "result": True})


@pytest.fixture
async def server() -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", _echo)
    app.router.add_post("/slow", _slow)
    async with serve(app) as base:
        yield base


async def test_parameters_and_files_arrive_as_ptb_sends_them(server: str) -> None:
    # PTB builds the request (public Bot methods only), our transport sends it.
    seen.clear()
    bot = Bot("1:T", base_url=f"{server}/bot", request=AiohttpRequest())
    async with bot:
        sent = await bot.send_photo(5, b"\xff\xd8jpeg", caption="Match <b>61</b> — ✓")
    assert sent.message_id == 1
    assert seen == [{"chat_id": "5", "caption": "Match <b>61</b> — ✓", "photo": b"\xff\xd8jpeg"}]


async def test_a_late_answer_is_a_timeout_that_reached_telegram(server: str) -> None:
    async with AiohttpRequest(read_timeout=0.3) as request:
        with pytest.raises(TimedOut) as caught:
            await request.do_request(f"{server}/slow", "POST", RequestData())
    assert reached_telegram(caught.value)


async def test_no_connection_never_reached_telegram() -> None:
    async with AiohttpRequest(connect_timeout=0.5) as request:
        with pytest.raises(NetworkError) as caught:  # TimedOut is a NetworkError too
            await request.do_request("http://127.0.0.1:9/none", "POST", RequestData())
    assert not reached_telegram(caught.value)

"""An album of page photos is gathered in memory for a moment; a crash in that moment loses
none of it: the photos' updates stay pending until the commit that queues the album, and the
next start gathers them again (before: they were marked done as they arrived, and lost)."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
import pytest
from PIL import Image

from atspro.services import requests
from tests.bot_harness import running_bot, wait_db
from tests.fixtures.images import encode


class _Crash(BaseException):
    """Stands in for the process dying inside the album's window."""


def _page(shade: int) -> bytes:
    return encode(Image.new("RGB", (400, 560), (shade, shade, shade)), "JPEG")


async def test_a_crash_while_gathering_an_album_loses_no_photo(
    pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed = asyncio.Event()

    async def die(*args: Any, **kwargs: Any) -> int:
        crashed.set()
        raise _Crash

    original = requests.accept_for_chat
    monkeypatch.setattr(requests, "accept_for_chat", die)
    async with running_bot(pool, start_workers=False) as bot:
        user = await bot.user(5301, "Ola")
        await user.send_album([("p1.jpg", _page(250)), ("p2.jpg", _page(240))])
        await asyncio.wait_for(crashed.wait(), 30)
    assert await pool.fetchval("SELECT count(*) FROM tasks") == 0
    pending = await pool.fetchval(
        "SELECT count(*) FROM update_inbox i WHERE NOT EXISTS "
        "(SELECT 1 FROM processed_updates p WHERE p.update_id = i.update_id)"
    )
    assert pending == 2  # both photos still to do

    monkeypatch.setattr(requests, "accept_for_chat", original)
    async with running_bot(pool, start_workers=False):  # the next start replays them
        await wait_db(pool, "SELECT count(*) FROM tasks", timeout=30)
        await wait_db(
            pool,
            "SELECT count(*) = 0 FROM update_inbox i WHERE NOT EXISTS "
            "(SELECT 1 FROM processed_updates p WHERE p.update_id = i.update_id)",
            timeout=30,
        )
    task = await pool.fetchrow("SELECT kind, payload FROM tasks")
    assert task["kind"] == "ingest_resume" and len(task["payload"]["file_ids"]) == 2

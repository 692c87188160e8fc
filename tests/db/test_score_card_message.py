"""The score card is ONE message: its picture, the card as the caption, the buttons under it.

A resume and a job cost two messages against Telegram's 30 messages/s (the resume summary and
the card); a job sent with a resume gets no summary of its own (the card names it). When the
caption can't go out or the picture fails, the same answer comes as picture + text.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest

from atspro.bot.pacing import PACED
from atspro.sandbox.params import Params
from atspro.services import matching
from tests.bot_harness import BotHarness, running_bot, wait_db
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import button_data, has_media, is_bot


@pytest.fixture
async def bot(pool: asyncpg.Pool) -> AsyncIterator[BotHarness]:
    async with running_bot(pool) as harness:
        yield harness


ALL_DONE = "SELECT count(*) > 0 AND bool_and(status = 'done') FROM tasks"


def _paced_calls(bot: BotHarness, chat_id: int) -> dict[str, int]:
    """The Bot API calls made for a chat that count against Telegram's message limits."""
    return {
        method: n
        for (method, chat), n in bot.emulator.api.calls.items()
        if chat == chat_id and method in PACED
    }


async def _card_after_resume_then_job(
    bot: BotHarness, pool: asyncpg.Pool, user_id: int, name: str, card: Any
) -> dict[str, Any]:
    """A resume, then (once it is read) a job: the first bot message ``card`` accepts,
    returned when every task is done."""
    user = await bot.user(user_id, name)
    await user.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    await user.send_text(JOB_TEXT)
    found = await user.wait_for(card, timeout=30)
    await wait_db(pool, ALL_DONE, timeout=30)
    return found


async def test_resume_then_job_two_messages_card_is_the_picture(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    card = await _card_after_resume_then_job(
        bot, pool, 5101, "Una", lambda m: is_bot(m, "Match score")
    )
    assert has_media(card, "photo")
    assert "Senior Python Developer" in card["text"]  # the job's title line
    assert {b.split(":")[0] for b in button_data(card)} >= {"sg", "dx", "sw"}
    entities = {e["type"] for e in card["message"]["caption_entities"]}
    assert "bold" in entities  # HTML parsed into caption entities
    assert len(await bot.bot_messages(5101)) == 2
    assert _paced_calls(bot, 5101) == {"sendMessage": 1, "sendPhoto": 1}


async def test_resume_and_job_sent_together_no_job_summary(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    user = await bot.user(5102, "Vic")
    # The resume's file is held until the job is queued: "together" by construction, not by
    # racing the machine (at load 19 the resume was once read before the job arrived).
    queued = asyncio.Event()
    original = bot.emulator.api.call

    async def download_after_the_job(method: str, params: Params) -> Any:
        if method.lower() == "getfile":
            await queued.wait()
        return await original(method, params)

    bot.emulator.api.call = download_after_the_job  # type: ignore[method-assign]
    await user.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
    await user.send_text(JOB_TEXT)  # before the resume is read: the job waits for it
    await wait_db(pool, "SELECT count(*) > 0 FROM tasks WHERE kind = 'ingest_job'", timeout=30)
    queued.set()
    await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    await wait_db(pool, ALL_DONE, timeout=30)
    texts = [m["text"] for m in await bot.bot_messages(5102)]
    assert len(texts) == 2, texts
    summary = next(t for t in texts if "Resume received" in t)
    assert "Now send a job" not in summary  # the card follows at once
    assert _paced_calls(bot, 5102) == {"sendMessage": 1, "sendPhoto": 1}


async def test_caption_refused_falls_back_to_picture_and_text(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    api = bot.emulator.api
    api.limits = dataclasses.replace(api.limits, max_caption_utf16=120)  # refuses the card
    await _card_after_resume_then_job(
        bot, pool, 5103, "Wes", lambda m: is_bot(m, "Match score:") and bool(button_data(m))
    )
    messages = await bot.bot_messages(5103)
    photos = [m for m in messages if has_media(m, "photo")]
    cards = [m for m in messages if "Match score:" in m["text"]]
    assert len(photos) == 1 and len(cards) == 1
    assert not has_media(cards[0], "photo") and button_data(cards[0])  # text card, buttons
    assert photos[0]["message_id"] < cards[0]["message_id"]  # the buttons end the answer


async def test_picture_failure_sends_the_card_as_text(
    bot: BotHarness, pool: asyncpg.Pool, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[float] = []

    def broken(analysis: Any, timeout_s: float) -> bytes:
        asked.append(timeout_s)
        raise OSError("no picture today")

    monkeypatch.setattr(matching, "score_card_picture", broken)
    card = await _card_after_resume_then_job(
        bot, pool, 5104, "Xan", lambda m: is_bot(m, "Match score:")
    )
    assert not has_media(card, "photo") and button_data(card)
    assert len(await bot.bot_messages(5104)) == 2
    assert asked == [bot.svc.settings.card_draw_timeout_s]  # the drawing limit is a setting

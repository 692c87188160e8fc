"""Flood handling with Telegram's flood limits on (the emulator answers 429 RetryAfter): one
user flooding their chat delays only that chat — a control user's card arrives within 2 s of
its no-flood time — and the flooder is told once to slow down."""

from __future__ import annotations

import time

import asyncpg

from atspro.bot.pacing import SLOW_DOWN
from tests.bot_harness import running_bot
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import is_bot


async def test_one_flooder_does_not_stall_other_chats(pool: asyncpg.Pool) -> None:
    async with running_bot(pool, rate_limit=True) as bot:
        bot.emulator.set_flood_control(True)
        control = await bot.user(5001, "Calm")
        flooder = await bot.user(5002, "Loud")
        await control.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
        await control.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)

        async def card_time(job: str) -> float:
            started = time.perf_counter()
            await control.send_text(job)
            await control.wait_for(
                lambda m: m["sender"] == "bot" and "photo" in m["message"], timeout=60
            )
            return time.perf_counter() - started

        calm = await card_time(JOB_TEXT)
        for i in range(100):
            bot.emulator.actions.send_text(5002, f"hello {i}")
        flooded = await card_time(JOB_TEXT + "\nApply by email.")
        assert flooded <= calm + 2.0, (calm, flooded)
        await flooder.wait_for(lambda m: is_bot(m, SLOW_DOWN[:30]), timeout=30)
        texts = [m["text"] for m in await bot.bot_messages(5002)]
    assert sum(SLOW_DOWN[:30] in t for t in texts) == 1
    assert len(texts) <= 25  # the rest of the flood was dropped, not answered one by one

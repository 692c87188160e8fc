"""Flood handling with Telegram's flood limits on (the emulator answers 429 RetryAfter): one
user flooding their chat delays only that chat — a control user's card goes out while every
send to the flooder's chat is still held — and the flooder is told once to slow down.

"Only that chat" is shown by holding, not by timing: the emulator keeps every send to the
flooder's chat waiting until the control's card has arrived, so a bot that answered chats in
one line (or paused everyone for one chat's RetryAfter) could never deliver that card. The
RetryAfter hold itself is checked per chat in tests/unit/test_chat_pacer.py."""

from __future__ import annotations

import asyncio
from typing import Any

import asyncpg

from atspro.bot.pacing import PACED, SLOW_DOWN, FloodGate
from atspro.sandbox.params import Params
from tests.bot_harness import running_bot
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.hang import HANG_GUARD_S
from tests.sandbox_helpers import is_bot

CONTROL, FLOODER = 5001, 5002
PACED_METHODS = {method.lower() for method in PACED}


async def test_one_flooder_does_not_stall_other_chats(pool: asyncpg.Pool) -> None:
    # A flood is "more than 5 in the window" here (the product's 20 would add 15 answers the
    # flooder's chat gets at Telegram's 1 message/s: 15 s of waiting that prove nothing more).
    gate = FloodGate(limit=5)
    async with running_bot(pool, rate_limit=True, flood_gate=gate) as bot:
        bot.emulator.set_flood_control(True)
        control = await bot.user(CONTROL, "Calm")
        flooder = await bot.user(FLOODER, "Loud")
        await control.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
        await control.wait_for(lambda m: is_bot(m, "Resume received"))

        released, held = asyncio.Event(), asyncio.Event()
        original = bot.emulator.api.call

        async def hold_the_flooders_sends(method: str, params: Params) -> Any:
            if method.lower() in PACED_METHODS and params.integer("chat_id") == FLOODER:
                held.set()
                await released.wait()
            return await original(method, params)

        bot.emulator.api.call = hold_the_flooders_sends  # type: ignore[method-assign]
        for i in range(100):
            bot.emulator.actions.send_text(FLOODER, f"hello {i}")
        await asyncio.wait_for(held.wait(), HANG_GUARD_S)  # the bot is answering the flood
        await control.send_text(JOB_TEXT)
        await control.wait_for(lambda m: m["sender"] == "bot" and "photo" in m["message"])
        assert not await bot.bot_messages(FLOODER)  # the card went out while the flood waited
        released.set()
        await flooder.wait_for(lambda m: is_bot(m, SLOW_DOWN[:30]))
    # read once the bot has stopped: every answer it was going to send has been sent
    stored = bot.emulator.state.chats[FLOODER].messages.values()
    texts = [m.view()["text"] for m in stored if m.sender == "bot" and not m.deleted]
    assert sum(SLOW_DOWN[:30] in t for t in texts) == 1
    # the rest of the flood was dropped, not answered one by one (counted once all is sent)
    assert len(texts) <= gate.limit + 1, texts

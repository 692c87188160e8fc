"""The outgoing ChatPacer: a RetryAfter holds the chat it came from and no other (PTB's own
AIORateLimiter pauses every request). Shown with a hold far longer than any test, so the
answer does not depend on how fast this machine is."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.error import RetryAfter

from atspro.bot.pacing import ChatPacer
from tests.hang import HANG_GUARD_S

HOLD_S = 3600  # Telegram's "retry after": longer than the whole run


class Telegram:
    """Answers every send, except the first one to ``flooded``: 429 with ``retry_after``."""

    def __init__(self, flooded: int, retry_after: int = HOLD_S) -> None:
        self.flooded = flooded
        self.retry_after = retry_after
        self.refused = asyncio.Event()
        self.sent: list[tuple[int, str]] = []

    async def send(self, chat_id: int, text: str) -> bool:
        if chat_id == self.flooded and not self.refused.is_set():
            self.refused.set()
            raise RetryAfter(self.retry_after)
        self.sent.append((chat_id, text))
        return True


def paced(pacer: ChatPacer, telegram: Telegram, chat_id: int, text: str) -> Any:
    return pacer.process_request(
        telegram.send, (chat_id, text), {}, "sendMessage", {"chat_id": chat_id}, None
    )


async def test_a_chat_held_by_retry_after_delays_no_other_chat() -> None:
    pacer, telegram = ChatPacer(), Telegram(flooded=1)
    held = asyncio.create_task(paced(pacer, telegram, 1, "first"))
    await asyncio.wait_for(telegram.refused.wait(), HANG_GUARD_S)
    queued = asyncio.create_task(paced(pacer, telegram, 1, "second"))
    # Another chat's answer goes out now, not after the hold (a global pause would make this
    # wait an hour, well past the hang guard).
    assert await asyncio.wait_for(paced(pacer, telegram, 2, "card"), HANG_GUARD_S) is True
    await asyncio.sleep(0)
    assert telegram.sent == [(2, "card")]
    assert not held.done() and not queued.done()  # the held chat waits out its hold
    for task in (held, queued):
        task.cancel()
    await asyncio.gather(held, queued, return_exceptions=True)


async def test_the_held_chat_is_sent_to_after_its_hold() -> None:
    pacer, telegram = ChatPacer(), Telegram(flooded=1, retry_after=0)
    assert await asyncio.wait_for(paced(pacer, telegram, 1, "again"), HANG_GUARD_S) is True
    assert telegram.refused.is_set() and telegram.sent == [(1, "again")]

"""Fair pacing of outgoing messages: per chat and overall, as Telegram's flood limits ask.

PTB's ``AIORateLimiter`` pauses *every* request when any one gets a RetryAfter, so one user
flooding their own chat stalls everyone's answers. Here each chat has its own token bucket
(about 1 message/s with a small burst) and its own back-off: a RetryAfter delays that chat
only. The overall bucket (30/s) is shared first come, first served, and a chat waits for its
own bucket *before* it takes an overall token, so a busy chat never holds the others' share.
Every request passes here, so an expired button answer (a replayed update) is let go here too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import BadRequest, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

# What Telegram counts against the flood limits; the rest (chat actions, callback answers,
# getFile, getUpdates) is sent at once.
PACED = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
    }
)


@dataclass
class Bucket:
    """A token bucket (``rate`` per second, up to ``burst``) with a hold for RetryAfter."""

    rate: float
    burst: float
    tokens: float = field(init=False)
    stamp: float = field(default_factory=time.monotonic)
    hold_until: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def __post_init__(self) -> None:
        self.tokens = self.burst

    async def take(self) -> None:
        async with self.lock:  # waiters leave in arrival order
            while True:
                now = time.monotonic()
                self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
                self.stamp = now
                wait = max(self.hold_until - now, (1 - self.tokens) / self.rate, 0.0)
                if wait <= 0:
                    self.tokens -= 1
                    return
                await asyncio.sleep(wait)

    def hold(self, seconds: float) -> None:
        self.hold_until = max(self.hold_until, time.monotonic() + seconds)
        self.tokens = min(self.tokens, 0.0)


class ChatPacer(BaseRateLimiter[int]):
    """``rate_limit_args``: how many more times to try after a RetryAfter (default
    ``max_retries``)."""

    def __init__(
        self,
        *,
        per_chat_per_s: float = 1.0,
        per_chat_burst: int = 3,
        overall_per_s: float = 30.0,
        max_retries: int = 2,
        max_chats: int = 10_000,
    ) -> None:
        self.per_chat_per_s = per_chat_per_s
        self.per_chat_burst = per_chat_burst
        self.max_retries = max_retries
        self.max_chats = max_chats
        self.overall = Bucket(overall_per_s, overall_per_s)
        self.chats: dict[int | str, Bucket] = {}

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def _chat(self, chat_id: int | str) -> Bucket:
        bucket = self.chats.get(chat_id)
        if bucket is None:
            if len(self.chats) >= self.max_chats:  # forget idle chats (full buckets)
                now = time.monotonic()
                for key in [k for k, b in self.chats.items() if not b.lock.locked()]:
                    if now - self.chats[key].stamp > 60:
                        del self.chats[key]
            bucket = self.chats[chat_id] = Bucket(self.per_chat_per_s, self.per_chat_burst)
        return bucket

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        if endpoint == "answerCallbackQuery":
            return await _answer_callback(callback, args, kwargs)
        if endpoint not in PACED or chat_id is None:
            return await callback(*args, **kwargs)
        chat = self._chat(chat_id)
        retries = self.max_retries if rate_limit_args is None else rate_limit_args
        for attempt in range(retries + 1):
            await chat.take()
            await self.overall.take()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                delay = exc.retry_after
                seconds = delay.total_seconds() if hasattr(delay, "total_seconds") else delay
                chat.hold(float(seconds) + 0.1)  # this chat only
                if attempt == retries:
                    raise
                log.info("chat paced: Telegram asked to wait %.1f s", float(seconds))
        raise AssertionError("unreachable")


def reached_telegram(exc: BaseException) -> bool:
    """A timed-out request that Telegram has whole (sent, only its answer was late): it most
    likely took effect, and sending it again would show the message twice. A connect, pool
    or write timeout never reached it: trying again is safe."""
    import aiohttp
    import httpx

    sent_whole = (httpx.ReadTimeout, aiohttp.SocketTimeoutError)  # either transport's read
    return isinstance(exc, TimedOut) and isinstance(exc.__cause__, sent_whole)


async def _answer_callback(
    callback: Callable[..., Coroutine[Any, Any, Any]], args: Any, kwargs: dict[str, Any]
) -> Any:
    """A button press answered once only: a replayed update (the process died after
    answering it) or a late one finds its query gone — nothing left to answer, and no reason
    to abandon the handler's real work."""
    try:
        return await callback(*args, **kwargs)
    except BadRequest as exc:
        if "query is too old" not in str(exc).lower():
            raise
        log.info("callback query already answered or expired; going on")
        return True


SLOW_DOWN = (
    "🐢 That's a lot of messages at once — I'll skip some. Send one at a time, and wait for "
    "my answer before the next."
)


@dataclass
class FloodGate:
    """Incoming side: a chat sending more than ``limit`` updates in ``window_s`` seconds (as
    they arrive, before any is handled) is told once to slow down; its further updates in the
    window are dropped (done, never handled, not counted against its limits), so one flooder
    cannot fill the queue for everyone."""

    limit: int = 20  # a person in a conversation sends far fewer; a script far more
    window_s: float = 10.0
    _seen: dict[int, list[float]] = field(default_factory=dict)
    _warned: dict[int, float] = field(default_factory=dict)

    def admit(self, chat_id: int) -> bool | None:
        """True: handle it. False: drop it. None: drop it, and say "slow down" (once)."""
        now = time.monotonic()
        recent = [t for t in self._seen.get(chat_id, []) if now - t < self.window_s]
        recent.append(now)
        self._seen[chat_id] = recent[-(self.limit + 1) :]
        if len(self._seen) > 50_000:  # forget quiet chats
            self._seen = {k: v for k, v in self._seen.items() if now - v[-1] < self.window_s}
        if len(recent) <= self.limit:
            return True
        if now - self._warned.get(chat_id, -1e9) < self.window_s:
            return False
        self._warned[chat_id] = now
        return None

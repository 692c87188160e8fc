"""The broadcast task: one admin message to every reachable user, paced under Telegram's limits.

Delivery is at most once per user, and exactly once across graceful restarts:

* the cursor (id of the user being sent to) is saved *before* each send, so a crash right
  after a send never sends that user a second copy (a crash mid-send may skip one user);
* the save-then-send step is never interrupted: when the worker stops (deploy, Ctrl-C), the
  message in flight is finished and recorded first (at most one pacing interval later);
* a RetryAfter means Telegram delivered nothing: the cursor is rolled back, the task waits
  as told and tries the same user again.

Users who blocked the bot are marked inactive. The admin sees progress on a status message
with a Stop button, and a final report there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from atspro.bot.keyboards import broadcast_stop
from atspro.services import account, admin
from atspro.services.container import Services
from atspro.tasks.queue import Task
from atspro.tasks.registry import TaskContext

log = logging.getLogger(__name__)
REPORT_EVERY_S = 3.0
CANCEL_CHECK_EVERY_S = 1.0
BATCH = 200
OUTCOMES = ("sent", "blocked", "failed")


class Pacer:
    """Spaces calls evenly at ``rate`` per second: any window of W seconds holds at most
    ``rate * W + 1`` of them.

    Slots follow a fixed schedule, so a sleep that wakes a little late does not slow the whole
    run down; after a real stall (a slow send, a RetryAfter) the schedule restarts from now
    instead of catching up in a burst. ``clock`` and ``sleep`` are the broadcast's time (its
    report and cancel-check timers too); tests pass a virtual clock to check the pace exactly.
    """

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / rate
        self.clock = clock
        self.sleep = sleep
        self.next_at = clock()

    async def wait(self) -> None:
        now = self.clock()
        if self.next_at > now:
            await self.sleep(self.next_at - now)
        elif now - self.next_at > self.interval:
            self.next_at = now
        self.next_at += self.interval


def _seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the type becomes timedelta: both work
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if hasattr(value, "total_seconds") else float(value)


async def run_broadcast(bot: Bot, svc: Services, task: Task, ctx: TaskContext) -> dict[str, Any]:
    """The ``broadcast`` kind's body (registered, resumable and with no time limit, in
    ``atspro.bot.deliver``)."""
    p = task.payload
    counts = {k: int(task.progress.get(k, 0)) for k in OUTCOMES}
    cursor = int(task.progress.get("cursor", 0))
    total = sum(counts.values()) + await admin.audience_size(svc, after_user_id=cursor)
    pacer = Pacer(svc.settings.broadcast_rate_per_s)

    async def report(state: str) -> None:
        head = {
            "running": "📣 Broadcasting",
            "done": "✅ Broadcast done",
            "cancelled": "⛔ Broadcast cancelled",
        }[state]
        text = (
            f"{head}: {counts['sent']} sent, {counts['blocked']} blocked the bot, "
            f"{counts['failed']} failed"
        )
        if state == "running":
            text += f" (of about {total})"
        markup = broadcast_stop(task.id) if state == "running" else None
        for _ in range(3):
            try:
                await bot.edit_message_text(
                    text,
                    chat_id=p["chat_id"],
                    message_id=p["status_message_id"],
                    reply_markup=markup,
                )
                return
            except RetryAfter as exc:
                if state == "running":  # progress is cosmetic: skip this one
                    return
                await pacer.sleep(_seconds(exc))
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    return
                if state != "running":  # the status message is gone: say it anew
                    with contextlib.suppress(TelegramError):
                        await bot.send_message(p["chat_id"], text)
                return
            except TelegramError as exc:
                log.info("broadcast %s: status update failed: %s", task.id, exc)
                return

    async def deliver(user_id: int, telegram_id: int) -> float:
        """Record the cursor, then send once. Returns a RetryAfter delay (0 when done)."""
        nonlocal cursor
        previous, cursor = cursor, user_id
        await ctx.save_progress(cursor=cursor, **counts)  # before the send: at most once
        await pacer.wait()  # right before the send, so database latency cannot bunch sends
        try:
            await bot.send_message(telegram_id, p["text"])
            counts["sent"] += 1
        except RetryAfter as exc:  # nothing was delivered: this user is still to do
            cursor = previous
            await ctx.save_progress(cursor=cursor)
            return max(_seconds(exc), 0.1)
        except Forbidden:  # blocked the bot, deactivated, never started it
            counts["blocked"] += 1
            await account.mark_unreachable(svc, user_id)
        except BadRequest as exc:  # chat not found and the like
            counts["failed"] += 1
            log.info("broadcast %s to user %s failed: %s", task.id, user_id, exc)
        return 0.0

    in_flight: asyncio.Future[float] | None = None
    last_report = last_cancel_check = pacer.clock()
    await report("running")
    try:
        while batch := await admin.broadcast_audience(svc, cursor, BATCH):
            for user_id, telegram_id in batch:
                while True:
                    if pacer.clock() - last_cancel_check >= CANCEL_CHECK_EVERY_S:
                        last_cancel_check = pacer.clock()
                        if await admin.task_cancelled(svc, task.id):
                            await ctx.save_progress(cursor=cursor, **counts)
                            await report("cancelled")
                            return {**counts, "cancelled": True}
                    in_flight = asyncio.ensure_future(deliver(user_id, telegram_id))
                    delay = await asyncio.shield(in_flight)
                    in_flight = None
                    if not delay:
                        break
                    log.info("broadcast %s: Telegram asked to wait %.1f s", task.id, delay)
                    await pacer.sleep(delay)
                if pacer.clock() - last_report >= REPORT_EVERY_S:
                    last_report = pacer.clock()
                    await report("running")
    except asyncio.CancelledError:
        # The worker is stopping: finish the send in flight and record it, so the resumed
        # task neither repeats nor skips anyone.
        if in_flight is not None:
            await asyncio.wait([in_flight])
        await ctx.save_progress(cursor=cursor, **counts)
        raise
    await ctx.save_progress(cursor=cursor, **counts)
    await report("done")
    log.info("broadcast %s done: %s", task.id, counts)
    return counts

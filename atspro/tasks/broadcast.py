"""The broadcast task: one admin message to every reachable user, paced under Telegram's limits.

Resumable without duplicates: the cursor (last user id handled) is saved *before* each send, so a
restart continues after the last user who may have received it — at most once per user. Users who
blocked the bot are marked inactive; RetryAfter is honoured; the admin can cancel at any time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter

from atspro.bot.app import BotServices
from atspro.storage.admin import AdminRepo
from atspro.tasks.queue import Task
from atspro.tasks.worker import TaskContext

log = logging.getLogger(__name__)
REPORT_EVERY_S = 3.0


class Pacer:
    """Spaces calls evenly at ``rate`` per second (no bursts above it)."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next_at = time.monotonic()

    async def wait(self) -> None:
        now = time.monotonic()
        if self.next_at > now:
            await asyncio.sleep(self.next_at - now)
        self.next_at = max(self.next_at, now) + self.interval


def make_broadcast_handler(bot: Bot, svc: BotServices) -> Any:
    async def handler(task: Task, ctx: TaskContext) -> dict[str, Any]:
        p = task.payload
        admin_repo = AdminRepo(svc.pool)
        counts = {k: int(task.progress.get(k, 0)) for k in ("sent", "blocked", "failed")}
        cursor = int(task.progress.get("cursor", 0))
        total = await admin_repo.audience_size() + counts["sent"]
        pacer = Pacer(svc.settings.broadcast_rate_per_s)
        last_report = 0.0

        async def report(final: bool = False, cancelled: bool = False) -> None:
            head = (
                "✅ Broadcast done"
                if final
                else ("⛔ Broadcast cancelled" if cancelled else "📣 Broadcasting")
            )
            text = f"{head}: {counts['sent']} sent, {counts['blocked']} blocked the bot, {counts['failed']} failed"
            if not final and not cancelled:
                text += f" (of about {total})"
            with contextlib.suppress(BadRequest):
                await bot.edit_message_text(
                    text, chat_id=p["chat_id"], message_id=p["status_message_id"]
                )

        while True:
            batch = await admin_repo.broadcast_audience(cursor, limit=200)
            if not batch:
                break
            if await svc.queue.status_of(task.id) == "cancelled":
                await report(cancelled=True)
                return {**counts, "cancelled": True}
            for user_id, telegram_id in batch:
                cursor = user_id
                await ctx.save_progress(cursor=cursor, **counts)  # before the send: at most once
                while True:
                    await pacer.wait()
                    try:
                        await bot.send_message(telegram_id, p["text"])
                        counts["sent"] += 1
                    except RetryAfter as exc:
                        delay = exc.retry_after
                        await asyncio.sleep(
                            delay.total_seconds()
                            if hasattr(delay, "total_seconds")
                            else float(delay)
                        )
                        continue
                    except Forbidden:
                        counts["blocked"] += 1
                        await svc.repos.users.set_active(user_id, False)
                    except BadRequest as exc:
                        counts["failed"] += 1
                        log.info("broadcast to user %s failed: %s", user_id, exc)
                    break
                if time.monotonic() - last_report > REPORT_EVERY_S:
                    last_report = time.monotonic()
                    await report()
        await ctx.save_progress(cursor=cursor, **counts)
        await report(final=True)
        return counts

    return handler

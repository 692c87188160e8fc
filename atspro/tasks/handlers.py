"""Task handlers: the slow steps behind the chat (parse, fetch, score), run by workers.

Each handler edits the status message the chat handler sent, and records in the task's
``progress`` every message it has sent, so a retry after a crash never sends a second copy.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from telegram import Bot
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden

from atspro import services
from atspro.bot import render
from atspro.bot.app import BotServices
from atspro.bot.keyboards import result_keyboard
from atspro.services import UserFacingError
from atspro.tasks.queue import Task
from atspro.tasks.worker import PermanentTaskError, TaskContext, Worker

log = logging.getLogger(__name__)
Handler = Callable[[Task, TaskContext], Awaitable[dict[str, Any] | None]]


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Keep Telegram's "typing…" indicator alive while the work runs."""

    async def keep() -> None:
        while True:
            with contextlib.suppress(Exception):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(4.5)

    keeper = asyncio.create_task(keep())
    try:
        yield
    finally:
        keeper.cancel()


async def edit_status(bot: Bot, chat_id: int, message_id: int | None, text: str) -> None:
    """Edit the status message (idempotent: "not modified" is fine); send anew if it is gone."""
    parts = render.split_html(text)
    if message_id is not None:
        try:
            await bot.edit_message_text(parts[0], chat_id=chat_id, message_id=message_id)
            parts = parts[1:]
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                parts = parts[1:]
            elif "not found" not in str(exc).lower():
                raise
    for part in parts:
        await bot.send_message(chat_id, part)


class TaskHandlers:
    def __init__(self, bot: Bot, svc: BotServices) -> None:
        self.bot = bot
        self.svc = svc

    def mapping(self) -> dict[str, Handler]:
        return {
            "ingest_resume": self._guard(self.ingest_resume),
            "ingest_job": self._guard(self.ingest_job),
            "match": self._guard(self.match),
        }

    def _guard(self, fn: Handler) -> Handler:
        """Friendly endings: user errors end the task with a message, last failures apologise."""

        async def run(task: Task, ctx: TaskContext) -> dict[str, Any] | None:
            chat_id = task.payload.get("chat_id")
            status_id = task.payload.get("status_message_id")
            try:
                async with typing(self.bot, chat_id):
                    return await fn(task, ctx)
            except UserFacingError as exc:
                log.info(
                    "task %s (%s) for user %s: %s",
                    task.id,
                    task.kind,
                    task.user_id,
                    type(exc.__cause__ or exc).__name__,
                )
                await edit_status(
                    self.bot, chat_id, status_id, f"❌ {render.esc(exc.user_message)}"
                )
                return {"error": exc.user_message}
            except Forbidden as exc:  # the user blocked the bot: nobody to answer
                if task.user_id is not None:
                    await self.svc.repos.users.set_active(task.user_id, False)
                raise PermanentTaskError(str(exc)) from exc
            except Exception:
                if task.attempts >= task.max_attempts:
                    with contextlib.suppress(Exception):
                        await edit_status(
                            self.bot,
                            chat_id,
                            status_id,
                            "😕 Sorry, I could not finish this. Please try again later.",
                        )
                raise

        return run

    async def _download(self, file_id: str) -> bytes:
        file = await self.bot.get_file(file_id)
        return bytes(await file.download_as_bytearray())

    async def ingest_resume(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        p, uid = task.payload, task.user_id
        assert uid is not None
        repos, settings = self.svc.repos, self.svc.settings
        data = await self._download(p["file_id"])
        ingest = await services.ingest_resume(
            repos, settings, uid, data, filename=p.get("filename"), content_type=p.get("mime_type")
        )
        resume_id = ingest.row["id"]
        await repos.sessions.set_active_resume(uid, p["chat_id"], resume_id)
        await repos.profiles.set_resume(uid, resume_id)
        await edit_status(
            self.bot,
            p["chat_id"],
            p.get("status_message_id"),
            render.resume_summary(ingest.resume, filename=p.get("filename")),
        )
        session = await repos.sessions.get(uid, p["chat_id"])
        if session and session["active_job_id"]:
            await self._deliver_match(ctx, uid, p["chat_id"], resume_id, session["active_job_id"])
        return {"resume_id": str(resume_id)}

    async def ingest_job(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        p, uid = task.payload, task.user_id
        assert uid is not None
        repos, settings = self.svc.repos, self.svc.settings
        if p.get("url"):
            row, job = await services.ingest_job_url(
                repos, settings, uid, p["url"], self.svc.fetcher
            )
        elif p.get("file_id"):
            data = await self._download(p["file_id"])
            row, job = await services.ingest_job_file(
                repos, settings, uid, data, filename=p.get("filename")
            )
        else:
            row, job = await services.ingest_job_text(repos, uid, p.get("text") or "", settings)
        await repos.sessions.set_active_job(uid, p["chat_id"], row["id"])
        session = await repos.sessions.get(uid, p["chat_id"])
        tail = (
            "" if session and session["active_resume_id"] else "\n\nNow send your resume as a file."
        )
        await edit_status(
            self.bot, p["chat_id"], p.get("status_message_id"), render.job_summary(job) + tail
        )
        if session and session["active_resume_id"]:
            await self._deliver_match(
                ctx, uid, p["chat_id"], session["active_resume_id"], row["id"]
            )
        return {"job_id": str(row["id"])}

    async def match(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        p, uid = task.payload, task.user_id
        assert uid is not None
        result_id = await self._deliver_match(ctx, uid, p["chat_id"], p["resume_id"], p["job_id"])
        if p.get("status_message_id"):
            with contextlib.suppress(Exception):
                await self.bot.delete_message(p["chat_id"], p["status_message_id"])
        return {"result_id": result_id}

    async def _deliver_match(
        self, ctx: TaskContext, uid: int, chat_id: int, resume_id: Any, job_id: Any
    ) -> str:
        """Score once, send the card once, send the picture once — whatever the retries."""
        repos = self.svc.repos
        progress = ctx.task.progress
        if progress.get("result_id"):
            analysis = await services.load_analysis(repos, uid, progress["result_id"])
            if analysis is None:
                raise UserFacingError("That resume or job was deleted meanwhile.")
        else:
            if not await repos.usage.hit(
                uid, "analysis", window="hour", limit=self.svc.settings.analyses_per_hour
            ):
                raise UserFacingError(
                    "You reached the hourly limit of analyses. Please try again later."
                )
            analysis = await services.optimize(repos, uid, resume_id, job_id)
            await ctx.save_progress(result_id=str(analysis.row["id"]))
        rid = str(analysis.row["id"])
        if self.svc.metrics is not None:
            self.svc.metrics.observe_score(analysis.report.score)
        if not progress.get("card_sent"):
            parts = render.split_html(render.score_card(analysis.report, analysis.job))
            for i, part in enumerate(parts):
                markup = (
                    result_keyboard(rid, llm=self.svc.settings.llm_enabled)
                    if i == len(parts) - 1
                    else None
                )
                await self.bot.send_message(chat_id, part, reply_markup=markup)
            await ctx.save_progress(card_sent=True)
        if not progress.get("png_sent"):
            png = await asyncio.to_thread(services.score_card_png, analysis)
            await self.bot.send_photo(
                chat_id,
                photo=io.BytesIO(png),
                caption=f"Match score {analysis.report.score:.0f}/100",
            )
            await ctx.save_progress(png_sent=True)
        return rid


def make_worker(bot: Bot, svc: BotServices) -> Worker:
    settings = svc.settings
    from atspro.tasks.broadcast import make_broadcast_handler

    handlers = TaskHandlers(bot, svc).mapping()
    handlers["broadcast"] = make_broadcast_handler(bot, svc)
    if settings.llm_enabled:
        from atspro.agents.tasks import make_cover_letter_handler, make_rewrite_handler

        handlers["rewrite"] = make_rewrite_handler(bot, svc)
        handlers["cover_letter"] = make_cover_letter_handler(bot, svc)
    for name, factory in svc.extras.get("task_handler_factories", {}).items():
        handlers[name] = factory(bot, svc)
    return Worker(
        svc.queue,
        handlers,
        concurrency=settings.worker_concurrency,
        lease_s=max(30.0, settings.task_timeout_s / 2),
        task_timeout_s=settings.task_timeout_s,
        on_outcome=svc.metrics.task_outcome if svc.metrics is not None else None,
    )

"""What tasks send to chats: the chat-facing task kinds, each under one chat guard.

Each kind answers in the status message the handler sent (intake sends none: its answer is a
new message), and records in the task's ``progress`` every message it has sent, so a retry
after a crash never sends a second copy. The guard
(typing indicator, friendly failure, blocked user marked inactive, apology on the last
attempt) wraps every kind built here by ``chat_kinds``.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, TimedOut

from atspro.bot import keyboards, render
from atspro.bot.broadcast import run_broadcast
from atspro.bot.handlers import confirm
from atspro.bot.handlers.common import TYPING_SHOWN_S
from atspro.bot.keyboards import result_keyboard
from atspro.bot.pacing import reached_telegram
from atspro.bot.render_writing import render_writing
from atspro.faults import crash_point
from atspro.services import account, intake, matching, requests, tailoring, writing
from atspro.services.container import Services
from atspro.services.errors import MisfiledDocument, UserFacingError
from atspro.services.matching import Pair
from atspro.tasks.queue import Task
from atspro.tasks.registry import (
    DEFAULT_TIMEOUT,
    PermanentTaskError,
    TaskContext,
    TaskKind,
    TaskRun,
)

if TYPE_CHECKING:  # the Agents SDK is ~60 MB of imports: loaded only when AI writing runs
    from agents import Model

log = logging.getLogger(__name__)
APOLOGY = "😕 Sorry, I could not finish this. Please try again later."
# A photo upload waits this long for Telegram's answer (PTB's default is 5 s): under load a
# late answer is better than a timeout that leaves us unsure whether the card arrived.
SEND_READ_TIMEOUT_S = 20.0


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int, *, first_after: float = 0.0) -> AsyncIterator[None]:
    """Keep Telegram's "typing…" indicator alive while the work runs; the first one after
    ``first_after`` seconds (the request's own indicator or status message still shows)."""

    async def keep() -> None:
        await asyncio.sleep(first_after)
        while True:
            with contextlib.suppress(Exception):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_SHOWN_S)

    keeper = asyncio.create_task(keep())
    try:
        yield
    finally:
        keeper.cancel()


async def edit_status(
    bot: Bot,
    chat_id: int,
    message_id: int | None,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Edit the status message (idempotent: "not modified" is fine); send anew if it is gone.
    ``reply_markup`` goes under the last part."""
    parts = render.split_message(text)
    # Only when there is one: fakes and older callers know the plain signature.
    markup = {"reply_markup": reply_markup} if reply_markup is not None else {}
    if message_id is not None:
        try:
            await bot.edit_message_text(
                parts[0],
                chat_id=chat_id,
                message_id=message_id,
                **(markup if len(parts) == 1 else {}),
            )
            parts = parts[1:]
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                parts = parts[1:]
            elif "not found" not in str(exc).lower():
                raise
    for i, part in enumerate(parts):
        await bot.send_message(chat_id, part, **(markup if i == len(parts) - 1 else {}))


def chat_guard(bot: Bot, svc: Services, run: TaskRun, *, show_typing: bool = True) -> TaskRun:
    """Friendly endings: user errors end the task with a message, last failures apologise,
    a user who blocked the bot is marked inactive and the task ends."""

    async def guarded(task: Task, ctx: TaskContext) -> dict[str, Any] | None:
        chat_id = task.payload.get("chat_id")
        status_id = task.payload.get("status_message_id")
        try:
            if not show_typing:
                return await run(task, ctx)
            async with typing(bot, chat_id, first_after=_still_shown(task)):
                return await run(task, ctx)
        except MisfiledDocument as exc:  # ask, with two buttons, before using it the wrong way
            await edit_status(
                bot,
                chat_id,
                status_id,
                render.misfiled_question(exc.looks_like),
                reply_markup=keyboards.misfiled(exc.looks_like, task.id),
            )
            return {"asked": exc.looks_like}
        except UserFacingError as exc:
            log.info(
                "task %s (%s) for user %s: %s",
                task.id,
                task.kind,
                task.user_id,
                type(exc.__cause__ or exc).__name__,
            )
            await edit_status(bot, chat_id, status_id, f"❌ {render.esc(exc.user_message)}")
            return {"error": exc.user_message}
        except Forbidden as exc:  # the user blocked the bot: nobody to answer
            if task.user_id is not None:
                await account.mark_unreachable(svc, task.user_id)
            raise PermanentTaskError(str(exc)) from exc
        except Exception:
            if task.attempts >= task.max_attempts:
                with contextlib.suppress(Exception):
                    await edit_status(bot, chat_id, status_id, APOLOGY)
            raise

    return guarded


def _done_asking(asked: bool) -> dict[str, bool]:
    return {"asked": True} if asked else {}


def _still_shown(task: Task) -> float:
    """How long the handler's "typing…" (or status message) still answers for a task that
    starts now: a fresh first attempt needs no indicator of its own yet (chat actions are
    HTTP calls like any other: two fewer per upload)."""
    if task.attempts > 1 or task.created_at is None or task.created_at.tzinfo is None:
        return 0.0
    age = (datetime.now(UTC) - task.created_at).total_seconds()
    return min(max(TYPING_SHOWN_S - age, 0.0), TYPING_SHOWN_S)


class ChatDelivery:
    """The bodies of the chat-facing kinds: call a service, then tell the chat."""

    def __init__(self, bot: Bot, svc: Services, *, model: Model | None = None) -> None:
        self.bot = bot
        self.svc = svc
        self.model = model  # the LLM for AI writing; None: the configured one

    async def _download(self, file_id: str) -> bytes:
        file = await self.bot.get_file(file_id)
        return bytes(await file.download_as_bytearray())

    async def _download_upload(self, p: dict[str, Any]) -> bytes | list[bytes]:
        """The task's file, or its album of page photos in order."""
        if p.get("file_ids"):
            return [await self._download(f) for f in p["file_ids"]]
        return await self._download(p["file_id"])

    def _page_progress(self, p: dict[str, Any]) -> intake.PageProgress:
        """OCR page progress ("Reading page 2 of 3…") into the task's status message, if any."""

        async def on_page(page: int, pages: int) -> None:
            if p.get("status_message_id") is None:  # no status message (intake): typing only
                return
            with contextlib.suppress(Exception):  # progress is a courtesy, never a failure
                await edit_status(
                    self.bot, p["chat_id"], p["status_message_id"], render.reading_page(page, pages)
                )

        return on_page

    async def ingest_resume(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        p, uid = task.payload, task.user_id
        assert uid is not None
        data = await self._download_upload(p)
        ingest, pair = await intake.receive_resume(
            self.svc,
            uid,
            p["chat_id"],
            data,
            filename=p.get("filename"),
            content_type=p.get("mime_type"),
            confirmed=bool(p.get("confirmed")),
            on_page=self._page_progress(p),
        )
        summary = render.resume_summary(
            ingest.resume,
            filename=p.get("filename"),
            from_image=ingest.from_image,
            ask_for_job=pair is None
            and not await intake.job_on_the_way(self.svc, uid, p["chat_id"]),
        )
        crash_point("task.resume_stored")
        llm_meta = (ingest.row.get("metadata") or {}).get("llm")
        if llm_meta:  # read with AI: its note (the pipeline and its SDK load only then)
            from atspro.agents.pipeline import reading_note

            if note := reading_note(llm_meta, self.svc.settings):  # suggested, never scored
                summary += f"\n\n<i>{render.esc(note)}</i>"
        await self._summary_once(ctx, p, summary)
        if pair is not None:
            await self._deliver_match(ctx, uid, p["chat_id"], pair, changed=True)
        return {"resume_id": str(ingest.row["id"])}

    async def ingest_job(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        p, uid = task.payload, task.user_id
        assert uid is not None
        has_file = (p.get("file_id") or p.get("file_ids")) and not p.get("url")
        data = await self._download_upload(p) if has_file else None
        row, job, pair = await intake.receive_job(
            self.svc,
            uid,
            p["chat_id"],
            url=p.get("url"),
            data=data,
            filename=p.get("filename"),
            text=requests.pasted_text(p, self.svc.settings.max_text_chars),
            confirmed=bool(p.get("confirmed")),
            request=f"task:{task.id}",
            on_page=self._page_progress(p),
        )
        crash_point("task.job_stored")
        if pair is None and not ctx.task.progress.get("summary_sent"):
            # A resume sent with it is still being read: its card will name this job.
            pair = await intake.pair_once_resume_read(self.svc, task, p["chat_id"], row["id"])
        if pair is None:  # nothing to score yet: say what was understood
            tail = "\n\nNow send your resume as a file."
            await self._summary_once(ctx, p, render.job_summary(job) + tail)
        else:  # the card's caption carries the job's title line: no summary of its own
            await self._deliver_match(ctx, uid, p["chat_id"], pair, changed=True)
        return {"job_id": str(row["id"])}

    async def _summary_once(self, ctx: TaskContext, p: dict[str, Any], text: str) -> None:
        """The task's first answer (into its status message, if any), sent once per task."""
        if ctx.task.progress.get("summary_sent"):
            return
        try:
            await edit_status(self.bot, p["chat_id"], p.get("status_message_id"), text)
        except TimedOut as exc:
            if not reached_telegram(exc):
                raise  # it never got there: the task's retry sends it
            log.warning("summary: Telegram's answer was late; taken as sent")
        await ctx.save_progress(summary_sent=True)

    async def match(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        p, uid = task.payload, task.user_id
        assert uid is not None
        pair = Pair(p["resume_id"], p["job_id"])
        result_id = await self._deliver_match(ctx, uid, p["chat_id"], pair)
        if p.get("status_message_id"):
            with contextlib.suppress(Exception):
                await self.bot.delete_message(p["chat_id"], p["status_message_id"])
        return {"result_id": result_id}

    async def _deliver_match(
        self, ctx: TaskContext, uid: int, chat_id: int, pair: Pair, *, changed: bool = False
    ) -> str | None:
        """Score once, send the card once, send the picture once — whatever the retries.

        ``changed``: an upload made this the active pair; when another request is already
        answering the same pair, nothing is sent (None)."""
        progress = ctx.task.progress
        if changed:
            analysis = await matching.score_changed_pair(
                self.svc,
                uid,
                pair,
                owner=f"task:{ctx.task.id}",
                result_id=progress.get("result_id"),
            )
            if analysis is None:
                return None
        else:
            analysis = await matching.score_pair(
                self.svc, uid, pair, result_id=progress.get("result_id")
            )
        rid = str(analysis.id)
        if not progress.get("result_id"):
            await ctx.save_progress(result_id=rid)
        # Ask before adding ("Have you used SQL?"), after the card; nothing to ask is recorded
        # with the card itself (one progress write fewer).
        question = None
        if not progress.get("asked"):
            question = await tailoring.next_question(self.svc, uid, analysis)
        if not progress.get("card_sent"):
            await self._send_card(ctx, chat_id, analysis, asked=question is None)
        if not progress.get("asked"):
            if question is not None:
                await confirm.offer(self.bot, chat_id, question)
            await ctx.save_progress(asked=True)
        return rid

    async def _send_card(
        self, ctx: TaskContext, chat_id: int, analysis: matching.Match, *, asked: bool = False
    ) -> None:
        """The score card as ONE message: its picture, the card as the caption, the buttons.

        When the caption cannot fit or the picture fails: the picture (if any) and then the
        whole card as text with the buttons — two messages, the same answer."""
        progress = ctx.task.progress
        keyboard = result_keyboard(analysis.id, llm=self.svc.settings.llm_enabled)
        picture = None if progress.get("png_sent") else await self._card_picture(analysis)
        caption = render.card_caption(analysis.report, analysis.job)
        if (
            picture is not None
            and caption is not None
            and await self._photo(chat_id, picture, caption, keyboard)
        ):
            await ctx.save_progress(png_sent=True, card_sent=True, **_done_asking(asked))
            return
        if picture is not None:
            score = f"Match score {analysis.report.score:.0f}/100"
            if await self._photo(chat_id, picture, score, None):
                await ctx.save_progress(png_sent=True)
        parts = render.split_message(render.score_card(analysis.report, analysis.job))
        for i, part in enumerate(parts):
            markup = keyboard if i == len(parts) - 1 else None
            await self.bot.send_message(chat_id, part, reply_markup=markup)
        await ctx.save_progress(card_sent=True, **_done_asking(asked))

    async def _card_picture(self, analysis: matching.Match) -> bytes | None:
        try:
            return await asyncio.to_thread(
                matching.score_card_picture, analysis, self.svc.settings.card_draw_timeout_s
            )
        except Exception:  # the text card still answers
            log.exception("score card picture failed for result %s", analysis.id)
            return None

    async def _photo(
        self, chat_id: int, picture: bytes, caption: str, keyboard: InlineKeyboardMarkup | None
    ) -> bool:
        """Send the picture; False when Telegram refuses it (the caller falls back to text)."""
        try:
            await self.bot.send_photo(
                chat_id,
                photo=io.BytesIO(picture),
                caption=caption,
                reply_markup=keyboard,
                read_timeout=SEND_READ_TIMEOUT_S,
            )
        except BadRequest as exc:
            log.warning("score card picture refused (%s): sending the card as text", exc)
            return False
        except TimedOut as exc:
            if not reached_telegram(exc):
                raise  # it never got there: the task's retry sends it
            log.warning("score card picture: Telegram's answer was late; taken as sent")
        return True

    async def write(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        """``rewrite`` and ``cover_letter``: run the AI writer once, show its answer."""
        p, uid = task.payload, task.user_id
        assert uid is not None  # AI tasks are always enqueued for a user
        kind: writing.WritingKind = "rewrite" if task.kind == "rewrite" else "cover_letter"
        result = await writing.write_for_result(
            self.svc,
            uid,
            p["result_id"],
            kind,
            already_stored=bool(ctx.task.progress.get("stored")),
            model=self.model,
        )
        await ctx.save_progress(stored=True)
        text = render_writing(result, self.svc.settings)
        await edit_status(self.bot, p["chat_id"], p.get("status_message_id"), text)
        return {
            "engine": result.meta.get("engine"),
            "fallback_reason": result.meta.get("fallback_reason"),
        }

    async def broadcast(self, task: Task, ctx: TaskContext) -> dict[str, Any]:
        return await run_broadcast(self.bot, self.svc, task, ctx)


def chat_kind(
    bot: Bot,
    svc: Services,
    name: str,
    run: TaskRun,
    *,
    timeout_s: float | None = DEFAULT_TIMEOUT,
    resumable: bool = False,
    show_typing: bool = True,
) -> TaskKind:
    """A task kind that answers in a chat: always under the chat guard."""
    guarded = chat_guard(bot, svc, run, show_typing=show_typing)
    return TaskKind(name, guarded, timeout_s=timeout_s, resumable=resumable)


def chat_kinds(bot: Bot, svc: Services, *, model: Model | None = None) -> list[TaskKind]:
    """Every kind whose answer goes to a chat, each under the chat guard."""
    d = ChatDelivery(bot, svc, model=model)
    kinds = [
        chat_kind(bot, svc, "ingest_resume", d.ingest_resume),
        chat_kind(bot, svc, "ingest_job", d.ingest_job),
        chat_kind(bot, svc, "match", d.match),
        # Paced sending takes as long as the audience needs (10,000 users ≈ 7 min at 25/s);
        # the lease keeps it ours meanwhile. It saves its cursor as it goes, so a stopping
        # worker hands it back at once.
        chat_kind(
            bot, svc, "broadcast", d.broadcast, timeout_s=None, resumable=True, show_typing=False
        ),
    ]
    if svc.settings.llm_enabled:
        kinds += [
            chat_kind(bot, svc, "rewrite", d.write),
            chat_kind(bot, svc, "cover_letter", d.write),
        ]
    return kinds

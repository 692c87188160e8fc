"""Resume and job intake: documents, photos, links and pasted postings.

Handlers show "typing…" and queue the slow work as a durable task, in one transaction with
the update's done mark (see ``common.accept``); the worker's answer is the first message
(see atspro/bot/deliver.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from atspro.bot import callbacks
from atspro.bot.context import BotContext
from atspro.bot.handlers import photos
from atspro.bot.handlers.common import (
    accept,
    dedupe_key,
    fits_limit,
    reply,
    session_state,
    set_state,
)
from atspro.bot.inbox import marked_done
from atspro.services import intake, requests

log = logging.getLogger(__name__)
URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024


async def job_command(update: Update, context: BotContext) -> None:
    text = " ".join(context.args or []).strip()
    if text:
        await _job_from_text(update, context, text)
        return
    await set_state(update, context, awaiting="job")
    await reply(update, "💼 Send the job now: a link, the posting text, or a file.")


async def on_document(update: Update, context: BotContext) -> None:
    doc = update.effective_message.document  # type: ignore[union-attr]
    settings = context.svc.settings
    limit = min(settings.max_file_bytes, TELEGRAM_DOWNLOAD_LIMIT)
    if doc.file_size and doc.file_size > limit:  # refuse before any download
        log.info("user %s sent a %d-byte file, over the limit", context.uid, doc.file_size)
        await reply(
            update,
            f"📦 That file is {doc.file_size / 1048576:.1f} MB; the limit is "
            f"{limit / 1048576:.0f} MB. Please send a smaller file (a PDF export is usually tiny).",
        )
        return
    if not await fits_limit(update, context, "upload"):
        return
    as_job = session_state(context).get("awaiting") == "job"
    await accept(
        update,
        context,
        "ingest_job" if as_job else "ingest_resume",
        charge="upload",
        file_id=doc.file_id,
        filename=doc.file_name,
        mime_type=doc.mime_type,
        file_size=doc.file_size,
    )


def _paste_lock(context: BotContext, chat_id: int) -> asyncio.Lock:
    locks = context.bot_data.setdefault("paste_locks", {})
    return locks.setdefault(chat_id, asyncio.Lock())


async def on_text(update: Update, context: BotContext) -> None:
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    # Parts of one long paste arrive as updates handled concurrently: one at a time per chat.
    async with _paste_lock(context, chat_id):
        await _on_text(update, context, chat_id)


async def _continue_paste(update: Update, context: BotContext, chat_id: int, text: str) -> bool:
    """Telegram split a long paste into several messages: a message seconds after a long one
    is its next part, added to the queued posting (one status message, one score)."""
    joined = await requests.continue_paste(
        context.svc, user_id=context.uid, chat_id=chat_id, update_id=update.update_id, text=text
    )
    if joined:
        marked_done()
    return joined


async def _on_text(update: Update, context: BotContext, chat_id: int) -> None:
    text = update.effective_message.text or ""  # type: ignore[union-attr]
    if await _continue_paste(update, context, chat_id, text):
        return
    url = URL.search(text)
    awaiting_job = session_state(context).get("awaiting") == "job"
    if url and (len(text) < 400 or awaiting_job):
        await _job_from_url(update, context, url.group(0).rstrip(").,;"))
    elif awaiting_job or intake.is_job_posting(text) or intake.may_continue_paste(text):
        await _job_from_text(update, context, text)
    else:
        await reply(
            update,
            "Send me your <b>resume as a file</b>, or a <b>job</b> (a link or the posting text). "
            "/help shows everything I can do.",
        )


async def _job_from_url(update: Update, context: BotContext, url: str) -> None:
    if not await fits_limit(update, context, "upload"):
        return
    await accept(update, context, "ingest_job", charge="upload", url=url)


async def _job_from_text(update: Update, context: BotContext, text: str) -> None:
    if not await fits_limit(update, context, "upload"):
        return
    settings = context.svc.settings
    # A long message may be the first part of a paste Telegram split: wait for the rest.
    wait = settings.paste_join_s if intake.may_continue_paste(text) else 0.0
    await accept(
        update,
        context,
        "ingest_job",
        charge="upload",
        delay_s=wait,
        text=text[: settings.max_text_chars],
        part_key=update.update_id,
    )


async def on_misfiled(update: Update, context: BotContext) -> None:
    """ "Use it as my resume / as the job": read the asked-about file again as that kind."""
    query = update.callback_query
    assert query is not None and query.data is not None
    parsed = callbacks.parse_misfiled(query.data)
    ok = parsed is not None and await requests.reread_file_as(
        context.svc,
        user_id=context.uid,
        chat_id=update.effective_chat.id,  # type: ignore[union-attr]
        task_id=parsed[1],
        use_as=parsed[0],
        status_message_id=query.message.message_id if query.message else None,
        dedupe_key=dedupe_key(update),
    )
    if not ok or parsed is None:
        await query.answer(
            "That file is no longer available. Please send it again.", show_alert=True
        )
        return
    await query.answer()
    what = "your resume" if parsed[0] == "resume" else "the job description"
    with contextlib.suppress(BadRequest):
        await query.edit_message_text(f"📄 Got it — reading it as {what}…")


def register(app: Application) -> None:
    app.add_handler(CommandHandler("job", job_command))
    app.add_handler(CallbackQueryHandler(on_misfiled, pattern=callbacks.MISFILED_PATTERN))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    photos.register(app)  # photos and albums of a resume or a job posting
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))

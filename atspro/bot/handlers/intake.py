"""Resume and job intake: documents, photos, links and pasted postings.

Handlers answer at once with a status message and queue the slow work as a durable task; the
worker edits that status message with the result (see atspro/bot/deliver.py).
"""

from __future__ import annotations

import logging
import re

from telegram import Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from atspro.bot.context import BotContext
from atspro.bot.handlers.common import dedupe_key, reply, session_state, set_state, within_limit
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
    if not await within_limit(update, context, "upload"):
        return
    as_job = session_state(context).get("awaiting") == "job"
    await set_state(update, context, awaiting=None)
    what = "job description" if as_job else "resume"
    status = await update.effective_message.reply_text(f"📄 Got it — reading your {what}…")  # type: ignore[union-attr]
    await _enqueue(
        update,
        context,
        "ingest_job" if as_job else "ingest_resume",
        {
            "file_id": doc.file_id,
            "filename": doc.file_name,
            "mime_type": doc.mime_type,
            "file_size": doc.file_size,
            "status_message_id": status.message_id,
        },
    )


async def on_photo(update: Update, context: BotContext) -> None:
    await reply(
        update,
        "📷 I can't read photos of a resume reliably. Please send the file itself: in your "
        "phone's Telegram tap 📎 → <b>File</b> and pick the PDF or DOCX.",
    )


async def on_text(update: Update, context: BotContext) -> None:
    text = update.effective_message.text or ""  # type: ignore[union-attr]
    url = URL.search(text)
    awaiting_job = session_state(context).get("awaiting") == "job"
    if url and (len(text) < 400 or awaiting_job):
        await _job_from_url(update, context, url.group(0).rstrip(").,;"))
    elif awaiting_job or intake.is_job_posting(text):
        await _job_from_text(update, context, text)
    else:
        await reply(
            update,
            "Send me your <b>resume as a file</b>, or a <b>job</b> (a link or the posting text). "
            "/help shows everything I can do.",
        )


async def _job_from_url(update: Update, context: BotContext, url: str) -> None:
    if not await within_limit(update, context, "upload"):
        return
    await set_state(update, context, awaiting=None)
    status = await update.effective_message.reply_text("🔗 Opening the job link…")  # type: ignore[union-attr]
    await _enqueue(
        update, context, "ingest_job", {"url": url, "status_message_id": status.message_id}
    )


async def _job_from_text(update: Update, context: BotContext, text: str) -> None:
    if not await within_limit(update, context, "upload"):
        return
    await set_state(update, context, awaiting=None)
    status = await update.effective_message.reply_text("💼 Got the job posting — reading it…")  # type: ignore[union-attr]
    max_chars = context.svc.settings.max_text_chars
    await _enqueue(
        update,
        context,
        "ingest_job",
        {"text": text[:max_chars], "status_message_id": status.message_id},
    )


async def _enqueue(update: Update, context: BotContext, kind: str, payload: dict) -> None:
    await requests.enqueue_for_chat(
        context.svc,
        kind,
        user_id=context.uid,
        chat_id=update.effective_chat.id,  # type: ignore[union-attr]
        dedupe_key=dedupe_key(update),
        **payload,
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler("job", job_command))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.add_handler(MessageHandler(filters.PHOTO, on_photo))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))

"""Buttons under a score card: suggestions, tailored DOCX, AI rewrites, cover letter, switch."""

from __future__ import annotations

import io
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from atspro import services
from atspro.bot import render
from atspro.bot.app import BotContext
from atspro.bot.keyboards import documents_keyboard
from atspro.handlers.common import reply, within_limit

log = logging.getLogger(__name__)
NOT_FOUND = "That result is no longer available."


async def on_result_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    action, _, rid = query.data.partition(":")
    analysis = await services.load_analysis(context.svc.repos, context.uid, rid)
    if analysis is None:  # unknown, deleted, or somebody else's id
        await query.answer(NOT_FOUND, show_alert=True)
        return
    await query.answer()
    if action == "sg":
        await reply(update, render.suggestions_list(analysis.report.suggestions))
    elif action == "dx":
        data = services.tailored_docx(analysis)
        name = _docx_name(analysis)
        await update.effective_message.reply_document(  # type: ignore[union-attr]
            document=io.BytesIO(data),
            filename=name,
            caption="📄 Your resume, tailored for this job: one column, standard headings, "
            "skills ordered by what the posting asks. Check it before you send it.",
        )
    elif action in ("rw", "cl"):
        if not context.svc.settings.llm_enabled:
            await reply(update, "🤖 AI writing is not enabled on this server.")
            return
        if not await within_limit(update, context, "analysis"):
            return
        kind = "rewrite" if action == "rw" else "cover_letter"
        status = await update.effective_message.reply_text(  # type: ignore[union-attr]
            "✍️ Writing… this takes a few seconds."
        )
        await context.svc.queue.enqueue(
            kind,
            {
                "result_id": str(analysis.row["id"]),
                "chat_id": update.effective_chat.id,  # type: ignore[union-attr]
                "status_message_id": status.message_id,
            },
            user_id=context.uid,
            dedupe_key=f"update:{update.update_id}",
        )


def _docx_name(analysis: services.Analysis) -> str:
    who = (analysis.resume.contact.full_name or "resume").replace(" ", "_")
    job = (analysis.job.title or "job").replace(" ", "_").replace("/", "-")
    return f"{who}-{job}.docx"[:80]


async def on_switch_resume(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    rows = await context.svc.repos.resumes.list_latest(context.uid, limit=8)
    active = (context.session or {}).get("active_resume_id")
    await reply(
        update,
        render.document_list("resume", rows, active),
        reply_markup=documents_keyboard("r", rows),
    )


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(on_result_button, pattern=r"^(sg|dx|rw|cl):"))
    app.add_handler(CallbackQueryHandler(on_switch_resume, pattern=r"^sw:"))

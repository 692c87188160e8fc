"""The user's documents: /resumes, /jobs, /history, /search, and their buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from atspro.bot import callbacks, render
from atspro.bot.context import BotContext
from atspro.bot.handlers.common import dedupe_key, reply
from atspro.bot.keyboards import confirm_delete_document, documents_keyboard, history_keyboard
from atspro.bot.render import esc
from atspro.services import library, requests

ACTIVE_COLUMN = {"resume": "active_resume_id", "job": "active_job_id"}


async def list_resumes(update: Update, context: BotContext) -> None:
    await show_documents(update, context, "resume")


async def list_jobs(update: Update, context: BotContext) -> None:
    await show_documents(update, context, "job")


async def show_documents(update: Update, context: BotContext, kind: library.DocKind) -> None:
    rows = await library.latest(context.svc, context.uid, kind)
    active = (context.session or {}).get(ACTIVE_COLUMN[kind])
    await reply(
        update,
        render.document_list(kind, rows, active),
        reply_markup=documents_keyboard(kind, rows),
    )


async def on_document_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    button = callbacks.parse_document(query.data)
    if button is None:
        await query.answer()
        return
    name = button.kind
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    if button.op in ("delete", "erase", "keep"):
        await _delete_flow(update, context, button)
        return
    try:
        pair = await library.choose(context.svc, context.uid, chat_id, button.kind, button.doc_id)
    except library.NotYours:
        await query.answer("Not found.", show_alert=True)
        return
    await query.answer(f"Active {name} set.")
    if pair is None:
        await reply(update, f"⭐ That {name} is now active.")
        return
    status = await update.effective_message.reply_text("🎯 Scoring with your choice…")  # type: ignore[union-attr]
    await requests.enqueue_for_chat(
        context.svc,
        "match",
        user_id=context.uid,
        chat_id=chat_id,
        status_message_id=status.message_id,
        dedupe_key=dedupe_key(update),
        resume_id=str(pair.resume_id),
        job_id=str(pair.job_id),
    )


async def _delete_flow(update: Update, context: BotContext, button: callbacks.DocButton) -> None:
    """Delete asks first (with the document's name); only the confirmation deletes."""
    query = update.callback_query
    assert query is not None
    label = await library.document_label(context.svc, context.uid, button.kind, button.doc_id)
    if label is None:
        await query.answer("Not found.", show_alert=True)
        return
    await query.answer()
    if button.op == "delete":
        await reply(
            update,
            f"Delete the {button.kind} <b>{esc(label)}</b>? Its past scores go too.",
            reply_markup=confirm_delete_document(button.kind, button.doc_id),
        )
    elif button.op == "keep":
        await query.edit_message_text(f"Kept <b>{esc(label)}</b>.")
    else:
        await library.delete_document(context.svc, context.uid, button.kind, button.doc_id)
        await query.edit_message_text(f"🗑 {button.kind.capitalize()} <b>{esc(label)}</b> deleted.")


async def history(update: Update, context: BotContext) -> None:
    rows = await library.history(context.svc, context.uid)
    await reply(update, render.history_list(rows), reply_markup=history_keyboard(rows))


async def search(update: Update, context: BotContext) -> None:
    query = " ".join(context.args or []).strip()
    if not query:
        await reply(update, "Usage: <code>/search python kubernetes</code>")
        return
    resumes, jobs = await library.search(context.svc, context.uid, query)
    await reply(update, render.search_results(query, resumes, jobs))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("resumes", list_resumes))
    app.add_handler(CommandHandler("jobs", list_jobs))
    app.add_handler(CommandHandler("history", history))
    app.add_handler(CommandHandler("search", search))
    app.add_handler(CallbackQueryHandler(on_document_button, pattern=callbacks.DOC_PATTERN))

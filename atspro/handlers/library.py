"""The user's documents: /resumes, /jobs, /history, /search, and their buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from atspro.bot import render
from atspro.bot.app import BotContext
from atspro.bot.keyboards import documents_keyboard
from atspro.handlers.common import reply

KINDS = {"r": ("resume", "active_resume_id"), "j": ("job", "active_job_id")}


async def list_resumes(update: Update, context: BotContext) -> None:
    await _list(update, context, "r")


async def list_jobs(update: Update, context: BotContext) -> None:
    await _list(update, context, "j")


async def _list(update: Update, context: BotContext, kind: str) -> None:
    name, column = KINDS[kind]
    repo = context.svc.repos.resumes if kind == "r" else context.svc.repos.jobs
    rows = await repo.list_latest(context.uid, limit=8)
    active = (context.session or {}).get(column)
    await reply(
        update,
        render.document_list(name, rows, active),
        reply_markup=documents_keyboard(kind, rows),
    )


async def on_document_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    action, _, doc_id = query.data.partition(":")
    op, kind = action[0], action[1]
    name, _ = KINDS[kind]
    repos = context.svc.repos
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    if op == "d":
        repo = repos.resumes if kind == "r" else repos.jobs
        ok = await repo.delete(context.uid, doc_id)
        await query.answer(
            f"{name.capitalize()} deleted." if ok else "Not found.", show_alert=not ok
        )
        if ok:
            await reply(update, f"🗑 {name.capitalize()} deleted.")
        return
    setter = repos.sessions.set_active_resume if kind == "r" else repos.sessions.set_active_job
    if not await setter(context.uid, chat_id, doc_id):  # not the user's document
        await query.answer("Not found.", show_alert=True)
        return
    await query.answer(f"Active {name} set.")
    session = await repos.sessions.get(context.uid, chat_id)
    if session and session["active_resume_id"] and session["active_job_id"]:
        status = await update.effective_message.reply_text("🎯 Scoring with your choice…")  # type: ignore[union-attr]
        await context.svc.queue.enqueue(
            "match",
            {
                "chat_id": chat_id,
                "status_message_id": status.message_id,
                "resume_id": str(session["active_resume_id"]),
                "job_id": str(session["active_job_id"]),
            },
            user_id=context.uid,
            dedupe_key=f"update:{update.update_id}",
        )
    else:
        await reply(update, f"⭐ That {name} is now active.")


async def history(update: Update, context: BotContext) -> None:
    rows = await context.svc.repos.results.list_latest(context.uid, limit=10)
    await reply(update, render.history_list(rows))


async def search(update: Update, context: BotContext) -> None:
    query = " ".join(context.args or []).strip()
    if not query:
        await reply(update, "Usage: <code>/search python kubernetes</code>")
        return
    repos = context.svc.repos
    resumes = await repos.resumes.search(context.uid, query, limit=5)
    jobs = await repos.jobs.search(context.uid, query, limit=5)
    await reply(update, render.search_results(query, resumes, jobs))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("resumes", list_resumes))
    app.add_handler(CommandHandler("jobs", list_jobs))
    app.add_handler(CommandHandler("history", history))
    app.add_handler(CommandHandler("search", search))
    app.add_handler(CallbackQueryHandler(on_document_button, pattern=r"^[ad][rj]:"))

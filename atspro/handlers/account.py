"""The account: /profile, /export, /delete, /status, /cancel."""

from __future__ import annotations

import io
import json
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from atspro import services
from atspro.bot import render
from atspro.bot.app import BotContext
from atspro.bot.keyboards import confirm_delete_account
from atspro.handlers.common import reply, set_state

log = logging.getLogger(__name__)
PROFILE_FIELDS = {"title": 120, "location": 120, "phone": 40, "bio": 1000}


async def profile(update: Update, context: BotContext) -> None:
    repos = context.svc.repos
    if context.args:
        field, value = context.args[0].lower(), " ".join(context.args[1:]).strip()
        if field not in PROFILE_FIELDS:
            await reply(update, "You can edit: " + ", ".join(PROFILE_FIELDS) + ".")
            return
        if len(value) > PROFILE_FIELDS[field]:
            await reply(
                update, f"That {field} is too long (max {PROFILE_FIELDS[field]} characters)."
            )
            return
        await repos.profiles.update(context.uid, **{field: value or None})
    prof = await repos.profiles.get(context.uid)
    await reply(update, render.profile_text(context.db_user or {}, prof))


async def export(update: Update, context: BotContext) -> None:
    data = await services.export_user_data(context.svc.repos, context.uid)
    blob = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode()
    await update.effective_message.reply_document(  # type: ignore[union-attr]
        document=io.BytesIO(blob),
        filename="atspro-export.json",
        caption="📦 Everything I store about you, as JSON.",
    )


async def delete(update: Update, context: BotContext) -> None:
    await reply(
        update,
        "⚠️ This erases your account, resumes, jobs and results. It cannot be undone.",
        reply_markup=confirm_delete_account(),
    )


async def on_delete_confirm(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    if query.data != "da:yes":
        await query.edit_message_text("Nothing was deleted.")
        return
    await context.svc.queue.cancel_for_user(context.uid)
    await services.delete_account(context.svc.repos, context.uid)
    log.info("user %s erased their account", context.uid)
    await query.edit_message_text("🗑 Done. Everything about you is erased. /start to begin again.")


async def status(update: Update, context: BotContext) -> None:
    tasks = await context.svc.queue.list_for_user(context.uid)
    await reply(update, render.tasks_text(tasks))


async def cancel(update: Update, context: BotContext) -> None:
    n = await context.svc.queue.cancel_for_user(context.uid)
    await set_state(update, context, awaiting=None)
    extra = f" and cancelled {n} queued task{'s' if n != 1 else ''}" if n else ""
    await reply(update, f"OK, I stopped waiting{extra}.")


def register(app: Application) -> None:
    app.add_handler(CommandHandler("profile", profile))
    app.add_handler(CommandHandler("export", export))
    app.add_handler(CommandHandler("delete", delete))
    app.add_handler(CommandHandler("status", status))
    app.add_handler(CommandHandler("cancel", cancel))
    app.add_handler(CallbackQueryHandler(on_delete_confirm, pattern=r"^da:"))

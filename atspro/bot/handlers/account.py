"""The account: /profile, /export, /delete, /status, /cancel."""

from __future__ import annotations

import io
import json
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from atspro.bot import callbacks, render
from atspro.bot.context import BotContext
from atspro.bot.handlers.common import reply, session_state, set_state
from atspro.bot.handlers.confirm import show_answers
from atspro.bot.keyboards import confirm_delete_account
from atspro.bot.render import esc
from atspro.services import account
from atspro.services.errors import UserFacingError

log = logging.getLogger(__name__)


async def profile(update: Update, context: BotContext) -> None:
    if context.args:
        field, value = context.args[0].lower(), " ".join(context.args[1:]).strip()
        try:
            await account.update_profile(context.svc, context.uid, field, value)
        except UserFacingError as exc:
            await reply(update, esc(exc.user_message))
            return
    prof = await account.profile(context.svc, context.uid)
    await reply(update, render.profile_text(context.db_user or {}, prof))
    await show_answers(update, context)


async def export(update: Update, context: BotContext) -> None:
    data = await account.export(context.svc, context.uid)
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
    if query.data != callbacks.DELETE_ACCOUNT_YES:
        await query.edit_message_text("Nothing was deleted.")
        return
    await account.erase_account(context.svc, context.uid)
    log.info("user %s erased their account", context.uid)
    await query.edit_message_text("🗑 Done. Everything about you is erased. /start to begin again.")


async def status(update: Update, context: BotContext) -> None:
    tasks = await account.pending_tasks(context.svc, context.uid)
    await reply(update, render.tasks_text(tasks))


async def cancel(update: Update, context: BotContext) -> None:
    n = await account.cancel_tasks(context.svc, context.uid)
    waiting = session_state(context).get("awaiting")
    await set_state(update, context, awaiting=None)
    if not n and not waiting:
        await reply(update, "There was nothing to cancel: I wasn't waiting for anything.")
        return
    done = []
    if waiting:
        done.append(f"stopped waiting for your {esc(waiting)}")
    if n:
        done.append(f"cancelled {n} queued task{'s' if n != 1 else ''}")
    await reply(update, "OK, I " + " and ".join(done) + ".")


def register(app: Application) -> None:
    app.add_handler(CommandHandler("profile", profile))
    app.add_handler(CommandHandler("export", export))
    app.add_handler(CommandHandler("delete", delete))
    app.add_handler(CommandHandler("status", status))
    app.add_handler(CommandHandler("cancel", cancel))
    app.add_handler(
        CallbackQueryHandler(on_delete_confirm, pattern=callbacks.DELETE_ACCOUNT_PATTERN)
    )

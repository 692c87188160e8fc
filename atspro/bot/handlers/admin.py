"""Admin commands: /stats, /user, /ban, /unban, /broadcast, /tasks, /retry, /health.

Admins are the Telegram ids in ADMIN_IDS and users flagged ``is_admin``. To anyone else these
commands do not exist: they get the same answer as any unknown command. Every admin action is
written to ``audit_log``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

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
from atspro.bot.handlers.common import dedupe_key, reply, session_state, set_state
from atspro.bot.keyboards import broadcast_confirm
from atspro.bot.render import esc
from atspro.services import admin as admin_service
from atspro.services import requests

log = logging.getLogger(__name__)
UNKNOWN = "I don't know that command. /help lists what I can do."
AdminHandler = Callable[[Update, BotContext], Awaitable[None]]


def _is_admin(update: Update, context: BotContext) -> bool:
    tg = update.effective_user
    return tg is not None and admin_service.is_admin(context.svc, tg.id, context.db_user)


def admin_only(fn: AdminHandler) -> AdminHandler:
    async def wrapper(update: Update, context: BotContext) -> None:
        if not _is_admin(update, context):
            await unknown_command(update, context)
            return
        await fn(update, context)

    wrapper.__name__ = fn.__name__
    return wrapper


async def audit(
    update: Update, context: BotContext, action: str, target: str | None = None, **details: object
) -> None:
    await admin_service.audit(
        context.svc,
        actor_user_id=context.uid,
        actor_telegram_id=update.effective_user.id if update.effective_user else None,
        action=action,
        target=target,
        **details,
    )


async def unknown_command(update: Update, context: BotContext) -> None:
    await reply(update, UNKNOWN)


@admin_only
async def stats(update: Update, context: BotContext) -> None:
    both = await admin_service.stats(context.svc)
    s, q = both.storage, both.queue
    counts = q["counts"]
    avg = f"{float(s['avg_score']):.1f}" if s["avg_score"] is not None else "—"
    text = (
        "<b>📊 Stats</b>\n"
        f"Users: {s['users']} (active 24 h: {s['active_24h']}, 7 d: {s['active_7d']}, "
        f"new today: {s['new_today']}, banned: {s['banned']})\n"
        f"Resumes: {s['resumes']} · Jobs: {s['jobs']} · Analyses: {s['analyses']} (avg score {avg})\n"
        f"Tasks: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none") + "\n"
        f"Queue wait p50 {q['wait_p50_s']:.2f} s · p95 {q['wait_p95_s']:.2f} s\n"
        f"LLM today: {s['llm_calls_today']} calls, {s['llm_tokens_today']} tokens\n"
        f"Errors (failed tasks) last hour: {s['errors_1h']}"
    )
    await audit(update, context, "stats")
    await reply(update, text)


async def _target(update: Update, context: BotContext, command: str) -> dict | None:
    if not context.args:
        await reply(
            update, f"Usage: <code>/{command} 123456789</code> or <code>/{command} @name</code>"
        )
        return None
    row = await admin_service.find_user(context.svc, context.args[0])
    if row is None:
        await reply(update, f"No user {esc(context.args[0])}.")
    return row


@admin_only
async def user_info(update: Update, context: BotContext) -> None:
    row = await _target(update, context, "user")
    if row is None:
        return
    counts = await admin_service.user_counts(context.svc, row["id"])
    ban = f"banned ({esc(row['ban_reason'] or 'no reason')})" if row["is_banned"] else "not banned"
    await audit(update, context, "user_info", str(row["telegram_user_id"]))
    await reply(
        update,
        f"<b>User {row['telegram_user_id']}</b> @{esc(row['username'] or '—')} {esc(row['first_name'] or '')}\n"
        f"Joined {row['created_at']:%Y-%m-%d}, last seen {row['last_seen_at']:%Y-%m-%d %H:%M} UTC\n"
        f"Resumes {counts['resumes']} · Jobs {counts['jobs']} · Analyses {counts['analyses']}\n"
        f"{ban}; {'reachable' if row['is_active'] else 'blocked the bot'}"
        + ("; admin" if row["is_admin"] else ""),
    )


@admin_only
async def ban(update: Update, context: BotContext) -> None:
    row = await _target(update, context, "ban")
    if row is None:
        return
    reason = " ".join(context.args[1:]).strip() or None
    await admin_service.ban(context.svc, row["id"], reason)
    await audit(update, context, "ban", str(row["telegram_user_id"]), reason=reason)
    await reply(update, f"🚫 User {row['telegram_user_id']} banned.")


@admin_only
async def unban(update: Update, context: BotContext) -> None:
    row = await _target(update, context, "unban")
    if row is None:
        return
    await admin_service.unban(context.svc, row["id"])
    await audit(update, context, "unban", str(row["telegram_user_id"]))
    await reply(update, f"✅ User {row['telegram_user_id']} unbanned.")


@admin_only
async def broadcast(update: Update, context: BotContext) -> None:
    parts = (update.effective_message.text or "").split(None, 1)  # type: ignore[union-attr]
    text = parts[1].strip() if len(parts) > 1 else ""
    if not text:
        await reply(update, "Usage: <code>/broadcast your message</code> (HTML allowed).")
        return
    audience = await admin_service.audience_size(context.svc)
    await set_state(update, context, broadcast_draft=text)
    keyboard = broadcast_confirm(audience)
    try:
        await reply(
            update, f"<b>Preview</b> (to {audience} users):\n\n{text}", reply_markup=keyboard
        )
    except BadRequest as exc:  # the admin's HTML is checked by Telegram itself, here
        await set_state(update, context, broadcast_draft=None)
        await reply(update, f"That message is not valid Telegram HTML: {esc(exc.message)}")


async def on_broadcast_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    if not _is_admin(update, context):
        await query.answer()
        return
    stop_id = callbacks.parse_broadcast_stop(query.data or "")
    if stop_id is not None:
        await stop_broadcast(update, context, stop_id)
        return
    draft = session_state(context).get("broadcast_draft")
    await set_state(update, context, broadcast_draft=None)
    await query.answer()
    if query.data != callbacks.BROADCAST_SEND or not draft:
        await query.edit_message_text("Broadcast cancelled.")
        return
    status = await update.effective_message.reply_text("📣 Broadcast queued…")  # type: ignore[union-attr]
    task_id = await requests.enqueue_for_chat(
        context.svc,
        "broadcast",
        user_id=None,
        chat_id=update.effective_chat.id,  # type: ignore[union-attr]
        status_message_id=status.message_id,
        dedupe_key=dedupe_key(update),
        max_attempts=10,
        text=draft,
    )
    await audit(update, context, "broadcast", f"task {task_id}", chars=len(draft))
    await query.edit_message_reply_markup(None)


async def stop_broadcast(update: Update, context: BotContext, task_id: int) -> None:
    """The Stop button under a running broadcast's status message."""
    query = update.callback_query
    assert query is not None
    task = await admin_service.cancel_broadcast(context.svc, task_id)
    stopped = task is not None
    await query.answer("Stopping the broadcast…" if stopped else "That broadcast is not running.")
    if task is None:
        return
    await audit(update, context, "broadcast_cancel", f"task {task_id}")
    if task["status"] == "queued":  # no worker holds it, so none will write the last word
        done = task["progress"] or {}
        await query.edit_message_text(
            f"⛔ Broadcast cancelled: {done.get('sent', 0)} sent, "
            f"{done.get('blocked', 0)} blocked the bot, {done.get('failed', 0)} failed"
        )


@admin_only
async def tasks(update: Update, context: BotContext) -> None:
    failed = await admin_service.recent_failed(context.svc, 10)
    await audit(update, context, "tasks")
    if not failed:
        await reply(update, "No failed tasks. 🎉")
        return
    lines = ["<b>Recent failed tasks</b>"]
    for t in failed:
        when = f"{t['finished_at']:%m-%d %H:%M}" if t["finished_at"] else "?"
        lines.append(
            f"#{t['id']} {esc(t['kind'])} ({when}, {t['attempts']} tries): {esc((t['last_error'] or '')[:160])}"
        )
    lines.append("\n/retry &lt;id&gt; puts one back in the queue.")
    await reply(update, "\n".join(lines))


@admin_only
async def retry(update: Update, context: BotContext) -> None:
    if not context.args or not context.args[0].lstrip("#").isdigit():
        await reply(update, "Usage: <code>/retry 123</code>")
        return
    task_id = int(context.args[0].lstrip("#"))
    ok = await admin_service.retry(context.svc, task_id)
    await audit(update, context, "retry", f"task {task_id}", ok=ok)
    await reply(
        update,
        f"🔁 Task {task_id} queued again." if ok else f"Task {task_id} is not failed or cancelled.",
    )


@admin_only
async def health(update: Update, context: BotContext) -> None:
    async def telegram() -> str:
        return f"@{(await context.bot.get_me()).username}"

    results = await admin_service.check_health(context.svc, telegram)
    await audit(update, context, "health")
    lines = ["<b>🩺 Health</b>"]
    for name, (ok, detail) in results.items():
        lines.append(f"{'✅' if ok else '❌'} {esc(name)}: {esc(detail)}")
    await reply(update, "\n".join(lines))


ADMIN_COMMANDS: dict[str, AdminHandler] = {
    "stats": stats,
    "user": user_info,
    "ban": ban,
    "unban": unban,
    "broadcast": broadcast,
    "tasks": tasks,
    "retry": retry,
    "health": health,
}


def register(app: Application) -> None:
    for name, fn in ADMIN_COMMANDS.items():
        app.add_handler(CommandHandler(name, fn))
    app.add_handler(CallbackQueryHandler(on_broadcast_button, pattern=callbacks.BROADCAST_PATTERN))


def register_fallback(app: Application) -> None:
    """Registered after every other handler: only commands nobody handled reach it."""
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))

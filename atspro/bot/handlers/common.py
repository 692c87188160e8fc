"""Small helpers shared by handlers."""

from __future__ import annotations

from telegram import Update

from atspro.bot.context import BotContext
from atspro.bot.render import split_message
from atspro.services import account, limits


async def reply(update: Update, text: str, **kwargs: object) -> None:
    """Reply with HTML, split into several messages when longer than Telegram allows."""
    message = update.effective_message
    if message is None:
        return
    parts = split_message(text)
    for i, part in enumerate(parts):
        extra = kwargs if i == len(parts) - 1 else {}
        await message.reply_text(part, **extra)  # type: ignore[arg-type]


async def within_limit(update: Update, context: BotContext, kind: limits.LimitKind) -> bool:
    """Count one use of ``kind``; tell the user when over the limit."""
    if await limits.take(context.svc, context.uid, kind):
        return True
    await reply(update, limits.limit_message(kind, limits.hourly_limit(context.svc, kind)))
    return False


def session_state(context: BotContext) -> dict:
    return dict((context.session or {}).get("state") or {})


async def set_state(update: Update, context: BotContext, **changes: object) -> None:
    state = session_state(context)
    for key, value in changes.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    chat = update.effective_chat
    if chat is not None:
        await account.set_chat_state(context.svc, context.uid, chat.id, state)
        if context.session is not None:
            context.session["state"] = state


def dedupe_key(update: Update) -> str:
    """A redelivered update must queue nothing twice."""
    return f"update:{update.update_id}"

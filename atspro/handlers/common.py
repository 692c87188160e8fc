"""Small helpers shared by handlers."""

from __future__ import annotations

from telegram import Update

from atspro.bot.app import BotContext
from atspro.bot.render import split_html


async def reply(update: Update, text: str, **kwargs: object) -> None:
    """Reply with HTML, split into several messages when longer than Telegram allows."""
    message = update.effective_message
    if message is None:
        return
    parts = split_html(text)
    for i, part in enumerate(parts):
        extra = kwargs if i == len(parts) - 1 else {}
        await message.reply_text(part, **extra)  # type: ignore[arg-type]


async def within_limit(update: Update, context: BotContext, kind: str) -> bool:
    """Count one use of ``kind`` ('upload' or 'analysis'); tell the user when over the limit."""
    settings = context.svc.settings
    limit = settings.uploads_per_hour if kind == "upload" else settings.analyses_per_hour
    if await context.svc.repos.usage.hit(context.uid, kind, window="hour", limit=limit):
        return True
    await reply(
        update,
        f"⏳ You have reached the limit of {limit} {kind}s per hour. Please try again later.",
    )
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
        await context.svc.repos.sessions.set_state(context.uid, chat.id, state)
        if context.session is not None:
            context.session["state"] = state

"""Small helpers shared by handlers."""

from __future__ import annotations

import contextlib
import time

from telegram import Update
from telegram.constants import ChatAction

from atspro.bot.context import BotContext
from atspro.bot.inbox import marked_done, reply_once
from atspro.bot.render import split_message
from atspro.faults import crash_point
from atspro.services import account, limits, requests


async def reply(update: Update, text: str, **kwargs: object) -> int | None:
    """Reply with HTML, split into several messages when longer than Telegram allows. Each
    part is sent once, however often the update is replayed; returns the last part's id."""
    parts = split_message(text)
    last = None
    for i, part in enumerate(parts):
        extra = kwargs if i == len(parts) - 1 else {}
        last = await reply_once(update, part, **extra)
    return last


async def within_limit(update: Update, context: BotContext, kind: limits.LimitKind) -> bool:
    """Count one use of ``kind``; tell the user when over the limit."""
    if await limits.take(context.svc, context.uid, kind):
        return True
    await reply(update, limits.limit_message(kind, limits.hourly_limit(context.svc, kind)))
    return False


async def fits_limit(update: Update, context: BotContext, kind: limits.LimitKind) -> bool:
    """Whether one more use of ``kind`` fits (charged later, by ``accept``); tells the user
    when it does not."""
    if await limits.allows(context.svc, context.uid, kind):
        return True
    await reply(update, limits.limit_message(kind, limits.hourly_limit(context.svc, kind)))
    return False


async def accept(
    update: Update,
    context: BotContext,
    kind: str,
    *,
    charge: limits.LimitKind | None = None,
    delay_s: float = 0.0,
    keep_state: bool = False,
    **payload: object,
) -> int:
    """Queue ``kind`` for the worker (to run after ``delay_s``), charge the limit, clear what
    the chat was waiting for (unless ``keep_state``: a button is no answer to "send the job
    now") and mark the update done — one transaction — showing "typing…" meanwhile.

    No status message is sent first: a message sent before a crash could never be found
    again to be edited (and a replay would send a second one), while the typing indicator is
    idempotent and costs nothing against Telegram's message limits. The worker's answer is
    the first message. Returns the task id."""
    await _show_typing(context, update.effective_chat.id)  # type: ignore[union-attr]
    task_id = await requests.accept_for_chat(
        context.svc,
        kind,
        user_id=context.uid,
        chat_id=update.effective_chat.id,  # type: ignore[union-attr]
        status_message_id=None,
        update_id=update.update_id,
        dedupe_key=dedupe_key(update),
        charge=charge,
        chat_state=None if keep_state else state_with(context, awaiting=None),
        delay_s=delay_s,
        **payload,
    )
    marked_done()
    crash_point("inbox.accepted")
    return task_id


_TYPING_KEY = "typing_shown_at"
TYPING_SHOWN_S = 4.5  # Telegram shows "typing…" for 5 s (or until the bot's next message)


async def _show_typing(context: BotContext, chat_id: int) -> None:
    """ "typing…" for the chat, unless it is still showing from the last upload (a resume and
    a job sent together: one indicator, one HTTP call fewer)."""
    shown: dict[int, float] = context.bot_data.setdefault(_TYPING_KEY, {})
    now = time.monotonic()
    last = shown.get(chat_id)
    if last is not None and now - last < TYPING_SHOWN_S:
        return
    if len(shown) > 10_000:  # forget quiet chats
        shown.clear()
    shown[chat_id] = now
    with contextlib.suppress(Exception):
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)


def session_state(context: BotContext) -> dict:
    return dict((context.session or {}).get("state") or {})


def state_with(context: BotContext, **changes: object) -> dict:
    """The chat's state with ``changes`` applied (a None value removes the key)."""
    state = session_state(context)
    for key, value in changes.items():
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    return state


async def set_state(update: Update, context: BotContext, **changes: object) -> None:
    state = state_with(context, **changes)
    chat = update.effective_chat
    if chat is not None:
        await account.set_chat_state(context.svc, context.uid, chat.id, state)
        if context.session is not None:
            context.session["state"] = state


def dedupe_key(update: Update) -> str:
    """A redelivered update must queue nothing twice."""
    return f"update:{update.update_id}"

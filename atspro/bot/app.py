"""The python-telegram-bot Application, built and wired in one place (rules-bot style).

``build_application`` takes the services explicitly; handlers reach them through the typed
``BotContext`` (``context.svc``), set in ``bot_data`` before the first update. Starting and
stopping the bot (and its in-process worker) is ``atspro.app``'s job.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging

from telegram import BotCommand, ChatMember, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    ChatMemberHandler,
    ContextTypes,
    Defaults,
    TypeHandler,
)
from telegram.request import BaseRequest

from atspro.bot.context import BotContext
from atspro.bot.handlers import register_handlers
from atspro.bot.http import AiohttpRequest
from atspro.bot.inbox import reply_once, retry_later
from atspro.bot.pacing import ChatPacer
from atspro.services import account
from atspro.services.container import Services
from atspro.services.errors import is_temporary_outage

log = logging.getLogger(__name__)

USER_COMMANDS = [
    BotCommand("start", "Start and see what to send"),
    BotCommand("help", "What I can do"),
    BotCommand("job", "Send a job description next"),
    BotCommand("resumes", "Your resumes"),
    BotCommand("jobs", "Your saved jobs"),
    BotCommand("history", "Past scores"),
    BotCommand("search", "Search your documents"),
    BotCommand("profile", "View or edit your profile"),
    BotCommand("status", "Tasks in progress"),
    BotCommand("export", "Download all your data"),
    BotCommand("delete", "Erase your account and data"),
    BotCommand("cancel", "Cancel what I am waiting for"),
]


_current_uid: contextvars.ContextVar[int | None] = contextvars.ContextVar(
    "atspro_update_uid", default=None
)


async def _enter_update(update: Update, context: BotContext) -> None:
    """Before any handler, in one database round trip: process each update once (across
    restarts and webhook redeliveries), map the Telegram user to our user row and the chat to
    its session, and drop updates from banned users."""
    tg = update.effective_user
    if tg is None:  # channel posts and the like: nobody to answer
        await account.claim_anonymous_update(context.svc, update.update_id)
        raise ApplicationHandlerStop
    chat = update.effective_chat
    arrival = await account.enter_update(
        context.svc,
        update.update_id,
        tg.id,
        username=tg.username,
        first_name=tg.first_name,
        language_code=tg.language_code,
        chat_id=chat.id if chat is not None else None,
    )
    claimed, user, session = arrival.claimed, arrival.user, arrival.session
    if not claimed:
        log.info("update %s already processed, dropped", update.update_id)
        raise ApplicationHandlerStop
    context.db_user, context.session = user, session
    if user is not None:
        _current_uid.set(int(user["id"]))
    if user is not None and user["is_banned"]:
        log.info("update from banned user %s ignored", user["id"])
        raise ApplicationHandlerStop
    context.svc.metrics.count_update(update)


async def _on_my_chat_member(update: Update, context: BotContext) -> None:
    """Telegram tells us when a user blocks or unblocks the bot: keep ``is_active`` in step.

    Runs before the user loader, which would otherwise count the event as activity.
    """
    change = update.my_chat_member
    if change is not None and change.chat.type == "private":
        reachable = change.new_chat_member.status not in (ChatMember.BANNED, ChatMember.LEFT)
        uid = await account.set_reachable(context.svc, change.from_user.id, reachable)
        if uid is not None:
            log.info("user %s %s the bot", uid, "unblocked" if reachable else "blocked")
    raise ApplicationHandlerStop


async def _on_error(update: object, context: BotContext) -> None:
    """Log with context, tell the user once; never show a traceback in the chat. No later
    handler group runs after a failure (the entry gate may not have run). When the database
    went away the user is told nothing: the stored update runs again once it is back."""
    # PTB gives error handlers a context of their own: the user comes from the entry gate.
    uid = _current_uid.get()
    update_id = getattr(update, "update_id", None)
    context.svc.metrics.errors.inc()
    if context.error is not None and is_temporary_outage(context.error) and retry_later():
        log.error(
            "database unavailable handling update %s for user %s (%s); will retry",
            update_id,
            uid,
            type(context.error).__name__,
        )
        raise ApplicationHandlerStop
    log.error("error handling update %s for user %s", update_id, uid, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(Exception):
            await reply_once(
                update, "😕 Something went wrong on my side. Please try again in a minute."
            )
    raise ApplicationHandlerStop


def build_application(
    svc: Services,
    *,
    token: str,
    base_url: str | None = None,
    base_file_url: str | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rate_limit: bool = True,
) -> Application:
    """Build the Application with every handler registered in plain sight."""
    builder: ApplicationBuilder = (
        ApplicationBuilder()
        .token(token)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )
        )
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(64)
    )
    if base_url:
        builder = builder.base_url(base_url)
    if base_file_url:
        builder = builder.base_file_url(base_file_url)
    # aiohttp unless a test brings its own transport (see atspro/bot/http.py: why not httpx).
    builder = builder.request(request or AiohttpRequest())
    builder = builder.get_updates_request(
        get_updates_request or AiohttpRequest(connection_pool_size=1)
    )
    if rate_limit:
        builder = builder.rate_limiter(ChatPacer())
    app = builder.build()
    app.bot_data["svc"] = svc
    app.add_handler(
        ChatMemberHandler(_on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER), group=-3
    )
    app.add_handler(TypeHandler(Update, _enter_update), group=-1)
    register_handlers(app)
    app.add_error_handler(_on_error)
    return app

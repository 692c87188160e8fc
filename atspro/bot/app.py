"""The python-telegram-bot Application, built and wired in one place (rules-bot style).

``build_application`` takes every dependency explicitly; handlers reach them through the typed
``BotContext`` (``context.svc``), set up in ``bot_data`` before the first update.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

import asyncpg
from telegram import BotCommand, ChatMember, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackContext,
    ChatMemberHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    TypeHandler,
)
from telegram.request import BaseRequest

from atspro.config import Settings
from atspro.storage.repos import Repos, Row
from atspro.tasks.queue import TaskQueue

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


@dataclass
class BotServices:
    """Everything handlers and task handlers need, created once per process."""

    settings: Settings
    pool: asyncpg.Pool
    queue: TaskQueue
    fetcher: Any = None  # atspro.fetch.safe.SafeFetcher, opened in post_init
    metrics: Any = None
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def repos(self) -> Repos:
        return Repos(self.pool)

    def is_admin(self, telegram_user_id: int, user_row: Row | None = None) -> bool:
        return telegram_user_id in self.settings.admin_ids or bool(
            user_row and user_row.get("is_admin")
        )


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """Per-update context: the services plus the user and session rows of this update."""

    def __init__(
        self, application: Application, chat_id: int | None = None, user_id: int | None = None
    ):
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self.db_user: Row | None = None
        self.session: Row | None = None

    @property
    def svc(self) -> BotServices:
        return self.application.bot_data["svc"]

    @property
    def uid(self) -> int:
        """Our user id (not Telegram's) for the sender of this update."""
        assert self.db_user is not None
        return int(self.db_user["id"])


async def _enter_update(update: Update, context: BotContext) -> None:
    """Before any handler, in one database round trip: process each update once (across
    restarts and webhook redeliveries), map the Telegram user to our user row and the chat to
    its session, and drop updates from banned users."""
    tg = update.effective_user
    repos = context.svc.repos
    if tg is None:  # channel posts and the like: nobody to answer
        await repos.updates.claim(update.update_id)
        raise ApplicationHandlerStop
    chat = update.effective_chat
    claimed, user, session = await repos.users.enter_update(
        update.update_id,
        tg.id,
        username=tg.username,
        first_name=tg.first_name,
        language_code=tg.language_code,
        chat_id=chat.id if chat is not None else None,
        ttl_days=context.svc.settings.session_ttl_days,
    )
    if not claimed:
        log.info("update %s already processed, dropped", update.update_id)
        raise ApplicationHandlerStop
    context.db_user, context.session = user, session
    if user is not None and user["is_banned"]:
        log.info("update from banned user %s ignored", user["id"])
        raise ApplicationHandlerStop
    if context.svc.metrics is not None:
        context.svc.metrics.count_update(update)


async def _on_my_chat_member(update: Update, context: BotContext) -> None:
    """Telegram tells us when a user blocks or unblocks the bot: keep ``is_active`` in step.

    Runs before the user loader, which would otherwise count the event as activity.
    """
    change = update.my_chat_member
    if change is not None and change.chat.type == "private":
        row = await context.svc.repos.users.get_by_telegram_id(change.from_user.id)
        if row is not None:
            reachable = change.new_chat_member.status not in (
                ChatMember.BANNED,
                ChatMember.LEFT,
            )
            await context.svc.repos.users.set_active(row["id"], reachable)
            log.info("user %s %s the bot", row["id"], "unblocked" if reachable else "blocked")
    raise ApplicationHandlerStop


async def _on_error(update: object, context: BotContext) -> None:
    """Log with context, tell the user briefly; never show a traceback in the chat."""
    uid = context.db_user["id"] if getattr(context, "db_user", None) else None
    update_id = getattr(update, "update_id", None)
    log.error("error handling update %s for user %s", update_id, uid, exc_info=context.error)
    if context.svc.metrics is not None:
        context.svc.metrics.errors.inc()
    if isinstance(update, Update) and update.effective_chat is not None:
        with contextlib.suppress(Exception):
            await context.bot.send_message(
                update.effective_chat.id,
                "😕 Something went wrong on my side. Please try again in a minute.",
            )


def build_application(
    svc: BotServices,
    *,
    token: str,
    base_url: str | None = None,
    base_file_url: str | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rate_limit: bool = True,
    start_workers: bool | None = None,
) -> Application:
    """Build the Application with every handler registered in plain sight."""
    from atspro.handlers import register_handlers

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
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    if rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))
    app = builder.build()
    app.bot_data["svc"] = svc
    app.bot_data["start_workers"] = (
        svc.settings.run_workers_in_bot if start_workers is None else start_workers
    )
    app.add_handler(
        ChatMemberHandler(_on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER), group=-3
    )
    app.add_handler(TypeHandler(Update, _enter_update), group=-1)
    register_handlers(app)
    app.add_error_handler(_on_error)
    return app


async def start_background(app: Application) -> None:
    """After ``app.start()``: shared fetcher, bot commands, and the in-process task worker.

    (PTB runs ``post_init`` only from ``run_polling``; we drive the lifecycle ourselves.)
    """
    svc: BotServices = app.bot_data["svc"]
    if svc.fetcher is None:
        from atspro.fetch.safe import FetchPolicy, SafeFetcher

        svc.fetcher = SafeFetcher(FetchPolicy.from_settings(svc.settings))
        await svc.fetcher.__aenter__()
        svc.extras["own_fetcher"] = True
    with contextlib.suppress(Exception):
        await app.bot.set_my_commands(USER_COMMANDS)
    # Warm the extraction workers and the skills index now, not on the first user's upload.
    await asyncio.to_thread(_warm_up)
    app.bot_data["maintenance_task"] = asyncio.create_task(_maintenance(svc), name="maintenance")
    if app.bot_data.get("start_workers"):
        from atspro.tasks.handlers import make_worker

        stop = asyncio.Event()
        worker = make_worker(app.bot, svc)
        app.bot_data["worker_stop"] = stop
        app.bot_data["worker_task"] = asyncio.create_task(worker.run(stop), name="task-worker")


async def run_maintenance(svc: BotServices) -> dict[str, int]:
    """Forget what is no longer needed: expired sessions, old update ids and rate counters."""
    repos = svc.repos
    return {
        "sessions": await repos.sessions.delete_expired(),
        "update_ids": await repos.updates.prune(older_than_days=7),
        "usage_counters": await repos.usage.prune(older_than_days=2),
    }


async def _maintenance(svc: BotServices, every_s: float = 3600.0) -> None:
    while True:
        try:
            removed = await run_maintenance(svc)
            log.info("maintenance: removed %s", removed)
        except Exception:
            log.warning("maintenance failed", exc_info=True)
        await asyncio.sleep(every_s)


def _warm_up() -> None:
    from atspro.analysis.taxonomy.skills import get_index
    from atspro.extract_pool import default_pool

    get_index()
    default_pool().warm()


async def stop_background(app: Application) -> None:
    """Before ``app.stop()``: stop the worker (in-flight tasks go back to the queue)."""
    svc: BotServices = app.bot_data["svc"]
    maintenance = app.bot_data.pop("maintenance_task", None)
    if maintenance is not None:
        maintenance.cancel()
    stop = app.bot_data.pop("worker_stop", None)
    task = app.bot_data.pop("worker_task", None)
    if stop is not None and task is not None:
        stop.set()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 30)
    if svc.extras.pop("own_fetcher", False) and svc.fetcher is not None:
        await svc.fetcher.__aexit__(None, None, None)
        svc.fetcher = None

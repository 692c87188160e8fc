"""The composition root: services built once, and the bot's and workers' lifecycles.

``open_services`` opens everything long-lived (database, queue, fetcher, metrics) in one
``AsyncExitStack`` and closes it in reverse order. The bot, a worker process and the tests all
start from it; nothing else builds services.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import asyncpg
from telegram import Bot
from telegram.ext import Application

from atspro.bot.app import USER_COMMANDS, build_application
from atspro.bot.deliver import chat_kinds
from atspro.bot.inbox import UpdateIntake
from atspro.config import Settings
from atspro.fetch.safe import FetchPolicy, SafeFetcher
from atspro.metrics import Metrics
from atspro.services.container import Services
from atspro.storage.db import open_database
from atspro.tasks.queue import TaskQueue
from atspro.tasks.registry import TaskKind
from atspro.tasks.worker import Worker

log = logging.getLogger(__name__)
# my_chat_member: Telegram's notice that a user blocked (or unblocked) the bot.
ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]


@contextlib.asynccontextmanager
async def open_services(
    settings: Settings, *, pool: asyncpg.Pool | None = None
) -> AsyncIterator[Services]:
    """Database (embedded unless DATABASE_URL; migrated), queue, fetcher, metrics.

    ``pool``: use this database instead of opening one (tests pass a per-test clone); it is
    left open on exit.
    """
    async with AsyncExitStack() as stack:
        if pool is None:
            db = await open_database(settings)
            stack.push_async_callback(db.close)
            pool = db.pool
        fetcher = await stack.enter_async_context(SafeFetcher(FetchPolicy.from_settings(settings)))
        queue = TaskQueue(
            pool,
            max_attempts=settings.task_max_attempts,
            user_limit=settings.user_max_concurrent_tasks,
        )
        yield Services(settings, pool, queue, fetcher, Metrics())


def build_worker(svc: Services, kinds: Iterable[TaskKind]) -> Worker:
    """A task worker over the services' queue, with the settings' concurrency and limits."""
    s = svc.settings
    worker = Worker(
        svc.queue,
        list(kinds),
        concurrency=s.worker_concurrency,
        lease_s=max(30.0, s.task_timeout_s / 2),
        task_timeout_s=s.task_timeout_s,
        on_outcome=svc.metrics.task_outcome,
        on_restart=svc.metrics.worker_restarts.inc,
    )
    svc.metrics.watch_worker(worker)  # /healthz fails when it stops polling
    return worker


def bot_worker(bot: Bot, svc: Services, *extra: TaskKind) -> Worker:
    """The worker the bot and ``main.py worker`` run: every chat-facing kind (plus ``extra``)."""
    return build_worker(svc, [*chat_kinds(bot, svc), *extra])


# ------------------------------------------------------------------------ maintenance ---


async def run_maintenance(svc: Services) -> dict[str, int]:
    """Forget what is no longer needed: expired sessions, old update ids and rate counters."""
    repos = svc.repos
    return {
        "sessions": await repos.sessions.delete_expired(),
        "inbox": await repos.inbox.prune(older_than_days=7),  # before the done marks go
        "update_ids": await repos.updates.prune(older_than_days=7),
        "usage_counters": await repos.usage.prune(older_than_days=2),
    }


async def _maintenance(svc: Services, every_s: float = 3600.0) -> None:
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
    from atspro.services.matching import drawing_pool

    get_index()
    default_pool().warm()
    drawing_pool().warm()


# ------------------------------------------------------------------------ bot lifecycle ---


@dataclass
class Background:
    """What runs beside the bot: maintenance and (by default) an in-process task worker."""

    maintenance: asyncio.Task[None]
    worker_stop: asyncio.Event | None = None
    worker_task: asyncio.Task[None] | None = None

    async def stop(self) -> None:
        """Stop the worker (in-flight tasks go back to the queue) and the maintenance loop."""
        self.maintenance.cancel()
        if self.worker_stop is not None and self.worker_task is not None:
            self.worker_stop.set()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.worker_task, 30)


async def start_background(
    app: Application, svc: Services, *, start_workers: bool | None = None
) -> Background:
    """After ``app.start()``: bot commands, warm caches, maintenance, the in-process worker.

    (PTB runs ``post_init`` only from ``run_polling``; we drive the lifecycle ourselves.)
    """
    with contextlib.suppress(Exception):
        await app.bot.set_my_commands(USER_COMMANDS)
    # Warm the extraction workers and the skills index now, not on the first user's upload.
    await asyncio.to_thread(_warm_up)
    background = Background(asyncio.create_task(_maintenance(svc), name="maintenance"))
    if svc.settings.run_workers_in_bot if start_workers is None else start_workers:
        background.worker_stop = asyncio.Event()
        worker = bot_worker(app.bot, svc)
        background.worker_task = asyncio.create_task(
            worker.run(background.worker_stop), name="task-worker"
        )
    return background


async def serve_bot(
    settings: Settings,
    *,
    token: str,
    base_url: str | None = None,
    base_file_url: str | None = None,
    stop: asyncio.Event,
    on_ready: Callable[[], Any] | None = None,
) -> None:
    """Run the bot (polling or webhook) until ``stop`` is set."""
    from atspro.health import start_health_server

    async with open_services(settings) as svc:
        app = build_application(svc, token=token, base_url=base_url, base_file_url=base_file_url)
        health = await start_health_server(settings, svc) if settings.health_port else None
        async with app:
            await app.start()
            background = await start_background(app, svc)
            intake = UpdateIntake(app, svc)
            try:
                await _receive_updates(intake, settings, stop, on_ready)
            finally:
                await intake.drain()
                await background.stop()
                await app.stop()
        if health is not None:
            await health.cleanup()


async def _receive_updates(
    intake: UpdateIntake,
    settings: Settings,
    stop: asyncio.Event,
    on_ready: Callable[[], Any] | None,
) -> None:
    """Until ``stop``: long polling, or a webhook server; either way through the inbox."""
    if not settings.webhook_url:
        log.info("bot running (long polling)")
        await intake.poll(stop, allowed_updates=ALLOWED_UPDATES, on_ready=on_ready)
        return
    from aiohttp import web

    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    path = urlsplit(settings.webhook_url).path
    runner = web.AppRunner(intake.webhook_app(path, secret))
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.webhook_listen, settings.webhook_port).start()
        await intake.app.bot.set_webhook(
            settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
        )
        log.info("bot running with a webhook on port %d", settings.webhook_port)
        if on_ready is not None:
            on_ready()
        await intake.sweep_forever(stop)
    finally:
        await runner.cleanup()


async def serve_worker(
    settings: Settings, *, token: str, base_url: str, base_file_url: str, stop: asyncio.Event
) -> None:
    """A worker process: the same task kinds as the bot's, talking to Telegram directly."""
    from atspro.health import start_health_server

    async with open_services(settings) as svc:
        bot = Bot(token, base_url=base_url, base_file_url=base_file_url)
        # The image's HEALTHCHECK asks every container, workers included, for /healthz.
        health = await start_health_server(settings, svc) if settings.health_port else None
        try:
            async with bot:
                await bot_worker(bot, svc).run(stop)
        finally:
            if health is not None:
                await health.cleanup()

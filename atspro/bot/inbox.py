"""Update intake through the transactional inbox (``update_inbox``): lose nothing, answer once.

Every update is stored in PostgreSQL before Telegram is told it was received — polling: the
batch is stored, then the next ``getUpdates`` advances the offset; webhook: stored, then 200.
Each stored update is then claimed and run through the PTB handlers; it is *done* when its id
is written to ``processed_updates``: by a handler's own transaction together with its effects
(``services.requests.accept_for_chat``), or after the handlers return. A crash at any point
leaves it pending, and it runs again on the next start.

What a handler may do outside that transaction: read, and answer through ``reply_once``
(the n-th answer of an update is sent once; a replay re-uses the recorded message). Anything
that changes state for a request goes in the closing transaction.

Updates from one chat run one at a time, in order; different chats run concurrently.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web
from telegram import Message, Update
from telegram.error import Conflict, TelegramError
from telegram.ext import Application

from atspro.bot.pacing import SLOW_DOWN, FloodGate
from atspro.faults import crash_point
from atspro.services.container import Services

if TYPE_CHECKING:  # the inbox rows come from services' repositories; only their types here
    from atspro.storage.inbox import Inbox, InboxEntry

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # an update that crashed the handlers this often is dropped (poison)


@dataclass
class Processing:
    """The update being handled in this asyncio task (read by ``reply_once``)."""

    entry: InboxEntry
    inbox: Inbox
    sent: int = 0
    retry: bool = False  # set by the error handler: run the update again later
    held: bool = False  # a later commit marks it done (see ``hold_update``)
    done: bool = False  # the handler's own commit marked it done (see ``marked_done``)
    chat_busy: Callable[[], bool] = lambda: False  # more of this chat's updates are waiting


def hold_update() -> int | None:
    """Keep the current update pending after its handlers return: a request that gathers
    several updates (an album's photos) marks them all done in the commit that queues it, so
    a crash while gathering loses none. Returns the update's id (None when not running
    through the inbox: nothing to hold). Its claim lease keeps sweeps away meanwhile."""
    current = _current.get()
    if current is None:
        return None
    current.held = True
    return current.entry.update_id


def marked_done() -> None:
    """The handler's own transaction has marked the current update done (with its effects):
    nothing is left to write for it when the handlers return (one round trip fewer)."""
    current = _current.get()
    if current is not None:
        current.done = True


def chat_has_more() -> bool:
    """Whether more updates of the current update's chat arrived and wait their turn (an
    album's next photo, delayed by a busy machine): a gatherer should not close yet."""
    current = _current.get()
    return current is not None and current.chat_busy()


def retry_later() -> bool:
    """Ask the intake to run the current update again later instead of marking it done (the
    database went away mid-update). False when not running through the inbox."""
    current = _current.get()
    if current is None:
        return False
    current.retry = True
    return True


_current: contextvars.ContextVar[Processing | None] = contextvars.ContextVar(
    "atspro_inbox_update", default=None
)


async def reply_once(update: Update, text: str, **kwargs: Any) -> int | None:
    """Reply to the update's message once, whatever the replays: the n-th reply of an update
    that was already sent (recorded in the inbox) is not sent again. Returns its message id."""
    message = update.effective_message
    if message is None:
        return None
    current = _current.get()
    if current is None:  # not through the inbox (a test calling a handler directly)
        return (await message.reply_text(text, **kwargs)).message_id
    index = current.sent
    current.sent += 1
    if index < len(current.entry.replies):
        return current.entry.replies[index]
    sent: Message = await message.reply_text(text, **kwargs)
    # A crash right here (sent, not recorded) is the one window left: a replay sends it again.
    await current.inbox.add_reply(current.entry.update_id, sent.message_id)
    crash_point("inbox.replied")
    return sent.message_id


def chat_of(payload: dict[str, Any]) -> int | None:
    """The chat an update belongs to (for per-chat ordering), from its JSON."""
    for key in ("message", "edited_message", "my_chat_member", "chat_member"):
        chat = (payload.get(key) or {}).get("chat")
        if chat:
            return int(chat["id"])
    query = payload.get("callback_query") or {}
    chat = (query.get("message") or {}).get("chat")
    if chat:
        return int(chat["id"])
    sender = query.get("from") or (payload.get("inline_query") or {}).get("from")
    return int(sender["id"]) if sender else None


@dataclass
class UpdateIntake:
    """Stores, claims and dispatches updates for one Application."""

    app: Application
    svc: Services
    lease_s: float = 30.0
    sweep_every_s: float = 5.0
    concurrency: int = 64
    _chat_locks: defaultdict[int, asyncio.Lock] = field(
        default_factory=lambda: defaultdict(asyncio.Lock), init=False
    )
    _tasks: set[asyncio.Task[None]] = field(default_factory=set, init=False)
    _inflight: set[int] = field(default_factory=set, init=False)

    gate: FloodGate = field(default_factory=FloodGate)

    def __post_init__(self) -> None:
        self.inbox = self.svc.repos.inbox
        self._slots = asyncio.Semaphore(self.concurrency)

    # ------------------------------------------------------------------ store & dispatch ---

    async def store(self, payloads: list[dict[str, Any]]) -> list[int]:
        """Store a batch (raises when the database is down: then nothing is acknowledged)."""
        rows = [(int(p["update_id"]), chat_of(p), p) for p in payloads]
        return await self.inbox.store(rows)

    async def arrived(self, payloads: list[dict[str, Any]]) -> None:
        """Fresh updates from Telegram: store them (raises when the database is down: then
        nothing is acknowledged), drop a flooding chat's excess, dispatch the rest."""
        new = set(await self.store(payloads))
        admitted, dropped = [], []
        for payload in payloads:
            update_id = int(payload["update_id"])
            if update_id not in new:
                continue
            chat_id = chat_of(payload)
            verdict = True if chat_id is None else self.gate.admit(chat_id)
            if verdict:
                admitted.append(update_id)
            else:
                dropped.append(update_id)
                if verdict is None:
                    log.info("a chat is flooding; its further updates are dropped for now")
                    self._background(self._say(chat_id, SLOW_DOWN))  # type: ignore[arg-type]
        for update_id in dropped:
            await self.svc.repos.updates.claim(update_id)
        self.dispatch(admitted, chats={int(p["update_id"]): chat_of(p) for p in payloads})

    async def _say(self, chat_id: int, text: str) -> None:
        with contextlib.suppress(Exception):
            await self.app.bot.send_message(chat_id, text)

    def _background(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def dispatch(
        self,
        update_ids: list[int],
        *,
        force: bool = False,
        chats: dict[int, int | None] | None = None,
    ) -> None:
        """Run each stored update in the background (per chat, in order). ``chats``: the
        chat of each update when known, so its turn is taken now, in arrival order — not
        when its claim returns (two claims of one chat may return in either order)."""
        for update_id in update_ids:
            if update_id in self._inflight:
                continue
            self._inflight.add(update_id)
            chat = (chats or {}).get(update_id)
            lock = self._chat_locks[chat] if chat is not None else None
            self._background(self._run(update_id, force, lock))

    async def _run(self, update_id: int, force: bool, lock: asyncio.Lock | None = None) -> None:
        try:
            # Tasks start in creation order and an untaken lock is taken without waiting, so
            # one chat's updates queue on its lock in dispatch order.
            async with lock or contextlib.nullcontext():
                entry = await self.inbox.claim(update_id, lease_s=self.lease_s, force=force)
                if entry is None:
                    return
                turn = (
                    self._chat_locks[entry.chat_id if entry.chat_id is not None else -update_id]
                    if lock is None  # an update with no chat (or stored without one)
                    else contextlib.nullcontext()
                )
                async with turn, self._slots:
                    await self._process(entry, self._chat_locks.get(entry.chat_id))
        except Exception:
            log.error("update %s: processing failed; it will be retried", update_id, exc_info=True)
            with contextlib.suppress(Exception):
                await self.inbox.release(update_id)
        finally:
            self._inflight.discard(update_id)

    async def _process(self, entry: InboxEntry, chat_lock: asyncio.Lock | None = None) -> None:
        repos = self.svc.repos
        if entry.attempts > MAX_ATTEMPTS:
            log.error("update %s failed %d times; dropped", entry.update_id, entry.attempts - 1)
            await repos.updates.claim(entry.update_id)
            return
        update = Update.de_json(entry.payload, self.app.bot)
        processing = Processing(entry, self.inbox)
        if chat_lock is not None:  # held by this update now; later, by the chat's next one
            processing.chat_busy = chat_lock.locked
        token = _current.set(processing)
        try:
            # Handler errors go to the error handler, which answers the user once and makes
            # the update done (they were told to try again) — unless the database went away:
            # then nobody is told anything and the update runs again once it is back.
            await self.app.process_update(update)
        finally:
            _current.reset(token)
        if processing.retry:
            raise RuntimeError("database unavailable while handling the update")
        if not processing.held and not processing.done:
            await repos.updates.claim(entry.update_id)

    async def recover(self) -> int:
        """At start: every update left pending by a previous run goes again (its process is
        gone: this process owns the bot), oldest first."""
        pending = dict(await self.inbox.pending(include_claimed=True))
        if pending:
            log.info("inbox: %d updates left pending by the last run, processing", len(pending))
        self.dispatch(list(pending), force=True, chats=pending)
        return len(pending)

    async def sweep(self) -> None:
        """Pending updates nobody holds (a failed run released them, or a lease ran out)."""
        pending = dict(await self.inbox.pending())
        self.dispatch(list(pending), chats=pending)

    async def drain(self, timeout: float = 30.0) -> None:
        """Let updates being handled finish (graceful stop); the rest stay pending."""
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)
        for task in list(self._tasks):
            task.cancel()

    # -------------------------------------------------------------------------- polling ---

    async def poll(
        self,
        stop: asyncio.Event,
        *,
        allowed_updates: list[str] | None,
        timeout: int = 10,
        on_ready: Callable[[], Any] | None = None,
    ) -> None:
        """Long polling: store each batch, then ask for the next (which confirms it)."""
        bot = self.app.bot
        await self._retry_forever(stop, lambda: bot.delete_webhook(drop_pending_updates=False))
        await self._retry_forever(stop, self.recover)
        if on_ready is not None:
            on_ready()
        offset: int | None = None
        failures = 0
        sweep_due = asyncio.get_running_loop().time() + self.sweep_every_s
        while not stop.is_set():
            try:
                fetch = asyncio.ensure_future(
                    bot.get_updates(
                        offset=offset,
                        timeout=timeout,
                        allowed_updates=allowed_updates,
                        read_timeout=timeout + 10,
                    )
                )
                waiter = asyncio.ensure_future(stop.wait())
                await asyncio.wait([fetch, waiter], return_when=asyncio.FIRST_COMPLETED)
                waiter.cancel()
                if not fetch.done():
                    fetch.cancel()
                    break
                updates = fetch.result()
                if updates:
                    await self.arrived([u.to_dict() for u in updates])
                    crash_point("inbox.stored")
                    offset = updates[-1].update_id + 1  # only now: the batch is stored
                now = asyncio.get_running_loop().time()
                if now >= sweep_due:
                    sweep_due = now + self.sweep_every_s
                    await self.sweep()
                failures = 0
            except Conflict:
                log.error("another process is polling this bot's updates; retrying")
                failures += 1
                await _pause(stop, failures)
            except (TelegramError, OSError, Exception) as exc:  # the DB or Telegram is away
                failures += 1
                log.error("update intake failed (%s: %s); retrying", type(exc).__name__, exc)
                await _pause(stop, failures)

    async def _retry_forever(self, stop: asyncio.Event, step: Callable[[], Any]) -> None:
        failures = 0
        while not stop.is_set():
            try:
                await step()
                return
            except Exception as exc:
                failures += 1
                log.error("update intake start failed (%s: %s); retrying", type(exc).__name__, exc)
                await _pause(stop, failures)

    # -------------------------------------------------------------------------- webhook ---

    def webhook_app(self, path: str, secret: str | None) -> web.Application:
        """An aiohttp app answering Telegram's webhook calls: stored first, then 200."""

        async def receive(request: web.Request) -> web.Response:
            if (
                secret is not None
                and request.headers.get("X-Telegram-Bot-Api-Secret-Token") != secret
            ):
                return web.Response(status=403)
            try:
                payload = await request.json()
                update_id = int(payload["update_id"])
            except (ValueError, KeyError, TypeError):
                return web.Response(status=400)
            try:
                await self.arrived([payload])
            except Exception as exc:  # not stored: Telegram must deliver it again
                log.error("webhook: update %s not stored (%s)", update_id, type(exc).__name__)
                return web.Response(status=503)
            return web.Response(status=200)

        app = web.Application(client_max_size=2 * 1024 * 1024)
        app.router.add_post("/" + path.lstrip("/"), receive)
        return app

    async def sweep_forever(self, stop: asyncio.Event) -> None:
        """Webhook mode's sweeper (polling sweeps between batches)."""
        await self._retry_forever(stop, self.recover)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.sweep_every_s)
            if stop.is_set():
                return
            try:
                await self.sweep()
            except Exception as exc:
                log.error("inbox sweep failed (%s: %s)", type(exc).__name__, exc)


async def _pause(stop: asyncio.Event, failures: int) -> None:
    """Exponential backoff with jitter, capped at 10 s; returns early on stop."""
    delay = min(10.0, 0.2 * 2 ** min(failures, 6)) * (0.5 + random.random() / 2)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), delay)

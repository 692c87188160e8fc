"""In-memory world of the sandbox: users, private chats, messages, files and the update queue.

Every change bumps a global ``revision`` and wakes the waiters (getUpdates long polls and the
client API's long polls) through an ``asyncio.Event`` that is swapped on each change, so nobody
polls in a loop or sleeps.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Sender = Literal["bot", "user"]

# Update types Telegram sends when allowed_updates is empty or was never set.
DEFAULT_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "purchased_paid_media",
        "removed_chat_boost",
        "chat_boost",
    }
)


@dataclass
class SandboxUser:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    blocked_bot: bool = False
    # A user who never wrote to the bot cannot be messaged first (Telegram's 403).
    started: bool = True

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    def chat_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        data["type"] = "private"
        return data

    def view(self) -> dict[str, Any]:
        return {**self.to_api(), "blocked_bot": self.blocked_bot, "started": self.started}


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class StoredMessage:
    chat_id: int
    message_id: int
    sender: Sender
    payload: dict[str, Any]  # the Bot API Message object as the bot sees it
    rev: int
    deleted: bool = False
    edit_count: int = 0

    def view(self) -> dict[str, Any]:
        """The client API's record: the Bot API message plus sandbox bookkeeping."""
        payload = self.payload
        return {
            "message_id": self.message_id,
            "chat_id": self.chat_id,
            "sender": self.sender,
            "rev": self.rev,
            "deleted": self.deleted,
            "edit_count": self.edit_count,
            "date": payload.get("date"),
            "edit_date": payload.get("edit_date"),
            "text": payload.get("text") or payload.get("caption") or "",
            "message": payload,
        }


@dataclass
class ChatEvent:
    """Something shown in the chat that is not a message: typing, a callback answer."""

    rev: int
    type: str
    data: dict[str, Any]

    def view(self) -> dict[str, Any]:
        return {"rev": self.rev, "type": self.type, **self.data}


@dataclass
class ChatState:
    user: SandboxUser
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    events: deque[ChatEvent] = field(default_factory=lambda: deque(maxlen=200))
    reply_keyboard: dict[str, Any] | None = None
    last_rev: int = 0

    @property
    def chat_id(self) -> int:
        return self.user.id


@dataclass
class PendingCallback:
    query_id: str
    chat_id: int
    message_id: int
    answered: bool = False


class SandboxState:
    """All mutable state, plus the wake-up signal for long polls."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.users: dict[int, SandboxUser] = {}
        self.chats: dict[int, ChatState] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        # Paths handed out by getFile; only those can be downloaded, as in Telegram.
        self.downloadable_paths: set[str] = set()
        self.updates: list[tuple[int, str, dict[str, Any]]] = []
        # A fresh emulator does not start at 1: a bot that remembers processed update ids (ours
        # does, in PostgreSQL) would take a restarted sandbox's updates for ones it already
        # handled. Starting at the clock in milliseconds keeps ids growing across restarts (a
        # run would need over 1,000 updates a second to catch up with the next one); the modulo
        # keeps them, like Telegram's, below 2**31 with room to grow.
        self.next_update_id = 1 + int(clock() * 1000) % (2**31 - 2**24)
        self.callbacks: dict[str, PendingCallback] = {}
        self.last_message_ids: dict[int, int] = {}
        self.allowed_updates: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.webhook: dict[str, Any] = {}
        self.revision = 0
        self.closing = False
        self._file_counter = 0
        self._changed = asyncio.Event()

    # --- change signalling -------------------------------------------------------------------

    def wake(self) -> None:
        """Wake every waiter; each re-checks its own condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    def bump(self, chat: ChatState | None = None) -> int:
        self.revision += 1
        if chat is not None:
            chat.last_rev = self.revision
        self.wake()
        return self.revision

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float,
    ) -> bool:
        """Wait until ``predicate()`` is true, the timeout passes or the sandbox closes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(timeout, 0.0)
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0 or self.closing:
                return predicate()
            event = self._changed
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return predicate()
        return True

    def now(self) -> int:
        return int(self.clock())

    # --- users and chats ---------------------------------------------------------------------

    def upsert_user(self, user_id: int, **fields: Any) -> SandboxUser:
        user = self.users.get(user_id)
        if user is None:
            user = SandboxUser(id=user_id, first_name=fields.pop("first_name", None) or "User")
            self.users[user_id] = user
            self.chats[user_id] = ChatState(user=user)
        for name, value in fields.items():
            if value is not None:
                setattr(user, name, value)
        self.bump(self.chats[user_id])
        return user

    # --- messages ----------------------------------------------------------------------------

    def add_message(
        self, chat: ChatState, sender: Sender, payload: dict[str, Any]
    ) -> StoredMessage:
        # Ids keep growing per chat even across a reset: the bot may still hold old ids.
        message_id = self.last_message_ids.get(chat.chat_id, 0) + 1
        self.last_message_ids[chat.chat_id] = message_id
        payload["message_id"] = message_id
        stored = StoredMessage(chat.chat_id, message_id, sender, payload, rev=0)
        chat.messages[message_id] = stored
        stored.rev = self.bump(chat)
        return stored

    def touch_message(self, chat: ChatState, stored: StoredMessage) -> None:
        stored.rev = self.bump(chat)

    def add_event(self, chat: ChatState, kind: str, data: dict[str, Any]) -> ChatEvent:
        event = ChatEvent(rev=0, type=kind, data=data)
        event.rev = self.bump(chat)
        chat.events.append(event)
        return event

    # --- files -------------------------------------------------------------------------------

    def add_file(
        self,
        data: bytes,
        *,
        folder: str,
        file_name: str | None,
        mime_type: str | None,
        extension: str,
        width: int | None = None,
        height: int | None = None,
    ) -> StoredFile:
        self._file_counter += 1
        prefix = {"photos": "AgACAgIAAxkBAAI", "documents": "BQACAgIAAxkBAAI"}.get(folder, "CAAC")
        stored = StoredFile(
            file_id=prefix + secrets.token_urlsafe(24),
            file_unique_id="AgAD" + secrets.token_urlsafe(9),
            data=data,
            file_path=f"{folder}/file_{self._file_counter}{extension}",
            file_name=file_name,
            mime_type=mime_type,
            width=width,
            height=height,
        )
        self.files[stored.file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    # --- updates -----------------------------------------------------------------------------

    def enqueue_update(self, kind: str, body: dict[str, Any]) -> int:
        """Queue an update for getUpdates; types the bot did not allow are dropped, as in Telegram."""
        update_id = self.next_update_id
        self.next_update_id += 1
        if kind in self.allowed_updates:
            self.updates.append((update_id, kind, {"update_id": update_id, kind: body}))
            self.wake()
        return update_id

    def new_callback(self, chat_id: int, message_id: int) -> PendingCallback:
        query = PendingCallback(str(secrets.randbits(63)), chat_id, message_id)
        self.callbacks[query.query_id] = query
        return query

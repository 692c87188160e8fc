"""What a simulated user does: write, send files, tap inline buttons, block the bot.

Each action stores the message in the chat and enqueues the update the bot will receive
through getUpdates, shaped exactly as Telegram would send it.
"""

from __future__ import annotations

import copy
from typing import Any

from atspro.sandbox.checks import Limits
from atspro.sandbox.formatting import format_text, utf16_len
from atspro.sandbox.media import NotAnImage, document_api, store_document, store_photo
from atspro.sandbox.state import ChatState, SandboxState, SandboxUser, StoredMessage


class ActionError(ValueError):
    """A user action the chat would not allow; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class UserActions:
    def __init__(self, state: SandboxState, *, bot_user: dict[str, Any], limits: Limits) -> None:
        self.state = state
        self.bot_user = bot_user
        self.limits = limits

    # --- users -------------------------------------------------------------------------------

    def upsert_user(
        self,
        user_id: int,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        started: bool | None = None,
        blocked: bool | None = None,
    ) -> SandboxUser:
        user = self.state.upsert_user(
            user_id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            started=started,
        )
        if blocked is not None:
            self.set_blocked(user_id, blocked)
        return user

    def set_blocked(self, user_id: int, blocked: bool) -> SandboxUser:
        """Block or unblock the bot; the bot gets a my_chat_member update, as in Telegram."""
        chat = self._chat(user_id)
        user = chat.user
        if user.blocked_bot == blocked:
            return user
        user.blocked_bot = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        self.state.enqueue_update(
            "my_chat_member",
            {
                "chat": user.chat_api(),
                "from": user.to_api(),
                "date": self.state.now(),
                "old_chat_member": _member(old, self.bot_user),
                "new_chat_member": _member(new, self.bot_user),
            },
        )
        self.state.bump(chat)
        return user

    def _chat(self, user_id: int) -> ChatState:
        chat = self.state.chats.get(user_id)
        if chat is None:
            raise ActionError(f"unknown user {user_id}: create it with POST /api/users", 404)
        return chat

    def _writer(self, user_id: int) -> ChatState:
        """The chat of a user about to write: writing starts the bot and lifts a block."""
        chat = self._chat(user_id)
        chat.user.started = True
        if chat.user.blocked_bot:
            self.set_blocked(user_id, False)
        return chat

    # --- messages ----------------------------------------------------------------------------

    def _payload(self, chat: ChatState, reply_to_message_id: int | None) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "message_id": 0,
            "from": chat.user.to_api(),
            "chat": chat.user.chat_api(),
            "date": self.state.now(),
        }
        if reply_to_message_id:
            quoted = chat.messages.get(reply_to_message_id)
            if quoted is None or quoted.deleted:
                raise ActionError(f"message {reply_to_message_id} not found in this chat")
            replied = copy.deepcopy(quoted.payload)
            replied.pop("reply_to_message", None)
            payload["reply_to_message"] = replied
        return payload

    def _deliver(self, chat: ChatState, payload: dict[str, Any]) -> tuple[StoredMessage, int]:
        stored = self.state.add_message(chat, "user", payload)
        update_id = self.state.enqueue_update("message", copy.deepcopy(stored.payload))
        return stored, update_id

    def _caption(self, payload: dict[str, Any], caption: str | None) -> None:
        if not caption:
            return
        formatted = format_text(caption, None, None, allow_empty=True)
        text, entities = formatted if formatted else ("", [])
        if utf16_len(text) > self.limits.max_caption_utf16:
            raise ActionError(f"caption is longer than {self.limits.max_caption_utf16} characters")
        if text:
            payload["caption"] = text
        if entities:
            payload["caption_entities"] = entities

    def send_text(
        self, user_id: int, text: str, *, reply_to_message_id: int | None = None
    ) -> tuple[StoredMessage, int]:
        chat = self._writer(user_id)
        formatted = format_text(text, None, None, allow_empty=False)
        if formatted is None:
            raise ActionError("message text is empty")
        plain, entities = formatted
        if utf16_len(plain) > self.limits.max_text_utf16:
            raise ActionError(f"message is longer than {self.limits.max_text_utf16} characters")
        payload = self._payload(chat, reply_to_message_id)
        payload["text"] = plain
        if entities:
            payload["entities"] = entities
        return self._deliver(chat, payload)

    def send_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str | None,
        *,
        content_type: str | None = None,
        caption: str | None = None,
    ) -> tuple[StoredMessage, int]:
        chat = self._writer(user_id)
        if not data:
            raise ActionError("the file is empty")
        payload = self._payload(chat, None)
        stored_file = store_document(self.state, data, file_name, content_type)
        payload["document"] = document_api(stored_file)
        self._caption(payload, caption)
        return self._deliver(chat, payload)

    def send_photo(
        self,
        user_id: int,
        data: bytes,
        *,
        caption: str | None = None,
        media_group_id: str | None = None,
    ) -> tuple[StoredMessage, int]:
        """One photo; photos sent together as an album share ``media_group_id`` (each is its
        own message and update, as in Telegram)."""
        chat = self._writer(user_id)
        payload = self._payload(chat, None)
        try:
            payload["photo"] = store_photo(self.state, data)
        except NotAnImage:
            raise ActionError("the file is not an image; send it as a document") from None
        if media_group_id:
            payload["media_group_id"] = str(media_group_id)
        self._caption(payload, caption)
        return self._deliver(chat, payload)

    def press(
        self, user_id: int, message_id: int, data: str, *, force: bool = False
    ) -> tuple[str, int]:
        """Tap an inline button; ``force`` sends callback data no button carries (forgery)."""
        chat = self._chat(user_id)
        stored = chat.messages.get(message_id)
        if stored is None or stored.deleted:
            raise ActionError(f"message {message_id} not found in this chat", 404)
        if stored.sender != "bot":
            raise ActionError("only the bot's messages have inline buttons")
        if not force and data not in _callback_data(stored.payload):
            raise ActionError(f"message {message_id} has no button with callback data {data!r}")
        query = self.state.new_callback(chat.chat_id, message_id)
        update_id = self.state.enqueue_update(
            "callback_query",
            {
                "id": query.query_id,
                "from": chat.user.to_api(),
                "message": copy.deepcopy(stored.payload),
                "chat_instance": str(7_000_000_000_000 + chat.chat_id),
                "data": data,
            },
        )
        return query.query_id, update_id


def _callback_data(payload: dict[str, Any]) -> set[str]:
    markup = payload.get("reply_markup") or {}
    return {
        button["callback_data"]
        for row in markup.get("inline_keyboard", [])
        for button in row
        if "callback_data" in button
    }


def _member(status: str, bot_user: dict[str, Any]) -> dict[str, Any]:
    member: dict[str, Any] = {"status": status, "user": bot_user}
    if status == "kicked":
        member["until_date"] = 0
    return member

"""The Bot API methods the sandbox implements, with Telegram's checks and error texts.

``BotApi.call(method, params)`` returns the ``result`` of a successful call or raises
``ApiError``; the HTTP layer in ``emulator.py`` turns both into Bot API JSON.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from atspro.sandbox.checks import FloodControl, Limits, parse_reply_markup
from atspro.sandbox.errors import (
    NOT_MODIFIED,
    ApiError,
    bad_request,
    forbidden,
    too_large,
)
from atspro.sandbox.formatting import EntityParseError, format_text, utf16_len
from atspro.sandbox.media import (
    NotAnImage,
    document_api,
    image_dimensions,
    store_document,
    store_photo,
)
from atspro.sandbox.params import Params, UploadedFile
from atspro.sandbox.state import (
    DEFAULT_UPDATE_TYPES,
    ChatState,
    SandboxState,
    StoredFile,
    StoredMessage,
)

log = logging.getLogger("atspro.sandbox")

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_QUERY_EXPIRED = "query is too old and response timeout expired or query ID is invalid"


Handler = Callable[[Params], Awaitable[Any]]


class BotApi:
    def __init__(
        self,
        state: SandboxState,
        *,
        bot_user: dict[str, Any],
        limits: Limits,
        flood: FloodControl | None = None,
    ) -> None:
        self.state = state
        self.bot_user = bot_user
        self.limits = limits
        self.flood = flood
        self.unknown_methods: list[str] = []
        # Every call by (method, chat id or None): what a flow costs against Telegram's limits.
        self.calls: Counter[tuple[str, int | None]] = Counter()
        self._poll_generation = 0
        self.bot_texts: dict[str, str] = {"description": "", "short_description": ""}
        self._methods: dict[str, Handler] = {
            name.lower(): getattr(self, name)
            for name in (
                "getMe",
                "getUpdates",
                "sendMessage",
                "editMessageText",
                "editMessageCaption",
                "editMessageReplyMarkup",
                "deleteMessage",
                "deleteMessages",
                "sendDocument",
                "sendPhoto",
                "sendChatAction",
                "answerCallbackQuery",
                "getFile",
                "setMyCommands",
                "getMyCommands",
                "deleteMyCommands",
                "setWebhook",
                "deleteWebhook",
                "getWebhookInfo",
                "getChat",
                "close",
                "logOut",
                "getMyName",
                "getMyDescription",
                "getMyShortDescription",
                "setMyDescription",
                "setMyShortDescription",
                "getChatMenuButton",
            )
        }

    async def call(self, method: str, params: Params) -> Any:
        handler = self._methods.get(method.lower())
        self.calls[method, _chat_key(params.raw("chat_id"))] += 1
        if handler is None:
            # Answer like a success so an unexpected call does not break a run; tests can
            # inspect ``unknown_methods`` to notice it.
            log.warning("sandbox: Bot API method %r is not emulated; answered ok", method)
            self.unknown_methods.append(method)
            return True
        return await handler(params)

    # --- shared checks -----------------------------------------------------------------------

    def _chat(self, params: Params, *, sending: bool) -> ChatState:
        raw = params.raw("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        chat = self.state.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        if sending and chat.user.blocked_bot:
            raise forbidden("bot was blocked by the user")
        if sending and not chat.user.started:
            raise forbidden("bot can't initiate conversation with a user")
        return chat

    def _format(self, params: Params, text_field: str, *, caption: bool) -> tuple[str, list]:
        text = params.string(text_field)
        entities = params.parsed(f"{text_field}_entities" if caption else "entities")
        if entities is not None and not (
            isinstance(entities, list)
            and all(
                isinstance(e, dict) and {"type", "offset", "length"} <= e.keys() for e in entities
            )
        ):
            raise bad_request("can't parse entities JSON object")
        try:
            result = format_text(
                text or "", params.string("parse_mode"), entities, allow_empty=caption
            )
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
        except ValueError:
            raise bad_request("unsupported parse_mode") from None
        if result is None:
            raise bad_request("message text is empty")
        return result

    def _check_flood(self, chat: ChatState) -> None:
        if self.flood is not None:
            self.flood.check(chat.chat_id)

    def _markup(self, params: Params, *, inline_only: bool) -> tuple[str, dict | None] | None:
        return parse_reply_markup(
            params.parsed("reply_markup"), self.limits, inline_only=inline_only
        )

    def _reply_to(self, chat: ChatState, params: Params) -> StoredMessage | None:
        reply = params.parsed("reply_parameters")
        allow_missing = params.flag("allow_sending_without_reply")
        message_id: int | None
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow_missing = allow_missing or bool(reply.get("allow_sending_without_reply"))
        else:
            message_id = params.integer("reply_to_message_id")
        if not message_id:
            return None
        stored = chat.messages.get(int(message_id))
        if stored is None or stored.deleted:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return stored

    def _new_payload(self, chat: ChatState, reply_to: StoredMessage | None) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "message_id": 0,
            "from": self.bot_user,
            "chat": chat.user.chat_api(),
            "date": self.state.now(),
        }
        if reply_to is not None:
            quoted = copy.deepcopy(reply_to.payload)
            quoted.pop("reply_to_message", None)
            payload["reply_to_message"] = quoted
        return payload

    def _store_bot_message(
        self, chat: ChatState, payload: dict, markup: tuple[str, dict | None] | None
    ) -> dict[str, Any]:
        if markup and markup[0] == "inline":
            payload["reply_markup"] = markup[1]
        if markup and markup[0] == "keyboard":
            chat.reply_keyboard = markup[1]
        elif markup and markup[0] == "remove":
            chat.reply_keyboard = None
        stored = self.state.add_message(chat, "bot", payload)
        return copy.deepcopy(stored.payload)

    def _message(self, chat: ChatState, params: Params, missing: str) -> StoredMessage:
        message_id = params.integer("message_id")
        if message_id is None:
            if params.raw("inline_message_id"):
                raise bad_request(missing)  # inline mode is not emulated
            raise bad_request("message identifier is not specified")
        stored = chat.messages.get(message_id)
        if stored is None or stored.deleted:
            raise bad_request(missing)
        return stored

    def _upload(self, params: Params, field: str) -> UploadedFile | StoredFile:
        value = params.file(field)
        if value is None:
            raise bad_request(f"there is no {field} in the request")
        if isinstance(value, UploadedFile):
            if len(value.data) > self.limits.max_upload_bytes:
                raise too_large()
            if not value.data:
                raise bad_request("file must be non-empty")
            return value
        if value.startswith(("http://", "https://")):
            # The sandbox has no internet access, so it cannot fetch the URL like Telegram.
            raise bad_request("failed to get HTTP URL content")
        stored = self.state.files.get(value)
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return stored

    # --- bot identity ------------------------------------------------------------------------

    async def getMe(self, params: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def getChat(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params, sending=False)
        return {
            **chat.user.chat_api(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
            },
        }

    async def close(self, params: Params) -> bool:
        return True

    async def logOut(self, params: Params) -> bool:
        return True

    async def getMyName(self, params: Params) -> dict[str, str]:
        return {"name": self.bot_user["first_name"]}

    async def getMyDescription(self, params: Params) -> dict[str, str]:
        return {"description": self.bot_texts["description"]}

    async def getMyShortDescription(self, params: Params) -> dict[str, str]:
        return {"short_description": self.bot_texts["short_description"]}

    async def setMyDescription(self, params: Params) -> bool:
        self.bot_texts["description"] = params.string("description") or ""
        return True

    async def setMyShortDescription(self, params: Params) -> bool:
        self.bot_texts["short_description"] = params.string("short_description") or ""
        return True

    async def getChatMenuButton(self, params: Params) -> dict[str, str]:
        return {"type": "commands"}

    # --- commands ----------------------------------------------------------------------------

    @staticmethod
    def _commands_key(params: Params) -> tuple[str, str]:
        scope = params.parsed("scope")
        scope_key = json_key(scope) if isinstance(scope, dict) else '{"type": "default"}'
        return scope_key, params.string("language_code") or ""

    async def setMyCommands(self, params: Params) -> bool:
        commands = params.parsed("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = str(item.get("command", "")).lstrip("/")
            description = str(item.get("description", ""))
            if not _COMMAND_RE.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description.strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": command, "description": description})
        self.state.commands[self._commands_key(params)] = cleaned
        self.state.bump()
        return True

    async def getMyCommands(self, params: Params) -> list[dict[str, str]]:
        return self.state.commands.get(self._commands_key(params), [])

    async def deleteMyCommands(self, params: Params) -> bool:
        self.state.commands.pop(self._commands_key(params), None)
        self.state.bump()
        return True

    # --- updates and webhooks ----------------------------------------------------------------

    async def getUpdates(self, params: Params) -> list[dict[str, Any]]:
        state = self.state
        if state.webhook.get("url"):
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.integer("offset") or 0
        limit = min(max(params.integer("limit") or 100, 1), 100)
        timeout = max(params.number("timeout") or 0.0, 0.0)
        allowed = params.parsed("allowed_updates")
        if isinstance(allowed, list):
            state.allowed_updates = frozenset(allowed) if allowed else DEFAULT_UPDATE_TYPES

        # Confirm (forget) what the bot has seen, as Telegram does.
        if offset > 0:
            state.updates = [u for u in state.updates if u[0] >= offset]
        elif offset < 0:
            state.updates = state.updates[offset:]
        state.updates = [u for u in state.updates if u[1] in state.allowed_updates]

        # Only one long poll at a time: a newer call ends an older one with 409, like Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        state.wake()

        def ready() -> bool:
            return bool(state.updates) or generation != self._poll_generation

        await state.wait_until(ready, min(timeout, 120.0))
        if generation != self._poll_generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one "
                "bot instance is running",
            )
        return [copy.deepcopy(body) for _, _, body in state.updates[:limit]]

    async def setWebhook(self, params: Params) -> bool:
        url = params.string("url") or ""
        if url:
            log.warning("sandbox: setWebhook stored but webhooks are not delivered; use polling")
        self.state.webhook = {"url": url} if url else {}
        return True

    async def deleteWebhook(self, params: Params) -> bool:
        self.state.webhook = {}
        if params.flag("drop_pending_updates"):
            self.state.updates.clear()
        return True

    async def getWebhookInfo(self, params: Params) -> dict[str, Any]:
        return {
            "url": self.state.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.updates),
        }

    # --- sending -----------------------------------------------------------------------------

    async def sendMessage(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params, sending=True)
        if not params.string("text"):
            raise bad_request("message text is empty")
        text, entities = self._format(params, "text", caption=False)
        if utf16_len(text) > self.limits.max_text_utf16:
            raise bad_request("message is too long")
        reply_to = self._reply_to(chat, params)
        markup = self._markup(params, inline_only=False)
        self._check_flood(chat)
        payload = self._new_payload(chat, reply_to)
        payload["text"] = text
        if entities:
            payload["entities"] = entities
        return self._store_bot_message(chat, payload, markup)

    def _caption(self, params: Params) -> tuple[str, list]:
        caption, entities = self._format(params, "caption", caption=True)
        if utf16_len(caption) > self.limits.max_caption_utf16:
            raise bad_request("message caption is too long")
        return caption, entities

    async def sendDocument(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params, sending=True)
        source = self._upload(params, "document")
        caption, entities = self._caption(params)
        reply_to = self._reply_to(chat, params)
        markup = self._markup(params, inline_only=False)
        self._check_flood(chat)
        if isinstance(source, UploadedFile):
            source = store_document(self.state, source.data, source.filename, source.content_type)
        payload = self._new_payload(chat, reply_to)
        payload["document"] = document_api(source)
        _add_caption(payload, caption, entities)
        return self._store_bot_message(chat, payload, markup)

    async def sendPhoto(self, params: Params) -> dict[str, Any]:
        chat = self._chat(params, sending=True)
        source = self._upload(params, "photo")
        caption, entities = self._caption(params)
        reply_to = self._reply_to(chat, params)
        markup = self._markup(params, inline_only=False)
        data = source.data
        try:
            width, height = image_dimensions(data)
        except NotAnImage:
            raise bad_request("IMAGE_PROCESS_FAILED") from None
        if width + height > 10000 or max(width, height) > 20 * max(min(width, height), 1):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        self._check_flood(chat)
        payload = self._new_payload(chat, reply_to)
        payload["photo"] = store_photo(self.state, data)
        _add_caption(payload, caption, entities)
        return self._store_bot_message(chat, payload, markup)

    async def sendChatAction(self, params: Params) -> bool:
        chat = self._chat(params, sending=True)
        action = params.string("action") or ""
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.state.add_event(chat, "chat_action", {"action": action, "date": self.state.now()})
        return True

    # --- editing and deleting ----------------------------------------------------------------

    def _bot_message_to_edit(self, params: Params) -> tuple[ChatState, StoredMessage]:
        chat = self._chat(params, sending=False)
        stored = self._message(chat, params, "message to edit not found")
        if stored.sender != "bot":
            raise bad_request("message can't be edited")
        return chat, stored

    def _apply_edit(
        self, chat: ChatState, stored: StoredMessage, changes: dict[str, Any]
    ) -> dict[str, Any]:
        payload = stored.payload
        if all(payload.get(key) == value for key, value in changes.items()):
            raise bad_request(NOT_MODIFIED)
        self._check_flood(chat)
        for key, value in changes.items():
            if value is None:
                payload.pop(key, None)
            else:
                payload[key] = value
        payload["edit_date"] = self.state.now()
        stored.edit_count += 1
        self.state.touch_message(chat, stored)
        return copy.deepcopy(payload)

    async def editMessageText(self, params: Params) -> dict[str, Any]:
        chat, stored = self._bot_message_to_edit(params)
        if "text" not in stored.payload:
            raise bad_request("there is no text in the message to edit")
        if not params.string("text"):
            raise bad_request("message text is empty")
        text, entities = self._format(params, "text", caption=False)
        if utf16_len(text) > self.limits.max_text_utf16:
            raise bad_request("MESSAGE_TOO_LONG")
        markup = self._markup(params, inline_only=True)
        # Like Telegram: an edit without reply_markup removes the inline keyboard.
        return self._apply_edit(
            chat,
            stored,
            {
                "text": text,
                "entities": entities or None,
                "reply_markup": markup[1] if markup else None,
            },
        )

    async def editMessageCaption(self, params: Params) -> dict[str, Any]:
        chat, stored = self._bot_message_to_edit(params)
        if "text" in stored.payload:
            raise bad_request("there is no caption in the message to edit")
        caption, entities = self._caption(params)
        markup = self._markup(params, inline_only=True)
        return self._apply_edit(
            chat,
            stored,
            {
                "caption": caption or None,
                "caption_entities": entities or None,
                "reply_markup": markup[1] if markup else None,
            },
        )

    async def editMessageReplyMarkup(self, params: Params) -> dict[str, Any]:
        chat, stored = self._bot_message_to_edit(params)
        markup = self._markup(params, inline_only=True)
        return self._apply_edit(chat, stored, {"reply_markup": markup[1] if markup else None})

    async def deleteMessage(self, params: Params) -> bool:
        chat = self._chat(params, sending=False)
        stored = self._message(chat, params, "message to delete not found")
        stored.deleted = True
        self.state.touch_message(chat, stored)
        return True

    async def deleteMessages(self, params: Params) -> bool:
        chat = self._chat(params, sending=False)
        ids = params.parsed("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad_request("message_ids must be a non-empty list of at most 100 identifiers")
        for message_id in ids:
            stored = chat.messages.get(int(message_id))
            if stored is not None and not stored.deleted:
                stored.deleted = True
                self.state.touch_message(chat, stored)
        return True

    # --- callbacks and files -----------------------------------------------------------------

    async def answerCallbackQuery(self, params: Params) -> bool:
        query = self.state.callbacks.get(params.string("callback_query_id") or "")
        if query is None or query.answered:
            raise bad_request(_QUERY_EXPIRED)
        text = params.string("text") or ""
        if len(text) > self.limits.max_callback_answer_chars:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        chat = self.state.chats.get(query.chat_id)
        if chat is not None:
            self.state.add_event(
                chat,
                "callback_answer",
                {
                    "callback_query_id": query.query_id,
                    "message_id": query.message_id,
                    "text": text,
                    "show_alert": params.flag("show_alert"),
                    "url": params.string("url"),
                },
            )
        return True

    async def getFile(self, params: Params) -> dict[str, Any]:
        stored = self.state.files.get(params.string("file_id") or "")
        if stored is None:
            raise bad_request("wrong file_id or the file is temporarily unavailable")
        if stored.size > self.limits.max_download_bytes:
            raise bad_request("file is too big")
        self.state.downloadable_paths.add(stored.file_path)
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": stored.file_path,
        }


def _chat_key(raw: Any) -> int | None:
    text = str(raw) if isinstance(raw, (int, str)) else ""
    return int(text) if text.lstrip("-").isdigit() else None


def _add_caption(payload: dict[str, Any], caption: str, entities: list) -> None:
    if caption:
        payload["caption"] = caption
    if entities:
        payload["caption_entities"] = entities


def json_key(value: dict) -> str:
    return json.dumps(value, sort_keys=True)

"""The sandbox's own JSON API under ``/api``: play the user, watch the chat, long-poll changes.

Used by the web chat page, by ``SandboxClient`` in tests and by scripts. Every answer is JSON
with ``"ok": true`` or ``{"ok": false, "error": "…"}`` and a 4xx status. See docs/sandbox.md.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from aiohttp import web
from aiohttp.web_request import FileField

from atspro.sandbox.actions import ActionError
from atspro.sandbox.params import form_filename
from atspro.sandbox.paste import split_like_telegram
from atspro.sandbox.state import ChatState, StoredMessage

if TYPE_CHECKING:
    from atspro.sandbox.emulator import BotApiEmulator

MAX_LONG_POLL_S = 60.0
INLINE_IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


def _ok(**data: Any) -> web.Response:
    return web.json_response(
        {"ok": True, **data}, dumps=lambda v: json.dumps(v, ensure_ascii=False)
    )


def _fail(message: str, status: int = 400) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status)


def _int(value: Any, name: str, default: int | None = None) -> int:
    if value is None or value == "":
        if default is None:
            raise ActionError(f"{name} is required")
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ActionError(f"{name} must be an integer") from None


def _float(value: Any, name: str, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ActionError(f"{name} must be a number") from None


@web.middleware
async def client_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    try:
        return await handler(request)
    except ActionError as exc:
        return _fail(str(exc), exc.status)
    except web.HTTPRequestEntityTooLarge:
        return _fail("the upload is too large for the sandbox", 413)


class ClientApi:
    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emu = emulator
        self.state = emulator.state
        self.actions = emulator.actions

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/api/info", self.info)
        app.router.add_get("/api/users", self.list_users)
        app.router.add_post("/api/users", self.upsert_user)
        app.router.add_post("/api/send_message", self.send_message)
        app.router.add_post("/api/send_document", self.send_document)
        app.router.add_post("/api/send_photo", self.send_photo)
        app.router.add_post("/api/press", self.press)
        app.router.add_get("/api/messages", self.messages)
        app.router.add_get("/api/updates", self.updates)
        app.router.add_get("/api/files/{file_id}", self.download)
        app.router.add_post("/api/settings", self.settings)
        app.router.add_post("/api/reset", self.reset)

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    async def _body(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ActionError("the body is not valid JSON") from None
            if not isinstance(body, dict):
                raise ActionError("the body must be a JSON object")
            return body
        if request.can_read_body:
            return dict(await request.post())
        return dict(request.query)

    def _user_id(self, value: Any) -> int:
        user_id = _int(value, "user_id", self.emu.default_user_id)
        if user_id == self.emu.default_user_id and user_id not in self.state.users:
            self.emu.ensure_default_user()
        return user_id

    def _chat(self, value: Any) -> ChatState:
        chat_id = self._user_id(value)
        chat = self.state.chats.get(chat_id)
        if chat is None:
            raise ActionError(f"unknown chat {chat_id}: create the user with POST /api/users", 404)
        return chat

    def _sent(self, stored: StoredMessage, update_id: int) -> web.Response:
        return _ok(message=stored.view(), update_id=update_id, revision=stored.rev)

    def _chat_view(self, chat: ChatState, after_rev: int) -> dict[str, Any]:
        messages = [
            m.view()
            for m in chat.messages.values()
            if m.rev > after_rev and not (after_rev == 0 and m.deleted)
        ]
        messages.sort(key=lambda m: m["rev"])
        return {
            "chat_id": chat.chat_id,
            "revision": self.state.revision,
            "messages": messages,
            "events": [e.view() for e in chat.events if e.rev > after_rev],
            "reply_keyboard": chat.reply_keyboard,
            "user": chat.user.view(),
        }

    @staticmethod
    async def _upload(request: web.Request) -> tuple[dict[str, Any], FileField]:
        if request.content_type != "multipart/form-data":
            raise ActionError("send the file as multipart/form-data with a 'file' part")
        form = await request.post()
        upload = form.get("file")
        if not isinstance(upload, FileField):
            raise ActionError("the 'file' part is missing")
        fields = {k: v for k, v in form.items() if not isinstance(v, FileField)}
        return fields, upload

    # --- endpoints ---------------------------------------------------------------------------

    async def info(self, request: web.Request) -> web.Response:
        return _ok(**self.emu.info())

    async def list_users(self, request: web.Request) -> web.Response:
        return _ok(users=[u.view() for u in self.state.users.values()])

    async def upsert_user(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        user_id = _int(body.get("id", body.get("user_id")), "id", self.emu.default_user_id)
        flags = {}
        for name in ("blocked", "started"):
            if body.get(name) is not None:
                value = body[name]
                flags[name] = value if isinstance(value, bool) else str(value).lower() == "true"
        user = self.actions.upsert_user(
            user_id,
            first_name=body.get("first_name"),
            last_name=body.get("last_name"),
            username=body.get("username"),
            language_code=body.get("language_code"),
            **flags,
        )
        return _ok(user=user.view())

    async def send_message(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        text = body.get("text")
        if not isinstance(text, str):
            raise ActionError("text is required")
        reply_to = body.get("reply_to_message_id")
        user_id = self._user_id(body.get("user_id"))
        # A paste over Telegram's limit arrives as several messages, as in Telegram's apps.
        parts = split_like_telegram(text, self.actions.limits.max_text_utf16) or [text]
        sent = []
        for i, part in enumerate(parts):
            sent.append(
                self.actions.send_text(
                    user_id,
                    part,
                    reply_to_message_id=(
                        _int(reply_to, "reply_to_message_id") if reply_to and i == 0 else None
                    ),
                )
            )
        stored, update_id = sent[0]
        return _ok(
            message=stored.view(),
            messages=[s.view() for s, _ in sent],
            update_id=update_id,
            revision=sent[-1][0].rev,
        )

    async def send_document(self, request: web.Request) -> web.Response:
        fields, upload = await self._upload(request)
        stored, update_id = self.actions.send_document(
            self._user_id(fields.get("user_id")),
            upload.file.read(),
            form_filename(upload),
            content_type=upload.content_type,
            caption=fields.get("caption"),
        )
        return self._sent(stored, update_id)

    async def send_photo(self, request: web.Request) -> web.Response:
        fields, upload = await self._upload(request)
        stored, update_id = self.actions.send_photo(
            self._user_id(fields.get("user_id")),
            upload.file.read(),
            caption=fields.get("caption"),
            media_group_id=fields.get("media_group_id"),
        )
        return self._sent(stored, update_id)

    async def press(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        data = body.get("data")
        if not isinstance(data, str):
            raise ActionError("data (the button's callback_data) is required")
        force = body.get("force") in (True, "true", "1")
        query_id, update_id = self.actions.press(
            self._user_id(body.get("user_id")),
            _int(body.get("message_id"), "message_id"),
            data,
            force=force,
        )
        return _ok(callback_query_id=query_id, update_id=update_id, revision=self.state.revision)

    async def messages(self, request: web.Request) -> web.Response:
        chat = self._chat(request.query.get("chat_id"))
        since = _int(request.query.get("since"), "since", 0)
        return _ok(**self._chat_view(chat, since))

    async def updates(self, request: web.Request) -> web.Response:
        """Long poll: answer as soon as the chat changes after ``after_rev``."""
        chat = self._chat(request.query.get("chat_id"))
        after_rev = _int(request.query.get("after_rev"), "after_rev", 0)
        timeout = min(
            max(_float(request.query.get("timeout"), "timeout", 25.0), 0.0), MAX_LONG_POLL_S
        )
        await self.state.wait_until(lambda: chat.last_rev > after_rev, timeout)
        return _ok(**self._chat_view(chat, after_rev))

    async def download(self, request: web.Request) -> web.StreamResponse:
        stored = self.state.files.get(request.match_info["file_id"])
        if stored is None:
            return _fail("no file with this file_id", 404)
        mime = stored.mime_type or "application/octet-stream"
        # Only plain raster images are shown in the page; anything else (HTML, SVG…) the bot
        # sends is downloaded, never rendered in the sandbox's origin.
        disposition = "inline" if mime in INLINE_IMAGE_TYPES else "attachment"
        name = stored.file_name or stored.file_path.rsplit("/", 1)[-1]
        headers = {
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(name)}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "sandbox; default-src 'none'",
        }
        return web.Response(body=stored.data, content_type=mime, headers=headers)

    async def settings(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        if "flood_control" in body:
            value = body["flood_control"]
            self.emu.set_flood_control(value if isinstance(value, bool) else value == "true")
        return _ok(**self.emu.info())

    async def reset(self, request: web.Request) -> web.Response:
        self.emu.reset()
        return _ok(**self.emu.info())

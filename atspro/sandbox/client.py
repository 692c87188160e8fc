"""``SandboxClient``: play one Telegram user against the emulator's client API (tests, scripts).

    async with SandboxClient(base_url, user_id=1001) as user:
        await user.send_text("/start")
        reply = await user.wait_for(lambda m: m["sender"] == "bot")

``wait_for`` long-polls ``/api/updates`` (no sleeping) and, by default, only looks at changes
made after the client's last action, so "send, then wait for the answer" cannot match an older
message.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import aiohttp

Record = dict[str, Any]


class SandboxError(RuntimeError):
    """The client API refused a request; ``status`` is the HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class SandboxClient:
    # How long ``wait_for`` waits when the caller names no timeout. A hang guard, not a
    # measurement: test suites on loaded machines raise it (tests/conftest.py).
    wait_timeout_s: float = 10.0

    def __init__(
        self,
        base_url: str,
        *,
        user_id: int = 1001,
        first_name: str = "You",
        username: str | None = None,
        language_code: str | None = "en",
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.user_id = user_id
        self.profile = {
            "first_name": first_name,
            "username": username,
            "language_code": language_code,
        }
        self._session = session
        self._own_session = session is None
        # Revision of this client's last action; wait_for looks at changes after it.
        self.last_rev = 0

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> Record:
        """Open the HTTP session and create (or refresh) the user; returns the user."""
        if self._session is None:
            self._session = aiohttp.ClientSession()
        return await self.ensure_user()

    async def close(self) -> None:
        if self._session is not None and self._own_session:
            await self._session.close()
        self._session = None

    async def __aenter__(self) -> SandboxClient:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # --- transport ---------------------------------------------------------------------------

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("call start() or use 'async with' first")
        return self._session

    async def _request(self, method: str, path: str, **kwargs: Any) -> Record:
        async with self.session.request(method, self.base_url + path, **kwargs) as response:
            data = await response.json()
        if not data.get("ok"):
            raise SandboxError(response.status, data.get("error", "unknown error"))
        return data

    def _remember(self, data: Record) -> Record:
        self.last_rev = max(self.last_rev, int(data.get("revision", 0)))
        return data

    # --- the user ----------------------------------------------------------------------------

    async def ensure_user(self, **fields: Any) -> Record:
        body = {"id": self.user_id, **{k: v for k, v in self.profile.items() if v}, **fields}
        data = await self._request("POST", "/api/users", json=body)
        return data["user"]

    async def set_blocked(self, blocked: bool = True) -> Record:
        """Block (or unblock) the bot: its sends to this user then fail with 403."""
        return await self.ensure_user(blocked=blocked)

    async def send_text(self, text: str, *, reply_to_message_id: int | None = None) -> Record:
        body: dict[str, Any] = {"user_id": self.user_id, "text": text}
        if reply_to_message_id:
            body["reply_to_message_id"] = reply_to_message_id
        data = self._remember(await self._request("POST", "/api/send_message", json=body))
        return data["message"]

    async def _send_file(
        self,
        path: str,
        name: str,
        data: bytes,
        caption: str | None,
        mime_type: str | None,
        media_group_id: str | None = None,
    ) -> Record:
        form = aiohttp.FormData()
        form.add_field("user_id", str(self.user_id))
        if caption:
            form.add_field("caption", caption)
        if media_group_id:
            form.add_field("media_group_id", media_group_id)
        form.add_field(
            "file", data, filename=name, content_type=mime_type or "application/octet-stream"
        )
        result = self._remember(await self._request("POST", path, data=form))
        return result["message"]

    async def send_document(
        self, name: str, data: bytes, *, caption: str | None = None, mime_type: str | None = None
    ) -> Record:
        return await self._send_file("/api/send_document", name, data, caption, mime_type)

    async def send_photo(
        self,
        name: str,
        data: bytes,
        *,
        caption: str | None = None,
        mime_type: str | None = None,
        media_group_id: str | None = None,
    ) -> Record:
        """A photo; give several the same ``media_group_id`` to send them as an album."""
        return await self._send_file(
            "/api/send_photo", name, data, caption, mime_type, media_group_id
        )

    async def send_album(self, photos: list[tuple[str, bytes]]) -> list[Record]:
        """Photos sent together as one album (one media group, in this order)."""
        group = f"album-{self.user_id}-{len(photos)}-{id(photos)}"
        return [await self.send_photo(n, d, media_group_id=group) for n, d in photos]

    async def press(self, message_id: int, data: str, *, force: bool = False) -> str:
        """Tap the inline button carrying ``data``; returns the callback query id."""
        body = {"user_id": self.user_id, "message_id": message_id, "data": data, "force": force}
        result = self._remember(await self._request("POST", "/api/press", json=body))
        return result["callback_query_id"]

    # --- reading the chat --------------------------------------------------------------------

    async def chat(self, since: int = 0) -> Record:
        """The chat view: messages (and events) changed after ``since``, keyboard, revision."""
        params = {"chat_id": self.user_id, "since": since}
        return await self._request("GET", "/api/messages", params=params)

    async def messages(self) -> list[Record]:
        """Every message still in the chat, oldest first."""
        data = await self.chat()
        return sorted(data["messages"], key=lambda m: m["message_id"])

    async def download(self, file_id: str) -> bytes:
        async with self.session.get(f"{self.base_url}/api/files/{file_id}") as response:
            if response.status != 200:
                raise SandboxError(response.status, (await response.json()).get("error", ""))
            return await response.read()

    async def _wait(
        self,
        key: str,
        predicate: Callable[[Record], bool],
        timeout: float | None,
        after_rev: int | None,
    ) -> Record:
        if timeout is None:
            timeout = self.wait_timeout_s
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        cursor = self.last_rev if after_rev is None else after_rev
        seen: dict[Any, Record] = {}
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = "; ".join(
                    f"#{m.get('message_id', m.get('rev'))} {m.get('sender', m.get('type'))}: "
                    f"{str(m.get('text', m.get('action', '')))[:80]!r}"
                    for m in list(seen.values())[-5:]
                )
                raise TimeoutError(f"nothing matched in {timeout:.1f}s; last {key}: {recent}")
            params = {"chat_id": self.user_id, "after_rev": cursor, "timeout": f"{remaining:.3f}"}
            data = await self._request("GET", "/api/updates", params=params)
            for record in data[key]:
                seen[record.get("message_id", record["rev"])] = record
                if predicate(record):
                    return record
            cursor = max(cursor, int(data["revision"]))

    async def wait_for(
        self,
        predicate: Callable[[Record], bool],
        timeout: float | None = None,
        *,
        after_rev: int | None = None,
    ) -> Record:
        """The first message record (new or changed after the last action) that matches."""
        return await self._wait("messages", predicate, timeout, after_rev)

    async def wait_for_event(
        self,
        predicate: Callable[[Record], bool],
        timeout: float | None = None,
        *,
        after_rev: int | None = None,
    ) -> Record:
        """The first chat event (typing, callback answer…) after the last action that matches."""
        return await self._wait("events", predicate, timeout, after_rev)

    async def wait_for_bot(
        self,
        contains: str = "",
        timeout: float | None = None,
    ) -> Record:
        """The bot's next message (or edit) whose text or caption contains ``contains``."""
        return await self.wait_for(
            lambda m: m["sender"] == "bot" and not m["deleted"] and contains in m["text"],
            timeout,
        )

"""Telegram Bot API emulator: the bot talks to it exactly as it talks to api.telegram.org.

``BotApiEmulator`` holds the state and an aiohttp application (``.app``) serving

* ``/bot{token}/{method}``   the Bot API (JSON, form, multipart or query parameters),
* ``/file/bot{token}/{path}`` file downloads for paths handed out by getFile,
* ``/api/…``                 the sandbox's client API (see ``client_api.py``),
* ``/``                      the web chat page.

Point PTB at it with ``ApplicationBuilder().base_url(f"{url}/bot").base_file_url(f"{url}/file/bot")``.
``start_emulator`` / ``SandboxServer`` run it on a port.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web

from atspro.sandbox.actions import UserActions
from atspro.sandbox.botapi import BotApi
from atspro.sandbox.checks import FloodControl, Limits
from atspro.sandbox.client_api import ClientApi, client_errors
from atspro.sandbox.errors import ApiError
from atspro.sandbox.params import read_params
from atspro.sandbox.state import SandboxState

log = logging.getLogger("atspro.sandbox")

STATIC_DIR = Path(__file__).resolve().parent / "static"
MB = 1024 * 1024
DEFAULT_USER_ID = 1001
_QUOTED = re.compile(r'"[^"]*"')
# The page only loads its own script and style; bot content can never bring code in.
PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


class BotApiEmulator:
    """In-memory Telegram: one bot, private chats with simulated users."""

    def __init__(
        self,
        token: str | None = None,
        *,
        bot_name: str = "ATSPro",
        bot_username: str = "atspro_sandbox_bot",
        limits: Limits | None = None,
        flood_control: bool | FloodControl = False,
        default_user_id: int = DEFAULT_USER_ID,
        default_user_name: str = "You",
        client_upload_limit_bytes: int = 64 * MB,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.token = token
        head = (token or "").split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(head) if head.isdigit() else 7_000_000_001,
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
        }
        self.limits = limits or Limits()
        self.default_user_id = default_user_id
        self.default_user_name = default_user_name
        self.client_upload_limit_bytes = client_upload_limit_bytes
        self.state = SandboxState(clock=clock)
        flood = FloodControl() if flood_control is True else (flood_control or None)
        self.api = BotApi(self.state, bot_user=self.bot_user, limits=self.limits, flood=flood)
        self.actions = UserActions(self.state, bot_user=self.bot_user, limits=self.limits)
        self.app = self._build_app()

    # --- application -------------------------------------------------------------------------

    def _build_app(self) -> web.Application:
        # Room for the largest upload plus multipart overhead; bigger bodies get 413.
        body_limit = max(self.limits.max_upload_bytes, self.client_upload_limit_bytes) + MB
        app = web.Application(client_max_size=body_limit, middlewares=[client_errors])
        app[EMULATOR_KEY] = self
        app.router.add_route("*", "/bot{token}/{method}", self._bot_api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        ClientApi(self).add_routes(app)
        app.router.add_get("/", self._index)
        app.router.add_static("/static/", STATIC_DIR, append_version=False)
        app.on_shutdown.append(self._on_shutdown)
        return app

    def _token_ok(self, request: web.Request) -> bool:
        return self.token is None or request.match_info["token"] == self.token

    async def _bot_api(self, request: web.Request) -> web.Response:
        if not self._token_ok(request):
            return web.json_response(ApiError(401, "Unauthorized").payload(), status=401)
        method = request.match_info["method"]
        try:
            params = await read_params(request)
            result = await self.api.call(method, params)
        except ApiError as exc:
            # Quoted parts of a description (a tag name…) can be pieces of a user's text.
            log.info("sandbox: %s failed: %s", method, _QUOTED.sub('"…"', exc.description))
            return web.json_response(exc.payload(), status=exc.code, dumps=_dumps)
        return web.json_response({"ok": True, "result": result}, dumps=_dumps)

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        stored = self.state.files_by_path.get(path)
        if (
            not self._token_ok(request)
            or stored is None
            or path not in self.state.downloadable_paths
        ):
            return web.json_response(ApiError(404, "Not Found").payload(), status=404)
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    async def _index(self, request: web.Request) -> web.FileResponse:
        return web.FileResponse(
            STATIC_DIR / "index.html",
            headers={"Cache-Control": "no-cache", "Content-Security-Policy": PAGE_POLICY},
        )

    async def _on_shutdown(self, app: web.Application) -> None:
        self.close()

    # --- control -----------------------------------------------------------------------------

    def close(self) -> None:
        """End every long poll now (used on shutdown so the server stops at once)."""
        self.state.closing = True
        self.state.wake()

    def ensure_default_user(self) -> None:
        if self.default_user_id not in self.state.users:
            self.actions.upsert_user(self.default_user_id, first_name=self.default_user_name)

    def set_flood_control(self, enabled: bool | FloodControl) -> None:
        self.api.flood = FloodControl() if enabled is True else (enabled or None)

    def block_user(self, user_id: int, blocked: bool = True) -> None:
        self.actions.set_blocked(user_id, blocked)

    def reset(self) -> None:
        """Forget users, chats, files and pending updates; ids and revisions keep growing."""
        state = self.state
        state.users.clear()
        state.chats.clear()
        state.files.clear()
        state.files_by_path.clear()
        state.downloadable_paths.clear()
        state.updates.clear()
        state.callbacks.clear()
        state.bump()

    def info(self) -> dict[str, Any]:
        default_commands = [
            {"language_code": lang, "commands": commands}
            for (scope, lang), commands in self.state.commands.items()
            if json.loads(scope).get("type") == "default"
        ]
        return {
            "bot": {**self.bot_user},
            "default_user_id": self.default_user_id,
            "default_user_name": self.default_user_name,
            "commands": default_commands,
            "flood_control": self.api.flood is not None,
            "limits": dataclasses.asdict(self.limits),
            "unknown_methods": list(self.api.unknown_methods),
            "revision": self.state.revision,
        }


EMULATOR_KEY = web.AppKey("sandbox_emulator", BotApiEmulator)


def _base_url(runner: web.AppRunner, host: str) -> str:
    port = runner.addresses[0][1]
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else ("[::1]" if host == "::" else host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


async def start_emulator(
    host: str = "127.0.0.1", port: int = 8088, *, token: str | None, **options: Any
) -> tuple[web.AppRunner, str]:
    """Run an emulator on host:port (0 = any free port); returns (runner, base URL).

    The emulator is ``runner.app[EMULATOR_KEY]``; stop with ``await runner.cleanup()``.
    """
    emulator = BotApiEmulator(token, **options)
    runner = web.AppRunner(emulator.app, handler_cancellation=True, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    base_url = _base_url(runner, host)
    log.info("sandbox: Telegram emulator and web chat on %s", base_url)
    return runner, base_url


class SandboxServer:
    """``async with SandboxServer(token=…) as server:`` — the emulator on a port, then stopped."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 8088, *, token: str | None, **options: Any
    ) -> None:
        self.host = host
        self.port = port
        self.token = token
        self.options = options
        self.runner: web.AppRunner | None = None
        self.base_url = ""

    @property
    def emulator(self) -> BotApiEmulator:
        if self.runner is None:
            raise RuntimeError("the sandbox server is not started")
        return self.runner.app[EMULATOR_KEY]

    @property
    def bot_api_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)``."""
        return f"{self.base_url}/bot"

    @property
    def file_url(self) -> str:
        """For ``ApplicationBuilder().base_file_url(...)``."""
        return f"{self.base_url}/file/bot"

    async def start(self) -> str:
        self.runner, self.base_url = await start_emulator(
            self.host, self.port, token=self.token, **self.options
        )
        return self.base_url

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

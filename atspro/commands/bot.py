"""``bot`` (default), ``worker`` and ``sandbox``: the long-running processes (argparse and
exit codes here; the processes themselves are ``atspro.app``)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

    from atspro.config import Settings


log = logging.getLogger("atspro")
SANDBOX_TOKEN = "123456:SANDBOX-local-token-not-a-secret"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "bot", help="run the Telegram bot (default); with no TELEGRAM_BOT_TOKEN: the sandbox"
    )
    p.set_defaults(func=_owning_data_dir(run_bot))
    p = sub.add_parser("worker", help="run a task worker process (scale out the slow work)")
    p.set_defaults(func=run_worker)
    p = sub.add_parser("sandbox", help="chat with the bot in your browser, no Telegram needed")
    p.add_argument("--port", type=int, default=None, help="web chat port (default SANDBOX_PORT)")
    p.set_defaults(func=_owning_data_dir(run_sandbox))


Command = Callable[[argparse.Namespace, "Settings"], int]


def _owning_data_dir(command: Command) -> Command:
    """Run ``command`` as the only bot or sandbox on its DATA_DIR; exit 2 with one line if
    another one runs there."""

    def run(args: argparse.Namespace, settings: Settings) -> int:
        from atspro.storage.datadir import DataDirBusy, own_data_dir

        try:
            with own_data_dir(settings.data_dir):
                return command(args, settings)
        except DataDirBusy as exc:
            print(f"Not starting: {exc}", file=sys.stderr)
            return 2

    return run


def file_base_url(api_base_url: str) -> str:
    """Bot API file downloads live beside the methods: ``…/bot`` → ``…/file/bot``."""
    head, sep, tail = api_base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}" if sep else api_base_url


def _stop_event() -> asyncio.Event:
    import asyncio

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    return stop


async def _serve_telegram(serve: Callable[..., Awaitable[None]], settings: Settings) -> None:
    """``serve_bot`` or ``serve_worker`` on the real Bot API until SIGINT or SIGTERM."""
    await serve(
        settings,
        token=settings.telegram_bot_token.get_secret_value(),  # type: ignore[union-attr]
        base_url=settings.telegram_api_base_url,
        base_file_url=file_base_url(settings.telegram_api_base_url),
        stop=_stop_event(),
    )


def run_bot(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    if settings.telegram_bot_token is None:
        log.info("TELEGRAM_BOT_TOKEN is not set: starting the local sandbox instead")
        return run_sandbox(args, settings)

    from telegram.error import InvalidToken, NetworkError

    from atspro.app import serve_bot

    try:
        asyncio.run(_serve_telegram(serve_bot, settings))
    except InvalidToken:
        print(
            "Telegram rejected TELEGRAM_BOT_TOKEN. Copy the token again from @BotFather into .env, "
            "or leave it empty to use the local sandbox.",
            file=sys.stderr,
        )
        return 2
    except NetworkError as exc:
        print(
            f"Cannot reach the Telegram Bot API ({exc.message}). Check the network.",
            file=sys.stderr,
        )
        return 2
    return 0


def run_worker(args: argparse.Namespace, settings: Settings) -> int:
    """A worker process: the same task kinds as the bot, talking to Telegram directly."""
    import asyncio

    from atspro.app import serve_worker

    if settings.telegram_bot_token is None:
        print("A worker needs TELEGRAM_BOT_TOKEN to answer users. Set it in .env.")
        return 2

    asyncio.run(_serve_telegram(serve_worker, settings))
    return 0


class SandboxPortBusy(Exception):
    pass


def sandbox_settings(settings: Settings) -> Settings:
    """The sandbox serves its own test pages on loopback, so it allows loopback job links —
    unless FETCH_ALLOW_LOOPBACK was set (to anything) by the user."""
    if "fetch_allow_loopback" in settings.model_fields_set:
        return settings
    return settings.model_copy(update={"fetch_allow_loopback": True})


def run_sandbox(args: argparse.Namespace, settings: Settings) -> int:
    """Emulator + web chat + bot, on the embedded database and the deterministic engine."""
    import asyncio

    from atspro.app import serve_bot
    from atspro.sandbox.emulator import start_emulator

    port = getattr(args, "port", None) or settings.sandbox_port
    settings = sandbox_settings(settings)

    async def go() -> None:
        stop = _stop_event()
        try:
            runner, base = await start_emulator(settings.sandbox_host, port, token=SANDBOX_TOKEN)
        except OSError as exc:
            raise SandboxPortBusy(
                f"Cannot open the sandbox on {settings.sandbox_host}:{port} ({exc.strerror}). "
                "Another program uses that port: stop it, or pick another with "
                "SANDBOX_PORT=8090 make run (or: python main.py sandbox --port 8090)."
            ) from None
        try:

            def banner() -> None:
                print(
                    "\n" + "=" * 64 + "\n"
                    f"  ATSPro sandbox is running: open {base}/ in your browser\n"
                    "  Chat with the bot there: send a resume file, then a job.\n"
                    "  To use real Telegram instead, put TELEGRAM_BOT_TOKEN=<token from\n"
                    "  @BotFather> in .env and run `make run` again.  Ctrl-C stops.\n"
                    + "=" * 64
                    + "\n",
                    flush=True,
                )

            await serve_bot(
                settings,
                token=SANDBOX_TOKEN,
                base_url=f"{base}/bot",
                base_file_url=f"{base}/file/bot",
                stop=stop,
                on_ready=banner,
            )
        finally:
            await runner.cleanup()

    try:
        asyncio.run(go())
    except SandboxPortBusy as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0

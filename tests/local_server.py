"""Serve an aiohttp application on 127.0.0.1 (a free port) for the length of a test."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from aiohttp import web


@contextlib.asynccontextmanager
async def serve(app: web.Application) -> AsyncIterator[str]:
    """Yield the base URL (``http://127.0.0.1:PORT``); the server stops on exit."""
    # A handler that hangs by design (a stub LLM's "hang") is not waited for at exit: the
    # default shutdown_timeout cost 60 s of teardown per such test.
    runner = web.AppRunner(app, shutdown_timeout=1.0)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()

"""HTTP health and metrics: ``/healthz`` (liveness + database) and ``/metrics`` (Prometheus)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from atspro.config import Settings
    from atspro.services.container import Services

log = logging.getLogger(__name__)


def health_app(svc: Services) -> web.Application:
    async def healthz(request: web.Request) -> web.Response:
        body: dict[str, Any] = {"status": "ok", "database": "ok"}
        try:
            async with asyncio.timeout(3):
                await svc.pool.fetchval("SELECT 1")
        except Exception as exc:
            log.warning("health check: database unavailable: %s", type(exc).__name__)
            body.update(status="fail", database="down")
        if svc.metrics is not None:
            stale = svc.metrics.stale_workers(svc.settings.worker_stale_after_s)
            body["workers"] = "stale" if stale else "ok"
            if stale:
                log.warning("health check: workers not polling: %s", ", ".join(stale))
                body["status"] = "fail"
        return web.json_response(body, status=200 if body["status"] == "ok" else 503)

    async def metrics(request: web.Request) -> web.Response:
        if svc.metrics is None:
            return web.Response(status=404)
        try:
            stats = await svc.queue.stats()
            svc.metrics.queue_depth.set(stats["queue_depth"])
        except Exception:
            log.warning("metrics: queue stats unavailable")
        return web.Response(body=svc.metrics.render(), content_type="text/plain", charset="utf-8")

    app = web.Application()
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    return app


async def start_health_server(
    settings: Settings, svc: Services, *, host: str = "0.0.0.0"
) -> web.AppRunner:
    runner = web.AppRunner(health_app(svc))
    await runner.setup()
    await web.TCPSite(runner, host, settings.health_port).start()
    log.info("health and metrics on port %d", settings.health_port)
    return runner

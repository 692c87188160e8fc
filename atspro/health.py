"""HTTP health and metrics: ``/healthz`` (liveness + database) and ``/metrics`` (Prometheus)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)


def health_app(svc: Any) -> web.Application:
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


async def start_health_server(settings: Any, svc: Any, *, host: str = "0.0.0.0") -> web.AppRunner:
    runner = web.AppRunner(health_app(svc))
    await runner.setup()
    await web.TCPSite(runner, host, settings.health_port).start()
    log.info("health and metrics on port %d", settings.health_port)
    return runner


async def check_all(svc: Any, bot: Any) -> dict[str, tuple[bool, str]]:
    """Database, queue, LLM endpoint (when configured) and Telegram API, each with a detail."""
    import time

    results: dict[str, tuple[bool, str]] = {}

    async def timed(name: str, probe: Any) -> None:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(5):
                detail = await probe()
            results[name] = (True, f"{detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
        except Exception as exc:
            results[name] = (False, f"{type(exc).__name__}: {str(exc)[:120]}")

    async def database() -> str:
        return f"PostgreSQL {await svc.pool.fetchval('SHOW server_version')}"

    async def queue() -> str:
        stats = await svc.queue.stats()
        return f"{stats['queue_depth']} queued, wait p95 {stats['wait_p95_s']:.1f} s"

    async def telegram() -> str:
        me = await bot.get_me()
        return f"@{me.username}"

    await timed("database", database)
    await timed("queue", queue)
    if svc.settings.llm_enabled:

        async def llm() -> str:
            import aiohttp

            base = (svc.settings.openai_base_url or "https://api.openai.com/v1").rstrip("/")
            key = svc.settings.openai_api_key.get_secret_value()
            async with (
                aiohttp.ClientSession() as session,
                session.get(f"{base}/models", headers={"Authorization": f"Bearer {key}"}) as resp,
            ):
                if resp.status >= 400:
                    raise RuntimeError(f"HTTP {resp.status}")
                return f"HTTP {resp.status}"

        await timed("llm", llm)
    else:
        results["llm"] = (True, "not configured (deterministic engine)")
    await timed("telegram", telegram)
    return results

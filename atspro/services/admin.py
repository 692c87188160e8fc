"""Admin use cases: who is an admin, bans, stats, task control, the audit trail."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from atspro.services.container import Services
from atspro.storage.admin import AdminRepo
from atspro.storage.repos import Row

log = logging.getLogger(__name__)


def is_admin(svc: Services, telegram_user_id: int, user_row: Row | None = None) -> bool:
    return telegram_user_id in svc.settings.admin_ids or bool(user_row and user_row.get("is_admin"))


async def audit(
    svc: Services,
    *,
    actor_user_id: int,
    actor_telegram_id: int | None,
    action: str,
    target: str | None = None,
    **details: object,
) -> None:
    """Write one admin action to ``audit_log``."""
    await svc.repos.audit.write(
        actor_user_id=actor_user_id,
        actor_telegram_id=actor_telegram_id,
        action=action,
        target=target,
        details=details,
    )
    log.info("admin %s: %s %s", actor_user_id, action, target or "")


@dataclass(frozen=True)
class Stats:
    storage: dict[str, Any]
    queue: dict[str, Any]


async def stats(svc: Services) -> Stats:
    return Stats(await AdminRepo(svc.pool).stats(), await svc.queue.stats())


async def find_user(svc: Services, ref: str) -> Row | None:
    """A user by Telegram id or @username."""
    return await svc.repos.users.find(ref)


async def user_counts(svc: Services, user_id: int) -> dict[str, int]:
    return dict(await AdminRepo(svc.pool).user_counts(user_id))


async def ban(svc: Services, user_id: int, reason: str | None) -> None:
    """Ban the user and drop their queued work."""
    await svc.repos.users.set_banned(user_id, True, reason)
    await svc.queue.cancel_for_user(user_id)


async def unban(svc: Services, user_id: int) -> None:
    await svc.repos.users.set_banned(user_id, False)


async def audience_size(svc: Services, *, after_user_id: int = 0) -> int:
    """Active, unbanned users a broadcast reaches (those after ``after_user_id`` in id order)."""
    return int(await AdminRepo(svc.pool).audience_size(after_user_id=after_user_id))


async def broadcast_audience(
    svc: Services, after_user_id: int, limit: int
) -> list[tuple[int, int]]:
    """The next (user_id, telegram_id) pairs of a broadcast, in id order after the cursor."""
    return list(await AdminRepo(svc.pool).broadcast_audience(after_user_id, limit=limit))


async def task_cancelled(svc: Services, task_id: int) -> bool:
    return await svc.queue.status_of(task_id) == "cancelled"


async def cancel_broadcast(svc: Services, task_id: int) -> dict[str, Any] | None:
    """Cancel a running broadcast; returns the task as it was before, or None if not one."""
    row = await svc.queue.get(task_id)
    if row is None or row["kind"] != "broadcast" or not await svc.queue.cancel(task_id):
        return None
    return row


async def recent_failed(svc: Services, limit: int = 10) -> list[dict[str, Any]]:
    return list(await svc.queue.recent_failed(limit))


async def retry(svc: Services, task_id: int) -> bool:
    return bool(await svc.queue.retry(task_id))


async def check_health(
    svc: Services, telegram_probe: Callable[[], Awaitable[str]]
) -> dict[str, tuple[bool, str]]:
    """Database, queue, LLM endpoint (when configured) and Telegram API, each with a detail.

    ``telegram_probe`` is supplied by the bot (e.g. getMe -> "@name"): services speak no Telegram.
    """
    results: dict[str, tuple[bool, str]] = {}

    async def timed(name: str, probe: Callable[[], Awaitable[str]]) -> None:
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

    await timed("database", database)
    await timed("queue", queue)
    if svc.settings.llm_enabled:

        async def llm() -> str:
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
    await timed("telegram", telegram_probe)
    return results

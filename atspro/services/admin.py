"""Admin use cases: who is an admin, bans, stats, task control, the audit trail."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

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


async def audience_size(svc: Services) -> int:
    return int(await AdminRepo(svc.pool).audience_size())


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

"""Slow use cases asked for from a chat: queued as durable tasks, answered by the worker."""

from __future__ import annotations

from typing import Any

from atspro.services.container import Services
from atspro.services.limits import LimitKind
from atspro.storage.repos import Repos


async def enqueue_for_chat(
    svc: Services,
    kind: str,
    *,
    user_id: int | None,
    chat_id: int,
    status_message_id: int | None,
    dedupe_key: str,
    max_attempts: int | None = None,
    **payload: Any,
) -> int:
    """Queue ``kind`` for this chat; the worker edits ``status_message_id`` with the answer.

    ``dedupe_key`` makes a redelivered update queue nothing twice. Returns the task id.
    """
    body = {**payload, "chat_id": chat_id, "status_message_id": status_message_id}
    task_id, _ = await svc.queue.enqueue(
        kind, body, user_id=user_id, dedupe_key=dedupe_key, max_attempts=max_attempts
    )
    return int(task_id)


async def accept_for_chat(
    svc: Services,
    kind: str,
    *,
    user_id: int,
    chat_id: int,
    status_message_id: int | None,
    update_id: int,
    dedupe_key: str,
    charge: LimitKind | None = None,
    chat_state: dict[str, Any] | None = None,
    **payload: Any,
) -> int:
    """Accept a chat's request in one transaction: queue the task, charge the user's limit
    (once: only when the task is new), set the chat's state, and mark the update done.

    A crash before the commit leaves none of it (the update runs again); after it, all of it.
    Returns the task id.
    """
    body = {**payload, "chat_id": chat_id, "status_message_id": status_message_id}
    async with svc.pool.acquire() as conn, conn.transaction():
        repos = Repos(conn)
        task_id, created = await svc.queue.enqueue(
            kind, body, user_id=user_id, dedupe_key=dedupe_key, db=conn
        )
        if created and charge is not None:
            await repos.usage.add(user_id, charge, 1, window="hour")
        if chat_state is not None:
            await repos.sessions.set_state(user_id, chat_id, chat_state)
        await repos.updates.claim(update_id)
    return int(task_id)

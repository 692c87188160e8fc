"""Slow use cases asked for from a chat: queued as durable tasks, answered by the worker."""

from __future__ import annotations

from typing import Any

from atspro.services.container import Services


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

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


_INGEST = {"resume": "ingest_resume", "job": "ingest_job"}
_FILE_FIELDS = ("file_id", "filename", "mime_type", "file_size")


async def reread_file_as(
    svc: Services,
    *,
    user_id: int,
    chat_id: int,
    task_id: int,
    use_as: str,
    status_message_id: int | None,
    dedupe_key: str,
) -> bool:
    """The user answered "use it as my resume / as the job" about a file a task asked about:
    queue it again as that kind, confirmed. False when the task is not this user's file."""
    task = await svc.queue.get(task_id)
    if task is None or task.get("user_id") != user_id or use_as not in _INGEST:
        return False
    payload = task.get("payload") or {}
    if task.get("kind") not in _INGEST.values() or not payload.get("file_id"):
        return False
    await enqueue_for_chat(
        svc,
        _INGEST[use_as],
        user_id=user_id,
        chat_id=chat_id,
        status_message_id=status_message_id,
        dedupe_key=dedupe_key,
        confirmed=True,
        **{k: payload.get(k) for k in _FILE_FIELDS},
    )
    return True

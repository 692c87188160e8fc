"""Slow use cases asked for from a chat: queued as durable tasks, answered by the worker."""

from __future__ import annotations

from collections.abc import Sequence
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
    delay_s: float = 0.0,
    **payload: Any,
) -> int:
    """Queue ``kind`` for this chat; the worker edits ``status_message_id`` with the answer.

    ``dedupe_key`` makes a redelivered update queue nothing twice. Returns the task id.
    """
    body = {**payload, "chat_id": chat_id, "status_message_id": status_message_id}
    task_id, _ = await svc.queue.enqueue(
        kind,
        body,
        user_id=user_id,
        dedupe_key=dedupe_key,
        max_attempts=max_attempts,
        delay_s=delay_s,
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
    delay_s: float = 0.0,
    gathered: Sequence[int] = (),
    **payload: Any,
) -> int:
    """Accept a chat's request in one transaction: queue the task, charge the user's limit
    (once: only when the task is new), set the chat's state, and mark the update done (with
    the ``gathered`` updates the request was made of: an album's other photos).

    A crash before the commit leaves none of it (the update runs again); after it, all of it.
    Returns the task id.
    """
    body = {**payload, "chat_id": chat_id, "status_message_id": status_message_id}
    async with svc.pool.acquire() as conn, conn.transaction():
        repos = Repos(conn)
        task_id, created = await svc.queue.enqueue(
            kind, body, user_id=user_id, dedupe_key=dedupe_key, delay_s=delay_s, db=conn
        )
        if created and charge is not None:
            await repos.usage.add(user_id, charge, 1, window="hour")
        if chat_state is not None:
            await repos.sessions.set_state(user_id, chat_id, chat_state)
        for done in dict.fromkeys([update_id, *gathered]):
            await repos.updates.claim(done)
    return int(task_id)


async def mark_done(svc: Services, update_ids: Sequence[int]) -> None:
    """Updates handled with nothing to queue (held ones: see ``accept_for_chat``)."""
    async with svc.pool.acquire() as conn, conn.transaction():
        for update_id in update_ids:
            await Repos(conn).updates.claim(update_id)


async def continue_paste(
    svc: Services, *, user_id: int, chat_id: int, update_id: int, text: str
) -> bool:
    """Add the next part of a long paste to the chat's queued job task that holds its first
    part, and mark the part's update done in the same commit (a crash leaves neither)."""
    async with svc.pool.acquire() as conn, conn.transaction():
        joined = await svc.queue.add_part(
            user_id,
            "ingest_job",
            chat_id,
            update_id,
            text,
            delay_s=svc.settings.paste_join_s,
            db=conn,
        )
        if joined is not None:
            await Repos(conn).updates.claim(update_id)
    return joined is not None


def pasted_text(payload: dict[str, Any], max_chars: int) -> str:
    """The whole paste of a job task: its first part and any parts added later, in the order
    Telegram sent them (``part_key`` is the update id)."""
    parts = {int(k): v for k, v in (payload.get("parts") or {}).items()}
    if payload.get("part_key") is not None:
        parts[int(payload["part_key"])] = payload.get("text") or ""
    if not parts:
        return payload.get("text") or ""
    return "\n".join(parts[k] for k in sorted(parts))[:max_chars]


_INGEST = {"resume": "ingest_resume", "job": "ingest_job"}
_FILE_FIELDS = ("file_id", "file_ids", "filename", "mime_type", "file_size")


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
    if task.get("kind") not in _INGEST.values():
        return False
    if not (payload.get("file_id") or payload.get("file_ids")):  # a file or an album
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

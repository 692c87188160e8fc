"""The user's documents: list, choose the active one, delete, search, past scores."""

from __future__ import annotations

from typing import Any, Literal

from atspro.services.container import Services
from atspro.services.matching import Pair, active_pair
from atspro.storage.repos import Row

DocKind = Literal["resume", "job"]


def _repo(svc: Services, kind: DocKind) -> Any:
    return svc.repos.resumes if kind == "resume" else svc.repos.jobs


async def latest(svc: Services, user_id: int, kind: DocKind, *, limit: int = 8) -> list[Row]:
    return list(await _repo(svc, kind).list_latest(user_id, limit=limit))


async def delete_document(svc: Services, user_id: int, kind: DocKind, doc_id: str) -> bool:
    """Delete the user's own document (another user's id finds nothing)."""
    return bool(await _repo(svc, kind).delete(user_id, doc_id))


async def document_label(svc: Services, user_id: int, kind: DocKind, doc_id: str) -> str | None:
    """A short name for the user's own document (file name or title); None when not theirs."""
    try:
        row = await _repo(svc, kind).get(user_id, doc_id)
    except (ValueError, TypeError):  # a malformed id from forged callback data
        return None
    if row is None:
        return None
    return str(row.get("filename") or row.get("title") or f"untitled {kind}")


class NotYours(LookupError):
    """The id names no document of this user."""


async def choose(
    svc: Services, user_id: int, chat_id: int, kind: DocKind, doc_id: str
) -> Pair | None:
    """Make a document the chat's active one. Returns the pair to score once both are set."""
    sessions = svc.repos.sessions
    setter = sessions.set_active_resume if kind == "resume" else sessions.set_active_job
    if not await setter(user_id, chat_id, doc_id):
        raise NotYours(doc_id)
    return await active_pair(svc.repos, user_id, chat_id)


async def history(svc: Services, user_id: int, *, limit: int = 10) -> list[Row]:
    return list(await svc.repos.matches.list_latest(user_id, limit=limit))


async def search(
    svc: Services, user_id: int, query: str, *, limit: int = 5
) -> tuple[list[Row], list[Row]]:
    """Full-text search over the user's resumes and jobs."""
    repos = svc.repos
    resumes = await repos.resumes.search(user_id, query, limit=limit)
    jobs = await repos.jobs.search(user_id, query, limit=limit)
    return list(resumes), list(jobs)

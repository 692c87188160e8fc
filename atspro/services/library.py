"""The user's documents: list, choose the active one, delete, search, past scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from atspro.services.container import Services
from atspro.services.matching import Pair, active_pair
from atspro.storage.repos import Row

DocKind = Literal["resume", "job"]


@dataclass(frozen=True, slots=True)
class DocumentItem:
    """One line of /resumes or /jobs: what the chat shows and the id its buttons carry."""

    id: Any
    name: str  # the file name of a resume, the title of a job
    company: str | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: Row) -> DocumentItem:
        name = row.get("filename") or row.get("title") or "untitled"
        return cls(row["id"], str(name), row.get("company"), row["created_at"])


@dataclass(frozen=True, slots=True)
class PastMatch:
    """One line of /history: a stored match with the names of its resume and job."""

    id: Any
    score: float
    job_title: str | None
    job_company: str | None
    resume_filename: str | None  # None once the resume was deleted
    created_at: datetime

    @classmethod
    def from_row(cls, row: Row) -> PastMatch:
        return cls(
            row["id"],
            float(row["score"]),
            row.get("job_title"),
            row.get("job_company"),
            row.get("resume_filename"),
            row["created_at"],
        )


def _repo(svc: Services, kind: DocKind) -> Any:
    return svc.repos.resumes if kind == "resume" else svc.repos.jobs


async def latest(
    svc: Services, user_id: int, kind: DocKind, *, limit: int = 8
) -> list[DocumentItem]:
    rows = await _repo(svc, kind).list_latest(user_id, limit=limit)
    return [DocumentItem.from_row(row) for row in rows]


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


async def history(svc: Services, user_id: int, *, limit: int = 10) -> list[PastMatch]:
    rows = await svc.repos.matches.list_latest(user_id, limit=limit)
    return [PastMatch.from_row(row) for row in rows]


async def search(
    svc: Services, user_id: int, query: str, *, limit: int = 5
) -> tuple[list[Row], list[Row]]:
    """Full-text search over the user's resumes and jobs."""
    repos = svc.repos
    resumes = await repos.resumes.search(user_id, query, limit=limit)
    jobs = await repos.jobs.search(user_id, query, limit=limit)
    return list(resumes), list(jobs)

"""Matching: score a resume against a job, store the result, load it back."""

from __future__ import annotations

import asyncio
import atexit
import functools
import threading
import time
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from atspro import extract_pool
from atspro.analysis.documents.facts import LayoutFacts
from atspro.analysis.resume.parser import stored_headline
from atspro.analysis.scoring.report import score_match
from atspro.models import Job, MatchReport, Resume
from atspro.services.container import Services
from atspro.services.errors import UserFacingError
from atspro.services.limits import take_or_raise
from atspro.storage.repos import Repos, Row


class MatchMeta(BaseModel):
    """What a stored match keeps next to its report (``optimization_results.metadata``).

    Written by scoring (latency) and by the AI writers (services/writing.py). Keys this model
    does not name yet are kept as they are (``extra="allow"``), so older rows still load."""

    model_config = ConfigDict(extra="allow", frozen=True)

    latency_ms: float | None = None
    rewrites: dict[str, str] = Field(default_factory=dict)  # {original bullet: new}, for DOCX
    ai_rewrites: dict[str, Any] | None = None  # the writer's full Rewrites
    cover_letter: dict[str, Any] | None = None  # the writer's CoverLetter
    llm_rewrite: dict[str, Any] | None = None  # LlmRunInfo of the last rewrite run
    llm_cover_letter: dict[str, Any] | None = None  # LlmRunInfo of the last cover letter run


@dataclass(frozen=True)
class Match:
    """A resume scored against a job: the stored row, its report and both documents."""

    row: Row
    report: MatchReport
    resume: Resume
    job: Job

    @property
    def id(self) -> Any:
        return self.row["id"]

    @property
    def meta(self) -> MatchMeta:
        return MatchMeta.model_validate(self.row.get("metadata") or {})


def resume_from_row(row: Row) -> Resume:
    """The stored resume; one stored before ``Resume.headline`` existed gets its headline read
    again from its text (``stored_headline``, as tailoring reads it), so scoring, the reused
    upload and the tailored file all see the same headline."""
    resume = Resume.model_validate(row["processed_data"] or {})
    resume.headline = stored_headline(resume, row.get("raw_text"))
    return resume


def job_from_row(row: Row) -> Job:
    return Job.model_validate(row["description_data"] or {})


def match_report(
    resume: Resume, job: Job, *, resume_text: str | None = None, layout: LayoutFacts | None = None
) -> MatchReport:
    """The deterministic score with its checks and ranked suggestions (pure; CLI and bot)."""
    return score_match(resume, job, resume_text=resume_text, layout=layout)


# Checks whose missing fact the user may have put in /profile instead of the resume.
_PROFILE_CONTACT = {"contact_phone": "phone", "contact_location": "location"}


def note_profile_contact(report: MatchReport, profile: Row | None) -> MatchReport:
    """A failed contact check says so when /profile has the fact but the resume does not.

    The check still fails (an ATS reads only the file), but the user is not told their phone is
    missing when they gave it to us: the message says where it is and what to do.
    """
    if not profile:
        return report
    checks = []
    for check in report.checks:
        key = _PROFILE_CONTACT.get(check.name)
        value = profile.get(key) if key else None
        if key and value and not check.passed:
            check = check.model_copy(
                update={
                    "message": f"{check.message} (from your profile: {value} — not on the "
                    "resume; add it to the file itself, an ATS reads only the file)"
                }
            )
        checks.append(check)
    return report.model_copy(update={"checks": checks})


def _row_layout(resume_row: Row) -> LayoutFacts | None:
    meta = (resume_row.get("metadata") or {}).get("layout")
    return LayoutFacts(**meta) if meta else None


async def score_and_store(
    repos: Repos,
    user_id: int,
    resume_id: Any,
    job_id: Any,
    *,
    meta: dict[str, Any] | None = None,
) -> Match:
    """Score the user's resume against the user's job and store the result."""
    resume_row = await repos.resumes.get(user_id, resume_id)
    job_row = await repos.jobs.get(user_id, job_id)
    if resume_row is None or job_row is None:
        raise UserFacingError("That resume or job is no longer available. Send it again.")
    resume, job = resume_from_row(resume_row), job_from_row(job_row)
    started = time.perf_counter()
    report = await asyncio.to_thread(
        match_report,
        resume,
        job,
        resume_text=resume_row.get("raw_text"),
        layout=_row_layout(resume_row),
    )
    elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
    report = note_profile_contact(report, await repos.profiles.get(user_id))
    row = await repos.matches.create(
        user_id,
        resume_id=resume_row["id"],
        job_id=job_row["id"],
        score=round(report.score, 2),
        optimization_data=report.model_dump(mode="json", exclude={"suggestions"}),
        suggestions=[s.model_dump(mode="json") for s in report.suggestions],
        engine=report.engine,
        metadata={"latency_ms": elapsed_ms, **(meta or {})},
    )
    return Match(row, report, resume, job)


async def load_match(repos: Repos, user_id: int, result_id: Any) -> Match | None:
    row = await repos.matches.get(user_id, result_id)
    if row is None:
        return None
    resume_row = await repos.resumes.get(user_id, row["resume_id"]) if row["resume_id"] else None
    job_row = await repos.jobs.get(user_id, row["job_id"]) if row["job_id"] else None
    if resume_row is None or job_row is None:
        return None
    report = MatchReport.model_validate(
        {**(row["optimization_data"] or {}), "suggestions": row["suggestions"] or []}
    )
    return Match(row, report, resume_from_row(resume_row), job_from_row(job_row))


_drawing: extract_pool.ExtractionPool | None = None
_drawing_lock = threading.Lock()


def drawing_pool() -> extract_pool.ExtractionPool:
    """One worker process that draws score cards: ~8 ms of CPU a card the bot's own process
    (one interpreter lock for every chat) no longer spends. Not the extraction pool's
    workers: a card must not wait behind a photographed resume's OCR."""
    global _drawing
    with _drawing_lock:
        if _drawing is None:
            _drawing = extract_pool.ExtractionPool(max_workers=1)
            atexit.register(_drawing.close)
        return _drawing


def score_card_picture(analysis: Match, timeout_s: float) -> bytes:
    """The score card as a JPEG photo for the chat, drawn in the drawing worker (blocking:
    call it in a thread). Drawing takes ~30 ms; a worker stuck past ``timeout_s``
    (CARD_DRAW_TIMEOUT_S) is killed and the text card answers."""
    from atspro.export.card import render_score_card

    draw = functools.partial(render_score_card, title=analysis.job.title, fmt="JPEG")
    return drawing_pool().call(draw, analysis.report, timeout=timeout_s)  # type: ignore[no-any-return]


# ------------------------------------------------------------- the active pair, scored ---


@dataclass(frozen=True)
class Pair:
    """The resume and the job a chat has chosen: both set means there is something to score."""

    resume_id: Any
    job_id: Any


async def active_pair(repos: Repos, user_id: int, chat_id: int) -> Pair | None:
    """The chat's active resume and job, or None while one of them is missing."""
    session = await repos.sessions.get(user_id, chat_id)
    if session and session["active_resume_id"] and session["active_job_id"]:
        return Pair(session["active_resume_id"], session["active_job_id"])
    return None


DELIVERY_WINDOW_S = 60.0  # a pair scored for one request is not delivered again meanwhile


async def score_pair(svc: Services, user_id: int, pair: Pair, *, result_id: Any = None) -> Match:
    """Score a pair on request: spend one unit of the hourly limit, score, store.

    A retry passes the ``result_id`` it stored before: the result is loaded, never re-scored
    (nor counted twice).
    """
    if result_id:
        return await _load_scored(svc, user_id, result_id)
    await take_or_raise(svc, user_id, "match")
    analysis = await score_and_store(svc.repos, user_id, pair.resume_id, pair.job_id)
    svc.metrics.observe_score(analysis.report.score)
    return analysis


async def score_changed_pair(
    svc: Services, user_id: int, pair: Pair, *, owner: str, result_id: Any = None
) -> Match | None:
    """The active pair changed, so score it — once, whatever requests race for the pair.

    Two uploads landing together (a resume and a job) both see the new pair; under a lock on
    the pair, the first stores the result marked with its ``owner`` (the task), and any other
    owner within ``DELIVERY_WINDOW_S`` gets None: the pair is already being answered. The
    owner's own retry gets its result back. The limit is charged only by the one that scores.
    """
    if result_id:
        return await _load_scored(svc, user_id, result_id)
    async with svc.pool.acquire() as conn, conn.transaction():
        repos = Repos(conn)
        await repos.matches.lock_pair(user_id, pair.resume_id, pair.job_id)
        recent = await repos.matches.recent_for_pair(
            user_id, pair.resume_id, pair.job_id, within_s=DELIVERY_WINDOW_S
        )
        if recent is not None:
            if (recent.get("metadata") or {}).get("owner") != owner:
                return None
            return await _load_scored(svc, user_id, recent["id"], repos)
        await take_or_raise(svc, user_id, "match", repos)
        analysis = await score_and_store(
            repos, user_id, pair.resume_id, pair.job_id, meta={"owner": owner}
        )
    svc.metrics.observe_score(analysis.report.score)
    return analysis


async def _load_scored(
    svc: Services, user_id: int, result_id: Any, repos: Repos | None = None
) -> Match:
    analysis = await load_match(repos or svc.repos, user_id, result_id)
    if analysis is None:
        raise UserFacingError("That resume or job was deleted meanwhile.")
    svc.metrics.observe_score(analysis.report.score)
    return analysis


async def stored_match(svc: Services, user_id: int, result_id: Any) -> Match | None:
    """The user's own stored result (None: unknown, deleted, or somebody else's id)."""
    return await load_match(svc.repos, user_id, result_id)

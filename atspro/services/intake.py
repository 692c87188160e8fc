"""Intake: resume and job documents in (file, text, link), parsed and stored."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import time
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from atspro.analysis.documents.base import ExtractedText
from atspro.analysis.job.html import html_fragment_to_text
from atspro.analysis.job.parser import parse_job_html, parse_job_posting, parse_job_text
from atspro.analysis.job.triage import classify_document, looks_like_job_posting, may_continue
from atspro.config import Settings
from atspro.extract_pool import AsyncPageProgress
from atspro.models import Job, Resume
from atspro.services.container import Services
from atspro.services.errors import MisfiledDocument, UserFacingError
from atspro.services.matching import Pair, active_pair, resume_from_row
from atspro.services.reading import extract_document, read_resume_file, visible_text
from atspro.storage.repos import Repos, Row
from atspro.tasks.queue import Task

log = logging.getLogger(__name__)


PageProgress = AsyncPageProgress  # (page being read, pages)


def _layout_meta(extracted: ExtractedText) -> dict[str, Any]:
    return dataclasses.asdict(extracted.layout)


def is_job_posting(text: str) -> bool:
    """Whether a chat message with no link reads as a pasted job posting (not small talk)."""
    return looks_like_job_posting(text)


def may_continue_paste(text: str) -> bool:
    """Whether a chat message is long enough to be one part of a paste Telegram split (so the
    next message from the chat, seconds later, may continue it)."""
    return may_continue(text)


# ------------------------------------------------------------------------------- resumes ---


@dataclass
class ResumeIngest:
    row: Row
    resume: Resume
    reused: bool = False

    @property
    def from_image(self) -> bool:
        """Read with OCR from a photo or a scan: the user should check the fields."""
        return bool((self.row.get("metadata") or {}).get("ocr"))


def _digest(data: bytes | list[bytes]) -> str:
    if isinstance(data, bytes):
        return hashlib.sha256(data).hexdigest()
    album = hashlib.sha256(b"album")
    for part in data:
        album.update(hashlib.sha256(part).digest())
    return album.hexdigest()


async def ingest_resume(
    repos: Repos,
    settings: Settings,
    user_id: int,
    data: bytes | list[bytes],
    *,
    filename: str | None = None,
    content_type: str | None = None,
    confirmed: bool = False,
    on_page: PageProgress | None = None,
) -> ResumeIngest:
    """Extract, parse and store a resume file (or an album of page photos, in order). The same
    file twice is parsed once. A file that reads like a job posting raises
    :class:`MisfiledDocument` unless ``confirmed``."""
    digest = _digest(data)
    existing = await repos.resumes.find_by_sha256(user_id, digest)
    if existing is not None and existing.get("processed_data"):
        return ResumeIngest(existing, resume_from_row(existing), reused=True)
    started = time.perf_counter()
    resume, extracted = await read_resume_file(data, filename, settings, on_page)
    if not confirmed and classify_document(visible_text(extracted)).kind == "job":
        raise MisfiledDocument("job")
    metadata: dict[str, Any] = {
        "engine": "deterministic",
        "layout": _layout_meta(extracted),
        "extract_warnings": list(extracted.warnings),
        "hidden_text_sample": extracted.hidden_text_sample,
        "parse_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    if extracted.ocr:
        metadata["ocr"] = {"pages": extracted.ocr_pages, "confidence": extracted.ocr_confidence}
    if settings.llm_enabled:
        resume, metadata["llm"] = await _enhance(
            repos, settings, user_id, "resume", visible_text(extracted), resume
        )
        metadata["engine"] = metadata["llm"].get("engine", "deterministic")
    row = await repos.resumes.create(
        user_id,
        filename=filename,
        content_type=content_type,
        file_size=len(data) if isinstance(data, bytes) else sum(len(d) for d in data),
        sha256=digest,
        status="ready",
        processed_data=resume.model_dump(mode="json"),
        raw_text=visible_text(extracted),
        metadata=metadata,
    )
    # Tailoring edits a copy of the user's own DOCX; never one with hidden keywords in it.
    if extracted.kind == "docx" and not extracted.hidden_text_chars:
        await repos.originals.put(user_id, row["id"], data)
    return ResumeIngest(row, resume)


# ---------------------------------------------------------------------------------- jobs ---


async def _store_job(
    repos: Repos, user_id: int, job: Job, raw_text: str, meta: dict[str, Any]
) -> Row:
    return await repos.jobs.create(
        user_id,
        title=job.title,
        company=job.company,
        location=job.location,
        source_url=job.source_url,
        requirements={
            "required_skills": job.required_skills,
            "preferred_skills": job.preferred_skills,
            "soft_skills": job.soft_skills,
            "min_years_experience": job.min_years_experience,
            "education_level": job.education_level,
            "certifications": job.certifications,
        },
        description_data=job.model_dump(mode="json"),
        raw_text=raw_text,
        status="ready",
        metadata={"engine": "deterministic", **meta},
    )


async def _enhance(
    repos: Repos, settings: Settings, user_id: int, what: str, text: str, base: Any
) -> tuple[Any, dict[str, Any]]:
    """LLM extraction merged into the deterministic parse (grounded; falls back on any failure)."""
    import functools

    from atspro.agents.pipeline import enhance_job, enhance_resume, llm_quota_ok

    quota = functools.partial(llm_quota_ok, repos.usage, user_id, settings)
    enhance = enhance_resume if what == "resume" else enhance_job
    result, meta = await enhance(text, base, settings, quota=quota)
    if meta.get("total_tokens"):
        await repos.usage.add(user_id, "llm_tokens", int(meta["total_tokens"]), window="day")
    return result, meta


async def _finish_job(
    repos: Repos, settings: Settings | None, user_id: int, job: Job, raw: str, meta: dict[str, Any]
) -> tuple[Row, Job]:
    if job.not_a_job:  # a blog, news, a home page or a resume: say why, store and score nothing
        raise UserFacingError(job.not_a_job)
    if settings is not None and settings.llm_enabled and raw.strip():
        source_url, kind = job.source_url, job.source_kind
        job, meta["llm"] = await _enhance(repos, settings, user_id, "job", raw, job)
        job.source_url, job.source_kind = source_url, kind
        meta["engine"] = meta["llm"].get("engine", "deterministic")
    return await _store_job(repos, user_id, job, raw, meta), job


async def ingest_job_text(
    repos: Repos,
    user_id: int,
    text: str,
    settings: Settings | None = None,
    *,
    meta: dict[str, Any] | None = None,
) -> tuple[Row, Job]:
    text = text.strip()
    if len(text) < 40:
        raise UserFacingError("That job text is too short to analyse — paste the whole posting.")
    job = await asyncio.to_thread(parse_job_text, text, source_kind="text")
    return await _finish_job(
        repos, settings, user_id, job, text, {"source_kind": "text", **(meta or {})}
    )


def _html_text(html: str) -> str:
    """The stored (searchable) text of a job page: the body without scripts and navigation.
    Not ``analysis.job.html.page_text``: that one keeps a page's chrome when it is most of it."""
    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, nav, header, footer"):
        node.decompose()
    body = tree.body
    return body.text(separator="\n", strip=True) if body is not None else ""


async def read_job_file(
    data: bytes | list[bytes],
    filename: str | None,
    settings: Settings,
    on_page: PageProgress | None = None,
) -> tuple[Job, str]:
    """A job description file: an HTML page (JSON-LD first) or any document the extractor reads
    (a list: screenshots of one posting, read with OCR in order)."""
    if isinstance(data, bytes) and (filename or "").lower().endswith((".html", ".htm")):
        html = data.decode("utf-8", errors="replace")
        job = await asyncio.to_thread(parse_job_html, html)
        return job, _html_text(html)
    extracted = await extract_document(data, filename, settings, on_page)
    job = await asyncio.to_thread(parse_job_text, extracted.text, source_kind="file")
    return job, extracted.text


async def fetch_job(url: str, settings: Settings, fetcher: Any) -> tuple[Job, str]:
    """Fetch a job link safely and parse it: board API, JSON-LD, page text, or a served file."""
    from atspro.fetch.jobs import fetch_job_source
    from atspro.fetch.safe import FetchError

    try:
        source = await fetch_job_source(url, fetcher)
    except FetchError as exc:
        raise UserFacingError(exc.user_message) from exc
    if source.kind == "file" and source.file_bytes is not None:
        job, raw = await read_job_file(source.file_bytes, source.filename, settings)
    elif source.posting is not None:
        kind = "board_api" if source.kind == "board_api" else "jsonld"
        job = await asyncio.to_thread(
            parse_job_posting, source.posting, url=source.url, source_kind=kind
        )
        raw = _posting_text(source.posting, job)
    elif source.text is not None:
        job = await asyncio.to_thread(
            parse_job_text, source.text, source_url=source.url, source_kind="html"
        )
        raw = source.text
    else:
        html = source.html or ""
        job = await asyncio.to_thread(parse_job_html, html, url=source.url)
        raw = _html_text(html)
    if not job.title and not job.keywords:
        raise UserFacingError(
            "I opened that link but could not find a job posting on the page. "
            "Paste the job text here instead."
        )
    job.source_url = job.source_url or source.url
    return job, raw or _job_text(job)


async def ingest_job_file(
    repos: Repos,
    settings: Settings,
    user_id: int,
    data: bytes | list[bytes],
    *,
    filename: str | None,
    confirmed: bool = False,
    meta: dict[str, Any] | None = None,
    on_page: PageProgress | None = None,
) -> tuple[Row, Job]:
    """Parse and store a job file. A file that reads like a resume raises
    :class:`MisfiledDocument` unless ``confirmed`` (then it is read as the job it was sent as)."""
    job, raw = await read_job_file(data, filename, settings, on_page)
    if classify_document(raw, job).kind == "resume":
        if not confirmed:
            raise MisfiledDocument("resume")
        job.not_a_job = None  # the user says it is the job
    meta = {"source_kind": job.source_kind, "filename": filename, **(meta or {})}
    return await _finish_job(repos, settings, user_id, job, raw, meta)


async def ingest_job_url(
    repos: Repos,
    settings: Settings,
    user_id: int,
    url: str,
    fetcher: Any,
    *,
    meta: dict[str, Any] | None = None,
) -> tuple[Row, Job]:
    """Fetch a job link safely (board API, JSON-LD, page text) and store the parsed job."""
    job, raw = await fetch_job(url, settings, fetcher)
    meta = {"source_kind": job.source_kind, "url": job.source_url, **(meta or {})}
    return await _finish_job(repos, settings, user_id, job, raw, meta)


def _job_text(job: Job) -> str:
    parts = [job.title or "", job.company or "", *job.responsibilities]
    parts += job.required_skills + job.preferred_skills
    return "\n".join(p for p in parts if p)


def _posting_text(posting: dict[str, Any], job: Job) -> str:
    text = html_fragment_to_text(str(posting.get("description") or ""))
    return "\n".join(p for p in (job.title, job.company, text) if p)


# ------------------------------------------------------------- documents sent to a chat ---


async def receive_resume(
    svc: Services,
    user_id: int,
    chat_id: int,
    data: bytes | list[bytes],
    *,
    filename: str | None,
    content_type: str | None,
    confirmed: bool = False,
    on_page: PageProgress | None = None,
) -> tuple[ResumeIngest, Pair | None]:
    """Store a resume sent to a chat (a file, a photo, or an album of page photos) and make it
    the chat's (and profile's) active one. Returns the pair to score when the chat already
    has an active job."""
    repos = svc.repos
    ingest = await ingest_resume(
        repos,
        svc.settings,
        user_id,
        data,
        filename=filename,
        content_type=content_type,
        confirmed=confirmed,
        on_page=on_page,
    )
    await repos.sessions.set_active_resume(user_id, chat_id, ingest.row["id"])
    await repos.profiles.set_resume(user_id, ingest.row["id"])
    return ingest, await active_pair(repos, user_id, chat_id)


async def receive_job(
    svc: Services,
    user_id: int,
    chat_id: int,
    *,
    url: str | None = None,
    data: bytes | list[bytes] | None = None,
    filename: str | None = None,
    text: str = "",
    confirmed: bool = False,
    request: str | None = None,
    on_page: PageProgress | None = None,
) -> tuple[Row, Job, Pair | None]:
    """Store a job sent to a chat (a link, a file, or pasted text) and make it the active one.
    Returns the pair to score when the chat already has an active resume.

    ``request`` (e.g. the task) makes it idempotent: a retry finds the job it stored before."""
    repos, settings = svc.repos, svc.settings
    meta = {"request": request} if request else None
    existing = await repos.jobs.find_by_request(user_id, request) if request else None
    if existing is not None:
        row, job = existing, Job.model_validate(existing["description_data"] or {})
    elif url:
        row, job = await ingest_job_url(repos, settings, user_id, url, svc.fetcher, meta=meta)
    elif data is not None:
        row, job = await ingest_job_file(
            repos,
            settings,
            user_id,
            data,
            filename=filename,
            confirmed=confirmed,
            meta=meta,
            on_page=on_page,
        )
    else:
        row, job = await ingest_job_text(repos, user_id, text, settings, meta=meta)
    await repos.sessions.set_active_job(user_id, chat_id, row["id"])
    return row, job, await active_pair(repos, user_id, chat_id)


async def job_on_the_way(svc: Services, user_id: int, chat_id: int) -> bool:
    """Whether a job sent to this chat is still being read (its card will follow)."""
    return bool(await svc.queue.active_for_chat(user_id, "ingest_job", chat_id))


async def pair_once_resume_read(
    svc: Services,
    task: Task,
    chat_id: int,
    job_id: Any,
    *,
    timeout_s: float | None = None,
    every_s: float = 0.1,
) -> Pair | None:
    """A job arrived with no resume to score it against — but maybe one sent just before it
    is being read right now (a resume and a job sent together). Wait while this chat has a
    resume task queued before ``task`` (the job's) and not finished (at most ``timeout_s``,
    by default the ``RESUME_WAIT_S`` setting),
    then return the chat's pair if it has this job: that resume's score card names the job,
    so the job needs no summary of its own. A resume sent *after* the job is not waited for:
    the job came first, with nothing to score yet."""
    if timeout_s is None:
        timeout_s = svc.settings.resume_wait_s
    deadline = time.monotonic() + timeout_s
    first = True
    uid = task.user_id or 0
    while await svc.queue.active_for_chat(uid, "ingest_resume", chat_id, before_id=task.id):
        if time.monotonic() >= deadline:
            return None
        first = False
        await asyncio.sleep(every_s)
    if first:
        return None  # none on its way: the job alone
    pair = await active_pair(svc.repos, uid, chat_id)
    return pair if pair is not None and str(pair.job_id) == str(job_id) else None

"""Job posting text / HTML / schema.org JobPosting -> :class:`atspro.models.Job`.

Pure and deterministic: no network, no clock, no randomness. The fetcher (atspro/fetch) calls
``parse_job_html`` for pages and ``parse_job_posting`` for job-board APIs mapped into the
schema.org JobPosting shape; the bot calls ``looks_like_job_posting`` on pasted chat text and
``parse_job_text`` on the text itself. How it works: docs/job.md.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from atspro.analysis.job.asks import find_asks, has_requirements_block, skill_views
from atspro.analysis.job.education import find_degree
from atspro.analysis.job.fields import (
    education_mentions,
    find_certifications,
    find_education,
    find_employment_type,
    find_seniority,
    find_work_mode,
    find_years,
)
from atspro.analysis.job.html import (
    MAX_HTML_CHARS,
    best_posting,
    jsonld_postings,
    microdata_posting,
    page_text,
    page_title_hint,
)
from atspro.analysis.job.keywords import rank_keywords
from atspro.analysis.job.meta import (
    company_mentions,
    find_company,
    find_location,
    find_responsibilities,
    find_title,
    split_title_line,
)
from atspro.analysis.job.noise import NoiseFilter
from atspro.analysis.job.page import clean_title, page_identity
from atspro.analysis.job.salary import find_salary
from atspro.analysis.job.schema import Hints, posting_hints, posting_text
from atspro.analysis.job.text import segment
from atspro.analysis.job.triage import looks_like_job_posting, not_a_job_reason
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import EducationRequirement, Job, SourceKind

__all__ = [
    "MAX_TEXT_CHARS",
    "looks_like_job_posting",
    "parse_job_html",
    "parse_job_posting",
    "parse_job_text",
]

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 100_000
# Below this many characters of description, structured data is topped up with page text.
_THIN_DESCRIPTION_CHARS = 300

_MSG_NO_TITLE = "Couldn't find the job title. Tip: put the title on the first line."
_MSG_NO_SKILLS = "No skills were recognised in this posting, so matching will rely on keywords."
_MSG_SHORT = "This posting is very short, so some requirements may be missing from the analysis."
_MSG_FAILED = "Something went wrong while reading this posting; only part of it was analysed."


def parse_job_text(
    text: str,
    *,
    source_url: str | None = None,
    source_kind: SourceKind = "text",
    max_chars: int = MAX_TEXT_CHARS,
) -> Job:
    """Parse a job posting given as plain text (pasted, extracted from a file, or rendered)."""
    return _safely(
        text if isinstance(text, str) else "", Hints(), source_url, source_kind, max_chars
    )


def parse_job_posting(
    posting: dict[str, Any],
    *,
    url: str | None = None,
    source_kind: SourceKind = "jsonld",
    fallback_text: str | None = None,
) -> Job:
    """Parse a schema.org JobPosting dict (from JSON-LD, microdata or a job-board API mapped
    into that shape). Structured fields (title, hiringOrganization, jobLocation, baseSalary,
    employmentType, experienceRequirements.monthsOfExperience,
    educationRequirements.credentialCategory) win over what the text says. ``fallback_text``
    (e.g. the page's visible text) is used when the description is missing or very short."""
    if not isinstance(posting, dict):
        posting = {}
    try:
        hints = posting_hints(posting)
        text = posting_text(posting)
    except Exception as exc:  # a malformed dict must not take the bot down
        _log_failure(exc)
        hints, text = Hints(warnings=[_MSG_FAILED]), ""
    if fallback_text and len(text) < _THIN_DESCRIPTION_CHARS:
        text = f"{text}\n\n{fallback_text}" if text else fallback_text
    return _safely(text, hints, url or hints.url, source_kind, MAX_TEXT_CHARS)


def parse_job_html(html: str, *, url: str | None = None) -> Job:
    """Parse a job page: JSON-LD JobPosting first, then microdata, then the page's main text."""
    if not isinstance(html, str) or not html.strip():
        return _safely("", Hints(), url, "html", MAX_TEXT_CHARS)
    warnings: list[str] = []
    if len(html) > MAX_HTML_CHARS:
        html = html[:MAX_HTML_CHARS]
        warnings.append("The page was very large; only its beginning was analysed.")
    try:
        tree = LexborHTMLParser(html)
        postings, _failed = jsonld_postings(tree)
        posting = best_posting(postings)
        kind: SourceKind = "jsonld"
        if posting is None:
            posting = microdata_posting(tree)
            kind = "html"
        title_hint = page_title_hint(tree)
        identity = page_identity(tree)
        visible = page_text(tree)
    except Exception as exc:
        _log_failure(exc)
        return _safely("", Hints(warnings=[_MSG_FAILED]), url, "html", MAX_TEXT_CHARS)
    if posting is not None:
        job = parse_job_posting(posting, url=url, source_kind=kind, fallback_text=visible)
        job.warnings[:0] = warnings
        job.company = job.company or identity.company
        job.title = job.title or identity.title
        return job
    hints = Hints(warnings=warnings)
    hint = split_title_line(title_hint) if title_hint else None
    hints.title = identity.title or (hint.title if hint else None) or None
    hints.company = identity.company or (hint.company if hint else None)
    hints.location = identity.location or (hint.location if hint else None)
    return _safely(visible, hints, url, "html", MAX_TEXT_CHARS)


# --------------------------------------------------------------------------- assembly ---


def _log_failure(exc: Exception) -> None:
    # Type and stack only: exception messages may quote the posting or the user's text.
    log.error(
        "job parsing failed: %s\n%s",
        type(exc).__name__,
        "".join(traceback.format_tb(exc.__traceback__)),
    )


def _safely(
    text: str, hints: Hints, source_url: str | None, source_kind: SourceKind, max_chars: int
) -> Job:
    try:
        return _build(text, hints, source_url, source_kind, max_chars)
    except Exception as exc:
        _log_failure(exc)
        return Job(
            title=hints.title,
            company=hints.company,
            source_url=source_url,
            source_kind=source_kind,
            warnings=[*hints.warnings, _MSG_FAILED],
        )


def _build(
    text: str, hints: Hints, source_url: str | None, source_kind: SourceKind, max_chars: int
) -> Job:
    warnings = list(hints.warnings)
    if len(text) > max_chars:
        text = text[:max_chars]
        warnings.append(
            f"The posting was very long; only the first {max_chars:,} characters were analysed."
        )
    doc = segment(text)
    parts, title_line = find_title(doc)
    # A structured or page title is the title as a whole ("2022 Intern - Software
    # Engineering"): only tags, ids and places are cleaned off; a text line is split.
    title = clean_title(hints.title) if hints.title else (parts.title if parts else None)
    title = (clean_title(title) or title) if title else None
    company = hints.company or find_company(doc, parts, title_line)
    location = hints.location or find_location(doc, parts)

    index = get_index()
    in_name = company_mentions(doc.text, company)
    hits = [h for h in index.find(doc.text) if not any(a <= h.start < b for a, b in in_name)]
    title_hits = index.find(title) if title else []
    degree_mentions = education_mentions(doc)
    degree, degree_spans = find_degree(doc, degree_mentions)
    noise = NoiseFilter(doc, company, degree_spans)
    requirements = find_asks(doc, hits, noise, title_hits)
    for item in requirements:
        item.evidence = item.evidence or title or ""
    block = has_requirements_block(doc)
    required, preferred, soft = skill_views(requirements, block)

    req_years, _pref_years = find_years(doc)
    min_years = hints.min_years if hints.min_years is not None else req_years
    edu_required, _edu_preferred = find_education(doc, degree_mentions)
    education = hints.education_level if hints.education_level is not None else edu_required
    if degree is None and hints.education_level is not None:
        degree = EducationRequirement(level=hints.education_level)
    certifications = find_certifications(doc)

    words = len(doc.text.split())
    if not title:
        warnings.append(_MSG_NO_TITLE)
    if not required and not preferred:
        warnings.append(_MSG_NO_SKILLS)
    if words < 60:
        warnings.append(_MSG_SHORT)

    job = Job(
        title=title,
        company=company,
        location=location,
        work_mode=hints.work_mode or find_work_mode(doc, (title, location)),
        employment_type=hints.employment_type or find_employment_type(doc, title),
        seniority=find_seniority(doc, title, min_years),
        salary=hints.salary or find_salary(doc),
        responsibilities=find_responsibilities(doc),
        required_skills=required,
        preferred_skills=preferred,
        soft_skills=soft,
        min_years_experience=min_years,
        education_level=education,
        education=degree,
        requirements=requirements,
        has_requirements_block=block,
        certifications=certifications,
        keywords=rank_keywords(
            doc,
            hits,
            certifications,
            title,
            [h.name for h in title_hits],
            title_line,
            names=(company, location),
        ),
        source_url=source_url,
        source_kind=source_kind,
        warnings=warnings,
    )
    job.not_a_job = not_a_job_reason(text, job)
    return job

"""Deterministic first, LLM optional: the functions services call to use the agents.

Every function takes the deterministic result (or the inputs for writing), tries the agent when
an endpoint is configured and the user's quota allows, and returns ``(result, metadata)``.
Whatever goes wrong (no key, quota, timeout, HTTP error, refusal, malformed output, suspected
injection) the caller gets the deterministic result back and ``metadata["fallback_reason"]``
says why. Nothing here computes or changes a score: that is ``analysis/score.py``'s job.

Merge policy (extraction):
* scalar fields (name, email, title, company…): the deterministic value wins; the model fills
  gaps;
* skills (and a job's skill lists, certifications): union, canonical names, no duplicates; a
  job skill the model calls required is required;
* lists of records (roles, schools, projects, duties…): the richer list wins (more entries,
  then more bullets), never a mix of both;
* everything the model returns is grounded in the source text first (see ``grounding``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import openai
from agents import (
    Agent,
    InputGuardrailTripwireTriggered,
    MaxTurnsExceeded,
    Model,
    ModelBehaviorError,
    Runner,
)
from agents.exceptions import ModelRefusalError, ModelTimeoutError

from atspro.agents.extract import (
    JOB_CHAR_BUDGET,
    RESUME_CHAR_BUDGET,
    extraction_input,
    job_extractor,
    resume_extractor,
)
from atspro.agents.grounding import (
    SourceText,
    ground_job_draft,
    ground_letter,
    ground_resume_draft,
    ground_rewrites,
)
from atspro.agents.guardrails import DocumentContext
from atspro.agents.provider import TaskKind, build_run, llm_available
from atspro.agents.schemas import (
    CoverLetter,
    CoverLetterDraft,
    Engine,
    FallbackReason,
    JobDraft,
    LlmRunInfo,
    ResumeDraft,
    Rewrites,
)
from atspro.agents.writers import (
    OPTIMIZER_INPUT,
    WritingContext,
    cover_letter_writer,
    letter_input,
    optimizer,
)
from atspro.analysis.scoring.matching import canonical_skill, total_years
from atspro.analysis.taxonomy.skills import get_index
from atspro.config import Settings
from atspro.models import Job, MatchReport, Resume, Skill

log = logging.getLogger(__name__)

QuotaCheck = Callable[[], Awaitable[bool]]
T = TypeVar("T")
MIN_LETTER_PARAGRAPHS = 2  # fewer grounded paragraphs than this is not a letter
MAX_LETTER_WORDS = 320  # "short": paragraphs past this are left out
MAX_REWRITES = 8  # more than this is a new resume, not a tailoring


# -------------------------------------------------------------------------------- quota ---


async def llm_quota_ok(usage_repo: Any, user_id: int, settings: Settings) -> bool:
    """Count one LLM run against the user's daily allowance; False when it is used up.

    ``usage_repo`` is ``atspro.storage.repos.UsageRepo``. A quota of 0 allows no runs.
    """
    if settings.llm_daily_quota <= 0:
        return False
    return bool(await usage_repo.hit(user_id, "llm", window="day", limit=settings.llm_daily_quota))


# ---------------------------------------------------------------------------- running ---


async def _precheck(
    settings: Settings, model: Model | None, quota: QuotaCheck | None, text: str = "-"
) -> FallbackReason | None:
    if model is None and not llm_available(settings):
        return "no_llm"
    if not text.strip():
        return "empty"  # nothing to read: not worth a model call or a unit of quota
    if quota is not None and not await quota():
        return "quota"
    return None


def _fallback_reason(exc: BaseException) -> FallbackReason:
    if isinstance(exc, InputGuardrailTripwireTriggered):
        return "injection_suspected"
    if isinstance(exc, TimeoutError | ModelTimeoutError | openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, ModelRefusalError):
        return "refusal"
    if isinstance(exc, ModelBehaviorError):
        return "malformed"
    if isinstance(exc, MaxTurnsExceeded):
        return "max_turns"
    return "error"


def _record_usage(info: LlmRunInfo, usage: Any) -> None:
    if usage is None:
        return
    info.requests = usage.requests
    info.input_tokens = usage.input_tokens
    info.output_tokens = usage.output_tokens
    info.total_tokens = usage.total_tokens


async def _run_agent(
    agent: Agent[Any],
    prompt: str,
    ctx: DocumentContext,
    settings: Settings,
    info: LlmRunInfo,
    task: TaskKind,
    output_type: type[T],
    model: Model | None,
) -> T | None:
    """Run ``agent`` once within the time limit; None (and ``info.fallback_reason``) on failure."""
    run = build_run(settings, task, workflow=f"atspro.{info.task}", model=model)
    info.model, info.api = run.model, run.api
    started = time.perf_counter()
    output: Any = None
    try:
        result = await asyncio.wait_for(
            Runner.run(agent, prompt, context=ctx, max_turns=run.max_turns, run_config=run.config),
            timeout=run.timeout_s,
        )
        _record_usage(info, result.context_wrapper.usage)
        output = result.final_output
    except Exception as exc:  # every failure falls back; cancellation still propagates
        info.fallback_reason = _fallback_reason(exc)
        run_data = getattr(exc, "run_data", None)
        _record_usage(info, getattr(getattr(run_data, "context_wrapper", None), "usage", None))
        # The exception type only: messages can quote the document.
        log.warning(
            "LLM %s fell back (%s: %s)", info.task, info.fallback_reason, type(exc).__name__
        )
    finally:
        info.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        info.injection_flags = list(ctx.injection_flags)
        info.tool_calls = list(ctx.tool_calls)
        await run.aclose()
    if output is None:
        return None
    if not isinstance(output, output_type):
        info.fallback_reason = "malformed"
        return None
    return output


def _meta(info: LlmRunInfo) -> dict[str, Any]:
    return info.model_dump(mode="json")


# -------------------------------------------------------------------------------- merge ---


def _richness(items: Sequence[Any]) -> tuple[int, int]:
    return len(items), sum(len(getattr(x, "bullets", ()) or ()) for x in items)


def _pick_list(base: list[Any], llm: list[Any]) -> tuple[list[Any], Engine]:
    return (llm, "llm") if _richness(llm) > _richness(base) else (base, "deterministic")


def _fill(base: T | None, llm: T | None) -> tuple[T | None, Engine]:
    if base is None and llm is not None:
        return llm, "llm"
    return base, "deterministic"


def _union_names(base: list[str], llm: list[str]) -> tuple[list[str], bool]:
    names = list(base)
    seen = {canonical_skill(n).casefold() for n in base}
    for raw in llm:
        name = canonical_skill(raw)
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names, len(names) > len(base)


def merge_resume(base: Resume, draft: ResumeDraft) -> tuple[Resume, dict[str, Engine]]:
    """``base`` improved with a *grounded* draft (see the module docstring for the policy)."""
    merged = base.model_copy(deep=True)
    fields: dict[str, Engine] = {}

    contact_engine: Engine = "deterministic"
    for name in ("full_name", "email", "phone", "location"):
        value, engine = _fill(getattr(merged.contact, name), getattr(draft.contact, name))
        setattr(merged.contact, name, value)
        if engine == "llm":
            contact_engine = "merged"
    known = {li.url.rstrip("/").casefold() for li in merged.contact.links}
    for link in draft.contact.links:
        if link.url.rstrip("/").casefold() not in known:
            merged.contact.links.append(link)
            contact_engine = "merged"
    fields["contact"] = contact_engine

    merged.summary, fields["summary"] = _fill(merged.summary, draft.summary)
    for name in ("work_experience", "education", "certifications", "languages", "projects"):
        value, fields[name] = _pick_list(getattr(merged, name), getattr(draft, name))
        setattr(merged, name, value)
    if fields["work_experience"] == "llm":
        merged.total_years_experience = None
        merged.total_years_experience = total_years(merged, date.today())

    index = get_index()
    have = {canonical_skill(s.name).casefold() for s in merged.skills}
    added = False
    for raw in draft.skills:
        name = canonical_skill(raw)
        if name.casefold() in have:
            continue
        have.add(name.casefold())
        merged.skills.append(Skill(name=name, kind=index.kind(name) or "hard", surface_forms=[raw]))
        added = True
    fields["skills"] = "merged" if added else "deterministic"
    return merged, fields


def merge_job(base: Job, draft: JobDraft) -> tuple[Job, dict[str, Engine]]:
    """``base`` improved with a *grounded* draft; keywords and their weights stay ours."""
    merged = base.model_copy(deep=True)
    fields: dict[str, Engine] = {}
    for name in (
        "title",
        "company",
        "location",
        "work_mode",
        "employment_type",
        "seniority",
        "salary",
        "min_years_experience",
        "education_level",
    ):
        value, fields[name] = _fill(getattr(merged, name), getattr(draft, name))
        setattr(merged, name, value)
    merged.responsibilities, fields["responsibilities"] = _pick_list(
        merged.responsibilities, draft.responsibilities
    )
    required, more_req = _union_names(merged.required_skills, draft.required_skills)
    req_keys = {r.casefold() for r in required}
    preferred, more_pref = _union_names(merged.preferred_skills, draft.preferred_skills)
    merged.required_skills = required
    merged.preferred_skills = [p for p in preferred if p.casefold() not in req_keys]
    fields["skills"] = "merged" if more_req or more_pref else "deterministic"
    merged.soft_skills, more_soft = _union_names(merged.soft_skills, draft.soft_skills)
    fields["soft_skills"] = "merged" if more_soft else "deterministic"
    merged.certifications, more_cert = _union_names(merged.certifications, draft.certifications)
    fields["certifications"] = "merged" if more_cert else "deterministic"
    return merged, fields


# --------------------------------------------------------------------------- public API ---


@dataclass(frozen=True)
class _Extraction:
    """What differs between extracting a resume and a posting; the steps are the same."""

    task: str  # LlmRunInfo.task
    label: str  # how the prompt names the document
    doc_key: str  # the document's name in the run context
    budget: int  # characters sent at most
    agent: Agent[Any]
    draft_type: type
    ground: Callable[[Any, SourceText], tuple[Any, Counter[str]]]
    merge: Callable[[Any, Any], tuple[Any, dict[str, Engine]]]


_RESUME = _Extraction(
    "resume_extract",
    "resume",
    "resume",
    RESUME_CHAR_BUDGET,
    resume_extractor,
    ResumeDraft,
    ground_resume_draft,
    merge_resume,
)
_JOB = _Extraction(
    "job_extract",
    "job posting",
    "job",
    JOB_CHAR_BUDGET,
    job_extractor,
    JobDraft,
    ground_job_draft,
    merge_job,
)


async def _enhance(
    spec: _Extraction,
    text: str,
    base: T,
    settings: Settings,
    model: Model | None,
    quota: QuotaCheck | None,
) -> tuple[T, dict[str, Any]]:
    info = LlmRunInfo(task=spec.task)
    if reason := await _precheck(settings, model, quota, text):
        info.fallback_reason = reason
        return base, _meta(info)
    prompt, sent, info.truncated_input = extraction_input(spec.label, text, spec.budget)
    ctx = DocumentContext(documents={spec.doc_key: sent})
    draft = await _run_agent(
        spec.agent, prompt, ctx, settings, info, "extract", spec.draft_type, model
    )
    if draft is None:
        return base, _meta(info)
    grounded, dropped = spec.ground(draft, SourceText(text))
    merged, info.fields = spec.merge(base, grounded)
    info.engine, info.dropped = "llm", dict(dropped)
    return merged, _meta(info)


async def enhance_resume(
    text: str,
    base: Resume,
    settings: Settings,
    *,
    model: Model | None = None,
    quota: QuotaCheck | None = None,
) -> tuple[Resume, dict[str, Any]]:
    """``base`` (the deterministic parse of ``text``) improved by the extraction agent.

    Returns ``base`` unchanged, with the reason in the metadata, whenever the agent cannot help.
    """
    return await _enhance(_RESUME, text, base, settings, model, quota)


async def enhance_job(
    text: str,
    base: Job,
    settings: Settings,
    *,
    model: Model | None = None,
    quota: QuotaCheck | None = None,
) -> tuple[Job, dict[str, Any]]:
    """``base`` (the deterministic parse of the posting ``text``) improved by the agent."""
    return await _enhance(_JOB, text, base, settings, model, quota)


async def write_rewrites(
    resume: Resume,
    job: Job,
    report: MatchReport | None,
    settings: Settings,
    *,
    model: Model | None = None,
    quota: QuotaCheck | None = None,
    resume_text: str | None = None,
) -> tuple[Rewrites | None, dict[str, Any]]:
    """Grounded bullet rewrites and a tailored summary, or None (see ``fallback_reason``).

    ``report`` is the stored deterministic report (computed with ``score_match`` when None).
    """
    info = LlmRunInfo(task="rewrite")
    if reason := await _precheck(settings, model, quota):
        info.fallback_reason = reason
        return None, _meta(info)
    ctx = WritingContext.build(resume, job, report, resume_text)
    out = await _run_agent(
        optimizer, OPTIMIZER_INPUT, ctx, settings, info, "write", Rewrites, model
    )
    if out is None:
        return None, _meta(info)
    grounded, dropped = ground_rewrites(out, resume, job, resume_text)
    grounded.bullets = grounded.bullets[:MAX_REWRITES]
    info.dropped = dict(dropped)
    if not grounded.bullets and grounded.summary is None and out.bullets:
        info.fallback_reason = "ungrounded"  # the model wrote only things we had to remove
        return None, _meta(info)
    info.engine = "llm"
    info.fields = {"bullets": "llm", "summary": "llm" if grounded.summary else "deterministic"}
    return grounded, _meta(info)


def _within_words(paragraphs: list[str], limit: int) -> list[str]:
    """Whole paragraphs up to ``limit`` words (the first one always)."""
    kept, words = [], 0
    for p in paragraphs:
        words += len(p.split())
        if kept and words > limit:
            break
        kept.append(p)
    return kept


def _greeting(job: Job) -> str:
    return f"Dear {job.company} hiring team," if job.company else "Dear Hiring Manager,"


def _closing(resume: Resume) -> str:
    name = resume.contact.full_name
    return f"Sincerely,\n{name}" if name else "Sincerely,"


async def write_cover_letter(
    resume: Resume,
    job: Job,
    report: MatchReport | None,
    settings: Settings,
    *,
    model: Model | None = None,
    quota: QuotaCheck | None = None,
    resume_text: str | None = None,
) -> tuple[CoverLetter | None, dict[str, Any]]:
    """A short cover letter grounded in the resume and the posting, or None on fallback."""
    info = LlmRunInfo(task="cover_letter")
    if reason := await _precheck(settings, model, quota):
        info.fallback_reason = reason
        return None, _meta(info)
    ctx = WritingContext.build(resume, job, report, resume_text)
    draft = await _run_agent(
        cover_letter_writer,
        letter_input(ctx),
        ctx,
        settings,
        info,
        "write",
        CoverLetterDraft,
        model,
    )
    if draft is None:
        return None, _meta(info)
    if not any(p.strip() for p in draft.paragraphs):
        info.fallback_reason = "malformed"
        return None, _meta(info)
    paragraphs, dropped = ground_letter(draft, resume, job, resume_text)
    info.dropped = dict(dropped)
    if not paragraphs or len(paragraphs) < min(MIN_LETTER_PARAGRAPHS, len(draft.paragraphs)):
        info.fallback_reason = "ungrounded"
        return None, _meta(info)
    paragraphs = _within_words(paragraphs, MAX_LETTER_WORDS)
    info.engine, info.fields = "llm", {"body": "llm", "greeting": "deterministic"}
    letter = CoverLetter(greeting=_greeting(job), paragraphs=paragraphs, closing=_closing(resume))
    return letter, _meta(info)


def rewrites_map(r: Rewrites) -> dict[str, str]:
    """``{original bullet: new wording}`` for ``build_tailored_docx(rewrites=...)``.

    Rewrites that need the user's confirmation (``only_if_true``) are left out.
    """
    return {b.original: b.rewritten for b in r.bullets if not b.only_if_true}

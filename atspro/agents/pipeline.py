"""Deterministic first, LLM optional: the functions services call to use the agents.

Every function takes the deterministic result (or the inputs for writing), tries the agent when
an endpoint is configured and the user's allowance permits, and returns ``(result, metadata)``.
Whatever goes wrong (no key, allowance, timeout, HTTP error, refusal, malformed or incomplete
output, suspected injection) the caller gets the deterministic result back and
``metadata["fallback_reason"]`` says why.

**The score never changes because of a model.** ``enhance_resume``/``enhance_job`` return the
deterministic parse itself; what the model found that the parse lacks, and that passes the
record-level evidence rules (``grounding``), comes back as ``metadata["suggested"]``: shown as
AI-suggested, never scored. So the bot (with a model) and the CLI (without) give one score.

Writers are grounded in the document's own text and the deterministic parse. When more than a
share of what the model wrote has to be removed, the whole draft falls back; otherwise
``metadata["removed"]`` says which kinds of fact were taken out (``removed_note`` words it).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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
    Grounded,
    SourceText,
    ground_job_draft,
    ground_letter,
    ground_resume_draft,
    ground_rewrites,
)
from atspro.agents.guardrails import DocumentContext
from atspro.agents.provider import RequestCounter, TaskKind, build_run, llm_available
from atspro.agents.schemas import (
    CoverLetter,
    CoverLetterDraft,
    FallbackReason,
    JobDraft,
    LlmRunInfo,
    ResumeDraft,
    Rewrites,
)
from atspro.agents.suggestions import describe_suggestions, suggest_job, suggest_resume
from atspro.agents.writers import (
    OPTIMIZER_INPUT,
    WritingContext,
    cover_letter_writer,
    letter_input,
    optimizer,
)
from atspro.analysis.grounding import Claim
from atspro.config import Settings
from atspro.models import Job, MatchReport, Resume

log = logging.getLogger(__name__)

# Called with the kind of run ("extract" or "write"): each has its own daily allowance.
QuotaCheck = Callable[[TaskKind], Awaitable[bool]]
T = TypeVar("T")
MIN_LETTER_PARAGRAPHS = 2  # fewer grounded paragraphs than this is not a letter
MAX_LETTER_WORDS = 320  # "short": paragraphs past this are left out
MAX_REWRITES = 8  # more than this is a new resume, not a tailoring
# A draft that needed more than this share of its items (rewrites, summary, notes; letter
# sentences) removed is not trusted at all: the model was making things up.
MAX_DROPPED_SHARE = {"rewrite": 0.5, "cover_letter": 1 / 3}


# -------------------------------------------------------------------------------- quota ---


_ALLOWANCE_KINDS: dict[TaskKind, str] = {"extract": "llm_extract", "write": "llm"}


def daily_allowance(settings: Settings, task: TaskKind) -> int:
    """Runs per user per day for ``task``: reading documents and writing are counted apart,
    so uploads never use up the writing allowance."""
    return settings.llm_daily_extract_quota if task == "extract" else settings.llm_daily_quota


async def llm_quota_ok(
    usage_repo: Any, user_id: int, settings: Settings, task: TaskKind = "write"
) -> bool:
    """Count one ``task`` run against the user's daily allowance; False when it is used up.

    ``usage_repo`` is ``atspro.storage.repos.UsageRepo``. An allowance of 0 allows no runs.
    Services pass ``functools.partial(llm_quota_ok, repo, user_id, settings)``; the pipeline
    calls it with the kind of run.
    """
    limit = daily_allowance(settings, task)
    if limit <= 0:
        return False
    kind = _ALLOWANCE_KINDS[task]
    return bool(await usage_repo.hit(user_id, kind, window="day", limit=limit))


def quota_message(task: TaskKind, settings: Settings) -> str:
    """Which allowance is used up, in plain words."""
    if task == "extract":
        return (
            f"🤖 You have used today's AI reading allowance ({settings.llm_daily_extract_quota} "
            "per day): this document was read without AI. It resets tomorrow."
        )
    return (
        f"🤖 You have used today's AI writing allowance ({settings.llm_daily_quota} per day). "
        "It resets tomorrow."
    )


# ---------------------------------------------------------------------------- running ---


async def _precheck(
    settings: Settings,
    model: Model | None,
    quota: QuotaCheck | None,
    task: TaskKind,
    text: str = "-",
) -> FallbackReason | None:
    if model is None and not llm_available(settings):
        return "no_llm"
    if not text.strip():
        return "empty"  # nothing to read: not worth a model call or a unit of quota
    if quota is not None and not await quota(task):
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


def _record_usage(info: LlmRunInfo, counter: RequestCounter) -> None:
    info.requests = counter.requests
    info.input_tokens = counter.input_tokens
    info.output_tokens = counter.output_tokens
    info.total_tokens = counter.total_tokens


def missing_fields(output: Any, output_type: type) -> list[str]:
    """Top-level fields the answer did not contain. A strict schema makes every field required,
    so an answer without them is malformed, however valid its JSON (defaults would otherwise
    turn "{}" into "nothing to suggest")."""
    fields = getattr(output_type, "model_fields", {})
    given = getattr(output, "model_fields_set", set(fields))
    return [name for name in fields if name not in given]


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
        output = result.final_output
    except Exception as exc:  # every failure falls back; cancellation still propagates
        info.fallback_reason = _fallback_reason(exc)
        # The exception type only: messages can quote the document.
        log.warning(
            "LLM %s fell back (%s: %s)", info.task, info.fallback_reason, type(exc).__name__
        )
    finally:
        _record_usage(info, run.counter)  # spent requests count, failed or not
        info.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        info.injection_flags = list(ctx.injection_flags)
        info.tool_calls = list(ctx.tool_calls)
        await run.aclose()
    if output is None:
        return None
    if not isinstance(output, output_type) or missing_fields(output, output_type):
        info.fallback_reason = "malformed"
        return None
    return output


def _meta(info: LlmRunInfo) -> dict[str, Any]:
    return info.model_dump(mode="json")


def reading_note(meta: dict[str, Any] | None, settings: Settings) -> str | None:
    """What to add to the reply to an uploaded document about the AI reading of it: which
    allowance stopped it, or what it suggests (None: nothing worth saying)."""
    meta = meta or {}
    if meta.get("fallback_reason") == "quota":
        return quota_message("extract", settings)
    return describe_suggestions(meta.get("suggested"))


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
    ground: Callable[[Any, SourceText, Any], tuple[Any, Counter[str]]]
    suggest: Callable[[Any, Any], dict[str, Any]]


_RESUME = _Extraction(
    "resume_extract",
    "resume",
    "resume",
    RESUME_CHAR_BUDGET,
    resume_extractor,
    ResumeDraft,
    lambda draft, source, base: ground_resume_draft(draft, source),
    suggest_resume,
)
_JOB = _Extraction(
    "job_extract",
    "job posting",
    "job",
    JOB_CHAR_BUDGET,
    job_extractor,
    JobDraft,
    ground_job_draft,
    suggest_job,
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
    if reason := await _precheck(settings, model, quota, "extract", text):
        info.fallback_reason = reason
        return base, _meta(info)
    prompt, sent, info.truncated_input = extraction_input(spec.label, text, spec.budget)
    ctx = DocumentContext(documents={spec.doc_key: sent})
    draft = await _run_agent(
        spec.agent, prompt, ctx, settings, info, "extract", spec.draft_type, model
    )
    if draft is None:
        return base, _meta(info)
    grounded, dropped = spec.ground(draft, SourceText(text), base)
    suggested = spec.suggest(base, grounded)
    info.engine, info.dropped = "llm", dict(dropped)
    info.fields = {name: "llm" for name in suggested}
    return base, _meta(info) | {"suggested": suggested}


async def enhance_resume(
    text: str,
    base: Resume,
    settings: Settings,
    *,
    model: Model | None = None,
    quota: QuotaCheck | None = None,
) -> tuple[Resume, dict[str, Any]]:
    """``base`` (the deterministic parse of ``text``), unchanged, and the extraction agent's
    grounded additions as ``metadata["suggested"]`` (AI-suggested, never scored)."""
    return await _enhance(_RESUME, text, base, settings, model, quota)


async def enhance_job(
    text: str,
    base: Job,
    settings: Settings,
    *,
    model: Model | None = None,
    quota: QuotaCheck | None = None,
) -> tuple[Job, dict[str, Any]]:
    """``base`` (the deterministic parse of the posting ``text``), unchanged, and the agent's
    grounded additions as ``metadata["suggested"]``. Skill tiers are never changed."""
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
    if reason := await _precheck(settings, model, quota, "write"):
        info.fallback_reason = reason
        return None, _meta(info)
    ctx = WritingContext.build(resume, job, report, resume_text)
    out = await _run_agent(
        optimizer, OPTIMIZER_INPUT, ctx, settings, info, "write", Rewrites, model
    )
    if out is None:
        return None, _meta(info)
    grounded, checked = ground_rewrites(out, resume, job, resume_text)
    grounded.bullets = grounded.bullets[:MAX_REWRITES]
    if _too_much_removed(info, checked) or (
        not grounded.bullets and grounded.summary is None and out.bullets
    ):
        info.fallback_reason = "ungrounded"  # the model wrote mostly things we had to remove
        return None, _meta(info)
    info.engine = "llm"
    info.fields = {"bullets": "llm", "summary": "llm" if grounded.summary else "deterministic"}
    return grounded, _meta(info)


def _too_much_removed(info: LlmRunInfo, checked: Grounded) -> bool:
    """Record what grounding removed and why; True when it is too much to trust the rest."""
    info.dropped, info.removed = dict(checked.dropped), dict(checked.removed)
    return checked.dropped_share > MAX_DROPPED_SHARE[info.task]


def removed_kinds(meta: dict[str, Any]) -> str:
    """The kinds of fact grounding removed, in plain words ("a number, an employer")."""
    removed = meta.get("removed") or {}
    return ", ".join(Claim(kind, "").label for kind in removed if kind in _CLAIM_KINDS)


def removed_note(meta: dict[str, Any]) -> str | None:
    """One line telling the user what grounding took out of a draft, and why (None: nothing)."""
    count = sum((meta.get("dropped") or {}).values())
    if not count:
        return None
    kinds = removed_kinds(meta)
    why = f" ({kinds} your resume does not show)" if kinds else ""
    noun = "item" if count == 1 else "items"
    return f"🧹 I removed {count} {noun} that stated things your resume does not back up{why}."


_CLAIM_KINDS = frozenset(
    [
        "number",
        "percent",
        "multiplier",
        "duration",
        "name",
        "employment",
        "degree",
        "title",
        "skill",
    ]
)


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
    if reason := await _precheck(settings, model, quota, "write"):
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
    paragraphs, checked = ground_letter(draft, resume, job, resume_text)
    too_much = _too_much_removed(info, checked)
    if (
        too_much
        or not paragraphs
        or len(paragraphs) < min(MIN_LETTER_PARAGRAPHS, len(draft.paragraphs))
    ):
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

"""Writing agents: bullet rewrites (the optimizer) and cover letters.

The optimizer works through tools backed by our own code: it reads the parsed resume and job,
the deterministic match report (``analysis/score.py``), the missing keywords, and asks
``check_rewrite`` whether a proposed wording is grounded before returning it. The pipeline
re-checks every rewrite afterwards anyway: the tool helps the model succeed, the post-check is
what guarantees honesty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from agents import Agent, RunContextWrapper, function_tool

from atspro.agents.grounding import check_rewrite as _check_rewrite
from atspro.agents.grounding import job_plain_text
from atspro.agents.guardrails import (
    DATA_NOTICE,
    DocumentContext,
    injection_guardrail,
    wrap_document,
)
from atspro.agents.schemas import CoverLetterDraft, Rewrites
from atspro.analysis.scoring.matching import resume_plain_text
from atspro.analysis.scoring.report import score_match
from atspro.models import Job, MatchReport, Resume

MAX_BULLETS_SHOWN = 40  # bullets handed to the optimizer (a long CV has more than it can use)


@dataclass
class WritingContext(DocumentContext):
    """What the writing agents' tools read. Built by the pipeline, never by the model."""

    resume: Resume = field(default_factory=Resume)
    job: Job = field(default_factory=Job)
    report: MatchReport | None = None
    resume_text: str | None = None

    @classmethod
    def build(
        cls, resume: Resume, job: Job, report: MatchReport | None, resume_text: str | None
    ) -> WritingContext:
        text = resume_text if resume_text is not None else resume_plain_text(resume)
        return cls(
            documents={"resume": text, "job": job_plain_text(job)},
            resume=resume,
            job=job,
            report=report,
            resume_text=resume_text,
        )

    def match_report(self) -> MatchReport:
        if self.report is None:  # the deterministic score, never the model's opinion
            self.report = score_match(self.resume, self.job, resume_text=self.resume_text)
        return self.report


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def resume_for_model(resume: Resume) -> dict[str, Any]:
    """The resume without contact details: a writer needs the name, not the phone number."""
    data = resume.model_dump(
        mode="json",
        include={"summary", "work_experience", "education", "certifications", "projects"},
        exclude_none=True,
    )
    data["name"] = resume.contact.full_name
    data["skills"] = [s.name for s in resume.skills]
    roles = data.get("work_experience", [])
    shown = 0
    for role in roles:
        keep = max(0, MAX_BULLETS_SHOWN - shown)
        role["bullets"] = role.get("bullets", [])[:keep]
        shown += len(role["bullets"])
    return data


def job_for_model(job: Job) -> dict[str, Any]:
    return job.model_dump(
        mode="json",
        include={
            "title",
            "company",
            "seniority",
            "responsibilities",
            "required_skills",
            "preferred_skills",
            "soft_skills",
            "min_years_experience",
            "certifications",
        },
        exclude_none=True,
    ) | {"keywords": [k.term for k in job.keywords[:25]]}


def report_for_model(report: MatchReport) -> dict[str, Any]:
    return {
        "score": report.score,
        "components": [
            {"name": c.name, "score": c.score, "matched": c.matched, "missing": c.missing}
            for c in report.components
            if c.applicable
        ],
        "missing_keywords": report.missing_keywords,
    }


@function_tool
def get_resume(ctx: RunContextWrapper[WritingContext]) -> str:
    """The candidate's parsed resume as JSON (contact details left out)."""
    ctx.context.tool_calls.append("get_resume")
    return wrap_document("resume", _dump(resume_for_model(ctx.context.resume)))


@function_tool
def get_job(ctx: RunContextWrapper[WritingContext]) -> str:
    """The parsed job posting as JSON: title, duties, required and preferred skills, keywords."""
    ctx.context.tool_calls.append("get_job")
    return wrap_document("job", _dump(job_for_model(ctx.context.job)))


@function_tool
def get_match_report(ctx: RunContextWrapper[WritingContext]) -> str:
    """The deterministic ATS match report: overall score, per-component matched and missing."""
    ctx.context.tool_calls.append("get_match_report")
    return _dump(report_for_model(ctx.context.match_report()))


@function_tool
def list_missing_keywords(ctx: RunContextWrapper[WritingContext]) -> list[str]:
    """Posting skills and keywords the resume does not show, most important first."""
    ctx.context.tool_calls.append("list_missing_keywords")
    return list(ctx.context.match_report().missing_keywords)


@function_tool
def check_rewrite(ctx: RunContextWrapper[WritingContext], original: str, proposed: str) -> str:
    """Check a proposed bullet rewrite against the grounding rules before you return it.

    Args:
        original: The resume bullet, copied exactly.
        proposed: Your new wording for it.
    """
    ctx.context.tool_calls.append("check_rewrite")
    c = ctx.context
    verdict = _check_rewrite(original, proposed, c.resume, c.job, c.resume_text)
    advice = (
        "ok"
        if verdict.ok
        else "unknown bullet: copy `original` exactly from get_resume"
        if verdict.original is None
        else "remove facts the resume does not contain, or set only_if_true"
    )
    return _dump(
        {
            "ok": verdict.ok,
            "original_found": verdict.original is not None,
            "ungrounded": verdict.ungrounded,
            "adds_keywords": verdict.adds_keywords,
            "advice": advice,
        }
    )


optimizer: Agent[WritingContext] = Agent(
    name="resume_optimizer",
    instructions=(
        "You tailor a resume's bullets to one job posting, honestly. First call get_resume, "
        "get_job and get_match_report (together). Pick up to 6 bullets that could better show "
        "what the posting asks for and rewrite each: strong verb, the outcome the bullet already "
        "states, the posting's wording for skills the candidate already shows. Call "
        "check_rewrite for your rewrites (together) and return only the ones it accepts. "
        "Rules: copy `original` exactly; keep every fact; never add employers, job titles, "
        "degrees, dates, numbers, tools or skills the resume does not contain. If a wording "
        "needs such a fact, set only_if_true=true. Put missing keywords the candidate may have "
        "but does not show into notes as 'add only if true: …'. summary: 2-3 sentences built "
        "from resume facts for this posting, or null. " + DATA_NOTICE
    ),
    tools=[get_resume, get_job, get_match_report, list_missing_keywords, check_rewrite],
    output_type=Rewrites,
    input_guardrails=[injection_guardrail],
)

cover_letter_writer: Agent[WritingContext] = Agent(
    name="cover_letter_writer",
    instructions=(
        "You write the body of a short cover letter (3 paragraphs, at most 220 words) from "
        "the resume and the job posting below. Be specific: name the role and the company as "
        "the posting does, and pick 2-3 concrete achievements from the resume that answer the "
        "posting's needs (get_match_report shows what matches). No greeting and no sign-off: "
        "they are added for you. No placeholders like [Company]. Never claim skills, "
        "employers, titles, degrees, dates or numbers the resume does not contain. " + DATA_NOTICE
    ),
    tools=[get_match_report],
    output_type=CoverLetterDraft,
    input_guardrails=[injection_guardrail],
)


def letter_input(ctx: WritingContext) -> str:
    return (
        "Write the cover letter body for this application.\n\n"
        + wrap_document("resume", _dump(resume_for_model(ctx.resume)))
        + "\n\n"
        + wrap_document("job", _dump(job_for_model(ctx.job)))
    )


OPTIMIZER_INPUT = "Tailor this resume's bullets to the job posting, using your tools."

"""What the agents return: structured outputs, and the run metadata stored next to results.

The extraction agents return *drafts* (``ResumeDraft``, ``JobDraft``): the domain models minus
the fields our own code computes (skill evidence, keyword ranking, warnings). Every field of an
OpenAI strict JSON schema is required, so asking the model for fields we would throw away only
costs tokens. The pipeline grounds a draft in the source text and merges it into the
deterministic ``Resume``/``Job``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from atspro.models import (
    Certification,
    Contact,
    Education,
    EducationLevel,
    Language,
    Project,
    Salary,
    WorkExperience,
    WorkMode,
)


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


# ----------------------------------------------------------------------------- extraction ---


class ResumeDraft(_Out):
    """A resume as the extraction agent reads it. Copy text as written; never infer."""

    contact: Contact = Field(default_factory=Contact)
    summary: str | None = Field(None, description="The resume's own summary/profile paragraph")
    work_experience: list[WorkExperience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills: list[str] = Field(
        default_factory=list, description="Skills named in the resume, spelled as written"
    )
    languages: list[Language] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)


class JobDraft(_Out):
    """A job posting as the extraction agent reads it. Copy text as written; never infer."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    work_mode: WorkMode | None = None
    employment_type: str | None = Field(None, description="full-time, part-time, contract…")
    seniority: str | None = Field(None, description="junior, mid, senior, lead… as written")
    salary: Salary | None = None
    responsibilities: list[str] = Field(default_factory=list)
    required_skills: list[str] = Field(default_factory=list, description="Must-have skills")
    preferred_skills: list[str] = Field(default_factory=list, description="Nice-to-have skills")
    soft_skills: list[str] = Field(default_factory=list)
    min_years_experience: float | None = None
    education_level: EducationLevel | None = Field(
        None, description="0 none, 1 high school, 2 associate, 3 bachelor, 4 master, 5 doctorate"
    )
    certifications: list[str] = Field(default_factory=list)


# -------------------------------------------------------------------------------- writing ---


class BulletRewrite(_Out):
    original: str = Field(description="The resume bullet, copied exactly")
    rewritten: str = Field(description="The improved bullet; facts only from the resume")
    adds_keywords: list[str] = Field(
        default_factory=list, description="Posting keywords the new wording adds"
    )
    only_if_true: bool = Field(
        False,
        description="True when the rewrite states something the resume does not show; the "
        "user must confirm it before using it",
    )
    reason: str = Field("", description="One short line: why this wording is better")


class Rewrites(_Out):
    bullets: list[BulletRewrite] = Field(default_factory=list)
    summary: str | None = Field(None, description="A tailored 2-3 sentence summary, or null")
    notes: list[str] = Field(default_factory=list, description="Short advice for the user")


class CoverLetterDraft(_Out):
    """What the writer agent returns: the body only; greeting and sign-off are ours."""

    paragraphs: list[str] = Field(description="3 or 4 short paragraphs, plain text")


class CoverLetter(_Out):
    greeting: str
    paragraphs: list[str]
    closing: str

    @property
    def text(self) -> str:
        return "\n\n".join([self.greeting, *self.paragraphs, self.closing])


# ------------------------------------------------------------------------------- metadata ---

Engine = Literal["llm", "deterministic", "merged"]
FallbackReason = Literal[
    "no_llm",  # no API key configured (or no model injected)
    "quota",  # the user's daily allowance for this kind of run (reading/writing) is used up
    "empty",  # the document has no text to read
    "injection_suspected",  # the input guardrail flagged the documents
    "timeout",
    "refusal",
    "malformed",  # output did not validate against the schema, or lacked expected fields
    "max_turns",
    "error",  # network, HTTP or SDK error
    "ungrounded",  # too much of what the model wrote failed the grounding rules
]


class LlmRunInfo(_Out):
    """How one enhancement/writing step went; stored in the row's ``metadata``.

    Contains no document text: counts, names of rules and field groups only.
    """

    task: str
    engine: Literal["llm", "deterministic"] = "deterministic"
    fallback_reason: FallbackReason | None = None
    model: str | None = None
    api: str | None = None
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0
    latency_ms: float = 0.0
    truncated_input: bool = False
    fields: dict[str, Engine] = Field(
        default_factory=dict, description="Which engine produced each field group"
    )
    dropped: dict[str, int] = Field(
        default_factory=dict, description="Items removed by grounding, by kind"
    )
    removed: dict[str, int] = Field(
        default_factory=dict,
        description="Why writing was removed: kinds of unsupported fact (number, employer…)",
    )
    injection_flags: list[str] = Field(default_factory=list, description="Guardrail rule names")
    tool_calls: list[str] = Field(default_factory=list, description="Tools the agent used")

"""Domain models shared by every layer: what a resume, a job and a match report are.

These are the JSON shapes stored in PostgreSQL (JSONB), printed by the CLI with ``--json`` and
passed between the analysis code, the agents and the bot. Change them with care: field names
are a public contract documented in the README.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False)


class EducationLevel(IntEnum):
    """Ordered so that ``resume_level >= job_level`` means the requirement is met."""

    NONE = 0
    HIGH_SCHOOL = 1
    ASSOCIATE = 2
    BACHELOR = 3
    MASTER = 4
    DOCTORATE = 5


# --------------------------------------------------------------------------------- resume ---


LinkKind = Literal["linkedin", "github", "gitlab", "portfolio", "other"]


class Link(_Model):
    kind: LinkKind = "other"
    url: str


class Contact(_Model):
    full_name: str | None = None
    email: str | None = None
    phone: str | None = Field(
        None, description="E.164 (+15551234567) when parseable, else as written"
    )
    location: str | None = None
    links: list[Link] = Field(default_factory=list)


class WorkExperience(_Model):
    company: str | None = None
    position: str | None = None
    location: str | None = None
    start: str | None = Field(None, description="YYYY-MM or YYYY")
    end: str | None = Field(None, description="YYYY-MM or YYYY; None when current or unknown")
    is_current: bool = False
    bullets: list[str] = Field(default_factory=list)


class Education(_Model):
    institution: str | None = None
    degree: str | None = None
    level: EducationLevel | None = None
    field: str | None = None
    graduation_date: str | None = Field(None, description="YYYY-MM or YYYY")
    gpa: str | None = None


class Certification(_Model):
    name: str
    issuer: str | None = None
    date: str | None = None


class Language(_Model):
    name: str
    proficiency: str | None = None


class Project(_Model):
    name: str
    description: str | None = None
    url: str | None = None
    bullets: list[str] = Field(default_factory=list)


SkillKind = Literal["hard", "soft"]


class Skill(_Model):
    name: str = Field(description="Canonical name from the taxonomy")
    kind: SkillKind = "hard"
    surface_forms: list[str] = Field(
        default_factory=list, description="Spellings found in the text"
    )
    sections: list[str] = Field(
        default_factory=list, description="Resume sections it appears in (skills, experience, …)"
    )
    count: int = 1
    recognised: bool = Field(
        True, description="False for a Skills-section item the taxonomy does not know"
    )


class Resume(_Model):
    contact: Contact = Field(default_factory=Contact)
    headline: str | None = Field(
        None,
        description="The professional title the person claims at the top (header or the "
        "summary's opening), as written; None when the resume states none",
    )
    summary: str | None = None
    work_experience: list[WorkExperience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    certifications: list[Certification] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    total_years_experience: float | None = Field(
        None, description="Union of all dated roles but internships (overlaps merged), in years"
    )
    stated_years_experience: float | None = Field(
        None, description="The years of experience the resume states ('5+ years of ...')"
    )
    sections: list[str] = Field(
        default_factory=list, description="Canonical section names in document order"
    )
    warnings: list[str] = Field(default_factory=list)


# ------------------------------------------------------------------------------------ job ---


WorkMode = Literal["remote", "hybrid", "onsite"]
SourceKind = Literal["board_api", "jsonld", "html", "text", "file"]


class Salary(_Model):
    min: float | None = None
    max: float | None = None
    currency: str | None = None
    period: Literal["hour", "day", "week", "month", "year"] | None = None
    text: str | None = Field(None, description="As written in the posting")


class Keyword(_Model):
    term: str
    weight: float = Field(ge=0, description="Relative importance, the top keyword is 1.0")
    count: int = 1


AskKind = Literal["required", "preferred", "mentioned"]


class Requirement(_Model):
    """One ask of a posting: a skill, or a one-of group satisfied by any of its members."""

    kind: AskKind = Field(
        "required",
        description="required: a requirements/must-have block; preferred: nice-to-have; "
        "mentioned: responsibilities, about, description",
    )
    skills: list[str] = Field(
        default_factory=list, description="Canonical names; more than one = any one of them"
    )
    soft: bool = False
    or_similar: bool = Field(False, description='"X or similar": an equivalent also counts')
    evidence: str = Field("", description="The posting's sentence the ask comes from")

    @property
    def label(self) -> str:
        if len(self.skills) > 1:
            return "one of: " + " / ".join(self.skills)
        return self.skills[0] if self.skills else ""


class EducationRequirement(_Model):
    level: EducationLevel | None = None
    fields: list[str] = Field(default_factory=list, description="Accepted fields of study")
    equivalent_experience: bool = Field(
        False, description="The posting accepts equivalent experience instead"
    )
    kind: AskKind = "required"
    evidence: str = ""


class Job(_Model):
    title: str | None = None
    company: str | None = None
    location: str | None = None
    work_mode: WorkMode | None = None
    employment_type: str | None = None
    seniority: str | None = None
    salary: Salary | None = None
    responsibilities: list[str] = Field(default_factory=list)
    required_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    preferred_skills: list[str] = Field(default_factory=list, description="Canonical skill names")
    soft_skills: list[str] = Field(default_factory=list, description="Canonical soft-skill names")
    min_years_experience: float | None = None
    education_level: EducationLevel | None = None
    education: EducationRequirement | None = None
    requirements: list[Requirement] = Field(
        default_factory=list,
        description="Every ask with its kind and evidence; required_skills/preferred_skills "
        "are views of it (see docs/job.md)",
    )
    has_requirements_block: bool = Field(
        False, description="The posting has an explicit requirements/qualifications block"
    )
    not_a_job: str | None = Field(
        None,
        description='"This doesn\'t look like a job posting: <reason>" when the text is a '
        "blog, news, a home page or a resume; such a Job must not be scored",
    )
    certifications: list[str] = Field(default_factory=list)
    keywords: list[Keyword] = Field(default_factory=list, description="Ranked, heaviest first")
    source_url: str | None = None
    source_kind: SourceKind = "text"
    warnings: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------------------------- match ---


class ScoreComponent(_Model):
    name: str
    weight: float = Field(
        ge=0, le=100, description="Share of the overall score; weights sum to 100"
    )
    score: float = Field(ge=0, le=100)
    applicable: bool = Field(True, description="False when the posting says nothing about it")
    matched: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    detail: str = ""


class Check(_Model):
    name: str
    passed: bool
    severity: Literal["info", "warning", "critical"] = "warning"
    message: str
    evidence: list[str] = Field(default_factory=list)


class Suggestion(_Model):
    category: str
    priority: int = Field(ge=1, le=3, description="1 = do this first")
    message: str
    evidence: list[str] = Field(default_factory=list)
    where: str | None = Field(None, description="Section or bullet to act on")
    only_if_true: bool = Field(
        False, description="Asks the user to add something the resume does not show"
    )


class MatchReport(_Model):
    score: float = Field(ge=0, le=100)
    summary: str = Field(
        "", description="The facts that drive the score, for the card's first line"
    )
    components: list[ScoreComponent] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    missing_keywords: list[str] = Field(default_factory=list)
    suggestions: list[Suggestion] = Field(default_factory=list)
    engine: str = "deterministic"
    version: str = "1"

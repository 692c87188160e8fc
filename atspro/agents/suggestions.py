"""What an extraction agent adds to the deterministic parse: AI suggestions, never scored.

``suggest_resume``/``suggest_job`` take a *grounded* draft (see ``grounding``) and keep only what
the parse lacks, by field group, JSON-ready; ``describe_suggestions`` words it in one line.
"""

from __future__ import annotations

from typing import Any

from atspro.agents.schemas import JobDraft, ResumeDraft
from atspro.analysis.scoring.matching import canonical_skill
from atspro.models import Job, Resume


def _key(*parts: str | None) -> str:
    return " ".join(" ".join((p or "").casefold().split()) for p in parts)


def _new_records(base: list[Any], llm: list[Any], *keys: str) -> list[dict[str, Any]]:
    have = {_key(*(getattr(x, k) for k in keys)) for x in base}
    out = []
    for item in llm:
        key = _key(*(getattr(item, k) for k in keys))
        if key.strip() and key not in have:
            have.add(key)
            out.append(item.model_dump(mode="json", exclude_none=True))
    return out


def _new_names(base: list[str], llm: list[str]) -> list[str]:
    have = {canonical_skill(n).casefold() for n in base}
    out = []
    for raw in llm:
        name = canonical_skill(raw)
        if name.casefold() not in have:
            have.add(name.casefold())
            out.append(name)
    return out


def suggest_resume(base: Resume, draft: ResumeDraft) -> dict[str, Any]:
    """What a *grounded* draft adds to the deterministic parse, by field group (JSON-ready).
    These are AI suggestions for the resume view: the score never reads them."""
    out: dict[str, Any] = {}
    contact = {
        name: getattr(draft.contact, name)
        for name in ("full_name", "email", "phone", "location")
        if getattr(base.contact, name) is None and getattr(draft.contact, name)
    }
    if contact:
        out["contact"] = contact
    if base.summary is None and draft.summary:
        out["summary"] = draft.summary
    groups = {
        "work_experience": ("company", "position"),
        "education": ("institution", "degree"),
        "certifications": ("name",),
        "languages": ("name",),
        "projects": ("name",),
    }
    for name, keys in groups.items():
        if added := _new_records(getattr(base, name), getattr(draft, name), *keys):
            out[name] = added
    if skills := _new_names([s.name for s in base.skills], draft.skills):
        out["skills"] = skills
    return out


_SUGGESTION_GROUPS = {
    "contact": "contact details",
    "summary": "a summary",
    "work_experience": "roles",
    "education": "education",
    "certifications": "certifications",
    "languages": "languages",
    "projects": "projects",
    "skills": "skills",
    "soft_skills": "soft skills",
    "responsibilities": "duties",
}


def describe_suggestions(suggested: dict[str, Any] | None) -> str | None:
    """One plain line naming what the AI suggests beyond our parse (None: nothing). These
    items are shown as AI-suggested and never scored."""
    if not suggested:
        return None
    parts = []
    for key, value in suggested.items():
        label = _SUGGESTION_GROUPS.get(key, key.replace("_", " "))
        if key in ("skills", "soft_skills"):
            parts.append(f"{label}: {', '.join(value[:8])}")
        elif isinstance(value, list):
            parts.append(f"{label} ({len(value)})")
        else:
            parts.append(label)
    return "🤖 AI-suggested (not used in the score): " + "; ".join(parts) + "."


def suggest_job(base: Job, draft: JobDraft) -> dict[str, Any]:
    """What a *grounded* job draft adds to the deterministic parse (never scored)."""
    out: dict[str, Any] = {}
    for name in ("title", "company", "location", "work_mode", "employment_type", "seniority"):
        if getattr(base, name) is None and getattr(draft, name) is not None:
            out[name] = getattr(draft, name)
    if base.salary is None and draft.salary is not None:
        out["salary"] = draft.salary.model_dump(mode="json", exclude_none=True)
    if base.min_years_experience is None and draft.min_years_experience is not None:
        out["min_years_experience"] = draft.min_years_experience
    if base.education_level is None and draft.education_level is not None:
        out["education_level"] = int(draft.education_level)
    have = {_key(r) for r in base.responsibilities}
    if duties := [r for r in draft.responsibilities if _key(r) not in have]:
        out["responsibilities"] = duties
    for name in ("soft_skills", "certifications"):
        if added := _new_names(getattr(base, name), getattr(draft, name)):
            out[name] = added
    return out

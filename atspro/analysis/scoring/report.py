"""Resume x Job -> MatchReport: the score's components, the checks and the suggestions together.

``score_match`` is the one entry point callers use. It composes ``score`` (components and the
weighted number), ``checks`` (job-independent findings) and ``suggest`` (what to change), so
none of those modules needs another's entry point (no import circle).
"""

from __future__ import annotations

from datetime import date

from atspro.analysis.documents.facts import LayoutFacts
from atspro.analysis.scoring.checks import run_checks
from atspro.analysis.scoring.matching import build_evidence
from atspro.analysis.scoring.quoting import holds_title
from atspro.analysis.scoring.score import (
    ENGINE_VERSION,
    combine,
    dedupe_casefold,
    score_components,
    skill_asks,
)
from atspro.analysis.scoring.suggest import suggest
from atspro.models import Job, MatchReport, Resume, ScoreComponent

__all__ = ["LayoutFacts", "explain", "score_match"]


def _years_short(comp: ScoreComponent, job: Job) -> str | None:
    """ "2 years short" from the experience component's detail, or None when met/unknown."""
    if not comp.missing or job.min_years_experience is None:
        return None
    have = comp.detail.split(" ", 1)[0]
    try:
        gap = job.min_years_experience - float(have)
    except ValueError:
        return f"years not dated (posting asks {job.min_years_experience:g}+)"
    if gap <= 0:
        return None
    if gap < 1:
        return "under a year short"
    return f"{gap:.0f} year{'s' if round(gap) != 1 else ''} short"


def explain(components: list[ScoreComponent], job: Job) -> str:
    """The two or three facts that drive the number: "3 of 7 must-haves shown; title matches"."""
    by = {c.name: c for c in components if c.applicable}
    facts: list[str] = []
    if hard := by.get("hard_skills"):
        required = [a.label for a in skill_asks(job) if a.required]
        if required:
            shown = sum(1 for label in required if label in hard.matched)
            facts.append(f"{shown} of {len(required)} must-haves shown")
        else:
            wanted = len(hard.matched) + len(hard.missing)
            facts.append(f"{len(hard.matched)} of {wanted} wanted skills shown")
    if title := by.get("job_title"):
        facts.append(
            "title matches"
            if title.score >= 80
            else "title close"
            if title.score >= 50
            else "related occupation"
            if title.score >= 25
            else "title differs"
        )
    if exp := by.get("experience"):
        if short := _years_short(exp, job):
            facts.append(short)
        elif exp.score >= 90:
            facts.append("years met")
    if (edu := by.get("education")) and edu.missing:
        facts.append(f"{edu.missing[0].lower()} degree not shown")
    return "; ".join(facts[:3])


def keyword_parts(terms: list[str]) -> list[str]:
    """A keyword never holds a comma: "Accounting, Finance" is two keywords, shown as two."""
    return [part.strip() for term in terms for part in term.split(",") if part.strip()]


def score_match(
    resume: Resume,
    job: Job,
    *,
    resume_text: str | None = None,
    layout: LayoutFacts | None = None,
    today: date | None = None,
) -> MatchReport:
    """Score ``resume`` against ``job`` and list checks and ranked suggestions.

    ``resume_text`` is the text a reader can see (the service passes the visible text only when
    ``layout.hidden_text_chars > 0``); without it the text is rebuilt from ``resume``.
    ``today`` fixes "now" for recency and current roles (defaults to the real date).
    """
    today = today or date.today()
    ev = build_evidence(resume, resume_text, today)
    resume = ev.resume or resume  # only what the reader can see is scored and checked
    components = score_components(resume, job, ev, today)
    score = combine(components)
    by_name = {c.name: c for c in components}
    missing = by_name["hard_skills"].missing + by_name["keywords"].missing
    missing_keywords = dedupe_casefold(
        [t for t in keyword_parts(missing) if not holds_title(t, job)]
    )[:20]
    report = MatchReport(
        score=score,
        summary=explain(components, job),
        components=components,
        checks=run_checks(resume, ev.visible_text, layout, today),
        missing_keywords=missing_keywords,
        engine="deterministic",
        version=ENGINE_VERSION,
    )
    report.suggestions = suggest(report, resume, job, evidence=ev)
    return report

"""Resume x Job -> MatchReport: how an ATS and a recruiter would see the fit.

Deterministic and explainable: the same inputs always give the same report, and every point of
the score can be traced to a component's matched/missing evidence.

How the overall score is built (docs/scoring.md has the long version):

* Each component in ``WEIGHTS`` gets its own 0-100 score.
* A component is *applicable* only when the posting says something about it (no stated degree:
  education is not scored). Weights are renormalised over the applicable components, and each
  component's ``weight`` in the report is that effective share, so the reported weights always
  sum to 100 and ``score == sum(weight * score) / 100``. Non-applicable components get weight 0.
* Checks (contact, format, stuffing…) are reported next to the score and never change it.
* ``score_match`` also fills ``report.suggestions`` by calling ``suggest.suggest`` so one call
  gives the whole answer; ``suggest`` can be called on its own with an existing report.

Anti-gaming: everything is scored from the parsed ``Resume`` grounded in the *visible* text
(``resume_text``). Terms count once whether written once or fifty times, hidden text passed by
a careful caller never reaches the scorer, and instructions in the text are just words.
"""

from __future__ import annotations

import re
from datetime import date

from atspro.analysis.documents.facts import LayoutFacts
from atspro.analysis.scoring.checks import run_checks
from atspro.analysis.scoring.matching import (
    PLACE_CREDIT,
    SHOWN_PLACES,
    ResumeEvidence,
    build_evidence,
    canonical_skill,
    contains_term,
    role_interval,
    role_text,
    total_years,
    union_years,
)
from atspro.analysis.taxonomy.skills import get_index
from atspro.analysis.taxonomy.titles import core_title, title_similarity
from atspro.models import EducationLevel, Job, MatchReport, Resume, ScoreComponent, WorkExperience

__all__ = [
    "KEYWORD_LIMIT",
    "PREFERRED_SKILL_WEIGHT",
    "REQUIRED_SKILL_WEIGHT",
    "WEIGHTS",
    "LayoutFacts",
    "score_match",
]

ENGINE_VERSION = "1"

# Nominal share of each component in the overall score (sum 100). Hard skills lead because they
# are what ATS filters and recruiters search on; title and experience are the next screen.
WEIGHTS: dict[str, float] = {
    "hard_skills": 40,
    "job_title": 15,
    "experience": 15,
    "keywords": 15,
    "education": 10,
    "soft_skills": 5,
}
COMPONENT_LABELS: dict[str, str] = {
    "hard_skills": "Hard skills",
    "job_title": "Job title",
    "experience": "Experience",
    "keywords": "Keywords",
    "education": "Education",
    "soft_skills": "Soft skills",
}


def component_label(name: str) -> str:
    """The one label of a score component, for the chat, the PNG card and the CLI alike."""
    return COMPONENT_LABELS.get(name, name.replace("_", " ").capitalize())


REQUIRED_SKILL_WEIGHT = 2.0  # a required skill counts twice a preferred one
PREFERRED_SKILL_WEIGHT = 1.0
KEYWORD_LIMIT = 25  # the posting's heaviest keywords that are scored
RECENT_YEARS = 2.0  # a relevant role that ended within this many years is "recent"
STALE_YEARS = 10.0  # ... and counts for nothing after this many
# Education score by how many levels short of the requirement the resume is.
EDUCATION_SHORTFALL_SCORE = {0: 100.0, 1: 50.0, 2: 20.0}
# Rough degree detection for when the parser left ``level`` empty.
_DEGREE_WORDS: list[tuple[EducationLevel, tuple[str, ...]]] = [
    (EducationLevel.DOCTORATE, ("phd", "ph.d", "doctorate", "doctor of")),
    (EducationLevel.MASTER, ("master", "msc", "m.sc", "mba", "m.s.", "meng", "m.eng", "ma ")),
    (
        EducationLevel.BACHELOR,
        ("bachelor", "bsc", "b.sc", "b.s.", "ba ", "b.a.", "beng", "b.eng", "btech", "b.tech"),
    ),
    (EducationLevel.ASSOCIATE, ("associate",)),
    (EducationLevel.HIGH_SCHOOL, ("high school", "secondary", "ged", "a-level")),
]


def _component(name: str, score: float, applicable: bool, **kw: object) -> ScoreComponent:
    return ScoreComponent(
        name=name,
        weight=WEIGHTS[name],
        score=round(max(0.0, min(100.0, score)), 1),
        applicable=applicable,
        **kw,
    )


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


# ------------------------------------------------------------------------- components ---


def job_skill_weights(job: Job) -> dict[str, float]:
    """Canonical skill -> weight; a skill both required and preferred counts as required."""
    wanted: dict[str, float] = {}
    for term in job.required_skills:
        wanted.setdefault(canonical_skill(term), REQUIRED_SKILL_WEIGHT)
    for term in job.preferred_skills:
        wanted.setdefault(canonical_skill(term), PREFERRED_SKILL_WEIGHT)
    return wanted


def hard_skills_component(job: Job, ev: ResumeEvidence) -> ScoreComponent:
    wanted = job_skill_weights(job)
    if not wanted:
        return _component("hard_skills", 0, False, detail="The posting lists no hard skills.")
    got = total = 0.0
    matched, missing, listed_only = [], [], []
    for skill, weight in wanted.items():
        places = ev.places_of(skill)
        credit = max((PLACE_CREDIT.get(p, 0.7) for p in places), default=0.0)
        total += weight
        got += weight * credit
        if not places:
            missing.append(skill)
        else:
            matched.append(skill)
            if not places & SHOWN_PLACES:
                listed_only.append(skill)
    required = {canonical_skill(t) for t in job.required_skills}
    req_hit = sum(1 for s in matched if s in required)
    detail = f"{req_hit}/{len(required)} required and {len(matched) - req_hit}/{len(wanted) - len(required)} preferred skills found"
    if listed_only:
        detail += f"; listed but not shown in a bullet: {', '.join(listed_only)}"
    return _component(
        "hard_skills", 100 * got / total, True, matched=matched, missing=missing, detail=detail
    )


def _resume_titles(resume: Resume, today: date) -> list[tuple[str, float]]:
    """(title, factor): the latest role counts fully, older roles a little less."""

    def end_key(i: int) -> float:
        span = role_interval(resume.work_experience[i], today)
        return span[1] if span else -i  # undated roles after dated ones, in document order

    order = sorted(range(len(resume.work_experience)), key=end_key, reverse=True)
    titles = []
    for rank, i in enumerate(order):
        position = resume.work_experience[i].position
        if position:
            titles.append((position, 1.0 if rank == 0 else 0.9))
    return titles


def job_title_component(
    resume: Resume, job: Job, ev: ResumeEvidence, today: date
) -> ScoreComponent:
    if not job.title:
        return _component("job_title", 0, False, detail="The posting has no title.")
    best, best_title = 0.0, ""
    for title, factor in _resume_titles(resume, today):
        if title not in ev.place_text.get("experience", ""):
            continue  # the role's title is not visible
        sim = title_similarity(title, job.title) * factor
        if sim > best:
            best, best_title = sim, title
    summary = ev.place_text.get("summary", "")
    core = core_title(job.title)
    if summary and best < 0.8 and core and contains_term(summary, core):
        best, best_title = 0.8, "summary"
    if best >= 0.5:
        detail = f"Closest: {best_title!r} vs {job.title!r}"
        return _component("job_title", 100 * best, True, matched=[best_title], detail=detail)
    detail = f"No role title close to {job.title!r}"
    return _component("job_title", 100 * best, True, missing=[job.title], detail=detail)


def relevant_roles(resume: Resume, job: Job) -> list[WorkExperience]:
    """Roles related to the posting: a close title, or the posting's skills used in the role."""
    # Each skill as the posting wrote it and as the taxonomy names it ("Kafka", "Apache Kafka").
    skills = [
        {t, canonical_skill(t)} for t in dict.fromkeys(job.required_skills + job.preferred_skills)
    ]
    need = 1 if len(skills) <= 2 else 2
    out = []
    for role in resume.work_experience:
        title_sim = (
            title_similarity(role.position, job.title) if role.position and job.title else 0.0
        )
        body = role_text(role)
        if title_sim >= 0.5 or (
            skills
            and sum(1 for forms in skills if any(contains_term(body, f) for f in forms)) >= need
        ):
            out.append(role)
    return out


def _recency(roles: list[WorkExperience], today: date) -> tuple[float, str]:
    """1.0 when a relevant role is current or recent, decaying to 0 after STALE_YEARS."""
    now = today.year + today.month / 12
    best, label = 0.0, "no role related to the posting"
    for role in roles:
        span = role_interval(role, today)
        if span is None:
            recency = 0.5  # relevant but undated
        else:
            gap = max(0.0, now - span[1])
            recency = (
                1.0
                if gap <= RECENT_YEARS
                else max(0.0, 1 - (gap - RECENT_YEARS) / (STALE_YEARS - RECENT_YEARS))
            )
        if recency > best:
            best, label = recency, role.position or role.company or "a role"
    return best, label


def effective_years(
    resume: Resume, roles: list[WorkExperience], today: date
) -> tuple[float | None, float | None]:
    """(effective, relevant) years: relevant years count fully, other years half.

    Recruiters read "5+ years of backend experience" as years doing that job. When relevance
    cannot be dated (relevant roles without dates) the total is used as is.
    """
    total = total_years(resume, today)
    if total is None:
        return None, None
    relevant = union_years(roles, today)
    if relevant is None:
        return (total, None) if roles else (0.5 * total, 0.0)
    relevant = min(relevant, total)
    return round(relevant + 0.5 * (total - relevant), 2), relevant


def experience_component(resume: Resume, job: Job, today: date) -> ScoreComponent:
    if job.min_years_experience is None:
        return _component(
            "experience", 0, False, detail="The posting states no years of experience."
        )
    need = job.min_years_experience
    if job.title or job.required_skills or job.preferred_skills:
        roles = relevant_roles(resume, job)
        years, relevant = effective_years(resume, roles, today)
        recency, role = _recency(roles, today)
        ratio = 1.0 if need <= 0 else min(1.0, (years or 0.0) / need)
        score = 100 * (0.75 * ratio + 0.25 * recency)
        total = total_years(resume, today)
        have = "unknown years" if years is None else f"{years:g} years"
        if relevant is not None and total is not None and relevant < total:
            have = f"{have} ({relevant:g} relevant of {total:g} total, other years count half)"
        detail = f"{have} vs {need:g} required; most recent relevant role: {role}"
    else:  # nothing to judge relevance by: total years alone
        years = total_years(resume, today)
        ratio = 1.0 if need <= 0 else min(1.0, (years or 0.0) / need)
        score = 100 * ratio
        have = "unknown" if years is None else f"{years:g}"
        detail = f"{have} years vs {need:g} required"
    matched = [f"{years:g} years"] if ratio >= 1 and years is not None else []
    missing = [] if ratio >= 1 else [f"{need:g}+ years"]
    return _component("experience", score, True, matched=matched, missing=missing, detail=detail)


def education_level(resume: Resume) -> EducationLevel | None:
    """Highest level on the resume, from the parser or guessed from the degree's wording."""
    levels = []
    for ed in resume.education:
        if ed.level is not None:
            levels.append(EducationLevel(ed.level))
            continue
        text = f" {(ed.degree or '').lower()} "
        for level, words in _DEGREE_WORDS:
            if any(w in text for w in words):
                levels.append(level)
                break
    return max(levels) if levels else None


def education_component(resume: Resume, job: Job) -> ScoreComponent:
    if not job.education_level:
        return _component("education", 0, False, detail="The posting states no education level.")
    need = EducationLevel(job.education_level)
    have = education_level(resume)
    if have is None:
        return _component(
            "education",
            0,
            True,
            missing=[need.name.title()],
            detail="No degree found on the resume",
        )
    short = max(0, need - have)
    score = EDUCATION_SHORTFALL_SCORE.get(short, 0.0)
    detail = f"{have.name.title()} vs {need.name.title()} required"
    if short == 0:
        return _component("education", score, True, matched=[have.name.title()], detail=detail)
    return _component("education", score, True, missing=[need.name.title()], detail=detail)


def soft_skills_component(job: Job, ev: ResumeEvidence) -> ScoreComponent:
    wanted = _dedupe([canonical_skill(s) for s in job.soft_skills])
    if not wanted:
        return _component("soft_skills", 0, False, detail="The posting names no soft skills.")
    got = 0.0
    matched, missing = [], []
    for skill in wanted:
        credit = ev.credit(skill)
        if credit == 0 and _stem_found(ev.visible_text, skill):
            credit = PLACE_CREDIT["other"]
        got += credit
        (matched if credit else missing).append(skill)
    detail = f"{len(matched)}/{len(wanted)} soft skills found"
    return _component(
        "soft_skills",
        100 * got / len(wanted),
        True,
        matched=matched,
        missing=missing,
        detail=detail,
    )


def _stem_found(text: str, term: str) -> bool:
    """'communication' also matches 'communicated'; 'leadership' matches 'leader'."""
    words = term.split()
    if len(words) != 1:
        return False
    stem = words[0].lower()
    for suffix in ("ship", "ation", "ion", "ing", "ive", "ity", "ness", "s"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 5:
            stem = stem[: -len(suffix)]
            break
    if len(stem) < 5:
        return False
    return re.search(rf"(?i)(?<![a-z]){re.escape(stem)}[a-z]*", text) is not None


def keywords_component(job: Job, ev: ResumeEvidence) -> ScoreComponent:
    keywords = sorted(job.keywords, key=lambda k: -k.weight)[:KEYWORD_LIMIT]
    keywords = [k for k in keywords if k.term.strip()]
    if not keywords:
        return _component("keywords", 0, False, detail="The posting has no extracted keywords.")
    index = get_index()
    got = total = 0.0
    matched, missing = [], []
    for kw in keywords:
        weight = max(kw.weight, 0.05)
        total += weight
        canon = index.canonical(kw.term)
        found = contains_term(ev.visible_text, kw.term) or bool(
            canon and canon.lower() in ev.visible_skills
        )
        if found:
            got += weight
            matched.append(kw.term)
        else:
            missing.append(kw.term)
    detail = f"{len(matched)}/{len(keywords)} of the posting's top keywords appear in the resume"
    return _component(
        "keywords", 100 * got / total, True, matched=matched, missing=missing, detail=detail
    )


# ------------------------------------------------------------------------------- main ---


def combine(components: list[ScoreComponent]) -> float:
    """Overall score; sets each component's ``weight`` to its effective share (see module doc)."""
    live = sum(c.weight for c in components if c.applicable)
    total = 0.0
    for c in components:
        c.weight = round(100 * c.weight / live, 4) if c.applicable and live else 0.0
        total += c.weight * c.score / 100
    return round(max(0.0, min(100.0, total)), 1)


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
    from atspro.analysis.scoring.suggest import suggest  # suggest imports this module's helpers

    today = today or date.today()
    ev = build_evidence(resume, resume_text)
    resume = ev.resume or resume  # only what the reader can see is scored and checked
    components = [
        hard_skills_component(job, ev),
        job_title_component(resume, job, ev, today),
        experience_component(resume, job, today),
        keywords_component(job, ev),
        education_component(resume, job),
        soft_skills_component(job, ev),
    ]
    score = combine(components)
    by_name = {c.name: c for c in components}
    missing_keywords = _dedupe(by_name["hard_skills"].missing + by_name["keywords"].missing)[:20]
    report = MatchReport(
        score=score,
        components=components,
        checks=run_checks(resume, ev.visible_text, layout, today),
        missing_keywords=missing_keywords,
        engine="deterministic",
        version=ENGINE_VERSION,
    )
    report.suggestions = suggest(report, resume, job, evidence=ev)
    return report

"""Resume x Job -> the score's components and the overall number (``report.py`` adds the rest).

Deterministic and explainable: the same inputs always give the same report, and every point of
the score can be traced to a component's matched/missing evidence.

How the overall score is built (docs/scoring.md has the long version):

* Each component in ``WEIGHTS`` gets its own 0-100 score.
* A component is *applicable* only when the posting says something about it (no stated degree:
  education is not scored). Weights are renormalised over the applicable components, and each
  component's ``weight`` in the report is that effective share, so the reported weights always
  sum to 100 and ``score == sum(weight * score) / 100``. Non-applicable components get weight 0.
* Checks (contact, format, stuffing…) are reported next to the score and never change it.
* ``report.score_match`` composes these components with the checks and the suggestions.

Anti-gaming: everything is scored from the parsed ``Resume`` grounded in the *visible* text
(``resume_text``). Terms count once whether written once or fifty times, hidden text passed by
a careful caller never reaches the scorer, and instructions in the text are just words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from atspro.analysis.scoring.matching import (
    PLACE_CREDIT,
    SHOWN_PLACES,
    ResumeEvidence,
    canonical_skill,
    contains_term,
    experience_years,
    role_interval,
    role_text,
    union_years,
)
from atspro.analysis.scoring.quoting import quotable
from atspro.analysis.scoring.roles import EXPERIENCE, section_lines
from atspro.analysis.taxonomy.hierarchy import sibling_in
from atspro.analysis.taxonomy.skills import get_index
from atspro.analysis.taxonomy.titles import (
    MID_LEVEL,
    core_title,
    main_title,
    seniority_level,
    title_similarity,
)
from atspro.models import EducationLevel, Job, Resume, ScoreComponent, WorkExperience

__all__ = [
    "KEYWORD_LIMIT",
    "PREFERRED_SKILL_WEIGHT",
    "REQUIRED_SKILL_WEIGHT",
    "WEIGHTS",
    "Ask",
    "ask_places",
    "combine",
    "score_components",
    "skill_asks",
]

ENGINE_VERSION = "2"

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
KEYWORD_WORDS_CREDIT = 0.5
PARTIAL_SKILL_CREDIT = 0.4  # a skill not found, its words found in other forms (x share)
# Hard skills weigh fully once the posting names two must-haves' worth (2 x 2.0, or four
# preferred); one lone skill is too thin to carry 40 % of the score, the rest then count more.
FULL_SKILL_EVIDENCE = 2 * REQUIRED_SKILL_WEIGHT
SIBLING_SKILL_CREDIT = 0.3  # a skill not found, a tool of the same O*NET technology group shown
TITLE_IN_ROLE_TEXT = 0.9  # the posting's core title appears in the experience section
TITLE_IN_SUMMARY = 0.8  # ... only in the summary
# The headline (the title the person claims at the top, ``Resume.headline``): a claim like the
# summary's title, so its similarity counts at most this much (below the latest role's 1.0).
HEADLINE_FACTOR = TITLE_IN_SUMMARY
# Title credit kept when the posting asks 1, 2 or 3+ career levels above the resume's highest.
SENIORITY_GAP_FACTOR = {1: 0.95, 2: 0.8, 3: 0.7}
# Years: meeting the requirement earns most of the component; up to DEPTH_YEARS more still
# count a little, so a year more never scores lower and a year less is seen (RJDB twins).
YEARS_MET_SHARE, YEARS_DEPTH_SHARE, RECENCY_SHARE = 0.65, 0.10, 0.25
DEPTH_YEARS = 2.0
RECENT_YEARS = 2.0  # a relevant role that ended within this many years is "recent"
STALE_YEARS = 10.0  # ... and counts for nothing after this many
# Education score by how many levels short of the requirement the resume is.
EDUCATION_SHORTFALL_SCORE = {0: 100.0, 1: 50.0, 2: 20.0}
EQUIVALENT_EXPERIENCE_YEARS = 4.0  # years that stand in for a degree when the posting allows
EQUIVALENT_EXPERIENCE_SCORE = 85.0
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


def dedupe_casefold(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return list(seen.values())


# ------------------------------------------------------------------------- components ---


@dataclass(frozen=True, slots=True)
class Ask:
    """One hard-skill ask of the posting: a skill, or a one-of group any member satisfies."""

    skills: tuple[str, ...]  # canonical names
    weight: float  # REQUIRED_SKILL_WEIGHT or PREFERRED_SKILL_WEIGHT

    @property
    def label(self) -> str:
        return self.skills[0] if len(self.skills) == 1 else "one of: " + " / ".join(self.skills)

    @property
    def required(self) -> bool:
        return self.weight == REQUIRED_SKILL_WEIGHT


def skill_asks(job: Job) -> list[Ask]:
    """The posting's hard-skill asks; a skill both required and preferred counts as required.

    ``required_skills`` / ``preferred_skills`` are single asks. When the job parser also gives
    ``Job.requirements``, its one-of groups ("R, SAS or Python") are single asks too: any
    member satisfies them, and their members are not asked one by one.
    """
    groups = tuple(
        (r.kind == "required", tuple(r.skills))
        for r in getattr(job, "requirements", None) or ()
        if len(r.skills) > 1 and not r.soft and r.kind in ("required", "preferred")
    )
    return list(_skill_asks(tuple(job.required_skills), tuple(job.preferred_skills), groups))


@lru_cache(maxsize=256)
def _skill_asks(
    required: tuple[str, ...],
    preferred: tuple[str, ...],
    groups: tuple[tuple[bool, tuple[str, ...]], ...],
) -> tuple[Ask, ...]:
    grouped = {canonical_skill(s) for _, members in groups for s in members}
    asks: dict[tuple[str, ...], float] = {}
    for term in required:
        asks.setdefault((canonical_skill(term),), REQUIRED_SKILL_WEIGHT)
    for term in preferred:
        if canonical_skill(term) not in grouped:
            asks.setdefault((canonical_skill(term),), PREFERRED_SKILL_WEIGHT)
    for is_required, members in groups:
        names = tuple(dict.fromkeys(canonical_skill(s) for s in members))
        asks.setdefault(names, REQUIRED_SKILL_WEIGHT if is_required else PREFERRED_SKILL_WEIGHT)
    return tuple(Ask(skills, weight) for skills, weight in asks.items())


def ask_places(ask: Ask, ev: ResumeEvidence) -> tuple[str, frozenset[str]]:
    """The member of ``ask`` the resume shows best, and where it shows it."""
    best, best_places, best_credit = ask.skills[0], frozenset[str](), -1.0
    for skill in ask.skills:
        places = ev.places_of(skill)
        credit = max((PLACE_CREDIT.get(p, 0.7) for p in places), default=0.0)
        if credit > best_credit:
            best, best_places, best_credit = skill, places, credit
    return best, best_places


def hard_skills_component(job: Job, ev: ResumeEvidence) -> ScoreComponent:
    asks = skill_asks(job)
    if not asks:
        return _component("hard_skills", 0, False, detail="The posting lists no hard skills.")
    got = total = 0.0
    matched, missing, listed_only, partly, siblings = [], [], [], [], []
    for ask in asks:
        skill, places = ask_places(ask, ev)
        credit = max((PLACE_CREDIT.get(p, 0.7) for p in places), default=0.0)
        total += ask.weight
        if not places:
            missing.append(ask.label)
            # A related skill earns partial credit, shown as such; the skill itself stays
            # missing: its words in other forms ("Oracle" for "Oracle Database", "logistical"
            # for "Logistics"), or a sibling tool of the same technology group ("Google
            # Sheets" for "Microsoft Excel", taxonomy/hierarchy.py).
            shares = [ev.word_share(s) for s in ask.skills]
            credit = PARTIAL_SKILL_CREDIT * max(shares, default=0.0)
            sibling = next(
                (sib for s in ask.skills if (sib := sibling_in(s, ev.visible_skills))), None
            )
            if sibling and credit < SIBLING_SKILL_CREDIT:
                credit = SIBLING_SKILL_CREDIT
                siblings.append(
                    f"{canonical_skill(sibling.skill)} for {ask.label} ({sibling.group})"
                )
            elif credit:
                partly.append(ask.label)
            got += ask.weight * credit
        else:
            got += ask.weight * credit
            matched.append(ask.label)
            if not places & SHOWN_PLACES:
                listed_only.append(skill)
    required = [a for a in asks if a.required]
    req_hit = sum(1 for a in required if a.label in matched)
    detail = (
        f"{req_hit}/{len(required)} required and {len(matched) - req_hit}/"
        f"{len(asks) - len(required)} preferred skills found"
    )
    if listed_only:
        detail += f"; listed but not shown in a bullet: {', '.join(listed_only)}"
    if partly:
        detail += f"; partly shown by related words (partial credit): {', '.join(partly)}"
    if siblings:
        detail += f"; a related tool of the same kind (partial credit): {', '.join(siblings)}"
    if total < FULL_SKILL_EVIDENCE:
        detail += "; the posting names few skills, so they weigh less"
    comp = _component(
        "hard_skills", 100 * got / total, True, matched=matched, missing=missing, detail=detail
    )
    comp.weight *= min(1.0, total / FULL_SKILL_EVIDENCE)
    return comp


def _seniority_gap(resume: Resume, job_title: str, credit: float) -> tuple[float, str]:
    """Title credit less a step per career level the posting asks above the resume's highest
    ("Director" for a "Junior Analyst"); only when the posting's title names a level."""
    need = seniority_level(job_title)
    titles = [r.position for r in resume.work_experience if r.position]
    if need is None or not titles or credit <= 0:
        return credit, ""
    have = max(seniority_level(t) or MID_LEVEL for t in titles)
    gap = min(need - have, max(SENIORITY_GAP_FACTOR))
    if gap <= 0:
        return credit, ""
    note = f"; the posting is {gap} level{'s' if gap > 1 else ''} more senior"
    return credit * SENIORITY_GAP_FACTOR[gap], note


def _singular_title(title: str) -> str:
    head, _, last = title.rpartition(" ")
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def _resume_titles(resume: Resume, today: date) -> list[tuple[str, float]]:
    """(title, factor): the latest role counts fully, older roles a little less."""

    def end_key(i: int) -> float:
        span = role_interval(resume.work_experience[i], today)
        return span[1] if span else -i  # undated roles after dated ones, in document order

    order = sorted(range(len(resume.work_experience)), key=end_key, reverse=True)
    titles = []
    for rank, i in enumerate(order):
        role = resume.work_experience[i]
        header = role.position or role.company  # parsers file some headers under company
        if header:
            titles.append((header, 1.0 if rank == 0 else 0.9))
    return titles


def job_title_component(
    resume: Resume, job: Job, ev: ResumeEvidence, today: date
) -> ScoreComponent:
    if not job.title:
        return _component("job_title", 0, False, detail="The posting has no title.")
    best, best_title = 0.0, ""
    shown = " ".join(ev.visible_text.split())
    for title, factor in _resume_titles(resume, today):
        if (
            title not in ev.place_text.get("experience", "")
            and " ".join(title.split()) not in shown
        ):
            continue  # the role's title is not visible
        sim = title_similarity(title, job.title) * factor
        if sim > best:
            best, best_title = sim, title
    # the headline's titles ("Senior PM | Construction Executive"), each visible as a role's
    for part in (resume.headline or "").split(" | "):
        part = " ".join(part.split())
        if not part or part not in shown:
            continue
        sim = title_similarity(part, job.title) * HEADLINE_FACTOR
        if sim > best:
            best, best_title = sim, part
    # The posting's core title written in a role line counts even when the parser did not read
    # that line as the role's title (wording a parser reads one way or another must not flip it).
    # Parsers sometimes file a role's header under ``company`` ("Millwrights at Acme"), so the
    # headers are searched with the experience text.
    core = core_title(main_title(job.title))
    forms = {core, _singular_title(core)}  # "Survey Researchers" is written "Survey Researcher"
    headers = [x for r in resume.work_experience for x in (r.position, r.company) if x]
    section = section_lines(ev.visible_text, EXPERIENCE) or ()  # as the reader sees it
    role_text = "\n".join([*headers, ev.place_text.get("experience", ""), *section])
    if core and best < TITLE_IN_ROLE_TEXT and any(contains_term(role_text, t) for t in forms):
        best, best_title = TITLE_IN_ROLE_TEXT, core
    summary = ev.place_text.get("summary", "")
    if summary and best < TITLE_IN_SUMMARY and any(contains_term(summary, t) for t in forms if t):
        best, best_title = TITLE_IN_SUMMARY, "summary"
    best, gap_note = _seniority_gap(resume, job.title, best)
    if best >= 0.5:
        detail = f"Closest: {best_title!r} vs {job.title!r}{gap_note}"
        return _component("job_title", 100 * best, True, matched=[best_title], detail=detail)
    detail = f"No role title close to {job.title!r}{gap_note}"
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
        header = role.position or role.company  # a header the parser filed under company
        title_sim = title_similarity(header, job.title) if header and job.title else 0.0
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
    if roles:  # named even when too old to count
        label = roles[0].position or roles[0].company or "a role"
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
    cannot be dated (relevant roles without dates) the total is used as is. The total is the
    stated figure when the dates give none (``experience_years``).
    """
    total, _ = experience_years(resume, today)
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
        depth = min(1.0, (years or 0.0) / (need + DEPTH_YEARS))
        score = 100 * (
            YEARS_MET_SHARE * ratio + YEARS_DEPTH_SHARE * depth + RECENCY_SHARE * recency
        )
        total, stated = experience_years(resume, today)
        have = "unknown years" if years is None else f"{years:g} years"
        if relevant is not None and total is not None and relevant < total:
            have = f"{have} ({relevant:g} relevant of {total:g} total, other years count half)"
        if stated:
            have = f"{have} (stated on the resume: {total:g} years; its roles are undated)"
        detail = f"{have} vs {need:g} required; most recent relevant role: {role}"
    else:  # nothing to judge relevance by: total years alone
        years, stated = experience_years(resume, today)
        ratio = 1.0 if need <= 0 else min(1.0, (years or 0.0) / need)
        depth = min(1.0, (years or 0.0) / (need + DEPTH_YEARS))
        score = 100 * ((1 - YEARS_DEPTH_SHARE) * ratio + YEARS_DEPTH_SHARE * depth)
        have = "unknown" if years is None else f"{years:g}"
        detail = f"{have} years{' (stated on the resume)' if stated else ''} vs {need:g} required"
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


def education_component(resume: Resume, job: Job, today: date | None = None) -> ScoreComponent:
    if not job.education_level:
        return _component("education", 0, False, detail="The posting states no education level.")
    need = EducationLevel(job.education_level)
    have = education_level(resume)
    # "... or equivalent practical experience": enough years stand in for the degree.
    requirement = getattr(job, "education", None)
    allows_experience = requirement is not None and requirement.equivalent_experience
    years, stated = (
        experience_years(resume, today or date.today()) if allows_experience else (None, False)
    )
    if (years or 0) >= EQUIVALENT_EXPERIENCE_YEARS and (have is None or have < need):
        said = " (stated on the resume)" if stated else ""
        detail = f"{years:g} years of experience{said}; the posting accepts equivalent experience"
        return _component("education", EQUIVALENT_EXPERIENCE_SCORE, True, detail=detail)
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
    wanted = dedupe_casefold([canonical_skill(s) for s in job.soft_skills])
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
    keywords = [k for k in keywords if k.term.strip() and quotable(k.term, job)]
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
            # the posting's words used in other forms ("managed budgets" for "budget management")
            got += weight * KEYWORD_WORDS_CREDIT * ev.word_share(kw.term)
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


def score_components(
    resume: Resume, job: Job, ev: ResumeEvidence, today: date
) -> list[ScoreComponent]:
    """Every component of the score, in display order (``combine`` turns them into one number)."""
    return [
        hard_skills_component(job, ev),
        job_title_component(resume, job, ev, today),
        experience_component(resume, job, today),
        keywords_component(job, ev),
        education_component(resume, job, today),
        soft_skills_component(job, ev),
    ]

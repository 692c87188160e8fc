"""MatchReport -> ranked, concrete suggestions: what to change, where, and what it is worth.

Each suggestion carries an *expected gain*: the overall-score points it would add if done, from
the component's effective weight and the item's share of that component (see docs/scoring.md).
Failed checks do not change the score; they get fixed pseudo-gains by severity (critical 50,
warning 1.5, info 0.5) so a blocker such as an image-only PDF always comes first. The list is
sorted by gain, and ``priority`` follows from it (>= 3 points: 1, >= 1 point: 2, else 3).

Honesty rule: a suggestion that would put on the resume something it does not show (a missing
skill, degree, title, number) has ``only_if_true=True`` and says "only if true" in its message.
"""

from __future__ import annotations

from dataclasses import dataclass

from atspro.analysis.resume.headline import opens_summary
from atspro.analysis.scoring.matching import (
    PLACE_CREDIT,
    SHOWN_PLACES,
    ResumeEvidence,
    build_evidence,
    canonical_skill,
)
from atspro.analysis.scoring.quoting import holds_title, in_roles, quotable
from atspro.analysis.scoring.score import ask_places, skill_asks
from atspro.analysis.taxonomy.titles import core_title, main_title
from atspro.models import Check, Job, MatchReport, Resume, ScoreComponent, Suggestion

MAX_SUGGESTIONS = 12  # "All suggestions"; the card shows the first CARD_SUGGESTIONS
CARD_SUGGESTIONS = 5
MIN_GAIN = 1.0  # a score suggestion must be worth at least this many points (checks always count)
CHECK_GAIN = {"critical": 50.0, "warning": 1.5, "info": 0.5}
ONLY_IF_TRUE = "only if true"

# How to fix each failed check. Checks not listed fall back to the check's own message.
CHECK_FIXES: dict[str, str] = {
    "contact_email": "Add a professional email address to the contact line at the top.",
    "contact_phone": "Add a phone number with the country code (e.g. +1 555 123 4567) at the top.",
    "contact_location": "Add your city and country (or 'Remote') next to your contact details.",
    "contact_linkedin": "Add your LinkedIn profile URL to the contact line.",
    "section_headings": "Use the standard headings Experience, Education and Skills so the ATS files each part correctly.",
    "dates_parseable": "Give every role a start and an end date like 'Mar 2021 – Aug 2023' ('Present' for your current role).",
    "action_verbs": "Start each bullet with a strong verb (Built, Led, Cut, Launched) instead of a noun or 'Responsible for'.",
    "quantified_achievements": "Add the real numbers behind your results (%, $, users, time saved) to more bullets — only if true: use figures you can back up.",
    "weak_phrases": "Replace duty phrases ('responsible for', 'helped', 'worked on') with what you did and the result: 'Built X that cut Y by Z'.",
    "first_person": "Drop 'I', 'my' and 'me': write 'Led a team of 5', not 'I led my team of 5'.",
    "bullet_length": "Split or trim bullets over 35 words: one achievement per bullet, result first.",
    "tense_consistency": "Write finished roles in the past tense (Managed, Built); keep the present tense for your current role.",
    "file_type": "Export a text-based, one-column PDF or DOCX without tables, text boxes or images of text.",
    "keyword_stuffing": "Remove repeated keywords, hidden text and keyword lists outside Skills: list each skill once under Skills and show the important ones in bullets.",
    "hidden_instructions": "Remove the instructions aimed at AI screeners: they do not work here and recruiters treat them as a red flag.",
}
CHECK_CATEGORY = {
    "contact_email": "contact",
    "contact_phone": "contact",
    "contact_location": "contact",
    "contact_linkedin": "contact",
    "section_headings": "format",
    "dates_parseable": "format",
    "length": "format",
    "file_type": "format",
    "keyword_stuffing": "integrity",
    "hidden_instructions": "integrity",
}
CHECK_WHERE = {
    "contact_email": "Contact",
    "contact_phone": "Contact",
    "contact_location": "Contact",
}
CHECK_WHERE |= {"contact_linkedin": "Contact", "dates_parseable": "Experience", "file_type": "File"}


@dataclass
class _Candidate:
    key: str
    gain: float
    category: str
    message: str
    evidence: list[str]
    where: str | None = None
    only_if_true: bool = False
    shows_gain: bool = True


# How a place reads in a sentence ("Now it only appears in your Skills list").
PLACE_NAMES = {
    "skills": "your Skills list",
    "summary": "your summary",
    "certifications": "Certifications",
    "education": "Education",
    "other": "a line outside your roles and projects",
}


def _priority(gain: float) -> int:
    return 1 if gain >= 3 else 2 if gain >= 1 else 3


def _mentions(job: Job, term: str) -> int:
    """How often the posting mentions ``term`` (from its keyword counts), 0 when unknown."""
    canon = canonical_skill(term).casefold()
    for kw in job.keywords:
        if (
            kw.term.casefold() in {term.casefold(), canon}
            or canonical_skill(kw.term).casefold() == canon
        ):
            return kw.count
    return 0


def _hard_skill_candidates(c: ScoreComponent, job: Job, ev: ResumeEvidence) -> list[_Candidate]:
    asks = skill_asks(job)
    total = sum(a.weight for a in asks) or 1.0
    out = []
    for ask in asks:
        kind = "required" if ask.required else "preferred"
        n = _mentions(job, ask.skills[0]) if len(ask.skills) == 1 else 0
        said = f"{kind}, {n} mention{'s' if n != 1 else ''} in the posting" if n else kind
        skill, places = ask_places(ask, ev)
        if not places:
            name = skill if len(ask.skills) == 1 else "one of " + " / ".join(ask.skills)
            out.append(
                _Candidate(
                    f"skill:{ask.label.casefold()}",
                    c.weight * ask.weight / total,
                    "hard_skills",
                    f"Add {name} — {said} — to Skills or to the bullet where you used it ({ONLY_IF_TRUE}).",
                    [f"{kind} skill", *([f"posting mentions it {n}×"] if n else [])],
                    "Skills",
                    only_if_true=True,
                )
            )
        elif not places & SHOWN_PLACES and in_roles(ev.visible_text, skill) is False:
            credit = max(PLACE_CREDIT.get(p, 0.7) for p in places)
            where = ", ".join(PLACE_NAMES.get(p, p) for p in sorted(places))
            out.append(
                _Candidate(
                    f"skill:{skill.casefold()}",
                    c.weight * ask.weight * (1 - credit) / total,
                    "hard_skills",
                    f"Show {skill} ({said}) in an Experience or Projects bullet: what you did with it and the result. Now it only appears in {where}.",
                    [f"{kind} skill", f"found in: {where}"],
                    "Experience",
                )
            )
    return out


def _title_candidate(c: ScoreComponent, job: Job, resume: Resume) -> _Candidate | None:
    """Name the posting's title where the person states their own: in the headline they have
    (``Resume.headline``), worded for where it stands (the top, or the summary's opening),
    else in a headline or summary opening they add. None when the headline already holds the
    title ("Senior Data Analyst" for "Data Analyst"): there is nothing to add to it."""
    if not job.title or c.score >= 80:
        return None
    core = core_title(main_title(job.title)) or core_title(job.title) or job.title
    headline, where = resume.headline, "Summary"
    if headline and holds_title(headline, job):
        return None
    if headline and opens_summary(resume):
        message = f'Your summary opens with "{headline}": name the target title "{core}" there (e.g. "{core} with … years of …") — {ONLY_IF_TRUE}: it must describe work you have done.'
    elif headline:
        message = f'You present yourself as "{headline}" at the top: name the target title "{core}" there (e.g. "{core} | {headline}") — {ONLY_IF_TRUE}: it must describe work you have done.'
        where = "Headline"
    else:
        message = f'Add a headline under your name with the target title "{core}", or open your summary with "{core} with … years of …" — {ONLY_IF_TRUE}: it must describe work you have done.'
    return _Candidate(
        "title",
        c.weight * (80 - c.score) / 100,
        "job_title",
        message,
        [c.detail] if c.detail else [],
        where,
        only_if_true=True,
    )


def _experience_candidate(c: ScoreComponent, job: Job, report: MatchReport) -> _Candidate | None:
    if c.score >= 100:
        return None
    gain = c.weight * (100 - c.score) / 100
    dates_bad = any(ch.name == "dates_parseable" and not ch.passed for ch in report.checks)
    if dates_bad:
        return _Candidate(
            "experience:dates",
            gain,
            "experience",
            "Give every role a start and end month (e.g. 03/2021 – 08/2023) so the ATS counts all your years of experience.",
            [c.detail],
            "Experience",
        )
    if not c.missing:  # years are met; the gap is an old relevant role
        return _Candidate(
            "experience:recency",
            gain,
            "experience",
            "Put your most relevant recent work first and make its link to this posting clear in the role's bullets.",
            [c.detail],
            "Experience",
        )
    return _Candidate(
        "experience:years",
        gain,
        "experience",
        f"The posting asks for {job.min_years_experience:g}+ years. List relevant earlier work (internships, freelance, part-time) with dates — {ONLY_IF_TRUE}.",
        [c.detail],
        "Experience",
        only_if_true=True,
    )


def _education_candidate(c: ScoreComponent) -> _Candidate | None:
    if not c.missing:
        return None
    level = c.missing[0]
    return _Candidate(
        "education",
        c.weight * (100 - c.score) / 100,
        "education",
        f"The posting asks for a {level} degree. If you have it or an equivalent, list it under Education with the degree name and year — {ONLY_IF_TRUE}.",
        [c.detail],
        "Education",
        only_if_true=True,
    )


def _soft_skill_candidates(c: ScoreComponent) -> list[_Candidate]:
    n = len(c.matched) + len(c.missing) or 1
    return [
        _Candidate(
            f"skill:{skill.casefold()}",
            c.weight / n,
            "soft_skills",
            f"Show {skill} with an example in a bullet (who you worked with and the outcome) — {ONLY_IF_TRUE}.",
            ["soft skill named in the posting"],
            "Experience",
            only_if_true=True,
        )
        for skill in c.missing
    ]


def _keyword_candidates(c: ScoreComponent, job: Job) -> list[_Candidate]:
    weights = {k.term.casefold(): (k.weight, k.count) for k in job.keywords}
    total = (
        sum(max(weights.get(t.casefold(), (0.05, 0))[0], 0.05) for t in c.matched + c.missing)
        or 1.0
    )
    out = []
    for term in c.missing:
        # a phrase holding the posting's title is the title suggestion's subject, not a keyword
        if not quotable(term, job) or holds_title(term, job):
            continue
        weight, count = weights.get(term.casefold(), (0.05, 0))
        said = f" ({count}× in the posting)" if count > 1 else ""
        out.append(
            _Candidate(
                f"skill:{canonical_skill(term).casefold()}",
                c.weight * max(weight, 0.05) / total,
                "keywords",
                f'Use the posting\'s wording "{term}"{said} where it describes your real work — {ONLY_IF_TRUE}.',
                [f"keyword weight {weight:.2f}"],
                None,
                only_if_true=True,
            )
        )
    return out


def _check_candidate(check: Check) -> _Candidate:
    message = CHECK_FIXES.get(check.name) or check.message
    if check.name == "length":
        message = check.message
    return _Candidate(
        f"check:{check.name}",
        CHECK_GAIN.get(check.severity, 0.5),
        CHECK_CATEGORY.get(check.name, "writing"),
        message,
        list(check.evidence[:3]),
        CHECK_WHERE.get(check.name),
        only_if_true=ONLY_IF_TRUE in message,
        shows_gain=False,
    )


def suggest(
    report: MatchReport,
    resume: Resume,
    job: Job,
    *,
    resume_text: str | None = None,
    evidence: ResumeEvidence | None = None,
) -> list[Suggestion]:
    """Ranked, deduplicated suggestions for ``report`` (best expected gain first).

    Pass the same ``resume_text`` given to ``score_match`` (or its ``evidence``) so skills are
    located exactly as they were scored.
    """
    ev = evidence or build_evidence(resume, resume_text)
    comps = {c.name: c for c in report.components if c.applicable}
    candidates: list[_Candidate] = []
    if c := comps.get("hard_skills"):
        candidates += _hard_skill_candidates(c, job, ev)
    if (c := comps.get("job_title")) and (t := _title_candidate(c, job, resume)):
        candidates.append(t)
    if (c := comps.get("experience")) and (e := _experience_candidate(c, job, report)):
        candidates.append(e)
    if (c := comps.get("education")) and (d := _education_candidate(c)):
        candidates.append(d)
    if c := comps.get("soft_skills"):
        candidates += _soft_skill_candidates(c)
    if c := comps.get("keywords"):
        candidates += _keyword_candidates(c, job)
    candidates += [_check_candidate(ch) for ch in report.checks if not ch.passed]

    # Best first; on a tie, the stable key keeps the order deterministic.
    candidates.sort(key=lambda x: (-round(x.gain, 6), x.key))
    seen_keys: set[str] = set()
    seen_messages: set[str] = set()
    out: list[Suggestion] = []
    for cand in candidates:
        if cand.key in seen_keys or cand.message.casefold() in seen_messages:
            continue
        if cand.gain < MIN_GAIN and cand.shows_gain:  # failed checks always count
            continue
        seen_keys.add(cand.key)
        seen_messages.add(cand.message.casefold())
        evidence_list = list(cand.evidence)
        if cand.shows_gain:
            evidence_list.append(f"expected gain ≈ +{cand.gain:.1f} points")
        out.append(
            Suggestion(
                category=cand.category,
                priority=_priority(cand.gain),
                message=cand.message,
                evidence=evidence_list,
                where=cand.where,
                only_if_true=cand.only_if_true,
            )
        )
        if len(out) >= MAX_SUGGESTIONS:
            break
    return out

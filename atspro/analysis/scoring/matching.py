"""Where a term shows up in a resume: the evidence the scorer and the suggestions share.

A skill counts for more when a bullet shows it being used than when it is only listed, so the
resume is split into *places* (experience, projects, summary, skills, …) and every term is
looked up per place.

Grounding: when the caller passes the resume's *visible* text, only content that can be found
in that text earns credit. A parser fed white or off-page text may have put hidden skills in
the ``Resume``; they are dropped here, so hidden text never raises a score.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import accumulate

from atspro.analysis.resume.dates import month_index
from atspro.analysis.resume.roles import is_internship
from atspro.analysis.resume.years import end_month, has_undated_role, recruiter_years
from atspro.analysis.scoring.equivalents import equivalent_terms
from atspro.analysis.scoring.negation import mask_negated
from atspro.analysis.scoring.roles import EXPERIENCE, missed_roles, section_lines
from atspro.analysis.scoring.wording import canonical_section
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import Resume, WorkExperience

# Credit for a skill by the best place it appears in. Shown in use beats listed.
PLACE_CREDIT: dict[str, float] = {
    "experience": 1.0,
    "projects": 1.0,
    "certifications": 0.85,
    "education": 0.85,
    "summary": 0.7,
    "skills": 0.7,
    "other": 0.7,
}
SHOWN_PLACES = frozenset({"experience", "projects"})

_WORD_CHARS = "A-Za-z0-9"


@lru_cache(maxsize=8192)
def term_pattern(term: str) -> re.Pattern[str] | None:
    """A regex that finds ``term`` as a whole term: any case, hyphen/slash/space variants, plural.

    Terms of one or two characters ("R", "Go", "C#" is three) are matched case-sensitively and
    not before ``&``/``-`` so "R&D" is not the R language.
    """
    text = " ".join(term.split())
    if not text:
        return None
    parts = [p for p in re.split(r"[\s\-_]+", text) if p]
    if not parts:
        return None
    body = r"[\s\-_/]*".join(re.escape(p) for p in parts)  # "Analyst/Manager", "CI/CD"
    plural = r"(?:s|es)?" if text[-1].isalpha() and len(text) > 3 else ""
    if len(text) <= 2:
        return re.compile(rf"(?<![{_WORD_CHARS}&]){body}(?![{_WORD_CHARS}&\-])")
    return re.compile(rf"(?<![{_WORD_CHARS}]){body}{plural}(?![{_WORD_CHARS}])", re.IGNORECASE)


def _maybe_contains(text: str, term: str) -> bool:
    """Cheap pre-filter: the term's longest word must be in the text as a substring."""
    words = re.split(r"[\s\-_]+", term.strip())
    longest = max(words, key=len) if words else ""
    return longest.lower() in _lower(text) if len(term) > 2 else longest in text


@lru_cache(maxsize=16)
def _lower(text: str) -> str:
    return text.lower()


def contains_term(text: str, term: str) -> bool:
    pattern = term_pattern(term)
    return bool(pattern and _maybe_contains(text, term) and pattern.search(text))


@lru_cache(maxsize=8192)
def canonical_skill(term: str) -> str:
    """The taxonomy's name for a skill, or the term itself (tidied) when the index lacks it."""
    name = get_index().canonical(term)
    return name if name else " ".join(term.split())


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


_TOKEN_RE = re.compile(r"[a-z0-9]+")
STEM_CHARS = 6  # crude stem: "managed", "management", "manager" all read "manage"


def word_stem(word: str) -> str:
    """A crude stem for partial credit only: the first ``STEM_CHARS`` letters, plural dropped."""
    word = word.lower()
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_CHARS]


# ------------------------------------------------------------------------------ text ---


def role_text(role: WorkExperience) -> str:
    return "\n".join(x for x in (role.position, *role.bullets) if x)


def resume_plain_text(resume: Resume) -> str:
    """The resume as plain text, for when the caller has no extracted text (hand-built models)."""
    c = resume.contact
    lines: list[str] = [
        x
        for x in (
            c.full_name,
            resume.headline,  # under the name, where a headline stands
            c.email,
            c.phone,
            c.location,
            *(li.url for li in c.links),
        )
        if x
    ]
    if resume.summary:
        lines += ["Summary", resume.summary]
    if resume.skills:
        lines += ["Skills", ", ".join(s.name for s in resume.skills)]
    if resume.work_experience:
        lines.append("Experience")
        for role in resume.work_experience:
            head = " | ".join(x for x in (role.position, role.company, role.location) if x)
            dates = " - ".join(
                x for x in (role.start, "Present" if role.is_current else role.end) if x
            )
            lines += [x for x in (head, dates) if x]
            lines += [f"- {b}" for b in role.bullets]
    if resume.education:
        lines.append("Education")
        for ed in resume.education:
            lines.append(
                ", ".join(x for x in (ed.degree, ed.field, ed.institution, ed.graduation_date) if x)
            )
    if resume.certifications:
        lines.append("Certifications")
        lines += [
            ", ".join(x for x in (ce.name, ce.issuer, ce.date) if x) for ce in resume.certifications
        ]
    if resume.projects:
        lines.append("Projects")
        for p in resume.projects:
            lines += [x for x in (p.name, p.description) if x]
            lines += [f"- {b}" for b in p.bullets]
    if resume.languages:
        lines += ["Languages", ", ".join(la.name for la in resume.languages)]
    return "\n".join(lines)


# ------------------------------------------------------------------------- grounding ---


class VisibleText:
    """Answers "can the reader see this snippet?" against the visible text of the file."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm = _norm(text)
        self._tokens = set(_TOKEN_RE.findall(self._norm))

    def shows(self, snippet: str) -> bool:
        norm = _norm(snippet)
        if not norm or norm in self._norm:
            return True
        # Parsers re-join wrapped lines and hyphenation, so allow small differences; a hidden
        # bullet still fails because the skill itself is checked against the visible text too.
        tokens = _TOKEN_RE.findall(norm)
        if not tokens:
            return True
        seen = sum(1 for t in tokens if t in self._tokens)
        return seen / len(tokens) >= 0.9


# -------------------------------------------------------------------------- evidence ---


@dataclass
class ResumeEvidence:
    """The resume split into places, with what the taxonomy finds in each, ready for lookups."""

    visible_text: str
    place_text: dict[str, str]
    place_skills: dict[str, set[str]]  # place -> lower-cased canonical skills found there
    listed: dict[str, set[str]] = field(default_factory=dict)  # canonical lower -> places
    visible_skills: set[str] = field(default_factory=set)
    resume: Resume | None = None  # the resume minus roles and degrees the reader cannot see
    _joined: str = ""
    _starts: list[int] = field(default_factory=list)
    _names: list[str] = field(default_factory=list)
    _memo: dict[str, frozenset[str]] = field(default_factory=dict)
    _stems: set[str] | None = None

    def __post_init__(self) -> None:
        # One string with every place, so a term is searched once, not once per place.
        parts, pos = [], 0
        for name, body in self.place_text.items():
            if body:
                self._starts.append(pos)
                self._names.append(name)
                parts.append(body)
                pos += len(body) + 2
        self._joined = "\n\n".join(parts)

    def _place_at(self, offset: int) -> str:
        return self._names[bisect_right(self._starts, offset) - 1]

    def places_of(self, term: str) -> frozenset[str]:
        """Places where the skill ``term`` (any spelling the taxonomy knows) is shown."""
        if term in self._memo:
            return self._memo[term]
        canon = canonical_skill(term)
        key = canon.lower()
        spellings = {term, canon, *equivalent_terms(key)}
        places: set[str] = set()
        if key in self.visible_skills or any(
            contains_term(self.visible_text, s) for s in spellings
        ):
            places = {p for p, skills in self.place_skills.items() if key in skills}
            places |= self.listed.get(key, set())
            for spelling in spellings:
                pattern = term_pattern(spelling)
                if pattern and _maybe_contains(self._joined, spelling):
                    for m in pattern.finditer(self._joined):
                        places.add(self._place_at(m.start()))
                        if len(places) == len(self._names):
                            break
            places = places or {"other"}
        self._memo[term] = result = frozenset(places)
        return result

    def word_share(self, phrase: str) -> float:
        """Share of the phrase's content words whose stem the visible text uses (0..1)."""
        if self._stems is None:
            words = set(_TOKEN_RE.findall(_lower(self.visible_text)))
            self._stems = {word_stem(w) for w in words}
        words = [w for w in _TOKEN_RE.findall(phrase.lower()) if len(w) > 2]
        if not words:
            return 0.0
        return sum(1 for w in words if word_stem(w) in self._stems) / len(words)

    def credit(self, term: str) -> float:
        return max((PLACE_CREDIT.get(p, 0.7) for p in self.places_of(term)), default=0.0)


def _place_of_section(section: str) -> str:
    canon = canonical_section(section)
    return canon if canon in PLACE_CREDIT else "other"


# Snippets at least this long are located in the visible text and reuse its taxonomy hits;
# shorter ones (titles, degree names) could match in the wrong place and are searched alone.
_LOCATE_MIN_CHARS = 30


def _locate_skills(ev: ResumeEvidence, snippets: dict[str, list[str]], hits: list) -> None:
    """Fill ``ev.place_skills`` from the visible text's hits, so the taxonomy scans the text
    once; snippets that cannot be found verbatim (re-wrapped by the parser) are scanned alone."""
    intervals: list[tuple[int, int, str]] = []
    leftovers: list[tuple[str, str]] = []
    for place, items in snippets.items():
        for snippet in items:
            start = ev.visible_text.find(snippet) if len(snippet) >= _LOCATE_MIN_CHARS else -1
            if start >= 0:
                intervals.append((start, start + len(snippet), place))
            else:
                leftovers.append((place, snippet))
    intervals.sort()
    starts = [i[0] for i in intervals]
    for hit in hits:
        k = bisect_right(starts, hit.start) - 1
        if k >= 0 and hit.end <= intervals[k][1]:
            ev.place_skills.setdefault(intervals[k][2], set()).add(hit.name.lower())
    if leftovers:
        joined = "\n".join(snippet for _, snippet in leftovers)
        bounds = list(accumulate(len(snippet) + 1 for _, snippet in leftovers))
        for hit in get_index().find(joined):
            place = leftovers[bisect_right(bounds, hit.start)][0]
            ev.place_skills.setdefault(place, set()).add(hit.name.lower())


def _visible_resume(resume: Resume, visible: VisibleText | None) -> Resume:
    """``resume`` without the roles and degrees whose words are not in the visible text.

    A role counts as visible when its title, company or any bullet is; a degree when its name
    or institution is. When a role is dropped the parser's total years (which included it)
    is dropped too, so years are recomputed from the visible roles.
    """
    if visible is None:
        return resume

    def shown(*parts: str | None) -> bool:
        return any(p and visible.shows(p) for p in parts)

    roles = [r for r in resume.work_experience if shown(r.position, r.company, *r.bullets)]
    education = [e for e in resume.education if shown(e.degree, e.institution)]
    if len(roles) == len(resume.work_experience) and len(education) == len(resume.education):
        return resume
    update: dict[str, object] = {"work_experience": roles, "education": education}
    if len(roles) != len(resume.work_experience):
        update["total_years_experience"] = None
    return resume.model_copy(update=update)


def _with_missed_roles(resume: Resume, text: str, today: date | None) -> Resume:
    """``resume`` plus the dated role lines of its Experience section the parser missed
    (roles.py); years are then the larger of the parser's total and the roles' union."""
    extra = missed_roles(resume.work_experience, text)
    if not extra:
        return resume
    roles = [*resume.work_experience, *extra]
    years = union_years(roles, today or date.today())
    if resume.total_years_experience is not None and years is not None:
        years = max(years, resume.total_years_experience)
    return resume.model_copy(update={"work_experience": roles, "total_years_experience": years})


def build_evidence(
    resume: Resume, resume_text: str | None = None, today: date | None = None
) -> ResumeEvidence:
    """Split ``resume`` into places; with ``resume_text``, keep only what that text shows.

    Mentions a negation governs ("without Angular") are blanked first (negation.py), and the
    Experience section's lines count as experience however the parser split them into roles.
    """
    visible = VisibleText(resume_text) if resume_text is not None else None
    if resume_text:
        resume = _with_missed_roles(resume, resume_text, today)
    raw = resume_text if resume_text is not None else resume_plain_text(resume)
    text = mask_negated(raw)
    mask = mask_negated if text != raw else str

    def keep(items: list[str | None]) -> list[str]:
        return [mask(s) for s in items if s and (visible is None or visible.shows(s))]

    in_roles = keep([x for r in resume.work_experience for x in (r.position, *r.bullets)])
    # Lines of the Experience section no role holds (a header filed under company, a line the
    # parser dropped) are experience too.
    held = "\n".join(in_roles)
    section = section_lines(text, EXPERIENCE) if resume_text else None
    loose = [ln.strip() for ln in section or () if ln.strip() and ln.strip() not in held]
    snippets = {
        "experience": in_roles + loose,
        "projects": keep([x for p in resume.projects for x in (p.name, p.description, *p.bullets)]),
        "summary": keep([resume.summary]),
        "certifications": keep([c.name for c in resume.certifications]),
        "education": keep([x for e in resume.education for x in (e.degree, e.field)]),
    }
    ev = ResumeEvidence(text, {place: "\n".join(items) for place, items in snippets.items()}, {})
    ev.resume = _visible_resume(resume, visible)
    hits = get_index().find(text)
    ev.visible_skills = {hit.name.lower() for hit in hits}
    _locate_skills(ev, snippets, hits)

    for skill in resume.skills:
        spellings = {skill.name, *skill.surface_forms}
        key = canonical_skill(skill.name).lower()
        hidden = key not in ev.visible_skills and not any(contains_term(text, s) for s in spellings)
        if visible is not None and hidden:
            continue  # listed by the parser but not visible to a reader
        places = {_place_of_section(s) for s in skill.sections} or {"other"}
        ev.listed.setdefault(key, set()).update(places)
    return ev


# ------------------------------------------------------------------------------ dates ---


_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?\s*$")


def parse_month(value: str | None) -> tuple[int, int] | None:
    """(year, month) from "YYYY-MM" or "YYYY" (month 1 assumed for the start, see callers)."""
    if not value:
        return None
    m = _DATE_RE.match(value)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2) or 0)
    if not 1900 <= year <= 2100 or month > 12:
        return None
    return year, month


def role_interval(role: WorkExperience, today: date) -> tuple[float, float] | None:
    """A role as (start, end) in fractional years, or None when it has no usable start.

    The parser's rule for its total (``years.end_month``): year-only dates count from the start
    of the start year to the start of the end year, so "2019 - 2023" is 4 years, as a recruiter
    reads it; an end month is included; a role dated by one year alone ("2019 - 2019") counts
    half a year. A past role with no end date counts as zero length: it is dated, but its
    duration is unknown.
    """
    start = parse_month(role.start)
    if start is None:
        return None
    first = _month_text(start)
    s = month_index(first) / 12
    if role.is_current:
        e = today.year + today.month / 12
    else:
        end = parse_month(role.end)
        if end is None:
            if role.end:
                return None  # an end date we cannot read
            e = s
        else:
            e = end_month(first, _month_text(end)) / 12
    return (s, max(s, e))


def _month_text(value: tuple[int, int]) -> str:
    """(year, month) as the parser writes a date: "YYYY-MM", or "YYYY" with no month."""
    return f"{value[0]:04d}-{value[1]:02d}" if value[1] else f"{value[0]:04d}"


def union_years(roles: list[WorkExperience], today: date) -> float | None:
    """Years covered by the dated ``roles``, overlaps merged; None when none is dated.
    Internships are not years of experience (the parser's rule, ``is_internship``)."""
    spans = sorted(
        i for r in roles if not is_internship(r.position) and (i := role_interval(r, today))
    )
    if not spans:
        return None
    total, (cur_s, cur_e) = 0.0, spans[0]
    for s, e in spans[1:]:
        if s > cur_e:
            total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return round(total + cur_e - cur_s, 2)


def total_years(resume: Resume, today: date) -> float | None:
    """The parser's total when it has one, else the union of dated roles (overlaps merged)."""
    if resume.total_years_experience is not None:
        return resume.total_years_experience
    return union_years(resume.work_experience, today)


def experience_years(resume: Resume, today: date) -> tuple[float | None, bool]:
    """(years, stated): the roles' total, or the figure the resume states when the dates give
    none or far less while roles are undated (``recruiter_years``); ``stated`` says which."""
    return recruiter_years(
        total_years(resume, today),
        resume.stated_years_experience,
        undated_roles=has_undated_role(resume.work_experience),
    )

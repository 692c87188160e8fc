"""The years of experience a resume states ("5+ years of experience", "over a decade",
"Total Experience: 4 Years 3 Months"), kept apart from the years computed from the roles.

The stated figure is what the person claims, as of the day they wrote it; the computed one
(parser.py) adds up the dated roles as of today. A statement is read in the summary and the
lines before the first heading (a bullet elsewhere saying "for 5 years" is about one task),
and anywhere in an "Experience: N years" label or a claim opening a line ("10+ years of
experience in …" under Qualifications, "4 Years Worked as …" under Experience, "I have about
N years of experience"). Several statements: the largest ("12+ years
in logistics, 4+ years as a team lead").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from atspro.analysis.job.fields import _NUMBER_WORDS as NUMBER_WORDS  # one list of number words
from atspro.analysis.resume import dates
from atspro.analysis.resume import text as tx
from atspro.models import EducationLevel, Resume, WorkExperience

_MAX_YEARS = 50.0  # a longer working life is no claim a resume makes
_NUM = r"\d{1,2}(?:\.\d{1,2})?|" + "|".join(NUMBER_WORDS)
_APPROX = (
    r"(?:(?:over|more\s+than|almost|nearly|around|about|approximately|approx\.?|close\s+to|"
    r"roughly|some|at\s+least|in\s+excess\s+of)\s+)?"
)
# "5+ years", "Two and a half years", "Nine (9) years", "15 years' experience".
_N_YEARS = (
    rf"(?P<n>{_NUM})(?P<half>\s+and\s+a\s+half)?\s*(?:\(\d{{1,2}}\)\s*)?(?:\+|plus)?\s*"
    r"(?:years?|yrs?)\b['’]?(?:\s*\+|\s+plus)?"
)
_MONTHS = r"(?:\s*(?:,|and|&)?\s*(?P<m>\d{1,2})\s*(?:months?|mos?|mths?)\b)?"
# "9 years of experience", "14 years industry experience", "3 years hands-on experience",
# "6+ yrs exp in Java".
_BEFORE_EXPERIENCE = re.compile(
    rf"\b{_APPROX}{_N_YEARS}{_MONTHS}(?:\s+[\w&/()'’-]+){{0,5}}?\s+(?:experien|exp\b)",
    re.IGNORECASE,
)
# "Nearly 8 years in retail banking", "for more than 10 years.", "25+ years in the energy
# sector", "and 10+ years as a Nurse": a number of years led by words of having or working.
_WORK_AFTER = (
    r"\s+(?:as|in|of|with|working|within|across|at|leading|managing|developing|building)\b"
)
_IN_WORK = re.compile(
    rf"(?:\b(?:for|with|and|having|have|has|bring(?:ing|s)?|offering)\s+{_APPROX}"
    rf"|\b(?:over|more\s+than|almost|nearly|around|about)\s+)"
    rf"{_N_YEARS}{_MONTHS}(?={_WORK_AFTER}|[.,;:]|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
# A line opening with the years: "7 years as a copy editor" (not "2 years." ending a clause).
_LEAD = re.compile(
    rf"^\W*{_APPROX}{_N_YEARS}{_MONTHS}(?={_WORK_AFTER})", re.IGNORECASE | re.MULTILINE
)
# "Experience: 21 Years", "Total Experience - 4 Years 3 Months", "Work Exp.: 6 yrs";
# a job board's field "Total years of experience 7" (its number alone).
_LABEL = re.compile(
    rf"\b(?:total|overall|work|professional|relevant|industry|it)?\s*(?:experience|exp\.?)"
    rf"\s*[:\-–]\s*{_APPROX}{_N_YEARS}{_MONTHS}"
    r"|\btotal\s+(?:years\s+of\s+experience|experience\s+in\s+years)\s*[:\-–]?\s*"
    r"(?P<n2>\d{1,2}(?:\.\d)?)(?![\d.])",
    re.IGNORECASE,
)
# "a 10-year career in sales", "a fifteen-year career", "a 20 year professional career".
_CAREER = re.compile(
    rf"\b{_APPROX}(?P<n>{_NUM})[-\s]years?(?:[-\s]long)?\s+(?:[\w-]+\s+)?career\b", re.IGNORECASE
)
# "a total experience of 6 years", "Total IT experience of 7+ years".
_TOTAL_OF = re.compile(
    rf"\b(?:total|overall)\s+(?:[\w/]+\s+)?experience\s+of\s+{_APPROX}{_N_YEARS}{_MONTHS}",
    re.IGNORECASE,
)
# A claim read in any section: a line (or a short "Label:") opening with "N+ years of
# experience" ("Software testing: 20+ years of experience as …", a Qualifications list), "I
# have about N years of experience", "4 Years Worked as a Trainer." (under Experience).
_CLAIM = re.compile(
    rf"(?:^[^\w(]*(?:[A-Z][\w&/ -]{{1,40}}:\s*)?|\bi\s+(?:have|'ve|bring)\s+(?:got\s+)?)"
    rf"{_APPROX}{_N_YEARS}{_MONTHS}(?:\s+of)?(?:\s+[\w-]+){{0,3}}?\s+experien",
    re.IGNORECASE,
)
_WORKED_AS = re.compile(
    rf"^[^\w(]*{_APPROX}{_N_YEARS}{_MONTHS}\s+(?:worked|working)\s+as\b", re.IGNORECASE
)
# "[ 6 years ]" alone on a line of the summary (a profile export's total).
_ALONE = re.compile(rf"^[\s(\[]*{_N_YEARS}{_MONTHS}[\s)\]]*$", re.IGNORECASE | re.MULTILINE)
_DECADES = re.compile(
    rf"\b{_APPROX}(?P<d>a|one|two|three|four)\s+decades?\b(?:\s+[\w&/()'’-]+){{0,5}}?"
    r"\s+(?:experien|as\b|in\b|of\b)",
    re.IGNORECASE,
)
_NOT_WORK = re.compile(
    r"^\W{0,3}(?:old|of\s+age|ago|warranty|guarantee|degree|course|program"
    r"|of\s+(?:funding|growth|operation|history|study|studies|schooling))",
    re.IGNORECASE,
)


# The words a pattern cannot match without (a cheap test before the scan).
_NEEDS = {_CAREER: ("career",), _TOTAL_OF: ("total", "overall")}


def _number(token: str) -> float:
    token = token.lower()
    return float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(token)


def _figures(text: str, *, anywhere: bool = False) -> list[float]:
    found: list[float] = []
    low = text.lower()
    patterns = (
        (_LABEL, _TOTAL_OF, _CLAIM, _WORKED_AS)
        if anywhere
        else (_LABEL, _TOTAL_OF, _BEFORE_EXPERIENCE, _IN_WORK, _LEAD, _ALONE, _CAREER)
    )
    if "yr" not in low and "year" not in low:
        patterns = ()  # every pattern reads "N years" or "N yrs": most texts end here, cheaply
    for pattern in patterns:
        if pattern in _NEEDS and not any(w in low for w in _NEEDS[pattern]):
            continue
        for m in pattern.finditer(text):
            if _NOT_WORK.match(text[m.end() :]):
                continue
            if m.groupdict().get("n2"):
                found.append(float(m.group("n2")))
                continue
            extra = m.groupdict()
            months = float(extra["m"]) / 12 if extra.get("m") else 0.0
            found.append(_number(m.group("n")) + months + (0.5 if extra.get("half") else 0.0))
    if not anywhere:
        for m in _DECADES.finditer(text):
            found.append(10.0 * (1 if m.group("d").lower() in ("a", "one") else
                                 _number(m.group("d"))))  # fmt: skip
    return [f for f in found if 0 < f <= _MAX_YEARS]


def stated_years(
    own_words: list[str], all_lines: list[str], dated: float | None = None
) -> float | None:
    """The years of experience the resume states: ``own_words`` are its summary and header
    lines (joined, so a statement wrapped over two lines is read), ``all_lines`` every line
    (for an "Experience: N years" label or a claim, ``_CLAIM``). None when it states none, or
    when the figure is beyond what the resume itself makes possible (``plausible``; ``dated``:
    the roles' dated total)."""
    found = _figures("\n".join(x.strip() for x in own_words))
    # "Experience: N years" labels and claims ("N+ years of experience …") in any section
    labels = [x for x in all_lines if _claim_words(x.lower())]  # a cheap filter first
    found += [f for line in labels for f in _figures(line, anywhere=True)]
    found = [f for f in found if plausible(f, dated, all_lines)]
    return round(max(found), 1) if found else None


def _claim_words(low: str) -> bool:
    """ "Experience", "Exp." or "years worked" in a lower-cased line."""
    return "xp" in low or ("work" in low and "year" in low)


_YEAR = re.compile(rf"(?<!\d){dates.YEAR}(?!\d)")


def plausible(stated: float, dated: float | None, all_lines: list[str]) -> bool:
    """A stated figure the resume's own dates allow. Text stripped of its punctuation turns
    "3.5 years" into "35 years": with dated roles, a figure above twice their total plus ten
    years is no statement, unless the years the resume names span that long (a long career
    whose early roles are listed without dates the parser reads). With no dated role the
    figure stands (it is what the dates cannot give)."""
    if stated > _MAX_YEARS or dated is None or stated <= 2 * dated + 10:
        return stated <= _MAX_YEARS
    written = [int(y) for line in all_lines for y in _YEAR.findall(line)]
    return bool(written) and stated <= max(written) - min(written) + 1


# A role dated by one year alone ("2019", "2019 – 2019") ran at some time in that year: it
# counts half of it (nothing would say it never happened, the whole year overstates it).
_ONE_YEAR_MONTHS = 6


def end_month(start: str, end: str) -> float:
    """Where a past role's span ends, as dates.month_index (its end month included)."""
    if len(start) == 4 and start == end:
        return dates.month_index(start) + _ONE_YEAR_MONTHS
    return dates.month_index(end, end=True)


def union_years(spans: Sequence[tuple[float, float]]) -> float | None:
    """Month spans (start, end: dates.month_index) -> the years they cover, overlaps merged,
    to one decimal; None with no span."""
    if not spans:
        return None
    ordered = sorted(spans)
    total, cur_start, cur_end = 0.0, ordered[0][0], ordered[0][1]
    for s, e in ordered[1:]:
        if s <= cur_end:
            cur_end = max(cur_end, e)
        else:
            total += cur_end - cur_start
            cur_start, cur_end = s, e
    total += cur_end - cur_start
    return round(total / 12, 1)


# The roles' dates give "far less" than the resume states when they cover under this share of it.
STATED_SHORTFALL = 0.5


def recruiter_years(
    computed: float | None, stated: float | None, *, undated_roles: bool
) -> tuple[float | None, bool]:
    """The years a recruiter would read, and whether that is the resume's own statement.

    The roles' dated union (``computed``) comes first. The stated figure stands in when the
    dates give none, or give far less than stated while some roles are undated (the missing
    years are in roles with no dates, not missing from the career). Never a mix of the two:
    the caller shows a stated figure as "stated".
    """
    if stated is None:
        return computed, False
    if computed is None or (undated_roles and computed < STATED_SHORTFALL * stated):
        return stated, True
    return computed, False


def stint_roles(role: WorkExperience, rng: dates.DateRange | None) -> list[WorkExperience]:
    """A role dated by several stints on one line ("Acme Robotics, 2012–2014, again
    2018–2021"): ``role`` takes the first stint's dates, and each other stint is a copy of it
    with its own dates and no bullets (returned, in the order written); the body goes to the
    latest stint (the current one), where the work it tells of was last done. A WorkExperience
    holds one span: a role per stint keeps the gap between them out of the years (5, not 9)."""
    if rng is None or len(rng.stints) < 2:
        return []
    (role.start, role.end, role.is_current), rest = rng.stints[0], rng.stints[1:]
    others = [
        role.model_copy(update={"start": s, "end": e, "is_current": now, "bullets": []})
        for s, e, now in rest
    ]
    latest = _latest(role, *others)
    latest.bullets, role.bullets = role.bullets, latest.bullets
    return others


def stint_below(
    above: WorkExperience | None,
    item: WorkExperience,
    raw_header: Sequence[str],
    body: Sequence[str],
) -> WorkExperience | None:
    """ "Acme Robotics" / "Analyst" / "2012 – 2014" / "2018 – 2021" / "• …": a line of dates
    alone right under a dated role that has no body yet, its own body a list, is that role's
    second stint, and the list is the role's (a line of text under it is the next role's
    header, its dates written above it). -> the stint (a copy of ``above``), or None; the body
    goes to the latest of the two stints, as ``stint_roles`` gives it (round 16: it went to
    the first one written). ``item``: the headerless dates line's own role, ``body`` its
    lines."""
    if above is None or above.bullets or not above.start or not item.start:
        return None
    if not body or not tx.bullet_glyph(body[0]):
        return None
    if len(raw_header) != 1 or tx.words(dates.without_dates(raw_header[0])):
        return None
    again = above.model_copy(
        update={"start": item.start, "end": item.end, "is_current": item.is_current, "bullets": []}
    )
    _latest(above, again).bullets = item.bullets
    return again


def _latest(*stints: WorkExperience) -> WorkExperience:
    """The stint a role's body goes to: the current one, else the one that started last."""
    return max(stints, key=lambda r: (r.is_current, dates.month_index(r.start) if r.start else -1))


def settle_open_ends(roles: Sequence[WorkExperience], open_ended: Sequence[WorkExperience]) -> None:
    """A role dated "2013 –" with no end written (``open_ended``) is ongoing only when no
    other role of ``roles`` starts after it; under a later role its end was lost ("Summer
    1998 –" above roles of 2002), and it adds no years."""
    for role in open_ended:
        if role.start and any(
            r.start and dates.month_index(r.start) > dates.month_index(role.start)
            for r in roles
            if r is not role
        ):
            role.is_current = False


# Years of full-time study before a first degree starts at about 18: a student has worked at
# most since about 16.
_YEARS_BEFORE_STUDY = 2


def enrolled_since(education_lines: Sequence[str], resume: Resume, today: date) -> int | None:
    """A degree under way written as a range to "Present" ("B.Sc., Lakeside University,
    2023 – Present"): the earliest plausible working month (two years before the study
    began), as dates.month_index. None when no education line is under way, when a degree
    was already completed (a course on top of it, not a student), or when a role ended
    before the study began (someone back at school after working). The caller applies it only
    to someone whose highest degree is a first one."""
    if any(
        e.level and e.level >= EducationLevel.BACHELOR and e.graduation_date
        and int(e.graduation_date[:4]) < today.year
        for e in resume.education
    ):  # fmt: skip
        return None
    roles = resume.work_experience
    starts = []
    for line in education_lines:
        rng = dates.find_range(line)
        if rng is not None and rng.is_current and rng.start:
            starts.append(dates.month_index(rng.start))
    if not starts:
        return None
    began = min(starts)
    ended = [dates.month_index(r.end) for r in roles if r.end and not r.is_current]
    return None if any(end <= began for end in ended) else began - 12 * _YEARS_BEFORE_STUDY


def has_undated_role(roles: Sequence[WorkExperience]) -> bool:
    """Some role adds no years to the dated union: no start, or a past role with no end."""
    return any(not r.start or (not r.is_current and not r.end) for r in roles)

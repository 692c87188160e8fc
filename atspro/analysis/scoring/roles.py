"""Dated role lines of the Experience section, for the roles the parser did not read.

Resumes written as one line per role ("- Help Desk Technician (2011 - 2014)") may come back
from the parser with no ``work_experience``; the scorer would then see no title and no years,
and two versions of one resume could flip on what the parser happened to read. This fallback
reads only what is certain: inside the section headed Experience (any alias), each line that
holds a date range is a role, the words before the range its title, the words after it a
bullet, and the undated lines below it are its bullets. When the parser found roles, only
the lines it missed are added (``missed_roles``). Dates are read by the parser's own
``find_range`` (one way to read a date).
"""

from __future__ import annotations

import re
from functools import lru_cache

from atspro.analysis.resume.dates import find_range
from atspro.analysis.scoring.wording import SECTION_ALIASES, canonical_section
from atspro.models import WorkExperience

_SECTIONS = frozenset(SECTION_ALIASES.values())
_HEADING_RE = re.compile(r"^\s*#*\s*([A-Za-z][A-Za-z &/]{2,40}?)\s*:?\s*$")
# Bullets, numbering and lead-ins before the title: "- ", "2. ", "Worked as a ".
_GLYPH = r"^\s*(?:[-*•▪◦●·–]|\d{1,2}[.)])?\s*"
_GLYPH_RE = re.compile(_GLYPH)
_LEAD_RE = re.compile(
    _GLYPH + r"(?:(?:previously|currently|also)\s+)?"
    r"(?:(?:worked|working|served|serving|employed|gained\s+experience|experience|role|vocation"
    r"|profession|function)\s+(?:as|in)\s+(?:an?\s+)?)?",
    re.IGNORECASE,
)
_TRAIL_RE = re.compile(r"[\s(\[,:;|–—-]*(?:\b(?:from|between|since|during)\s*)?$", re.IGNORECASE)
MAX_TITLE_WORDS = 12
EXPERIENCE = frozenset({"experience"})
_TITLE_END_RE = re.compile(r":|\.\s|\s[–—]\s")  # where a title written after its dates ends
_YEAR_FIRST_RE = re.compile(_GLYPH + r"((?:19|20)\d\d)\s*[-–—,:]\s+(?=[A-Za-z])")
_AS_RE = re.compile(r"^(?:as\s+(?:an?\s+)?)", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?:19|20)\d\d|\b\d\d\b")
# "between 2013 and 2016" -> "2013 - 2016", the form find_range reads.
_BETWEEN_RE = re.compile(r"\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# Labelled and wordy ranges: "From: 2017 To: 2020", "from the year of 2015 up to 2019".
_FROM_TO_RE = re.compile(
    r"\bfrom:?\s+(?:the\s+year\s+(?:of\s+)?)?((?:19|20)\d\d)\s*,?\s*(?:up\s+)?(?:to|until|till):?"
    r"\s+((?:19|20)\d\d|present|now|today)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def section_lines(text: str, wanted: frozenset[str]) -> tuple[str, ...] | None:
    """Lines under the headings of the ``wanted`` sections, or None when the text has no
    recognisable section heading at all (so nothing can be said about where a line sits)."""
    lines: list[str] = []
    inside, seen = False, False
    for line in text.splitlines():
        heading = _HEADING_RE.match(line)
        if heading and (section := canonical_section(heading.group(1))) in _SECTIONS:
            inside, seen = section in wanted, True
        elif inside:
            lines.append(line)
    return tuple(lines) if seen else None


def roles_from_text(text: str) -> list[WorkExperience]:
    """Roles read from dated lines of the Experience section (empty when there is none)."""
    roles: list[WorkExperience] = []
    for line in section_lines(text, EXPERIENCE) or ():
        dated = _YEAR_RE.search(line) is not None  # no year, no range: skip the date reader
        if dated:
            line = _FROM_TO_RE.sub(r"\1 - \2", _BETWEEN_RE.sub(r"\1 - \2", line))
        found = find_range(line) if dated else None
        year_first = None if found or not dated else _YEAR_FIRST_RE.match(line)
        if found:
            start, end, current = found.start, found.end, found.is_current
            before, after = line[: found.span[0]], line[found.span[1] :]
        elif year_first:  # "2018 - Claims Clerk: …": a start year, the end unknown
            start, end, current = year_first.group(1), None, False
            before, after = "", line[year_first.end() :]
        else:
            bullet = _GLYPH_RE.sub("", line, count=1).strip() if roles else ""
            if bullet:  # a line under a role line is that role's bullet
                roles[-1].bullets.append(bullet)
            continue
        title = _TRAIL_RE.sub("", _LEAD_RE.sub("", before, count=1)).strip()
        rest = after.strip(" )]:;,.-–—")
        if not title:  # the dates come first: "2014 - 2017, Speech Therapist: did X"
            head, *tail = _TITLE_END_RE.split(rest, maxsplit=1)
            title = _AS_RE.sub("", _LEAD_RE.sub("", head, count=1)).strip(" ,")
            rest = tail[0].strip() if tail else ""
        if not title or len(title.split()) > MAX_TITLE_WORDS:
            continue
        roles.append(
            WorkExperience(
                position=title,
                start=start,
                end=end,
                is_current=current,
                bullets=[rest] if rest else [],
            )
        )
    return roles


def _years(role: WorkExperience) -> tuple[str, str]:
    end = "now" if role.is_current else (role.end or "")[:4]
    return (role.start or "")[:4], end


def missed_roles(found: list[WorkExperience], text: str) -> list[WorkExperience]:
    """Dated role lines of the Experience section that the parser's roles do not hold.

    A resume written one line per role can come back with some lines read and others not
    ("Heavy and light truck drivers (2017 - 2021)" missed while the next line is read), and
    two versions of one resume then differ in what the scorer sees. Only when the section has
    more dated role lines than the parser found roles, the lines whose years match no parsed
    role are returned (the same years are the same role, whichever way the parser read it).
    """
    from_text = roles_from_text(text)
    if len(from_text) <= len(found):
        return []
    seen = {_years(r) for r in found}
    return [r for r in from_text if _years(r) not in seen]

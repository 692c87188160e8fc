"""Labelled "Key: value" fields, as job-board exports and profile blocks write them.

"Name: Jane Doe", "Current Company: Acme Corp", "Current Designation: Analyst",
"Current Location: Pune, Maharashtra". The value is what counts; the label never ends up in
a value ("Position: Analyst" is a title "Analyst").
"""

from __future__ import annotations

import re
from typing import Literal

Field = Literal["name", "company", "position", "location"]

_KEYS: dict[str, Field] = {
    "name": "name", "full name": "name", "candidate name": "name", "candidate": "name",
    "name of the candidate": "name", "applicant name": "name", "candidate's name": "name",
    "candidate’s name": "name", "name of applicant": "name", "name of the applicant": "name",
    "applicant": "name",
    "company": "company", "company name": "company", "current company": "company",
    "employer": "company", "current employer": "company", "organisation": "company",
    "organization": "company", "current organisation": "company",
    "current organization": "company", "present company": "company",
    "designation": "position", "current designation": "position", "position": "position",
    "job title": "position", "title": "position", "role": "position", "current role": "position",
    "current position": "position", "present designation": "position",
    "current job title": "position", "position held": "position",
    "name of employer": "company", "name of the employer": "company", "employer name": "company",
    "employer's name": "company", "name of the company": "company", "name of company": "company",
    "organization name": "company", "organisation name": "company",
    "name of organization": "company", "name of organisation": "company",
    "name of the organization": "company", "name of the organisation": "company",
    "job role": "position", "role held": "position", "post held": "position",
    "designation held": "position", "job position": "position", "position title": "position",
    "post": "position", "firm": "company",
    "location": "location", "current location": "location", "city": "location",
    "address": "location", "present address": "location", "current address": "location",
    "residential address": "location", "permanent address": "location",
    "current city": "location", "based in": "location", "residence": "location",
    "current residence": "location", "home address": "location", "mailing address": "location",
    "postal address": "location", "correspondence address": "location",
    "address for communication": "location", "contact address": "location",
    "hometown": "location", "home town": "location", "current place": "location",
}  # fmt: skip
_KEY_RE = "|".join(sorted((re.escape(k) for k in _KEYS), key=len, reverse=True))
_LABELLED = re.compile(rf"^\W{{0,3}}(?P<key>{_KEY_RE})\s*[:：]\s*(?P<value>\S.*)$", re.IGNORECASE)
# "Candidate Name - Jane Doe", "Present Address – 12 MG Road, Indore": a dash for the colon,
# read for the name and the place only (a role's "Title - what I did" is prose).
_DASH_KEY_RE = "|".join(
    sorted((re.escape(k) for k, v in _KEYS.items() if v in ("name", "location")), key=len)[::-1]
)
_DASH_LABELLED = re.compile(
    rf"^\W{{0,3}}(?P<key>{_DASH_KEY_RE})\s+[-–—]\s+(?P<value>\S.*)$", re.IGNORECASE
)
# Where a second "Key:" on the same line starts ("Name: Jane Doe  Phone: 555 0100").
_NEXT_LABEL = re.compile(
    r"\s*(?:\||•|·|  |\t|,\s)?\s*\b(?:e-?mail|phone|mobile|tel|cell|contact|dob|date of birth"
    rf"|gender|nationality|linkedin|{_KEY_RE})\s*[:：].*$",
    re.IGNORECASE,
)


_ROLE_KEY_RE = "|".join(
    sorted((re.escape(k) for k, v in _KEYS.items() if v in ("company", "position")), key=len)[::-1]
)
# A label-left table with no colon: "Company   Acme Corp" (the gap is the column border).
_COLUMN_LABELLED = re.compile(
    rf"^\W{{0,3}}(?P<key>{_ROLE_KEY_RE})\s{{2,}}(?P<value>\S.*)$", re.IGNORECASE
)


# A form's table row with a bar for the colon: "Position | Paralegal" (the value up to the next bar).
_BAR_LABELLED = re.compile(
    rf"^\W{{0,3}}(?P<key>{_ROLE_KEY_RE})\s*\|\s*(?P<value>[^|]*[^|\s])", re.IGNORECASE
)


def read_label(line: str) -> tuple[Field, str] | None:
    """``("company", "Acme Corp")`` for "Current Company: Acme Corp", else None."""
    m = (
        _LABELLED.match(line.strip())
        or _COLUMN_LABELLED.match(line.strip())
        or _DASH_LABELLED.match(line.strip())
        or _BAR_LABELLED.match(line.strip())
    )
    if not m:
        return None
    value = _NEXT_LABEL.sub("", m.group("value")).strip(" ,;|-–")
    if not value or not any(ch.isalpha() for ch in value):
        return None
    return _KEYS[m.group("key").lower()], value


# "Worldspan L.P. (Designation: Software Intern)": a role label in brackets beside a name.
_BRACKETED_LABEL = re.compile(rf"\(\s*((?:{_ROLE_KEY_RE})\s*[:：][^()]+)\)", re.IGNORECASE)


def bracketed_label(line: str) -> tuple[tuple[int, int], list[tuple[Field, str]]] | None:
    """The span of a "(Designation: Analyst)" aside in ``line`` and the labels in it."""
    m = _BRACKETED_LABEL.search(line)
    if not m:
        return None
    return m.span(), read_labels(m.group(1))


_ANY_LABEL = re.compile(rf"(?:^|(?<=\s))(?:{_KEY_RE})\s*[:：]", re.IGNORECASE)


def read_labels(line: str) -> list[tuple[Field, str]]:
    """Every "Key: value" on a line: "Company: Acme  Designation: Analyst" gives both."""
    if read_label(line) is None:
        return []  # the line must open with a label ("Acme  Title: Analyst" is not a pair)
    starts = [0, *(m.start() for m in _ANY_LABEL.finditer(line) if m.start() > 0)]
    parts = [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    return [found for part in parts if (found := read_label(part))]


_BARE_KEY = re.compile(rf"^\W{{0,3}}(?P<key>{_KEY_RE})\s*[:：]?$", re.IGNORECASE)


def bare_key(text: str) -> bool:
    """ "Location", "Company name", "Position:": a form's label left with no value."""
    return _BARE_KEY.match(text.strip()) is not None


def first_value(lines: list[str], wanted: Field, below: bool = False) -> str | None:
    """The first ``wanted`` value: "Location: Pune" on one line; with ``below``, a key alone
    on its line and the value on the next ("Location" / ":" / "Pune": a table's cells read
    one per line; callers check the value more strictly)."""
    for n, line in enumerate(lines):
        if not below:
            found = read_label(line)
            if found and found[0] == wanted:
                return found[1]
            continue
        m = _BARE_KEY.match(line.strip())
        if m and _KEYS[m.group("key").lower()] == wanted:
            value = _value_below(lines[n + 1 : n + 3])
            if value:
                return value
    return None


def _value_below(lines: list[str]) -> str | None:
    for line in lines:
        line = line.strip()
        if line in (":", "："):
            continue  # the colon in a cell of its own
        if line.endswith((":", "：")) or read_label(line) or _BARE_KEY.match(line):
            return None  # "Name:" / "Birth:": a form left empty
        return line.strip(" :") if any(ch.isalpha() for ch in line) else None
    return None

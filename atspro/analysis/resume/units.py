"""A unit inside an organisation ("Department of Physics", "Finance Department", "Office of
Admissions"): where in the employer the person sat, never the employer itself. One word list
for the role readers (roles, role_header, role_sentences).
"""

from __future__ import annotations

import re

# Each word names a unit when it opens "<word> of …".
UNIT_WORDS: tuple[str, ...] = (
    "department",
    "dept",
    "division",
    "faculty",
    "school",
    "office",
    "team",
    "unit",
)
# These name a unit at a name's end ("Finance Department", "Payments Team", "Western Region",
# "Safety Branch", "Flight Data Section");
# "Lincoln High School" and "Head Office" are the employer or its site, and "Region of …" opens
# a council's name.
CLOSING_WORDS: tuple[str, ...] = (
    "department",
    "dept",
    "division",
    "team",
    "unit",
    "region",
    "branch",
    "section",
)

_WORD = {"dept": r"dept\.?"}
_OPENING = "|".join(_WORD.get(w, w) for w in UNIT_WORDS)
_CLOSING = "|".join(_WORD.get(w, w) for w in CLOSING_WORDS)
_UNIT_OF = re.compile(rf"^(?:{_OPENING})\s+of\b", re.IGNORECASE)
_UNIT_CLOSED = re.compile(rf"\b(?:{_CLOSING})$", re.IGNORECASE)


def opens_unit(name: str) -> bool:
    """ "Department of Physics", "Office of Admissions": a unit named "<unit> of …"."""
    return _UNIT_OF.match(name) is not None


def closes_unit(name: str) -> bool:
    """ "Finance Department", "Key Clients Division": a unit word ends the name."""
    return _UNIT_CLOSED.search(name) is not None


def names_unit(name: str) -> bool:
    """A unit named either way: "Department of Physics", "Finance Department"."""
    return opens_unit(name) or closes_unit(name)


# A school district over its schools ("Greene County Public Schools", "Maple Valley School
# District") and a university over its offices, services and colleges ("Halvorsen University",
# "University of Springfield"): the parent that employs the person.
_DISTRICT = re.compile(
    r"\b(?:public|county|city|area|unified|independent)\s+schools\b|\bschool\s+district\b",
    re.IGNORECASE,
)
_UNIVERSITY = re.compile(
    r"^(?:the\s+)?university\s+of\b|\buniversity(?:\s+(?:at|in)\s+[A-Z][\w.'’-]*)?$",
    re.IGNORECASE,
)
LEGAL_WORDS = r"pvt|ltd|inc|llc|limited|corp|corporation|gmbh|plc"  # a company's legal form
_LEGAL_SUFFIX = re.compile(rf"\b(?:{LEGAL_WORDS})\b\.?", re.IGNORECASE)
# "Payments Group", "Vision Lab": a group or a lab, before a firm with a legal suffix, is its unit.
_GROUP_END = re.compile(r"\b(?:group|lab|labs|laboratory|laboratories)$", re.IGNORECASE)
# A research institute or centre hosted by a university often employs its own staff.
_OWN_EMPLOYER = re.compile(r"^(?:the\s+)?(?:institute|centre|center)\b", re.IGNORECASE)


def names_district(name: str) -> bool:
    """ "Greene County Public Schools", "Maple Valley School District": a school district."""
    return _DISTRICT.search(name) is not None


def ends_in_district(text: str) -> bool:
    """ "…, Anne County Public Schools": a district's name ends ``text`` (a place read there,
    "Schools, MD", is the district's)."""
    found = list(_DISTRICT.finditer(text))
    return bool(found) and not text[found[-1].end() :].strip(" ,.")


def names_university(name: str) -> bool:
    """ "Halvorsen University", "University of Springfield", "Halvorsen University at Eastport"
    (not "University Housing Services": a university's office)."""
    return _UNIVERSITY.search(name.strip(" .")) is not None


def parent_of(unit: str, org: str) -> bool:
    """``org``, named after ``unit`` on one header line, is the organisation ``unit`` belongs
    to: a school district after a school or a programme ("Lakeside High School, Greene County
    Public Schools"), a university after one of its offices, services or colleges ("Student
    Records Services, Halvorsen University"), a firm with a legal suffix after one of its groups
    or labs ("Payments Group, Acme Robotics Inc"), any organisation after a unit named by its
    closing word ("Data Platform Team, Acme Robotics"). A firm with a legal suffix is no unit, nor is an
    institute or a centre at a university ("Institute of Optics, Springfield University")."""
    if _LEGAL_SUFFIX.search(unit):
        return False
    if closes_unit(unit.strip(" .")) and not names_unit(org.strip(" .")):
        return True  # "Data Platform Team, Acme Robotics", "Payments Division, Zentrix"
    if _GROUP_END.search(unit) and _LEGAL_SUFFIX.search(org):
        return True  # "Payments Group, Acme Robotics Inc", "Vision Lab, Acme Labs Ltd"
    if names_district(org):
        return not names_district(unit)
    return names_university(org) and not (names_university(unit) or _OWN_EMPLOYER.match(unit))

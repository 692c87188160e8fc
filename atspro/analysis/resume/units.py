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

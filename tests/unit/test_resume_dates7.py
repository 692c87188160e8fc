"""Date forms of round 7: a template's placeholder years ("20XX") and an end date alone
("to 1974") (synthetic resumes; made-up names, employers and places)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def _range(line: str) -> tuple[str | None, str | None, bool] | None:
    rng = dates.find_range(line)
    return None if rng is None else (rng.start, rng.end, rng.is_current)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("September 20XX-Present", (None, None, True)),
        ("Summer 20XX-20XX", (None, None, False)),
        ("Teacher, Brindle High School, Eastport, Nebraska, 19xx-20xx", (None, None, False)),
        ("January-May, 19xx", (None, None, False)),
        ("Swim Coach, Tarn School, Eastport, IL, August - November 20XX", (None, None, False)),
        ("Clerk, July 20XX to August 20XX", (None, None, False)),
        ("Fall [Year] - Present", (None, None, True)),
        ("May [year]-August [year]", (None, None, False)),
        ("May 20XX", None),  # one placeholder date: no range
        ("May - June", None),
    ],
)  # fmt: skip
def test_a_template_range_dates_a_role_with_no_year(line: str, expected: tuple | None) -> None:
    assert _range(line) == expected
    assert dates.find_dates(line) == []  # "20XX" is never the year 2000


def test_roles_dated_with_template_years_are_read_and_add_no_years() -> None:
    text = (
        "Jane Roe\njane@example.com\nEXPERIENCE\n"
        "Swim Coach, Brindle High School, Eastport, IL, August - November 20XX\n"
        "Ran morning sessions for 12 swimmers.\nKept the lap times.\n"
        "Nursery Assistant, Little Oaks Nursery, Eastport, IL, April - August 20XX\n"
        "Led daily activities.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company, w.start, w.end) for w in r.work_experience] == [
        ("Swim Coach", "Brindle High School", None, None),
        ("Nursery Assistant", "Little Oaks Nursery", None, None),
    ]
    assert not r.total_years_experience


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("to 1974", (None, "1974", False)),
        ("(until May 1990)", (None, "1990-05", False)),
        ("to 1974 and beyond", None),
        ("- 2001", None),
        ("to date", None),
    ],
)
def test_an_end_date_alone_is_a_range_with_no_start(line: str, expected: tuple | None) -> None:
    assert _range(line) == expected


def test_the_earliest_role_dated_only_by_its_end_is_read() -> None:
    text = (
        "Jane Roe\njane@example.com\nEXPERIENCE\n1976 to 1978\nTarn Electronics, Eastport, NJ\n"
        "Pattern Maker\nBuilt dies for presses.\nKept the shop logs.\n"
        "to 1974\nBrindle Machine and Tool, Westfield, NJ\nMachine Operator\n"
        "Ran the lathes on the night shift.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company, w.start, w.end) for w in r.work_experience] == [
        ("Pattern Maker", "Tarn Electronics", "1976", "1978"),
        ("Machine Operator", "Brindle Machine and Tool", None, "1974"),
    ]
    assert r.total_years_experience == 2.0  # a role with no start adds no years

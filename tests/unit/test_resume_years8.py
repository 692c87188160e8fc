"""Years of experience, round 8: a role dated by one year alone counts (synthetic resumes;
made-up names and employers)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import years
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def _total(role_lines: str) -> float | None:
    text = f"Ada Finch\nada.finch@example.org\n\nEXPERIENCE\n{role_lines}"
    return parse_resume(text, today=TODAY).total_years_experience


@pytest.mark.parametrize(
    ("role_lines", "expected"),
    [
        ("Analyst, Orlin Labs, 2019 - 2019\nBuilt weekly reports.\n", 0.5),
        ("Analyst, Orlin Labs, 2019\nBuilt weekly reports.\n", 0.5),
        ("Analyst, Orlin Labs, 2018 - 2019\nBuilt weekly reports.\n", 1.0),  # as before
        ("Analyst, Orlin Labs, May 2019 - May 2019\nBuilt weekly reports.\n", 0.1),
        (
            "Analyst, Orlin Labs, 2019 - 2019\nBuilt weekly reports.\n"
            "Clerk, Harrow Stores, 2018 - 2020\nKept the stock ledger.\n",
            2.0,  # inside a longer role's years: nothing added
        ),
    ],
)  # fmt: skip
def test_a_role_dated_by_one_year_alone_counts_half_that_year(
    role_lines: str, expected: float
) -> None:
    assert _total(role_lines) == expected


def test_the_union_merges_overlaps_and_leaves_gaps_out() -> None:
    assert years.union_years([(0, 12), (6, 24), (36, 48)]) == 3.0
    assert years.union_years([]) is None


def test_school_years_under_an_education_background_heading_add_no_years() -> None:
    text = (
        "Nia Odhiambo\nnia.odhiambo@example.org\n\nWORK EXPERIENCE\n"
        "Aug 2021 - Sep 2021 Lakeview Radio.\nI edited the evening news bulletins for the station.\n"
        "EDUCATION BACKGROUND\n2017- 2021  Bsch. Communication and Journalism\n"
        "I graduated from Harlow University in 2021 after\njoining in 2017.\n"
        "2013- 2016  K.S.L.C\nI went to Ridgeway High School from form one to form four and\n"
        "scored a B in my final exam.\n"
        "2005- 2012  K.P.L.C\nI went to Hillcrest primary school from class one to class eight.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert r.total_years_experience is not None and r.total_years_experience < 1
    assert [w.company for w in r.work_experience] == ["Lakeview Radio"]

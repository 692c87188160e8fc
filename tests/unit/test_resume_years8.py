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
        "Lina Varga\nlina.varga@example.org\n\nWORK EXPERIENCE\n"
        "Mar 2022 - May 2022 Lakeview Radio.\nI edited the evening bulletins for the station.\n"
        "EDUCATION BACKGROUND\n2018- 2022  BSc Marine Biology\n"
        "Completed at Harlow Institute of Technology with a thesis on kelp beds.\n"
        "2014- 2017  U.S.D.\nAttended Ridgeway Academy and sat the final board papers there.\n"
        "2006- 2013  J.C.E\nAttended Hillcrest Junior School in the old town.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert r.total_years_experience is not None and r.total_years_experience < 1
    assert [w.company for w in r.work_experience] == ["Lakeview Radio"]


def test_the_score_counts_a_roles_years_by_the_parsers_rule():
    """The score's relevant years (scoring.matching) and the parser's total use one rule: a role
    dated by one year alone is half a year in both, a bare-year range counts to the end year's
    start, an end month is included."""
    from datetime import date

    from atspro.analysis.resume.parser import parse_resume
    from atspro.analysis.scoring.matching import union_years
    from atspro.models import WorkExperience

    today = date(2026, 1, 1)
    text = (
        "Ada Finch\nada.finch@example.org\n\nEXPERIENCE\n"
        "Analyst, Orlin Labs, 2019\nBuilt weekly reports.\n"
        "Clerk, Harrow Stores, Mar 2015 - Feb 2017\nKept the stock ledger.\n"
        "Porter, Eastport Hotel, 2010 - 2012\nCarried the guests' bags.\n"
    )
    resume = parse_resume(text, today=today)
    assert len([r for r in resume.work_experience if r.start]) == 3
    assert resume.total_years_experience == 4.5
    assert union_years(resume.work_experience, today) == 4.5
    one_year = WorkExperience(position="Analyst", start="2019", end="2019")
    assert union_years([one_year], today) == 0.5

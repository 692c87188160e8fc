"""Date forms of round 8: a range drawn as a dates column whose end date opens the role's
header line ("March 2016" / "May 2019 Data Analyst at Orlin Labs") (synthetic resumes;
made-up names, employers and places)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("March 2016", "May 2019 Data Analyst at Orlin Labs", True),
        ("2009", "2014 Independent bookbinder", True),
        ("4/2011", "9/2015 (contract)", True),
        ("2012", "2010 Bachelor of Fine Arts", False),  # the end before the start
        ("2010", "2015 reading circle", False),  # no header opens the line
        ("3 March 1988", "2011 2012", False),  # a second range, not an end
    ],
)  # fmt: skip
def test_an_end_date_opening_the_header_line_closes_the_date_above(
    first: str, second: str, joined: bool
) -> None:
    assert dates.dashless_pair(first, second) is joined


def test_roles_of_a_dates_column_read_with_their_dates_and_years() -> None:
    text = (
        "Tamsin Okafor\ntamsin.okafor@example.org\n\nEXPERIENCE\n"
        "March 2016\nMay 2019 Data Analyst at Orlin Labs\n"
        "Built weekly sales dashboards for the regional teams.\n"
        "2009\n2014 Independent bookbinder\n"
        "Designed book covers and posters for small publishers.\n"
        "\nEDUCATION\nBA in Fine Arts, Harlow Institute of Technology, 2008\n"
    )
    r = parse_resume(text, today=TODAY)
    got = {(w.position, w.start, w.end) for w in r.work_experience}
    assert ("Data Analyst", "2016-03", "2019-05") in got
    assert any(w.start == "2009" and w.end == "2014" for w in r.work_experience)
    assert r.total_years_experience == pytest.approx(8.2, abs=0.2)

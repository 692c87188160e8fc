"""Dates of round 10: an academic year written "A. y. 2015/2016" is a line of dates alone, so
a dates-first layout stays dates-first (synthetic resume; made-up people and employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume


def test_an_academic_year_prefix_belongs_to_the_dates() -> None:
    rng = dates.find_range("A. y. 2019/2020")
    assert rng is not None and (rng.start, rng.end, rng.span) == ("2019", "2020", (0, 15))


def test_dates_first_entries_with_an_academic_year_keep_their_headers() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nCURRENT POSITION\n"
        "18/02/2018 – Present\nAssociate Attorney\nAcme Legal LLP, Springfield\n"
        "A. y. 2019/2020\nLecturer\nSpringfield State University, Springfield\n"
    )
    roles = parse_resume(text, today=date(2025, 1, 1)).work_experience
    first = next(w for w in roles if w.start == "2018-02")
    assert first.position == "Associate Attorney"
    assert first.is_current


def test_an_end_on_the_next_line_may_carry_the_duration() -> None:
    assert dates.dashless_pair("March 2016", "till date (3 years 2 months)")
    assert dates.dashless_pair("March 2016", "to May 2019 (3 yrs)")
    assert not dates.dashless_pair("March 2016", "till date (see the projects below)")


def test_a_start_and_an_end_with_its_duration_under_it_date_the_role() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nExperience\nAcme Robotics\nDuration\nMarch 2016\n"
        "till date (3 years 2 months)\nFunction\nTest Engineer\n"
    )
    (role,) = parse_resume(text, today=date(2025, 1, 1)).work_experience
    assert (role.start, role.is_current, role.position) == ("2016-03", True, "Test Engineer")

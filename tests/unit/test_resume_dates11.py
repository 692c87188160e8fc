"""Dates of round 11: a bracketed range of month and two-digit year split over two lines with its
dash lost ("Acme Ltd, Springfield ( Jul 11" / "Sept 13)"), and a table's "Role" cell read one
cell per line under the employer (synthetic resume; made-up people and employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume


def test_a_bracketed_month_and_two_digit_year_range_over_two_lines_is_one_range() -> None:
    assert dates.dashless_pair("Acme Widgets Pvt Ltd, Springfield ( Jul 11", "Sept 13)")
    assert dates.dashless_pair("Acme Widgets Pvt Ltd, Springfield ( Sept 13", "Till Date)")
    assert not dates.dashless_pair("Acme Widgets ( Sept 13", "Jul 11)")  # the end before
    assert not dates.dashless_pair("Acme Widgets, Springfield", "Sept 13)")  # no start
    assert not dates.dashless_pair("Acme Widgets ( Sept 13", "Jul 11) and more")


def test_an_employer_dated_over_two_lines_keeps_its_dates_and_its_role_cell() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nPROFESSIONAL EXPERIENCE\n"
        "Acme Widgets Pvt Ltd, Springfield ( Sept 13\nTill Date)\n"
        "Product\n: Inventory Tracker\nRole\n: Senior Test Analyst\nSpringfield\n"
        "Led a team of four testers.\n"
        "Globex Systems Ltd, Shelbyville ( Jul 11\nSept 13)\n"
        "Product\n: Billing Portal\nRole\n: Test Analyst\nShelbyville\n"
        "Wrote the regression suites.\n"
    )
    roles = parse_resume(text, today=date(2025, 1, 1)).work_experience
    got = [(w.company, w.position, w.start, w.end, w.is_current) for w in roles]
    assert got == [
        ("Acme Widgets Pvt Ltd", "Senior Test Analyst", "2013-09", None, True),
        ("Globex Systems Ltd", "Test Analyst", "2011-07", "2013-09", False),
    ]


def test_two_months_glued_before_their_year_open_a_line_as_a_range() -> None:
    rng = dates.find_range("0608 2008 Acme Robotics Lab, Springfield")
    assert rng is not None and (rng.start, rng.end) == ("2008-06", "2008-08")
    assert dates.find_range("0806 2008 Acme Robotics Lab") is None  # the end before the start
    assert dates.find_range("0612 2013 45 12") is None  # digits go on: a phone number
    assert dates.find_range("Call 0608 2008 for Acme") is None  # not opening the line


def test_a_word_processors_opening_quote_marks_a_two_digit_year() -> None:
    rng = dates.find_range("Aug ‘09 to Present")
    assert rng is not None and (rng.start, rng.is_current) == ("2009-08", True)
    rng = dates.find_range("Apr 04 to Aug ‘09")
    assert rng is not None and (rng.start, rng.end) == ("2004-04", "2009-08")


def test_a_month_range_across_new_year_starts_the_year_before() -> None:
    rng = dates.find_range("Nov – Feb 2015")
    assert rng is not None and (rng.start, rng.end) == ("2014-11", "2015-02")
    rng = dates.find_range("January – August 2012")
    assert rng is not None and (rng.start, rng.end) == ("2012-01", "2012-08")


def test_numeric_dates_with_dashes_read_day_first_when_the_document_does() -> None:
    line = "Lecturer at Acme Institute, Springfield from 04-09-2003 to 19-12-2007."
    with dates.day_first_dates([line]):
        rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end) == ("2003-09", "2007-12")
    assert dates.find_range("Call 555-12-2012 today") is None  # a longer number: no date

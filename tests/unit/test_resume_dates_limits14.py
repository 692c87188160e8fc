"""Round 14 dates backlog (note13's "Dates" and "2005–09" limits) and the shapes the dates stress
set lacked: each a class, with made-up people and employers. Every test here failed before
round 14 except where it says it guards a behaviour already built."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates, sections
from atspro.analysis.resume.parser import parse_resume


def _range(line: str) -> tuple[str | None, str | None, bool] | None:
    rng = dates.find_range(line)
    return None if rng is None else (rng.start, rng.end, rng.is_current)


def test_apostrophe_years_after_a_version_word_or_split_by_a_slash_are_no_range() -> None:
    assert _range("Version '18 / '20") is None
    assert _range("Migrated the reports from Model '18 – '20 to the new one") is None
    assert _range("'18 / '20") is None
    # a month, its apostrophe year and an apostrophe end: January 2018 to 2020, a real range
    assert _range("Jan '18 - '20") == ("2018-01", "2020", False)
    assert _range("Quality Analyst, Acme Robotics   '18 – '20") == ("2018", "2020", False)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2005–09", ("2005", "2009", False)),  # an en dash: never ISO's month
        ("2005 - 09", ("2005", "2009", False)),  # a spaced hyphen
        ("1998 - 02", ("1998", "2002", False)),  # into the next century
        ("1998–2002", ("1998", "2002", False)),
        ("1986-89.", ("1986", "1989", False)),  # as before
    ],
)
def test_a_two_digit_end_year_of_one_to_twelve(line: str, want: tuple) -> None:
    assert _range(line) == want


def test_an_unspaced_hyphen_and_a_month_number_stays_an_iso_month() -> None:
    assert _range("2005-09") is None
    assert [d for d, _ in dates.find_dates("2005-09")] == ["2005-09"]
    assert _range("2010 – 12 months of support") is None  # a number of months, no end year


def test_a_season_of_two_years_with_a_slash() -> None:
    assert _range("Coach, Springfield Otters, 2019/20 season") == ("2019", "2020", False)
    assert _range("2019/21") is None  # not the next year
    assert _range("2011/12") is None  # "2011/12" reads as December 2011 (DATE)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2015–2017, 2019–2021", ("2015", "2021", False)),
        ("Jan 2012 – Mar 2014; Jun 2019 – Present", ("2012-01", None, True)),
        ("Acme Robotics 2012-2014 & 2016-2018", ("2012", "2018", False)),
        ("2015 – 2017, Springfield", ("2015", "2017", False)),  # one range, a town after it
        ("2015 – 2017, 2019", ("2015", "2017", False)),  # a year alone is no second stint
    ],
)
def test_two_stints_of_one_role_on_one_line_read_as_its_whole_span(line: str, want: tuple) -> None:
    assert _range(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("H1 2020 – H2 2021", ("2020-01", "2021-07", False)),
        ("FY2019 – FY2021", ("2019", "2021", False)),
        ("Dec 2019 – (present)", ("2019-12", None, True)),
        ("ene. 2019 – act.", ("2019-01", None, True)),
        ("marzo 2019 – presente", ("2019-03", None, True)),
        ("mars 2019 – en cours", ("2019-03", None, True)),
        ("seit 03/2019", ("2019-03", None, True)),
        ("desde 2019", ("2019", None, True)),
        ("maio 2019 – atual", ("2019-05", None, True)),
        ("fevereiro 2019 – outubro 2021", ("2019-02", "2021-10", False)),
        ("januari 2019 – heden", ("2019-01", None, True)),
        ("maart 2019 – augustus 2021", ("2019-03", "2021-08", False)),
        ("maggio 2019 – settembre 2021", ("2019-05", "2021-09", False)),
    ],
)
def test_shapes_the_stress_set_lacked(line: str, want: tuple) -> None:
    assert _range(line) == want


def test_a_word_after_a_foreign_present_is_no_ongoing_end() -> None:
    assert _range("2019 – Acting Manager") is None
    assert _range("2019 – Hoyt Lane") is None


def _cv(block: str, extra: str = "") -> str:
    return "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "EXPERIENCE",
            block,
            "- Led a team of four testers.",
            "Test Engineer",
            "Northwind Traders, Shelbyville",
            "Mar 2014 – Dec 2018",
            "EDUCATION",
            "B.Sc. Mathematics, Lakeside University, 2012",
            *([extra] if extra else []),
        ]
    )


def test_two_stints_date_a_role_each() -> None:
    # round 15: a role per stint (it was one role from 2010 to Present, the gap counted)
    r = parse_resume(
        _cv("Quality Analyst, Acme Robotics\n2010–2012, 2019–Present"), today=date(2026, 12, 1)
    )
    spans = [(w.start, w.end, w.is_current) for w in r.work_experience[:2]]
    assert spans == [("2010", "2012", False), ("2019", None, True)]


def test_updated_and_printed_lines_date_no_role() -> None:
    """Guards a behaviour already built (a footer's date was never a role's)."""
    for extra in ("Updated: March 2024", "Printed on 12/03/2024", "Last updated 05/2024"):
        r = parse_resume(_cv("Quality Analyst, Acme Robotics\nJan 2019 – Mar 2021", extra))
        assert [(w.start, w.end) for w in r.work_experience] == [
            ("2019-01", "2021-03"),
            ("2014-03", "2018-12"),
        ]


@pytest.mark.parametrize(
    ("line", "canon"),
    [
        ("Formação", "education"),
        ("Formação académica", "education"),
        ("Opleiding", "education"),
        ("Bildungsweg", "education"),
        ("Études", "education"),
        ("Experiência profissional", "experience"),
        ("Werkervaring", "experience"),
        ("Competências", "skills"),
        ("Vaardigheden", "skills"),
        ("➤ Experience", "experience"),  # a dingbat arrow, read as "•" by text.normalise
        ("• WORK EXPERIENCE", "experience"),
        ("• EDUCATION", "education"),
    ],
)
def test_european_and_icon_headings(line: str, canon: str) -> None:
    from atspro.analysis.resume import text as tx

    found = sections.detect_heading(tx.normalise(line))
    assert found is not None and found.canonical == canon


def test_a_bulleted_sector_is_no_heading() -> None:
    assert sections.detect_heading("• Education") is None  # "Sectors: • Education • Retail"
    assert sections.detect_heading("• Leadership") is None

"""Date forms and years-of-experience plausibility rules of round 6 (synthetic resumes; made-up
names, employers and places)."""

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
        ("Janvier 2012 – Décembre 2014", ("2012-01", "2014-12", False)),
        ("juin 2010 - juillet 2012", ("2010-06", "2012-07", False)),
        ("Août 2016 – aujourd'hui", ("2016-08", None, True)),
        ("Marzo de 2015 - Diciembre de 2018", ("2015-03", "2018-12", False)),
        ("3 de mayo de 2019 – actualidad", ("2019-05", None, True)),
        ("Ene 2011 - Ago 2013", ("2011-01", "2013-08", False)),
        ("Januar 2012 - Dezember 2014", ("2012-01", "2014-12", False)),
        ("Mai 2008 – März 2011", ("2008-05", "2011-03", False)),
        ("Okt. 2017 - heute", ("2017-10", None, True)),
    ],
)
def test_french_spanish_and_german_month_names(line: str, expected: tuple) -> None:
    assert _range(line) == expected


def test_a_foreign_month_word_needs_a_year() -> None:
    # "Julio" and "Mai" are also first names: without a year they are no date.
    assert dates.find_dates("Julio Brandt, Mai Tran") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14/8/12 onwards: Legal Counsel, Corran Water Board", ("2012-08", None, True)),
        ("2/3/09 - 30/6/11", ("2009-03", "2011-06", False)),
    ],
)
def test_day_month_and_two_digit_year(line: str, expected: tuple) -> None:
    with dates.day_first_dates([line]):  # "30/6/11": the document writes the day first
        assert _range(line) == expected


def test_day_month_and_two_digit_year_alone_is_no_date() -> None:
    # Read only as a range's end or before "onwards": "scored 3/4/10 points" is no date.
    assert dates.find_dates("Rated 14/8/12 by the panel") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stanwick College 19271931.", ("1927", "1931", False)),
        ("Junior Clerk, Harlow Mills, 1948 - 1952", ("1948", "1952", False)),
        ("since 1936", ("1936", None, True)),
    ],
)
def test_years_before_1950_are_read(line: str, expected: tuple) -> None:
    assert _range(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Administered Windows 2000 onwards and Exchange",
        "Supported Office 2010 onwards",
        "Migrated SQL Server 2008 onwards",
    ],
)
def test_a_year_after_a_product_name_is_no_onwards_range(line: str) -> None:
    assert dates.find_range(line) is None


@pytest.mark.parametrize("line", ["From 2015 onwards", "June 2015 onwards", "2015 onwards"])
def test_onwards_after_a_date_or_a_preposition_stays_a_range(line: str) -> None:
    assert _range(line) is not None and _range(line)[2] is True


def test_month_and_two_digit_numbers_read_as_years_unless_a_year_follows() -> None:
    # Decided: on a resume "Jan 15 - Mar 20" is month and year (2015-2020), the common way
    # to shorten a role's dates; a four-digit year after it makes the numbers days.
    assert _range("Jan 15 - Mar 20") == ("2015-01", "2020-03", False)
    assert dates.find_range("Jan 15 - Mar 20, 2019") is None
    assert [d for d, _ in dates.find_dates("Jan 15 - Mar 20, 2019")] == ["2019-03"]


def _roles(text: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    r = parse_resume(text, today=TODAY)
    return [(w.company, w.start, w.end, w.is_current) for w in r.work_experience]


def test_a_date_and_dash_alone_is_an_ongoing_role_when_it_is_the_latest() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\n2019-\nStore Clerk\nMaple Grocers, Springfield\n"
        "Served customers.\n2016 - 2018\nSales Assistant\nBirch Outfitters Ltd, Springfield\n"
        "Sold outdoor gear.\n"
    )
    assert ("Maple Grocers", "2019", None, True) in _roles(text)


def test_a_date_and_dash_alone_under_later_roles_lost_its_end() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\n2012 - 2015\nTeacher\nWillowbrook School\n"
        "Taught English.\nSummer 1998-\nActivities Organiser\nHazel Language College\n"
        "Organised trips.\n"
    )
    r = parse_resume(text, today=TODAY)
    old = next(w for w in r.work_experience if w.start == "1998")
    assert not old.is_current
    assert r.total_years_experience == pytest.approx(3.0, abs=0.1)  # 2012-2015 only


def test_a_present_job_of_a_student_enrolled_since_a_year_is_capped() -> None:
    text = (
        "Kai Rowe\nkai@example.org\nExperience\nBarista, Bean Cafe\n2014 - Present\n"
        "Made coffee.\nEducation\nB.Sc. in Computer Science, Lakeside University\n"
        "2023 - Present\n"
    )
    years = parse_resume(text, today=TODAY).total_years_experience
    assert years is not None and years <= 5.0  # since 2021 at most, not since 2014


def test_a_graduate_student_keeps_the_years_before_the_study() -> None:
    text = (
        "Kai Rowe\nkai@example.org\nExperience\nAnalyst, Bean Systems Ltd\n2014 - Present\n"
        "Built reports.\nEducation\nM.Sc. in Physics, Lakeside University\n2024 - Present\n"
        "B.Sc. in Physics, Hill College, 2010\n"
    )
    assert parse_resume(text, today=TODAY).total_years_experience == pytest.approx(12.0, abs=0.1)


def test_overlapping_roles_are_merged_and_internships_kept_apart() -> None:
    text = (
        "Kai Rowe\nkai@example.org\nExperience\nAnalyst, Bean Systems Ltd\nJan 2018 - Dec 2021\n"
        "Built reports.\nTutor, Hill Learning Centre\nJan 2019 - Dec 2020\nTaught maths.\n"
        "Summer Intern, Quill Labs\nJan 2015 - Dec 2016\nTested code.\n"
    )
    # 2018-2021 once (the tutoring overlaps it); the two-year internship adds nothing.
    assert parse_resume(text, today=TODAY).total_years_experience == pytest.approx(4.0, abs=0.1)


def test_someone_back_at_school_after_a_career_keeps_the_career() -> None:
    text = (
        "Kai Rowe\nkai@example.org\nExperience\nMachinist, Orrin Tooling Ltd\n1990 - Present\n"
        "Ran the mills.\nFitter, Dunmore Works Ltd\n1984 - 1989\nFitted parts.\nEducation\n"
        "B.Sc. in Engineering, Lakeside University\n2023 - Present\n"
    )
    years = parse_resume(text, today=TODAY).total_years_experience
    assert years is not None and years > 30  # a role ended in 1989: no student


def test_a_course_under_way_after_a_completed_degree_caps_nothing() -> None:
    text = (
        "Kai Rowe\nkai@example.org\nExperience\nCopywriter, Orrin Media Ltd\n2007 - Present\n"
        "Wrote copy.\nEducation\n2021 - Present: In-house training on web copywriting\n"
        "2001 - 2005: Bachelor of Arts in Journalism, Lakeside University\n"
    )
    assert parse_resume(text, today=TODAY).total_years_experience == pytest.approx(19.0, abs=0.1)


def test_a_job_that_ended_before_the_study_began_counts_whole() -> None:
    text = (
        "Kai Rowe\nkai@example.org\nExperience\nNetwork Engineer, Orrin Computers\n"
        "November 2017 to November 2021\nRan the network.\nEducation\n"
        "B.A., Lakeside College\nJanuary 2022 to Present\n"
    )
    assert parse_resume(text, today=TODAY).total_years_experience == pytest.approx(4.1, abs=0.1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Clerk, Hollin Freight Ltd, 1986-89.", ("1986", "1989", False)),
        ("Tarn Mills 1991 – 94.", ("1991", "1994", False)),
        ("version 2010-12.1", None),  # a decimal after it: no range
        ("1986-89.5 %", None),
    ],
)
def test_a_two_digit_end_year_may_end_a_sentence(line: str, expected: tuple | None) -> None:
    assert _range(line) == expected


def test_a_role_dated_with_a_full_stop_after_its_two_digit_end_year_is_kept() -> None:
    text = (
        "Jane Roe\njane@example.com\nExperience\nWarehouse Clerk\nHollin Freight Ltd, 1986-89.\n"
        "• Kept the stock records.\nSales Assistant\nTarn Mills Ltd, 1990-93.\n• Served customers.\n"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert sorted((w.start, w.end) for w in roles) == [("1986", "1989"), ("1990", "1993")]

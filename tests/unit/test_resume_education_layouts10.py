"""Education, tenth round (issue 14): a bulleted degree with a full stop under its school's
dated line, an "Expected Graduation:" note after the school, and a field of study on a line
of its own between a bare degree and "University of X" (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def read(lines: list[str]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution, e.graduation_date) for e in parse_education(lines)]


def test_a_bulleted_degree_under_its_school_is_read() -> None:
    got = read(
        [
            "Eastvale University of Commerce  August 2019 – May 2021",
            "• Master of Science in Coastal Ecology.",
            "Westbrook University  July 2012 – May 2016",
            "Bachelor of Engineering in Civil Engineering.  CGPA: 8.09/10",
        ]
    )
    assert got == [
        ("Master of Science", "Coastal Ecology", "Eastvale University of Commerce", "2021-05"),
        ("Bachelor of Engineering", "Civil Engineering", "Westbrook University", "2016-05"),
    ]


def test_bullets_under_a_school_with_its_degree_stay_notes() -> None:
    got = read(
        [
            "Eastvale University  2019",
            "Bachelor of Arts in Geography",
            "• Dean's List for six terms.",
        ]
    )
    assert got == [("Bachelor of Arts", "Geography", "Eastvale University", "2019")]


def test_an_expected_graduation_note_is_no_part_of_the_school() -> None:
    got = read(
        [
            "University of Brookfield, Brookfield, CA  Expected Graduation: June 2027",
            "Bachelor of Arts, Art History",
        ]
    )
    assert got == [("Bachelor of Arts", "Art History", "University of Brookfield", "2027-06")]


def test_a_field_line_between_a_bare_degree_and_its_university() -> None:
    got = read(["B.S.", "Marine Biology", "University of Brookfield", "September 2012 - June 2016"])
    assert got == [("B.S.", "Marine Biology", "University of Brookfield", "2016-06")]


def test_a_school_name_wrapped_before_its_school_word_is_still_joined() -> None:
    got = read(["Brookfield State", "University of Eastvale", "B.A. History 2001"])
    assert got == [("B.A.", "History", "Brookfield State University of Eastvale", "2001")]


def test_a_dated_programme_without_a_degree_word_over_its_school() -> None:
    got = read(
        [
            "Master of Arts in Urban Studies (2019)",
            "Eastvale State University – Brookfield, Texas",
            "Exchange Term in Glass Art (2011 - 2012)",
            "University of Lakeside – Lakeside, Florida",
            "Bachelor of Arts in Ceramics (2010)",
            "University of Hillview – Hillview, United Kingdom",
        ]
    )
    assert got == [
        ("Master of Arts", "Urban Studies", "Eastvale State University", "2019"),
        (None, None, "University of Lakeside", "2012"),
        ("Bachelor of Arts", "Ceramics", "University of Hillview", "2010"),
    ]


def test_a_second_degree_under_its_school_keeps_that_school() -> None:
    got = read(
        [
            "Eastvale State University  Brookfield, TN",
            "Bachelor of Science in Zoology  Class of June 2021",
            "Bachelor of Science in Spanish",
            "Lakeside Catholic University  Lakeside, Chile",
            "A term of field work on glaciers",
        ]
    )
    assert got == [
        ("Bachelor of Science", "Zoology", "Eastvale State University", "2021-06"),
        ("Bachelor of Science", "Spanish", "Eastvale State University", None),
        (None, None, "Lakeside Catholic University", None),
    ]


def test_a_school_named_in_a_first_person_sentence_is_cut_out() -> None:
    got = read(
        [
            "2017- 2021  Bachelor of Arts in Journalism",
            "I graduated from Lakeside University in 2021 December after",
            "joining in 2017, with a degree in journalism",
            "2013- 2016  High school",
            "I went to a school in my home town from form one to form four",
        ]
    )
    assert [inst for _, _, inst, _ in got] == ["Lakeside University", None]

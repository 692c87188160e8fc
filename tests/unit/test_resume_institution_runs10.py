"""Institutions, tenth round (issue 14): in a run-together text, a school word cut off the
line above ("… Engineering" / "College Lakeview University of Arts") opens no school's
name; "College of X" stays whole (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def schools(lines: list[str]) -> list[str | None]:
    return [e.institution for e in parse_education(lines)]


def test_a_school_word_left_over_from_the_line_above_is_cut() -> None:
    got = schools(
        [
            "BTech in Mechanical Engineering Brookfield Model Engineering",
            "College Lakeview University of Arts  Hillview Kerala 2016",
        ]
    )
    assert got == ["Lakeview University of Arts"]


def test_a_college_of_a_university_stays_whole() -> None:
    got = schools(["BTech in Civil Engineering", "College of Engineering Lakeview University 2016"])
    assert got == ["College of Engineering Lakeview University"]

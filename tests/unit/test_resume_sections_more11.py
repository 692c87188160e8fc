"""Headings of round 11 (synthetic lines; made-up people and employers): a heading word inside
an organisation's name in a one-line text, a sentence's last word, a CV's blocks of posts and
memberships, and heading words the vocabulary lacked."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import sections
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def _names(lines: list[str]) -> list[str]:
    return [s.name for s in sections.split_sections(lines)[1]]


def _companies(text: str) -> list[str | None]:
    return [w.company for w in parse_resume(text, today=TODAY).work_experience]


# Punctuation stripped, one line: "Education" and "Skills" open names here.
_FLAT = (
    "Nora Quill Springfield Work Experience Course Designer Acme Education Services Pvt Ltd  "
    "Springfield March 2019 to Present Wrote lesson plans for twelve online classes and "
    "reviewed quizzes with the teachers every week Trainer Zenith Skills Council  "
    "Shelbyville 2016 to 2019 Ran weekly workshops for new staff on the booking tools "
    "Education BSc in Physics Hillcrest College 2015 Skills  Excel  Moodle"
)


def test_a_heading_word_inside_an_employers_name_opens_no_section() -> None:
    assert _companies(_FLAT) == ["Acme Education Services Pvt Ltd", "Zenith Skills Council"]


def test_a_title_keeps_its_capitals_short_form_in_a_one_line_text() -> None:
    text = _FLAT.replace("Course Designer", "Technical Support Engineer TSE")
    roles = parse_resume(text, today=TODAY).work_experience
    assert (roles[0].position, roles[0].company) == (
        "Technical Support Engineer TSE",
        "Acme Education Services Pvt Ltd",
    )


def test_a_sentence_ending_on_a_heading_word_is_no_heading() -> None:
    lines = [
        "Jane Doe", "OBJECTIVE", "Looking for a clerk position to widen my",
        "experience.", "EDUCATION", "BSc in Physics, Hillcrest College, 2014",
    ]  # fmt: skip
    assert _names(lines) == ["summary", "education"]


def test_missing_heading_words_are_headings() -> None:
    for line, name in [
        ("PROFESSIONAL ASSOCIATIONS", "activities"),
        ("Professional Memberships", "activities"),
        ("PROFESSIONAL ASSOCIATION MEMBERSHIPS", "activities"),
        ("PERSONAL SUMMARY", "summary"),
        ("EXECUTIVE PROFILE", "summary"),
        ("TECHNICAL SUMMARY", "skills"),
        ("COMPUTER SKILLS", "skills"),
        ("TRAININGS", "certifications"),
        ("RELATED COURSEWORK", "coursework"),
        ("COURSE PROJECTS", "projects"),
        ("ACADEMIC HONORS AND AWARDS", "awards"),
        ("INVITED PUBLICATIONS", "publications"),
    ]:
        found = sections.detect_heading(line)
        assert found is not None and found.canonical == name, line


def test_honors_and_memberships_stay_awards() -> None:
    found = sections.detect_heading("HONORS, AWARDS, AND MEMBERSHIPS")
    assert found is not None and found.canonical == "awards"


def test_a_cvs_blocks_of_posts_are_experience_not_education() -> None:
    lines = [
        "Dr. Jane Doe", "Education", "PhD in History, Springfield University, 2004",
        "Academic Positions", "2010 to Present: Professor, Shelbyville College",
        "Administrative Positions", "2015 to 2019: Chair, Department of History, Shelbyville College",
        "Research Appointments", "2005 to 2010: Research Fellow, Acme Institute",
    ]  # fmt: skip
    assert _names(lines) == ["education", "experience", "experience", "experience"]


def test_a_long_line_ending_in_positions_is_no_heading() -> None:
    assert sections.detect_heading("Seeking Junior Software Engineering Positions") is None

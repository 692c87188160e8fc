"""Round 12, dated entries with no role kept and heading leftovers: a heading repeated with
"(Continued)" / "cont." / "(Selected)" after it, and a timeline whose dash was lost with the
end opening the next line (synthetic resumes; every name invented)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.dates import open_range_at_start
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.sections import detect_heading
from atspro.analysis.resume.text import split_lines

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("Experience (Continued)", "experience"),
        ("PROFESSIONAL EXPERIENCE (CONT.)", "experience"),
        ("Work History, continued", "experience"),
        ("Employment History – Continued", "experience"),
        ("Education contd.", "education"),
        ("Publications (Selected)", "publications"),
        ("AWARDS (SELECTED):", "awards"),
    ],
)
def test_a_heading_with_a_continued_or_selected_note_is_the_heading(
    line: str, canonical: str
) -> None:
    found = detect_heading(line)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize("line", ["Discontinued", "Continued", "Product line continued"])
def test_a_continued_word_alone_or_in_a_sentence_is_no_heading(line: str) -> None:
    assert detect_heading(line) is None


def test_roles_after_a_continued_heading_stay_in_the_experience_section() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nEXPERIENCE\n"
        "Senior Analyst\nAcme Robotics, Springfield\nJan 2015 - Present\n"
        "- Built the quarterly sales report\n\n"
        "EXPERIENCE (CONTINUED)\n"
        "Junior Analyst\nZeta Bank, Dayton\nJan 2010 - Dec 2014\n"
        "- Checked the ledgers every week\n\n"
        "EDUCATION\nBS Economics, Springfield University, 2009\n"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert [(w.position, w.company) for w in roles] == [
        ("Senior Analyst", "Acme Robotics"),
        ("Junior Analyst", "Zeta Bank"),
    ]


def test_a_dashless_start_whose_end_opens_the_next_line_is_one_range() -> None:
    lines = split_lines(
        "April 2013 Senior Engineer\npresent Acme Robotics, Springfield\nLed a team of four"
    )
    assert lines[:2] == ["April 2013 present Senior Engineer", "Acme Robotics, Springfield"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("June 2014 Data Analyst", "2015 Acme Robotics"),  # two dates: two entries
        ("2013 Senior Engineer", "Present the results to the board"),  # a verb
        ("2013 sales grew by half", "present"),  # no capitalised header after the date
    ],
)
def test_no_dashless_range_without_an_end_and_a_header(first: str, second: str) -> None:
    assert open_range_at_start(first, second) is None


def test_a_contact_run_glued_before_a_role_line_is_cut_off() -> None:
    text = (
        "Jane Doe\nTel: 555 0100 | jane.doe@example.com\n\nEXPERIENCE\n"
        "Tel: 555 0100 | jane.doe@example.com Senior Analyst, Acme Robotics (Springfield),"
        " 2015 to 2018\nBuilt the quarterly sales report.\n"
        "Junior Analyst, Zeta Bank (Dayton), 2010 to 2015\nChecked the ledgers every week.\n\n"
        "EDUCATION\nBS Economics, Springfield University, 2009\n"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert [(w.position, w.start) for w in roles] == [
        ("Senior Analyst", "2015"),
        ("Junior Analyst", "2010"),
    ]

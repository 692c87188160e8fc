"""Round 10's small role classes (made-up employers, towns and people): a web address in
brackets after the employer, an employer glued to its town by hyphens, "… Student" titles, a
postal code in the employer's place line, headings not known before."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.sections import detect_heading

TODAY = date(2026, 6, 1)


def _roles(entry: str) -> list[tuple[str | None, str | None]]:
    text = f"Jane Doe\njane@example.com\n\nEXPERIENCE\n{entry}\n- Led a team of four testers\n"
    return [(w.company, w.position) for w in parse_resume(text, today=TODAY).work_experience]


@pytest.mark.parametrize(
    "line",
    ["Quillmoor Robotics [http://quillmoor.example]", "QUILLMOOR ROBOTICS (WWW.QUILLMOOR.EXAMPLE)"],
)
def test_a_web_address_in_brackets_after_the_employer_is_left_out(line: str) -> None:
    role = parse_role_header([line, "Senior Developer"])
    assert (role.company or "").lower() == "quillmoor robotics"
    assert role.position == "Senior Developer"


def test_an_employer_glued_to_its_town_by_hyphens() -> None:
    role = parse_role_header(["Quillmoor Robotics-Chicago, IL-", "Senior Developer"])
    assert (role.company, role.position, role.location) == (
        "Quillmoor Robotics",
        "Senior Developer",
        "Chicago, IL",
    )
    assert _roles("Quillmoor Robotics-Chicago, IL- Jan 2015 - Mar 2018\nSenior Developer") == [
        ("Quillmoor Robotics", "Senior Developer")
    ]
    # A hyphenated town is still one town.
    assert parse_role_header(["Wilkes-Barre, PA", "Tester"]).company is None


def test_a_title_ending_in_student() -> None:
    assert _roles(
        "Visiting PhD Student   Feb 2011 - Mar 2014\nGlenhaven Institute of Technology"
    ) == [("Glenhaven Institute of Technology", "Visiting PhD Student")]
    # "Student" opening an organisation's name makes no title.
    role = parse_role_header(["Student Union", "Treasurer"])
    assert (role.company, role.position) == ("Student Union", "Treasurer")


def test_a_postal_code_in_the_employers_place_line_ending_in_a_stop() -> None:
    entry = "Quillmoor Robotics Pvt Ltd, Chennai 600 057, India.\nSenior Developer   Feb 2011 - Mar 2014"
    assert _roles(entry) == [("Quillmoor Robotics Pvt Ltd", "Senior Developer")]


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("Educational History", "education"),
        ("KEY PROJECTS UNDERTAKEN", "projects"),
        ("PROFESSIONAL POSITIONS", "experience"),
        ("Visiting Appointments", "experience"),
        ("BACKGROUND SUMMARY", "summary"),
        ("VOLUNTEERISM", "volunteering"),
        ("ESPERIENZA LAVORATIVA", "experience"),
        ("FORMAZIONE", "education"),
        ("COMPETENZE TECNICHE", "skills"),
    ],
)
def test_headings_known_this_round(line: str, canonical: str) -> None:
    heading = detect_heading(line)
    assert heading is not None and heading.canonical == canonical


@pytest.mark.parametrize(
    "header",
    [
        ["Quillmoor Developer Program", "Program Coordinator"],
        ["Program Coordinator", "Quillmoor Developer Program"],
    ],
)
def test_an_employer_holding_a_title_word_but_ending_in_a_scheme_word(header: list[str]) -> None:
    role = parse_role_header(header)
    assert (role.company, role.position) == ("Quillmoor Developer Program", "Program Coordinator")


def test_a_body_named_conference_can_be_the_employer() -> None:
    role = parse_role_header(["Northwind Rail Conference (NRC)", "Policy Analyst"])
    assert (role.company, role.position) == ("Northwind Rail Conference (NRC)", "Policy Analyst")
    # A meeting stays no employer.
    role = parse_role_header(["International Conference on Quillet Methods", "Speaker"])
    assert role.company is None


def test_an_italian_cv_reads_its_roles() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nESPERIENZA LAVORATIVA\n"
        "Ricercatore AI   2023 - 2025\nQuillmoor Robotics\n- Modelli per la visione\n"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert [(w.company, w.position) for w in roles] == [("Quillmoor Robotics", "Ricercatore AI")]

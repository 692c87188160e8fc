"""Education, eleventh round (issue 14): a degree named by its field on a line of its own
under a skills heading, beside an Education section that lacks it, is an education entry;
one Education already has is not read twice (synthetic resumes only)."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume

RESUME = """Jane Doe
jane.doe@example.com

EDUCATION
B.Sc. in Physics, Lakeview University, 2012

TECHNICAL SKILLS
{skills}
Python, SQL

INTERESTS
Chess
"""


def entries(skills: str) -> list[tuple[str | None, str | None]]:
    resume = parse_resume(RESUME.format(skills=skills))
    return [(e.degree, e.field) for e in resume.education]


def test_a_diploma_under_skills_is_an_entry() -> None:
    assert entries("Diploma in Computer Applications") == [
        ("B.Sc.", "Physics"),
        ("Diploma", "Computer Applications"),
    ]


def test_a_field_wrapped_onto_the_next_line_goes_on() -> None:
    assert ("Diploma", "Business Administration") in entries("Diploma in Business\nAdministration")


def test_a_degree_education_has_is_not_read_twice() -> None:
    assert entries("B.Sc. in Physics") == [("B.Sc.", "Physics")]


def test_no_degree_from_a_skill() -> None:
    assert entries("Master data management") == [("B.Sc.", "Physics")]

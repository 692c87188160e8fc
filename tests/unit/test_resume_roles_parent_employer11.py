"""A header naming a school and then its district, or a university's office and then the
university: the parent employs the person (round 11; synthetic resumes, made-up names)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import units
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TODAY = date(2025, 1, 1)


def _roles(experience: str) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Jane Doe\njane.doe@example.com\n\nExperience\n{experience}"
    return [
        (w.position, w.company, w.location) for w in parse_resume(text, today=TODAY).work_experience
    ]


def test_a_school_then_its_district_keeps_the_district() -> None:
    roles = _roles(
        "Principal, Lakeside High School, Greene County Public Schools, Springfield, MD, "
        "2001 to 2009\nLed a staff of forty teachers.\n"
        "Teacher, Maple Grove Elementary; Ridgeway Public Schools, Shelbyville, MD, 1995 to 2001\n"
        "Taught the fourth grade.\n"
    )
    assert ("Principal", "Greene County Public Schools", "Springfield, MD") in roles
    assert ("Teacher", "Ridgeway Public Schools", "Shelbyville, MD") in roles


def test_a_district_before_a_region_is_no_town() -> None:
    role = parse_role_header(["Maple Grove Elementary, Ridgeway Public Schools, MD"])
    assert role.company == "Ridgeway Public Schools"
    assert role.location == "MD"


def test_a_university_office_then_the_university_keeps_the_university() -> None:
    assert parse_role_header(["Coordinator, Office of Student Housing, Halvorsen University"]) == (
        parse_role_header(["Coordinator, Halvorsen University"])
    )
    role = parse_role_header(["Advisor, Student Records Services, Springfield University"])
    assert (role.position, role.company) == ("Advisor", "Springfield University")


def test_a_firm_or_an_institute_before_a_university_stays() -> None:
    assert not units.parent_of("Acme Robotics Inc", "Halvorsen University")
    assert not units.parent_of("Institute of Optics", "Halvorsen University")
    assert not units.parent_of("Halvorsen University", "Shelbyville University")
    role = parse_role_header(["Research Fellow, Institute of Optics, Halvorsen University"])
    assert role.company == "Institute of Optics"


def test_the_university_opening_the_next_line_is_the_parent() -> None:
    role = parse_role_header(["Staff Nurse, Student Health Clinic,", "Springfield University"])
    assert (role.position, role.company) == ("Staff Nurse", "Springfield University")


def test_a_group_or_lab_then_a_firm_keeps_the_firm() -> None:
    role = parse_role_header(
        ["Senior Engineer, Payments Group, Acme Robotics Inc, Springfield, IL"]
    )
    assert (role.position, role.company) == ("Senior Engineer", "Acme Robotics Inc")
    role = parse_role_header(["Analyst, Acme Group, Springfield"])  # a group's own name
    assert role.company == "Acme Group"

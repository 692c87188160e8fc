"""Round 6 role layouts (made-up employers and people)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import units
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TODAY = date(2026, 6, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_one_unit_word_list_opens_and_closes_names() -> None:
    assert units.opens_unit("School of Nursing") and units.opens_unit("Dept. of Physics")
    assert units.names_unit("Finance Department") and units.names_unit("Payments Team")
    # A school or an office closing a name is the employer or its site.
    assert not units.names_unit("Lincoln Park High School")
    assert not units.names_unit("Harbor Head Office")
    assert not units.opens_unit("Bank of Ellsworth")


def test_a_school_or_office_inside_a_university_is_no_employer() -> None:
    role = parse_role_header(["School of Nursing, Halvorsen University", "Assistant Professor"])
    assert (role.position, role.company) == ("Assistant Professor", "Halvorsen University")
    role = parse_role_header(["Office of Admissions", "Brantley College", "Counselor"])
    assert (role.position, role.company) == ("Counselor", "Brantley College")

"""Degree spellings of other countries, twelfth round (issue 14): Germany's "Diplom" and
"Dipl.-Inf.", Belgium's "Bachelier en", Latin America's "Ingeniero en", Spain's school-leaving
"Bachillerato", the UK's PGCE and "Graduate Diploma", the former Soviet "Specialist degree",
"Engineer's degree" and "Candidate of Sciences", and "Secondary Education" opening a secondary
school's line (synthetic lines only)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel as L


@pytest.mark.parametrize(
    ("text", "degree", "level"),
    [
        ("Diplom in Informatik, TU Springfield, 2009", "Diplom", L.MASTER),
        ("Dipl.-Inf. (FH), Springfield", "Dipl.-Inf.", L.MASTER),
        ("Dipl.-Wirt.-Ing. 2004", "Dipl.-Wirt.-Ing.", L.MASTER),
        ("Bachelier en Informatique", "Bachelier", L.BACHELOR),
        ("Ingeniero en Sistemas, 2008", "Ingeniero", L.BACHELOR),
        ("Bachillerato, Colegio Acme, 2005", "Bachillerato", L.HIGH_SCHOOL),
        ("PGCE, Springfield University, 2012", "PGCE", L.MASTER),
        (
            "Postgraduate Certificate in Education",
            "Postgraduate Certificate in Education",
            L.MASTER,
        ),
        ("Graduate Diploma in Law, 2013", "Graduate Diploma", L.MASTER),
        ("Engineer's degree in Radio Physics", "Engineer's degree", L.MASTER),
        ("Specialist degree in Economics", "Specialist degree", L.MASTER),
        ("Candidate of Sciences in Physics", "Candidate of Sciences", L.DOCTORATE),
        (
            "Secondary Education Riverside Model High School 2015",
            "Secondary Education",
            L.HIGH_SCHOOL,
        ),
    ],
)
def test_other_countries_degrees(text: str, degree: str, level: L) -> None:
    found = find_degree(text)
    assert found is not None
    assert found[:2] == (degree, level)


@pytest.mark.parametrize(
    "text",
    [
        "Diploma in Nursing",  # still the diploma, post-secondary
        "Ingeniero de Software en Acme",  # a job
        "The candidate of choice for the role",
        "Secondary Education, Springfield University",  # a field
    ],
)
def test_not_these_degrees(text: str) -> None:
    found = find_degree(text)
    assert found is None or found[0] == "Diploma"


def test_school_and_year_of_the_new_spellings() -> None:
    (e,) = parse_education(["Diplom in Informatik, Technische Universität Springfield, 2009"])
    assert (e.degree, e.field, e.institution, e.graduation_date) == (
        "Diplom",
        "Informatik",
        "Technische Universität Springfield",
        "2009",
    )
    (e,) = parse_education(["Secondary Education Riverside Model High School 2015"])
    assert (e.level, e.institution) == (L.HIGH_SCHOOL, "Riverside Model High School")

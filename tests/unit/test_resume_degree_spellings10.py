"""Degree spellings, tenth round (issue 14): the General Certificate of Education's levels
("G.C.E Advance Level(A/L)", "GCE O Level", "O levels") and "Intermediate: State Board …"
are school-leaving certificates; a skill level "Intermediate: …" and the cloud product
"GCE" are none (synthetic lines only)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("G.C.E Advance Level(A/L)", "G.C.E Advance Level"),
        ("G.C.E Ordinary Level", "G.C.E Ordinary Level"),
        ("GCE O Level, 2009", "GCE O Level"),
        ("O levels: 8 subjects", "O levels"),
        ("Intermediate: State Board MPC", "Intermediate"),
    ],
)
def test_school_leaving_spellings(line: str, degree: str) -> None:
    found = find_degree(line)
    assert found is not None
    assert found[:2] == (degree, EducationLevel.HIGH_SCHOOL)


@pytest.mark.parametrize(
    "line", ["Intermediate: Python, Rust", "Cloud: AWS, GCE, GKE", "Solo levels of play"]
)
def test_no_school_leaving_certificate(line: str) -> None:
    assert find_degree(line) is None


def test_levels_over_their_school_are_read_without_a_bracketed_field() -> None:
    got = [
        (e.degree, e.field, e.institution, e.graduation_date)
        for e in parse_education(
            [
                "G.C.E Advance Level(A/L)",
                "Hillview Grammar College",
                "2020 - 2022",
                "G.C.E Ordinary Level(O/L) 2011",
                "Hillview Grammar College",
            ]
        )
    ]
    assert got == [
        ("G.C.E Advance Level", None, "Hillview Grammar College", "2022"),
        ("G.C.E Ordinary Level", None, "Hillview Grammar College", "2011"),
    ]

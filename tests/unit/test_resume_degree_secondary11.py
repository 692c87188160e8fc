"""Degrees, eleventh round (issue 14): "Higher Secondary(12th Pass)" keeps its closing
parenthesis (it was cut and left to the school: ") Senior …"), and a school named before
"Senior Secondary School" is a school, not a second degree; "High-school diploma" is one degree
(synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


def test_the_stage_in_parentheses_is_read_whole() -> None:
    found = find_degree("Higher Secondary(12th Pass) Springfield Public School, 2010")
    assert found is not None and found[0] == "Higher Secondary(12th Pass)"
    found = find_degree("Secondary (10th) passed in 2008")
    assert found is not None and found[0] == "Secondary (10th) passed"


def test_a_named_senior_secondary_school_is_the_school() -> None:
    got = [
        (e.degree, e.institution)
        for e in parse_education(
            ["Higher Secondary (12th Pass)", "Springfield Senior Secondary School, Springfield"]
        )
    ]
    assert got == [("Higher Secondary (12th Pass)", "Springfield Senior Secondary School")]


def test_the_certificate_stays_a_degree() -> None:
    found = find_degree("Senior Secondary School Certificate (CBSE), 2009")
    assert found is not None and "Secondary School Certificate" in found[0]


def test_a_hyphenated_high_school_diploma_is_the_school_leaving_one() -> None:
    found = find_degree("Lycee Lakeview, High-school diploma in science")
    assert found is not None and found[0] == "High-school diploma"
    assert found[1] == EducationLevel.HIGH_SCHOOL
    assert find_degree("Springfield High-School, 2005") is None

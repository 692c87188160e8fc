"""Degree requirements are education (level, accepted fields, equivalence), never skills."""

from __future__ import annotations

from atspro.analysis.job.parser import parse_job_text
from atspro.models import EducationLevel


def _job(line: str, heading: str = "Requirements"):
    return parse_job_text(f"Data Scientist\n\n{heading}\n- {line}\n- Strong SQL\n")


def test_degree_fields_are_education_not_skills() -> None:
    job = _job(
        "BA/BS in Economics, Accounting, Physics or a related field, or equivalent practical "
        "experience"
    )
    edu = job.education
    assert edu is not None
    assert edu.level == EducationLevel.BACHELOR
    assert edu.fields == ["Economics", "Accounting", "Physics"]
    assert edu.equivalent_experience
    assert edu.kind == "required"
    assert "Economics" in edu.evidence
    asked = {s for r in job.requirements for s in r.skills}
    assert not {"Economics", "Accounting", "Physics"} & asked
    assert "SQL" in job.required_skills


def test_lowest_of_adjacent_levels_and_no_equivalence() -> None:
    edu = _job("Bachelor's or Master's degree in Computer Science").education
    assert edu is not None
    assert edu.level == EducationLevel.BACHELOR
    assert edu.fields == ["Computer Science"]
    assert not edu.equivalent_experience


def test_bachelor_of_science_in_field() -> None:
    edu = _job("Bachelor of Science in Civil Engineering from an accredited program").education
    assert edu is not None and edu.fields == ["Civil Engineering"]


def test_professional_doctorate_names_its_field() -> None:
    edu = _job("Doctor of Pharmacy (PharmD) degree").education
    assert edu is not None
    assert edu.level == EducationLevel.DOCTORATE
    assert edu.fields == ["Pharmacy"]


def test_preferred_degree_is_preferred_education() -> None:
    job = parse_job_text(
        "Analyst\n\nRequirements\n- Excel\n\nNice to have\n- Master's degree in Statistics\n"
    )
    assert job.education is not None and job.education.kind == "preferred"
    assert job.education_level is None  # a preferred degree sets no requirement

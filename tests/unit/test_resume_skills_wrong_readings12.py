"""Skill words read wrongly in prose (round 12, issue 14): a province's or a state's code
closing a place ("Halden, QC") is no quality control; an acronym the resume spells out once as a
name that is no skill ("Reading Progress Index (RPI)") means that name wherever it is written;
an access control system is access control, not a control system. Each test fails on the code
before the fix. People, places and employers are made up."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index
from tests.unit.test_resume_skills_series import HEAD, TODAY


def _names(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


def test_a_region_code_closing_a_place_is_no_skill() -> None:
    assert "Quality control" not in _names(
        "EDUCATION\nBSc Biology, Brookvale College, Halden, QC\n"
    )
    assert "Quality control" not in _names("Tarrow, QC  Select Projects\n")
    assert "Quality control" not in _names("Clerk, Acme Robotics, Montreal, QC H2X 1Y4\n")


def test_a_region_code_after_a_skill_stays_a_skill() -> None:
    assert "Quality control" in _names("Software Testing, QC, Selenium\n")


def test_an_acronym_spelled_out_as_a_name_means_the_name_everywhere() -> None:
    got = _names(
        "EXPERIENCE\nTeacher, Acme School, 2015 - 2018\n"
        "- Raised the school Academic Performance Index (API) by 40 points.\n"
        "- Tracked the API each term with the staff.\n"
    )
    assert "API development" not in got


def test_an_acronym_spelled_out_as_the_skill_stays_the_skill() -> None:
    got = _names(
        "EXPERIENCE\nDeveloper, Acme Robotics, 2015 - 2018\n"
        "- Designed the billing Application Programming Interface (API) with two testers.\n"
        "- Documented the API.\n"
    )
    assert "API development" in got


def test_an_access_control_system_is_access_control() -> None:
    hits = [h.name for h in get_index().find("Installed an access control system at the plant.")]
    assert hits == ["Access control"]


def test_the_next_items_number_is_no_version() -> None:
    r = parse_resume(
        HEAD + "EXPERIENCE\nAdmin, Acme Robotics, 2015 - 2018\n"
        "1 Reviewed the Network Security 2 Installed Linux 3 Wrote reports\n",
        today=TODAY,
    )
    forms = {f for s in r.skills for f in s.surface_forms}
    assert "Network Security" in forms
    assert not {"Network Security 2", "Linux 3"} & forms
    versions = parse_resume(HEAD + "Java 8, Windows 10 and IIS 7.5\n", today=TODAY).skills
    assert {"Java 8", "Windows 10", "IIS 7.5"} <= {f for s in versions for f in s.surface_forms}

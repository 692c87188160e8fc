"""Skills read in prose, round 9 (issue 14): a job board's "Industry" field names a sector, not a
skill; version numbers are no words between a tool and its technical neighbour. One synthetic case
per class; each fails on the code before the fix. Employers, places and people are made up."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index

PROFILE = """Jane Doe
Springfield
jane.doe@example.com

Personal Details
Highest Career Level: 2-5 years experience
Industry: Telecom & Helpdesk, Quality Assurance
Total years of experience: 4

Work Experience
Support Engineer
Acme Robotics, Springfield
March 2019 to Present
Gave first-line helpdesk support to 300 users and kept the ticket queue short.
"""


def skills_of(text: str) -> set[str]:
    return {s.name for s in parse_resume(text).skills}


def test_the_industry_field_of_a_job_board_profile_names_no_skill() -> None:
    profile = PROFILE.replace(
        "Gave first-line helpdesk support to 300 users", "Answered calls from 300 users"
    )
    got = skills_of(profile)
    assert "Quality assurance" not in got
    assert "Technical support" not in got


def test_a_skill_in_the_work_itself_still_counts_beside_an_industry_field() -> None:
    assert "Technical support" in skills_of(PROFILE)


@pytest.mark.parametrize(
    "line",
    [
        "Industry experience in quality assurance for medical devices.",
        "Industry Knowledge: Quality Assurance, Six Sigma",
        "Ten Years In The Energy Industry With Quality Assurance Duties",
    ],
)
def test_industry_words_that_open_a_claim_are_no_sector_field(line: str) -> None:
    text = f"Jane Doe\njane.doe@example.com\n\nSummary\n{line}\n"
    assert "Quality assurance" in skills_of(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wrote Groovy 1.8.x 2.4.x 2.5.x build scripts for the Docker images.", "Groovy"),
        ("Tools: Ruby 1.9.3 2.1.5 2.3.1 2.4.0 and Kubernetes clusters.", "Ruby"),
    ],
)
def test_version_numbers_are_no_words_between_a_tool_and_its_neighbour(
    text: str, name: str
) -> None:
    assert name in {h.name for h in get_index().find(text)}


def test_a_long_number_still_parts_a_word_from_a_far_tool() -> None:
    numbers = " ".join(str(1234567 + 1111 * k) for k in range(12))  # phone-like, not versions
    text = f"Rust {numbers} Docker"
    assert "Rust" not in {h.name for h in get_index().find(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Closed the tickets in Service Now within a day.", "ServiceNow"),
        ("Automated the server builds with Power Shell scripts.", "PowerShell"),
        ("Built the booking screens in Angular and Type Script.", "TypeScript"),
    ],
)
def test_a_one_word_product_written_as_its_capitalised_parts_is_read(text: str, name: str) -> None:
    assert name in {h.name for h in get_index().find(text)}


def test_the_parts_of_a_product_name_in_lower_case_stay_ordinary_words() -> None:
    text = "Will call the service now and write the type script for the play."
    assert not {"ServiceNow", "TypeScript"} & {h.name for h in get_index().find(text)}


@pytest.mark.parametrize(
    "address",
    [
        "Jane Doe\n12 Maya Avenue, Springfield\njane.doe@example.com\n",
        "Jane Doe\njane.doe@example.com\n\nVolunteering\nSorted donations at the Chula Vista food bank.\n",
    ],
)
def test_a_product_name_inside_a_street_or_a_town_is_no_skill(address: str) -> None:
    text = address + "\nSkills\nPython, Docker, Kubernetes\n"
    assert not {"Maya", "Vista"} & skills_of(text)


def test_a_product_beside_a_capitalised_word_that_makes_no_place_stays() -> None:
    text = "Jane Doe\njane.doe@example.com\n\nSummary\nBuilt REST services with Jersey Framework.\n"
    assert "Jersey" in skills_of(text)

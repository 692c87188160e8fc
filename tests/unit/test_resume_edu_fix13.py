"""Round 13 review of the education and names work: a driving, pilot's or trade licence is no
bachelor's degree; "Postgraduate Certificate" before its field reads the same whatever the
separator; a coursework list naming no degree is not parsed to tell whether it lists entries;
an employer's name and town heading the page are no person's name. All text is invented."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import education
from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel


@pytest.mark.parametrize(
    "text",
    [
        "Licence – Driving",
        "Licence: Forklift",
        "Licence - Commercial Pilot",
        "Driving Licence: Manual",
        "Licence: Security Industry Authority",
        "Licence, Heavy Goods Vehicle",
        "Laurea: Forklift",
    ],
)
def test_a_licence_before_no_academic_field_is_no_degree(text: str) -> None:
    assert find_degree(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Licence, Economics",
        "Licence – Computer Science",
        "Licence: Political Science",
        "Laurea - History",
        "Licence en Droit",
    ],
)
def test_a_licence_before_an_academic_field_is_a_bachelors(text: str) -> None:
    found = find_degree(text)
    assert found is not None and found[1] == EducationLevel.BACHELOR


@pytest.mark.parametrize("sep", [",", " -", " –", ":"])
@pytest.mark.parametrize("field", ["Project Management", "Leadership"])
def test_postgraduate_certificate_reads_alike_after_any_separator(sep: str, field: str) -> None:
    found = find_degree(f"Postgraduate Certificate{sep} {field}")
    assert found is not None and found[1] == EducationLevel.MASTER


def test_a_licences_section_gives_no_education() -> None:
    text = (
        "Jane Doe\njane.doe@example.org\nLICENCES\nLicence – Driving\nLicence: Forklift\n"
        "Licence - Commercial Pilot\nSKILLS\nForklift operation, Pallet handling\n"
    )
    assert parse_resume(text).education == []


def test_a_licence_under_a_licences_heading_is_no_degree() -> None:
    read = education.degrees_in(["Licence, Economics", "Master of Arts, 2004"])
    assert [e.degree for e in read] == ["Master of Arts"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Data Structures, Operating Systems", "Compilers; Linear Algebra"], False),
        (["Harborview College, Springfield", "BSc in Physics, 2016"], True),
    ],
)
def test_lists_entries(lines: list[str], expected: bool) -> None:
    assert education.lists_entries(lines) is expected


BODY = (
    "EXPERIENCE\nQuality Analyst, Brightwater Instruments\nMar 2019 - Present\n"
    "- Led a team of four testers\nEDUCATION\nBSc Physics, Northvale University, 2018\n"
)


@pytest.mark.parametrize(
    "first",
    [
        "Acme Robotics Springfield, Illinois",
        "Zenith Dynamics Springfield, Illinois",
        "Acme Robotics Ltd Springfield, Illinois",
    ],
)
def test_an_employer_and_its_town_heading_the_page_are_no_name(first: str) -> None:
    resume = parse_resume(f"{first}\njane.doe@example.org | +44 7700 900123\n{BODY}")
    assert resume.contact.full_name is None


def test_a_name_and_its_town_still_read() -> None:
    text = f"Jane Doe Springfield, Illinois\njane.doe@example.org | +44 7700 900123\n{BODY}"
    assert parse_resume(text).contact.full_name == "Jane Doe"

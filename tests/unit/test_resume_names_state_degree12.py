"""A name heading the page with a degree whose letters are also a state's code ("Jane Doe,
MS", "John Roe, PA"): the person and their degree, not a town in Mississippi."""

import pytest

from atspro.analysis.resume.parser import parse_resume

_BODY = """jane.roe@example.com | 555-010-0199
EXPERIENCE
Staff Nurse, Acme Clinic, 2015 - 2020
SKILLS
Triage, Phlebotomy
"""


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Jane Roe, MS", "Jane Roe"),
        ("JANE ROE, MS", "Jane Roe"),
        ("Jane Roe, PA", "Jane Roe"),
        ("Jane Roe, MA", "Jane Roe"),
        ("Jane Roe, CA", "Jane Roe"),
    ],
)
def test_a_name_with_a_state_like_degree_is_the_name_not_a_place(head: str, name: str) -> None:
    contact = parse_resume(f"{head}\n{_BODY}").contact
    assert contact.full_name == name
    assert contact.location is None


def test_the_town_line_below_it_is_still_the_place() -> None:
    contact = parse_resume(f"Jane Roe, MS\nJackson, MS\n{_BODY}").contact
    assert contact.full_name == "Jane Roe"
    assert contact.location == "Jackson, MS"


def test_a_known_town_with_its_state_is_no_name() -> None:
    contact = parse_resume(f"Starkville, MS\n{_BODY}").contact
    assert contact.full_name is None
    assert contact.location == "Starkville, MS"

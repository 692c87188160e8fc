"""Name and location, sixth round (issue 14): a header line naming the person and then their
employer (synthetic resumes only)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume

BODY = (
    "\nasha@example.com\n+91 98765 43210\nEXPERIENCE\nClerk, Lakeside National Bank\n"
    "2015 - Present\n- Ran the cash desk\n"
)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Asha Mehta Kerala Coastal Bank", "Asha Mehta"),  # the bank's name starts with a state
        ("Mary Ann Stone Lakeside National Bank", "Mary Ann Stone"),
        ("Kiran Rao State Bank of Riverland", "Kiran Rao"),
        ("Asha Rao Zeta Consulting Limited", "Asha Rao"),  # not "Asha Rao Zeta"
    ],
)
def test_a_name_then_an_employer_is_no_place(header: str, name: str) -> None:
    r = parse_resume(header + BODY, today=date(2026, 1, 1))
    assert r.contact.full_name == name
    assert r.contact.location is None


def test_a_name_then_a_town_and_region_keeps_both() -> None:
    r = parse_resume("Asha Rao Pune Maharashtra" + BODY, today=date(2026, 1, 1))
    assert (r.contact.full_name, r.contact.location) == ("Asha Rao", "Pune Maharashtra")


def test_a_one_line_export_that_starts_with_the_region_gives_the_place() -> None:
    text = (
        "Kerala I have 4 years of experience as a network engineer looking after routers, "
        "firewalls and office networks for small firms Open to relocate for the right role "
        "Work Experience Network Engineer Zeta Networks Pvt Ltd Lakeview June 2018 to Present "
        "Configured routers and switches for branch offices and handled the helpdesk queue "
        "Education BTech in Electronics Hillcrest University 2018 Skills Networking Routing"
    )
    r = parse_resume(text, today=date(2026, 1, 1))
    assert r.contact.location == "Kerala"


def test_a_us_state_written_out_after_a_known_city_is_the_place_not_the_employer() -> None:
    from atspro.analysis.resume.places import find_city_region
    from atspro.analysis.resume.role_header import parse_role_header

    role = parse_role_header(["Field Technician", "Lakeview Pumps Austin Texas"])
    assert (role.position, role.company, role.location) == (
        "Field Technician",
        "Lakeview Pumps",
        "Austin Texas",
    )
    role = parse_role_header(["Field Technician", "Austin Texas"])
    assert (role.company, role.location) == (None, "Austin Texas")
    assert find_city_region("Seattle Washington").region == "US"
    # a state that is a given name too is no place after a name-like city
    assert find_city_region("Mary Virginia Roe") is None

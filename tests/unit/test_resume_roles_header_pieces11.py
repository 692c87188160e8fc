"""Pieces of a role's header that name no employer (round 11; synthetic lines): the "Mt." of
a town, the second of two places joined by "&", a referee's contact line, a form's hours."""

from __future__ import annotations

from atspro.analysis.resume.role_header import parse_role_header


def test_an_abbreviated_word_opening_a_town_stays_with_the_town() -> None:
    role = parse_role_header(["Teacher, Acme Learning Center, Mt. Pleasant, SC, 1990-1994"])
    assert (role.company, role.location) == ("Acme Learning Center", "Mt. Pleasant, SC")
    role = parse_role_header(["Director/Teacher Acme Early Childhood Center, Mt. Pleasant, SC"])
    assert role.company != "Mt"


def test_the_second_of_two_places_joined_by_and_is_not_the_employer() -> None:
    role = parse_role_header(
        ["Student Teacher, Maple Elementary, Springfield, PA & Acme Middle School, Shelbyville, PA"]
    )
    assert (role.position, role.company) == ("Student Teacher", "Maple Elementary")


def test_a_referees_contact_line_names_no_employer() -> None:
    role = parse_role_header(["Manager | Jane Roe | 555.123.4567 | jane.roe@example.com"])
    assert role.company is None
    role = parse_role_header(["45/Week", "Position | Associate"])
    assert (role.position, role.company) == ("Associate", None)


def test_a_sub_heading_naming_a_kind_of_work_is_no_employer() -> None:
    role = parse_role_header(["Seasonal farm positions, March 2013 – Present"])
    assert (role.position, role.company) == (None, None)
    role = parse_role_header(["Freelance Developer", "Temporary agency assignments"])
    assert (role.position, role.company) == ("Freelance Developer", None)

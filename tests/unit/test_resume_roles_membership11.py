"""A dated seat on a committee, a board or a professional body ("2001-2009: Member and Chair,
Policy Advisory Board.") is no role: no employer, no title (round 11; synthetic resumes)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import membership, parse_role_header

TODAY = date(2025, 1, 1)


def _roles(experience: str) -> list[tuple[str | None, str | None]]:
    text = f"Jane Doe\njane.doe@example.com\n\nExperience\n{experience}"
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_a_dated_committee_seat_is_no_role() -> None:
    roles = _roles(
        "Analyst, Acme Robotics Inc, 2015 - 2020\nBuilt the monthly sales reports.\n"
        "2001-2009: Member and Chair (2004-2006), Policy Advisory Board.\n"
        "Member, Board of Trustees, 2011-2014\n"
    )
    assert roles == [("Analyst", "Acme Robotics Inc")]


def test_which_positions_are_memberships() -> None:
    assert membership("Member", "Budget Advisory Committee")
    assert membership("Voting Member for Budget", "Springfield Harbour Council")
    assert membership("Member", None)
    assert not membership("Member", "Chess Club")  # a campus club's member stays
    assert not membership("Member/Vice President", "Chess Club Chapter")  # an officer's post
    assert not membership("Board Member", "Acme Robotics Inc")
    assert not membership("Analyst", "Society of Bridge Builders")


def test_a_seat_named_on_the_header_leaves_no_employer_either() -> None:
    role = parse_role_header(["Member, Campus Budget Council, a subcommittee of the Senate"])
    assert (role.position, role.company) == (None, None)


def test_an_honour_societys_honorary_member_is_no_role() -> None:
    roles = _roles(
        "Analyst, Acme Robotics Inc, 2015 - 2020\nBuilt the monthly sales reports.\n"
        "Maple Hall Honorary Member, Acme University Chapter, 2010 - 2013\n"
    )
    assert roles == [("Analyst", "Acme Robotics Inc")]

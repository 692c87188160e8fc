"""A publication list read among the roles: its "Authors: Doe, Jane; Roe, Richard" line and
its "[Forthcoming]" note name no title and no employer (round 11; synthetic lines)."""

from __future__ import annotations

from atspro.analysis.resume.role_header import parse_role_header


def test_an_authors_line_is_no_role() -> None:
    for line in ("Authors: Doe, Jane ; Roe, Richard / Dick", "Co-Authors: Doe, Jane; Roe, Richard"):
        role = parse_role_header([line])
        assert (role.position, role.company) == (None, None)


def test_an_editorial_note_in_square_brackets_is_no_employer() -> None:
    role = parse_role_header(["Authors: Doe, Jane; Roe, Richard", "[Forthcoming]"])
    assert (role.position, role.company) == (None, None)
    role = parse_role_header(["Acme Robotics Inc, Springfield", "[Research Assistant]"])
    assert (role.position, role.company) == ("Research Assistant", "Acme Robotics Inc")

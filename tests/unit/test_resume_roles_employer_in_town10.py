"""An employer joined to its town by "in" with no company word ("Zorblat Mobility in
Springfield, Kansas" over the title line): the "in" goes with the place cut from the line, the
name stays the employer (round 10, roles)."""

from atspro.analysis.resume.role_header import parse_role_header


def test_in_before_a_cut_place_leaves_the_employer() -> None:
    role = parse_role_header(["Zorblat Mobility in Springfield, Kansas", "Systems Engineer"])
    assert role.company == "Zorblat Mobility"
    assert role.position == "Systems Engineer"
    assert role.location == "Springfield, Kansas"


def test_title_in_a_town_stays_a_title() -> None:
    assert parse_role_header(["Head of Sales in London"]).company is None

"""A dated header line naming an activity with no title word ("Legal Research and Drafting",
"Professional Legal Coaching") is no employer (round 10, roles; companies FP "swapped")."""

from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.roles import names_a_field


def test_activity_names_a_field() -> None:
    assert names_a_field("Legal Research and Drafting")
    assert names_a_field("Professional Legal Coaching")
    assert not names_a_field("Zorblat Coaching")


def test_activity_line_is_no_employer() -> None:
    assert parse_role_header(["Legal Writing and Editing"]).company is None
    assert parse_role_header(["Zorblat Tutoring Centre"]).company == "Zorblat Tutoring Centre"

"""What is no field of study after a degree, twelfth round (issue 14): the degree's own
initials in brackets ("Bachelor of Business Information Systems (BBIS)"; like "(MBA)") and a line in
capitals of words no field is ("CLUBS AND SOCIETIES", a heading the sections reader missed);
a field's acronym in brackets ("B.E. (ECE)") and a field in capitals stay (synthetic lines)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def field(lines: list[str]) -> str | None:
    return parse_education(lines)[0].field


def test_the_degrees_initials_are_no_field() -> None:
    assert field(["Master of Business Administration (MBA), Acme University"]) is None
    assert field(["Bachelor of Business Information Systems (BBIS), Acme College"]) is None


def test_a_fields_acronym_stays() -> None:
    assert field(["B.E. (ECE), Springfield Institute of Technology"]) == "ECE"


def test_a_heading_in_capitals_is_no_field() -> None:
    assert field(["Bachelor of Arts", "CLUBS AND SOCIETIES"]) is None
    assert field(["B.S.", "COMPUTER SCIENCE"]) == "COMPUTER SCIENCE"
    assert field(["B.A.", "Marine Biology"]) == "Marine Biology"

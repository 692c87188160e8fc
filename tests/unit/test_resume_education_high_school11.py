"""Education, eleventh round (issue 14): the one name after a school-leaving certificate, set
apart by a gap ("High school  Narnia"), is the school's short name or its town, not a field of
study; a field joined by "in", or made of a field's words, stays (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def fields(lines: list[str]) -> list[str | None]:
    return [e.field for e in parse_education(lines)]


def test_a_name_after_a_gap_is_no_field() -> None:
    assert fields(["2001-2005 High school  Narnia", "Specializing in mathematics."]) == [None]
    assert fields(["High School Diploma  Narnia"]) == [None]


def test_a_field_of_a_school_leaving_certificate_stays() -> None:
    assert fields(["12th in Science, Lakeview School, 2010"]) == ["Science"]
    assert fields(["HSC Commerce, Lakeview College, 2008"]) == ["Commerce"]
    assert fields(["SSC  Computer Science  Narnia High School"]) == ["Computer Science"]
    assert fields(["High School Diploma, General Studies, 2004"]) == ["General Studies"]

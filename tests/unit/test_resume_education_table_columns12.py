"""An education table flattened column by column, twelfth round (issue 14; round 11's
backlog): the degrees' cells, then the schools', then the years' and grades', each under its
column label, are read back as one row per degree, in whatever order the columns come (the
years' first too). Nothing is paired when the columns differ in length (synthetic lines)."""

from __future__ import annotations

from atspro.analysis.resume.edu_lines import columns_to_rows
from atspro.analysis.resume.education import parse_education


def rows(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.institution, e.graduation_date) for e in parse_education(lines)]


def test_columns_with_labels() -> None:
    lines = [
        "Qualification",
        "B.Tech (CSE)",
        "Class XII",
        "Class X",
        "Board/University",
        "Riverton University",
        "Lakeview Model School",
        "Hillside Model School",
        "Year of Passing",
        "2012",
        "2008",
        "2006",
        "Percentage",
        "72%",
        "85%",
        "88%",
    ]
    assert rows(lines) == [
        ("B.Tech", "Riverton University", "2012"),
        ("Class XII", "Lakeview Model School", "2008"),
        ("Class X", "Hillside Model School", "2006"),
    ]


def test_columns_without_labels() -> None:
    lines = ["B.Tech", "12th", "Riverton Institute of Technology", "Lakeview Model School"]
    assert columns_to_rows(lines) == [
        "B.Tech, Riverton Institute of Technology",
        "12th, Lakeview Model School",
    ]


def test_the_years_column_first() -> None:
    lines = ["2003-2006", "2008-2010", "Riverton University", "Hillside College", "MS", "BS"]
    assert rows(lines) == [
        ("MS", "Riverton University", "2006"),
        ("BS", "Hillside College", "2010"),
    ]


def test_no_degrees_no_table() -> None:
    lines = ["2001-2005", "2005-2007", "Acme Corp", "Zeta Inc"]
    assert columns_to_rows(lines) == lines


def test_columns_of_different_lengths_stay() -> None:
    lines = ["BS in Biology", "MS in Physics", "Acme University", "Springfield University, 2004"]
    assert columns_to_rows(lines) == lines
    one_row = ["BS in Biology", "Acme University", "2004"]
    assert columns_to_rows(one_row) == one_row

"""A line that only says when the degree was conferred, twelfth round (issue 14): "Degree
2006", "Graduated May 2006", "Degree conferred: June 2006" under an entry whose years were
read from its line of dates ("2001-2005") gives its graduation (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def dates(lines: list[str]) -> list[str | None]:
    return [e.graduation_date for e in parse_education(lines)]


def test_the_conferral_line_dates_the_entry() -> None:
    assert dates(["Acme University", "Springfield, 2001-2005", "Degree 2006"]) == ["2006"]
    assert dates(["Acme University", "BS in Biology, 2001-2005", "Graduated May 2006"]) == [
        "2006-05"
    ]
    assert dates(
        ["Acme University, 2001-2005", "BS in Biology", "Degree conferred: June 2006"]
    ) == ["2006-06"]


def test_each_entry_its_own() -> None:
    lines = [
        "Acme University",
        "Springfield, 2001-2005",
        "Degree 2006",
        "Riverton College",
        "Riverton 2007",
        "Degree 2008",
    ]
    assert dates(lines) == ["2006", "2008"]


def test_other_dated_lines_do_not() -> None:
    # a range after the entry's own dates is no conferral
    assert dates(["Acme University", "BS in Biology, 2001-2005", "Exchange term 2004"]) == ["2005"]

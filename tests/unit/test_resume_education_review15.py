"""Review findings on round 15's education work: a field written before its degree is only a
field's name (no employer, team or note), read in linear time; "Associates in X" / "AS in X"
only where a degree opens its line; a field word that names a town too stays the field; "BBM"
alone in a skills list stays a skill. Invented text only."""

from __future__ import annotations

import time
from datetime import date

import pytest

from atspro.analysis.resume import edu_lines
from atspro.analysis.resume import education as ed
from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.edu_lines import field_name
from atspro.analysis.resume.parser import parse_resume

_TODAY = date(2026, 1, 1)
_EDU = (
    "Jane Doe\njane@example.com\n\nEXPERIENCE\nData Analyst\nAcme Robotics, Springfield, IL\n"
    "Jan 2019 - Present\n- Led a team of four testers\n\nEDUCATION\nNorthwind State University\n"
)


def _fields(line: str) -> list[str | None]:
    return [e.field for e in parse_resume(_EDU + line + "\n", today=_TODAY).education]


def test_field_before_its_degree_reads_a_long_separator_run_in_linear_time() -> None:
    line = "Economics" + ", " * 6000 + "x B.A."
    degree = find_degree(line)
    assert degree is not None
    start = time.perf_counter()
    ed._field_before(line, degree)
    assert time.perf_counter() - start < 0.05


@pytest.mark.parametrize(
    "line",
    [
        "Quillfeather Logistics, MBA, 2019",
        "Zentara Technology - BS, 2019",
        "Orchid Dynamics | MBA | 2019",
        "Varsity Athletics - BA, 2019",
        "Exchange semester in Economics - BS 2019",
        "Minor in Economics, B.A., 2019",
    ],
)
def test_an_employer_team_or_note_before_the_degree_is_no_field(line: str) -> None:
    assert _fields(line) == [None]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Economics, B.A., 2019", "Economics"),
        ("Marine Ecology - BS, 2019", "Marine Ecology"),
        ("Computer Science | BS | 2019", "Computer Science"),
    ],
)
def test_a_field_before_its_degree_is_still_read(line: str, field: str) -> None:
    assert _fields(line) == [field]


@pytest.mark.parametrize(
    ("text", "whole", "named"),
    [
        ("Science and Technology", True, True),
        ("Political Science", True, True),
        ("Quillfeather Logistics", True, False),
        ("Minor in Economics", True, False),
        ("Quillfeather Logistics", False, True),
        ("Michigan State", False, False),
    ],
)
def test_one_test_names_a_field(text: str, whole: bool, named: bool) -> None:
    assert field_name(text, whole=whole) is named


@pytest.mark.parametrize(
    "text",
    [
        "Associates in Dermatology, Springfield, IL 2016 - 2019",
        "Client: Associates in Economics Inc.",
        "Worked AS in Marketing team lead 2018.",
        "Associates in Biology - Summer Intern 2014",
    ],
)
def test_a_practice_a_firm_or_a_job_is_no_associate_degree(text: str) -> None:
    found = find_degree(text)
    assert found is None or found[0] not in ("Associates", "AS")


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Associates in Business", "Associates"),
        ("AS in Biology, Lakeview Community College, 2014", "AS"),
        ("2012 - 2014: AA in Liberal Arts", "AA"),
    ],
)
def test_an_associate_degree_opening_its_line_is_still_read(text: str, degree: str) -> None:
    found = find_degree(text)
    assert found is not None and found[0] == degree


def test_a_field_named_like_a_town_under_a_dated_degree_stays_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a gazetteer that knows the town of Commerce: the field's words are looked at first
    town = edu_lines.places.is_place_name
    monkeypatch.setattr(edu_lines.places, "is_place_name", lambda t: t == "Commerce" or town(t))
    text = "Jane Doe\njane@example.com\n\nEDUCATION\nMBA (2019)\nCommerce\nNorthwind State University\n"
    assert [e.field for e in parse_resume(text, today=_TODAY).education] == ["Commerce"]


def test_bbm_in_a_skills_list_is_a_skill() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEDUCATION\nB.S. Biology, Northwind State University, 2015\n"
        "\nSKILLS\nPython, BBM, WhatsApp, Excel\n"
    )
    r = parse_resume(text, today=_TODAY)
    assert "BBM" in {s.name for s in r.skills}
    assert [e.degree for e in r.education] == ["B.S."]

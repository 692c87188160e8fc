"""Layout round 16: Europass form rows that end an entry, right-to-left pages (edge
punctuation of Latin lines, years between right-to-left and Latin words, the page gate),
one page-mark pattern."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import europass
from atspro.analysis.resume.parser import parse_resume
from bench.layout_stress import check
from bench.layout_stress16 import CASES16

EUROPASS = [
    "Work experience",
    "Dates | 2019 - 2021",
    "Occupation or position held | QA Lead",
    "Main activities and responsibilities | Ran weekly demos",
    "Name and address of employer | Acme Robotics, Springfield",
    "Dates | 2016 - 2019",
    "Occupation or position held | Tester",
    "Main activities and responsibilities | Wrote test plans",
    "Name and address of employer | Globex, Shelbyville",
    "CONFERENCES",
    "Initech Testing Summit, Capital City, 2020",
    "DRIVING LICENCE",
    "Category B since 2010",
    "Education and training",
    "Dates | 2012 - 2016",
    "Title of qualification awarded | BSc Computer Science",
    "Name and type of organisation providing education and training | Hooli University",
]


def test_europass_form_rows_end_an_entry() -> None:
    rows = europass.europass_rows(EUROPASS)
    # the second entry keeps its own fields together; the form's rows follow it
    at = rows.index("Tester")
    assert rows[at : at + 4] == ["Tester", "Globex, Shelbyville", "2016 - 2019", "Wrote test plans"]
    assert rows.index("CONFERENCES:") > rows.index("Wrote test plans")
    assert "DRIVING LICENCE:" in rows  # a labelled row, its value on the next line


def test_europass_driving_licence_is_no_employer() -> None:
    text = "Jane Doe\njane@example.com\n" + "\n".join(EUROPASS)
    roles = parse_resume(text).work_experience
    assert ("Tester", "Globex") in [(w.position, w.company) for w in roles]
    assert all("LICENCE" not in (w.company or "") for w in roles)
    assert len(roles) == 2  # the conference's town and year are no role


def test_europass_wrapped_lower_case_word_stays_in_the_entry() -> None:
    lines = [
        "Dates | 2019 - 2021",
        "Occupation or position held | QA Lead",
        "Main activities and responsibilities | Spoke at two testing",
        "conferences",
        "Name and address of employer | Acme Robotics, Springfield",
    ]
    rows = europass.europass_rows(lines)
    assert rows.index("Acme Robotics, Springfield") < rows.index("conferences")


@pytest.mark.parametrize("name", sorted(CASES16))
def test_layout_stress16_reads_the_whole_cv(name: str) -> None:
    data, filename = CASES16[name]()
    assert check(name, data, filename) == []

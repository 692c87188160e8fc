"""Employment sentences of round 9: opened by an auxiliary with no pronoun ("Was associated
with …", "Have worked as …", "Having 11 years of experience as …") and dated "between 2001 and
2005" (synthetic sentences; made-up employers)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import role_sentences
from atspro.analysis.resume.parser import parse_resume


@pytest.mark.parametrize(
    ("sentence", "position", "company"),
    [
        ("Was associated with Quillon Traders Ltd as Sales Executive", "Sales Executive",
         "Quillon Traders Ltd"),
        ("Have worked as a Graphic Designer at Maple Print Studio for 2 years",
         "Graphic Designer", "Maple Print Studio"),
        ("Having 11 years of experience as Test Engineer in Brackwater Systems Pvt Ltd",
         "Test Engineer", "Brackwater Systems Pvt Ltd"),
        ("Has been working as Analyst at Eastmoor Bank since 2019", "Analyst", "Eastmoor Bank"),
    ],
)  # fmt: skip
def test_an_auxiliary_with_no_pronoun_opens_an_employment_sentence(
    sentence: str, position: str, company: str
) -> None:
    said = role_sentences.read_sentence(sentence)
    assert said is not None
    assert (said.position, said.company) == (position, company)


@pytest.mark.parametrize(
    "sentence",
    [
        "Was responsible for training new staff as team lead at the store",
        "Have knowledge of Java as well as Python at Acme",
    ],
)
def test_an_auxiliary_opening_a_duty_states_no_role(sentence: str) -> None:
    assert role_sentences.read_sentence(sentence) is None


def test_a_sentence_dated_between_two_years_gives_the_range() -> None:
    said = role_sentences.read_sentence(
        "Served as Controller at Halden Freight Corp between 2001 and 2005"
    )
    assert said is not None and said.range is not None
    assert (said.range.start, said.range.end) == ("2001", "2005")


def test_a_summary_sentence_with_no_pronoun_adds_its_role() -> None:
    r = parse_resume(
        "Jane Roe\njane.roe@example.org\n\nSUMMARY\n"
        "Was associated with Quillon Traders Ltd as Sales Executive from 2012 to 2015.\n\n"
        "EDUCATION\nB.Sc. Physics, 2010\n",
        today=date(2026, 1, 1),
    )
    assert [(w.position, w.company, w.start, w.end) for w in r.work_experience] == [
        ("Sales Executive", "Quillon Traders Ltd", "2012", "2015")
    ]


def test_a_bare_title_in_sentence_case_under_a_dates_line_is_the_roles() -> None:
    r = parse_resume(
        "Jane Roe\njane.roe@example.org\n\nEXPERIENCE\n"
        "2015 to 2019\nQorvex Logistics, Springfield\nWarehouse Supervisor\n"
        "Ran the night shift of the loading dock.\n"
        "2009 to 2015\nVolunteer tutor.\nHelped pupils of the town library with reading.\n",
        today=date(2026, 1, 1),
    )
    assert ("Volunteer tutor", "2009", "2015") in [
        (w.position, w.start, w.end) for w in r.work_experience
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Sales assistant.", "Sales assistant"),
        ("Kitchen helper", "Kitchen helper"),
        ("Managed the store.", None),  # a duty
        ("• Office manager", None),  # a bullet
        ("Python, SQL", None),
    ],
)
def test_a_bare_title_line(line: str, title: str | None) -> None:
    assert role_sentences._bare_title(line) == title

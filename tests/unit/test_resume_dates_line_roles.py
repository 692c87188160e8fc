"""Roles read on or under their dates line (round 9): a title the dates line states before
its sentence is that period's title, and an interests heading under the last role is no
part of its header (synthetic resumes; made-up names, employers and places)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import sections
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def test_the_title_a_dates_line_states_is_that_periods_title() -> None:
    text = (
        "Ivo Marsh\nivo.marsh@example.org\n\nEXPERIENCE\n"
        "Volunteer, Harbourside Community Radio\n"
        "Aug 2019 - Aug 2020. Music Director. Booked the guest bands for the spring fair and\n"
        "kept the studio log.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company, w.start) for w in r.work_experience] == [
        ("Music Director", "Harbourside Community Radio", "2019-08")
    ]


@pytest.mark.parametrize(
    ("line", "canonical"),
    [
        ("OUTSIDE INTERESTS:", "interests"),
        ("SPORT & TRAVEL INTERESTS", "interests"),
        ("Research Interests", None),  # a researcher's fields
        ("Other interests include chess and hiking", None),  # a sentence
    ],
)
def test_a_short_line_ending_like_an_interests_heading_is_one(
    line: str, canonical: str | None
) -> None:
    found = sections.detect_heading(line)
    assert (found.canonical if found else None) == canonical


def test_an_interests_heading_under_the_last_role_ends_its_header() -> None:
    text = (
        "Lena Voss\nlena.voss@example.org\n\nEMPLOYMENT\n"
        "March 2016 - December 2019 Corner Bakery Sales Assistant\n"
        "March 2020 - present Hillcrest Garden Centre\n"
        "SPORT & TRAVEL INTERESTS:\n"
        "Treasurer, Lakeview Rowing Club\n"
    )
    r = parse_resume(text, today=TODAY)
    assert "Lakeview Rowing Club" not in [w.company for w in r.work_experience]
    assert "Treasurer" not in [w.position for w in r.work_experience]


def test_an_employer_line_with_a_note_on_the_firm_heads_the_role_under_it() -> None:
    text = (
        "Ivo Marsh\nivo.marsh@example.org\n\nExperience\n"
        "QORVEX PARTNERS, Springfield, IL — a print shop for local bakeries and cafes\n"
        "Social Media Manager, 2018 to Present\n"
        "Planned the weekly posts of four clients.\n"
        "HALDEN GROUP, Shelbyville, IL — a studio making shop signs\n"
        "Account Executive, 2014 to 2018\n"
        "Ran the accounts of two regional banks.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company, w.start) for w in r.work_experience] == [
        ("Social Media Manager", "QORVEX PARTNERS", "2018"),
        ("Account Executive", "HALDEN GROUP", "2014"),
    ]

"""Roles in sentences, round 8: a dates line that runs on into a sentence under a role's
header ("Sep 2011 - Sep 2013. Wrote profiles of …", "Sep 2012 - Sep 2013. Station
Coordinator. Scheduled …") (synthetic resumes; made-up names, employers and places)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import role_sentences, roles
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)

_RESUME = """Mara Quill
mara.quill@example.org

EXPERIENCE
Staff Writer, The Daily Ledger
Sep 2013 - present. Covers city council meetings and local elections for the weekly edition.
Sep 2011 - Sep 2013. Wrote profiles of local businesses and checked facts for the features desk.
Volunteer, Brookfield Community Radio
Sep 2012 - Sep 2013. Station Coordinator. Scheduled volunteer hosts and planned the fundraiser.

EDUCATION
BA in Journalism, Harlow Institute of Technology, 2014
"""


def _roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    r = parse_resume(text, today=TODAY)
    return [(w.position, w.company, w.start, w.end) for w in r.work_experience]


def test_a_dated_sentence_under_a_role_is_another_period_at_its_employer() -> None:
    roles = _roles(_RESUME)
    assert ("Staff Writer", "The Daily Ledger", "2011-09", "2013-09") in roles
    assert ("Staff Writer", "The Daily Ledger", "2013-09", None) in roles
    r = parse_resume(_RESUME, today=TODAY)
    first = r.work_experience[0]
    assert first.bullets[0].startswith("Covers city council")  # the sentence is a duty
    assert r.total_years_experience == 14.3


def test_a_title_closing_its_own_sentence_after_the_dates_is_read_as_a_duty_not_a_header() -> None:
    said = role_sentences.dated_sentence(
        ["Volunteer, Brookfield Community Radio", ". Station Coordinator. Scheduled volunteer "
         "hosts and planned the fundraiser."]
    )  # fmt: skip
    assert said is not None
    assert said.header == ["Volunteer, Brookfield Community Radio"]
    assert said.position == "Station Coordinator"
    assert said.text.startswith("Scheduled volunteer hosts")


def test_a_header_after_the_dates_stays_the_header() -> None:
    assert role_sentences.dated_sentence([". Qorvex Ltd, Eastport"]) is None
    text = (
        "Ivo Brandt\nivo.brandt@example.org\n\nEXPERIENCE\nJan 2015 - Dec 2017. Qorvex Ltd, "
        "Eastport\nData Analyst\nBuilt monthly reports for the sales team.\n"
    )
    assert any(company == "Qorvex Ltd" for _, company, _, _ in _roles(text))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Working as a Data Engineer in orlin analytics pvt ltd, Eastport from May 2012",
         ("Data Engineer", "orlin analytics pvt ltd")),
        ("Working as a Data Engineer in xxx Analytics Pvt Ltd, Eastport", None),  # a placeholder
        ("Im working as a support technician in orlin data systems private limited since last spring",
         ("support technician", "orlin data systems private limited")),
        ("Worked as a tutor in a small private limited firm", None),  # describes, names none
        ("Worked as a tutor in a private limited company", None),
        ("Working as a Developer in internal projects ltd", None),  # a project, no employer
    ],
)  # fmt: skip
def test_an_employer_in_lower_case_is_read_only_with_its_legal_form(
    sentence: str, expected: tuple[str, str] | None
) -> None:
    said = role_sentences.read_sentence(sentence)
    assert (None if said is None else (said.position, said.company)) == expected


def test_one_employer_with_its_legal_form_spelled_out_adds_no_second_role() -> None:
    text = (
        "Ravi Menon\nravi.menon@example.org\n\nWORK EXPERIENCE\nNetwork Engineer\n"
        "Orlin Data Systems Pvt Ltd - Eastport\nMarch 2020 to Present\n"
        "Im working as a support technician in orlin data systems private limited since last "
        "spring\n"
    )
    companies = [w.company for w in parse_resume(text, today=TODAY).work_experience]
    assert companies == ["Orlin Data Systems Pvt Ltd"]


def test_an_employer_cut_inside_an_aside_by_a_wrapped_line_keeps_the_name_before_it() -> None:
    role = roles.RoleHeader(
        position="Research Associate", company="Orlin Group (Coastal Studies", location=None
    )
    role_sentences.amend(role, ["Research Associate, Orlin Group (Coastal Studies"], [])
    assert role.company == "Orlin Group"
    kept = roles.RoleHeader(
        position="Analyst", company="Harrow Advisory Group (Eastport Office)", location=None
    )
    role_sentences.amend(kept, ["Analyst, Harrow Advisory Group (Eastport Office)"], [])
    assert kept.company == "Harrow Advisory Group (Eastport Office)"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Coordinator :Planned the delivery rota for four depots.", "Coordinator"),
        ("Coordinator : Planned the delivery rota for four depots.", "Coordinator"),
    ],
)
def test_a_title_before_a_colon_written_apart_opens_the_body(line: str, expected: str) -> None:
    assert role_sentences.lead_title(line) == expected


def test_a_title_then_a_capitalised_system_it_served_opens_the_body() -> None:
    line = "Senior .NET developer in Harbor Payments Platform. The platform settles card batches."
    assert role_sentences.opening_title(line) == "Senior .NET developer"
    assert role_sentences.opening_title("Teams in Eastport and Westford were merged.") is None

"""Dated entries whose role was dropped (issue #14, "dates read, no role kept with them"): a
title phrase in lower case on or under the dates, a craft title ("-ician"), and the employer
in brackets after the title. Synthetic résumés only."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header


def _roles(body: str) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Jane Roe\nEXPERIENCE\n{body}\nEDUCATION\nBSc Physics, Northbury University, 1998\n"
    return [(w.position, w.company, w.start) for w in parse_resume(text).work_experience]


def test_title_phrase_on_the_dates_line_is_a_role() -> None:
    got = _roles(
        "2015 – 2019 Software Engineer, Acme Robotics\n"
        "Built the test rig for the arm.\n"
        "2008 – 2013 Freelance mobile app designer and tutor\n"
        "The work covered a range of small projects for shops and clubs in town.\n"
    )
    assert ("Freelance mobile app designer and tutor", None, "2008") in got


def test_craft_title_alone_under_the_dates_is_a_role() -> None:
    got = _roles(
        "2010 – 2014\nAcme Robotics\nBuilt the test rig for the arm.\n"
        "2002 to 2009\nFreelance statistician.\n"
    )
    assert ("Freelance statistician", None, "2002") in got


def test_lower_case_title_line_under_the_dates_keeps_its_title() -> None:
    got = _roles(
        "1983-1989\nDeputy Secretary, Northern Rail Board\n"
        "1977-1982\nInspector of school lunch programmes, Ministry of Health of Freedonia\n"
        "1976-1977\nClerk, Ministry of Health of Freedonia\n"
    )
    assert (
        "Inspector of school lunch programmes",
        "Ministry of Health of Freedonia",
        "1977",
    ) in got


def test_employer_in_brackets_after_the_title() -> None:
    got = _roles(
        "Dispatcher (County Sheriff's Office)\n2015 – 2019\nTook emergency calls.\n"
        "Sales Assistant (Acme Stores)\n2012 – 2015\nServed customers.\n"
    )
    assert got[:2] == [
        ("Dispatcher", "County Sheriff's Office", "2015"),
        ("Sales Assistant", "Acme Stores", "2012"),
    ]


def test_a_note_field_or_skill_in_brackets_stays_the_title() -> None:
    for header in ("Analyst (Risk Management)", "Developer (Full Stack)", "Engineer (Part Time)"):
        assert parse_role_header([header]).company is None, header


def test_a_sentence_under_the_dates_is_no_title() -> None:
    role = parse_role_header(["Managed the budget of the regional sales team"])
    assert role.position is None
    role = parse_role_header(["Responsible for training every new cashier."])
    assert role.position is None

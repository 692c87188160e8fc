"""Dated entries of round 10 whose header is neither a title nor an employer by the title and
company words (synthetic resumes; made-up people and employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2025, 1, 1)


def _roles(experience: str) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Jane Doe\njane.doe@example.com\n\nExperience\n{experience}"
    return [
        (w.position, w.company, w.start) for w in parse_resume(text, today=TODAY).work_experience
    ]


def test_a_dated_line_naming_the_work_done_is_the_title() -> None:
    roles = _roles(
        "Dog Walker\n2016 - Present\nWalked dogs for neighbours twice a day.\n"
        "Child Care\n2014 - Present\nLooked after three children after school.\n"
    )
    assert ("Child Care", None, "2014") in roles


def test_a_business_function_before_its_dates_is_the_title() -> None:
    roles = _roles(
        "Market Analyst, 2001 to 2004\nWrote the quarterly market reports.\n"
        "Corporate Strategy Planning, 1998 to 2001\nPlanned the launches abroad.\n"
    )
    assert ("Corporate Strategy Planning", None, "1998") in roles


def test_a_sub_heading_over_dated_entries_is_no_title() -> None:
    roles = _roles(
        "Shop Assistant, Acme Stores\n2015 - 2016\nServed customers at the till.\n"
        "Voluntary Work\n2012 - 2013\nHelped at the town food bank on Saturdays.\n"
    )
    assert all(position != "Voluntary Work" for position, _, _ in roles)


def test_a_dates_line_over_a_sentence_naming_the_firm_is_a_role_there() -> None:
    roles = _roles(
        "2009 – 2012:\nLand law practice in the firm of Hale Brook and Co. Advocates, mostly "
        "land sales.\n2012 – 2015:\nSenior Associate in the firm of Dalton Quill Associates, "
        "Springfield.\n"
    )
    assert (None, "Hale Brook and Co. Advocates", "2009") in roles
    assert ("Senior Associate", "Dalton Quill Associates", "2012") in roles


def test_a_duty_in_the_firm_names_no_employer() -> None:
    roles = _roles("2009 – 2012:\nAssisted the partners in the firm of Dalton Associates.\n")
    assert all(company is None for _, company, _ in roles)


def test_a_form_label_beside_the_dates_is_no_title() -> None:
    roles = _roles(
        "Shop Assistant, Acme Stores\n2015 - 2016\nServed customers at the till.\n"
        "Project Duration\n2012 - 2013\nBuilt the stock database of a small shop.\n"
    )
    assert all(position != "Project Duration" for position, _, _ in roles)


def test_a_title_in_a_sentence_stops_before_what_the_person_was_responsible_for() -> None:
    roles = _roles(
        "Acme Robotics Ltd, Springfield\nMarch 2015 - June 2017\n"
        "I was initially hired as a file clerk responsible for the post room and the archive.\n"
    )
    assert roles == [("file clerk", "Acme Robotics Ltd", "2015-03")]


def test_a_firm_named_with_commas_runs_to_its_company_word() -> None:
    roles = _roles(
        "2016 – 2019:\nSenior Associate in the firm of Dalton, Quill and Company\n"
        "Advocates, Harbour House, Springfield.\n"
    )
    assert roles == [("Senior Associate", "Dalton, Quill and Company", "2016")]


def test_a_dates_line_over_the_employer_opening_a_first_person_sentence() -> None:
    roles = _roles(
        "Since 2019\nAcme Bar and Grill (Eastport) I waited tables on weekends during my degree.\n"
    )
    assert roles == [(None, "Acme Bar and Grill", "2019")]


def test_a_skill_with_its_span_is_no_employer() -> None:
    roles = _roles("Since 2019\nMicrosoft Excel 5 years of daily use in reporting.\n")
    assert all(company is None for _, company, _ in roles)

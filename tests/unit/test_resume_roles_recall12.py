"""Round 12, employer and title recall: layouts whose roles were read as one or lost
(synthetic resumes; every name invented)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.roles import opens_with_verb

TODAY = date(2026, 1, 1)


def _roles(experience: str) -> list[tuple[str | None, str | None]]:
    text = (
        "Jane Doe\njane.doe@example.com\n\nEXPERIENCE\n"
        f"{experience}\n\nEDUCATION\nBS Computer Science, Springfield University, 2005\n"
    )
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_a_title_alone_over_its_own_bullets_is_another_post_at_the_employer() -> None:
    roles = _roles(
        "Acme Robotics, Springfield, IL\nJan 2015 - Present\nSenior IT Manager\n"
        "- Ran the budget for the whole department\n"
        "Data Migration Specialist\n- Moved the records to the new store every quarter\n"
        "Zeta Bank, Dayton, OH\nJan 2010 - Dec 2014\nTeller\n- Counted the cash at closing"
    )
    assert roles == [
        ("Senior IT Manager", "Acme Robotics"),
        ("Data Migration Specialist", "Acme Robotics"),
        ("Teller", "Zeta Bank"),
    ]


def test_a_title_over_a_list_of_competencies_is_no_post() -> None:
    roles = _roles(
        "Acme Robotics, Springfield, IL\nJan 2015 - Present\nSenior IT Manager\n"
        "- Ran the budget for the whole department\nTeam Leader\nThinking clearly\n"
        "Clear writing"
    )
    assert roles == [("Senior IT Manager", "Acme Robotics")]


def test_undated_one_line_roles_are_a_role_each() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nOTHER EMPLOYMENT\n"
        "Barista, Bean Street Cafe, Springfield, IL\n"
        "Cashier, Zorblat Foods, Inc., Springfield, IL\n"
        "Receptionist, Zeta Bank of Springfield, IL\n- Greeted every visitor at the desk\n"
    )
    roles = [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]
    assert roles == [
        ("Barista", "Bean Street Cafe"),
        ("Cashier", "Zorblat Foods, Inc."),
        ("Receptionist", "Zeta Bank of Springfield"),
    ]


def test_a_town_beside_the_title_is_the_place() -> None:
    role = parse_role_header(["Data Analyst, Denver", "Acme Robotics Ltd"])
    assert (role.position, role.company, role.location) == (
        "Data Analyst",
        "Acme Robotics Ltd",
        "Denver",
    )
    # a unit beside the title stays the title's
    role = parse_role_header(["Director, Business Intelligence", "Acme Robotics Ltd"])
    assert role.position == "Director – Business Intelligence"


def test_a_title_opened_by_an_ing_word() -> None:
    assert not opens_with_verb("Marketing video producer")
    assert not opens_with_verb("Consulting geologist")
    assert opens_with_verb("Training new engineers")
    assert opens_with_verb("Managing staff")
    assert opens_with_verb("Leading the editor team")
    role = parse_role_header(["Marketing video producer at Vexor Media"], dated=False)
    assert (role.position, role.company) == ("Marketing video producer", "Vexor Media")


def test_a_title_under_the_employers_town_and_country_lines() -> None:
    roles = _roles(
        "06/2004-09/2006\nZorblat Data, Inc.\nHelp Desk Technician\nNew York, NY\n"
        "- Supported the clients of the company every day\n03/1998-02/2000\n"
        "Office of Science and Technology - Applied Optics\nand Photonics Institute\nLyon,\n"
        "France\nLab Assistant\n- Wrote the tools for the lab every week"
    )
    assert roles[1] == ("Lab Assistant", "Office of Science and Technology")


def test_a_centre_cafe_or_store_names_an_employer() -> None:
    role = parse_role_header(
        ["Director/Teacher Lakeview Early Learning Center, Dayton, OH, 1982-84"]
    )
    assert (role.position, role.company) == ("Director/Teacher", "Lakeview Early Learning Center")
    roles = _roles("Barista, Bean Street Cafe\nJune 2012 - May 2014\n- Served the guests")
    assert roles == [("Barista", "Bean Street Cafe")]


def test_more_company_words() -> None:
    from atspro.analysis.resume.roles import is_company

    for name in ("Lakeview Learning Centre", "Corner Bakery", "Vexor Airlines", "Zorbix Pty"):
        assert is_company(name), name
    assert not is_company("Customer Services")  # a function, not an employer

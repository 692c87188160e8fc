"""Round 4 role layouts: titles dated inside their employer's span; headings of experience."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 6, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_promotions_under_one_employer_each_get_the_employer() -> None:
    text = (
        "Jordan Vale\nEXPERIENCE\n"
        "NORTHWIND TRADERS, Dayton, OH\n2009 to Present\n"
        "Regional Sales Manager, 2015 to present\n- Led a team of nine.\n"
        "Sales Representative, 2009 to 2015\n- Opened forty accounts.\n"
        "CONTOSO FLOORING, Dayton, OH\n2006 - 2009\nWarehouse Associate\n- Loaded trucks.\n"
    )
    assert _roles(text) == [
        ("Regional Sales Manager", "NORTHWIND TRADERS"),
        ("Sales Representative", "NORTHWIND TRADERS"),
        ("Warehouse Associate", "CONTOSO FLOORING"),
    ]


def test_a_title_dated_outside_the_employer_span_is_not_nested() -> None:
    text = (
        "Jordan Vale\nEXPERIENCE\n"
        "NORTHWIND TRADERS, Dayton, OH\n2015 to Present\n- Sold parts.\n"
        "Sales Representative, 2004 to 2008\n- Opened forty accounts.\n"
    )
    got = _roles(text)
    assert ("Sales Representative", "NORTHWIND TRADERS") not in got


def test_a_label_and_its_value_in_a_header_are_no_employer() -> None:
    text = (
        "Jordan Vale\nCURRENT POSITION:\nParalegal\nAREA OF PRACTICE:\nTax filings for small firms\n"
        "EXPERIENCE\nParalegal, Birch & Stone LLP  2016 - Present\n- Drafted filings.\n"
    )
    got = _roles(text)
    assert all(c is None or ("filings" not in c and "PRACTICE" not in c) for _, c in got)
    assert ("Paralegal", "Birch & Stone LLP") in got


def test_a_title_ending_in_a_colon_stays_the_title() -> None:
    text = (
        "Jordan Vale\nEXPERIENCE\nWindmere Analytics\nSpringfield, Illinois\n2019-Present\n"
        "Project Manager:\n• Ran the data migration programme.\n"
    )
    assert _roles(text) == [("Project Manager", "Windmere Analytics")]


def test_a_current_position_heading_opens_the_experience() -> None:
    text = (
        "Jordan Vale\nCURRENT POSITION\n18/06/2014 – Present\nAssociate Attorney\n"
        "Birch & Stone LLP, Padua (Italy)\nEDUCATION\nMaster in Law, University of Verona, 2013\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.start) for w in r.work_experience] == [("Associate Attorney", "2014-06")]


def test_a_roles_tool_list_does_not_end_the_experience_section() -> None:
    text = (
        "Jordan Vale\nEXPERIENCE\n"
        "NORTHWIND DIGITAL\nWeb Developer, February 2014 – Present\n"
        "Technologies: PHP, Drupal, jQuery\nBuilt the customer portal.\n"
        "CONTOSO MEDIA\nDrupal Developer, June 2012 – January 2014\n"
        "Technologies: Drupal, CSS\nWrote custom modules.\n"
        "EDUCATION\nB.Sc. Computer Science, State University, 2012\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company) for w in r.work_experience] == [
        ("Web Developer", "NORTHWIND DIGITAL"),
        ("Drupal Developer", "CONTOSO MEDIA"),
    ]
    assert "Drupal" in {s.name for s in r.skills}


def test_a_skills_section_after_the_roles_stays_skills() -> None:
    text = (
        "Jordan Vale\nEXPERIENCE\nWeb Developer, Northwind Digital  2014 – Present\n"
        "- Built the customer portal.\nTechnologies: PHP, Drupal, jQuery, CSS\n"
        "EDUCATION\nB.Sc. Computer Science, State University, 2010 - 2014\n"
    )
    r = parse_resume(text, today=TODAY)
    assert "skills" in r.sections
    assert [(w.position, w.company) for w in r.work_experience] == [
        ("Web Developer", "Northwind Digital")
    ]


def test_roles_under_a_projects_heading_after_experience_are_roles() -> None:
    # A flattened export broke a sentence's words into headings ("Projects") mid-roles.
    text = (
        "Jordan Vale\nWork Experience\nAccounts Manager\nNorthwind Traders Pvt Ltd  Pune\n"
        "June 2022 to Present\nKept the ledgers balanced\nProjects\n"
        "Senior Analyst\nContoso Infosystems Ltd  Pune\nJanuary 2014 to July 2019\n"
        "Reconciled the monthly accounts\n"
        "IT Executive\nFabrikam Archives Ltd  Pune\nSeptember 2009 to February 2011\n"
        "Ran the help desk\nEducation\nMBA, State University, 2011\n"
    )
    assert _roles(text) == [
        ("Accounts Manager", "Northwind Traders Pvt Ltd"),
        ("Senior Analyst", "Contoso Infosystems Ltd"),
        ("IT Executive", "Fabrikam Archives Ltd"),
    ]


def test_a_projects_section_of_projects_stays_projects() -> None:
    text = (
        "Jordan Vale\nEXPERIENCE\nData Analyst, Northwind Traders  2019 - Present\n"
        "- Built dashboards.\nPROJECTS\nStock Forecast Dashboard\nJan 2021 - Mar 2021\n"
        "- Forecast weekly demand with Python.\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company) for w in r.work_experience] == [
        ("Data Analyst", "Northwind Traders")
    ]
    assert r.projects

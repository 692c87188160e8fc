"""Role layouts of the fourth round's third pass (synthetic resumes)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def _parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def test_header_lines_ending_with_a_full_stop_under_a_dates_line():
    # "dates / Employer, City, State. / Title." : the full stops end header lines, not sentences.
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "December 2011 to July 2012\nNorthwind Traders, Hollywood, California.\n"
        "Senior Data Architect.\nBuilt the billing service for the clients.\n"
        "March 2006 to October 2011\nContoso Systems, Burbank, California.\n"
        "Research Assistant.\nWrote the data pipeline for the lab.\n\n"
        "EDUCATION\nBSc Physics, University of Oslo, 2003\n"
    )
    roles = [(w.company, w.position) for w in _parse(text).work_experience]
    assert roles == [
        ("Northwind Traders", "Senior Data Architect"),
        ("Contoso Systems", "Research Assistant"),
    ]


def test_a_sentence_under_a_dates_line_stays_in_the_body():
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "2011 - 2012\nNorthwind Traders\nSenior Data Architect\n"
        "Managed the rollout of the new billing service.\n"
        "2007 - 2011\nContoso Systems\nResearch Assistant\nWrote the pipeline.\n"
    )
    roles = _parse(text).work_experience
    assert [(w.company, w.position) for w in roles] == [
        ("Northwind Traders", "Senior Data Architect"),
        ("Contoso Systems", "Research Assistant"),
    ]
    assert all("pipeline" not in (w.position or "") for w in roles)


_PROJECTS = (
    "Jane Roe\njane@example.com\n\nSKILLS\nPython, SQL, Docker\n\n"
    "EXPERIENCE\nSoftware Engineer, Northwind Traders\n2019 - 2023\n"
    "Built the billing service.\nTechnologies: Go, Kafka, Redis\n\n"
    "PROJECTS\nInventory Tracker\nA web app for small shops.\nTechnologies: React, Node.js\n"
    "Weather Bot\nA chat bot for forecasts.\nTechnologies: Rust, Tokio\n\n"
    "EDUCATION\nBSc Computer Science, University of Oslo, 2018\n"
)


def test_a_tool_list_label_under_a_project_or_role_is_no_second_skills_section():
    from atspro.analysis.resume import sections
    from atspro.analysis.resume import text as tx

    _, found = sections.split_sections(tx.split_lines(tx.normalise(_PROJECTS)))
    assert [s.name for s in found] == ["skills", "experience", "projects", "education"]
    r = _parse(_PROJECTS)
    assert [p.name for p in r.projects] == ["Inventory Tracker", "Weather Bot"]
    assert "Rust" in (r.projects[1].description or "")
    assert not any(s.name == "Weather Bot" for s in r.skills)
    assert [(w.company, w.position) for w in r.work_experience] == [
        ("Northwind Traders", "Software Engineer")
    ]


def test_a_skills_line_of_its_own_after_experience_is_still_the_skills_section():
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\nSoftware Engineer, Northwind Traders\n"
        "2019 - 2023\nBuilt the billing service.\n\nSkills: Python, SQL, Docker\n"
    )
    names = {s.name for s in _parse(text).skills if "skills" in s.sections}
    assert {"Python", "SQL", "Docker"} <= names

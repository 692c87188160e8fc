"""Round 16, outside: roles the parser missed because of where they are written — an
experience section headed oddly or cut short by a "Projects" subheading (synthetic resumes:
invented people and employers)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import sections
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


@pytest.mark.parametrize(
    "line",
    [
        "Employment History (most recent first)",
        "EMPLOYMENT HISTORY (Most Recent First)",
        "Professional Experience (Reverse Chronological)",
        "Work Experience (in reverse chronological order)",
        "Work History (latest first):",
    ],
)
def test_an_order_note_after_an_experience_heading(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == "experience" and found.strong


@pytest.mark.parametrize(
    "line", ["Volunteer Work and Job History:", "VOLUNTEER WORK AND JOB HISTORY"]
)
def test_volunteer_and_paid_work_joined_is_experience(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == "experience"


def test_volunteer_alone_stays_volunteering() -> None:
    found = sections.detect_heading("Volunteer Experience")
    assert found is not None and found.canonical == "volunteering"


@pytest.mark.parametrize(
    "line",
    [
        "Related Experience in Education",
        "OTHER EXPERIENCE IN RETAIL",
        "Relevant Experience in Nursing:",
    ],
)
def test_a_qualified_experience_heading_naming_its_field(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == "experience"


@pytest.mark.parametrize(
    "line", ["Experience in Java", "Relevant experience in sales and marketing roles."]
)
def test_experience_in_a_skill_or_a_sentence_is_no_heading(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is None or found.canonical != "experience"


def test_roles_under_a_qualified_experience_heading_after_certifications() -> None:
    text = "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "Certification",
            "State Teaching Licence, Grades 5-9",
            "Related Experience in Education",
            "Student Teacher, Springfield Middle School, Springfield, IL",
            "Taught two sections of grade 7 maths.",
            "Tutor, Shelbyville Learning Center, Shelbyville, IL",
            "Tutored grade 8 students in maths and English.",
        ]
    )
    companies = {w.company for w in parse_resume(text, today=TODAY).work_experience}
    assert {"Springfield Middle School", "Shelbyville Learning Center"} <= companies


CAREER_OVERVIEW = [
    "Jane Doe",
    "jane.doe@example.com",
    "REGIONAL OPERATIONS LEAD",
    "Ran warehouse teams in four states.",
    "CAREER OVERVIEW",
    "OPERATIONS MANAGER (Mar 2014 – Present) Initech, Springfield, IL",
    "Opened two distribution centres.",
    "SHIFT SUPERVISOR (Jun 2009 – Feb 2014) Globex Corporation, Shelbyville, IN",
    "Scheduled forty staff.",
    "EDUCATION & CREDENTIALS",
    "BS in Business, State University",
]


def test_career_overview_heading_the_roles() -> None:
    got = _roles("\n".join(CAREER_OVERVIEW))
    assert ("OPERATIONS MANAGER", "Initech") in got
    assert ("SHIFT SUPERVISOR", "Globex Corporation") in got


def test_career_overview_over_prose_is_no_experience_heading() -> None:
    lines = [
        "Jane Doe",
        "CAREER OVERVIEW",
        "Fifteen years in retail operations.",
        "SKILLS",
        "Excel",
    ]
    _, found = sections.split_sections(lines)
    assert not any(s.name == "experience" for s in found)


def test_roles_under_an_order_noted_heading_are_read() -> None:
    text = "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "Skills",
            "Excel, SQL, Tableau",
            "Employment History (most recent first)",
            "Senior Analyst",
            "Acme Corp, Springfield",
            "2019 - Present",
            "Built the monthly sales reports.",
            "Analyst",
            "Globex Inc, Shelbyville",
            "2015 - 2019",
            "Kept the ledgers.",
            "Education",
            "BS in Economics, State University, 2015",
        ]
    )
    # without the order-noted heading the roles stay in the Skills section: no roles read
    got = _roles(text)
    assert ("Senior Analyst", "Acme Corp") in got
    assert ("Analyst", "Globex Inc") in got


PROJECTS_UNDER_A_ROLE = [
    "Jane Doe",
    "jane.doe@example.com",
    "Employment",
    "Initech Consulting, Consultant, 2016-Present",
    "Designed the billing model for the practice.",
    "Selected projects:",
    "Billing Portal Rollout (Client: Hooli Health) 2018-2019",
    "Wrote the requirements and ran the vendor selection.",
    "Claims Dashboard (Client: Umbrella Insurance) 2016-2017",
    "Led the dashboard design.",
    "Globex Corporation, Product Manager, Springfield, IL 2013-2016",
    "Owned the analytics product line.",
    "Acme Inc, Business Analyst, Shelbyville, IN 2010-2013",
    "Mapped the order process.",
    "Education",
    "BS in Economics, State University, 2010",
]


def test_roles_go_on_after_a_projects_subheading() -> None:
    got = _roles("\n".join(PROJECTS_UNDER_A_ROLE))
    assert ("Product Manager", "Globex Corporation") in got
    assert ("Business Analyst", "Acme Inc") in got
    # the projects before them stay projects: no "Billing Portal Rollout" employer
    assert not any(c and "Portal" in c for _, c in got)
    assert not any(c and "Dashboard" in c for _, c in got)


def test_projects_with_roles_but_no_employers_stay_projects() -> None:
    text = "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "Experience",
            "Software Engineer",
            "Acme Corp",
            "2019 - Present",
            "Built services.",
            "Projects",
            "DevBoard, Creator",
            "2021 - 2022",
            "A kanban board for small teams.",
            "TaskPipe, Maintainer",
            "2020 - 2021",
            "A job queue library.",
        ]
    )
    got = _roles(text)
    assert not any(c in ("DevBoard", "TaskPipe") for _, c in got)


def test_titleless_client_projects_after_experience_stay_projects() -> None:
    text = "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "Experience",
            "Software Engineer, Hooli, 2019 - Present",
            "Built services.",
            "Projects",
            "Acme Corp, Website Redesign, Springfield, IL 2020 - 2021",
            "Rebuilt the storefront.",
            "Protein Folding Study, Globex University, Boston, MA 2017 - 2018",
            "Ran the simulations.",
        ]
    )
    got = _roles(text)
    assert ("Software Engineer", "Hooli") in got
    assert not any(c in ("Acme Corp", "Globex University") for _, c in got)


def test_titled_roles_after_client_projects_still_resume() -> None:
    lines = [
        *PROJECTS_UNDER_A_ROLE[:6],
        "Acme Corp, Website Redesign, Springfield, IL 2018-2019",
        "Rebuilt the storefront.",
        *PROJECTS_UNDER_A_ROLE[8:],
    ]
    got = _roles("\n".join(lines))
    assert ("Product Manager", "Globex Corporation") in got
    assert not any(p is None and c == "Acme Corp" for p, c in got)


@pytest.mark.parametrize(
    ("heading", "first"),
    [
        ("Summary", "Clinical Experience in Pediatrics"),
        ("SUMMARY", "Practical Experience in Welding"),
        ("Skills", "Professional Experience in Java"),
    ],
)
def test_experience_in_a_field_inside_summary_or_skills_is_no_heading(
    heading: str, first: str
) -> None:
    lines = [
        "Jane Doe",
        heading,
        first,
        "Eight years of hands-on work with small teams and careful reporting.",
        "Spring, Hibernate, Maven",
    ]
    _, found = sections.split_sections(lines)
    assert [s.name for s in found] == [heading.lower()]
    assert first in found[0].lines


def test_experience_in_a_field_over_dated_roles_after_skills_is_a_heading() -> None:
    lines = [
        "Jane Doe",
        "Skills",
        "Python, SQL",
        "Relevant Experience in Nursing",
        "Staff Nurse, Springfield General Hospital, 2018 - 2022",
    ]
    _, found = sections.split_sections(lines)
    assert [s.name for s in found] == ["skills", "experience"]


def test_career_overview_over_a_dated_sentence_is_no_experience_heading() -> None:
    lines = [
        "Jane Doe",
        "CAREER OVERVIEW",
        "Operations leader, 2010 - 2024, across retail and logistics teams.",
        "Known for calm planning.",
        "SKILLS",
        "Excel",
    ]
    _, found = sections.split_sections(lines)
    assert not any(s.name == "experience" for s in found)


def test_career_overview_over_a_dates_line_heads_the_roles() -> None:
    lines = [
        "Jane Doe",
        "CAREER OVERVIEW",
        "OPERATIONS MANAGER",
        "Initech, Springfield, IL",
        "Mar 2014 – Present",
        "Opened two distribution centres.",
    ]
    _, found = sections.split_sections(lines)
    assert any(s.name == "experience" for s in found)


def test_hostile_inputs_finish() -> None:
    """A must-finish test (no timed assert): each new rule over 5,000 lines or 100,000
    characters of hostile input ends without an exception."""
    # 5,000 dated lines after a projects subheading: the roles read, no exception
    blob = "\n".join(
        ["Selected projects:"]
        + [f"Acme {i} Corp, Product Manager, Springfield 2001-2002" for i in range(5000)]
    )
    r = parse_resume("Jane Doe\nExperience\nAnalyst, Globex, 2019-2020\n" + blob, today=TODAY)
    assert r.work_experience
    # 5,000 "CAREER OVERVIEW" lines with no dates under them: no heading, no exception
    sections.split_sections(["Jane Doe"] + ["CAREER OVERVIEW", "Led teams."] * 2500)
    # 5,000 client projects with no title after a role: one pass, no exception
    projects = [f"Acme {i} Corp, Website, Springfield, IL 2001-2002" for i in range(5000)]
    parse_resume(
        "Jane Doe\nExperience\nAnalyst, Globex, 2019-2020\nProjects\n" + "\n".join(projects)
    )
    # 5,000 "Experience in <field>" lines inside a Skills section, and dated sentences
    sections.split_sections(["Jane Doe", "Skills"] + ["Clinical Experience in Surgery"] * 5000)
    sections.split_sections(
        ["Jane Doe", "CAREER OVERVIEW"] + ["Led teams, 2010 - 2024, across retail."] * 5000
    )
    # a 100,000-character run beside a date range under "CAREER OVERVIEW"
    sections.split_sections(["Jane Doe", "CAREER OVERVIEW", "Acme" * 25000 + " 2010 - 2024"])
    # 100,000 characters of a heading's note that never closes
    for filler in ("(most recent first " * 5000, "Work History (" + " reverse" * 12000 + ")"):
        sections.detect_heading("Employment History " + filler)


def test_career_overview_over_an_employer_written_lower_case_first() -> None:
    lines = [
        "Jane Doe",
        "CAREER OVERVIEW",
        "OPERATIONS MANAGER (Mar 2014 – Present) eVolt Systems, Springfield, IL",
        "Opened two distribution centres.",
    ]
    _, found = sections.split_sections(lines)
    assert any(s.name == "experience" for s in found)

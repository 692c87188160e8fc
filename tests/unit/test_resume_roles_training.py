"""A training course dated inside the Experience section is no role ("TOT course at …").
Made-up resume."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TEXT = """Dana Reyes
dana@example.com
Experience
Operations Lead, Acme Freight
Jan 2019 - Present
- Ran the depot
{course}
Mar 2017 - Apr 2017
Warehouse Clerk, Contoso Depot
Jun 2015 - Dec 2018
- Counted stock
Education
BSc Logistics, University of Porto, 2015
"""


def test_a_course_attended_is_no_employer() -> None:
    for course in ("TOT course at Northwind Institute", "Leadership Workshop by Fabrikam"):
        roles = parse_resume(TEXT.format(course=course), today=date(2026, 6, 1)).work_experience
        assert [r.company for r in roles] == ["Acme Freight", "Contoso Depot"], course


def test_a_course_role_title_stays() -> None:
    text = TEXT.format(course="Course Instructor at Northwind Institute")
    roles = parse_resume(text, today=date(2026, 6, 1)).work_experience
    assert "Northwind Institute" in {r.company for r in roles}

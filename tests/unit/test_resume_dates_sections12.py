"""Dates and sections of round 12: a year written before its two months ("2009 Oct - Dec"),
and a heading of two section names whose first is an ambiguous word ("ORGANIZATIONS/AWARDS",
"RESEARCH PUBLICATIONS") closing the experience section (synthetic resume; made-up people and
employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import dates, sections
from atspro.analysis.resume.parser import parse_resume


def test_a_year_before_its_two_months_is_a_range() -> None:
    rng = dates.find_range("2009 Oct - Dec")
    assert rng is not None and (rng.start, rng.end, rng.is_current) == ("2009-10", "2009-12", False)
    rng = dates.find_range("2011, Nov – Feb")
    assert rng is not None and (rng.start, rng.end) == ("2011-11", "2012-02")
    assert dates.find_range("2009 Oct - Dec 5") is None  # a day or another number follows


def test_an_ambiguous_word_before_a_section_name_heads_that_section() -> None:
    found = sections.detect_heading("ORGANIZATIONS/AWARDS")
    assert found is not None and (found.canonical, found.strong) == ("awards", False)
    found = sections.detect_heading("RESEARCH PUBLICATIONS")
    assert found is not None and found.canonical == "publications"
    found = sections.detect_heading("Organizations & Awards")
    assert found is not None and found.canonical == "awards"
    # a summary word after it may head the roles themselves: no heading
    assert sections.detect_heading("CAREER OVERVIEW") is None


def test_memberships_under_a_joined_heading_are_no_roles() -> None:
    text = "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "EXPERIENCE",
            "Lab Manager, Acme Robotics, Springfield",
            "2012 - 2016",
            "Led a team of four testers.",
            "ORGANIZATIONS/AWARDS",
            "Treasurer, Springfield Rotary Club",
            "2003 - 2009",
            "Secretary, Shelbyville Chess Society",
            "1995 - 1999",
        ]
    )
    r = parse_resume(text, today=date(2026, 1, 1))
    assert [(w.start, w.end) for w in r.work_experience] == [("2012", "2016")]


def test_an_inline_label_of_two_names_is_no_heading() -> None:
    # "Additional Training: PMP, …" is a line of an education entry, not a section
    assert (
        sections.detect_heading("Additional Training: Certified Scrum Master, Acme Institute")
        is None
    )
    assert sections.detect_heading("Research Interests") is None
    assert sections.detect_heading("SOCIAL WORK") is None  # a field: two ambiguous words


def test_an_academic_service_heading_closes_the_roles() -> None:
    found = sections.detect_heading("SERVICE")
    assert found is not None and (found.canonical, found.strong) == ("activities", False)
    found = sections.detect_heading("University Service")
    assert found is not None and found.canonical == "activities"
    assert sections.detect_heading("Customer Service") is None
    text = "\n".join(
        [
            "Jane Doe",
            "jane.doe@example.com",
            "EXPERIENCE",
            "Assistant Professor of Physics, Shelbyville College",
            "2012 - 2016",
            "Taught two courses a term.",
            "PUBLICATIONS",
            "Doe, J. (2014). A paper on springs. Journal of Made-up Results.",
            "SERVICE",
            "Reviewer, Journal of Made-up Results",
            "2013 - Present",
        ]
    )
    r = parse_resume(text, today=date(2026, 1, 1))
    assert [(w.start, w.end) for w in r.work_experience] == [("2012", "2016")]

"""Sections of round 11: a form's numbered headings ("6. Employment History") and its dated
entries written "Since: … Until: …" over "Company:" / "Position held:" labels (synthetic resume;
made-up people and employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import dates, sections
from atspro.analysis.resume.parser import parse_resume


def test_a_numbered_heading_is_a_heading_a_numbered_item_is_not() -> None:
    found = sections.detect_heading("6. Employment History")
    assert found is not None and found.canonical == "experience"
    found = sections.detect_heading("3) Education:")
    assert found is not None and found.canonical == "education"
    assert sections.detect_heading("2. Communication") is None
    assert sections.detect_heading("1. Position:") is None


def test_since_and_until_labels_belong_to_the_range() -> None:
    rng = dates.find_range("Since: March 3rd 2011 Until: June 30th 2015")
    assert rng is not None and (rng.start, rng.end, rng.span[0]) == ("2011-03", "2015-06", 0)
    rng = dates.find_range("Since: September 1st 2014 Until: Currently")
    assert rng is not None and (rng.start, rng.is_current) == ("2014-09", True)


def test_a_numbered_form_with_labelled_entries_reads_its_roles() -> None:
    text = (
        "CV Jane Doe\n1. Name:\nJane Doe\n2. Nationality: Freedonian\n"
        "3. Academic Studies:\nLAWYER\nSpringfield State University\nSpringfield, 1989-1994\n"
        "4. Employment History\n"
        "Since: September 1st 2014 Until: Currently\nCompany: Acme Roads S.A.\n"
        "Position held: Contracts Manager\n"
        "Since: March 3rd 2011 Until: June 30th 2015\nCompany: Acme Roads S.A.\n"
        "Position held: Head of Legal Affairs\n"
    )
    r = parse_resume(text, today=date(2025, 1, 1))
    got = [(w.start, w.end, w.is_current, w.position, w.company) for w in r.work_experience]
    assert got == [
        ("2014-09", None, True, "Contracts Manager", "Acme Roads S.A."),
        ("2011-03", "2015-06", False, "Head of Legal Affairs", "Acme Roads S.A."),
    ]
    assert "education" in r.sections

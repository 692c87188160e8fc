"""Contact failure classes on unseen resumes (issue 14, round 2): one synthetic resume each."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def test_a_town_the_gazetteer_lacks_before_a_state_written_in_full() -> None:
    r = parse("Ravi Kulkarni\nMorvadi Maharashtra\nravi@example.org\nSKILLS\nPython\n")
    assert r.contact.location == "Morvadi Maharashtra"


def test_a_job_title_before_a_state_is_not_a_town() -> None:
    r = parse("Ravi Kulkarni\nSoftware Engineer Maharashtra\nravi@example.org\nSKILLS\nPython\n")
    assert r.contact.location != "Software Engineer Maharashtra"


def test_where_they_would_relocate_is_not_where_they_live() -> None:
    r = parse(
        "Ravi Kulkarni\nravi@example.org\nWilling to relocate to Pune, Maharashtra\n"
        "SKILLS\nPython\n"
    )
    assert r.contact.location is None

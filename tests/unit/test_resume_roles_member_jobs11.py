"""Job titles that open with "Member" ("Member of Technical Staff", "Member Services
Representative") are jobs, not seats on a committee (review of round 11's membership rule)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import membership


def test_titles_opening_with_member_are_jobs() -> None:
    assert not membership("Member of Technical Staff", None)
    assert not membership("Senior Member of the Technical Staff", None)
    assert not membership("Member Services Representative", None)
    assert membership("Member", None)  # a bare seat still is one


def test_a_member_of_technical_staff_role_is_kept() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nExperience\n"
        "Member of Technical Staff, 2016 - 2021\nBuilt the billing service for Acme Robotics.\n"
    )
    roles = parse_resume(text, today=date(2025, 1, 1)).work_experience
    assert [w.position for w in roles] == ["Member of Technical Staff"]

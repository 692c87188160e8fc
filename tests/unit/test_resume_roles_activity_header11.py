"""A dated entry whose header names the work done ("Professional Sales Coaching", "Teaching and
Tutoring") has that work as its title, never as its employer (round 11; synthetic resumes)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.roles import names_a_field

TODAY = date(2025, 1, 1)


def _roles(experience: str) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Jane Doe\njane.doe@example.com\n\nExperience\n{experience}"
    return [
        (w.position, w.company, w.start) for w in parse_resume(text, today=TODAY).work_experience
    ]


def test_an_activity_header_is_the_title_not_the_employer() -> None:
    roles = _roles(
        "2016 – Present\nProfessional Sales Coaching\nCoached sales staff of small firms.\n"
        "2010 - 2015\nTeaching and Tutoring\nTaught evening classes in algebra.\n"
        "Analyst, Acme Robotics Inc, 2005 - 2010\nBuilt the monthly sales reports.\n"
    )
    assert roles == [
        ("Professional Sales Coaching", None, "2016"),
        ("Teaching and Tutoring", None, "2010"),
        ("Analyst", "Acme Robotics Inc", "2005"),
    ]


def test_activity_words_name_a_field_but_a_named_firm_does_not() -> None:
    assert names_a_field("Drafting and Editing")
    assert names_a_field("Lecturing / Teaching")
    assert not names_a_field("Acme Coaching")
    assert not names_a_field("Springfield Teaching Hospital")

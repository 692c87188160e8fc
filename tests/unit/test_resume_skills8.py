"""Skills failure classes, round 8 (issue 14): one synthetic resume each; each fails on the code
before the fix. People, employers, units and places are made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def names(r: Resume) -> set[str]:
    return {s.name.casefold() for s in r.skills}


def test_a_unit_word_closing_a_name_makes_the_skill_words_the_units_name() -> None:
    r = parse(
        "Tamsin Arlow\ntamsin@example.org\nEXPERIENCE\n"
        "Clerk, Human Resources Division, Fenwick Mills, 2016 - 2021\n"
        "Filed records and answered questions from staff.\n"
    )
    assert "human resources" not in names(r)


def test_a_lower_case_unit_word_leaves_the_skill_claimed() -> None:
    r = parse(
        "Tamsin Arlow\ntamsin@example.org\nEXPERIENCE\n"
        "Tester, Fenwick Mills, 2016 - 2021\n"
        "Wrote Python unit tests for the billing service.\n"
    )
    assert "python" in names(r)

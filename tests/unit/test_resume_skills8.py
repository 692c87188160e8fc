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


def unknown(r: Resume) -> set[str]:
    return {s.name for s in r.skills if not s.recognised}


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


def test_a_list_wrapped_after_a_comma_goes_on_to_the_next_line() -> None:
    r = parse(
        "Tamsin Arlow\ntamsin@example.org\nEXPERIENCE\n"
        "Developer, Fenwick Mills, 2016 - 2021\n"
        "Built the stock ledger and its nightly exports.\n"
        "Environment: Java, Tomcat, Oracle, Quorvex Studio,\n"
        "Brimlet, Linux\n"
    )
    assert "Brimlet" in unknown(r)


def test_a_role_line_after_a_comma_is_no_part_of_the_list() -> None:
    r = parse(
        "Tamsin Arlow\ntamsin@example.org\nEXPERIENCE\n"
        "Developer, Fenwick Mills, 2016 - 2021\n"
        "Environment: Java, Tomcat, Oracle, Quorvex Studio,\n"
        "Senior Developer, Harlow Freight, 2012 - 2016\n"
    )
    assert not {"Senior Developer", "Harlow Freight"} & unknown(r)

"""Plausibility rules of the years of experience that had no test of their own (synthetic
resumes; made-up names and employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.years import plausible, stated_years

TODAY = date(2026, 1, 1)


def _years(roles: str) -> float | None:
    text = f"Jane Roe\njane@example.com\nEXPERIENCE\n{roles}"
    return parse_resume(text, today=TODAY).total_years_experience


def test_an_end_after_today_counts_to_today() -> None:
    # A contract "to Dec 2030" has run four years by 1 Jan 2026, not nine.
    assert _years("Clerk, Tarn Freight Ltd\nJan 2022 - Dec 2030\nFiled returns.\n") == 4.0


def test_a_range_ending_before_it_starts_adds_no_years() -> None:
    roles = (
        "Clerk, Tarn Freight Ltd\nJan 2022 - Dec 2023\nFiled returns.\n"
        "Buyer, Brindle Foods\nMar 2019 - Jan 2011\nBought stock.\n"
    )
    assert _years(roles) == 2.0


def test_a_role_longer_than_a_working_life_is_a_misread_date() -> None:
    roles = (
        "Clerk, Tarn Freight Ltd\nJan 2022 - Dec 2023\nFiled returns.\n"
        "Buyer, Brindle Foods\n1921 - 2024\nBought stock.\n"
    )
    assert _years(roles) == 2.0


def test_a_stated_figure_beyond_the_dated_roles_needs_the_written_years_to_span_it() -> None:
    lines = ["Jane Roe", "Summary", "Counsel with 30 years of experience."]
    # Roles dated 2020-2024 (4 years): 30 is beyond 2 x 4 + 10 ...
    assert stated_years(lines, [*lines, "Counsel, Hale LLP, 2020 - 2024"], dated=4.0) is None
    # ... unless the resume names years that span it (early roles listed without dates read).
    early = [*lines, "Articled clerk, 1994", "Counsel, Hale LLP, 2020 - 2024"]
    assert stated_years(lines, early, dated=4.0) == 30.0
    assert plausible(30.0, None, lines)  # no dated role: the statement stands
    assert not plausible(51.0, None, lines)  # beyond a working life

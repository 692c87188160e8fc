"""The years of experience a resume states, kept apart from the years computed from its roles."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.years import stated_years

TODAY = date(2026, 6, 1)

ROLES = """EXPERIENCE
Acme Logistics, Springfield
Warehouse Analyst
Jan 2022 - Present
- Built weekly stock reports.
"""


@pytest.mark.parametrize(
    ("summary", "want"),
    [
        ("Analyst with 5+ years of experience in supply chains.", 5.0),
        ("Over 12 years of hands-on warehouse planning experience.", 12.0),
        ("Nearly 8 years in retail banking, mostly in branch lending.", 8.0),
        ("Engineer with more than 15 years in the energy sector.", 15.0),
        ("Worked as a ward nurse for more than 10 years. I bring calm.", 10.0),
        ("8.5+ years of experience in IT, with 2 years in cloud work.", 8.5),
        ("Four years as a trainer and 10+ years as a Nurse.", 10.0),
        ("Ten years experience in payroll administration.", 10.0),
        ("Leader with over a decade of experience in retail.", 10.0),
        ("Site lead with over 14 years industry\nexperience, including audits.", 14.0),
    ],
)
def test_a_stated_figure_is_read_from_the_summary(summary: str, want: float) -> None:
    text = f"Jordan Vale\njordan.vale@example.com\nSUMMARY\n{summary}\n{ROLES}"
    r = parse_resume(text, today=TODAY)
    assert r.stated_years_experience == want
    # The computed figure stays the roles' union (Jan 2022 .. today), apart from the claim.
    assert r.total_years_experience == pytest.approx(4.4, abs=0.1)


def test_an_experience_label_anywhere_is_read_with_its_months() -> None:
    text = (
        "Jordan Vale\nEDUCATION\nB.Sc. Physics, State University, 2018\n"
        "PERSONAL DETAILS\nTotal Experience: 4 Years 3 Months\n" + ROLES
    )
    assert parse_resume(text, today=TODAY).stated_years_experience == 4.2


@pytest.mark.parametrize(
    "summary",
    [
        "Doubled the branch deposits in\n2 years.",  # an achievement's span
        "A 25 years old graduate keen to learn.",  # an age
        "Grew the program for 3 years of funding rounds.",  # no claim of experience
        "Eager graduate looking for a first role.",
    ],
)
def test_no_stated_figure(summary: str) -> None:
    text = f"Jordan Vale\nSUMMARY\n{summary}\n{ROLES}"
    r = parse_resume(text, today=TODAY)
    assert r.stated_years_experience is None
    assert r.total_years_experience is not None


def test_a_bullet_under_a_role_is_no_statement() -> None:
    # "for 5 years" in a role's bullet is one task's span, not the person's career.
    lines = ["Jordan Vale", "SUMMARY", "Careful analyst."]
    everything = [*lines, "EXPERIENCE", "- Ran the audit programme for 5 years."]
    assert stated_years(lines, everything) is None


def test_a_job_board_field_of_total_years() -> None:
    text = (
        "Jordan Vale\nNoida Uttar Pradesh\nPersonal Details\nTotal years of experience 9\n" + ROLES
    )
    assert parse_resume(text, today=TODAY).stated_years_experience == 9.0
    zero = text.replace("experience 9", "experience 0")
    assert parse_resume(zero, today=TODAY).stated_years_experience is None


@pytest.mark.parametrize(
    ("section", "want"),
    [
        ("APPLIED SKILLS\nSoftware testing: 15+ years of experience as a tester.\n"
         "Test automation: 10+ years of experience writing tests.", 15.0),
        ("QUALIFICATIONS\n10+ years of experience in visual media\n5+ years of team lead work", 10.0),
        ("PRACTICE\nAs can be seen below, I have about 12 years of experience as counsel.", 12.0),
        ("EXPERIENCE\nBrindle Training Institute\nJune 2014 to Present\n"
         "4 Years Worked as a Computer Faculty.", 4.0),
    ],
)  # fmt: skip
def test_a_claim_opening_a_line_of_any_section_is_read(section: str, want: float) -> None:
    text = f"Jordan Vale\njordan.vale@example.com\n{section}\n{ROLES}"
    assert parse_resume(text, today=TODAY).stated_years_experience == want


def test_a_lone_figure_in_the_summary_is_read() -> None:
    text = f"Jordan Vale\nSummary\n[ 6 years ]\n{ROLES}"
    assert parse_resume(text, today=TODAY).stated_years_experience == 6.0


@pytest.mark.parametrize(
    "line",
    [
        "Completed 2.5 years with a CPI of 8 out of 10",  # study, no claim
        "- Ran the audit programme for 5 years of growth.",
        "Oracle (4 years)",  # a skill's years, no claim of experience
    ],
)
def test_a_span_in_a_section_is_no_claim(line: str) -> None:
    text = f"Jordan Vale\nSKILLS\n{line}\n{ROLES}"
    assert parse_resume(text, today=TODAY).stated_years_experience is None


@pytest.mark.parametrize(
    ("summary", "want"),
    [
        ("Buyer with 15 years' experience in logistics.", 15.0),
        ("More than three years’ experience in design.", 3.0),
        ("Immediate joiner as 2 yr exp as a QA Engineer.", 2.0),
        ("Two and a half years of experience in sales.", 2.5),
        ("Nine (9) years of experience in payroll.", 9.0),
        ("Analyst with a total experience of 6 years in IT.", 6.0),
        ("A 12-year career in retail banking.", 12.0),
        ("A fifteen-year career in freight.", 15.0),
    ],
)
def test_more_shapes_of_a_stated_figure(summary: str, want: float) -> None:
    text = f"Jordan Vale\njordan.vale@example.com\nSUMMARY\n{summary}\n{ROLES}"
    assert parse_resume(text, today=TODAY).stated_years_experience == want


def test_a_career_program_is_no_stated_figure() -> None:
    text = f"Jordan Vale\nSUMMARY\nGraduate of the 2-year career program in design.\n{ROLES}"
    assert parse_resume(text, today=TODAY).stated_years_experience is None

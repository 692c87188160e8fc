"""Round 8 role layouts: one role held under two titles (made-up employers and people)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.roles import title_names
from atspro.analysis.resume.text import split_lines

TODAY = date(2026, 6, 1)


def test_a_second_title_after_a_slash_or_a_comma_stays_with_the_first() -> None:
    role = parse_role_header(["Marlow Tidewater Ltd, Leeds", "Lead Tester / Release Manager"])
    assert (role.position, role.company) == (
        "Lead Tester / Release Manager",
        "Marlow Tidewater Ltd",
    )
    role = parse_role_header(["Solution Architect, Senior Developer, Pellingham Systems Inc."])
    assert (role.position, role.company) == (
        "Solution Architect, Senior Developer",
        "Pellingham Systems Inc.",
    )
    role = parse_role_header(["Fitness Instructor, Dietitian, and Swim Coach"])
    assert role.position == "Fitness Instructor, Dietitian, and Swim Coach"


def test_what_follows_the_title_and_is_no_title_is_not_joined() -> None:
    # The employer, a unit and a function stay out of the title; words only beside it (no
    # slash, comma or "and" between) are not a second title.
    role = parse_role_header(["Quality Engineer, Brackwell Labs"])
    assert (role.position, role.company) == ("Quality Engineer", "Brackwell Labs")
    role = parse_role_header(["Vice President, Sales, Orrin Freight Group"])
    assert role.position == "Vice President"
    role = parse_role_header(["Staff Accountant, Finance Department, Tolby & Reece Ltd"])
    assert (role.position, role.company) == ("Staff Accountant", "Tolby & Reece Ltd")


def test_both_titles_are_read_in_a_whole_resume() -> None:
    text = """Priya Vandermolen
Experience
Hollins Ferry Books, Portland, OR
Sales Clerk / Events Coordinator, 2016 to 2019
- Ran the monthly author evenings.
"""
    roles = parse_resume(text, today=TODAY).work_experience
    assert [(r.position, r.company) for r in roles] == [
        ("Sales Clerk / Events Coordinator", "Hollins Ferry Books")
    ]


@pytest.mark.parametrize(
    ("position", "names"),
    [
        ("Paralegal/Bookkeeper/Office Manager", ["Paralegal", "Bookkeeper", "Office Manager"]),
        ("Co-Founder and CFO", ["Co-Founder", "CFO"]),
        ("Architect, Lead Developer", ["Architect", "Lead Developer"]),
        ("Trainer, Dietitian, and Coach", ["Trainer", "Dietitian", "Coach"]),
        # One title whose parts are no titles of their own stays whole.
        ("Director of Sales and Marketing", ["Director of Sales and Marketing"]),
        ("PHP/MySQL Developer", ["PHP/MySQL Developer"]),
        ("Senior A/R Team Leader", ["Senior A/R Team Leader"]),
        ("Vice President, Sales", ["Vice President, Sales"]),
    ],
)
def test_title_names_splits_only_titles_of_their_own(position: str, names: list[str]) -> None:
    assert title_names(position) == names


def test_a_page_mark_ends_a_running_header_or_is_glued_to_the_next_line() -> None:
    text = """Elsbeth Marrow
Experience
Harwick Cold Storage Ltd, 2012 to 2016
Warehouse Supervisor
- Ran the night shift.
Elsbeth Marrow - Page 2 of 2
Tollan Freight Inc., 2008 to 2012
Forklift Operator
- Loaded the trucks.
"""
    assert [(r.position, r.company) for r in parse_resume(text, today=TODAY).work_experience] == [
        ("Warehouse Supervisor", "Harwick Cold Storage Ltd"),
        ("Forklift Operator", "Tollan Freight Inc."),
    ]
    assert split_lines("-Page2of2Quillby Corp.\nPage 3 of 4\nNotes") == ["Quillby Corp.", "Notes"]


def test_the_candidates_own_name_between_roles_gives_way_to_the_employer_under_it() -> None:
    # A running page header with the candidate's name over the next role's employer.
    text = """Tobias Wrenhall
tobias.wrenhall@example.com
Experience
Quarry Lane Press, 2015 to 2018
Editor
- Edited the spring list.
Tobias Wrenhall
MERIDEN SOFTWORKS
Web Developer
2012 to 2015
- Built the online shop.
"""
    roles = parse_resume(text, today=TODAY).work_experience
    assert [(r.position, r.company) for r in roles] == [
        ("Editor", "Quarry Lane Press"),
        ("Web Developer", "MERIDEN SOFTWORKS"),
    ]


def test_a_form_row_with_a_bar_for_the_colon_and_a_supervisor_row() -> None:
    # A federal-style form: the title in a "Position | …" row, the supervisor in a row of its
    # own (a person's name, never the title or the employer).
    role = parse_role_header(
        [
            "Pemberton Assay Ltd | 12 Kiln Road | Dunmore, Ohio",
            "Supervisor | Nell Abernathy | 555.010.7788",
            "Position | Lab Technician",
        ]
    )
    assert (role.position, role.company) == ("Lab Technician", "Pemberton Assay Ltd")
    role = parse_role_header(["Harlow Grain Co.", "Reporting to: Plant Director", "Shift Lead"])
    assert (role.position, role.company) == ("Shift Lead", "Harlow Grain Co.")

"""Round 15 review of the role readers: each class a reviewer reproduced, with a made-up resume
(invented people, employers and duties)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from atspro.analysis.resume import entries
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
ROLE = "Engineer, Globex, 2018 – 2022\n- Ran the build farm\n"


def _roles(experience: str) -> list[tuple[str | None, str | None]]:
    resume = parse_resume(HEAD + experience, today=TODAY)
    return [(w.company, w.position) for w in resume.work_experience]


def test_a_long_digit_run_is_read_in_linear_time() -> None:
    started = time.perf_counter()
    assert not entries._total_duration("7" * 12000)
    parse_resume(HEAD + ROLE + "7" * 20000 + " y\n", today=TODAY)
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("line", ["Employee of the month, 2021", "Team of five engineers, 2021"])
def test_an_award_or_a_team_dated_by_a_year_is_no_role(line: str) -> None:
    assert _roles(ROLE + "- Wrote the runbooks\n" + line + "\n") == [("Globex", "Engineer")]


def test_a_sentence_case_title_dated_by_a_year_stays_a_role() -> None:
    roles = _roles(ROLE + "Cloud engineer, 2023\n- Moved the queues\n")
    assert roles[-1] == (None, "Cloud engineer")


@pytest.mark.parametrize(
    "rest, town",
    [("Java Python", "Seattle WA"), ("Senior Level", "Seattle WA"), ("Backend Services", "Remote")],
)
def test_skills_levels_and_teams_after_a_placed_title_are_no_employer(rest: str, town: str) -> None:
    roles = _roles(f"Software Engineer {rest}  {town}  2020 – 2022\n- Built the cache\n")
    assert roles[0][0] is None


def test_a_name_after_a_placed_title_is_still_the_employer() -> None:
    roles = _roles("Sous Chef Zorvanta Kitchens  Austin TX  2021 – 2024\n- Ran the line\n")
    assert roles == [("Zorvanta Kitchens", "Sous Chef")]


@pytest.mark.parametrize("note", ["2D", "5G", "4K", "10-Month"])
def test_a_unit_or_a_term_in_brackets_is_no_brand(note: str) -> None:
    assert _roles(f"Engineer ({note})\n2015 – 2016\n- Drew parts\n")[0][0] is None


def test_a_numeral_brand_in_brackets_stays_the_employer() -> None:
    assert _roles("Cashier (7-Eleven)\n2015 – 2016\n- Ran the till\n")[0][0] == "7-Eleven"


def test_a_skill_after_a_unit_is_no_parent_employer() -> None:
    roles = _roles("Engineering Department, Python\nDeveloper, 2019 – 2021\n- Wrote services\n")
    assert roles[0][0] != "Python"


def test_a_title_alone_after_a_joined_role_keeps_its_employer() -> None:
    roles = _roles("Analyst, Acme Corp, 2015 – 2017; Senior Analyst, 2017 – 2019\n- Ran reports\n")
    assert roles == [("Acme Corp", "Analyst"), ("Acme Corp", "Senior Analyst")]


def test_a_project_over_its_length_is_no_grouped_employer() -> None:
    text = "Analyst, Acme, 2019 – 2020\n- Ran reports\nSide Project\n6 months\nDeveloper\n2021 – 2022\n"
    roles = _roles(text + "- Built a tool\n")
    assert ("Side Project", "Developer") not in roles
    assert roles[-1][1] == "Developer"


def test_a_grouped_employer_still_names_its_titles() -> None:
    text = (
        "Zorvanta Labs\n3 yrs 2 mos\nAnalyst\n2019 – 2020\n- Ran reports\nEngineer\n2020 – 2022\n"
    )
    roles = _roles(text + "- Built a tool\n")
    assert roles == [("Zorvanta Labs", "Analyst"), ("Zorvanta Labs", "Engineer")]

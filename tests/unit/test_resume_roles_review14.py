"""Round 14 review of the role reading: each class a reviewer reproduced, with a made-up
resume (invented people, employers and duties)."""

from __future__ import annotations

import time
from datetime import date

from atspro.analysis.resume import entries, roles
from atspro.analysis.resume.parser import parse_resume
from atspro.models import WorkExperience

TODAY = date(2026, 6, 1)
HEAD = "Jane Doe\njane.doe@example.com | (555) 010-2345\n\nEXPERIENCE\n"
EDU = "\nEDUCATION\nB.S. in Biology, Lakemont State University, 2012\n"


def _roles(block: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    resume = parse_resume(HEAD + block + EDU, today=TODAY)
    return [(w.position, w.company, w.start, w.end) for w in resume.work_experience]


# -- 1. the previous role's last body line is not the next role's title ------------------


def test_plain_body_line_over_employer_is_not_the_title_under_the_dates() -> None:
    block = "Orbison Freight\nCashier\n2019 - 2021\nRan the till each night\n"
    block += "Stand-in for floor manager\nBolt Logistics\n2016 - 2019\nDriver\n- Drove vans\n"
    assert _roles(block)[1] == ("Driver", "Bolt Logistics", "2016", "2019")


def test_body_line_over_dated_employer_is_not_the_title_under_it() -> None:
    block = "Orbison Freight    2019 - 2021\nCashier\nRan the till each night\n"
    block += "Best new sales associate\nBolt Logistics    2016 - 2019\nDriver\n"
    assert _roles(block)[1] == ("Driver", "Bolt Logistics", "2016", "2019")


# -- 2. two roles with the same dates merge only when one lists the other again ----------


def test_concurrent_roles_with_different_bullets_stay_apart() -> None:
    block = "Consultant\n2020 - Present\n- Priced the service plans\n"
    block += "Senior Consultant, Orbison Freight\n2020 - Present\n- Ran the yearly audits\n"
    assert [r[0] for r in _roles(block)] == ["Consultant", "Senior Consultant"]


def test_same_dates_without_any_employer_stay_apart() -> None:
    block = "Tutor\n2015 - 2017\nMath Tutor\n2015 - 2017\n"
    assert [r[0] for r in _roles(block)] == ["Tutor", "Math Tutor"]


def test_one_employer_in_two_towns_stays_apart() -> None:
    block = "Orbison Freight, Springfield, IL\nSales Associate\n2015 - 2017\n"
    block += "Orbison Freight, Shelbyville, IL\nSales Associate\n2015 - 2017\n"
    assert len(_roles(block)) == 2


def test_repeated_role_keeps_the_longer_title() -> None:
    first = WorkExperience(
        company="Orbison Freight", position="Network Engineer", start="2018", end="2020"
    )
    again = WorkExperience(position="Senior network engineer", start="2018", end="2020")
    merged = roles.merge_repeats([first, again])
    assert [(w.position, w.company) for w in merged] == [
        ("Senior network engineer", "Orbison Freight")
    ]


def test_undated_roles_are_never_merged() -> None:
    work = [WorkExperience(company="Orbison Freight", position="Driver") for _ in range(2)]
    assert len(roles.merge_repeats(work)) == 2


# -- 3. a one-year title line over or beside an employer is a role, not a body line ------


def test_certificate_titled_role_over_its_employer_keeps_its_year() -> None:
    block = "Orbison Freight\nSales Lead\n2019 - 2021\n- Sold parcels\n"
    block += "Certified Pharmacy Technician      2016\nLakemont Drug Store\n- Led the night crew\n"
    assert _roles(block)[1] == (
        "Certified Pharmacy Technician",
        "Lakemont Drug Store",
        "2016",
        "2016",
    )


def test_promoted_title_beside_its_employer_keeps_its_year() -> None:
    block = "Promoted Sales Lead, Orbison Freight    2019\n- Led the night crew\n"
    block += "Sales Associate, Orbison Freight    2017\n- Sold parcels\n"
    assert [r[2] for r in _roles(block)] == ["2019", "2017"]


# -- 4. an older founder's post is not chained to the employer above ---------------------


def test_older_founder_post_is_not_placed_at_the_employer_above() -> None:
    block = "Orbison Freight\nSoftware Engineer\n2020 - 2023\n- Built the route planner\n"
    block += "Founder & CEO\n2017 - 2020\n- Raised a first round\n- Ran a juice stand\n"
    assert _roles(block)[1] == ("Founder & CEO", None, "2017", "2020")


# -- 5. a long run of spaces with no closing bracket is read in linear time ---------------


def test_bracketed_name_on_a_long_space_run_is_fast() -> None:
    line = "a" + " \u00a0" * 20000 + "b (x"
    began = time.perf_counter()
    assert entries._bracketed_name(line) == (line.strip(), "")
    assert time.perf_counter() - began < 1.0
    assert entries._bracketed_name("Cloud engineer   (Orbison Freight)") == (
        "Cloud engineer",
        "Orbison Freight",
    )

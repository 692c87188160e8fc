"""Round 15 role shapes (issue #14): LinkedIn's grouped positions, two roles on one line, a unit
before its organisation, a town in brackets after the employer, military service, a level after a
hyphen, and the role stress set's known limits closed this round (made-up people, employers and
duties)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 6, 1)
HEAD = "Jane Doe\njane.doe@example.com | (555) 010-2345 | Springfield, IL\n\n"
TAIL = "\n\nEDUCATION\nB.S. in Biology, Lakemont State University, 2012\n"


def _roles(body: str) -> list[tuple[str | None, str | None, str | None]]:
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    return [(w.position, w.company, w.start) for w in resume.work_experience]


def test_grouped_positions_each_title_carries_the_employer() -> None:
    body = (
        "EXPERIENCE\nQuillon Dynamics\n3 yrs 2 mos\nSenior Analyst\n"
        "Jan 2021 - Present (1 yr 5 mos)\nSpringfield, IL\n- Built the monthly sales forecast.\n"
        "Analyst\nNov 2019 - Dec 2020 (1 yr 2 mos)\n- Kept the supplier records.\n"
        "Tarnwick Foods\nBuyer\nMar 2016 - Oct 2019 (3 yrs 8 mos)\n- Ordered the dry goods."
    )
    assert _roles(body) == [
        ("Senior Analyst", "Quillon Dynamics", "2021-01"),
        ("Analyst", "Quillon Dynamics", "2019-11"),
        ("Buyer", "Tarnwick Foods", "2016-03"),
    ]


def test_grouped_positions_after_another_role_and_with_the_kind_of_work() -> None:
    body = (
        "EXPERIENCE\nTarnwick Foods\nBuyer\nMar 2022 - Present\n- Ordered the dry goods.\n"
        "Quillon Dynamics\nFull-time · 3 yrs\nSenior Analyst\nJan 2020 - Feb 2022\n"
        "- Built the monthly sales forecast.\nAnalyst\nJan 2019 - Dec 2019\n"
        "- Kept the supplier records."
    )
    roles = _roles(body)
    assert [r[1] for r in roles] == ["Tarnwick Foods", "Quillon Dynamics", "Quillon Dynamics"]
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    assert not any("3 yrs" in b for w in resume.work_experience for b in w.bullets)


def test_two_roles_on_one_line() -> None:
    body = "EXPERIENCE\nAnalyst, Quillon Dynamics, 2019–2021; Buyer, Tarnwick Foods, 2021–2023\n"
    assert _roles(body) == [
        ("Analyst", "Quillon Dynamics", "2019"),
        ("Buyer", "Tarnwick Foods", "2021"),
    ]


def test_a_unit_named_by_its_closing_word_gives_way_to_its_organisation() -> None:
    # the model holds one employer: the organisation, not the team or division inside it
    for line in ("Data Platform Team, Quillon Dynamics", "Quillon Dynamics – Payments Division"):
        body = f"EXPERIENCE\nData Engineer\n{line}\nJan 2020 - Present\n- Moved the nightly jobs."
        assert _roles(body) == [("Data Engineer", "Quillon Dynamics", "2020-01")]


def test_a_known_town_in_brackets_after_the_employer_is_the_place() -> None:
    body = (
        "EXPERIENCE\nQuillon Dynamics (Austin) — Data Analyst\nJan 2020 - Present\n- Ran reports."
    )
    resume = parse_resume(HEAD + body + TAIL, today=TODAY)
    (role,) = resume.work_experience
    assert (role.position, role.company, role.location) == (
        "Data Analyst",
        "Quillon Dynamics",
        "Austin",
    )


def test_military_service_heading_and_a_rank() -> None:
    body = "MILITARY SERVICE\nSergeant\nUnited States Army\n2010 - 2014\n- Led a squad of nine."
    assert _roles(body) == [("Sergeant", "United States Army", "2010")]


def test_a_level_after_a_hyphen_is_the_titles() -> None:
    body = "EXPERIENCE\nSDE-2\nQuillon Dynamics\nJan 2020 - Present\n- Wrote the billing service."
    assert _roles(body) == [("SDE-2", "Quillon Dynamics", "2020-01")]


def test_title_and_employer_run_together_before_a_town_and_dates() -> None:
    body = (
        "EXPERIENCE\nSous Chef Larchmont Works  Austin TX Jan 2021 – Present\n"
        "- Planned the weekly menu.\n\n"
        "Line Cook Saltmarsh Kitchen  Portland OR Mar 2016 – Dec 2020\n- Prepared the sauces."
    )
    assert _roles(body) == [
        ("Sous Chef", "Larchmont Works", "2021-01"),
        ("Line Cook", "Saltmarsh Kitchen", "2016-03"),
    ]


def test_sentence_case_title_over_a_bullet_above_its_dates() -> None:
    body = (
        "EXPERIENCE\nCloud engineer\nQuillon Dynamics, Austin, TX\n- Moved the nightly jobs.\n"
        "Since 2021\n- Cut the cloud bill by a third.\n\nAssistant professor\n"
        "Tarnwick Foods, Portland, OR\n- Taught the first-year course.\n2016 - 2020\n"
        "- Marked the final exams."
    )
    assert _roles(body) == [
        ("Cloud engineer", "Quillon Dynamics", "2021"),
        ("Assistant professor", "Tarnwick Foods", "2016"),
    ]


def test_one_season_between_two_bullets_dates_the_role_above() -> None:
    body = (
        "EXPERIENCE\nLifeguard\nFenmoor Pools\n- Watched the deep end.\nSummer 2022\n"
        "- Taught the Saturday swim class.\n\nCounter Assistant\nCorvel Bakery\n"
        "- Served the morning queue.\nSummer 2021\n- Baked the rolls."
    )
    assert _roles(body) == [
        ("Lifeguard", "Fenmoor Pools", "2022"),
        ("Counter Assistant", "Corvel Bakery", "2021"),
    ]


def test_freelance_alone_names_no_employer() -> None:
    # work on one's own account: the title is kept, no employer (the labelled sets name none)
    body = (
        "EXPERIENCE\nFreelance\nGraphic Designer\nJan 2020 - Present\n- Drew the shop signs.\n\n"
        "Tarnwick Foods\nDesigner\nMar 2016 - Dec 2019\n- Drew the labels."
    )
    assert _roles(body) == [
        ("Graphic Designer", None, "2020-01"),
        ("Designer", "Tarnwick Foods", "2016-03"),
    ]


def test_title_and_employer_run_together_over_a_town_line() -> None:
    body = (
        "EXPERIENCE\nSoftware Test Engineer Silver Larch\nSpringfield, IL\n"
        "Jan 2021 – Present\n- Wrote the regression suite."
    )
    assert _roles(body) == [("Software Test Engineer", "Silver Larch", "2021-01")]

"""Round 14 role limits: the classes the role stress set and the round-13 notes left unread,
each with a made-up resume (invented people, employers and duties)."""

from __future__ import annotations

import time
from datetime import date

from atspro.analysis.resume import entries
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TODAY = date(2026, 6, 1)
HEAD = "Jane Doe\njane.doe@example.com | (555) 010-2345\n\nEXPERIENCE\n"
BODY = "- Led a team of four testers on the release plan.\n- Kept the weekly stock records.\n"
EDU = "\nEDUCATION\nB.S. in Biology, Lakemont State University, 2012\n"


def _roles(block: str) -> list[tuple[str | None, str | None, str | None]]:
    resume = parse_resume(HEAD + block + EDU, today=TODAY)
    return [(w.position, w.company, w.start) for w in resume.work_experience]


# -- a title in sentence case next to its employer and its dates -------------------------


def test_sentence_case_title_over_employer_over_dates() -> None:
    block = f"Senior data analyst\nQuillfeather Labs\nMar 2019 - Present\n{BODY}"
    block += f"\nJunior web developer\nOrbison Freight\n2015 - 2019\n{BODY}"
    assert _roles(block) == [
        ("Senior data analyst", "Quillfeather Labs", "2019-03"),
        ("Junior web developer", "Orbison Freight", "2015"),
    ]


def test_sentence_case_title_between_employer_and_dates() -> None:
    block = f"Quillfeather Labs\nCloud engineer\n2021 - Current\n{BODY}"
    assert _roles(block) == [("Cloud engineer", "Quillfeather Labs", "2021")]


def test_sentence_case_title_under_employer_and_dates_line() -> None:
    block = f"Quillfeather Labs      Jan 2021 - Mar 2023\nAssistant professor\n{BODY}"
    assert _roles(block) == [("Assistant professor", "Quillfeather Labs", "2021-01")]


def test_sentence_case_title_with_employer_in_brackets() -> None:
    block = f"Cloud engineer (Quillfeather Labs)\nJun 2020 - May 2022\n{BODY}"
    assert _roles(block) == [("Cloud engineer", "Quillfeather Labs", "2020-06")]


def test_sentence_case_title_over_employer_and_a_season() -> None:
    block = f"Senior lab technician\nQuillfeather Labs\nSummer 2022\n{BODY}"
    assert _roles(block) == [("Senior lab technician", "Quillfeather Labs", "2022")]


def test_a_wrapped_sentence_tail_is_no_title() -> None:
    # a bullet's last words on a line of their own, over dates, no employer beside them
    block = (
        f"Data Analyst\nQuillfeather Labs\nMar 2019 - Present\n- Wrote the monthly reports for the"
        f"\nfinance manager\n\nOrbison Freight\nClerk\n2015 - 2019\n{BODY}"
    )
    assert [r[0] for r in _roles(block)] == ["Data Analyst", "Clerk"]


# -- "Owner" / "Founder" as a later post under an employer's line --------------------------


def test_owner_under_an_employer_line_is_a_post_there() -> None:
    # (round 14 review: only an owner's post that started after the post above it)
    block = (
        f"Quillfeather Labs\nNurse Practitioner      June 2016 - February 2021\n{BODY}"
        f"Owner      March 2021 - Present\n{BODY}"
    )
    assert [r[:2] for r in _roles(block)] == [
        ("Nurse Practitioner", "Quillfeather Labs"),
        ("Owner", "Quillfeather Labs"),
    ]


def test_founder_of_ones_own_business_keeps_no_employer() -> None:
    block = (
        f"Quillfeather Labs\nNurse Practitioner      March 2021 - Present\n{BODY}"
        "Co-founder      June 2016 - February 2021\n- Started a small tea shop of my own.\n"
    )
    assert _roles(block)[1][:2] == ("Co-founder", None)


# -- the round-13 backlog ----------------------------------------------------------------


def test_a_dated_certificate_among_the_bullets_is_no_role() -> None:
    block = (
        "Software Engineer\nQuillfeather Labs\nJan 2019 - Present\n- Built the billing service.\n"
        "AWS Certified Developer      2020\n- Kept the weekly stock records.\n"
    )
    assert _roles(block) == [("Software Engineer", "Quillfeather Labs", "2019-01")]


def test_a_promotion_with_a_lone_year_keeps_both_titles_at_one_employer() -> None:
    block = (
        "Quillfeather Labs\nSoftware Engineer  2016 - 2021\n- Built the billing service.\n"
        "Promoted to Senior Engineer (2019)\n- Led a team of four testers.\n"
    )
    assert _roles(block) == [
        ("Software Engineer", "Quillfeather Labs", "2016"),
        ("Senior Engineer", "Quillfeather Labs", "2019"),
    ]


def test_a_role_listed_twice_is_one_role() -> None:
    role = "Data Analyst\nQuillfeather Labs\n2019 - 2021\n- Built the monthly reports.\n"
    assert _roles(role + "\n" + role) == [("Data Analyst", "Quillfeather Labs", "2019")]


def test_a_repeat_with_no_employer_and_a_longer_title_is_one_role_with_that_title() -> None:
    block = (
        "Network Engineer, Orbison Freight, Springfield\nMay 2017 to Present\n"
        "- Kept the office network running.\n\n"
        "Office Network Engineer\nMay 2017 to Present\n- Kept the office network running.\n"
    )
    assert [r[:2] for r in _roles(block)] == [("Office Network Engineer", "Orbison Freight")]


def test_two_posts_at_one_employer_with_the_same_dates_stay_two() -> None:
    block = (
        "Teaching Assistant, Quillfeather University\n2019 - 2020\n- Marked weekly labs.\n\n"
        "Research Assistant, Quillfeather University\n2019 - 2020\n- Cleaned survey data.\n"
    )
    assert [r[0] for r in _roles(block)] == ["Teaching Assistant", "Research Assistant"]


def test_a_huge_run_of_spaces_in_a_header_line_costs_no_time() -> None:
    gap = " " * 200_000
    started = time.perf_counter()
    role = parse_role_header([f"Data Analyst{gap}Quillfeather Labs"])
    resume = parse_resume(f"{HEAD}Data Analyst{gap}Jan 2019 - Present\n{BODY}{EDU}", today=TODAY)
    assert time.perf_counter() - started < 5
    assert (role.position, role.company) == ("Data Analyst", "Quillfeather Labs")
    assert resume.work_experience[0].position == "Data Analyst"


# -- found by widening the stress set ------------------------------------------------------


def test_a_season_after_the_employers_town_dates_the_role() -> None:
    block = f"Lecturer\nQuillfeather University, Springfield, IL, Summer 2022\n{BODY}"
    assert _roles(block) == [("Lecturer", "Quillfeather University", "2022")]


def test_a_freelance_work_heading_opens_roles() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nFreelance Work\nQuillfeather Labs\n"
        f"Software Engineer II      Jan 2021 - Present\n{BODY}"
        f"Sr. Accountant      Mar 2016 - Dec 2020\n{BODY}"
    )
    roles = parse_resume(text, today=TODAY).work_experience
    assert [(r.position, r.company) for r in roles] == [
        ("Software Engineer II", "Quillfeather Labs"),
        ("Sr. Accountant", "Quillfeather Labs"),
    ]


def test_a_reflowed_texts_short_lines_make_no_sentence_case_title() -> None:
    # the lines of a text flattened to one line are the reflow's guesses: no evidence there
    lines = ["Senior data analyst", "Quillfeather Labs", "Mar 2019 - Present", "- Built reports."]
    with entries.guessed_lines(True):
        _, guessed = entries.segment_by_dates(lines, lead_roles=True)
    _, own = entries.segment_by_dates(lines, lead_roles=True)
    assert "Senior data analyst" not in guessed[-1].header
    assert own[0].header == ["Senior data analyst", "Quillfeather Labs"]


def test_a_sentence_case_next_post_under_an_employers_line() -> None:
    block = (
        f"Quillfeather Labs\nCloud engineer\n01/2021 - 03/2024\n{BODY}"
        f"Assistant data analyst\n05/2016 - 12/2020\n{BODY}"
    )
    assert _roles(block) == [
        ("Cloud engineer", "Quillfeather Labs", "2021-01"),
        ("Assistant data analyst", "Quillfeather Labs", "2016-05"),
    ]

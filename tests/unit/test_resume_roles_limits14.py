"""Round 14 role limits: the classes the role stress set and the round-13 notes left unread,
each with a made-up resume (invented people, employers and duties)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

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
    block = (
        f"Quillfeather Labs\nNurse Practitioner      March 2021 - Present\n{BODY}"
        f"Owner      June 2016 - February 2021\n{BODY}"
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

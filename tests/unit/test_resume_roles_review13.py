"""Round 13 review of the role readers: notes, regions, industries and acronyms after a title
are no employer; a set-apart year in a role's body makes no role; an employer does not carry
to freelance work or to dates that do not chain (made-up people, employers and duties)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from atspro.analysis.resume import role_header
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TODAY = date(2024, 6, 1)
BODY = "- Built tools for the team\n- Shipped features every week\n"


def _roles(experience: str) -> list[tuple[str | None, str | None, str | None]]:
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
        + experience
        + "\n\nEDUCATION\nBSc Biology, State University, 2010\n"
    )
    return [
        (w.position, w.company, w.start) for w in parse_resume(text, today=TODAY).work_experience
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Maternity Cover",
        "Fixed Term",
        "Temporary Role",
        "Public Sector",
        "Customer Success",
        "Graduate Scheme",
        "EMEA",
        "LATAM",
        "Secondment",
        "Fintech",
        "Microservices",
    ],
)
def test_a_note_in_brackets_after_the_title_is_no_employer(note: str) -> None:
    roles = _roles(f"Software Engineer ({note})  Jan 2019 - Mar 2021\n{BODY}")
    assert [r[1] for r in roles] == [None]


@pytest.mark.parametrize(
    "header",
    ["Sales Manager LATAM", "Engineer Fintech", "Consultant SAP FICO", "Engineer MERN Stack"],
)
def test_a_region_industry_or_acronym_after_the_title_is_no_employer(header: str) -> None:
    roles = _roles(f"{header}  Jan 2019 - Mar 2021\n{BODY}")
    assert [r[1] for r in roles] == [None]


@pytest.mark.parametrize(
    ("header", "employer"),
    [
        ("Software Engineer (Zentrix)", "Zentrix"),
        ("Network Engineer Zentrix", "Zentrix"),
        ("Sous Chef KORVATH LOGISTICS", "KORVATH LOGISTICS"),
    ],
)
def test_a_brand_after_the_title_stays_the_employer(header: str, employer: str) -> None:
    roles = _roles(f"{header}  Jan 2019 - Mar 2021\n{BODY}")
    assert [r[1] for r in roles] == [employer]


def test_the_asides_cut_from_a_header_are_linear_on_long_space_runs() -> None:
    line = "Acme Corp" + " " * 30000 + "Springfield"
    for aside in (role_header._CLIENT_ASIDE, role_header._WEB_IN_BRACKETS):
        started = time.perf_counter()
        assert aside.sub("", line) == line
        assert time.perf_counter() - started < 0.5


def test_an_aside_cut_leaves_the_employer() -> None:
    assert parse_role_header(["Acme Consulting (Client: Vortex Bank)"]).company == "Acme Consulting"
    assert parse_role_header(["Acme Corp (www.acme.example)"]).company == "Acme Corp"


def test_a_set_apart_year_in_the_body_makes_no_role() -> None:
    roles = _roles(
        "Sales Associate  Jan 2019 - Mar 2021\nAcme Stores\nTop Seller Award      2020\n" + BODY
    )
    assert roles == [("Sales Associate", "Acme Stores", "2019-01")]


def test_a_lone_year_under_a_title_and_employer_still_dates_the_role() -> None:
    roles = _roles(
        "Intern\nAcme Corp\n2018\n"
        + BODY
        + "\nSoftware Engineer  Jan 2019 - Present\nBeta Ltd\n"
        + BODY
    )
    assert roles[0] == ("Intern", "Acme Corp", "2018")


@pytest.mark.parametrize(
    ("lower", "body"),
    [
        ("Freelance Developer  2015 - 2019", BODY),
        ("Owner  2015 - 2019", "- Ran a small bakery of my own\n"),
        ("Consultant  2015 - 2019", "- Self-employed; advised small shops\n" + BODY),
        ("Waiter  2010 - 2012", BODY),  # the dates do not chain to the post above
    ],
)
def test_the_employer_does_not_carry_to_own_account_or_unchained_posts(
    lower: str, body: str
) -> None:
    roles = _roles("Acme Corp\nSenior Engineer  2019 - Present\n" + BODY + lower + "\n" + body)
    assert roles[0][:2] == ("Senior Engineer", "Acme Corp")
    assert roles[1][1] is None


def test_the_employer_still_carries_to_a_chained_post() -> None:
    roles = _roles(
        "Acme Corp\nSenior Engineer  2019 - Present\n" + BODY + "Engineer  2015 - 2019\n" + BODY
    )
    assert [r[:2] for r in roles] == [("Senior Engineer", "Acme Corp"), ("Engineer", "Acme Corp")]

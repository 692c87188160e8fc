"""Round 13 review of the role readers: notes, regions, industries and acronyms after a title
are no employer; a set-apart year in a role's body makes no role; an employer does not carry
to freelance work or to dates that do not chain (made-up people, employers and duties)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume

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

"""Employer lines of a numbered list ending with a place's full stop ("2 ZETA CASTINGS LTD,
QUARRYTOWN, INDIA.") head their roles: the stop is no sentence's, the number no part of the
name (round 10, roles)."""

from datetime import date

from atspro.analysis.resume.entries import header_like
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TEXT = """Jane Doe
jane@example.com

EMPLOYMENT HISTORY
1 ACME CASTINGS LIMITED, SPRINGFIELD, INDIA.
(An ISO 9001 Company)
Duration: 1 Year (April 2002 - until today)
Position: Executive Director
Led a team of four testers.
2 ZETA CASTINGS LTD, QUARRYTOWN, INDIA.
(An ISO 9002 Company)
Duration: 8 Years (1993 - 2001)
Position: Plant Manager
Built two new plants.
EDUCATION
B.E. Mechanical Engineering, Springfield University, 1990
"""


def test_place_full_stop_ends_a_header_line() -> None:
    assert header_like("Acme Castings Limited, Springfield, India.")
    assert not header_like("Built two new plants for the group in five years.")


def test_list_number_is_cut_from_the_employer() -> None:
    assert parse_role_header(["2 ZETA CASTINGS LTD, QUARRYTOWN, INDIA."]).company == (
        "ZETA CASTINGS LTD"
    )
    assert parse_role_header(["3. Zeta Bank, Springfield, IL"]).company == "Zeta Bank"
    # a number that is part of the name stays
    assert parse_role_header(["2 Sisters Bakery Ltd"]).company == "2 Sisters Bakery Ltd"


def test_numbered_employers_head_their_roles() -> None:
    work = parse_resume(TEXT, today=date(2026, 1, 1)).work_experience
    assert [(w.company, w.position) for w in work] == [
        ("ACME CASTINGS LIMITED", "Executive Director"),
        ("ZETA CASTINGS LTD", "Plant Manager"),
    ]

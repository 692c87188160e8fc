"""An employer block written above its roles: the name, its town and a sentence describing the
company, then "TITLE (2003 to 2007)" (round 10, roles): the title's role takes the employer,
and the previous role's bullets lose the block."""

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import employer_above

TEXT = """Jane Doe
jane@example.com

PROFESSIONAL EXPERIENCE
Zorblat Partners LLC
Springfield, NJ
SENIOR OPERATIONS EXECUTIVE (2007 to Present)
Led a team of four testers across two sites.
Cut costs by a third in two years.
Quillon Data Services, Inc.
Springfield, NJ
Maker of garden tools for hardware stores. Offices
in three countries.
DIVISION VICE PRESIDENT (2003 to 2007)
Grew the division revenue by half.
EDUCATION
B.A. Economics, Springfield University, 1990
"""


def test_employer_above_its_description() -> None:
    found = employer_above(
        [
            "Cut costs by a third in two years.",
            "Quillon Data Services, Inc.",
            "Springfield, NJ",
            "Maker of garden tools for hardware stores.",
        ]
    )
    assert found is not None
    assert found[0].company == "Quillon Data Services, Inc."
    assert found[1] == 3


def test_wrapped_sentence_is_no_employer() -> None:
    # the line above does not end a sentence: the "name" is a sentence's second line
    assert (
        employer_above(["Worked with the group at", "Zorblat Systems Inc.", "Made tools."]) is None
    )


def test_role_takes_the_employer_block_above() -> None:
    work = parse_resume(TEXT, today=date(2026, 1, 1)).work_experience
    assert [(w.company, w.position) for w in work] == [
        ("Zorblat Partners LLC", "SENIOR OPERATIONS EXECUTIVE"),
        ("Quillon Data Services, Inc.", "DIVISION VICE PRESIDENT"),
    ]
    assert not any("Quillon" in b for b in work[0].bullets)

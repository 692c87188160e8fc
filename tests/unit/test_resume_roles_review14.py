"""Round 14 review of the role reading: each class a reviewer reproduced, with a made-up
resume (invented people, employers and duties)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume

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

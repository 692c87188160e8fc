"""Round 15 review of the dates work: each class a reviewer reproduced, with a made-up resume
(invented people, employers and duties)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
HEAD = "Jane Doe\njane@example.com\n\nEXPERIENCE\n"


def _roles(experience: str) -> list[tuple]:
    resume = parse_resume(HEAD + experience, today=TODAY)
    return [
        (w.company, w.position, w.start, w.end, w.is_current, w.bullets)
        for w in resume.work_experience
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Led the move to Ledger Engine 2019 (6 months)",
        "Upgraded the fleet to Office Server 2016 (4 months)",
        "Rolled out the new desktop in May 2021 (3 months)",
    ],
)
def test_a_version_year_with_months_in_a_bullet_dates_nothing(line: str) -> None:
    assert dates.find_range(line) is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Acme Robotics | 2019 (6 months)", "2019"),
        ("Intern, Acme Robotics, Summer 2019 (3 months)", "2019"),
        ("Intern at Acme Robotics   2020 (2 months)", "2020"),
        ("Intern – Summer 2018 (3 months)", "2018"),
    ],
)
def test_a_date_with_months_after_a_separator_still_dates_a_role(line: str, want: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end) == (want, want)


def test_a_version_year_with_months_keeps_the_role_body() -> None:
    got = _roles(
        "Acme Robotics, Analyst, 2016 – 2018\n"
        "Led the move to Ledger Engine 2019 (6 months)\nWrote the weekly figures\n\n"
        "Globex, Engineer, 2012 – 2016\nWrote tests\n"
    )
    assert [(c, s, e) for c, _, s, e, _, _ in got] == [
        ("Acme Robotics", "2016", "2018"),
        ("Globex", "2012", "2016"),
    ]
    assert "Wrote the weekly figures" in got[0][5]


@pytest.mark.parametrize(
    "when",
    [
        "Jan 2016 – Mar 2018 & Apr 2018 – Present",
        "Apr 2018 – Present & Jan 2016 – Mar 2018",
        "2012 – 2014, again 2016 – 2018",
    ],
)
def test_the_body_of_a_role_of_stints_goes_to_its_latest_stint(when: str) -> None:
    got = _roles(f"Acme Robotics | Analyst | {when}\n• Led the design reviews\n")
    assert len(got) == 2
    latest = max(got, key=lambda r: (r[4], r[2]))
    assert latest[5] and all(not r[5] for r in got if r is not latest)


def test_a_long_punctuation_line_is_read_sanely() -> None:
    # the declared-place reader once tried "place" after every comma up to the line's end
    resume = parse_resume("Jane Doe\nEXPERIENCE\n" + ".,;:-" * 40000 + "\n", today=TODAY)
    assert resume.contact.full_name == "Jane Doe"
    assert resume.contact.location is None

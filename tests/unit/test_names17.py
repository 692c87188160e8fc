"""Round 17: names, contact and the person's location (synthetic cases, invented people)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import places
from atspro.analysis.resume.parser import parse_resume

TODAY = date(2026, 1, 1)
BODY = """EXPERIENCE
Data Analyst, Acme Corp
Jan 2019 - Present
- Built dashboards in SQL
EDUCATION
BSc Computer Science, Globex University, 2018
SKILLS
Python, SQL
"""


def _contact(head: str, tail: str = ""):
    return parse_resume(head + "\n" + BODY + tail, today=TODAY).contact


# --- towns spelled with a possessive or hyphens, the gazetteer lacking them ------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Bishop's Stortford, Hertfordshire", "Bishop's Stortford, Hertfordshire"),
        ("Bishop’s Stortford, Hertfordshire CM23 3AB", "Bishop’s Stortford, Hertfordshire"),
        ("12 Mill Lane, Ashby-de-la-Zouch, Leicestershire", "Ashby-de-la-Zouch, Leicestershire"),
        ("Ashby-de-la-Zouch LE65 1AB", "Ashby-de-la-Zouch"),
        ("Stratford-upon-Avon CV37 6AA", "Stratford-upon-Avon"),
    ],
)
def test_compound_town_before_county_or_postcode(line: str, want: str) -> None:
    c = _contact(f"Jane Doe\n{line}\n07700 900123 | jane.doe@example.com")
    assert c.location == want


@pytest.mark.parametrize(
    "line", ["Jane's Bakery Ltd, Kent", "Data-Driven Analyst, Kent", "Hands-on Training CV37 6AA"]
)
def test_compound_spelling_of_employer_or_post_is_no_town(line: str) -> None:
    place = places.find_city_line(line)
    assert place is None or not place.text.startswith(line.split(",")[0])


def test_county_after_town_gives_britain() -> None:
    assert places.region_of("Bishop's Stortford, Hertfordshire") == "GB"

"""Contact rows of icon-led layouts once the pictograms are gone (layout round 7).

An infographic's header reads "Born : <date>  @ <mail>" and "NAME  <town>  <link>", its phone
sits in a grid of contact cells far down the page. The icon glyph names had kept these rules
from misfiring ("/birthday-cake Born", "/mobile +1 …"); made-up people and links.
"""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

FILLER = [f"Built tool number {n} for the team" for n in range(30)]


def _parse(lines: list[str]) -> Resume:
    return parse_resume("\n".join(lines), today=date(2026, 1, 1))


def test_a_label_cut_from_its_value_is_no_name() -> None:
    r = _parse(
        [
            "Born : 3/14/1990  @ jane.roe@example.com",
            "JANE ROE  Porto, Portugal  github.com/janeroe-demo",
            "EXPERIENCE",
            "Software Engineer, Nortwick Labs  2019 - 2023",
        ]
    )
    assert r.contact.full_name == "Jane Roe"


def test_a_phone_in_a_row_of_contact_cells_is_found() -> None:
    r = _parse(
        [
            "Jane Roe",
            "PROJECTS",
            *FILLER,
            "INTERESTS",
            "+44 20 7946 0958  stackexchange.example/users/4242",
        ]
    )
    assert r.contact.phone == "+442079460958"


def test_a_number_in_a_row_of_words_is_not_taken() -> None:
    r = _parse(["Jane Roe", "PROJECTS", *FILLER, "Served  +44 20 7946 0958 customers  daily"])
    assert r.contact.phone is None

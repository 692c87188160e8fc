"""Pieces of a line written twice, glued (layout round 9, docs/resume.md).

A web profile copied into Word keeps a screen reader's copy of each piece beside the shown
one: "Acme Robotics · Full-timeAcme Robotics · Full-time Jan 2020 - …". The employer was read
twice as one name. Made-up employers and places.
"""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import parse_resume


def test_glued_copies_of_a_piece_are_read_once() -> None:
    lines = tx.split_lines(
        "Quillby Freight · Full-timeQuillby Freight · Full-time Mar 2019 - Jan 2022\n"
        "Lakeview, NorlandLakeview, Norland\n"
        "BrackenworksBrackenworks May 2015 - Dec 2018"
    )
    assert lines == [
        "Quillby Freight · Full-time Mar 2019 - Jan 2022",
        "Lakeview, Norland",
        "Brackenworks May 2015 - Dec 2018",
    ]


def test_words_said_twice_on_purpose_stay() -> None:
    kept = [
        "Test Planning | Planning | Release Notes",
        "Led the JavaScript and TypeScript guild",
        "Walla Walla, Washington",
    ]
    assert tx.split_lines("\n".join(kept)) == kept


def test_a_doubled_employer_is_one_employer() -> None:
    text = (
        "Jane Roe\njane.roe@example.com\n\nExperience\n"
        "Logistics Analyst\n"
        "Quillby FreightQuillby Freight Mar 2019 - Jan 2022\n"
        "Planned routes for forty trucks\n"
    )
    roles = parse_resume(text, today=date(2026, 1, 1)).work_experience
    assert [r.company for r in roles] == ["Quillby Freight"]


def test_a_long_line_is_not_searched_for_doubled_pieces() -> None:
    """The search is quadratic in the line's length: a pasted résumé on one long line (a
    flattened export) is left as it is instead of being searched for glued copies."""
    short = "Quillby FreightQuillby Freight Mar 2019 - Jan 2022"
    long_line = short + " " + "Planned routes for forty trucks and Kept Records " * 12
    assert tx.split_lines(short) == ["Quillby Freight Mar 2019 - Jan 2022"]
    assert tx.split_lines(long_line)[0].startswith("Quillby FreightQuillby Freight")

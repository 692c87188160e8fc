"""A column of dates in a gutter beside the roles they date, in a page with a sidebar.

The main column beside a sidebar has its role titles on the left and each role's date range
right-aligned in a gutter of its own (the body's lines stop short of it), on the title's
baseline or just below it, between the title and the employer. When the PDF drew the dates
apart from the roles (all after the body, or all before it), the column was read column by
column and every range came after the whole column: the roles were undated. A narrow side
whose lines are mostly dates, with several of the body's lines between two of its lines, is
now read row by row, each range by its vertical position. With the sidebar right of the
dates (body | dates | sidebar) the page's gutter fell left of the dates, read with the
sidebar: a right side opening with such a column of dates now gives it to the left side
(layout round 12, generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines

ROLES = [
    ("Senior Data Analyst", "Acme Robotics", "Jan 2020 - Present", "2020-01"),
    ("Data Analyst", "Northwind Traders", "Mar 2016 - Dec 2019", "2016-03"),
    ("Junior Analyst", "Blue Harbor Logistics", "Jun 2013 - Feb 2016", "2013-06"),
]
DUTY = "- Led a team of four testers on weekly release checks and wrote the reports"
SIDE = ["SKILLS", "Python", "SQL", "Tableau", "LANGUAGES", "English", "Spanish"]


def _fit(pdf: Any, text: str, width: float) -> str:
    while pdf.get_string_width(text) > width:
        text = text[:-1]
    return text.rstrip()


def _page(*, dates_first: bool, below: float, side: list[str], right: bool = False) -> bytes:
    """Sidebar left (x 30), main column x 190..560; the dates right-aligned at 560, drawn
    after (or before) the whole body, ``below`` points under their title's baseline. Or,
    ``right``, the main column x 40..410 and the sidebar right of its dates (x 440)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    x, end, side_x = (40, 410, 440) if right else (190, 560, 30)
    sidebar = [(side_x, 120 + 14 * i, text) for i, text in enumerate(side)]
    body = [(x, 50, "Jane Doe", 22), (x, 120, "EXPERIENCE", 12)]
    dates = []
    y = 140
    for title, employer, span, _ in ROLES:
        dates.append((y + below, span))
        body += [(x, y, title, 10), (x, y + 13, employer, 10)]
        pdf.set_font("helvetica", size=9)
        body += [(x + 6, y + 26 + 13 * k, _fit(pdf, DUTY, 260), 9) for k in range(2)]
        y += 58
    body += [
        (190, y, "EDUCATION", 12),
        (190, y + 20, "B.Sc. Statistics, Northfield College, 2012", 10),
    ]

    def draw_dates() -> None:
        pdf.set_font("helvetica", size=8)
        for at, span in dates:
            pdf.text(end - pdf.get_string_width(span), at, span)

    if dates_first:
        draw_dates()
    for left, at, text, size in body:
        pdf.set_font("helvetica", size=size)
        pdf.text(left, at, text)
    if not dates_first:
        draw_dates()
    pdf.set_font("helvetica", size=9)
    for left, at, text in sidebar:
        pdf.text(left, at, text)
    return bytes(pdf.output())


@pytest.mark.parametrize("right", [False, True])
@pytest.mark.parametrize("dates_first", [False, True])
@pytest.mark.parametrize("below", [0.0, 6.0])
def test_a_dates_gutter_drawn_apart_dates_its_roles(
    dates_first: bool, below: float, right: bool
) -> None:
    lines = pdf_lines(_page(dates_first=dates_first, below=below, side=SIDE, right=right))
    for title, _, span, _ in ROLES:  # each range right beside or under its role's title
        at = next(i for i, line in enumerate(lines) if line.startswith(title))
        assert span in lines[at] or lines[at + 1] == span
    resume = parse_resume("\n".join(lines), today=date(2026, 12, 1))
    read = {(r.position, r.company, r.start) for r in resume.work_experience}
    assert read == {(title, employer, start) for title, employer, _, start in ROLES}


def test_a_sidebar_of_dated_items_stays_a_column() -> None:
    """A sidebar listing dated courses, one line beside each line of the body, is no gutter
    of dates: it is read apart from the body, not line by line into it."""
    courses = [f"Course {n}, 20{n}" for n in range(10, 20)]
    lines = pdf_lines(_page(dates_first=False, below=0.0, side=courses))
    at = lines.index(courses[0])
    assert lines[at : at + len(courses)] == courses

"""A page's footer is no part of the text height a sidebar is measured against.

A right sidebar (skills, languages) runs down a good part of page 1 beside the body; a small
footer ("Jane Doe | Page 1") sits at the page's foot, far below both. Counted in the page's
text height, the footer made the sidebar too short to be one: it was read in place, between
page 1's part of the last role and page 2's, and the role lost its second page. A first or
last row in small print standing far apart from the rest is now left out of the height
(layout round 12, generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

import pytest

from tests.unit.pdf_pages import pdf_lines

SIDE = ["SKILLS", "Python", "SQL", "Tableau", "Excel", "Jira", "LANGUAGES", "English", "Spanish"]
SIDE += ["CERTIFICATES", "Scrum Master", "Six Sigma Green Belt"]
DUTIES = [f"- Wrote test plan number {n} for the release team." for n in range(1, 9)]


def _pdf(footer: bool) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.text(40, 50, "Jane Doe")
    pdf.text(40, 80, "EXPERIENCE")
    body = ["Quality Analyst, Acme Robotics", "Jan 2019 - Present", *DUTIES]
    body += ["Test Engineer, Blue Harbor Logistics", "Mar 2014 - Dec 2018", *DUTIES[:4]]
    for i, line in enumerate(body):
        pdf.text(40, 100 + 14 * i, line)
    for i, line in enumerate(SIDE):
        pdf.text(430, 100 + 14 * i, line)
    if footer:
        pdf.set_font("helvetica", size=7)
        pdf.text(260, 815, "Jane Doe | Page 1")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    rest = [*DUTIES[4:], "EDUCATION", "B.Sc. Statistics, Northfield College, 2013"]
    for i, line in enumerate(rest):
        pdf.text(40, 50 + 14 * i, line)
    if footer:
        pdf.set_font("helvetica", size=7)
        pdf.text(260, 815, "Jane Doe | Page 2")
    return bytes(pdf.output())


@pytest.mark.parametrize("footer", [False, True])
def test_a_right_sidebar_above_a_footer_is_read_after_the_body(footer: bool) -> None:
    lines = [line for line in pdf_lines(_pdf(footer)) if line and "Page" not in line]
    at = lines.index("Test Engineer, Blue Harbor Logistics")
    assert lines[at + 2 : at + 10] == DUTIES  # the role's two pages read on
    assert lines[-len(SIDE) :] == SIDE

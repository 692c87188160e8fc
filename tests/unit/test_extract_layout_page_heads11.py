"""A page's head (the name, with the contact details beside it) above a two-column body whose
gutter falls between the name and the contact block.

Read with the columns, the contact block came after the whole left column — after the
sidebar's education — and the contact reader lost the town. The head (a few rows holding the
page's largest text, with text on both sides of the gutter, then a wide gap across the page)
is now read first, name then contact details (layout round 11, generated PDFs with fpdf2,
made-up text).
"""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines

CONTACT = ["Springfield, Illinois", "+1 217 555 0134", "jane.doe@example.com"]
SIDEBAR = ["SKILLS", "Python", "SQL", "Tableau", "LANGUAGES", "English", "Spanish"]
SIDEBAR += ["EDUCATION", "B.Sc. Statistics", "Northfield College", "2014 - 2018"]
MAIN = [
    "PROFILE",
    "Analyst with six years of reporting work for shops",
    "and courier teams, building dashboards and models.",
    "EXPERIENCE",
    "Senior Data Analyst, Acme Robotics",
    "Jan 2020 - Present",
    "Led a team of four analysts on weekly forecasts.",
    "Built the sales dashboard used by regional leads.",
    "Data Analyst, Zorblat Logistics",
    "Jun 2018 - Dec 2019",
    "Cleaned shipment data and automated two reports.",
]


def _page(*, gap: float = 22.0, heading_size: int = 11) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 20)
    pdf.text(15, 20, "Jane Doe")
    pdf.set_font("helvetica", size=11)
    pdf.text(15, 27, "Data Analyst")
    for i, line in enumerate(CONTACT):
        pdf.text(110, 16 + 6 * i, line)
    top = 28 + gap
    for i, line in enumerate(SIDEBAR):
        pdf.text(15, top + 7 * i, line)  # apart from the main column's baselines
    for i, line in enumerate(MAIN):
        pdf.set_font("helvetica", size=heading_size if line.isupper() else 11)
        pdf.text(70, top + 6 * i, line)
    return bytes(pdf.output())


def test_the_contact_block_beside_the_name_is_read_with_it() -> None:
    lines = pdf_lines(_page())
    assert lines == ["Jane Doe", "Data Analyst", *CONTACT, *SIDEBAR, *MAIN]
    assert parse_resume("\n".join(lines)).contact.location == "Springfield, Illinois"


def test_rows_without_a_wide_gap_under_them_stay_with_the_columns() -> None:
    # no gap across the page under the first rows: no head, the columns read as before
    lines = pdf_lines(_page(gap=6.0))
    assert lines.index(CONTACT[0]) > lines.index(SIDEBAR[-1])


def test_first_rows_without_the_pages_largest_text_are_no_head() -> None:
    # a heading below larger than the first rows' text (a later page's top holds no name)
    lines = pdf_lines(_page(heading_size=24))
    assert lines.index(CONTACT[0]) > lines.index(SIDEBAR[-1])

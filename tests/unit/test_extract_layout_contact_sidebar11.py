"""A right sidebar opening with the contact details (a town, a phone, an e-mail under a
photo, no heading over them) beside the main column the name heads.

Read after the main column (a right sidebar's place), the contact lines fell into its last
section: the e-mail and phone were still found anywhere, but the town was lost. A right
sidebar whose top line is a contact line, not a heading, beside the column the name heads, is
now read first, like a left sidebar (layout round 11, generated PDFs with fpdf2, made-up
text).
"""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines

MAIN = [
    ("Jane Doe", 22),
    ("Data Analyst", 12),
    ("PROFILE", 12),
    ("Analyst with six years of reporting work for shops", 10),
    ("EXPERIENCE", 12),
    ("Senior Data Analyst, Acme Robotics", 10),
    ("Jan 2020 - Present", 10),
    ("Led a team of four analysts on weekly forecasts.", 10),
    ("EDUCATION", 12),
    ("B.Sc. Statistics, Northfield College, 2018", 10),
]
SIDE = ["SKILLS", "Python", "SQL", "Tableau", "LANGUAGES", "English", "Spanish"]


def _page(side: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    for i, (text, size) in enumerate(MAIN):
        pdf.set_font("helvetica", size=size)
        pdf.text(40, 60 + 19 * i, text)
    pdf.set_font("helvetica", size=10)
    for i, text in enumerate(side):
        pdf.text(420, 64 + 20 * i, text)
    return bytes(pdf.output())


def test_contact_lines_opening_a_right_sidebar_are_read_first() -> None:
    contact = ["Springfield, Illinois", "+1 217 555 0134", "jane.doe@example.com"]
    lines = pdf_lines(_page([*contact, *SIDE]))
    assert lines == [*contact, *SIDE, *(text for text, _ in MAIN)]
    contact_read = parse_resume("\n".join(lines)).contact
    assert (contact_read.full_name, contact_read.location) == ("Jane Doe", "Springfield, Illinois")


def test_a_right_sidebar_opening_with_a_heading_stays_after_the_main_column() -> None:
    lines = pdf_lines(_page(["CONTACT", "jane.doe@example.com", *SIDE]))
    assert lines[0] == "Jane Doe"

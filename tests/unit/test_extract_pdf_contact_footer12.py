"""A PDF whose page footer holds the contact details: read with the name, before the body.

The name at the top of the page, the e-mail, phone and town in small print at its foot: read
last, the contact line fell into the last section ("Skills") and the phone and town were
lost there. The first page's running footer, when it holds an e-mail, a phone number or a
profile link, is now read first; a later page's copy is a running foot and dropped; a
footer with no contact detail stays last (layout round 12, generated PDFs with fpdf2,
made-up text).
"""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines

CONTACT = "jane.doe@example.com | +1 217 555 0134 | Springfield, Illinois"
BODY = [
    "EXPERIENCE",
    "Quality Analyst, Acme Robotics",
    "Jan 2019 - Present",
    "SKILLS",
    "Python, SQL, Tableau",
]


def _pdf(foot: str, pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        lines = ["Jane Doe", *BODY] if page == 0 else ["Wrote test plans for the team."]
        for i, line in enumerate(lines):
            pdf.text(40, 50 + 16 * i, line)
        pdf.set_font("helvetica", size=7)
        pdf.text(200, 815, foot)
    return bytes(pdf.output())


@pytest.mark.parametrize("pages", [1, 2])
def test_a_contact_footer_is_read_first(pages: int) -> None:
    lines = [line for line in pdf_lines(_pdf(CONTACT, pages)) if line]
    assert lines[:3] == [CONTACT, "Jane Doe", "EXPERIENCE"]
    assert lines.count(CONTACT) == 1
    contact = parse_resume("\n".join(lines)).contact
    assert (contact.phone, contact.location) == ("+12175550134", "Springfield, Illinois")


def test_a_footer_without_contact_details_stays_last() -> None:
    lines = pdf_lines(_pdf("References available on request"))
    assert lines == ["Jane Doe", *BODY, "References available on request"]

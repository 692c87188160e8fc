"""A Word footer holding the contact details is read with the header, before the body.

The name in the page header, the e-mail, phone and town in the footer: read last (a
footer's place), the contact line fell into the body's last section ("Skills") and the phone
and town were lost there. A footer line holding an e-mail address, a phone number or a
profile link is now read after the headers, before the body; other footer lines (a page
label, a note, a range of years) stay last (layout round 12, python-docx, made-up text).
"""

from __future__ import annotations

import io

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume

CONTACT = "jane.doe@example.com | +1 217 555 0134 | Springfield, Illinois"
BODY = [
    "EXPERIENCE",
    "Quality Analyst, Acme Robotics",
    "Jan 2019 - Present",
    "SKILLS",
    "Python, SQL, Tableau",
]


def _docx(footer: list[str]) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Jane Doe"
    section.footer.paragraphs[0].text = footer[0]
    for line in footer[1:]:
        section.footer.add_paragraph(line)
    for line in BODY:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_contact_footer_is_read_before_the_body() -> None:
    text = extract_text(_docx([CONTACT, "Updated 2019 - 2024"]), "cv.docx").text
    assert text.splitlines() == ["Jane Doe", CONTACT, *BODY, "Updated 2019 - 2024"]
    contact = parse_resume(text).contact
    assert (contact.phone, contact.location) == ("+12175550134", "Springfield, Illinois")

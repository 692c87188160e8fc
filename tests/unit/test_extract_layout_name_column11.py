"""A left column of contact details, skills and languages beside the main column the name
heads (a profile export's layout: the name, the headline and the place under it at the top
of the main column).

Read first, the left column's headings came between the page's top and the name's block: the
name was still found, but the place under the headline fell inside the left column's last
section and was lost. The main column is now read first when its top line is the page's
largest text, larger than anything in a narrower left column that opens with a heading and
does not repeat the name (layout round 11, generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines

MAIN = [
    ("Jane Doe", 26),
    ("Senior Data Analyst at Acme Robotics", 12),
    ("Springfield, Illinois, United States", 10),
    ("Summary", 15),
    ("Analyst with six years of reporting work for shops and courier teams.", 10),
    ("Experience", 15),
    ("Acme Robotics", 12),
    ("Senior Data Analyst", 11),
    ("January 2020 - Present (4 years 2 months)", 10),
    ("Led a team of four analysts on weekly forecasts.", 10),
]
LEFT = [
    ("Contact", 13),
    ("jane.doe@example.com", 10),
    ("Top Skills", 13),
    ("Python", 10),
    ("SQL", 10),
    ("Languages", 13),
    ("English (Native or Bilingual)", 10),
    ("Spanish (Limited Working)", 10),
]


def _page(left: list[tuple[str, int]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    y = 60.0
    for text, size in left:
        pdf.set_font("helvetica", size=size)
        pdf.text(25, y, text)
        y += 16 if size == 10 else 24
    y = 60.0
    for text, size in MAIN:
        pdf.set_font("helvetica", size=size)
        pdf.text(215, y, text)
        y += size * 1.9
    return bytes(pdf.output())


def test_the_column_the_name_heads_is_read_before_the_left_one() -> None:
    lines = pdf_lines(_page(LEFT))
    assert lines == [text for text, _ in MAIN] + [text for text, _ in LEFT]
    assert parse_resume("\n".join(lines)).contact.location == "Springfield, Illinois, United States"


def test_a_left_column_opening_with_contact_lines_stays_first() -> None:
    # no heading over them: read after the main column they would join its last section
    left = [("Springfield, Illinois", 10), ("+1 217 555 0134", 10), *LEFT[1:]]
    assert pdf_lines(_page(left))[0] == "Springfield, Illinois"


def test_a_left_column_naming_the_person_stays_first() -> None:
    left = [*LEFT[:1], ("Jane Doe", 10), *LEFT[1:]]
    assert pdf_lines(_page(left))[0] == "Contact"


def test_on_several_pages_the_left_column_follows_the_last_page() -> None:
    # read in place it came between page 1's last role and page 2's first one
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    for page, (left, main) in enumerate(((LEFT, MAIN), ([], [("Zorblat Logistics", 12)]))):
        pdf.add_page()
        for i, (text, size) in enumerate(left):
            pdf.set_font("helvetica", size=size)
            pdf.text(25, 60 + 20 * i, text)
        for i, (text, size) in enumerate(main):
            pdf.set_font("helvetica", size=size)
            pdf.text(215, 60 + 22 * i, text)
        pdf.set_font("helvetica", size=9)
        pdf.text(380, 815, f"Page {page + 1} of 2")  # a profile export's foot
    lines = [line for line in pdf_lines(bytes(pdf.output())) if line]
    main_text = [text for text, _ in MAIN]
    assert lines == [*main_text, "Zorblat Logistics", *(text for text, _ in LEFT)]

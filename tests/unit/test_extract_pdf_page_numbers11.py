"""A PDF page whose first or last line is only its page number ("Page 1 of 2", "2 / 3",
"- 2 -"): a profile export's foot came between a page's last role and the next page's first
(a DOCX's page numbers were already dropped). Years and other numbers stay (layout round 11,
generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

from tests.unit.pdf_pages import pdf_lines


def _pdf(pages: list[list[str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        for i, line in enumerate(lines):
            pdf.text(60, 60 + 16 * i, line)
    return bytes(pdf.output())


def test_page_number_lines_are_no_text() -> None:
    pages = [
        ["Jane Doe", "Acme Robotics", "Page 1 of 2"],
        ["- 2 -", "Zorblat Logistics", "2 / 2"],
    ]
    lines = [line for line in pdf_lines(_pdf(pages)) if line]
    assert lines == ["Jane Doe", "Acme Robotics", "Zorblat Logistics"]


def test_a_year_or_a_number_in_the_text_stays() -> None:
    pages = [["Jane Doe", "Northfield College", "2019"], ["Languages: 2", "Zorblat Logistics"]]
    lines = [line for line in pdf_lines(_pdf(pages)) if line]
    assert lines == ["Jane Doe", "Northfield College", "2019", "Languages: 2", "Zorblat Logistics"]

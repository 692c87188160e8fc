"""A table's column of years read beside its rows, though the PDF drew it column by column.

An education table (degree | school | year) drawn one column after the other, under a page's
single column of roles: its years side was read as a column of its own, after the schools
(or after the whole page), and no school got its year. A narrow side on the other side's
baselines whose lines are dates and nothing else is now read row by row, on either side of
the pair when both have as many lines (layout round 12, generated PDFs with fpdf2, made-up
text).
"""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines

ROWS = [
    ("Degree", "Institution", "Year"),
    ("M.Sc. Statistics", "Northfield College", "2013"),
    ("B.Sc. Mathematics", "Lakeside University", "2011"),
]


def _page() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    body = [("Jane Doe", 22), ("jane.doe@example.com", 9), ("EXPERIENCE", 12)]
    for title, _, span in [
        ("Quality Analyst, Acme Robotics", "", "Jan 2019 - Present"),
        ("Test Engineer, Blue Harbor Logistics", "", "Mar 2014 - Dec 2018"),
    ]:
        body += [(title, 10), (span, 10), ("- Led a team of four testers on release checks.", 9)]
    y = 50.0
    for text, size in body:
        pdf.set_font("helvetica", size=size)
        pdf.text(40, y, text)
        y += 16
    pdf.set_font("helvetica", size=12)
    pdf.text(40, y + 6, "EDUCATION")
    pdf.set_font("helvetica", size=10)
    for column, x in enumerate((40, 220, 420)):  # column by column
        for row, cells in enumerate(ROWS):
            pdf.text(x, y + 26 + 16 * row, cells[column])
    pdf.text(40, y + 90, "SKILLS")
    pdf.text(40, y + 106, "Python, SQL, Tableau")
    return bytes(pdf.output())


def test_a_year_column_drawn_apart_stays_on_its_rows() -> None:
    lines = pdf_lines(_page())
    for _, school, year in ROWS[1:]:
        assert any(school in line and line.endswith(year) for line in lines)
    education = parse_resume("\n".join(lines)).education
    assert {(e.institution, e.graduation_date) for e in education} == {
        ("Northfield College", "2013"),
        ("Lakeside University", "2011"),
    }

"""A PDF's running head on later pages: the name again with its page number, over a role.

Word prints a "different first page" header on page 2 ("Jane Roe  Page 2"); read in place it
came right above the next role's title and the parser took it for that role's employer (the
role lost its real one). The DOCX reader skips header parts; in a PDF the head is dropped from
the second page on when it repeats one of page 1's first lines, and a footer line repeated at
the bottom of every page stays on page 1 only (layout round 10, generated PDFs with fpdf2,
made-up people).
"""

from __future__ import annotations

import pytest

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume

FOOT = "jane.roe@example.com | Springfield, IL"
PAGE_1 = [
    "Jane Roe",
    "Data Analyst | 555-0100",
    "EXPERIENCE",
    "Senior Analyst",
    "Acme Robotics    Jan 2019 - Present",
    "- Led a team of four testers",
    "- Built dashboards for the sales team",
]
PAGE_2 = [
    "Analyst",
    "Northwind Traders    Mar 2015 - Dec 2018",
    "- Kept weekly reports on time",
    "EDUCATION",
    "B.S. Mathematics, Springfield College, 2014",
]


def _pdf(head: str | None) -> bytes:
    from fpdf import FPDF

    class Pages(FPDF):
        def header(self) -> None:
            if self.page_no() > 1 and head:
                self.set_xy(15, 8)
                self.cell(w=180, h=5, text=head)

        def footer(self) -> None:
            self.set_xy(15, -15)
            self.cell(w=180, h=5, text=FOOT)

    pdf = Pages(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("helvetica", size=10)
    for lines in (PAGE_1, PAGE_2):
        pdf.add_page()
        for i, line in enumerate(lines):
            pdf.set_xy(15, 25 + 6 * i)
            pdf.cell(w=180, h=5, text=line)
    return bytes(pdf.output())


@pytest.mark.parametrize("head", ["Jane Roe  Page 2", "Jane Roe, Data Analyst   2", "JANE ROE"])
def test_the_name_heading_a_later_page_is_dropped(head: str) -> None:
    text = extract_text(_pdf(head), "cv.pdf").text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines.count("Jane Roe") == 1
    assert not any(line.startswith(("Jane Roe ", "Jane Roe,", "JANE ROE")) for line in lines)
    assert lines.count(FOOT) == 1
    roles = parse_resume(text).work_experience
    assert [(w.position, w.company) for w in roles] == [
        ("Senior Analyst", "Acme Robotics"),
        ("Analyst", "Northwind Traders"),
    ]


def test_a_later_page_opening_with_its_own_text_keeps_it() -> None:
    text = extract_text(_pdf("Analyst"), "cv.pdf").text  # a line page 1 does not open with
    assert text.splitlines().count("Analyst") == 2


def test_a_later_page_opening_with_page_one_s_headline_keeps_it() -> None:
    # the headline may be an older role's title opening page 2: only a numbered copy is a head
    text = extract_text(_pdf(PAGE_1[1]), "cv.pdf").text
    assert text.splitlines().count(PAGE_1[1]) == 2

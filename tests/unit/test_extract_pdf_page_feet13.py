"""A page's footer inside a role crossing the page break (layout round 13, docs/extract.md).

Page 1 alone ends in a small-print footer that is no contact line (a tagline, a note); the
role running over the page break had the footer read between its halves, and the parser
made a role of it. A footer of any page but the last is now read after the last page.
Made-up details.
"""

from __future__ import annotations

from fpdf import FPDF

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf_heads import feet_apart

BULLETS = [f"- Shipped release {n} of the billing tool." for n in range(1, 9)]


def _two_pages(foot: str) -> bytes:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 60.0
    for line in ["Jo Ray", "EXPERIENCE", "Engineer, Acme Robotics", "2019 - 2024"]:
        pdf.text(40, y, line)
        y += 14
    for k, line in enumerate(BULLETS):
        if k == 4:
            pdf.set_font("helvetica", size=7)
            pdf.text(250, 815, foot)
            pdf.set_font("helvetica", size=10)
            pdf.add_page()
            y = 60.0
        pdf.text(46, y, line)
        y += 14
    pdf.text(40, y + 10, "EDUCATION")
    pdf.text(40, y + 24, "B.Sc. Physics, Lakeside University, 2018")
    return bytes(pdf.output())


def test_a_page_one_footer_is_read_after_the_last_page() -> None:
    lines = extract_text(_two_pages("Jo Ray - Software Engineer")).text.split("\n")
    lines = [line for line in lines if line]
    start = lines.index(BULLETS[0])
    assert lines[start : start + len(BULLETS)] == BULLETS  # the role's halves together
    assert lines[-1] == "Jo Ray - Software Engineer"


def test_feet_keep_their_place_on_the_last_page_and_contact_goes_first() -> None:
    pages = [["Jo Ray", "a", "jo@example.com"], ["b", "note"], ["c", "end"]]
    got = feet_apart(["jo@example.com", "note", "end"], pages)
    assert got == [["jo@example.com", "Jo Ray", "a"], ["b"], ["c", "end", "note"]]

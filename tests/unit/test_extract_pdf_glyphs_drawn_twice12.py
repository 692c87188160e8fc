"""Headings drawn glyph by glyph, each glyph twice a little apart (fake bold, a shadow).

The copy of a whole word drawn again a point to the right was already read once (its offset
is a small share of the word's width), but a narrow glyph drawn alone ("I" in a bold
heading) and its copy are 0.2-0.5 of its width apart: the heading read "EXPERIIENCE",
"EDUCATTIION" and opened no section. A copy less than half its width away is the same glyph
drawn twice; a doubled letter ("ll", "SS") is a whole advance apart and stays (layout round
12, generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from tests.unit.pdf_pages import pdf_lines


def _page(lines: list[tuple[str, bool]], offset: float, drop: float = 0.0) -> bytes:
    """Each line at 12 pt bold, glyph by glyph; a heavy line's glyphs drawn again
    ``offset`` points right (and ``drop`` points down)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=12)
    for row, (text, heavy) in enumerate(lines):
        x, y = 40.0, 60.0 + 18 * row
        for glyph in text:
            pdf.text(x, y, glyph)
            if heavy:
                pdf.text(x + offset, y - drop, glyph)
            x += pdf.get_string_width(glyph)
    return bytes(pdf.output())


@pytest.mark.parametrize(("offset", "drop"), [(0.8, 0.0), (1.5, 0.0), (0.8, 0.8)])
def test_glyphs_drawn_twice_read_once(offset: float, drop: float) -> None:
    lines = [
        ("Jane Doe", True),
        ("EXPERIENCE", True),
        ("Quality Analyst, Acme Robotics, 2019 - 2023", False),
        ("EDUCATION", True),
        ("B.Sc. Statistics, Northfield College, 2018", False),
        ("SKILLS", True),
        ("Python, SQL", False),
    ]
    read = pdf_lines(_page(lines, offset, drop))
    assert read == [text for text, _ in lines]
    assert parse_resume("\n".join(read)).sections[-3:] == ["experience", "education", "skills"]


def test_doubled_letters_drawn_glyph_by_glyph_stay() -> None:
    read = pdf_lines(_page([("SKILLS ALL ADDRESS", False)], 0.0))
    assert read == ["SKILLS ALL ADDRESS"]

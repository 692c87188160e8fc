"""Small generated PDF pages (fpdf2) for the layout tests: one column of prose lines around a
drawn block (a grid of cells, chart labels …), and the extracted text's lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from atspro.analysis.documents.extract import extract_text


def page_around(before: list[str], after: list[str], draw: Callable[[Any, float], float]) -> bytes:
    """An A4 page: the `before` lines, then `draw(pdf, y)` (returns the height it used), then
    the `after` lines, each prose line a full-width 10 pt cell."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in before:
        pdf.set_xy(15, y)
        pdf.cell(w=180, h=5, text=line)
        y += 6
    y += draw(pdf, y) + 8
    for line in after:
        pdf.set_xy(15, y)
        pdf.cell(w=180, h=5, text=line)
        y += 6
    return bytes(pdf.output())


def grid_page(
    cells: list[list[str]], *, by_rows: bool, before: list[str], after: list[str]
) -> bytes:
    """A grid of cells (one list of lines per column) drawn cell by cell, or row by row."""

    def draw(pdf: Any, y: float) -> float:
        drawn = [(col, i, text) for col, cell in enumerate(cells) for i, text in enumerate(cell)]
        if by_rows:
            drawn.sort(key=lambda c: (c[1], c[0]))
        for col, i, text in drawn:
            pdf.set_xy(15 + 62 * col, y + i * 5)
            pdf.cell(w=58, h=5, text=text)
        return 5 * max(len(c) for c in cells)

    return page_around(before, after, draw)


def pdf_lines(data: bytes) -> list[str]:
    """The extracted text's lines."""
    return extract_text(data, "cv.pdf").text.splitlines()

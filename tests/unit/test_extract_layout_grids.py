"""Grids of cells inside one column: three columns of certificates or skill groups.

A resume builder draws a grid cell by cell (a certificate's name, its issuer under it, then
the next cell). Read row by row, the cells of a row ran together and a wrapped cell's second
line was glued to the next cell's issuer ("Issuer  Essentials"): layout round 9, generated
PDFs (fpdf2), made-up certificates and issuers.
"""

from __future__ import annotations

from tests.unit.pdf_pages import grid_page, pdf_lines

PROSE = [
    "Summary of a made-up analyst who builds reporting pipelines and keeps them running well.",
    "Keeps a long line here so the page reads as one column from margin to margin, as most",
]
# one cell per column: its lines top to bottom
CELLS = [
    ["Cloud Basics for Analysts", "Northwind Academy", "Issued 2021"],
    ["Spreadsheet Modelling", "Brightpath"],
    ["Applied Statistics with", "Open Data Essentials", "Brightpath"],
]


def _page(cells: list[list[str]], *, by_rows: bool) -> bytes:
    return grid_page(
        cells,
        by_rows=by_rows,
        before=["Tamsin Okafor", *PROSE, "CERTIFICATES"],
        after=["ACHIEVEMENTS", *PROSE],
    )


def test_a_grid_drawn_cell_by_cell_is_read_cell_by_cell() -> None:
    lines = pdf_lines(_page(CELLS, by_rows=False))
    start = lines.index("CERTIFICATES") + 1
    assert lines[start : start + 8] == [line for cell in CELLS for line in cell]
    assert lines[start + 8] == "ACHIEVEMENTS"


def test_a_cell_line_alone_on_its_row_stays_in_its_cell() -> None:
    # the cell's last line is longer than the column's other lines and alone on its row
    cells = [["Data Governance", "Northwind", "Northwind Academy Online"], *CELLS[1:2]]
    cells.append(["Applied Statistics", "Brightpath"])
    lines = pdf_lines(_page(cells, by_rows=False))
    start = lines.index("CERTIFICATES") + 1
    assert lines[start : start + 7] == [line for cell in cells for line in cell]


def test_a_grid_drawn_row_by_row_stays_rows() -> None:
    lines = pdf_lines(_page(CELLS, by_rows=True))
    start = lines.index("CERTIFICATES") + 1
    assert lines[start].startswith("Cloud Basics for Analysts  Spreadsheet Modelling")

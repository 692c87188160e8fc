"""A grid with a single row of two-line cells: each skill group's label over its items.

A resume builder draws its skills as a grid of cells, label then items, cell by cell; a grid
of one full row (a group more on a row of its own below) was read row by row, all the labels
on one line and all the items on the next ("Languages  Core  Soft" / "Go, Rust  …"): too few
rows for a grid. Two rows drawn cell by cell are now read cell by cell, unless a piece has a
digit (a date over a place beside a school stays rows) (layout round 10, generated PDFs with
fpdf2, made-up groups).
"""

from __future__ import annotations

from tests.unit.pdf_pages import grid_page, pdf_lines

PROSE = [
    "Summary of a made-up analyst who builds reporting pipelines and keeps them running well.",
    "Keeps a long line here so the page reads as one column from margin to margin, as most",
]
CELLS = [
    ["Programming", "Go, Rust, Kotlin"],
    ["Core Subjects", "Compilers, Networks"],
    ["Soft Skills", "Mentoring, Writing"],
]


def _page(cells: list[list[str]], *, by_rows: bool) -> bytes:
    return grid_page(
        cells,
        by_rows=by_rows,
        before=["Tamsin Okafor", *PROSE, "SKILLS"],
        after=["LANGUAGES", *PROSE],
    )


def test_one_row_of_cells_drawn_cell_by_cell_is_read_cell_by_cell() -> None:
    lines = pdf_lines(_page(CELLS, by_rows=False))
    start = lines.index("SKILLS") + 1
    assert lines[start : start + 6] == [line for cell in CELLS for line in cell]
    assert lines[start + 6] == "LANGUAGES"


def test_one_row_of_cells_drawn_row_by_row_stays_rows() -> None:
    lines = pdf_lines(_page(CELLS, by_rows=True))
    start = lines.index("SKILLS") + 1
    assert lines[start] == "Programming  Core Subjects  Soft Skills"


def test_dates_over_a_place_beside_a_school_stay_rows() -> None:
    cells = [
        ["2016 - 2020", "Springfield"],
        ["Bachelor of Music in Composition", "Northfield College"],
    ]
    lines = pdf_lines(_page(cells, by_rows=False))
    start = lines.index("SKILLS") + 1
    assert lines[start] == "2016 - 2020  Bachelor of Music in Composition"

"""A grid with a single row of two-line cells: each skill group's label over its items.

A resume builder draws its skills as a grid of cells, label then items, cell by cell; a grid
of one full row (a group more on a row of its own below) was read row by row, all the labels
on one line and all the items on the next ("Languages  Core  Soft" / "Go, Rust  …"): too few
rows for a grid. Two rows drawn cell by cell are now read cell by cell, unless a piece has a
digit (a date over a place beside a school stays rows) (layout round 10, generated PDFs with
fpdf2, made-up groups).
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text

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
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Tamsin Okafor", *PROSE, "SKILLS"]:
        pdf.set_xy(15, y)
        pdf.cell(w=180, h=5, text=line)
        y += 6
    drawn = [(col, i, text) for col, cell in enumerate(cells) for i, text in enumerate(cell)]
    if by_rows:
        drawn.sort(key=lambda c: (c[1], c[0]))
    for col, i, text in drawn:
        pdf.set_xy(15 + 62 * col, y + i * 5)
        pdf.cell(w=58, h=5, text=text)
    y += 5 * max(len(c) for c in cells) + 8
    for line in ["LANGUAGES", *PROSE]:
        pdf.set_xy(15, y)
        pdf.cell(w=180, h=5, text=line)
        y += 6
    return bytes(pdf.output())


def _lines(data: bytes) -> list[str]:
    return extract_text(data, "cv.pdf").text.splitlines()


def test_one_row_of_cells_drawn_cell_by_cell_is_read_cell_by_cell() -> None:
    lines = _lines(_page(CELLS, by_rows=False))
    start = lines.index("SKILLS") + 1
    assert lines[start : start + 6] == [line for cell in CELLS for line in cell]
    assert lines[start + 6] == "LANGUAGES"


def test_one_row_of_cells_drawn_row_by_row_stays_rows() -> None:
    lines = _lines(_page(CELLS, by_rows=True))
    start = lines.index("SKILLS") + 1
    assert lines[start] == "Programming  Core Subjects  Soft Skills"


def test_dates_over_a_place_beside_a_school_stay_rows() -> None:
    cells = [
        ["2016 - 2020", "Springfield"],
        ["Bachelor of Music in Composition", "Northfield College"],
    ]
    lines = _lines(_page(cells, by_rows=False))
    start = lines.index("SKILLS") + 1
    assert lines[start] == "2016 - 2020  Bachelor of Music in Composition"

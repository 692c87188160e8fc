"""Two lists side by side inside a single column (a course list in two columns under a degree).

Generated PDFs (fpdf2), made-up courses and schools; the class was met on a real resume whose
HTML print draws the left list, then the right one, on shared baselines.
"""

from __future__ import annotations

from collections.abc import Sequence

from atspro.analysis.documents.extract import extract_text

PROSE = [
    "Summary of a made-up engineer who builds reliable embedded software and web services.",
    "Keeps a long line here so the page reads as one column from margin to margin, as most",
    "single-column resumes do; the two short lists below are the only two-piece rows.",
]
LEFT = ["Circuits and Signals of Digital", "Systems", "Control Theory", "Web Service Design"]
RIGHT = ["Intro to Operating Systems", "Embedded Programming", "Compiler Basics", "Databases"]


def _page(
    left: Sequence[str], right: Sequence[str], *, by_rows: bool, right_align: bool = False
) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Tamsin Okafor", "Northgate Polytechnic", *PROSE[:1]]:
        pdf.set_xy(15, y)
        pdf.cell(w=180, h=5, text=line)
        y += 6
    cells = []
    for i, (a, b) in enumerate(zip(left, right, strict=True)):
        cells.append((0, i, 20.0, a))
        cells.append((1, i, 110.0, b))
    if not by_rows:
        cells.sort()
    for _, i, x, text in cells:
        pdf.set_xy(x, y + i * 5)
        pdf.cell(w=80, h=5, text=text, align="R" if right_align and x > 100 else "L")
    y += 5 * len(left) + 2
    for line in PROSE:
        pdf.set_xy(15, y)
        pdf.cell(w=180, h=5, text=line)
        y += 6
    return bytes(pdf.output())


def test_two_lists_drawn_one_after_the_other_read_list_by_list() -> None:
    # before: "Circuits and Signals of Digital  Intro to Operating Systems", "Systems  …"
    lines = extract_text(_page(LEFT, RIGHT, by_rows=False)).text.splitlines()
    start = lines.index(LEFT[0])
    assert lines[start : start + 8] == [*LEFT, *RIGHT]


def test_a_table_drawn_row_by_row_stays_rows() -> None:
    lines = extract_text(_page(LEFT, RIGHT, by_rows=True)).text.splitlines()
    assert f"{LEFT[0]}  {RIGHT[0]}" in lines


def test_places_aligned_right_beside_schools_stay_beside_them() -> None:
    places = ["Port Avery, Norland", "Lakemoor", "East Wickham, Norland", "Brightwater"]
    schools = ["Northgate Polytechnic", "Lakemoor College", "Wickham Academy", "Brightwater School"]
    lines = extract_text(_page(schools, places, by_rows=False, right_align=True)).text.splitlines()
    assert any(line.startswith("Northgate Polytechnic") and "Port Avery" in line for line in lines)


LABELS = "Tools: Gitwise, Sourcely, Lintedy, Officely, Termly, Boardy, Printly"


def test_a_long_left_row_does_not_cut_the_column_running_past_it() -> None:
    # An infographic: a row of labels crosses the page's gutter (left text | chart labels)
    # but ends before the timeline on the right, which runs on above and below it. Before,
    # the row cut the page in two and the timeline was read in two halves.
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    timeline = [f"{2020 - n}/01 Made-up milestone {n}" for n in range(10)]
    for n in range(20):
        pdf.set_xy(15, 30 + n * 5)
        pdf.cell(w=50, h=5, text=LABELS if n == 10 else f"Left column note {n}")
    for n in range(10):
        pdf.set_xy(85, 31 + n * 10 + (4 if n == 5 else 0))  # chart labels clear of the row
        pdf.cell(w=40, h=5, text=f"Chart label {n}")
        pdf.set_xy(150, 32 + n * 10)
        pdf.cell(w=50, h=5, text=timeline[n])
    lines = extract_text(bytes(pdf.output())).text.splitlines()
    first = lines.index(timeline[0])
    assert lines[first : first + 10] == timeline

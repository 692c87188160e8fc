"""Reading order of real two-column layouts: sidebars over several pages, aligned prose columns.

Every PDF here is generated (fpdf2) with made-up people, employers and schools; each test is a
failure class met on real resume files, not one file.
"""

from __future__ import annotations

from collections.abc import Sequence

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf_layout import Fragment, flow_pages, layout_page

_PAGE_W = 210.0
_MARGIN = 15.0
_TOP = 20.0


def _pdf() -> object:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    return pdf


def _draw_rows(
    pdf: object,
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_w: float,
    gutter: float = 8.0,
    left_lead: float = 5.0,
    right_lead: float = 5.0,
    size: float = 10.0,
    by_rows: bool = True,
) -> None:
    """One page: ``left`` and ``right`` lines drawn row by row (left line, right line, …), the
    drawing order of many resume generators, or ``by_rows=False`` one side after the other."""
    pdf.add_page()
    right_x = _MARGIN + left_w + gutter
    right_w = _PAGE_W - _MARGIN - right_x
    cells = []
    for i in range(max(len(left), len(right))):
        if i < len(left):
            cells.append((_MARGIN, _TOP + i * left_lead, left_w, left[i]))
        if i < len(right):
            cells.append((right_x, _TOP + i * right_lead, right_w, right[i]))
    if not by_rows:
        cells.sort(key=lambda cell: cell[0])
    for x, y, w, text in cells:
        pdf.set_font("helvetica", style="B" if text.isupper() else "", size=size)
        pdf.set_xy(x, y)
        pdf.cell(w=w, h=size * 0.45, text=text)


MAIN_1 = [
    "Priya Velasquez",
    "EXPERIENCE",
    "Lead Platform Engineer, Harbourline Logistics",
    "Mar 2021 – Present",
    "• Ran the migration of the dispatch services to managed queues",
    "• Cut the monthly cloud bill by a third across four regions",
    "Platform Engineer, Quillmere Insurance",
    "Jan 2018 – Feb 2021",
    "• Built the internal deployment portal used by forty teams",
]
MAIN_2 = [
    "• Wrote the on-call handbook and ran the incident reviews",
    "Software Engineer, Tessaline Foods",
    "Jun 2015 – Dec 2017",
    "• Kept the ordering site up through three seasonal peaks",
]
SIDE_1 = ["CONTACT", "priya@example.org", "+1 555 0100 200", "SKILLS", "Python", "Go", "Terraform"]
SIDE_2 = ["EDUCATION", "B.Sc. Computing", "Northfield Polytechnic", "2011 – 2015", "LANGUAGES"]


def _lines(data: bytes) -> list[str]:
    return [line for line in extract_text(data).text.splitlines() if line.strip()]


def test_left_sidebar_on_every_page_does_not_cut_the_body_at_the_page_break() -> None:
    pdf = _pdf()
    _draw_rows(pdf, SIDE_1, MAIN_1, left_w=50, left_lead=4.4, right_lead=5.2, size=9.5)
    _draw_rows(pdf, SIDE_2, MAIN_2, left_w=50, left_lead=4.4, right_lead=5.2, size=9.5)
    lines = _lines(bytes(pdf.output()))
    body = MAIN_1 + MAIN_2
    at = [lines.index(line) for line in body]
    assert at == list(range(at[0], at[0] + len(body)))  # the roles run on across the page break
    assert lines.index(SIDE_1[0]) < at[0]  # the first page's left sidebar is read first
    assert all(lines.index(line) > at[-1] for line in SIDE_2)  # later sidebars after the body


def test_right_sidebar_is_read_after_the_whole_body_of_a_longer_document() -> None:
    pdf = _pdf()
    _draw_rows(pdf, MAIN_1, SIDE_1, left_w=120, left_lead=5.2, right_lead=4.4, size=9.5)
    pdf.add_page()
    pdf.set_font("helvetica", size=9.5)
    for i, line in enumerate(MAIN_2):
        pdf.set_xy(_MARGIN, _TOP + 5.2 * i)
        pdf.cell(w=120, h=4.3, text=line)
    lines = _lines(bytes(pdf.output()))
    body = MAIN_1 + MAIN_2
    at = [lines.index(line) for line in body]
    assert at == list(range(at[0], at[0] + len(body)))
    assert all(lines.index(line) > at[-1] for line in SIDE_1)


def test_a_one_page_sidebar_stays_where_it_is() -> None:
    pdf = _pdf()
    _draw_rows(pdf, SIDE_1, MAIN_1, left_w=50, left_lead=4.4, right_lead=5.2, size=9.5)
    lines = _lines(bytes(pdf.output()))
    assert lines == SIDE_1 + MAIN_1


LEFT_PROSE = [
    "EDUCATION",
    "2014 - 2016 - Westbrook University",
    "Master of Science in Data Systems",
    "Thesis on streaming joins over late and out-",
    "of-order events, with a small prototype",
    "Taught two lab groups of the databases class",
    "2010 - 2014 - Westbrook University",
    "Bachelor of Science in Computing",
]
RIGHT_PROSE = [
    "EXPERIENCE",
    "2019 - now - Corvane Analytics",
    "Senior Data Engineer",
    "Designed the nightly load of the sales data",
    "store and moved it to incremental batches",
    "Mentored three graduates through their first",
    "2016 - 2019 - Fennick Retail Group",
    "Data Engineer on the pricing team's pipelines",
]


def test_two_text_columns_sharing_baselines_are_read_column_by_column() -> None:
    """Education left, experience right, drawn row by row on the same baselines: not a table."""
    pdf = _pdf()
    _draw_rows(pdf, LEFT_PROSE, RIGHT_PROSE, left_w=86, gutter=8)
    lines = _lines(bytes(pdf.output()))
    assert lines == LEFT_PROSE + RIGHT_PROSE


def test_a_table_of_short_cells_stays_row_by_row() -> None:
    """Label/value rows ("Python  5 years") line up and are short: a table, read across."""
    labels = ["Python", "Go", "Terraform", "PostgreSQL", "Kubernetes", "Linux", "Ansible"]
    values = [f"{n} years of daily use" for n in range(2, 9)]
    pdf = _pdf()
    _draw_rows(pdf, labels, values, left_w=86, gutter=8)
    lines = _lines(bytes(pdf.output()))
    assert lines == [f"{a}  {b}" for a, b in zip(labels, values, strict=True)]


def test_a_timeline_of_dates_beside_titles_stays_row_by_row() -> None:
    dates = ["2019 – now", "2016 – 2019", "2013 – 2016", "2011 – 2013", "2009 – 2011", "2008"]
    titles = [
        "Head of Data, Corvane Analytics, leading the platform and analytics teams",
        "Data Engineer, Fennick Retail Group, pricing and stock pipelines",
        "Analyst, Marlowe Transit Authority, ridership forecasting",
        "Junior Analyst, Marlowe Transit Authority, weekly reporting",
        "Research Assistant, Westbrook University, survey data cleaning",
        "Intern, Pellham Water Board, maintenance records",
    ]
    pdf = _pdf()
    _draw_rows(pdf, dates, titles, left_w=30, gutter=6)
    lines = _lines(bytes(pdf.output()))
    assert lines == [f"{a}  {b}" for a, b in zip(dates, titles, strict=True)]


def test_short_words_drawn_in_kerned_pieces_keep_their_spaces() -> None:
    """A heading of short words drawn in pieces ("A" "D" "AY" "OF" …) is not letter-spaced text
    ("J A R E D" glyph by glyph): its pieces touch inside a word, so the word gaps are spaces."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", style="B", size=16)
    space = 0.28 * 16 / pdf.k  # a word space, in user units (mm)
    x = _MARGIN
    for word in ["A", "DAY", "OF", "MY", "LIFE", "IN", "AN", "ODD", "TOWN"]:
        pieces = [word] if len(word) <= 2 else [word[:1], word[1:3], word[3:]]
        for piece in filter(None, pieces):
            pdf.text(x, _TOP, piece)
            x += pdf.get_string_width(piece)
        x += space
    assert _lines(bytes(pdf.output())) == ["A DAY OF MY LIFE IN AN ODD TOWN"]


def test_a_column_with_columns_of_its_own_is_read_column_by_column() -> None:
    """An infographic: a text column, chart labels, and a timeline on the right. The page's
    gutter falls after the text column; the timeline must not be interleaved with the labels."""
    text = [f"Profile line {i} about the work" for i in range(12)]
    labels = ["Research", "Consulting", "Design", "Teaching", "Writing", "Travel"]
    timeline = [f"{2020 - 2 * i} Analyst at Kestrel Works {i}" for i in range(10)]
    cells = (
        [(15, 20 + 5.0 * i, 45, t) for i, t in enumerate(text)]
        + [(75, 22 + 9.0 * i, 30, t) for i, t in enumerate(labels)]
        + [(125, 24 + 7.0 * i, 70, t) for i, t in enumerate(timeline)]
    )
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    for x, y, w, t in sorted(cells, key=lambda c: c[1]):  # drawn top to bottom, row by row
        pdf.set_xy(x, y)
        pdf.cell(w=w, h=4, text=t)
    lines = _lines(bytes(pdf.output()))
    assert lines == text + labels + timeline


def test_a_date_column_stays_on_its_page() -> None:
    """Dates drawn as a narrow right column after the roles: not a sidebar to move away."""
    body = ["Harbourline Logistics, Lead Platform Engineer", "• Ran the dispatch migration"] * 3
    dates = ["Mar 2021 – now", "", "Jan 2018 – 2021", "", "Jun 2015 – 2017", ""]
    pdf = _pdf()
    _draw_rows(pdf, body, dates, left_w=130, gutter=6, by_rows=False)
    _draw_rows(pdf, MAIN_2, [], left_w=130)
    text = extract_text(bytes(pdf.output())).text
    assert text.index("Jun 2015 – 2017") < text.index(MAIN_2[0])


def _words_at(pdf: object, words: Sequence[str], gaps_em: Sequence[float], size: float) -> None:
    """Words drawn one by one on one baseline, ``gaps_em[i]`` (x font size) after word i."""
    pdf.set_font("helvetica", size=size)
    x = _MARGIN
    for word, gap in zip(words, [*gaps_em, 0.0], strict=True):
        pdf.text(x, _TOP, word)
        x += pdf.get_string_width(word) + gap * size / pdf.k


def test_a_table_rows_cells_stay_apart_when_the_cell_gap_is_narrow() -> None:
    """A cell gap of 1.5 em (a town cell, then the school) is far wider than the row's word
    gaps: the cells are two, so the school's name does not start with the town."""
    pdf = _pdf()
    pdf.add_page()
    _words_at(
        pdf, ["Lakemoor,", "Norland", "Eastbay", "Junior", "College"], [0.25, 1.5, 0.25, 0.25], 10
    )
    assert _lines(bytes(pdf.output())) == ["Lakemoor, Norland  Eastbay Junior College"]


def test_a_justified_lines_wide_word_gaps_stay_single_spaces() -> None:
    pdf = _pdf()
    pdf.add_page()
    _words_at(
        pdf, ["Design", "software", "architecture", "and", "testing"], [1.2, 1.3, 1.2, 1.25], 10
    )
    assert _lines(bytes(pdf.output())) == ["Design software architecture and testing"]


def _frag(x: float, y: float, text: str, order: int, size: float = 10.0) -> Fragment:
    return Fragment(x0=x, x1=x + 5.0 * len(text), y=y, size=size, text=text, order=order)


def test_a_short_block_beside_the_body_is_no_sidebar_to_move() -> None:
    """Three contact lines beside the top of a long body are not a sidebar running down the
    page: in a two-page document they stay on their page."""
    body = [_frag(40, 800 - 14 * i, f"Body line {i:02d} of the first page", i) for i in range(40)]
    block = [_frag(420, 800 - 14 * i, f"contact {c}", 100 + i) for i, c in enumerate("abc")]
    first = layout_page(body + block)
    second = layout_page([_frag(40, 800, "Second page body line", 0)])
    pages, moved = flow_pages([first, second])
    assert moved == [] and pages[0] == first.lines
    assert [line for line in first.lines if line.startswith("contact")] == [
        "contact a",
        "contact b",
        "contact c",
    ]


def test_a_row_starting_inside_the_gutters_pad_does_not_break_the_page() -> None:
    """A centred line whose one segment starts just inside the gutter's pad crosses no gutter
    and has no left part: it was a ValueError, and the whole PDF was called damaged."""
    from atspro.analysis.documents.pdf_layout import Row, _full_width, _segment

    seg = _segment([_frag(298.5, 500, "No.", 0)])  # 298.5 to 313.5, centred on the page
    row = Row(segments=[seg], y=500)
    assert _full_width(row, 300.0, (40.0, 560.0)) is False

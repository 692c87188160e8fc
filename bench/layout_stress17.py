"""Layout stress set, round 17 (``CASES17``): the made-up CV of ``bench/layout_stress.py`` in
three shapes real resume tools make that the earlier sets lacked, each checked by the same
``check``:

- PDF: a coloured left sidebar holding the contact details and the skills (with level bars),
  the name over a right body whose headings sit in coloured bands as wide as the body only;
- PDF: a timeline whose dates stand in a left gutter column (one line, or the range broken on
  two lines "Jan 2020 -" / "Present"), a rule with a dot at each role, schools on it too;
- DOCX: the whole CV in one table with merged cells: the name and the contact line merged
  across the table, a section label merged down its rows, a dates column beside each entry.

Run by ``tests/unit/test_layout17.py``; the bench prints them after the earlier rounds':

    .venv/bin/python -m bench.layout_stress [-s] [name part ...]
"""

from __future__ import annotations

from bench.layout_stress import (
    BULLETS,
    CONTACT,
    EDU,
    NAME,
    ROLES,
    SKILLS,
    Page,
    docx_bytes,
    docx_doc,
)

CASES17: dict = {}

BODY_X = 215  # where the body starts right of the sidebar
BODY_RIGHT = 560


# ---------------------------------------------------------------- sidebar + banded body
def pdf_sidebar_band_body(dark: bool, bars: bool = True, pills: bool = False) -> bytes:
    """A filled left sidebar (contact, skills with level bars, or in pills two to a row), a
    body with banded headings."""
    p = Page()
    pdf = p.pdf
    pdf.set_fill_color(*((35, 45, 70) if dark else (225, 230, 238)))
    pdf.rect(0, 0, BODY_X - 20, 842, style="F")
    ink = (255, 255, 255) if dark else (0, 0, 0)

    def side(y: float, text: str, size: float = 9, style: str = "") -> None:
        pdf.set_text_color(*ink)
        p.t(24, y, text, size, style)
        pdf.set_text_color(0, 0, 0)

    y = 120
    side(y, "CONTACT", 11, "B")
    y += 18
    for c in CONTACT:
        side(y, c, 8)
        y += 14
    y += 14
    side(y, "SKILLS", 11, "B")
    y += 18
    for n, s in enumerate(SKILLS):
        if pills:  # a rounded box around each skill, two to a row
            x = 24 + 86 * (n % 2)
            pdf.set_fill_color(120, 170, 230)
            pdf.rect(x - 4, y - 10, 80, 15, style="F", round_corners=True, corner_radius=6)
            pdf.set_text_color(*ink)
            p.t(x, y, s, 8)
            pdf.set_text_color(0, 0, 0)
            y += 22 * (n % 2)
            continue
        side(y, s, 9)
        if bars:  # a level bar under the skill: a filled and an empty part
            pdf.set_fill_color(120, 170, 230)
            pdf.rect(24, y + 4, 60 + 15 * (n % 4), 4, style="F")
            pdf.set_fill_color(90, 100, 120)
            pdf.rect(84 + 15 * (n % 4), y + 4, 60 - 15 * (n % 4), 4, style="F")
        y += 24

    def band(y: float, h: str) -> None:
        pdf.set_fill_color(40, 90, 160)
        pdf.rect(BODY_X - 6, y - 12, BODY_RIGHT - BODY_X + 12, 17, style="F")
        pdf.set_text_color(255, 255, 255)
        p.t(BODY_X, y, h, 11, "B")
        pdf.set_text_color(0, 0, 0)

    p.t(BODY_X, 60, NAME, 24, "B")
    p.t(BODY_X, 82, "Data Analyst", 12)
    y = 120
    band(y, "EXPERIENCE")
    y += 22
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=True):
        p.t(BODY_X, y, title, 10, "B")
        p.right(BODY_RIGHT, y, dates, 9)
        y += 13
        p.t(BODY_X, y, comp, 10)
        y += 13
        for b in bullets:
            p.t(BODY_X + 6, y, "- " + b, 8)
            y += 12
        y += 8
    y += 6
    band(y, "EDUCATION")
    y += 22
    for deg, school, year in EDU:
        p.t(BODY_X, y, deg, 10, "B")
        p.right(BODY_RIGHT, y, year, 9)
        y += 13
        p.t(BODY_X, y, school, 10)
        y += 18
    return p.bytes()


CASES17["pdf sidebar skills+contact, banded body"] = lambda: (
    pdf_sidebar_band_body(True),
    "cv.pdf",
)
CASES17["pdf sidebar skill pills, banded body"] = lambda: (
    pdf_sidebar_band_body(True, bars=False, pills=True),
    "cv.pdf",
)
CASES17["pdf light sidebar skills+contact, banded body"] = lambda: (
    pdf_sidebar_band_body(False),
    "cv.pdf",
)


# ---------------------------------------------------------------- timeline, dates in a gutter
def pdf_timeline_gutter(two_lines: bool, joiner: str = " -") -> bytes:
    """Dates in a left gutter column (right-aligned to the rule), a rule with a dot at each
    entry, the entries right of it; the schools on the same timeline."""
    p = Page()
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    rule = 130
    x = rule + 16
    pdf = p.pdf

    def dot(y: float) -> None:
        pdf.set_fill_color(40, 90, 160)
        pdf.ellipse(rule - 3, y - 6, 6, 6, style="F")

    def gutter(y: float, dates: str) -> None:
        if two_lines and " - " in dates:
            start, end = dates.split(" - ")
            p.right(rule - 10, y, start + joiner, 8)
            p.right(rule - 10, y + 10, end, 8)
        else:
            p.right(rule - 10, y, dates, 8)

    y = 110
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 22
    top = y - 10
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=True):
        dot(y)
        gutter(y, dates)
        p.t(x, y, title, 10, "B")
        y += 13
        p.t(x, y, comp)
        y += 13
        for b in bullets:
            p.t(x + 6, y, "- " + b, 9)
            y += 12
        y += 10
    y += 6
    p.t(40, y, "EDUCATION", 12, "B")
    y += 22
    for deg, school, year in EDU:
        dot(y)
        gutter(y, year)
        p.t(x, y, deg, 10, "B")
        y += 13
        p.t(x, y, school)
        y += 20
    pdf.set_draw_color(40, 90, 160)
    pdf.line(rule, top, rule, y - 14)
    y += 6
    p.t(40, y, "SKILLS", 12, "B")
    p.t(40, y + 16, ", ".join(SKILLS))
    return p.bytes()


CASES17["pdf timeline gutter dates"] = lambda: (pdf_timeline_gutter(False), "cv.pdf")
CASES17["pdf timeline gutter dates two lines"] = lambda: (pdf_timeline_gutter(True), "cv.pdf")
CASES17["pdf timeline gutter dates two lines to"] = lambda: (
    pdf_timeline_gutter(True, " to"),
    "cv.pdf",
)


# ---------------------------------------------------------------- DOCX table, merged cells
def docx_merged_table(label_column: bool, dates_right: bool = False) -> bytes:
    """The whole CV in one table: the name and the contacts merged across it, each section's
    label merged down its rows (``label_column``) or a merged heading row, a dates column."""
    d = docx_doc()
    cols = 3 if label_column else 2
    rows: list[tuple[str, str, list[str]]] = []  # (section, dates, paragraphs)
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=True):
        rows.append(("EXPERIENCE", dates, [title, comp, *("- " + b for b in bullets)]))
    for deg, school, year in EDU:
        rows.append(("EDUCATION", year, [deg, school]))
    t = d.add_table(rows=0, cols=cols)

    def whole_row(text: str) -> None:
        cells = t.add_row().cells
        cells[0].merge(cells[-1]).text = text

    whole_row(NAME)
    whole_row(" | ".join(CONTACT))
    section = ""
    first_of: dict[str, int] = {}
    for name, dates, paras in rows:
        if name != section and not label_column:
            whole_row(name)
        section = name
        cells = t.add_row().cells
        at = len(t.rows) - 1
        first_of.setdefault(name, at)
        if label_column and first_of[name] == at:
            cells[0].text = name
        when, what = (cells[-1], cells[-2]) if dates_right else (cells[-2], cells[-1])
        when.text = dates
        what.text = paras[0]
        for para in paras[1:]:
            what.add_paragraph(para)
    if label_column:  # each label cell merged down its section's rows
        ends = [*sorted(first_of.values())[1:], len(t.rows)]
        for start, end in zip(sorted(first_of.values()), ends, strict=True):
            t.cell(start, 0).merge(t.cell(end - 1, 0))
    cells = t.add_row().cells
    if label_column:
        cells[0].text = "SKILLS"
        cells[1].merge(cells[2]).text = ", ".join(SKILLS)
    else:
        cells[0].merge(cells[1]).text = "SKILLS"
        whole_row(", ".join(SKILLS))
    return docx_bytes(d)


CASES17["docx table merged cells, label column"] = lambda: (docx_merged_table(True), "cv.docx")
CASES17["docx table merged cells, heading rows"] = lambda: (docx_merged_table(False), "cv.docx")
CASES17["docx table merged cells, dates right"] = lambda: (
    docx_merged_table(True, dates_right=True),
    "cv.docx",
)

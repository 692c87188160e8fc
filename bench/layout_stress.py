"""Layout stress set (round 12): made-up resumes drawn in many layouts, extracted and parsed.

Each layout (PDF pages drawn with fpdf2, DOCX built with python-docx: sidebars left and right
of different widths, dates in a gutter drawn apart from their roles, tables of roles and of
education drawn row by row or column by column, text boxes, header and footer parts, two-
column skills lists, centred headings, fake bold, ligatures, bullets glued to words) must
give the same name, contact, sections, roles with dates, schools and skills. Prints OK or
FAIL and what differs per layout; ``-s`` prints the extracted text, other arguments pick
layouts by a part of their name:

    .venv/bin/python -m bench.layout_stress [-s] [name part ...]

Round 13 (``CASES13``, run by ``tests/unit/test_extract_layout_stress13.py`` but for the two
read through OCR): shapes real resume tools produce — text as TJ arrays and one-glyph runs,
letter-spaced, banded, turned, small-caps and stroked headings, split names, three-cell contact
rows, icons, timelines, photos, bordered tables, page-1 footers inside a role, hidden keywords
(flagged, not parsed: the check parses ``visible_text`` as the service does), a scan's text
layer, a font with no text mapping, text as outlines; DOCX content controls, fields, tracked
changes, comments, nested and whole-CV tables, right-to-left paragraphs, breaks, soft hyphens,
smart tags, frames, hyperlinks, headers; ODT frames and line breaks. Every layout but the
hidden-keyword ones must report no hidden text, and no heading may head nothing.

Known left: an education table of degree | school (no year column) drawn column by column
is read column by column, like a course list in two columns (its schools are found). The
unmapped-font page is read through its embedded font file's cmap since round 14 (OCR had lost
a letter of the place and "Power BI"). Round 14's layouts: ``bench/layout_stress14.py``;
round 15's: ``bench/layout_stress15.py``.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from fpdf import FPDF

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
NAME = "Jane Doe"
CONTACT = ["jane.doe@example.com", "+1 217 555 0134", "Springfield, Illinois"]
ROLES = [
    ("Senior Data Analyst", "Acme Robotics", "Jan 2020 - Present", "2020-01"),
    ("Data Analyst", "Northwind Traders", "Mar 2016 - Dec 2019", "2016-03"),
    ("Junior Analyst", "Blue Harbor Logistics", "Jun 2013 - Feb 2016", "2013-06"),
]
BULLETS = [
    ["Led a team of four analysts on weekly sales forecasts.", "Built dashboards for the board."],
    ["Cut report build time by half with scripted pipelines.", "Wrote the quarterly review."],
    ["Cleaned shipment records for the billing team.", "Answered customer data requests."],
]
EDU = [
    ("M.Sc. Statistics", "Northfield College", "2013"),
    ("B.Sc. Mathematics", "Lakeside University", "2011"),
]
HEADINGS = {"CONTACT", "EXPERIENCE", "EDUCATION", "SKILLS"}
SKILLS = ["Python", "SQL", "Tableau", "Excel", "Power BI", "Statistics"]


def check(name: str, data: bytes, filename: str, show: bool = False) -> list[str]:
    """Extract and parse one layout; print and return what differs from the made-up CV."""
    got = extract_text(data, filename)
    text = got.visible_text or got.text  # what the service parses (services/reading.py)
    r = parse_resume(text, today=date(2026, 12, 1))
    bad = []
    if "hidden" not in name and got.hidden_text_chars:
        bad.append(f"{got.hidden_text_chars} characters reported hidden")
    if "hidden" in name:  # keyword stuffing: flagged, not read as the resume's content
        if got.hidden_text_chars < len(HIDDEN_WORDS.replace(" ", "")):
            bad.append(f"hidden text not flagged ({got.hidden_text_chars} chars)")
        stuffed = [s.name for s in r.skills if s.name.casefold() in HIDDEN_WORDS.casefold()]
        if stuffed:
            bad.append(f"hidden keywords read as skills {stuffed}")
    c = r.contact
    if c.full_name != NAME:
        bad.append(f"name={c.full_name!r}")
    if c.email != CONTACT[0]:
        bad.append(f"email={c.email!r}")
    if not c.phone:
        bad.append("phone")
    if not c.location or "Springfield" not in c.location:
        bad.append(f"location={c.location!r}")
    lines = [line.strip().upper() for line in text.splitlines() if line.strip()]
    for k, line in enumerate(lines):  # a heading read apart from its block (after it, at the end)
        if line in HEADINGS and (k + 1 == len(lines) or lines[k + 1] in HEADINGS):
            bad.append(f"heading {line} heads nothing")
    for s in ("experience", "education", "skills"):
        if s not in r.sections:
            bad.append(f"section {s} missing ({r.sections})")
    got = {(w.position, w.company, w.start) for w in r.work_experience}
    for title, comp, _, start in ROLES:
        if (title, comp, start) not in got:
            bad.append(f"role {title}|{comp}|{start} not in {sorted(got, key=str)}")
    if len(r.work_experience) != len(ROLES):
        bad.append(f"{len(r.work_experience)} roles")
    edu = {(e.institution, e.graduation_date) for e in r.education}
    for _, school, year in EDU:
        if (school, None if "years=False" in name else year) not in edu:
            bad.append(f"edu {school}|{year} not in {edu}")
    degs = [e.degree for e in r.education]
    for deg, _, _ in EDU:
        if not any(d and deg.split()[0] in d for d in degs):
            bad.append(f"degree {deg} not in {degs}")
    sk = {s.name.casefold() for s in r.skills}
    miss = [s for s in SKILLS if not any(s.casefold() in k for k in sk)]
    if miss:
        bad.append(f"skills missing {miss}")
    if NOT_READ.split()[0] in text:
        bad.append(f"{NOT_READ!r} read")
    print(("OK   " if not bad else "FAIL ") + name)
    for b in bad:
        print("     ", b)
    if show:
        print("     ---- text:")
        for line in text.splitlines():
            print("     |", line)
    return bad


# ---------------------------------------------------------------- PDF helpers
class Page:
    def __init__(self) -> None:
        self.pdf = FPDF(format="A4", unit="pt")
        self.pdf.set_auto_page_break(auto=False)
        self.pdf.add_page()

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.pdf.set_font("helvetica", style=style, size=size)
        self.pdf.text(x, y, text)

    def right(self, xr: float, y: float, text: str, size: float = 10) -> None:
        self.pdf.set_font("helvetica", size=size)
        self.pdf.text(xr - self.pdf.get_string_width(text), y, text)

    def centre(self, xc: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.pdf.set_font("helvetica", style=style, size=size)
        self.pdf.text(xc - self.pdf.get_string_width(text) / 2, y, text)

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def headed_page() -> Page:
    """A page headed by the name and, on one line below it, the contact details."""
    p = Page()
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    return p


def main_column(
    p: Page,
    x: float,
    y: float,
    *,
    dates_inline: bool = True,
    step: float = 14,
    edu: bool = True,
    heading=None,
) -> float:
    heading = heading or (lambda y, h: p.t(x, y, h, 12, "B"))
    heading(y, "EXPERIENCE")
    y += step * 1.4
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        p.t(x, y, f"{title}, {comp}", 10, "B")
        y += step
        if dates_inline:
            p.t(x, y, dates)
            y += step
        for b in bullets:
            p.t(x + 6, y, "- " + b, 9)
            y += step
        y += 4
    if edu:
        y += 6
        heading(y, "EDUCATION")
        y += step * 1.4
        for deg, school, year in EDU:
            p.t(x, y, f"{deg}, {school}, {year}")
            y += step
    return y


def education_block(p: Any, y: float, *, years_right: bool = False) -> float:
    """The EDUCATION heading at ``y`` and one line a school ("Degree, School, Year", or the year
    right-aligned at the page's edge); the ``y`` below it."""
    p.t(40, y, "EDUCATION", 12, "B")
    y += 18
    for deg, school, year in EDU:
        if years_right:
            p.t(40, y, f"{deg}, {school}")
            p.right(555, y, year)
        else:
            p.t(40, y, f"{deg}, {school}, {year}")
        y += 14
    return y


def sidebar(p: Page, x: float, y: float, *, contact: bool = True, step: float = 14) -> float:
    if contact:
        p.t(x, y, "CONTACT", 11, "B")
        y += step * 1.3
        for c in CONTACT:
            p.t(x, y, c, 9)
            y += step
        y += 8
    p.t(x, y, "SKILLS", 11, "B")
    y += step * 1.3
    for s in SKILLS:
        p.t(x, y, s, 9)
        y += step
    return y


def pdf_single() -> bytes:
    p = headed_page()
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


def pdf_left_sidebar(width: float) -> bytes:
    p = Page()
    sidebar(p, 30, 120)
    p.t(40 + width, 50, NAME, 22, "B")
    p.t(40 + width, 72, "Data Analyst", 12)
    main_column(p, 40 + width, 120, step=13)
    return p.bytes()


def pdf_right_sidebar(width: float) -> bytes:
    p = Page()
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 72, "Data Analyst", 12)
    main_column(p, 40, 120, step=13)
    sidebar(p, 595 - width, 120)
    return p.bytes()


def pdf_sidebar_footer() -> bytes:
    p = Page()
    sidebar(p, 30, 120)
    p.t(180, 50, NAME, 22, "B")
    main_column(p, 180, 120, step=13)
    p.centre(297, 820, "Jane Doe - Resume - Page 1 of 1", 8)
    return p.bytes()


def pdf_gutter_dates(side: str, order: str) -> bytes:
    """Dates in a gutter beside each role line."""
    p = headed_page()
    y0 = 110
    xm = 150 if side == "left" else 40
    p.t(xm, y0, "EXPERIENCE", 12, "B")
    y = y0 + 20
    spots = []
    body = []
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        spots.append((y, dates))
        body.append((xm, y, title, 10, "B"))
        y += 13
        body.append((xm, y, comp, 10, ""))
        y += 13
        for b in bullets:
            body.append((xm + 6, y, "- " + b, 9, ""))
            y += 13
        y += 6

    def draw_dates():
        for yy, d in spots:
            if side == "left":
                p.t(40, yy, d, 9)
            else:
                p.right(555, yy, d, 9)

    if order == "after":
        for b in body:
            p.t(*b)
        draw_dates()
    elif order == "before":
        draw_dates()
        for b in body:
            p.t(*b)
    else:  # interleaved row by row
        di = 0
        for b in body:
            if di < len(spots) and abs(spots[di][0] - b[1]) < 0.1:
                if side == "left":
                    p.t(40, spots[di][0], spots[di][1], 9)
                    p.t(*b)
                else:
                    p.t(*b)
                    p.right(555, spots[di][0], spots[di][1], 9)
                di += 1
            else:
                p.t(*b)
    y += 10
    p.t(xm, y, "EDUCATION", 12, "B")
    y += 20
    for deg, school, year in EDU:
        if side == "left":
            p.t(40, y, year, 9)
            p.t(xm, y, f"{deg}, {school}")
        else:
            p.t(xm, y, f"{deg}, {school}")
            p.right(555, y, year, 9)
        y += 14
    y += 10
    p.t(xm, y, "SKILLS", 12, "B")
    p.t(xm, y + 16, ", ".join(SKILLS))
    return p.bytes()


def pdf_table(kind: str, by_rows: bool) -> bytes:
    p = headed_page()
    y = 110
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 20
    if kind == "roles":
        rows = [(t, c, d) for t, c, d, _ in ROLES]
        xs = [40, 220, 400]
    else:
        rows = []
    cells = []
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            cells.append((i, j, y + i * 16, xs[j], cell))
    if not by_rows:
        cells.sort(key=lambda c: (c[1], c[0]))
    for _, _, yy, xx, cell in cells:
        p.t(xx, yy, cell)
    y += 16 * len(rows) + 14
    p.t(40, y, "EDUCATION", 12, "B")
    y += 20
    cells = []
    xs = [40, 220, 420]
    for i, row in enumerate(EDU):
        for j, cell in enumerate(row):
            cells.append((i, j, y + i * 16, xs[j], cell))
    if not by_rows:
        cells.sort(key=lambda c: (c[1], c[0]))
    for _, _, yy, xx, cell in cells:
        p.t(xx, yy, cell)
    y += 16 * len(EDU) + 14
    p.t(40, y, "SKILLS", 12, "B")
    p.t(40, y + 16, ", ".join(SKILLS))
    return p.bytes()


def pdf_two_col_skills(by_rows: bool) -> bytes:
    p = headed_page()
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    y += 28
    half = (len(SKILLS) + 1) // 2
    cells = [(i % half, i // half, s) for i, s in enumerate(SKILLS)]
    if by_rows:
        cells.sort()
    for r, c, s in cells:
        p.t(50 + 200 * c, y + 14 * r, "- " + s)
    return p.bytes()


def pdf_centred() -> bytes:
    p = Page()
    p.centre(297, 50, NAME, 22, "B")
    p.centre(297, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 60, 110, heading=lambda y, h: p.centre(297, y, h, 12, "B"))
    p.centre(297, y + 10, "SKILLS", 12, "B")
    p.t(60, y + 26, ", ".join(SKILLS))
    return p.bytes()


def pdf_glued_bullets() -> bytes:
    p = headed_page()
    y = 100
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 18
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        p.t(40, y, f"{title}, {comp}", 10, "B")
        p.right(555, y, dates)
        y += 14
        for b in bullets:
            p.t(46, y, "-", 9)  # core font: no bullet glyph
            p.t(50, y, b, 9)
            y += 14
    y += 10
    y = education_block(p, y, years_right=True)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, " \u00b7 ".join(SKILLS))
    return p.bytes()


def pdf_fake_bold(offset: float) -> bytes:
    """Headings and the name drawn twice, offset (fake bold / shadow)."""
    p = Page()

    def heavy(x, y, text, size=12):
        p.t(x, y, text, size, "B")
        p.t(x + offset, y, text, size, "B")

    heavy(40, 50, NAME, 22)
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100, heading=lambda y, h: heavy(40, y, h))
    heavy(40, y + 10, "SKILLS")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


# ---------------------------------------------------------------- DOCX
def docx_doc():
    import docx

    return docx.Document()


def docx_bytes(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def docx_body(d, *, roles_table=False, edu_table=False, dates_col=False):
    d.add_paragraph("EXPERIENCE")
    if roles_table:
        t = d.add_table(rows=0, cols=3)
        for title, comp, dates, _ in ROLES:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = title, comp, dates
    elif dates_col:
        t = d.add_table(rows=0, cols=2)
        for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
            cells = t.add_row().cells
            cells[0].text = dates
            cells[1].text = title
            cells[1].add_paragraph(comp)
            for b in bullets:
                cells[1].add_paragraph("- " + b)
    else:
        for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
            d.add_paragraph(f"{title}, {comp}")
            d.add_paragraph(dates)
            for b in bullets:
                d.add_paragraph("- " + b)
    d.add_paragraph("EDUCATION")
    if edu_table:
        t = d.add_table(rows=0, cols=3)
        for deg, school, year in EDU:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = deg, school, year
    else:
        for deg, school, year in EDU:
            d.add_paragraph(f"{deg}, {school}, {year}")
    d.add_paragraph("SKILLS")
    d.add_paragraph(", ".join(SKILLS))


def docx_plain(**kw) -> bytes:
    d = docx_doc()
    d.add_paragraph(NAME)
    d.add_paragraph(" | ".join(CONTACT))
    docx_body(d, **kw)
    return docx_bytes(d)


def docx_header() -> bytes:
    d = docx_doc()
    h = d.sections[0].header
    h.paragraphs[0].text = NAME
    h.add_paragraph(" | ".join(CONTACT))
    docx_body(d)
    return docx_bytes(d)


def docx_sidebar_table() -> bytes:
    """A two-cell layout table: sidebar (contact, skills) left, body right."""
    d = docx_doc()
    t = d.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = "CONTACT"
    for c in CONTACT:
        left.add_paragraph(c)
    left.add_paragraph("SKILLS")
    for s in SKILLS:
        left.add_paragraph(s)
    right.text = NAME
    right.add_paragraph("EXPERIENCE")
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        right.add_paragraph(f"{title}, {comp}")
        right.add_paragraph(dates)
        for b in bullets:
            right.add_paragraph("- " + b)
    right.add_paragraph("EDUCATION")
    for deg, school, year in EDU:
        right.add_paragraph(f"{deg}, {school}, {year}")
    return docx_bytes(d)


def docx_textbox() -> bytes:
    """Name and contact in a text box (wps:txbx inside a drawing anchor)."""
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    )
    xml = (
        f'<w:r {ns}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="900000"/><wp:wrapNone/>'
        '<wp:docPr id="1" name="Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        "<wps:spPr/><wps:txbx><w:txbxContent>"
        f"{_box_paragraphs()}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></w:r>"
    )
    return _docx_with_run(xml)


def _box_paragraphs() -> str:
    """The name and contact lines as a text box's WordprocessingML paragraphs."""
    return "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in [NAME, *CONTACT])


def _docx_with_run(run_xml: str) -> bytes:
    """A DOCX whose first paragraph holds ``run_xml`` (a drawn or VML text box), then the body."""
    from docx.oxml import parse_xml

    d = docx_doc()
    d.add_paragraph()._p.append(parse_xml(run_xml))
    docx_body(d)
    return docx_bytes(d)


CASES = {
    "pdf single": lambda: (pdf_single(), "cv.pdf"),
    "pdf left sidebar 140": lambda: (pdf_left_sidebar(140), "cv.pdf"),
    "pdf left sidebar 200": lambda: (pdf_left_sidebar(200), "cv.pdf"),
    "pdf right sidebar 150": lambda: (pdf_right_sidebar(150), "cv.pdf"),
    "pdf right sidebar 190": lambda: (pdf_right_sidebar(190), "cv.pdf"),
    "pdf sidebar + footer": lambda: (pdf_sidebar_footer(), "cv.pdf"),
    **{
        f"pdf gutter dates {s} {o}": (lambda s=s, o=o: (pdf_gutter_dates(s, o), "cv.pdf"))
        for s in ("left", "right")
        for o in ("after", "before", "rows")
    },
    "pdf table by rows": lambda: (pdf_table("roles", True), "cv.pdf"),
    "pdf table by cols": lambda: (pdf_table("roles", False), "cv.pdf"),
    "pdf two-col skills by cols": lambda: (pdf_two_col_skills(False), "cv.pdf"),
    "pdf two-col skills by rows": lambda: (pdf_two_col_skills(True), "cv.pdf"),
    "pdf centred": lambda: (pdf_centred(), "cv.pdf"),
    "pdf glued bullets": lambda: (pdf_glued_bullets(), "cv.pdf"),
    "pdf fake bold 0.5": lambda: (pdf_fake_bold(0.5), "cv.pdf"),
    "pdf fake bold 2.5": lambda: (pdf_fake_bold(2.5), "cv.pdf"),
    "docx plain": lambda: (docx_plain(), "cv.docx"),
    "docx roles table": lambda: (docx_plain(roles_table=True), "cv.docx"),
    "docx edu table": lambda: (docx_plain(edu_table=True), "cv.docx"),
    "docx dates column": lambda: (docx_plain(dates_col=True), "cv.docx"),
    "docx header part": lambda: (docx_header(), "cv.docx"),
    "docx sidebar table": lambda: (docx_sidebar_table(), "cv.docx"),
    "docx text box": lambda: (docx_textbox(), "cv.docx"),
}


def fit(p: Page, text: str, width: float) -> str:
    p.pdf.set_font("helvetica", size=9)
    while p.pdf.get_string_width(text) > width:
        text = text[:-1]
    return text.rstrip()


def pdf_sidebar_gutter_dates(
    side: str, order: str, sidebar_left: bool = True, dy: float = 0.0, short: bool = False
) -> bytes:
    """A sidebar column and a main column whose roles have their dates in a gutter."""
    p = Page()
    if sidebar_left:
        sidebar(p, 30, 120)
        x0, x1 = 190, 560
    else:
        sidebar(p, 430, 120)
        x0, x1 = 40, 400
    p.t(x0, 50, NAME, 22, "B")
    p.t(x0, 72, "Data Analyst", 12)
    xm = x0 + 80 if side == "left" else x0
    xr = x1
    y = 120
    p.t(xm, y, "EXPERIENCE", 12, "B")
    y += 20
    spots, body = [], []
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        spots.append((y + dy, dates))
        body.append((xm, y, title, 10, "B"))
        y += 13
        body.append((xm, y, comp, 10, ""))
        y += 13
        for b in bullets:
            width = (xr - xm) * 0.7 if short else xr - xm - 10  # short: a column of its own
            body.append((xm + 6, y, "- " + fit(p, b + " " + b, width), 9, ""))
            y += 13
        y += 6

    def draw_dates():
        for yy, d in spots:
            if side == "left":
                p.t(x0, yy, d, 8)
            else:
                p.right(xr, yy, d, 8)

    if order == "after":
        for b in body:
            p.t(*b)
        draw_dates()
    else:
        draw_dates()
        for b in body:
            p.t(*b)
    y += 10
    p.t(xm, y, "EDUCATION", 12, "B")
    y += 20
    for deg, school, year in EDU:
        p.t(xm, y, f"{deg}, {school}, {year}")
        y += 14
    return p.bytes()


for s in ("left", "right"):
    for o in ("after", "before"):
        for sl in (True, False):
            for dy in (0.0, 6.0):
                for sh in (False, True):
                    name = f"pdf sidebar{'L' if sl else 'R'} gutter dates {s} {o} dy{dy}"
                    CASES[name + (" short body" if sh else "")] = (
                        lambda s=s, o=o, sl=sl, dy=dy, sh=sh: (
                            pdf_sidebar_gutter_dates(s, o, sl, dy, short=sh),
                            "cv.pdf",
                        )
                    )


def pdf_glyph_bold(offset: float, shadow_dy: float = 0.0) -> bytes:
    """Headings and the name drawn glyph by glyph, each glyph twice (fake bold / shadow)."""
    p = Page()

    def heavy(x, y, text, size=12):
        p.pdf.set_font("helvetica", style="B", size=size)
        for ch in text:
            p.pdf.text(x, y, ch)
            p.pdf.text(x + offset, y + shadow_dy, ch)
            x += p.pdf.get_string_width(ch)

    heavy(40, 50, NAME, 22)
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100, heading=lambda y, h: heavy(40, y, h))
    heavy(40, y + 10, "SKILLS")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


for off in (0.3, 0.8, 1.5):
    for dy in (0.0, 0.8):
        CASES[f"pdf glyph bold {off} dy{dy}"] = lambda off=off, dy=dy: (
            pdf_glyph_bold(off, dy),
            "cv.pdf",
        )


def docx_parallel_edu(with_years: bool = True, roles_too: bool = False) -> bytes:
    """Education as a one-row table whose cells hold the degrees, schools, years in parallel."""
    d = docx_doc()
    d.add_paragraph(NAME)
    d.add_paragraph(" | ".join(CONTACT))
    d.add_paragraph("EXPERIENCE")
    if roles_too:
        t = d.add_table(rows=1, cols=3)
        a, b, c = t.rows[0].cells
        a.text, b.text, c.text = ROLES[0][0], ROLES[0][1], ROLES[0][2]
        for title, comp, dates, _ in ROLES[1:]:
            a.add_paragraph(title)
            b.add_paragraph(comp)
            c.add_paragraph(dates)
    else:
        for (title, comp, dates, _), _bullets in zip(ROLES, BULLETS, strict=False):
            d.add_paragraph(f"{title}, {comp}")
            d.add_paragraph(dates)
    d.add_paragraph("EDUCATION")
    t = d.add_table(rows=1, cols=3 if with_years else 2)
    cells = t.rows[0].cells
    for k, (deg, school, year) in enumerate(EDU):
        vals = (deg, school, year)[: len(cells)]
        for cell, v in zip(cells, vals, strict=False):
            if k == 0:
                cell.text = v
            else:
                cell.add_paragraph(v)
    if not with_years:
        d.add_paragraph("")
    d.add_paragraph("SKILLS")
    d.add_paragraph(", ".join(SKILLS))
    return docx_bytes(d)


def pdf_edu_table(by_rows: bool, header: bool, years: bool) -> bytes:
    p = headed_page()
    y = main_column(p, 40, 100, edu=False)
    p.t(40, y + 10, "EDUCATION", 12, "B")
    y += 30
    rows = (
        [(("Degree", "Institution", "Year") if years else ("Degree", "Institution"))]
        if header
        else []
    )
    rows += [r if years else r[:2] for r in EDU]
    cells = [
        (i, j, y + i * 16, [40, 220, 420][j], c)
        for i, r in enumerate(rows)
        for j, c in enumerate(r)
    ]
    if not by_rows:
        cells.sort(key=lambda c: (c[1], c[0]))
    for _, _, yy, xx, c in cells:
        p.t(xx, yy, c)
    y += 16 * len(rows) + 14
    p.t(40, y, "SKILLS", 12, "B")
    p.t(40, y + 16, ", ".join(SKILLS))
    return p.bytes()


CASES["docx parallel edu"] = lambda: (docx_parallel_edu(), "cv.docx")
CASES["docx parallel edu+roles"] = lambda: (docx_parallel_edu(roles_too=True), "cv.docx")
for br in (True, False):
    for hd in (True, False):
        for yr in (True, False):
            CASES[f"pdf edu table rows={br} header={hd} years={yr}"] = lambda br=br, hd=hd, yr=yr: (
                pdf_edu_table(br, hd, yr),
                "cv.pdf",
            )


def pdf_two_pages_sidebar(footer: bool, right: bool) -> bytes:
    """Page 1: body (name, two roles) beside a short sidebar; page 2: the last role, the
    education; a small footer at each page's foot."""
    p = Page()
    xs, xb = (430, 40) if right else (30, 190)
    p.t(xb, 50, NAME, 22, "B")
    sidebar(p, xs, 100)
    y = 100
    p.t(xb, y, "EXPERIENCE", 12, "B")
    y += 20
    for k, ((title, comp, dates, _), bullets) in enumerate(zip(ROLES, BULLETS, strict=False)):
        if k == 2:
            if footer:
                p.centre(297, 815, "Jane Doe | Page 1", 7)
            p.pdf.add_page()
            y = 50
        p.t(xb, y, f"{title}, {comp}", 10, "B")
        y += 13
        p.t(xb, y, dates)
        y += 13
        for rep in range(8):
            p.t(xb + 6, y, "- " + fit(p, bullets[rep % 2], 350), 9)
            y += 13
        y += 6
    y += 10
    p.t(xb, y, "EDUCATION", 12, "B")
    y += 18
    for deg, school, year in EDU:
        p.t(xb, y, f"{deg}, {school}, {year}")
        y += 14
    if footer:
        p.centre(297, 815, "Jane Doe | Page 2", 7)
    return p.bytes()


for ft in (False, True):
    for rt in (False, True):
        CASES[f"pdf 2 pages sidebar {'right' if rt else 'left'} footer={ft}"] = (
            lambda ft=ft, rt=rt: (pdf_two_pages_sidebar(ft, rt), "cv.pdf")
        )


def pdf_unicode(glued_bullets: bool, ligatures: bool) -> bytes:
    p = Page()
    p.pdf.add_font("dv", "", DEJAVU)

    def t(x, y, text, size=10):
        if ligatures:
            text = text.replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")
        p.pdf.set_font("dv", size=size)
        p.pdf.text(x, y, text)

    t(40, 50, NAME, 22)
    t(40, 70, " | ".join(CONTACT), 9)
    y = 100
    t(40, y, "EXPERIENCE", 12)
    y += 18
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        t(40, y, f"{title}, {comp}")
        y += 14
        t(40, y, dates)
        y += 14
        for b in bullets:
            t(
                46,
                y,
                ("\u2022" if glued_bullets else "\u2022 ") + b.replace("board", "official staff"),
                9,
            )
            y += 14
    y += 10
    t(40, y, "EDUCATION", 12)
    y += 18
    for deg, school, year in EDU:
        t(40, y, f"{deg}, {school}, {year}")
        y += 14
    t(40, y + 10, "SKILLS", 12)
    t(
        40,
        y + 26,
        ("\u2022" if glued_bullets else "\u2022 ")
        + ("  \u2022" if glued_bullets else "  \u2022 ").join([*SKILLS, "Workflow", "Profiling"]),
    )
    return p.bytes()


if Path(DEJAVU).exists():  # a Unicode font for the bullet and ligature glyphs
    CASES["pdf glued bullets unicode"] = lambda: (pdf_unicode(True, False), "cv.pdf")
    CASES["pdf ligatures"] = lambda: (pdf_unicode(False, True), "cv.pdf")
    CASES["pdf ligatures + glued"] = lambda: (pdf_unicode(True, True), "cv.pdf")


def pdf_gutter_two_line_dates(order: str) -> bytes:
    """Dates in a narrow left column, each range on two lines ("Jan 2020 -" / "Present")."""
    p = headed_page()
    y = 110
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 20
    dates, body = [], []
    for (title, comp, span, _), bullets in zip(ROLES, BULLETS, strict=False):
        a, b = span.split(" - ")
        dates += [(40, y, a + " -"), (40, y + 12, b)]
        body += [(130, y, title, 10, "B"), (130, y + 12, comp, 10, "")]
        body += [(136, y + 24 + 12 * k, "- " + bl, 9, "") for k, bl in enumerate(bullets)]
        y += 24 + 12 * len(bullets) + 8
    if order == "after":
        for b in body:
            p.t(*b)
        for x, yy, d in dates:
            p.t(x, yy, d, 9)
    else:
        for x, yy, d in dates:
            p.t(x, yy, d, 9)
        for b in body:
            p.t(*b)
    y += 10
    p.t(130, y, "EDUCATION", 12, "B")
    y += 18
    for deg, school, year in EDU:
        p.t(130, y, f"{deg}, {school}, {year}")
        y += 14
    p.t(130, y + 10, "SKILLS", 12, "B")
    p.t(130, y + 26, ", ".join(SKILLS))
    return p.bytes()


def docx_header_footer() -> bytes:
    d = docx_doc()
    h = d.sections[0].header
    h.paragraphs[0].text = NAME
    f = d.sections[0].footer
    f.paragraphs[0].text = " | ".join(CONTACT)
    docx_body(d)
    return docx_bytes(d)


def docx_vml_textbox() -> bytes:
    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    paras = _box_paragraphs()
    xml = (
        f'<w:r {ns}><w:pict><v:shape style="position:absolute;width:300pt;height:80pt">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    return _docx_with_run(xml)


CASES["pdf two-line gutter dates after"] = lambda: (pdf_gutter_two_line_dates("after"), "cv.pdf")
CASES["pdf two-line gutter dates before"] = lambda: (pdf_gutter_two_line_dates("before"), "cv.pdf")
CASES["docx header+footer"] = lambda: (docx_header_footer(), "cv.docx")
CASES["docx vml textbox"] = lambda: (docx_vml_textbox(), "cv.docx")


def pdf_contact_footer(sidebar_too: bool) -> bytes:
    p = Page()
    p.t(40, 50, NAME, 22, "B")
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    p.centre(297, 815, " | ".join(CONTACT), 8)
    return p.bytes()


CASES["pdf contact footer"] = lambda: (pdf_contact_footer(False), "cv.pdf")


# ---------------------------------------------------------------- round 13: shapes of real tools
CASES13: dict = {}  # the layouts added in round 13 (tests/unit/test_extract_layout_stress13.py)


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class RawPage(Page):
    """A page whose text is written with hand-made text operators (``draw``), as real tools
    do: TJ arrays with kerning, one glyph per run, character spacing."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode

    def _font(self, size: float, style: str) -> str:
        self.pdf.set_font("helvetica", style=style, size=size)
        self.pdf._out(self.pdf._set_font_for_page(self.pdf.current_font, size))
        return f"/F{self.pdf.current_font.i} {size:.2f} Tf"

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        tf = self._font(size, style)
        yy = 842 - y
        if self.mode == "tj":  # kerned pairs inside words, word spaces as space glyphs
            items = []
            for k, ch in enumerate(text):
                items.append(f"({_esc(ch)})")
                if k % 3 == 2 and ch != " ":
                    items.append("-18" if k % 2 else "25")
            self.pdf._out(f"BT {tf} {x:.2f} {yy:.2f} Td [{' '.join(items)}] TJ ET")
        elif self.mode == "tj gaps":  # no space glyph: each word space is a TJ offset (LaTeX)
            items = " -333 ".join(f"({_esc(w)})" for w in text.split(" "))
            self.pdf._out(f"BT {tf} {x:.2f} {yy:.2f} Td [{items}] TJ ET")
        elif self.mode in ("glyphs", "glyphs bt"):  # one run per glyph, explicit positions
            ops = [f"BT {tf}"]
            xx = x
            for ch in text:
                if ch != " ":
                    if self.mode == "glyphs":
                        ops.append(f"1 0 0 1 {xx:.2f} {yy:.2f} Tm ({_esc(ch)}) Tj")
                    else:
                        ops.append(f"BT {tf} {xx:.2f} {yy:.2f} Td ({_esc(ch)}) Tj ET")
                xx += self.pdf.get_string_width(ch)
            ops.append("ET")
            if self.mode == "glyphs bt":
                ops = ops[1:-1]
            self.pdf._out(" ".join(ops))
        elif self.mode == "flip":  # a browser's print: the page flipped, text flipped back
            self.pdf._out(
                f"q 1 0 0 -1 0 842 cm BT {tf} 1 0 0 -1 {x:.2f} {y:.2f} Tm ({_esc(text)}) Tj ET Q"
            )
        elif self.mode == "scaled":  # printed "fit to page": everything scaled down
            self.pdf._out(
                f"q 0.8 0 0 0.8 40 60 cm BT {tf} {x:.2f} {yy:.2f} Td ({_esc(text)}) Tj ET Q"
            )
        else:  # "tc": headings letter-spaced with character spacing
            tc = 3.0 if text.isupper() and len(text) > 3 else 0.0
            self.pdf._out(f"BT {tf} {tc:.2f} Tc {x:.2f} {yy:.2f} Td ({_esc(text)}) Tj 0 Tc ET")

    def right(self, xr: float, y: float, text: str, size: float = 10) -> None:
        self.pdf.set_font("helvetica", size=size)
        self.t(xr - self.pdf.get_string_width(text), y, text, size)

    def centre(self, xc: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.pdf.set_font("helvetica", style=style, size=size)
        self.t(xc - self.pdf.get_string_width(text) / 2, y, text, size, style)


def plain_cv(p: Any, with_sidebar: bool) -> bytes:
    """The CV on one page drawn by ``p`` (any page writer): name, contact, roles and skills, or
    a sidebar beside the name and roles."""
    if with_sidebar:
        sidebar(p, 30, 120)
        p.t(180, 50, NAME, 22, "B")
        main_column(p, 180, 120, step=13)
        return p.bytes()
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


def pdf_raw(mode: str, sidebar_too: bool = False) -> bytes:
    return plain_cv(RawPage(mode), sidebar_too)


for _mode in ("tj", "tj gaps", "glyphs", "glyphs bt", "tc", "flip", "scaled"):
    for _sb in (False, True):
        CASES13[f"pdf runs {_mode}{' sidebar' if _sb else ''}"] = lambda m=_mode, sb=_sb: (
            pdf_raw(m, sb),
            "cv.pdf",
        )


def pdf_band_headings(dark: bool = True) -> bytes:
    """Each heading is white text on a filled band across the page."""
    p = Page()

    def band(y: float, h: str) -> None:
        p.pdf.set_fill_color(30, 60, 110) if dark else p.pdf.set_fill_color(200, 200, 200)
        p.pdf.rect(36, y - 12, 523, 17, style="F")
        p.pdf.set_text_color(255, 255, 255)
        p.t(42, y, h, 11, "B")
        p.pdf.set_text_color(0, 0, 0)

    p.pdf.set_fill_color(30, 60, 110)
    p.pdf.rect(0, 0, 595, 90, style="F")
    p.pdf.set_text_color(255, 255, 255)
    p.t(40, 45, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    p.pdf.set_text_color(0, 0, 0)
    y = main_column(p, 40, 120, heading=band)
    band(y + 10, "SKILLS")
    p.t(40, y + 30, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf band headings"] = lambda: (pdf_band_headings(), "cv.pdf")
CASES13["pdf band headings light"] = lambda: (pdf_band_headings(False), "cv.pdf")


def pdf_rotated_labels(angle: float = 90, glyphs: bool = False) -> bytes:
    """A left sidebar (contact, education, skills) whose section labels are drawn turned,
    along the page's edge, centred on their blocks."""
    p = Page()
    y = 120
    edu = [line for deg, school, year in EDU for line in (deg, f"{school}, {year}")]
    for label, items in (("CONTACT", CONTACT), ("EDUCATION", edu), ("SKILLS", SKILLS)):
        p.pdf.set_font("helvetica", "B", 10)
        half = p.pdf.get_string_width(label) / 2
        mid = y + 7 * (len(items) - 1) - 3
        start = mid + half if angle == 90 else mid - half
        with p.pdf.rotation(angle, 26, start):
            if glyphs:  # one run per glyph, each at its own place
                x = 26.0
                for ch in label:
                    p.t(x, start, ch, 10, "B")
                    x += p.pdf.get_string_width(ch)
            else:
                p.t(26, start, label, 10, "B")
        for k, item in enumerate(items):
            p.t(40, y + 14 * k, fit(p, item, 130), 9)
        y += 14 * len(items) + 30
    p.t(190, 50, NAME, 22, "B")
    main_column(p, 190, 120, step=13, edu=False)
    return p.bytes()


CASES13["pdf rotated sidebar labels"] = lambda: (pdf_rotated_labels(), "cv.pdf")
CASES13["pdf rotated sidebar labels 270"] = lambda: (pdf_rotated_labels(270), "cv.pdf")
CASES13["pdf rotated sidebar labels glyphs"] = lambda: (pdf_rotated_labels(90, True), "cv.pdf")
CASES13["pdf rotated sidebar labels glyphs 270"] = lambda: (
    pdf_rotated_labels(270, True),
    "cv.pdf",
)


def pdf_split_name(colour: bool, gap: float) -> bytes:
    """The name in a large font drawn as two runs (first and last name, maybe two colours)."""
    p = Page()
    first, last = NAME.split()
    p.t(40, 56, first, 30, "B")
    p.pdf.set_font("helvetica", "B", 30)
    x = 40 + p.pdf.get_string_width(first + " ") + gap
    if colour:
        p.pdf.set_text_color(200, 90, 20)
    p.t(x, 56, last, 30, "" if colour else "B")
    p.pdf.set_text_color(0, 0, 0)
    p.t(40, 78, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 110)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf split name"] = lambda: (pdf_split_name(False, 0), "cv.pdf")
CASES13["pdf split name colour"] = lambda: (pdf_split_name(True, 0), "cv.pdf")
CASES13["pdf split name wide"] = lambda: (pdf_split_name(True, 14), "cv.pdf")


def pdf_three_col_header(centred_name: bool) -> bytes:
    """Contact details in one row: e-mail left, phone centred, place right."""
    p = Page()
    if centred_name:
        p.centre(297, 50, NAME, 24, "B")
    else:
        p.t(40, 50, NAME, 24, "B")
    p.t(40, 74, CONTACT[0], 9)
    p.centre(297, 74, CONTACT[1], 9)
    p.right(555, 74, CONTACT[2], 9)
    y = main_column(p, 40, 110)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf three-column header"] = lambda: (pdf_three_col_header(False), "cv.pdf")
CASES13["pdf three-column header centred"] = lambda: (pdf_three_col_header(True), "cv.pdf")


def pdf_page2_no_sidebar(right: bool) -> bytes:
    """Page 1: a sidebar beside the body; page 2: the body alone, across the page."""
    p = Page()
    xs, xb = (430, 40) if right else (30, 190)
    p.t(xb, 50, NAME, 22, "B")
    sidebar(p, xs, 100)
    y = 100
    p.t(xb, y, "EXPERIENCE", 12, "B")
    y += 20
    for k, ((title, comp, dates, _), bullets) in enumerate(zip(ROLES, BULLETS, strict=False)):
        if k == 2:
            p.pdf.add_page()
            y = 50
        p.t(xb if k < 2 else 40, y, f"{title}, {comp}", 10, "B")
        y += 13
        p.t(xb if k < 2 else 40, y, dates)
        y += 13
        for rep in range(8 if k < 2 else 2):
            p.t((xb if k < 2 else 40) + 6, y, "- " + fit(p, bullets[rep % 2], 350), 9)
            y += 13
        y += 6
    y += 10
    y = education_block(p, y)
    return p.bytes()


CASES13["pdf page 2 without sidebar left"] = lambda: (pdf_page2_no_sidebar(False), "cv.pdf")
CASES13["pdf page 2 without sidebar right"] = lambda: (pdf_page2_no_sidebar(True), "cv.pdf")


def pdf_timeline(dates_left: bool) -> bytes:
    """Roles on a timeline: a vertical rule with a dot at each role, dates beside the dot."""
    p = headed_page()
    y = 110
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 22
    rule_x = 140 if dates_left else 50
    xb = rule_x + 14
    top = y - 10
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        p.pdf.set_fill_color(40, 90, 160)
        p.pdf.ellipse(rule_x - 3, y - 6, 6, 6, style="F")
        if dates_left:
            p.t(40, y, dates, 8)
            p.t(xb, y, title, 10, "B")
        else:
            p.t(xb, y, dates, 8)
            y += 12
            p.t(xb, y, title, 10, "B")
        y += 13
        p.t(xb, y, comp)
        y += 13
        for b in bullets:
            p.t(xb + 6, y, "- " + b, 9)
            y += 13
        y += 8
    p.pdf.set_draw_color(40, 90, 160)
    p.pdf.line(rule_x, top, rule_x, y - 8)
    y += 10
    y = education_block(p, y)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf timeline dates left"] = lambda: (pdf_timeline(True), "cv.pdf")
CASES13["pdf timeline dates above"] = lambda: (pdf_timeline(False), "cv.pdf")


def pdf_icons(row: bool, font: str = "zapfdingbats") -> bytes:
    """A symbol-font glyph before the phone, the e-mail and the place."""
    p = Page()
    p.t(40, 50, NAME, 22, "B")
    icons = ")%H" if font == "zapfdingbats" else "\u2709\u260e\u2302"
    if font != "zapfdingbats":
        p.pdf.add_font("dv", "", DEJAVU)
    x, y = 40, 72
    for icon, item in zip(icons, CONTACT, strict=True):
        p.pdf.set_font(font if font == "zapfdingbats" else "dv", size=9)
        p.pdf.text(x, y, icon)
        p.t(x + 13, y, item, 9)
        if row:
            p.pdf.set_font("helvetica", size=9)
            x += 13 + p.pdf.get_string_width(item) + 18
        else:
            y += 13
    y = main_column(p, 40, y + 30)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf icons row"] = lambda: (pdf_icons(True), "cv.pdf")
CASES13["pdf icons lines"] = lambda: (pdf_icons(False), "cv.pdf")
if Path(DEJAVU).exists():
    CASES13["pdf icons unicode row"] = lambda: (pdf_icons(True, "dv"), "cv.pdf")


def pdf_link_differs() -> bytes:
    """The e-mail is a link whose target is another address: only the visible text counts."""
    p = headed_page()
    p.pdf.link(40, 62, 200, 10, "mailto:jobs-inbox@example.org")
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf e-mail link differs"] = lambda: (pdf_link_differs(), "cv.pdf")

HIDDEN_WORDS = "Kubernetes Terraform Golang Kafka Snowflake Airflow"


def pdf_hidden_keywords(where: str) -> bytes:
    """White keywords (ATS stuffing) on a white page: flagged, not read as the resume."""
    p = headed_page()
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    p.pdf.set_text_color(255, 255, 255)
    if where == "foot":
        p.t(40, 800, HIDDEN_WORDS, 9)
    else:  # in the skills line's row, after the visible skills
        p.t(330, y + 26, HIDDEN_WORDS, 6)
    p.pdf.set_text_color(0, 0, 0)
    return p.bytes()


CASES13["pdf hidden keywords foot"] = lambda: (pdf_hidden_keywords("foot"), "cv.pdf")
CASES13["pdf hidden keywords inline"] = lambda: (pdf_hidden_keywords("inline"), "cv.pdf")


# DOCX shapes written as WordprocessingML (python-docx has no API for most of them)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NOT_READ = "Quillmere Foundry"  # text a layout holds where no reader sees it (deleted, comment)


def _xesc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _r(text: str, rpr: str = "") -> str:
    """One run: ``text`` with "\n" as line breaks (w:br)."""
    pieces = [f'<w:t xml:space="preserve">{_xesc(t)}</w:t>' for t in text.split("\n")]
    return f"<w:r>{rpr}{'<w:br/>'.join(pieces)}</w:r>"


def _p(inner: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}{inner}</w:p>"


def cv_blocks() -> list[tuple[str, list[str]]]:
    """The made-up CV as (section, lines): the head, then each section's lines."""
    roles = []
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        roles += [f"{title}, {comp}", dates, *("- " + b for b in bullets)]
    return [
        ("", [NAME, " | ".join(CONTACT)]),
        ("EXPERIENCE", roles),
        ("EDUCATION", [f"{deg}, {school}, {year}" for deg, school, year in EDU]),
        ("SKILLS", [", ".join(SKILLS)]),
    ]


def docx_xml(body: list[str], header: str = "", comments: str = "") -> bytes:
    """A DOCX whose body is ``body`` (WordprocessingML elements, in order); ``header`` the
    default page header's paragraphs; ``comments`` the comments part's w:comment elements."""

    from docx.oxml import parse_xml

    d = docx_doc()
    root = d.element.body
    sect = root[-1]
    for xml in body:
        sect.addprevious(parse_xml(_ns(xml)))
    if header:
        h = d.sections[0].header._element
        for child in list(h):
            h.remove(child)
        for xml in parse_xml(f"<w:hdr {W_NS}>{header}</w:hdr>"):
            h.append(xml)
    data = docx_bytes(d)
    if not comments:
        return data
    return rewrite_parts(
        data,
        {
            "[Content_Types].xml": lambda blob: blob.replace(
                b"</Types>",
                b'<Override PartName="/word/comments.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
            ),
            "word/_rels/document.xml.rels": lambda blob: blob.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                b"</Relationships>",
            ),
        },
        {"word/comments.xml": f"<w:comments {W_NS}>{comments}</w:comments>".encode()},
    )


def rewrite_parts(
    data: bytes,
    edits: dict[str, Callable[[bytes], bytes]],
    added: dict[str, bytes] | None = None,
) -> bytes:
    """The zip package ``data`` (a DOCX) with each part named in ``edits`` passed through its
    function, then the ``added`` parts written after the others."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            blob = src.read(item.filename)
            edit = edits.get(item.filename)
            out.writestr(item, edit(blob) if edit else blob)
        for name, blob in (added or {}).items():
            out.writestr(name, blob)
    return buf.getvalue()


def _ns(xml: str) -> str:
    """``xml`` with the WordprocessingML namespace declared on its root element."""
    end = xml.index(">")
    if xml[end - 1] == "/":
        end -= 1
    return xml[:end] + " " + W_NS + xml[end:]


def docx_sdt_sections() -> bytes:
    """Each section (and the head) inside a block content control; the e-mail in an inline one."""
    body = []
    for heading, lines in cv_blocks():
        paras = [_p(_r(heading))] if heading else []
        for line in lines:
            if line.startswith(CONTACT[0]):
                rest = line[len(CONTACT[0]) :]
                inner = (
                    '<w:sdt><w:sdtPr><w:alias w:val="Email"/></w:sdtPr><w:sdtContent>'
                    f"{_r(CONTACT[0])}</w:sdtContent></w:sdt>{_r(rest)}"
                )
                paras.append(_p(inner))
            else:
                paras.append(_p(_r(line)))
        alias = heading.title() or "Header"
        body.append(
            f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/></w:sdtPr>'
            f"<w:sdtContent>{''.join(paras)}</w:sdtContent></w:sdt>"
        )
    return docx_xml(body)


def _textbox_run(paragraphs: str) -> str:
    return (
        '<w:r xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="5000000" cy="900000"/><wp:wrapNone/>'
        '<wp:docPr id="7" name="Box 7"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:spPr/><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>"
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def docx_header_textbox() -> bytes:
    """The name and contact in a text box anchored in the page header part."""
    box = "".join(_p(_r(x)) for x in [NAME, *CONTACT])
    body = [_p(_r(line)) for heading, lines in cv_blocks()[1:] for line in [heading, *lines]]
    return docx_xml(body, header=_p(_textbox_run(box)))


def _field(instr: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {_xesc(instr)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'{_r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def docx_fields() -> bytes:
    """The name a MERGEFIELD (simple field), the e-mail a HYPERLINK field whose target is
    another address, an employer a HYPERLINK field too; only results are read."""
    body = [
        _p(
            f'<w:fldSimple w:instr=" MERGEFIELD FullName \\* MERGEFORMAT ">{_r(NAME)}</w:fldSimple>'
        ),
        _p(
            _field('HYPERLINK "mailto:jobs-inbox@example.org"', CONTACT[0])
            + _r(" | " + " | ".join(CONTACT[1:]))
        ),
    ]
    for heading, lines in cv_blocks()[1:]:
        body.append(_p(_r(heading)))
        for line in lines:
            comp = next((c for _, c, _, _ in ROLES if line.endswith(", " + c)), None)
            if comp:
                title = line[: -len(comp) - 2]
                body.append(_p(_r(title + ", ") + _field('HYPERLINK "https://example.com/"', comp)))
            else:
                body.append(_p(_r(line)))
    return docx_xml(body)


def docx_tracked() -> bytes:
    """Tracked changes: deleted text (an old employer, a deleted role) must not be read."""
    body = []
    for heading, lines in cv_blocks():
        if heading:
            body.append(_p(_r(heading)))
        for line in lines:
            comp = next((c for _, c, _, _ in ROLES if line.endswith(", " + c)), None)
            if comp:
                title = line[: -len(comp) - 2]
                body.append(
                    _p(
                        _r(title + ", ")
                        + f'<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
                        f"<w:delText>{NOT_READ}</w:delText></w:r></w:del>"
                        f'<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">{_r(comp)}'
                        "</w:ins>"
                    )
                )
            else:
                body.append(_p(_r(line)))
        if heading == "EXPERIENCE":  # a whole role deleted, paragraph marks too
            mark = '<w:rPr><w:del w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"/></w:rPr>'
            for line in (f"Intern, {NOT_READ}", "May 2011 - Aug 2011"):
                body.append(
                    _p(
                        f'<w:del w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
                        f"<w:delText>{line}</w:delText></w:r></w:del>",
                        f"<w:pPr>{mark}</w:pPr>",
                    )
                )
    return docx_xml(body)


def docx_comments() -> bytes:
    """Comments anchored on a role and a school: the comments are not the resume's text."""
    body = []
    for heading, lines in cv_blocks():
        if heading:
            body.append(_p(_r(heading)))
        for k, line in enumerate(lines):
            if heading in ("EXPERIENCE", "EDUCATION") and k == 0:
                body.append(
                    _p(
                        f'<w:commentRangeStart w:id="{len(body)}"/>{_r(line)}'
                        f'<w:commentRangeEnd w:id="{len(body)}"/><w:r><w:commentReference '
                        f'w:id="{len(body)}"/></w:r>'
                    )
                )
            else:
                body.append(_p(_r(line)))
    ids = [i for i, b in enumerate(body) if "commentReference" in b]
    comments = "".join(
        f'<w:comment w:id="{i}" w:author="Reviewer" w:initials="R">'
        f"{_p(_r(f'{NOT_READ}, 2009 - 2010: say more here'))}</w:comment>"
        for i in ids
    )
    return docx_xml(body, comments=comments)


def _tbl(rows: list[list[str]]) -> str:
    """A table whose cells hold the given WordprocessingML (paragraphs or tables)."""
    cols = max(len(r) for r in rows)
    grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(cols))
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{c}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def docx_nested_table() -> bytes:
    """A layout table whose right cell holds the roles as a table of their own."""
    roles = _tbl([[_p(_r(t)), _p(_r(c)), _p(_r(d))] for t, c, d, _ in ROLES]) + _p("")
    left = "".join(_p(_r(x)) for x in ["CONTACT", *CONTACT, "SKILLS", *SKILLS])
    edu = "".join(_p(_r(f"{deg}, {school}, {year}")) for deg, school, year in EDU)
    right = _p(_r(NAME)) + _p(_r("EXPERIENCE")) + roles + _p(_r("EDUCATION")) + edu
    return docx_xml([_tbl([[left, right]]), _p("")])


def docx_rtl() -> bytes:
    """Every paragraph marked right-to-left (w:bidi, w:rtl), as a Hebrew or Arabic Word sets."""
    body = [
        _p(_r(line, "<w:rPr><w:rtl/></w:rPr>"), '<w:pPr><w:bidi/><w:jc w:val="left"/></w:pPr>')
        for heading, lines in cv_blocks()
        for line in ([heading] if heading else []) + lines
    ]
    return docx_xml(body)


def docx_one_table(label_cells: bool) -> bytes:
    """The whole CV in one table: a row per section (heading cell | content cell)."""
    rows = []
    for heading, lines in cv_blocks():
        content = "".join(_p(_r(x)) for x in lines)
        if label_cells:
            rows.append([_p(_r(heading)), content])
        else:
            rows.append([(_p(_r(heading)) if heading else "") + content or _p("")])
    return docx_xml([_tbl(rows), _p("")])


def docx_line_breaks(cr: bool) -> bytes:
    """Line breaks inside paragraphs (w:br / w:cr): a role is one paragraph of lines."""
    body = [_p(_r(NAME)), _p(_r("\n".join(CONTACT)))]
    for heading, lines in cv_blocks()[1:]:
        body.append(_p(_r(heading)))
        if heading == "EXPERIENCE":
            for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
                body.append(_p(_r("\n".join([f"{title}, {comp}", dates, *bullets]))))
        else:
            body.append(_p(_r("\n".join(lines))))
    xml = [b.replace("<w:br/>", "<w:cr/>") if cr else b for b in body]
    return docx_xml(xml)


def docx_soft_hyphens() -> bytes:
    """Soft hyphens (w:softHyphen, U+00AD), non-breaking hyphens and spaces inside words,
    dates and names."""
    soft, hard = "<w:r><w:softHyphen/></w:r>", "<w:r><w:noBreakHyphen/></w:r>"
    body = []
    for heading, lines in cv_blocks():
        if heading:
            body.append(_p(_r(heading)))
        for line in lines:
            line = line.replace("Analyst", "Ana\u00adlyst").replace("Power BI", "Power\u00a0BI")
            line = line.replace("Jan 2020 - ", "Jan\u00a02020\u00a0-\u00a0")
            if line.startswith("Mar 2016"):
                body.append(_p(_r("Mar 2016 ") + hard + _r(" Dec 2019")))
                continue
            for word, cut in (("Northwind", 5), ("Statistics,", 3)):
                if word in line:  # a soft hyphen element inside the word
                    head, tail = line.split(word, 1)
                    body.append(_p(_r(head + word[:cut]) + soft + _r(word[cut:] + tail)))
                    break
            else:
                body.append(_p(_r(line)))
    return docx_xml(body)


def docx_smart_tags() -> bytes:
    """Smart tags and custom XML around a place, a name, dates and an employer."""

    def tag(text: str, element: str) -> str:
        return (
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
            f'w:element="{element}">{_r(text)}</w:smartTag>'
        )

    body = [
        _p(tag(NAME, "PersonName")),
        _p(
            _r(" | ".join(CONTACT[:2]) + " | ")
            + tag("Springfield", "City")
            + _r(", ")
            + '<w:customXml w:element="State">'
            + _r("Illinois")
            + "</w:customXml>"
        ),
    ]
    for heading, lines in cv_blocks()[1:]:
        body.append(_p(_r(heading)))
        for line in lines:
            if line in {d for _, _, d, _ in ROLES}:
                a, b = line.split(" - ")
                body.append(_p(tag(a, "date") + _r(" - ") + tag(b, "date")))
            else:
                body.append(_p(_r(line)))
    return docx_xml(body)


def odt_frames(header_frame: bool) -> bytes:
    """An ODT whose name and contact lie in a frame's text box (``header_frame``: in the
    page header's), the rest in sections of the body."""
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout
    from odf.text import P, Section

    doc = OpenDocumentText()
    frame = Frame(width="15cm", height="3cm", anchortype="paragraph", x="1cm", y="1cm")
    box = TextBox()
    for line in [NAME, *CONTACT]:
        box.addElement(P(text=line))
    frame.addElement(box)
    anchor = P()
    anchor.addElement(frame)
    if header_frame:
        layout = PageLayout(name="pm1")
        doc.automaticstyles.addElement(layout)
        master = MasterPage(name="Standard", pagelayoutname=layout)
        head = Header()
        head.addElement(anchor)
        master.addElement(head)
        master.addElement(Footer())
        doc.masterstyles.addElement(master)
    else:
        doc.text.addElement(anchor)
    for heading, lines in cv_blocks()[1:]:
        section = Section(name=heading.title())
        section.addElement(P(text=heading))
        for line in lines:
            section.addElement(P(text=line))
        doc.text.addElement(section)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


CASES13["docx content controls"] = lambda: (docx_sdt_sections(), "cv.docx")
CASES13["docx header text box"] = lambda: (docx_header_textbox(), "cv.docx")
CASES13["docx fields"] = lambda: (docx_fields(), "cv.docx")
CASES13["docx tracked changes"] = lambda: (docx_tracked(), "cv.docx")
CASES13["docx comments"] = lambda: (docx_comments(), "cv.docx")
CASES13["docx nested table"] = lambda: (docx_nested_table(), "cv.docx")
CASES13["docx right-to-left"] = lambda: (docx_rtl(), "cv.docx")
CASES13["docx one table labels"] = lambda: (docx_one_table(True), "cv.docx")
CASES13["docx one table"] = lambda: (docx_one_table(False), "cv.docx")
CASES13["docx line breaks"] = lambda: (docx_line_breaks(False), "cv.docx")
CASES13["docx carriage returns"] = lambda: (docx_line_breaks(True), "cv.docx")
CASES13["docx soft hyphens"] = lambda: (docx_soft_hyphens(), "cv.docx")
CASES13["docx smart tags"] = lambda: (docx_smart_tags(), "cv.docx")
CASES13["odt frame"] = lambda: (odt_frames(False), "cv.odt")
CASES13["odt header frame"] = lambda: (odt_frames(True), "cv.odt")


def pdf_page1_footer(kind: str) -> bytes:
    """Two pages; the second role runs across the page break, and page 1 alone has a footer
    in small print that is no contact line (a note, a tagline, a page label)."""
    p = headed_page()
    y = 100
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 20
    for k, ((title, comp, dates, _), bullets) in enumerate(zip(ROLES, BULLETS, strict=False)):
        p.t(40, y, f"{title}, {comp}", 10, "B")
        y += 13
        p.t(40, y, dates)
        y += 13
        for rep in range(14 if k == 1 else 8):
            if k == 1 and rep == 6:
                foot = {
                    "note": "Portfolio shared on request",
                    "tagline": "Jane Doe - Data Analyst",
                    "label": "Curriculum Vitae",
                }[kind]
                p.centre(297, 815, foot, 7)
                p.pdf.add_page()
                y = 50
            p.t(46, y, "- " + fit(p, bullets[rep % 2], 350), 9)
            y += 13
        y += 6
    y += 10
    y = education_block(p, y)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


for _kind in ("note", "tagline", "label"):
    CASES13[f"pdf page-1 footer {_kind} inside a role"] = lambda k=_kind: (
        pdf_page1_footer(k),
        "cv.pdf",
    )


def pdf_small_caps(glyphs: bool) -> bytes:
    """Headings in small capitals: a large first letter, the rest smaller, one baseline."""
    p = RawPage("glyphs") if glyphs else Page()

    def heading(x: float, y: float, text: str) -> None:
        p.t(x, y, text[0], 13, "B")
        p.pdf.set_font("helvetica", "B", 13)
        p.t(x + p.pdf.get_string_width(text[0]), y, text[1:], 10, "B")

    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100, heading=lambda y, h: heading(40, y, h))
    heading(40, y + 10, "SKILLS")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf small caps headings"] = lambda: (pdf_small_caps(False), "cv.pdf")
CASES13["pdf small caps headings glyphs"] = lambda: (pdf_small_caps(True), "cv.pdf")


def pdf_spaced_letters() -> bytes:
    """The name and headings typed with a space between letters ("J A N E   D O E")."""
    p = Page()

    def spaced(text: str) -> str:
        return "   ".join(" ".join(w) for w in text.split())

    p.t(40, 50, spaced(NAME.upper()), 20, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100, heading=lambda y, h: p.t(40, y, spaced(h), 12, "B"))
    p.t(40, y + 10, spaced("SKILLS"), 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf spaced letters"] = lambda: (pdf_spaced_letters(), "cv.pdf")


def pdf_condensed(scale: float) -> bytes:
    """Body text horizontally scaled (Tz), as a template squeezing a line into its column."""
    p = Page()
    p.pdf._out(f"BT {scale:.0f} Tz ET")
    p.pdf.set_stretching(scale)
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf condensed 80"] = lambda: (pdf_condensed(80), "cv.pdf")
CASES13["pdf expanded 120"] = lambda: (pdf_condensed(120), "cv.pdf")


def docx_tab_dates(right_tab: bool) -> bytes:
    """Each role's dates on its title line after a (right-aligned) tab."""
    tab = '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>' if right_tab else ""
    body = [_p(_r(NAME)), _p(_r(" | ".join(CONTACT)))]
    for heading, lines in cv_blocks()[1:]:
        body.append(_p(_r(heading)))
        if heading == "EXPERIENCE":
            for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
                body.append(_p(_r(f"{title}, {comp}") + "<w:r><w:tab/></w:r>" + _r(dates), tab))
                body += [_p(_r("- " + b)) for b in bullets]
        elif heading == "EDUCATION":
            for deg, school, year in EDU:
                body.append(_p(_r(f"{deg}, {school}") + "<w:r><w:tab/></w:r>" + _r(year), tab))
        else:
            body += [_p(_r(x)) for x in lines]
    return docx_xml(body)


CASES13["docx tab dates"] = lambda: (docx_tab_dates(False), "cv.docx")
CASES13["docx right-tab dates"] = lambda: (docx_tab_dates(True), "cv.docx")


def docx_header_table() -> bytes:
    """The page header part holds a table: the name left, the contact lines right."""
    contact = "".join(_p(_r(x)) for x in CONTACT)
    header = _tbl([[_p(_r(NAME)), contact]]) + _p("")
    body = [_p(_r(line)) for heading, lines in cv_blocks()[1:] for line in [heading, *lines]]
    return docx_xml(body, header=header)


CASES13["docx header table"] = lambda: (docx_header_table(), "cv.docx")


def odt_line_breaks() -> bytes:
    """ODT roles as one paragraph each, lines parted by text:line-break, runs of spaces as
    text:s and a tab before the dates."""
    from odf.opendocument import OpenDocumentText
    from odf.text import LineBreak, P, S, Tab

    doc = OpenDocumentText()
    head = P(text=NAME)
    doc.text.addElement(head)
    contact = P()
    for k, c in enumerate(CONTACT):
        if k:
            contact.addElement(LineBreak())
        contact.addText(c)
    doc.text.addElement(contact)
    for heading, lines in cv_blocks()[1:]:
        doc.text.addElement(P(text=heading))
        if heading != "EXPERIENCE":
            for line in lines:
                doc.text.addElement(P(text=line))
            continue
        for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
            para = P(text=f"{title}, {comp}")
            para.addElement(Tab())
            para.addText(dates)
            for b in bullets:
                para.addElement(LineBreak())
                para.addText("-")
                para.addElement(S(c=2))
                para.addText(b)
            doc.text.addElement(para)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


CASES13["odt line breaks"] = lambda: (odt_line_breaks(), "cv.odt")


def pdf_scan_text_layer(share: float) -> bytes:
    """A scanned page (a picture of the page) with the invisible text layer OCR software
    adds (render mode 3): what an ATS reads, no hidden text. ``share``: of the page the
    picture covers."""
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (120, 170), (246, 246, 240)).save(picture, "PNG")
    p = Page()
    p.pdf.image(picture, 0, 0, 595 * share**0.5, 842 * share**0.5)
    p.pdf.text_mode = 3
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf scan with its text layer"] = lambda: (pdf_scan_text_layer(1.0), "cv.pdf")


def pdf_hidden_over_picture(scan: bool) -> bytes:
    """Keywords laid invisibly (render mode 3) at the foot of a visible CV painted over a
    picture: a full-page white one (``scan`` False) or a scan-coloured one. No text layer (the
    page's own text is visible): hidden text, flagged, not read as the resume."""
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (120, 170), (246, 246, 240) if scan else (255, 255, 255)).save(picture, "PNG")
    p = Page()
    p.pdf.image(picture, 0, 0, 595, 842)
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    p.pdf.text_mode = 3
    p.t(40, 800, HIDDEN_WORDS, 9)
    p.pdf.text_mode = 0
    return p.bytes()


CASES13["pdf hidden keywords over a scan with visible text"] = lambda: (
    pdf_hidden_over_picture(True),
    "cv.pdf",
)
CASES13["pdf hidden keywords over a white picture"] = lambda: (
    pdf_hidden_over_picture(False),
    "cv.pdf",
)


def pdf_bordered_tables() -> bytes:
    """Roles and schools in tables with a stroked border round every cell."""
    p = headed_page()
    y = 110

    def table(rows: list[tuple[str, ...]], xs: list[float], y: float) -> float:
        for row in rows:
            for j, cell in enumerate(row):
                right = xs[j + 1] if j + 1 < len(xs) else 555
                p.pdf.rect(xs[j] - 4, y - 12, right - xs[j], 18)
                p.t(xs[j], y, cell, 9)
            y += 18
        return y

    p.t(40, y, "EXPERIENCE", 12, "B")
    y = table([(t, c, d) for t, c, d, _ in ROLES], [44, 200, 380], y + 24) + 16
    p.t(40, y, "EDUCATION", 12, "B")
    y = table(EDU, [44, 200, 380], y + 24) + 16
    p.t(40, y, "SKILLS", 12, "B")
    p.t(40, y + 16, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf bordered tables"] = lambda: (pdf_bordered_tables(), "cv.pdf")


def pdf_photo_header(side: str) -> bytes:
    """A photo beside the name and contact lines in the page's head."""
    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (60, 75), (150, 120, 100)).save(photo, "PNG")
    p = Page()
    x = 40 if side == "left" else 470
    p.pdf.image(photo, x, 30, 80, 100)
    xt = 140 if side == "left" else 40
    p.t(xt, 60, NAME, 22, "B")
    for k, c in enumerate(CONTACT):
        p.t(xt, 80 + 13 * k, c, 9)
    y = main_column(p, 40, 160)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf photo left of the name"] = lambda: (pdf_photo_header("left"), "cv.pdf")
CASES13["pdf photo right of the name"] = lambda: (pdf_photo_header("right"), "cv.pdf")


def pdf_stroked_bold() -> bytes:
    """Headings and the name drawn fill-and-stroke (render mode 2), a bold look."""
    p = Page()

    def heavy(x: float, y: float, text: str, size: float = 12) -> None:
        p.pdf.text_mode = 2
        p.t(x, y, text, size)
        p.pdf.text_mode = 0

    heavy(40, 50, NAME, 22)
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100, heading=lambda y, h: heavy(40, y, h))
    heavy(40, y + 10, "SKILLS")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf stroked bold"] = lambda: (pdf_stroked_bold(), "cv.pdf")


def pdf_justified() -> bytes:
    """Bullets set justified over two lines each (word spacing, Tw)."""
    p = headed_page()
    pdf = p.pdf
    y = 100
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 10
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        pdf.set_xy(40, y)
        pdf.set_font("helvetica", "B", 10)
        pdf.cell(0, 14, f"{title}, {comp}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(40)
        pdf.set_font("helvetica", size=10)
        pdf.cell(0, 14, dates, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=9)
        for b in bullets:
            pdf.set_x(46)
            pdf.multi_cell(260, 12, "- " + b + " " + b.lower(), align="J")
        y = pdf.get_y() + 6
    y += 14
    y = education_block(p, y)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf justified bullets"] = lambda: (pdf_justified(), "cv.pdf")


def docx_hyperlink_rel() -> bytes:
    """The e-mail and the employers as w:hyperlink runs whose targets (relationships) differ."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    d = docx_doc()
    d.add_paragraph(NAME)

    def link(paragraph, text: str, target: str) -> None:
        rid = d.part.relate_to(target, RT.HYPERLINK, is_external=True)
        xml = (
            f'<w:hyperlink {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/relationships" r:id="{rid}">{_r(text)}</w:hyperlink>'
        )
        paragraph._p.append(parse_xml(xml))

    contact = d.add_paragraph()
    link(contact, CONTACT[0], "mailto:jobs-inbox@example.org")
    contact.add_run(" | " + " | ".join(CONTACT[1:]))
    d.add_paragraph("EXPERIENCE")
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        para = d.add_paragraph(f"{title}, ")
        link(para, comp, "https://example.com/")
        d.add_paragraph(dates)
        for b in bullets:
            d.add_paragraph("- " + b)
    for heading, lines in cv_blocks()[2:]:
        d.add_paragraph(heading)
        for line in lines:
            d.add_paragraph(line)
    return docx_bytes(d)


CASES13["docx hyperlinks"] = lambda: (docx_hyperlink_rel(), "cv.docx")


def docx_column_break() -> bytes:
    """A two-column section: the sidebar (contact, skills) in the first column, a column
    break, then the body."""
    cols = '<w:sectPr><w:cols w:num="2" w:space="360"/></w:sectPr>'
    side = [_p(_r(x)) for x in ["CONTACT", *CONTACT, "SKILLS", *SKILLS]]
    side[-1] = side[-1].replace("</w:p>", '<w:r><w:br w:type="column"/></w:r></w:p>')
    body = [_p(_r(NAME))]
    for heading, lines in cv_blocks()[1:3]:
        body += [_p(_r(x)) for x in [heading, *lines]]
    return docx_xml([*side, *body[:-1], body[-1].replace("<w:p>", f"<w:p><w:pPr>{cols}</w:pPr>")])


CASES13["docx column break"] = lambda: (docx_column_break(), "cv.docx")


def docx_frames() -> bytes:
    """Legacy frames (w:framePr): the contact block framed at the page's right edge."""
    frame = (
        '<w:pPr><w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="page" '
        'w:hAnchor="page" w:x="8000" w:y="600"/></w:pPr>'
    )
    body = [_p(_r(NAME))] + [_p(_r(c), frame) for c in CONTACT]
    for heading, lines in cv_blocks()[1:]:
        body += [_p(_r(x)) for x in [heading, *lines]]
    return docx_xml(body)


CASES13["docx frames"] = lambda: (docx_frames(), "cv.docx")


def docx_first_page_header() -> bytes:
    """A different first page (w:titlePg): the name and contact in the first-page header;
    later pages' header holds a running name."""
    d = docx_doc()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.paragraphs[0].text = NAME
    first.add_paragraph(" | ".join(CONTACT))
    section.header.paragraphs[0].text = "Jane Doe - Resume"
    for heading, lines in cv_blocks()[1:]:
        for line in [heading, *lines]:
            d.add_paragraph(line)
    return docx_bytes(d)


CASES13["docx first-page header"] = lambda: (docx_first_page_header(), "cv.docx")


class ShuffledPage(Page):
    """A page whose text pieces are drawn in a shuffled order (a design tool's layers)."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[tuple[float, float, str, float, str]] = []

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.pieces.append((x, y, text, size, style))

    def right(self, xr: float, y: float, text: str, size: float = 10) -> None:
        self.pdf.set_font("helvetica", size=size)
        self.t(xr - self.pdf.get_string_width(text), y, text, size)

    def bytes(self) -> bytes:
        import random

        random.Random(13).shuffle(self.pieces)
        for x, y, text, size, style in self.pieces:
            Page.t(self, x, y, text, size, style)
        return super().bytes()


def pdf_shuffled(with_sidebar: bool) -> bytes:
    return plain_cv(ShuffledPage(), with_sidebar)


CASES13["pdf shuffled drawing order"] = lambda: (pdf_shuffled(False), "cv.pdf")
CASES13["pdf shuffled drawing order sidebar"] = lambda: (pdf_shuffled(True), "cv.pdf")


def pdf_dot_leaders() -> bytes:
    """Dates right-aligned after a leader of dots (a Word tab leader, drawn as text)."""
    p = headed_page()
    y = 100
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 18
    p.pdf.set_font("helvetica", size=10)
    dot = p.pdf.get_string_width(".")
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        head = f"{title}, {comp} "
        p.t(40, y, head, 10)
        x0 = 40 + p.pdf.get_string_width(head)
        x1 = 555 - p.pdf.get_string_width(" " + dates)
        p.t(x0, y, "." * int((x1 - x0) / dot))
        p.right(555, y, dates)
        y += 14
        for b in bullets:
            p.t(46, y, "- " + b, 9)
            y += 14
    y += 10
    y = education_block(p, y, years_right=True)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES13["pdf dot leaders"] = lambda: (pdf_dot_leaders(), "cv.pdf")


def pdf_dingbat_bullets(glyph: str) -> bytes:
    """Bullets drawn as glyphs of a symbol font (ZapfDingbats), each before its line."""
    p = headed_page()

    def bullet(x: float, y: float, text: str, size: float = 9) -> None:
        p.pdf.set_font("zapfdingbats", size=size - 3)
        p.pdf.text(x, y - 1, glyph)
        p.t(x + 10, y, text, size)

    y = 100
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 18
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        p.t(40, y, f"{title}, {comp}", 10, "B")
        y += 14
        p.t(40, y, dates)
        y += 14
        for b in bullets:
            bullet(46, y, b)
            y += 14
    y += 10
    y = education_block(p, y)
    p.t(40, y + 10, "SKILLS", 12, "B")
    y += 26
    for k, skill in enumerate(SKILLS):
        bullet(46 + 170 * (k % 3), y + 14 * (k // 3), skill, 10)
    return p.bytes()


CASES13["pdf dingbat bullets"] = lambda: (pdf_dingbat_bullets("l"), "cv.pdf")
CASES13["pdf dingbat arrows"] = lambda: (pdf_dingbat_bullets("\u00e8"), "cv.pdf")


def pdf_rotated_page() -> bytes:
    """A page stored turned (/Rotate 90) with its text drawn turned back: it shows upright."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject

    p = Page()
    pdf = p.pdf
    ops = []
    lines = [NAME, " | ".join(CONTACT), "EXPERIENCE"]
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        lines += [f"{title}, {comp}", dates, *("- " + b for b in bullets)]
    lines += ["EDUCATION", *(f"{d}, {s}, {y}" for d, s, y in EDU), "SKILLS", ", ".join(SKILLS)]
    p.t(0, 0, "")
    font = f"/F{pdf.current_font.i}"
    for k, line in enumerate(lines):
        # page turned 90 degrees clockwise when shown: draw along +y, lines stepping in +x
        ops.append(f"BT {font} 10 Tf 0 1 -1 0 {60 + 14 * k:.2f} 40 Tm ({_esc(line)}) Tj ET")
    pdf._out(" ".join(ops))
    reader = PdfReader(io.BytesIO(p.bytes()))
    writer = PdfWriter()
    page = writer.add_page(reader.pages[0])
    page[NameObject("/Rotate")] = NumberObject(90)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


CASES13["pdf page stored turned"] = lambda: (pdf_rotated_page(), "cv.pdf")


def docx_merged_dates() -> bytes:
    """A roles table whose dates cell spans the title and employer rows (w:vMerge)."""
    rows = ""
    for title, comp, dates, _ in ROLES:
        rows += (
            f'<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{_p(_r(dates))}</w:tc>'
            f"<w:tc>{_p(_r(title))}</w:tc></w:tr>"
            f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{_p('')}</w:tc><w:tc>{_p(_r(comp))}</w:tc></w:tr>"
        )
    table = (
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2500"/><w:gridCol w:w="6000"/></w:tblGrid>'
        f"{rows}</w:tbl>"
    )
    body = [_p(_r(NAME)), _p(_r(" | ".join(CONTACT))), _p(_r("EXPERIENCE")), table]
    for heading, lines in cv_blocks()[2:]:
        body += [_p(_r(x)) for x in [heading, *lines]]
    return docx_xml(body)


CASES13["docx merged dates cells"] = lambda: (docx_merged_dates(), "cv.docx")


def docx_caps_styled() -> bytes:
    """Headings and the name typed in lower case and shown in capitals (w:caps)."""
    caps = "<w:rPr><w:caps/><w:b/></w:rPr>"
    body = [_p(_r(NAME.lower(), caps)), _p(_r(" | ".join(CONTACT)))]
    for heading, lines in cv_blocks()[1:]:
        body.append(_p(_r(heading.lower(), caps)))
        body += [_p(_r(x)) for x in lines]
    return docx_xml(body)


CASES13["docx caps typed lower"] = lambda: (docx_caps_styled(), "cv.docx")


def _placed_box(paragraphs: str, x_cm: float, y_cm: float, n: int, relative: str = "page") -> str:
    """A text box anchored at an absolute place (a design tool's export places every block)."""
    emu = 360000
    return (
        '<w:r xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{relative}"><wp:posOffset>'
        f"{int(x_cm * emu)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="
        f'"{relative}"><wp:posOffset>{int(y_cm * emu)}</wp:posOffset></wp:positionV>'
        '<wp:extent cx="4000000" cy="1500000"/><wp:wrapNone/>'
        f'<wp:docPr id="{n}" name="Box {n}"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:spPr/><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>"
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def docx_placed_boxes(sidebar: bool) -> bytes:
    """Every block in a text box placed on the page, the boxes written in another order than
    they are read (a design tool's Word export): all anchored in the first paragraph."""
    blocks = cv_blocks()
    boxes = []
    y = 1.0
    for n, (heading, lines) in enumerate(blocks, start=1):
        paras = "".join(_p(_r(x)) for x in ([heading] if heading else []) + lines)
        x = 7.0 if sidebar and heading in ("EXPERIENCE", "EDUCATION") else 1.0
        if sidebar and heading == "SKILLS":
            y = 4.0
        boxes.append(_placed_box(paras, x, y, n))
        y += 1.5 + 0.6 * len(lines)
    order = [2, 0, 3, 1]  # as a design tool writes them: by layer, not by place
    return docx_xml([_p("".join(boxes[k] for k in order))])


CASES13["docx placed text boxes"] = lambda: (docx_placed_boxes(False), "cv.docx")
CASES13["docx placed text boxes sidebar"] = lambda: (docx_placed_boxes(True), "cv.docx")


def pdf_spaced_name(tc: float, glyphs: bool) -> bytes:
    """The name in capitals, letter-spaced by character spacing (Tc) or glyph by glyph."""
    p = RawPage("glyphs" if glyphs else "tc")
    if glyphs:
        p.pdf.set_font("helvetica", "B", 22)
        x = 40.0
        for ch in NAME.upper():
            p.t(x, 50, ch, 22, "B")
            x += p.pdf.get_string_width(ch) + tc
    else:
        tf = p._font(22, "B")
        p.pdf._out(f"BT {tf} {tc:.2f} Tc 40 792 Td ({NAME.upper()}) Tj 0 Tc ET")
    p.t(40, 72, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


for _tc in (2.0, 5.0):
    for _g in (False, True):
        CASES13[f"pdf spaced name tc{_tc}{' glyphs' if _g else ''}"] = lambda tc=_tc, g=_g: (
            pdf_spaced_name(tc, g),
            "cv.pdf",
        )


def pdf_unmapped_font() -> bytes:
    """Text in an embedded CID font whose /ToUnicode map is gone: its codes are glyph
    numbers. Read like a scan (OCR) when OCR is on, else "cannot read" — never gibberish."""
    p = Page()
    p.pdf.add_font("dv", "", DEJAVU)

    def t(x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        p.pdf.set_font("dv", size=size)
        p.pdf.text(x, y, text)

    p.t = t  # type: ignore[method-assign]
    t(40, 50, NAME, 22)
    t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    t(40, y + 10, "SKILLS", 12)
    t(40, y + 26, ", ".join(SKILLS))
    data = p.bytes()
    return data.replace(b"/ToUnicode", b"/ToUnicodX")  # same length: the xref stays right


def pdf_outlines(text_layer: bool = False) -> bytes:
    """Every glyph drawn as a filled path (text converted to outlines): no text layer at all;
    ``text_layer``: with the text laid over the outlines invisibly (render mode 3), as a
    searchable export of a flattened page has it."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(DEJAVU)
    glyphs, cmap, em = font.getGlyphSet(), font.getBestCmap(), font["head"].unitsPerEm
    p = Page()
    ops: list[str] = []
    layer: list[tuple[float, float, str, float]] = []

    class Pen(BasePen):
        def __init__(self, x: float, y: float, scale: float) -> None:
            super().__init__(glyphs)
            self.x, self.y, self.k = x, y, scale

        def _pt(self, pt: tuple[float, float]) -> str:
            return f"{self.x + pt[0] * self.k:.2f} {self.y + pt[1] * self.k:.2f}"

        def _moveTo(self, pt):
            ops.append(self._pt(pt) + " m")

        def _lineTo(self, pt):
            ops.append(self._pt(pt) + " l")

        def _curveToOne(self, a, b, c):
            ops.append(f"{self._pt(a)} {self._pt(b)} {self._pt(c)} c")

        def _closePath(self):
            ops.append("h")

    def t(x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        if text_layer:
            layer.append((x, y, text, size))
        k = size / em
        for ch in text:
            name = cmap.get(ord(ch))
            if name is None:
                continue
            glyphs[name].draw(Pen(x, 842 - y, k))
            x += glyphs[name].width * k
        ops.append("f")

    p.t = t  # type: ignore[method-assign]
    t(40, 50, NAME, 22)
    t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    t(40, y + 10, "SKILLS", 12)
    t(40, y + 26, ", ".join(SKILLS))
    p.pdf._out("0 g " + " ".join(ops))
    p.pdf.text_mode = 3
    for x, y, text, size in layer:
        Page.t(p, x, y, text, size)
    return p.bytes()


if Path(DEJAVU).exists():
    # read through OCR (seconds each): in the bench, not in the unit test
    CASES13["pdf ocr: unmapped CID font"] = lambda: (pdf_unmapped_font(), "cv.pdf")
    CASES13["pdf ocr: text as outlines"] = lambda: (pdf_outlines(), "cv.pdf")
    CASES13["pdf outlines with a text layer"] = lambda: (pdf_outlines(text_layer=True), "cv.pdf")

if __name__ == "__main__":
    from bench.layout_stress14 import CASES14
    from bench.layout_stress15 import CASES15
    from bench.layout_stress16 import CASES16
    from bench.layout_stress17 import CASES17

    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    for name, make in {**CASES, **CASES13, **CASES14, **CASES15, **CASES16, **CASES17}.items():
        if only and not any(o in name for o in only):
            continue
        data, fn = make()
        check(name, data, fn, show="-s" in sys.argv)

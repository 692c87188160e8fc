"""Layout stress set, round 14 (``CASES14``): the made-up CV of ``bench/layout_stress.py`` in
shapes real resume builders make that the earlier rounds lacked, each checked by the same
``check`` (name, contact, sections, roles with dates, schools, skills).

PDF pages written operator by operator (``Pdf``): text inside form XObjects (headers, footers,
whole pages and nested blocks drawn with ``Do``), Type3 fonts (named and numbered glyphs),
a right-to-left (Hebrew, Arabic) page with the Latin name and contact, a design tool's export
(a background picture, every line or word its own text object, drawn out of reading order),
LaTeX (word gaps as TJ offsets, ligature glyphs, a hyphenated line, math-font bullets with no
text mapping; awesome-cv's split-coloured headings and right-aligned places and dates),
Word's tagged "Save as PDF" (marked content, running-head artifacts, Symbol bullets), a Google
Docs export (each word a run), LinkedIn's "Save to PDF" (a sidebar of Contact / Top Skills /
Languages / Certifications, durations after the dates, "Page 1 of 2" footers), Europass
(label-left two-column rows); keyword stuffing over a small grey band on an outlined page whose
text layer is read. DOCX: the body in a two-column section (w:cols), the contact in a footer
beside page-number fields, bullets defined by numbering (w:numPr, no bullet character in the
text), a Europass label table. Run by ``tests/unit/test_extract_layout_stress14.py``; the
bench prints them after the earlier rounds':

    .venv/bin/python -m bench.layout_stress [-s] [name part ...]
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from fpdf import FPDF

from bench.layout_stress import (
    BULLETS,
    CONTACT,
    DEJAVU,
    EDU,
    HIDDEN_WORDS,
    NAME,
    ROLES,
    SKILLS,
    _p,
    _r,
    cv_blocks,
    docx_xml,
    main_column,
    pdf_outlines,
    pdf_unmapped_font,
    plain_cv,
    rewrite_parts,
)

CASES14: dict = {}
PAGE_H = 842.0
_WIDTHS = FPDF(unit="pt")


def _width(text: str, size: float, style: str = "") -> float:
    _WIDTHS.set_font("helvetica", style=style, size=size)
    return _WIDTHS.get_string_width(text.replace("\u2013", "-").replace("\u2022", "-"))


def _lit(text: str) -> str:
    """A PDF string literal of ``text`` in WinAnsi (octal escapes past ASCII)."""
    out = []
    for b in text.encode("cp1252"):
        ch = chr(b)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


class Pdf:
    """A PDF written object by object: fonts, form and image XObjects, pages."""

    def __init__(self) -> None:
        self.objs: list[bytes] = [b"", b""]  # 1 catalog, 2 page tree
        self.fonts: dict[str, int] = {}
        self.xobjects: dict[str, int] = {}
        self.pages: list[int] = []
        for name, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold")):
            self.fonts[name] = self.add(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>"
            )

    def add(self, body: str | bytes) -> int:
        self.objs.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(self.objs)

    def stream(self, head: str, data: str | bytes) -> int:
        raw = data.encode("latin-1") if isinstance(data, str) else data
        return self.add(
            f"<< {head} /Length {len(raw)} >>\nstream\n".encode() + raw + b"\nendstream"
        )

    def resources(self) -> str:
        fonts = " ".join(f"/{k} {v} 0 R" for k, v in self.fonts.items())
        xobjects = " ".join(f"/{k} {v} 0 R" for k, v in self.xobjects.items())
        return f"<< /Font << {fonts} >> /XObject << {xobjects} >> >>"

    def form(self, name: str, content: str, matrix: str = "1 0 0 1 0 0") -> None:
        self.xobjects[name] = self.stream(
            f"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [{matrix}] "
            f"/Resources {self.resources()}",
            content,
        )

    def image(self, name: str, rgb: bytes = b"\xf4\xee\xe4") -> None:
        self.xobjects[name] = self.stream(
            "/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB "
            "/BitsPerComponent 8",
            rgb,
        )

    def page(self, content: str, extra: str = "") -> None:
        c = self.stream("", content)
        self.pages.append(
            self.add(
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                f"{self.resources()} /Contents {c} 0 R {extra} >>"
            )
        )

    def bytes(self, catalog: str = "") -> bytes:
        kids = " ".join(f"{n} 0 R" for n in self.pages)
        self.objs[0] = f"<< /Type /Catalog /Pages 2 0 R {catalog} >>".encode()
        self.objs[1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(self.pages)} >>".encode()
        out = bytearray(b"%PDF-1.7\n")
        offsets = []
        for n, body in enumerate(self.objs, start=1):
            offsets.append(len(out))
            out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
        out += f"trailer\n<< /Size {len(self.objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF".encode()
        return bytes(out)


class OpsPage:
    """A page writer (``t``, ``right``, ``centre`` as ``bench.layout_stress.Page``) that
    collects text operators; ``show`` turns one piece into its operators."""

    def __init__(self, doc: Pdf | None = None, *, part: bool = False) -> None:
        self.doc = doc or Pdf()
        self.ops: list[str] = []
        self.part = part  # drawn into a form or a page put together later: ``bytes`` adds none

    def show(self, x: float, y: float, text: str, size: float, style: str) -> str:
        font = "F2" if "B" in style else "F1"
        return f"BT /{font} {size:g} Tf {x:.2f} {PAGE_H - y:.2f} Td {_lit(text)} Tj ET"

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.ops.append(self.show(x, y, text, size, style))

    def right(self, xr: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.t(xr - _width(text, size, style), y, text, size, style)

    def centre(self, xc: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        self.t(xc - _width(text, size, style) / 2, y, text, size, style)

    def content(self) -> str:
        return "\n".join(self.ops)

    def bytes(self) -> bytes:
        if self.part:
            return b""
        self.doc.page(self.content())
        return self.doc.bytes()


# ---------------------------------------------------------------- form XObjects
def pdf_forms(kind: str) -> bytes:
    """Text inside form XObjects drawn with ``Do``: ``head`` the name and contact in a form
    placed by its /Matrix and a "Page 1 of 1" footer form; ``page`` the whole page one form
    (a page imported by another tool); ``nested`` each section its own form inside a block
    form, drawn out of reading order."""
    doc = Pdf()
    if kind == "head":
        head = OpsPage(doc)
        head.t(40, 50 - 70, NAME, 22, "B")  # in form space: the matrix moves it 70 pt down
        head.t(40, 70 - 70, " | ".join(CONTACT), 9)
        doc.form("Hd", head.content(), "1 0 0 1 0 -70")
        foot = OpsPage(doc)
        foot.centre(297, 820, "Page 1 of 1", 8)
        doc.form("Ft", foot.content())
        body = OpsPage(doc)
        y = main_column(body, 40, 100)
        body.t(40, y + 10, "SKILLS", 12, "B")
        body.t(40, y + 26, ", ".join(SKILLS))
        doc.page("q /Ft Do Q q /Hd Do Q\n" + body.content())
        return doc.bytes()
    whole = OpsPage(doc, part=True)
    if kind == "page":
        plain_cv(whole, False)
        doc.form("Pg", whole.content(), "0.95 0 0 0.95 15 20")
        doc.page("q /Pg Do Q")
        return doc.bytes()
    blocks = []  # nested: head, experience, education + skills, each a form
    for draw in (_head_block, _roles_block, _edu_skills_block):
        part = OpsPage(doc)
        draw(part)
        name = f"B{len(blocks)}"
        doc.form(name, part.content())
        blocks.append(name)
    doc.form("All", " ".join(f"q /{b} Do Q" for b in reversed(blocks)))
    doc.page("q /All Do Q")
    return doc.bytes()


def _head_block(p: Any) -> None:
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)


def _roles_block(p: Any) -> None:
    main_column(p, 40, 100, edu=False)


def _edu_skills_block(p: Any) -> None:
    y = 390
    p.t(40, y, "EDUCATION", 12, "B")
    for k, (deg, school, year) in enumerate(EDU):
        p.t(40, y + 20 + 14 * k, f"{deg}, {school}, {year}")
    p.t(40, y + 70, "SKILLS", 12, "B")
    p.t(40, y + 86, ", ".join(SKILLS))


for _kind in ("head", "page", "nested"):
    CASES14[f"pdf form xobjects {_kind}"] = lambda k=_kind: (pdf_forms(k), "cv.pdf")


# ---------------------------------------------------------------- Type3 fonts
def _type3_font(doc: Pdf, numbered: bool, scale: float) -> str:
    """A Type3 font whose glyphs are filled boxes: glyph names from the Adobe list ("a",
    "comma") or, ``numbered``, "a<code>" as pdfTeX names a bitmap font's glyphs."""
    from fontTools.agl import UV2AGL

    codes = range(32, 127)
    names, procs, widths = [], [], []
    unit = 1 / scale  # glyph space units per 1/1000 text space unit
    for c in codes:
        name = f"a{c}" if numbered else UV2AGL.get(c, f"g{c}")
        names.append(f"/{name}")
        w = _width(chr(c), 1000) * unit / 1000 * 1000
        proc = doc.stream(
            "", f"{w:.1f} 0 0 0 {w:.1f} {700 * unit:.1f} d1 0 0 {w:.1f} {600 * unit:.1f} re f"
        )
        procs.append(f"/{name} {proc} 0 R")
        widths.append(f"{w:.1f}")
    font = doc.add(
        f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 {1000 * unit:.0f} {1000 * unit:.0f}] "
        f"/FontMatrix [{scale:g} 0 0 {scale:g} 0 0] /CharProcs << {' '.join(procs)} >> "
        f"/Encoding << /Type /Encoding /Differences [32 {' '.join(names)}] >> "
        f"/FirstChar 32 /LastChar 126 /Widths [{' '.join(widths)}] /Resources << >> >>"
    )
    doc.fonts["T3"] = font
    return "T3"


class Type3Page(OpsPage):
    def show(self, x: float, y: float, text: str, size: float, style: str) -> str:
        return f"BT /T3 {size:g} Tf {x:.2f} {PAGE_H - y:.2f} Td {_lit(text)} Tj ET"


def pdf_type3(numbered: bool, scale: float = 0.001) -> bytes:
    doc = Pdf()
    _type3_font(doc, numbered, scale)
    return plain_cv(Type3Page(doc), False)


CASES14["pdf type3 font"] = lambda: (pdf_type3(False), "cv.pdf")
CASES14["pdf type3 font scaled matrix"] = lambda: (pdf_type3(False, 0.01), "cv.pdf")
CASES14["pdf type3 font numbered glyphs"] = lambda: (pdf_type3(True), "cv.pdf")


# ---------------------------------------------------------------- right-to-left page
HEBREW = "\u05e0\u05d9\u05e1\u05d9\u05d5\u05df \u05d1\u05e0\u05d9\u05ea\u05d5\u05d7 \u05e0\u05ea\u05d5\u05e0\u05d9\u05dd"
ARABIC = "\u062e\u0628\u0631\u0629 \u0641\u064a \u062a\u062d\u0644\u064a\u0644 \u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a"


def pdf_rtl(script: str) -> bytes:
    """A right-to-left template: every line set flush right, a line in Hebrew or Arabic under
    the Latin name (drawn in visual order, as PDFs store it), the rest in English."""
    from bench.layout_stress import DEJAVU, Page

    p = Page()
    p.pdf.add_font("dv", "", DEJAVU)  # one regular file: "bold" lines in it too (parsed once)
    rtl = HEBREW if script == "hebrew" else ARABIC

    def t(x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        p.pdf.set_font("dv", size=size)
        p.pdf.text(555 - p.pdf.get_string_width(text), y, text)  # flush right

    p.t = t  # type: ignore[method-assign]
    t(0, 50, NAME, 22, "B")
    t(0, 68, rtl[::-1], 11)
    t(0, 84, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 110)
    t(0, y + 10, "SKILLS", 12, "B")
    t(0, y + 26, ", ".join(SKILLS))
    t(0, y + 46, (rtl + " " + rtl)[::-1], 9)
    return p.bytes()


CASES14["pdf right-to-left hebrew"] = lambda: (pdf_rtl("hebrew"), "cv.pdf")
CASES14["pdf right-to-left arabic"] = lambda: (pdf_rtl("arabic"), "cv.pdf")


# ---------------------------------------------------------------- design tool exports
class PiecesPage(OpsPage):
    """Each line (or each word, ``words``) its own text object placed by a text matrix."""

    def __init__(self, doc: Pdf, words: bool) -> None:
        super().__init__(doc, part=True)
        self.words = words

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        font = "F2" if "B" in style else "F1"
        pieces = text.split(" ") if self.words else [text]
        for piece in pieces:
            if piece:
                self.ops.append(
                    f"BT /{font} 1 Tf {size:g} 0 0 {size:g} {x:.2f} {PAGE_H - y:.2f} Tm "
                    f"{_lit(piece)} Tj ET"
                )
            x += _width(piece + " ", size, style)


def pdf_design_tool(words: bool, with_sidebar: bool) -> bytes:
    """A Canva / Figma export: a picture across the page, a coloured sidebar band, every line
    (or word) its own text object, drawn shuffled (by layer, not by reading order)."""
    doc = Pdf()
    doc.image("Bg")
    p = PiecesPage(doc, words)
    plain_cv(p, with_sidebar)
    random.Random(14).shuffle(p.ops)
    band = "0.85 0.9 0.95 rg 20 0 140 842 re f 0 g\n" if with_sidebar else ""
    doc.page("q 595 0 0 842 0 0 cm /Bg Do Q\n" + band + p.content())
    return doc.bytes()


for _w in (False, True):
    for _sb in (False, True):
        CASES14[f"pdf design tool {'words' if _w else 'lines'}{' sidebar' if _sb else ''}"] = (
            lambda w=_w, sb=_sb: (pdf_design_tool(w, sb), "cv.pdf")
        )


# ---------------------------------------------------------------- LaTeX
def _latex_fonts(doc: Pdf) -> None:
    """A text font whose codes 1-3 are the ligature glyphs fi, fl, ff (as TeX's fonts place
    them) and a math symbol font (cmsy) with no text mapping whose code 15 is a bullet."""
    doc.fonts["L1"] = doc.add(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /BaseEncoding "
        "/WinAnsiEncoding /Differences [1 /fi /fl /ff] >> >>"
    )
    desc = doc.add(
        "<< /Type /FontDescriptor /FontName /ABCDEF+CMSY10 /Flags 4 /FontBBox [0 0 1000 1000] "
        "/ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 683 /StemV 40 "
        "/CharSet (/bullet/diamondmath/periodcentered) >>"
    )
    doc.fonts["L2"] = doc.add(
        "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+CMSY10 /FirstChar 1 /LastChar 15 "
        f"/Widths [{' '.join(['500'] * 15)}] /FontDescriptor {desc} 0 R >>"
    )


class LatexPage(OpsPage):
    """TeX's output: words as TJ strings parted by kerning offsets (no space glyph), the
    ligatures fi / fl / ff as single glyphs."""

    def show(self, x: float, y: float, text: str, size: float, style: str) -> str:
        font = "F2" if "B" in style else "L1"
        words = []
        for w in text.split(" "):
            lit = _lit(w)
            for k, lig in enumerate(("fi", "fl", "ff"), start=1):
                lit = lit.replace(lig, f"\\{k:03o}")
            words.append(lit)
        return f"BT /{font} {size:g} Tf {x:.2f} {PAGE_H - y:.2f} Td [{' -333 '.join(words)}] TJ ET"


def pdf_latex() -> bytes:
    """moderncv / article: TJ word gaps, ligature glyphs, math bullets ($\\bullet$ in cmsy,
    no text mapping) before each bullet, a skills line hyphenated across two lines."""
    doc = Pdf()
    _latex_fonts(doc)
    p = LatexPage(doc)
    p.t(40, 50, NAME, 22, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = 100
    p.t(40, y, "EXPERIENCE", 12, "B")
    y += 20
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        p.t(40, y, f"{title}, {comp}", 10, "B")
        p.right(555, y, dates.replace(" - ", " \u2013 "))
        y += 14
        for b in bullets:
            p.ops.append(f"BT /L2 9 Tf 48 {PAGE_H - y:.2f} Td (\\017) Tj ET")
            p.t(58, y, b, 9)
            y += 13
        y += 5
    y += 6
    p.t(40, y, "EDUCATION", 12, "B")
    y += 20
    for deg, school, year in EDU:
        p.t(40, y, f"{deg}, {school}")
        p.right(555, y, year)
        y += 14
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, "Python, SQL, Tableau, Excel, Power BI, Sta-")
    p.t(40, y + 39, "tistics, Profiling and Workflow design")
    return p.bytes()


CASES14["pdf latex moderncv"] = lambda: (pdf_latex(), "cv.pdf")


def pdf_awesome_cv() -> bytes:
    """awesome-cv: headings with their first letters in an accent colour (two runs), each
    role as employer + place (right) over title (small) + dates (right)."""
    doc = Pdf()
    p = OpsPage(doc)
    p.centre(297, 50, NAME, 26, "B")
    p.centre(297, 70, " | ".join(CONTACT), 9)

    def heading(y: float, text: str) -> None:
        lead, rest = text[:3], text[3:]
        w = _width(lead, 13, "B")
        p.ops.append(f"0.8 0.2 0.2 rg {p.show(40, y, lead, 13, 'B')} 0 g")
        p.t(40 + w, y, rest, 13, "B")

    y = 105
    heading(y, "EXPERIENCE")
    y += 22
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        p.t(40, y, comp, 10, "B")
        p.right(555, y, CONTACT[2], 9)
        y += 13
        p.t(40, y, title, 8)
        p.right(555, y, dates, 8)
        y += 13
        for b in bullets:
            p.t(48, y, "\u2022 " + b, 9)
            y += 12
        y += 6
    heading(y, "EDUCATION")
    y += 22
    for deg, school, year in EDU:
        p.t(40, y, school, 10, "B")
        p.right(555, y, CONTACT[2], 9)
        y += 13
        p.t(40, y, deg, 8)
        p.right(555, y, year, 8)
        y += 16
    heading(y, "SKILLS")
    p.t(40, y + 20, ", ".join(SKILLS))
    return p.bytes()


CASES14["pdf awesome-cv"] = lambda: (pdf_awesome_cv(), "cv.pdf")


# ---------------------------------------------------------------- Word, Google Docs
class TaggedPage(OpsPage):
    """Word's tagged "Save as PDF": each line marked content (/P, MCID) shown as a kerned TJ."""

    def show(self, x: float, y: float, text: str, size: float, style: str) -> str:
        font = "F2" if "B" in style else "F1"
        self.mcid = getattr(self, "mcid", -1) + 1
        bullet = ""
        if text.startswith("- "):  # a list: the marker a Symbol glyph in a /Lbl
            text = text[2:]
            bullet = (
                f"/Lbl <</MCID {self.mcid}>> BDC BT /SY {size:g} Tf {x - 10:.2f} "
                f"{PAGE_H - y:.2f} Td (\\267) Tj ET EMC "
            )
            self.mcid += 1
        half = len(text) // 2
        return (
            f"{bullet}/P <</MCID {self.mcid}>> BDC BT /{font} {size:g} Tf 1 0 0 1 {x:.2f} "
            f"{PAGE_H - y:.2f} Tm [{_lit(text[:half])}3{_lit(text[half:])}] TJ ET EMC"
        )


def _two_page_body(a: Any, b: Any, y: float, y2: float, *, indent: float, gap: float) -> None:
    """Roles one and two on page ``a`` from ``y``, the third on ``b`` from ``y2``, then
    education and skills on ``b`` (``gap`` more below the last role)."""
    for k, ((title, comp, dates, _), bullets) in enumerate(zip(ROLES, BULLETS, strict=False)):
        p = a if k < 2 else b
        if k == 2:
            y = y2
        p.t(40, y, f"{title}, {comp}", 10, "B")
        p.t(40, y + 14, dates)
        y += 28
        for line in bullets:
            p.t(indent, y, "- " + line, 9)
            y += 14
        y += 6
    y += gap
    b.t(40, y, "EDUCATION", 12, "B")
    for k, (deg, school, year) in enumerate(EDU):
        b.t(40, y + 20 + 14 * k, f"{deg}, {school}, {year}")
    b.t(40, y + 60, "SKILLS", 12, "B")
    b.t(40, y + 76, ", ".join(SKILLS))


def pdf_word_tagged() -> bytes:
    """Two pages; a running head (name, page number) in /Artifact marked content on both."""
    doc = Pdf()
    doc.fonts["SY"] = doc.add("<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>")
    pages = []
    for n in (1, 2):
        p = TaggedPage(doc)
        art = "/Artifact <</Type /Pagination /Subtype /Header>> BDC "
        p.ops.append(art + p.show(40, 25, f"{NAME} \u2013 page {n}", 8, "")[0:] + " EMC")
        pages.append(p)
    a, b = pages
    a.t(40, 60, NAME, 22, "B")
    a.t(40, 80, " | ".join(CONTACT), 9)
    a.t(40, 110, "EXPERIENCE", 12, "B")
    _two_page_body(a, b, 130, 60, indent=56, gap=6)
    for p in pages:
        doc.page(p.content(), "/StructParents 0")
    return doc.bytes("/MarkInfo << /Marked true >> /Lang (en-US)")


CASES14["pdf word tagged"] = lambda: (pdf_word_tagged(), "cv.pdf")


def pdf_google_docs(with_sidebar: bool) -> bytes:
    """Google Docs: each word its own run placed by Td, the bullets separate "•" glyphs."""

    class WordRuns(OpsPage):
        def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
            font = "F2" if "B" in style else "F1"
            if text.startswith("- "):
                self.ops.append(f"BT /F1 {size:g} Tf {x:.2f} {PAGE_H - y:.2f} Td (\\225) Tj ET")
                text, x = text[2:], x + 10
            ops = [f"BT /{font} {size:g} Tf {x:.2f} {PAGE_H - y:.2f} Td"]
            for k, w in enumerate(text.split(" ")):
                if k:
                    ops.append(f"{_width(text.split(' ')[k - 1] + ' ', size, style):.2f} 0 Td")
                ops.append(f"{_lit(w)} Tj")
            self.ops.append(" ".join(ops) + " ET")

    return plain_cv(WordRuns(), with_sidebar)


CASES14["pdf google docs word runs"] = lambda: (pdf_google_docs(False), "cv.pdf")
CASES14["pdf google docs word runs sidebar"] = lambda: (pdf_google_docs(True), "cv.pdf")


# ---------------------------------------------------------------- LinkedIn, Europass
MONTHS = {
    "Jan": "January",
    "Mar": "March",
    "Jun": "June",
    "Dec": "December",
    "Feb": "February",
}
DURATIONS = ["7 years", "3 years 10 months", "2 years 9 months"]


def _long_dates(dates: str, k: int) -> str:
    words = [MONTHS.get(w, w) for w in dates.split(" ")]
    return " ".join(words) + f" ({DURATIONS[k]})"


def pdf_linkedin() -> bytes:
    """LinkedIn's "Save to PDF": a grey sidebar (Contact, Top Skills, Languages,
    Certifications) beside the name, headline, place, Summary, Experience (employer, title,
    dates with a duration, place) and Education; "Page n of 2" at each page's foot."""
    doc = Pdf()
    one, two = OpsPage(doc), OpsPage(doc)
    s = one
    s.t(30, 60, "Contact", 13, "B")
    s.t(30, 78, CONTACT[1] + " (Mobile)", 9)
    s.t(30, 92, CONTACT[0], 9)
    s.t(30, 106, "www.linkedin.com/in/janedoe-0134", 9)
    s.t(30, 118, "(LinkedIn)", 9)
    y = 144
    s.t(30, y, "Top Skills", 13, "B")
    for k, sk in enumerate(SKILLS):
        s.t(30, y + 18 + 13 * k, sk, 9)
    y += 30 + 13 * len(SKILLS)
    s.t(30, y, "Languages", 13, "B")
    s.t(30, y + 18, "English (Native or Bilingual)", 9)
    s.t(30, y + 44, "Certifications", 13, "B")
    s.t(30, y + 62, "Certified Data Steward", 9)
    m = one
    m.t(200, 60, NAME, 24)
    m.t(200, 80, f"{ROLES[0][0]} at {ROLES[0][1]}", 11)
    m.t(200, 96, CONTACT[2] + ", United States", 9)
    m.t(200, 126, "Summary", 14)
    m.t(200, 144, "Analyst who turns sales and shipping records into weekly plans.", 9)
    m.t(200, 172, "Experience", 14)
    y = 192
    for k, ((title, comp, dates, _), bullets) in enumerate(zip(ROLES, BULLETS, strict=False)):
        if k == 2:
            m.centre(297, 820, "Page 1 of 2", 8)
            m, y = two, 60
        m.t(200, y, comp, 11)
        m.t(200, y + 15, title, 10)
        m.t(200, y + 29, _long_dates(dates, k), 9)
        m.t(200, y + 42, CONTACT[2] + ", United States", 9)
        y += 58
        for b in bullets:
            m.t(200, y, b, 9)
            y += 13
        y += 12
    m.t(200, y, "Education", 14)
    y += 20
    for deg, school, year in EDU:
        m.t(200, y, school, 11)
        m.t(200, y + 15, f"{deg.split()[0]}, {deg.split()[1]} \u00b7 ({int(year) - 2} - {year})", 9)
        y += 34
    m.centre(297, 820, "Page 2 of 2", 8)
    doc.page("0.95 0.95 0.95 rg 0 0 180 842 re f 0 g\n" + one.content())
    doc.page(two.content())
    return doc.bytes()


CASES14["pdf linkedin"] = lambda: (pdf_linkedin(), "cv.pdf")

EUROPASS_ROLE = (
    "Dates",
    "Occupation or position held",
    "Main activities and responsibilities",
    "Name and address of employer",
)
EUROPASS_EDU = (
    "Dates",
    "Title of qualification awarded",
    "Name and type of organisation providing education and training",
)


def europass_rows() -> list[tuple[str, str]]:
    """Europass's label | value rows, a heading row having no value."""
    rows = [
        ("Personal information", ""),
        ("First name(s) / Surname(s)", NAME),
        ("Address", "12 Elm Street, " + CONTACT[2]),
        ("Telephone(s)", CONTACT[1]),
        ("E-mail", CONTACT[0]),
        ("Work experience", ""),
    ]
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        values = (dates, title, " ".join(bullets), f"{comp}, {CONTACT[2]}")
        rows += list(zip(EUROPASS_ROLE, values, strict=True))
    rows.append(("Education and training", ""))
    for deg, school, year in EDU:
        rows += list(zip(EUROPASS_EDU, (f"{int(year) - 2} - {year}", deg, school), strict=True))
    rows += [
        ("Personal skills and competences", ""),
        ("Computer skills and competences", ", ".join(SKILLS)),
    ]
    return rows


def pdf_europass(rows: list[tuple[str, str]] | None = None) -> bytes:
    """The labels right-aligned in a left column, the values beside them."""
    p = OpsPage()
    y = 50
    for label, value in rows or europass_rows():
        size, style = (8, "") if value else (10, "B")
        y += 0 if value else 10
        lines = [label]
        while _width(lines[-1], size, style) > 140:  # a long label wraps in its column
            words = lines[-1].split(" ")
            cut = max(
                k for k in range(1, len(words)) if _width(" ".join(words[:k]), size, style) <= 140
            )
            lines[-1:] = [" ".join(words[:cut]), " ".join(words[cut:])]
        for k, line in enumerate(lines):
            p.right(170, y + (size + 2) * k, line, size, style)
        p.t(185, y, value, 9)
        y += 4 + (size + 2) * len(lines) + (0 if value else 6)
    return p.bytes()


def docx_europass(rows: list[tuple[str, str]] | None = None) -> bytes:
    """The Europass Word template: one table, a label cell and a value cell per row."""
    from bench.layout_stress import _tbl

    cells = [
        [_p(_r(label, "<w:rPr><w:b/></w:rPr>" if not value else "")), _p(_r(value))]
        for label, value in rows or europass_rows()
    ]
    return docx_xml([_tbl(cells)])


CASES14["pdf europass"] = lambda: (pdf_europass(), "cv.pdf")
CASES14["docx europass"] = lambda: (docx_europass(), "cv.docx")


# ---------------------------------------------------------------- stuffing on an outlined page
def pdf_outlines_band_stuffing() -> bytes:
    """An outlined page with its text layer (read), plus keywords laid invisibly over a small
    grey band at its foot: the band is no glyph, the keywords are hidden text."""
    data = pdf_outlines(text_layer=True)
    band = (
        "\nq 0.9 g 40 30 300 12 re f Q BT 3 Tr /F1 8 Tf 42 33 Td " + _lit(HIDDEN_WORDS) + " Tj ET\n"
    )
    return _append_to_page(data, band)


def _append_to_page(data: bytes, ops: str) -> bytes:
    """``data`` with ``ops`` drawn after its first page's content (an incremental update)."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    content = page.get_contents()
    raw = content.get_data() if content is not None else b""
    stream = ContentStream(None, writer)
    stream.set_data(raw + ops.encode("latin-1"))
    page.replace_contents(stream)
    fonts = page["/Resources"].get_object()["/Font"].get_object()
    if "/F1" not in fonts:  # the band's words in Helvetica
        from pypdf.generic import DictionaryObject, NameObject

        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        fonts[NameObject("/F1")] = writer._add_object(font)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CASES14["pdf outlines text layer hidden band"] = lambda: (pdf_outlines_band_stuffing(), "cv.pdf")


# ---------------------------------------------------------------- DOCX
def docx_two_column_section() -> bytes:
    """The head in a one-column section, then the body in a two-column one (w:cols), the
    sidebar's blocks flowing into the second column with no column break."""
    blocks = cv_blocks()
    head = [_p(_r(x)) for x in blocks[0][1]]
    brk = (
        '<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:cols w:space="708"/></w:sectPr>'
    )
    head.append(_p("", f"<w:pPr>{brk}</w:pPr>"))
    body = []
    for heading, lines in blocks[1:]:
        body.append(_p(_r(heading, "<w:rPr><w:b/></w:rPr>")))
        body += [_p(_r(x)) for x in lines]
    return _with_cols(docx_xml(head + body), 2)


def _with_cols(data: bytes, n: int) -> bytes:
    """The document's last section set in ``n`` columns."""

    def cols(blob: bytes) -> bytes:
        head, tail = blob.rsplit(b"<w:cols", 1)
        tail = tail.split(b"/>", 1)[1]
        return head + f'<w:cols w:num="{n}" w:space="425"/>'.encode() + tail

    return rewrite_parts(data, {"word/document.xml": cols})


def docx_footer_fields() -> bytes:
    """The name in the header; the contact in the footer beside "Page 1 of 2" page fields."""
    import docx.oxml

    from bench.layout_stress import _field, docx_body, docx_bytes, docx_doc

    d = docx_doc()
    d.sections[0].header.paragraphs[0].text = NAME
    foot = d.sections[0].footer._element
    for child in list(foot):
        foot.remove(child)
    from bench.layout_stress import W_NS

    xml = _p(
        _r(" | ".join(CONTACT) + "\t")
        + _r("Page ")
        + _field(" PAGE ", "1")
        + _r(" of ")
        + _field(" NUMPAGES ", "2")
    )
    foot.append(docx.oxml.parse_xml(xml.replace("<w:p>", f"<w:p {W_NS}>", 1)))
    docx_body(d)
    return docx_bytes(d)


def docx_numbered_bullets(style: bool, marker: str) -> bytes:
    """Bullets set by numbering (w:numPr on the paragraph, or the "List Bullet" style's), no
    bullet character in the text; ``marker`` the level's glyph (a Symbol-font private-use
    character, "o", or a Wingdings square)."""
    body = []
    for heading, lines in cv_blocks():
        if heading:
            body.append(_p(_r(heading, "<w:rPr><w:b/></w:rPr>")))
        for line in lines:
            if line.startswith("- "):
                ppr = (
                    '<w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>'
                    if style
                    else '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'
                    "</w:pPr>"
                )
                body.append(_p(_r(line[2:]), ppr))
            else:
                body.append(_p(_r(line)))
    data = docx_xml(body)
    if style:
        return data
    fonts = {"\uf0b7": "Symbol", "o": "Courier New", "\uf0a7": "Wingdings"}
    numbering = (
        '<w:abstractNum w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="bullet"/><w:lvlText w:val="{marker}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts '
        f'w:ascii="{fonts[marker]}" w:hAnsi="{fonts[marker]}" w:hint="default"/></w:rPr>'
        '</w:lvl></w:abstractNum><w:num w:numId="77"><w:abstractNumId w:val="70"/></w:num>'
    )

    def add_numbering(blob: bytes) -> bytes:
        head, tail = blob.split(b"<w:num ", 1)
        return head + numbering.encode() + b"<w:num " + tail

    return rewrite_parts(data, {"word/numbering.xml": add_numbering})


CASES14["docx two-column section"] = lambda: (docx_two_column_section(), "cv.docx")
CASES14["docx footer contact page fields"] = lambda: (docx_footer_fields(), "cv.docx")
CASES14["docx numbering bullets style"] = lambda: (docx_numbered_bullets(True, ""), "cv.docx")
for _m, _label in (("\uf0b7", "symbol"), ("o", "circle"), ("\uf0a7", "wingdings")):
    CASES14[f"docx numbering bullets {_label}"] = lambda m=_m: (
        docx_numbered_bullets(False, m),
        "cv.docx",
    )


# ---------------------------------------------------------------- running heads and feet
def pdf_every_page(head: bool, foot: bool) -> bytes:
    """Two pages, as Word prints a header and footer part on each: ``head`` the name and the
    contact line atop both pages, ``foot`` the contact line over "Page n of 2" at both feet."""
    doc = Pdf()
    a, b = OpsPage(doc, part=True), OpsPage(doc, part=True)
    for n, p in enumerate((a, b), start=1):
        if head:
            p.t(40, 40, NAME, 18, "B")
            p.t(40, 58, " | ".join(CONTACT), 9)
        if foot:
            p.centre(297, 815, " | ".join(CONTACT), 8)
            p.centre(297, 828, f"Page {n} of 2", 8)
    if not head:
        a.t(40, 50, NAME, 22, "B")
        if not foot:
            a.t(40, 70, " | ".join(CONTACT), 9)
    a.t(40, 100, "EXPERIENCE", 12, "B")
    _two_page_body(a, b, 120.0, 90.0, indent=50, gap=0)
    doc.page(a.content())
    doc.page(b.content())
    return doc.bytes()


CASES14["pdf head on every page"] = lambda: (pdf_every_page(True, False), "cv.pdf")
CASES14["pdf contact footer on every page"] = lambda: (pdf_every_page(False, True), "cv.pdf")
CASES14["pdf head and footer on every page"] = lambda: (pdf_every_page(True, True), "cv.pdf")


# ---------------------------------------------------------------- lists
def odt_list_bullets() -> bytes:
    """An ODT whose bullets are list items of a bullet list style (no bullet in the text)."""
    import io

    from odf.opendocument import OpenDocumentText
    from odf.text import List, ListItem, ListLevelStyleBullet, ListStyle, P

    doc = OpenDocumentText()
    style = ListStyle(name="L1")
    style.addElement(ListLevelStyleBullet(level=1, bulletchar="\u2022"))
    doc.automaticstyles.addElement(style)
    for heading, lines in cv_blocks():
        if heading:
            doc.text.addElement(P(text=heading))
        items = None
        for line in lines:
            if not line.startswith("- "):
                items = None
                doc.text.addElement(P(text=line))
                continue
            if items is None:
                items = List(stylename=style)
                doc.text.addElement(items)
            item = ListItem()
            item.addElement(P(text=line[2:]))
            items.addElement(item)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def docx_numbered_roles() -> bytes:
    """Each role's line an item of Word's "List Number" style ("1.", "2.", "3." by numbering),
    its bullets items of "List Bullet"."""
    body = []
    for heading, lines in cv_blocks():
        if heading:
            body.append(_p(_r(heading, "<w:rPr><w:b/></w:rPr>")))
        for line in lines:
            style = ""
            if line.startswith("- "):
                line, style = line[2:], "ListBullet"
            elif heading == "EXPERIENCE" and ", " in line:
                style = "ListNumber"
            body.append(
                _p(_r(line), f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "")
            )
    return docx_xml(body)


CASES14["odt list bullets"] = lambda: (odt_list_bullets(), "cv.odt")
CASES14["docx numbered roles"] = lambda: (docx_numbered_roles(), "cv.docx")


# ---------------------------------------------------------------- composite font, no ToUnicode
if Path(DEJAVU).exists():  # read through the embedded TrueType file's cmap (``pdf_cmap``)
    CASES14["pdf unmapped CID font, embedded cmap"] = lambda: (pdf_unmapped_font(), "cv.pdf")


def pdf_europass_2013() -> bytes:
    """The newer Europass layout: the section labels and each entry's dates right-aligned in a
    narrow left column, on the baseline of the entry's first line; the name, contact, titles,
    employers, schools and skills rows in the wide right column."""
    p = OpsPage()
    x, label_edge = 190, 170

    def label(y: float, text: str, size: float = 8, style: str = "") -> None:
        p.right(label_edge, y, text, size, style)

    label(50, "PERSONAL INFORMATION", 9)
    p.t(x, 50, NAME, 16)
    for k, c in enumerate(CONTACT):
        p.t(x, 68 + 13 * k, c, 9)
    y = 130.0
    label(y, "WORK EXPERIENCE", 9)
    y += 20
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        label(y, dates)
        p.t(x, y, title, 11)
        p.t(x, y + 14, f"{comp}, {CONTACT[2]}", 9)
        y += 28
        for b in bullets:
            p.t(x + 6, y, "\u2022 " + b, 9)
            y += 12
        y += 10
    label(y, "EDUCATION AND TRAINING", 9)
    y += 20
    for deg, school, year in EDU:
        label(y, f"{int(year) - 2} - {year}")
        p.t(x, y, deg, 11)
        p.t(x, y + 14, school, 9)
        y += 32
    label(y, "PERSONAL SKILLS", 9)
    y += 20
    label(y, "Mother tongue(s)")
    p.t(x, y, "English", 9)
    label(y + 16, "Digital competence")
    p.t(x, y + 16, ", ".join(SKILLS), 9)
    return p.bytes()


CASES14["pdf europass 2013"] = lambda: (pdf_europass_2013(), "cv.pdf")


def pdf_sidebar_every_page(right: bool) -> bytes:
    """Two pages, the same sidebar (contact, skills) drawn on both over a coloured band, as a
    template (or a Word text box anchored in the header part) draws it on every page."""
    from bench.layout_stress import sidebar

    doc = Pdf()
    a, b = OpsPage(doc, part=True), OpsPage(doc, part=True)
    side_x, body_x = (420, 40) if right else (30, 180)
    for p in (a, b):
        sidebar(p, side_x, 120)
    a.t(body_x, 50, NAME, 22, "B")
    a.t(body_x, 120, "EXPERIENCE", 12, "B")
    y = 140.0
    for k, ((title, comp, dates, _), bullets) in enumerate(zip(ROLES, BULLETS, strict=False)):
        p = a if k < 2 else b
        y = 60.0 if k == 2 else y
        p.t(body_x, y, f"{title}, {comp}", 10, "B")
        p.t(body_x, y + 14, dates)
        y += 28
        for line in bullets:
            p.t(body_x + 6, y, "- " + line, 9)
            y += 14
        y += 6
    b.t(body_x, y, "EDUCATION", 12, "B")
    for k, (deg, school, year) in enumerate(EDU):
        b.t(body_x, y + 20 + 14 * k, f"{deg}, {school}, {year}")
    band = f"0.9 0.9 0.95 rg {side_x - 15} 0 165 842 re f 0 g\n"
    doc.page(band + a.content())
    doc.page(band + b.content())
    return doc.bytes()


CASES14["pdf sidebar on every page"] = lambda: (pdf_sidebar_every_page(False), "cv.pdf")
CASES14["pdf right sidebar on every page"] = lambda: (pdf_sidebar_every_page(True), "cv.pdf")


def docx_europass_2013() -> bytes:
    """The newer Europass as Word writes it: one table, the labels and dates in the left
    cells, the name, contact, roles (title, employer, bullets) and schools in the right."""
    from bench.layout_stress import _tbl

    def cell(lines: list[str]) -> str:
        return "".join(_p(_r(x)) for x in lines) or _p("")

    rows = [[cell(["PERSONAL INFORMATION"]), cell([NAME, *CONTACT])]]
    rows.append([cell(["WORK EXPERIENCE"]), cell([])])
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        body = [title, f"{comp}, {CONTACT[2]}", *("\u2022 " + b for b in bullets)]
        rows.append([cell([dates]), cell(body)])
    rows.append([cell(["EDUCATION AND TRAINING"]), cell([])])
    for deg, school, year in EDU:
        rows.append([cell([f"{int(year) - 2} - {year}"]), cell([deg, school])])
    rows.append([cell(["PERSONAL SKILLS"]), cell([])])
    rows.append([cell(["Mother tongue(s)"]), cell(["English"])])
    rows.append([cell(["Digital competence"]), cell([", ".join(SKILLS)])])
    return docx_xml([_tbl(rows)])


CASES14["docx europass 2013"] = lambda: (docx_europass_2013(), "cv.docx")


def pdf_aligned_sidebar(row_by_row: bool) -> bytes:
    """A left sidebar set in the body's size and leading, so its lines share the body's
    baselines (a two-cell table of a word processor or a web page), drawn cell by cell or, as
    some exporters sort their text, row by row."""
    p = OpsPage()
    left = ["CONTACT", *CONTACT, "", "SKILLS", *SKILLS]
    right = [NAME, "", "EXPERIENCE"]
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        right += [f"{title}, {comp}", dates, *("- " + b for b in bullets), ""]
    right += ["EDUCATION"] + [f"{deg}, {school}, {year}" for deg, school, year in EDU]
    items = [(40, 60 + 14 * k, t) for k, t in enumerate(left) if t]
    items += [(200, 60 + 14 * k, t) for k, t in enumerate(right) if t]
    if row_by_row:
        items.sort(key=lambda item: (item[1], item[0]))
    for x, y, text in items:
        p.t(x, y, text, 10, "B" if text.isupper() else "")
    return p.bytes()


CASES14["pdf sidebar on the body's baselines"] = lambda: (pdf_aligned_sidebar(False), "cv.pdf")
CASES14["pdf sidebar on the body's baselines row by row"] = lambda: (
    pdf_aligned_sidebar(True),
    "cv.pdf",
)

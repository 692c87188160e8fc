"""Layout stress set, round 15 (``CASES15``): the made-up CV of ``bench/layout_stress.py`` in
more shapes real resume builders make, each checked by the same ``check``.

PDF: a right-to-left page (Hebrew, Arabic) laid out by the Unicode bidirectional algorithm
(GNU FriBidi, a system library: the PDF cases are left out without it) and stored in visual
order, with the Latin name, e-mail, phone, places, dates and skills inside right-to-left lines,
school years after a right-to-left word, headings in English, bilingual or in the script
alone (then two roles' dates in numbers alone); every line drawn twice (fake bold by an offset
overprint, next to each other or in a second pass); the name in small capitals made of two
font sizes; the name and headings letter-spaced by character and word spacing (Tc / Tw, no
space glyphs); the name and contact in a bordered table; ligatures and whole words drawn in
glyphs with no text mapping inside /ActualText spans. DOCX: the right-to-left lines in w:bidi
paragraphs; inline content controls around the name and each contact detail (and a table row
inside one); block custom XML around sections; the e-mail a HYPERLINK field whose instruction
and result are split into runs, the name a MERGEFIELD nested in an IF field's instruction; a
Europass table whose activities open with a short capitals line and whose skills sit under
"Personal skills and competences". ODT: the name and contact in a frame anchored as a
character, the skills in a frame inside a table cell. RTF: a resume with a header table, a
hyperlink field, tabs and Unicode escapes. Run by ``tests/unit/test_extract_layout_stress15.py``;
the bench prints them after the earlier rounds':

    .venv/bin/python -m bench.layout_stress [-s] [name part ...]

Rotated sidebar labels, fake bold headings and the name, small-capitals headings, spaced and
Tc-spaced headings, content controls around sections, smart tags, fields and ODT frames were
built in round 13 (``CASES13``); these are the shapes those lacked.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io

from bench.layout_stress import (
    BULLETS,
    CONTACT,
    DEJAVU,
    EDU,
    NAME,
    ROLES,
    SKILLS,
    Page,
    _field,
    _p,
    _r,
    _tbl,
    _xesc,
    cv_blocks,
    docx_xml,
    main_column,
    plain_cv,
)
from bench.layout_stress14 import PAGE_H, OpsPage, _lit, _width

CASES15: dict = {}

# ---------------------------------------------------------------- right-to-left page
# made-up right-to-left words: e-mail, phone, address, full time, years, with honours, advanced
RTL_WORDS = {
    "hebrew": ("\u05d3\u05d5\u05d0\u05f4\u05dc", "\u05d8\u05dc\u05e4\u05d5\u05df",
               "\u05db\u05ea\u05d5\u05d1\u05ea", "\u05de\u05e9\u05e8\u05d4 \u05de\u05dc\u05d0\u05d4",
               "\u05e9\u05e0\u05d9\u05dd",
               "\u05d1\u05d4\u05e6\u05d8\u05d9\u05d9\u05e0\u05d5\u05ea",
               "\u05de\u05ea\u05e7\u05d3\u05dd"),
    "arabic": ("\u0628\u0631\u064a\u062f", "\u0647\u0627\u062a\u0641",
               "\u0639\u0646\u0648\u0627\u0646", "\u062f\u0648\u0627\u0645 \u0643\u0627\u0645\u0644",
               "\u0633\u0646\u0648\u0627\u062a",
               "\u0628\u0627\u0645\u062a\u064a\u0627\u0632", "\u0645\u062a\u0642\u062f\u0645"),
}  # fmt: skip
RTL_HEADINGS = {  # experience, education, skills
    "hebrew": {"EXPERIENCE": "\u05e0\u05d9\u05e1\u05d9\u05d5\u05df \u05ea\u05e2\u05e1\u05d5\u05e7\u05ea\u05d9",
               "EDUCATION": "\u05d4\u05e9\u05db\u05dc\u05d4",
               "SKILLS": "\u05db\u05d9\u05e9\u05d5\u05e8\u05d9\u05dd"},
    "arabic": {"EXPERIENCE": "\u0627\u0644\u062e\u0628\u0631\u0627\u062a \u0627\u0644\u0639\u0645\u0644\u064a\u0629",
               "EDUCATION": "\u0627\u0644\u062a\u0639\u0644\u064a\u0645",
               "SKILLS": "\u0627\u0644\u0645\u0647\u0627\u0631\u0627\u062a"},
}  # fmt: skip
FRIBIDI = ctypes.util.find_library("fribidi")
_PAR_RTL = 0x111  # FriBidiParType FRIBIDI_PAR_RTL


def visual(line: str) -> str:
    """A right-to-left paragraph's line as a PDF stores it: laid out left to right by the
    Unicode bidirectional algorithm (GNU FriBidi; Arabic shaped into presentation forms)."""
    lib = ctypes.CDLL(FRIBIDI)
    n = len(line)
    out = (ctypes.c_uint32 * n)()
    base = ctypes.c_uint32(_PAR_RTL)
    lib.fribidi_log2vis(
        (ctypes.c_uint32 * n)(*map(ord, line)), n, ctypes.byref(base), out, None, None, None
    )
    return "".join(map(chr, out))


def rtl_lines(script: str, headings: str) -> list[tuple[float, str, str]]:
    """The CV's lines (size, style, text in reading order) as a right-to-left resume writes
    them: labels and notes in the script, the Latin details inside, school years after a
    right-to-left word; ``headings``: "both" a word of the script before each English heading,
    "only" the heading in the script alone."""
    mail, phone, place, full, years, honours, advanced = RTL_WORDS[script]
    lines = [(22.0, "B", NAME), (9, "", f"{mail}: {CONTACT[0]} | {phone}: {CONTACT[1]}")]
    lines.append((9, "", f"{place}: {CONTACT[2]}"))

    def heading(word: str) -> None:
        if headings == "only":
            word = RTL_HEADINGS[script][word]
        lines.append((12, "B", f"{advanced} / {word}" if headings == "both" else word))

    heading("EXPERIENCE")
    for (title, comp, dates, _), bullets in zip(ROLES, BULLETS, strict=False):
        if headings == "only" and not dates.endswith("Present"):  # "03/2016 - 12/2019"
            dates = " - ".join(_numeric(d) for d in dates.split(" - "))
        else:
            dates = f"{dates} ({full})"
        lines += [(10, "B", f"{title}, {comp}"), (10, "", dates)]
        lines += [(9, "", "- " + b) for b in bullets]
    heading("EDUCATION")
    for deg, school, year in EDU:
        lines.append((10, "", f"{deg}, {school}, {years} {int(year) - 2} - {year} {honours}"))
    heading("SKILLS")
    lines.append((10, "", f"{', '.join(SKILLS[:4])} ({advanced}), {', '.join(SKILLS[4:])}"))
    return lines


def _numeric(month_year: str) -> str:
    from datetime import datetime

    return datetime.strptime(month_year, "%b %Y").strftime("%m/%Y")


def pdf_rtl_mixed(
    script: str, headings: str = "", lines: list[tuple[float, str, str]] | None = None
) -> bytes:
    """A right-to-left resume: every line flush right and stored in visual order."""
    p = Page()
    p.pdf.add_font("dv", "", DEJAVU)  # one regular file: "bold" lines in it too (parsed once)
    y = 50.0
    for size, _style, line in lines or rtl_lines(script, headings):
        y += 8 if size == 12 else 0
        p.pdf.set_font("dv", size=size)
        text = visual(line)
        p.pdf.text(555 - p.pdf.get_string_width(text), y, text)
        y += size + 5
    return p.bytes()


def docx_rtl_mixed(script: str) -> bytes:
    """The same lines in a DOCX: paragraphs right-to-left (w:bidi), stored in reading order."""
    rtl = '<w:pPr><w:bidi/><w:jc w:val="left"/></w:pPr>'
    return docx_xml(
        [_p(_r(line, "<w:rPr><w:rtl/></w:rPr>"), rtl) for _, _, line in rtl_lines(script, "only")]
    )


for _script in ("hebrew", "arabic"):
    if FRIBIDI:  # the layout engine of the test PDFs (a system library)
        CASES15[f"pdf right-to-left mixed {_script}"] = lambda s=_script: (
            pdf_rtl_mixed(s),
            "cv.pdf",
        )
        for _h in ("both", "only"):
            CASES15[f"pdf right-to-left mixed {_script} headings {_h}"] = lambda s=_script, h=_h: (
                pdf_rtl_mixed(s, h),
                "cv.pdf",
            )
    CASES15[f"docx right-to-left mixed {_script}"] = lambda s=_script: (
        docx_rtl_mixed(s),
        "cv.docx",
    )


# ---------------------------------------------------------------- overprinted lines
class OverprintPage(OpsPage):
    """Every line drawn twice, the copy ``dx`` to the right: at once, or (``passes``) all lines
    then all copies, as a tool that fakes bold with a second pass writes."""

    def __init__(self, dx: float, passes: bool) -> None:
        super().__init__()
        self.dx, self.passes, self.copies = dx, passes, []

    def t(self, x: float, y: float, text: str, size: float = 10, style: str = "") -> None:
        copy = self.show(x + self.dx, y, text, size, style)
        self.ops.append(self.show(x, y, text, size, style))
        (self.copies if self.passes else self.ops).append(copy)

    def content(self) -> str:
        return "\n".join(self.ops + self.copies)


for _dx in (0.3, 0.6):
    for _passes in (False, True):
        CASES15[f"pdf every line overprinted {_dx}{' two passes' if _passes else ''}"] = (
            lambda dx=_dx, ps=_passes: (plain_cv(OverprintPage(dx, ps), False), "cv.pdf")
        )


# ---------------------------------------------------------------- small capitals by size
def pdf_small_caps_name(sidebar: bool) -> bytes:
    """The name (and headings) in small capitals made of two sizes: "J" big, "ANE" small."""
    p = OpsPage()

    def caps(x: float, y: float, text: str, big: float, small: float) -> None:
        for word in text.upper().split():
            p.t(x, y, word[0], big, "B")
            x += _width(word[0], big, "B")
            p.t(x, y, word[1:], small, "B")
            x += _width(word[1:] + " ", small, "B")

    caps(40, 50, NAME, 22, 16)
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100, heading=lambda y, h: caps(40, y, h, 13, 10))
    caps(40, y + 10, "SKILLS", 13, 10)
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES15["pdf small caps name"] = lambda: (pdf_small_caps_name(False), "cv.pdf")


# ---------------------------------------------------------------- Tc / Tw letter spacing
class SpacedPage(OpsPage):
    """Capitals lines (the name, headings) letter-spaced by the text state: ``tc`` points
    between letters, ``tw`` more between words; no space glyph but the word's own."""

    def __init__(self, tc: float, tw: float) -> None:
        super().__init__()
        self.tc, self.tw = tc, tw

    def show(self, x: float, y: float, text: str, size: float, style: str) -> str:
        font = "F2" if "B" in style else "F1"
        tc, tw = (self.tc, self.tw) if text.isupper() else (0, 0)
        return (
            f"BT /{font} {size:g} Tf {tc:g} Tc {tw:g} Tw {x:.2f} {PAGE_H - y:.2f} Td "
            f"{_lit(text)} Tj ET"
        )


def pdf_tc_spaced(tc: float, tw: float) -> bytes:
    p = SpacedPage(tc, tw)
    p.t(40, 50, NAME.upper(), 20, "B")
    p.t(40, 70, " | ".join(CONTACT), 9)
    y = main_column(p, 40, 100)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


for _tc, _tw in ((2, 0), (4, 10), (6, 0)):
    CASES15[f"pdf letter spacing Tc{_tc} Tw{_tw}"] = lambda tc=_tc, tw=_tw: (
        pdf_tc_spaced(tc, tw),
        "cv.pdf",
    )


# ---------------------------------------------------------------- header in a table
def pdf_header_table() -> bytes:
    """The name in the left cell of a bordered table, the contact lines stacked in the right."""
    p = OpsPage()
    rules = ["0.5 w 40 742 m 555 742 l S 40 800 m 555 800 l S 300 742 m 300 800 l S"]
    p.ops.append(rules[0])
    p.t(48, 70, NAME, 20, "B")
    for k, line in enumerate(CONTACT):
        p.t(308, 56 + 14 * k, line, 9)
    y = main_column(p, 40, 130)
    p.t(40, y + 10, "SKILLS", 12, "B")
    p.t(40, y + 26, ", ".join(SKILLS))
    return p.bytes()


CASES15["pdf header in a table"] = lambda: (pdf_header_table(), "cv.pdf")


# ---------------------------------------------------------------- DOCX wrappers
def _sdt(inner: str, alias: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{shown}'
        f"<w:text/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    )


def docx_contact_controls(table: bool) -> bytes:
    """The name and each contact detail in its own inline content control (a template's
    fields); ``table``: the head a table row wrapped in a content control."""
    name = _p(_sdt(_r(NAME), "Author"))
    parts = []
    for k, (alias, value) in enumerate(zip(("Email", "Phone", "Address"), CONTACT, strict=True)):
        parts.append((_r(" | ") if k else "") + _sdt(_r(value), alias))
    contact = _p("".join(parts))
    if table:
        head = _tbl([[name, contact]])
        head = head.replace("<w:tr>", '<w:sdt><w:sdtPr><w:alias w:val="Heading"/></w:sdtPr>'
                            "<w:sdtContent><w:tr>").replace("</w:tr>", "</w:tr></w:sdtContent></w:sdt>")  # fmt: skip
        body = [head, _p("")]
    else:
        body = [name, contact]
    for heading, lines in cv_blocks()[1:]:
        body += [_p(_r(heading)), *(_p(_r(line)) for line in lines)]
    return docx_xml(body)


CASES15["docx contact controls"] = lambda: (docx_contact_controls(False), "cv.docx")
CASES15["docx contact controls table row"] = lambda: (docx_contact_controls(True), "cv.docx")


def docx_custom_xml_blocks() -> bytes:
    """Each section's paragraphs inside block custom XML (and a smart tag in a hyperlink)."""
    body = [
        f'<w:customXml w:element="head">{_p(_r(NAME))}'
        + _p(
            '<w:hyperlink w:anchor="top"><w:smartTag w:element="email">'
            f"{_r(CONTACT[0])}</w:smartTag></w:hyperlink>" + _r(" | " + " | ".join(CONTACT[1:]))
        )
        + "</w:customXml>"
    ]
    for heading, lines in cv_blocks()[1:]:
        paras = "".join(_p(_r(x)) for x in [heading, *lines])
        body.append(f'<w:customXml w:element="{heading.lower()}">{paras}</w:customXml>')
    return docx_xml(body)


CASES15["docx custom xml blocks"] = lambda: (docx_custom_xml_blocks(), "cv.docx")


def _split_field(instr: list[str], result: list[str]) -> str:
    """A complex field whose instruction and result are each cut into several runs."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + "".join(
            f'<w:r><w:instrText xml:space="preserve">{_xesc(i)}</w:instrText></w:r>' for i in instr
        )
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + "".join(_r(x, "<w:rPr><w:noProof/></w:rPr>") for x in result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def docx_split_fields() -> bytes:
    """The e-mail a HYPERLINK field cut into runs, the name a MERGEFIELD nested in an IF."""
    user, domain = CONTACT[0].split("@")
    name = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + _field("MERGEFIELD Name", "Pat Quillon")
        + f'<w:r><w:instrText xml:space="preserve"> = "" "" "{NAME}" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r(NAME)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    mail = _split_field([" HYPER", 'LINK "mailto:', f'{CONTACT[0]}" '], [user, "@", domain])
    body = [_p(name), _p(mail + _r(" | " + " | ".join(CONTACT[1:])))]
    for heading, lines in cv_blocks()[1:]:
        body += [_p(_r(heading)), *(_p(_r(line)) for line in lines)]
    return docx_xml(body)


CASES15["docx split fields"] = lambda: (docx_split_fields(), "cv.docx")


# ---------------------------------------------------------------- ODT frames
def odt_frames15() -> bytes:
    """The name and contact in a frame anchored as a character of a paragraph; the skills in a
    frame inside a table cell."""
    from odf.draw import Frame, TextBox
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    def frame(lines: list[str], anchor: str) -> Frame:
        f = Frame(width="15cm", height="3cm", anchortype=anchor)
        box = TextBox()
        for line in lines:
            box.addElement(P(text=line))
        f.addElement(box)
        return f

    doc = OpenDocumentText()
    head = P(text="")
    head.addElement(frame([NAME, *CONTACT], "as-char"))
    doc.text.addElement(head)
    for heading, lines in cv_blocks()[1:-1]:
        doc.text.addElement(P(text=heading))
        for line in lines:
            doc.text.addElement(P(text=line))
    table = Table(name="Skills")
    table.addElement(TableColumn())
    row = TableRow()
    cell = TableCell()
    cell.addElement(P(text="SKILLS"))
    holder = P()
    holder.addElement(frame([", ".join(SKILLS)], "paragraph"))
    cell.addElement(holder)
    row.addElement(cell)
    table.addElement(row)
    doc.text.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


CASES15["odt frames as character and in a cell"] = lambda: (odt_frames15(), "cv.odt")


# ---------------------------------------------------------------- RTF
def _rtf_text(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def rtf_resume() -> bytes:
    """An RTF resume as a word processor saves it: the name and contact in a two-cell table
    row, the e-mail a HYPERLINK field, headings bold, dates after a tab, en dashes escaped."""
    contact = (
        '{\\field{\\*\\fldinst HYPERLINK "mailto:' + CONTACT[0] + '"}{\\fldrslt '
        + CONTACT[0] + "}}\\line " + "\\line ".join(_rtf_text(c) for c in CONTACT[1:])
    )  # fmt: skip
    parts = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22",
        "\\trowd\\cellx4500\\cellx9000",
        f"\\pard\\intbl{{\\b\\fs36 {NAME}}}\\cell\\pard\\intbl {contact}\\cell\\row\\pard",
    ]
    for heading, lines in cv_blocks()[1:]:
        parts.append(f"\\par{{\\b {heading}}}\\par")
        for line in lines:
            if line in {d for _, _, d, _ in ROLES}:
                line = "\t" + line.replace(" - ", " \u2013 ")
            parts.append(_rtf_text(line).replace("\t", "\\tab ") + "\\par")
    parts.append("}")
    return "\n".join(parts).encode("ascii")


CASES15["rtf resume"] = lambda: (rtf_resume(), "cv.rtf")


# ---------------------------------------------------------------- Europass
def docx_europass15() -> bytes:
    """The Europass Word table with a short line in capitals heading each role's activities
    (one cell, two paragraphs) and the skills under "Personal skills and competences" in rows
    whose labels are no Europass skills label."""
    from bench.layout_stress14 import europass_rows

    rows = []
    for label, value in europass_rows():
        if label == "Main activities and responsibilities":
            value = "KEY ACCOUNTS\n" + value
        if label == "Computer skills and competences":
            rows += [("Job-related skills", ", ".join(SKILLS[3:])), ("Digital skills", value)]
            continue
        rows.append((label, value))
    cells = [
        [
            _p(_r(label, "" if value else "<w:rPr><w:b/></w:rPr>")),
            "".join(map(_p, map(_r, value.split("\n")))),
        ]
        for label, value in rows
    ]
    return docx_xml([_tbl(cells)])


CASES15["docx europass capitals in an entry"] = lambda: (docx_europass15(), "cv.docx")


# ---------------------------------------------------------------- ActualText
class ActualTextPage(OpsPage):
    """Ligatures ("fi") drawn as a glyph with no text mapping inside a marked-content span
    whose /ActualText spells it, as Word's PDF export writes them; ``names``: the name and the
    headings drawn as such glyphs too, their words given by /ActualText."""

    def __init__(self, names: bool) -> None:
        super().__init__()
        self.names = names
        for name, base in (("F3", "Helvetica"), ("F4", "Helvetica-Bold")):
            self.doc.fonts[name] = self.doc.add(
                f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding << /BaseEncoding "
                "/WinAnsiEncoding /Differences [1 /glyph101 2 /glyph102] >> >>"
            )

    def show(self, x: float, y: float, text: str, size: float, style: str) -> str:
        font = "F4" if "B" in style else "F3"
        at = f"BT /{font} {size:g} Tf {x:.2f} {PAGE_H - y:.2f} Td "
        if self.names and (text == NAME or text.isupper()):  # every glyph unmapped
            return (
                f"/Span << /ActualText {_lit(text)} >> BDC {at}{_lit(chr(2) * len(text))} Tj ET EMC"
            )
        pieces = text.split("fi")
        ops = [at + _lit(pieces[0]) + " Tj"]
        for piece in pieces[1:]:
            ops.append(f"/Span << /ActualText (fi) >> BDC ({chr(1)}) Tj EMC {_lit(piece)} Tj")
        return " ".join(ops) + " ET"


CASES15["pdf actual text ligatures"] = lambda: (plain_cv(ActualTextPage(False), False), "cv.pdf")
CASES15["pdf actual text names"] = lambda: (plain_cv(ActualTextPage(True), False), "cv.pdf")

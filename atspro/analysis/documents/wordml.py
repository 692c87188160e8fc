"""DOCX -> text in document order: paragraphs, tables, text boxes, headers and footers.

python-docx opens the package (parts, relationships, styles, numbering); the XML is walked
directly because ``Paragraph.text`` skips text boxes, content controls and list numbering.
Hidden text (``w:vanish``, white or ~1pt font) stays in the text — an ATS reads it — and is
also reported so keyword stuffing can be flagged.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from atspro.analysis.documents.base import ExtractLimits, RawText
from atspro.analysis.documents.echoes import without_echoes
from atspro.analysis.documents.errors import CorruptFile, UnsupportedFileType
from atspro.analysis.documents.zipguard import open_checked_zip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"

_CONTAINERS = {
    W + "hyperlink",
    W + "ins",
    W + "smartTag",
    W + "fldSimple",
    W + "customXml",
    W + "moveTo",
    W + "dir",
    W + "bdo",
    W + "sdtContent",
}
_SKIPPED = {W + "del", W + "moveFrom", W + "pPr", W + "rPr"}
_FALSE = {"0", "false", "off", "none"}
_PAGES = re.compile(rb"<(?:\w+:)?Pages>(\d+)</(?:\w+:)?Pages>")
# Page numbers: fields whose result is the page ("PAGE", "NUMPAGES"), and a header line left
# with nothing else ("Page  of", "- -"): running heads, not the document's text.
_PAGE_FIELD = re.compile(r"\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b", re.IGNORECASE)
_PAGE_SEP = r"[\s\-–|/·•\d]*"
PAGE_LABEL = re.compile(rf"{_PAGE_SEP}(?:page|p\.)?{_PAGE_SEP}(?:of)?{_PAGE_SEP}", re.IGNORECASE)
# "Page" left beside a page number's field at a line's end or before a tab ("Jane Doe, Page"),
# or with the number typed ("Page Two", "Page 2 of 2": a continuation page's running head)
_PAGE_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six)"
_PAGE_WORD = re.compile(
    rf"(?:[,|–-]\s*)?\bpage(?:\s+{_PAGE_NUMBER})?(?:\s+of(?:\s+{_PAGE_NUMBER})?)?"
    r"(?=\s*(?:\t|$))\s*",
    re.IGNORECASE,
)
TYPED_PAGE = re.compile(  # a page number typed at a running head's end ("Jane Roe, Page Two")
    rf"(?:[,|–-]\s*)?\bpage\s+{_PAGE_NUMBER}(?:\s+of\s+{_PAGE_NUMBER})?\s*$", re.I
)
_CONTACT_LINK = re.compile(  # an e-mail address, a profile link
    r"[\w.+-]+@[\w-]+\.\w|https?://|www\.|linkedin\.com|github\.com", re.IGNORECASE
)
_PHONE = re.compile(r"(?<![\w.])\+?\d[\d ().-]{6,}\d(?![\w.])")
_YEARS = re.compile(r"(?:19|20)\d\d ?[-\u2013] ?(?:19|20)\d\d")
LAYOUT_TABLE_LINES = 3  # a table cell with this many lines next to another is a column
PARALLEL_MAX_CHARS = 80  # cells of as many lines, none longer than this, one mostly dated ...
PARALLEL_DATED_SHARE = 0.6  # (this share of its lines with a digit) are lists read across


@dataclass(slots=True)
class _Style:
    num: tuple[str, int] | None = None  # (numId, ilvl) inherited by paragraphs
    vanish: bool | None = None
    color: str | None = None
    size: int | None = None  # half-points


def read_docx(data: bytes, limits: ExtractLimits) -> RawText:
    archive = open_checked_zip(data, limits)
    has_media = any(name.startswith("word/media/") for name in archive.namelist())
    pages = _saved_page_count(archive)
    archive.close()
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "content type" in str(exc):
            raise UnsupportedFileType(
                "This Word file is a template or macro-enabled document. Please save it as a "
                "normal .docx (or PDF) and send that.",
                detected="docx-variant",
            ) from None
        raise CorruptFile(detail=f"docx: {type(exc).__name__}") from None
    except (KeyError, zipfile.BadZipFile, AttributeError, TypeError) as exc:
        raise CorruptFile(detail=f"docx: {type(exc).__name__}") from None
    except Exception as exc:  # lxml XMLSyntaxError, python-docx PackageNotFoundError, …
        raise CorruptFile(detail=f"docx: {type(exc).__name__}") from None
    reader = _DocxReader(document)
    body = without_echoes(reader.block(document.element.body))  # a web profile pasted
    headers, footers = reader.headers_and_footers()
    # a footer holding the contact details is read with the header: read last, it fell into
    # the body's last section (the phone and town were lost to "Skills")
    contact: list[str] = []
    rest: list[str] = []
    for line in footers:
        (contact if contact_detail(line) else rest).append(line)
    footers = rest
    lines = headers + contact + _without_running_heads(body, headers) + footers
    return RawText(
        text="\n".join(lines),
        pages=pages,
        columns_detected=reader.columns,
        has_tables=reader.tables,
        image_only=has_media and not any(line.strip() for line in lines),
        hidden_text=reader.hidden,
        has_text_boxes=reader.text_boxes,
        header_footer_text="\n".join(headers + footers),
    )


def contact_detail(line: str) -> bool:
    """Whether ``line`` holds an e-mail address, a profile link or a phone number (not a
    range of years)."""
    return bool(
        _CONTACT_LINK.search(line)
        or any(not _YEARS.fullmatch(m.group()) for m in _PHONE.finditer(line))
    )


def _without_running_heads(body: list[str], headers: list[str]) -> list[str]:
    """The body without a continuation page's head typed into it at the page break: the
    document's first line again with its page ("Jane Roe, Analyst<tab>Page Two"). Read in
    place, the name came between two roles and was taken for the next one's employer."""
    first = next((line.strip() for line in headers + body if line.strip()), "")
    if not first:
        return body
    out = []
    for i, line in enumerate(body):
        typed = TYPED_PAGE.search(line) if "age" in line and i else None
        if typed and line[: typed.start()].strip() == first:
            continue
        out.append(line)
    return out


def _saved_page_count(archive: zipfile.ZipFile) -> int | None:
    """Pages as last counted by the editor that saved the file (docProps/app.xml)."""
    try:
        info = archive.getinfo("docProps/app.xml")
        if info.file_size > 1_000_000:
            return None
        match = _PAGES.search(archive.read(info))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError):
        return None
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


class _Styles:
    """Paragraph/character style facts, resolved through ``basedOn`` on first use only (a
    template defines hundreds of styles; a resume uses a handful)."""

    def __init__(self, document: Any) -> None:
        self._elements: dict[str, Any] = {}
        self._resolved: dict[str, _Style] = {}
        try:
            root = document.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for style in root.iterchildren(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                self._elements[style_id] = style

    def get(self, style_id: str, default: _Style | None = None) -> _Style | None:
        if style_id not in self._elements:
            return default
        if style_id not in self._resolved:
            self._resolved[style_id] = self._resolve(style_id, depth=0)
        return self._resolved[style_id]

    def _resolve(self, style_id: str, depth: int) -> _Style:
        element = self._elements[style_id]
        based = element.find(W + "basedOn")
        parent_id = based.get(W + "val") if based is not None else None
        merged = _Style()
        if parent_id and parent_id != style_id and parent_id in self._elements and depth < 20:
            base = self._resolve(parent_id, depth + 1)
            merged = _Style(num=base.num, vanish=base.vanish, color=base.color, size=base.size)
        num_pr = element.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            merged.num = _num_ref(num_pr)
        _apply_run_props(merged, element.find(W + "rPr"))
        return merged


class _DocxReader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.styles = _Styles(document)
        self.numbering = self._load_numbering(document)
        self.counters: dict[str, list[int]] = {}
        self.hidden: list[str] = []
        self.tables = False
        self.columns = False
        self.text_boxes = False
        # open complex fields: [instruction, result hidden, past its separator]
        self.fields: list[list[Any]] = []

    # -- parts -------------------------------------------------------------------------------
    def headers_and_footers(self) -> tuple[list[str], list[str]]:
        headers: list[str] = []
        footers: list[str] = []
        seen: set[str] = set()
        for rel in self.document.part.rels.values():
            if rel.is_external:
                continue
            kind = rel.reltype.rsplit("/", 1)[-1]
            if kind not in ("header", "footer"):
                continue
            element = getattr(rel.target_part, "element", None)
            if element is None:
                continue
            for raw in self.block(element):
                line = _PAGE_WORD.sub("", raw) if "age" in raw else raw
                if line.strip() and line not in seen and not PAGE_LABEL.fullmatch(line):
                    seen.add(line)
                    (headers if kind == "header" else footers).append(line)
        return headers, footers

    @staticmethod
    def _load_numbering(document: Any) -> dict[str, dict[int, tuple[str, str]]]:
        """numId -> {ilvl: (numFmt, lvlText)}."""
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return {}
        abstract: dict[str, dict[int, tuple[str, str]]] = {}
        for item in root.iter(W + "abstractNum"):
            levels: dict[int, tuple[str, str]] = {}
            for lvl in item.iter(W + "lvl"):
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                levels[_int(lvl.get(W + "ilvl"))] = (
                    fmt.get(W + "val", "bullet") if fmt is not None else "bullet",
                    text.get(W + "val", "") if text is not None else "",
                )
            abstract[item.get(W + "abstractNumId", "")] = levels
        numbering: dict[str, dict[int, tuple[str, str]]] = {}
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                numbering[num.get(W + "numId", "")] = abstract.get(ref.get(W + "val", ""), {})
        return numbering

    # -- blocks ------------------------------------------------------------------------------
    def block(self, element: Any, shaded: bool = False) -> list[str]:
        lines: list[str] = []
        for child in element:
            tag = child.tag
            if tag == W + "p":
                lines.extend(self.paragraph(child, shaded))
            elif tag == W + "tbl":
                lines.extend(self.table(child))
            elif tag in (W + "sdt", W + "customXml"):
                if tag == W + "sdt" and _placeholder(child):
                    continue
                content = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if content is not None:
                    lines.extend(self.block(content, shaded))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    lines.extend(self.block(choice, shaded))
            elif tag == W + "sectPr":
                self._check_section(child)
            elif tag == W + "altChunk":  # a web page or RTF the document imports whole
                lines.extend(self._alt_chunk(child.get(R + "id", "")))
        return lines

    def _alt_chunk(self, rel_id: str) -> list[str]:
        from atspro.analysis.documents.altchunks import chunk_lines

        rel = self.document.part.rels.get(rel_id)
        if rel is None or rel.is_external:
            return []
        return chunk_lines(rel.target_part.content_type, rel.target_part.blob)

    def _check_section(self, sect_pr: Any) -> None:
        cols = sect_pr.find(W + "cols")
        if cols is not None and _int(cols.get(W + "num"), 1) > 1:
            self.columns = True

    def paragraph(self, p: Any, shaded: bool) -> list[str]:
        p_pr = p.find(W + "pPr")
        style = _Style()
        num: tuple[str, int] | None = None
        if p_pr is not None:
            style_el = p_pr.find(W + "pStyle")
            if style_el is not None:
                style = self.styles.get(style_el.get(W + "val", ""), style)
            num_pr = p_pr.find(W + "numPr")
            num = _num_ref(num_pr) if num_pr is not None else style.num
            shaded = shaded or _dark_fill(p_pr.find(W + "shd"))
            sect_pr = p_pr.find(W + "sectPr")
            if sect_pr is not None:
                self._check_section(sect_pr)
        parts: list[str] = []
        boxes: list[tuple[Any, bool]] = []
        hidden_from = len(self.hidden)
        self._inline(p, parts, boxes, style, shaded)
        # a field still in its instruction at the paragraph's end was left unclosed: drop it,
        # or it would hide every later field's result in the document
        self.fields[:] = [field for field in self.fields if field[2]]
        if (
            len(self.hidden) > hidden_from + 1
        ):  # runs split words: report the paragraph's pieces as one
            self.hidden[hidden_from:] = ["".join(self.hidden[hidden_from:])]
        text = "".join(parts)
        hidden = "".join(self.hidden[hidden_from:]).strip()
        if _FORM_BOUNDARY.fullmatch(text.strip()) and hidden == text.strip():
            # Word's hidden marks around a pasted web form: no text, and hiding no keywords
            del self.hidden[hidden_from:]
            text = ""
        lines: list[str] = []
        if text.strip():
            lines.append(self._list_prefix(num) + text if num else text)
        elif not boxes:
            lines.append("")  # an empty paragraph separates blocks
        for box, filled in _by_place(boxes) if len(boxes) > 1 else boxes:
            self.text_boxes = True
            lines.extend(self.block(box, shaded or filled))
        return lines

    def _list_prefix(self, num: tuple[str, int]) -> str:
        num_id, level = num
        if num_id == "0" or num_id not in self.numbering:
            return ""  # numId 0 switches numbering off
        levels = self.numbering[num_id]
        fmt, pattern = levels.get(level, ("bullet", ""))
        counts = self.counters.setdefault(num_id, [0] * 9)
        if 0 <= level < len(counts):
            counts[level] += 1
            for deeper in range(level + 1, len(counts)):
                counts[deeper] = 0
        indent = "  " * max(0, min(level, 8))
        if fmt == "bullet":
            return indent + "• "
        if fmt == "none":
            return indent
        label = re.sub(
            r"%(\d)",
            lambda m: _format_number(
                counts[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(counts) else 0,
                levels.get(int(m.group(1)) - 1, (fmt, ""))[0],
            ),
            pattern or f"%{level + 1}.",
        )
        return f"{indent}{label} "

    def table(self, tbl: Any) -> list[str]:
        """Lines of a table, row by row. A cell merged down over the rows below it (w:vMerge:
        dates beside a title and its employer's row, an employer over its roles) is read on
        its own before the rows it spans, which are read without it: read as a cell of its
        first row, the employer under it was left alone on its line and taken for the next
        role's."""
        self.tables = True
        lines: list[str] = []
        rows = [
            [cell for cell in map(_table_cell, row) if cell is not None]
            for row in tbl.iter(W + "tr")
            if _nearest(row, W + "tbl") is tbl  # rows of nested tables are read with their cell
        ]
        below: list[set[int]] = [_merge_columns(row, continued=True) for row in rows[1:]]
        for k, row in enumerate(rows):
            spanning = _merge_columns(row, continued=False) & below[k] if k < len(below) else set()
            cells: list[list[str]] = []
            for column, cell in _columns(row):
                merge = _merge(cell)
                if merge == "continue":
                    continue  # the merged cell's text is in the first cell of the merge
                tc_pr = cell.find(W + "tcPr")
                shaded = tc_pr is not None and _dark_fill(tc_pr.find(W + "shd"))
                cell_lines = [
                    part
                    for line in self.block(cell, shaded)
                    for part in line.split("\n")  # soft line breaks count as lines too
                    if part.strip()
                ]
                if column in spanning:
                    lines.extend(cell_lines)
                elif cell_lines:
                    cells.append(cell_lines)
            self.columns |= read_table_row(cells, lines)
        return lines

    # -- inline ------------------------------------------------------------------------------
    def _inline(
        self, element: Any, parts: list[str], boxes: list[Any], style: _Style, shaded: bool
    ) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self._run(child, parts, boxes, style, shaded)
            elif tag == W + "fldSimple" and _PAGE_FIELD.match(child.get(W + "instr", "")):
                continue  # a page number is no text of the document
            elif tag in _CONTAINERS:
                self._inline(child, parts, boxes, style, shaded)
            elif tag == W + "sdt":
                if _placeholder(child):
                    continue
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._inline(content, parts, boxes, style, shaded)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, parts, boxes, style, shaded)
            elif tag in (M + "oMath", M + "oMathPara"):
                parts.append("".join(t.text or "" for t in child.iter(M + "t")))

    def _run(self, r: Any, parts: list[str], boxes: list[Any], style: _Style, shaded: bool) -> None:
        r_pr = r.find(W + "rPr")
        props = _Style(vanish=style.vanish, color=style.color, size=style.size)
        if r_pr is not None:
            run_style = r_pr.find(W + "rStyle")
            if run_style is not None and (named := self.styles.get(run_style.get(W + "val", ""))):
                props.vanish = named.vanish if named.vanish is not None else props.vanish
                props.color = named.color or props.color
                props.size = named.size or props.size
            _apply_run_props(props, r_pr)
            shaded = (
                shaded or _dark_fill(r_pr.find(W + "shd")) or r_pr.find(W + "highlight") is not None
            )
        text: list[str] = []
        for child in r:
            tag = child.tag
            if tag in (W + "fldChar", W + "instrText"):
                _field_step(self.fields, child)
            elif _field_hides(self.fields):
                continue  # a page number, or a field's result inside another's instruction
            elif tag == W + "t":
                text.append(child.text or "")
            elif tag in (W + "tab", W + "ptab"):
                text.append("\t")
            elif tag in (W + "br", W + "cr"):
                text.append("\n")
            elif tag == W + "noBreakHyphen":
                text.append("-")
            elif tag == W + "sym":
                char = _int(child.get(W + "char"), 0, base=16)
                if char and not 0xE000 <= char <= 0xF8FF:  # symbol-font codes are icons
                    text.append(chr(char))
            elif tag in (W + "drawing", W + "pict", MC + "AlternateContent", W + "object"):
                filled = _shape_filled(child)
                boxes.extend((box, filled) for box in _text_boxes(child))
        run_text = "".join(text)
        if run_text.strip() and _is_hidden(props, shaded):
            self.hidden.append(run_text)
        parts.append(run_text)


def _table_cell(cell: Any) -> Any:
    """A row's child as a table cell (inside a content control too); None for other children
    and for a content control still showing its placeholder."""
    if cell.tag == W + "sdt":
        return None if _placeholder(cell) else cell.find(f"{W}sdtContent/{W}tc")
    return cell if cell.tag == W + "tc" else None


def _columns(row: list[Any]) -> Iterator[tuple[int, Any]]:
    """Each cell of a row with the grid column it starts at (w:gridSpan widens a cell)."""
    column = 0
    for cell in row:
        yield column, cell
        span = cell.find(f"{W}tcPr/{W}gridSpan")
        column += max(_int(span.get(W + "val") if span is not None else None, 1), 1)


def _merge(cell: Any) -> str | None:
    """A cell's vertical merge: "restart" (the first cell), "continue" (covered), or None."""
    merge = cell.find(f"{W}tcPr/{W}vMerge")
    return None if merge is None else merge.get(W + "val", "continue")


def _merge_columns(row: list[Any], *, continued: bool) -> set[int]:
    """The grid columns where a row's cells continue a merge (``continued``) or start one."""
    wanted = "continue" if continued else "restart"
    return {column for column, cell in _columns(row) if _merge(cell) == wanted}


def read_table_row(cells: list[list[str]], lines: list[str]) -> bool:
    """Add the lines of a table row (each cell's lines) to ``lines``; True when the row is a
    layout table's, side-by-side columns of text. DOCX and ODT tables alike."""
    if not cells:
        return False
    if all(len(c) == 1 for c in cells):
        lines.append(" | ".join(c[0] for c in cells))
    elif _parallel(cells):  # one row of lists side by side: read across, entry by entry
        lines.extend(" | ".join(entry) for entry in zip(*cells, strict=True))
    else:
        lines.extend(line for c in cells for line in c)
        return sum(1 for c in cells if len(c) >= LAYOUT_TABLE_LINES) >= 2
    return False


def _parallel(cells: list[list[str]]) -> bool:
    """Whether a table row's cells are lists of one entry per line, side by side (degrees |
    schools | years, one paragraph each, the whole table in one row): as many short lines in
    every cell, and one cell mostly dates. Read cell by cell, every degree came before every
    school and year, and no school got its year or degree; a layout table's columns (a
    sidebar beside the body) differ in length and hold longer lines."""
    n = len(cells[0])
    if len(cells) < 2 or n < 2 or any(len(c) != n for c in cells):
        return False
    if any(len(line) > PARALLEL_MAX_CHARS for c in cells for line in c):
        return False
    return any(
        sum(1 for line in c if any(ch.isdigit() for ch in line)) > PARALLEL_DATED_SHARE * n
        for c in cells
    )


def _placeholder(sdt: Any) -> bool:
    """A content control still showing its placeholder ("[Type text]" in a template's footer,
    "Click here to enter text."): the template's prompt, not the author's words."""
    props = sdt.find(W + "sdtPr")
    flag = props.find(W + "showingPlcHdr") if props is not None else None
    return flag is not None and flag.get(W + "val", "true").lower() not in _FALSE


def _field_step(fields: list[list[Any]], child: Any) -> None:
    """Follow a complex field (begin, instruction, separate, result, end)."""
    if child.tag == W + "instrText":
        if fields:
            fields[-1][0] += child.text or ""
        return
    kind = child.get(W + "fldCharType")
    if kind == "begin":
        fields.append(["", False, False])
    elif kind == "separate" and fields:
        fields[-1][1] = bool(_PAGE_FIELD.match(fields[-1][0]))
        fields[-1][2] = True
    elif kind == "end" and fields:
        fields.pop()


def _field_hides(fields: list[list[Any]]) -> bool:
    """Whether text here is no text of the document: a page-number field's result, or the
    result of a field nested in another's instruction (``IF { MERGEFIELD Name } = "" …``,
    whose own result follows its separator). Text inside a lone field's instruction is kept
    (a field left unclosed must not hide the rest)."""
    return any(hidden for _, hidden, _ in fields) or any(not sep for _, _, sep in fields[:-1])


def _text_boxes(element: Any) -> Iterator[Any]:
    """Outermost w:txbxContent under element, skipping mc:Fallback copies of the same box."""
    if element.tag == MC + "AlternateContent":
        choice = element.find(MC + "Choice")
        element = choice if choice is not None else element
    for box in element.iter(W + "txbxContent"):
        ancestor = box.getparent()
        nested = False
        while ancestor is not None and ancestor is not element:
            if ancestor.tag in (W + "txbxContent", MC + "Fallback"):
                nested = True
                break
            ancestor = ancestor.getparent()
        if not nested:
            yield box


def _by_place(boxes: list[tuple[Any, bool]]) -> list[tuple[Any, bool]]:
    """Text boxes anchored in one paragraph in reading order: top to bottom, then left to
    right, when each is placed at an offset from the same frame (the page, the margin). A
    design tool's Word export places every block in a box of its own and writes the boxes by
    layer: read in that order, the education came before the name and the contact line fell
    into it. Boxes placed otherwise (aligned, inline, VML) keep the document's order."""
    places = [place for box, _ in boxes if (place := _place(box)) is not None]
    if len(places) != len(boxes) or len({place[0] for place in places}) != 1:
        return boxes
    order = sorted(range(len(boxes)), key=lambda k: places[k][1:])
    return [boxes[k] for k in order]


def _place(box: Any) -> tuple[tuple[str, str], int, int] | None:
    """The frames and the vertical, horizontal offsets (EMU) a text box's anchor places it at."""
    anchor = box.getparent()
    while anchor is not None and anchor.tag != WP + "anchor":
        anchor = anchor.getparent()
    if anchor is None:
        return None
    offsets = []
    frames = []
    for axis in ("positionV", "positionH"):
        position = anchor.find(WP + axis)
        offset = position.find(WP + "posOffset") if position is not None else None
        if offset is None or not (offset.text or "").strip().lstrip("-").isdigit():
            return None
        frames.append(position.get("relativeFrom", ""))
        offsets.append(int(offset.text.strip()))
    return (frames[0], frames[1]), offsets[0], offsets[1]


def _shape_filled(element: Any) -> bool:
    """Whether a drawing's shape has a coloured fill (white text in it is readable)."""
    for fill in element.iter(A + "solidFill"):
        parent = fill.getparent()
        if parent is None or not parent.tag.endswith("}spPr"):
            continue
        rgb = fill.find(A + "srgbClr")
        if rgb is not None:
            return not _is_white(rgb.get("val", "").upper())
        scheme = fill.find(A + "schemeClr")
        return scheme is None or scheme.get("val") not in ("bg1", "lt1")
    for shape in element.iter():
        color = shape.get("fillcolor")
        if color and shape.get("filled", "t") not in ("f", "false"):
            return not _is_white(color.lstrip("#").upper())
    return False


def _nearest(element: Any, tag: str) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _num_ref(num_pr: Any) -> tuple[str, int] | None:
    num_id = num_pr.find(W + "numId")
    if num_id is None:
        return None
    level = num_pr.find(W + "ilvl")
    return num_id.get(W + "val", "0"), _int(level.get(W + "val") if level is not None else None)


def _apply_run_props(info: _Style, r_pr: Any) -> None:
    if r_pr is None:
        return
    for tag in ("vanish", "specVanish", "webHidden"):
        el = r_pr.find(W + tag)
        if el is not None:
            info.vanish = el.get(W + "val", "true").lower() not in _FALSE
    color = r_pr.find(W + "color")
    if color is not None and color.get(W + "val"):
        info.color = color.get(W + "val")
    size = r_pr.find(W + "sz")
    if size is not None:
        info.size = _int(size.get(W + "val"), 0) or None


# Word marks the bounds of a form pasted from a web page with hidden paragraphs (styles
# "z-TopofForm" / "z-BottomofForm", or the same words formatted hidden directly)
_FORM_BOUNDARY = re.compile(r"(?:Top|Bottom) of Form")


def _is_hidden(props: _Style, shaded: bool) -> bool:
    if props.vanish:
        return True
    if props.size is not None and props.size <= 2:  # half-points: 1pt text
        return True
    return not shaded and _is_white(props.color)


def _is_white(color: str | None) -> bool:
    if not color or len(color) != 6:
        return False
    try:
        r, g, b = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return min(r, g, b) >= 0xF0


def _dark_fill(shd: Any) -> bool:
    """A background shading that white text could be readable on."""
    if shd is None:
        return False
    fill = (shd.get(W + "fill") or "").lower()
    if fill in ("", "auto"):
        return False
    return not _is_white(fill.upper())


def _int(value: str | None, default: int = 0, base: int = 10) -> int:
    try:
        return int(value, base) if value is not None else default
    except ValueError:
        return default


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        label = ""
        while n > 0:
            n, rem = divmod(n - 1, 26)
            label = chr(ord("a") + rem) + label
        return label.upper() if fmt == "upperLetter" else label
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        label = _roman(n)
        return label if fmt == "upperRoman" else label.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while n >= value:
            out += numeral
            n -= value
    return out

"""ODT (OpenDocument text: LibreOffice, Google Docs export) -> text, via odfpy."""

from __future__ import annotations

import io
from typing import Any

from atspro.analysis.documents.base import ExtractLimits, RawText
from atspro.analysis.documents.errors import CorruptFile
from atspro.analysis.documents.wordml import read_table_row
from atspro.analysis.documents.zipguard import open_checked_zip

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

_TEXT_NODE = 3
_ELEMENT_NODE = 1
_SKIPPED_INLINE = {(TEXT, "note"), (TEXT, "tracked-changes"), (TEXT, "bookmark-ref")}
_SKIPPED_BLOCK = {(TEXT, "sequence-decls"), (TEXT, "tracked-changes"), (TEXT, "variable-decls")}


def read_odt(data: bytes, limits: ExtractLimits) -> RawText:
    open_checked_zip(data, limits).close()
    try:
        from odf.opendocument import load

        document = load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises whatever its SAX parser or zipfile raise
        raise CorruptFile(detail=f"odt: {type(exc).__name__}") from None
    reader = _OdtReader(document)
    body = reader.block(document.text)
    headers, footers = reader.headers_and_footers()
    lines = headers + body + footers
    return RawText(
        text="\n".join(lines),
        columns_detected=reader.columns,
        has_tables=reader.tables,
        image_only=reader.images > 0 and not any(line.strip() for line in lines),
        hidden_text=reader.hidden,
        has_text_boxes=reader.text_boxes,
        header_footer_text="\n".join(headers + footers),
    )


class _OdtReader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.hidden: list[str] = []
        self.tables = False
        self.text_boxes = False
        self.images = 0
        self.columns = False
        self.hidden_styles = self._scan_styles()

    def _scan_styles(self) -> set[str]:
        """Names of text styles that make text invisible (white, display none, ~1pt)."""
        hidden: set[str] = set()
        for container in (self.document.automaticstyles, self.document.styles):
            for style in _elements(container):
                if style.qname == (STYLE, "page-layout") or style.qname == (STYLE, "style"):
                    for props in _walk(style):
                        columns = _int(_attr(props, FO, "column-count"))
                        if props.qname == (STYLE, "columns") and columns > 1:
                            self.columns = True
                        if props.qname == (STYLE, "text-properties") and _invisible_text(props):
                            name = _attr(style, STYLE, "name")
                            if name:
                                hidden.add(name)
        return hidden

    def headers_and_footers(self) -> tuple[list[str], list[str]]:
        headers: list[str] = []
        footers: list[str] = []
        seen: set[str] = set()
        for page in _elements(self.document.masterstyles):
            for part in _elements(page):
                local = part.qname[1]
                if part.qname[0] != STYLE or not local.startswith(("header", "footer")):
                    continue
                for line in self.block(part):
                    if line.strip() and line not in seen:
                        seen.add(line)
                        (headers if local.startswith("header") else footers).append(line)
        return headers, footers

    def block(self, element: Any, prefix: str = "") -> list[str]:
        lines: list[str] = []
        for child in _elements(element):
            name = child.qname
            if name in ((TEXT, "p"), (TEXT, "h")):
                lines.extend(self.paragraph(child, prefix))
                prefix = "  " * (len(prefix) // 2) if prefix else ""  # bullet on first line only
            elif name == (TEXT, "list"):
                lines.extend(self.list(child, prefix))
            elif name == (TABLE, "table"):
                lines.extend(self.table(child))
            elif name == (DRAW, "frame"):
                lines.extend(self.frame(child))
            elif name in _SKIPPED_BLOCK:
                continue
            else:  # sections, index bodies, soft page breaks, …
                lines.extend(self.block(child, prefix))
        return lines

    def list(self, element: Any, prefix: str) -> list[str]:
        depth = len(prefix) // 2 if prefix else 0
        lines: list[str] = []
        for item in _elements(element):
            if item.qname in ((TEXT, "list-item"), (TEXT, "list-header")):
                lines.extend(self.block(item, "  " * depth + "• "))
        return lines

    def table(self, element: Any) -> list[str]:
        self.tables = True
        lines: list[str] = []
        for row in _rows(element):
            cells = []
            for cell in _elements(row):
                if cell.qname != (TABLE, "table-cell"):
                    continue  # covered cells of a merge hold no text
                cell_lines = [
                    part for line in self.block(cell) for part in line.split("\n") if part.strip()
                ]
                if _int(_attr(cell, TABLE, "number-rows-spanned"), 1) > 1:
                    lines.extend(cell_lines)  # read before the rows it spans (as in DOCX)
                elif cell_lines:
                    cells.append(cell_lines)
            self.columns |= read_table_row(cells, lines)
        return lines

    def frame(self, element: Any) -> list[str]:
        lines: list[str] = []
        for child in _elements(element):
            if child.qname == (DRAW, "text-box"):
                self.text_boxes = True
                lines.extend(self.block(child))
            elif child.qname == (DRAW, "image"):
                self.images += 1
        return lines

    def paragraph(self, element: Any, prefix: str) -> list[str]:
        parts: list[str] = []
        frames: list[Any] = []
        self._inline(element, parts, frames, hidden=False)
        text = "".join(parts)
        lines = [prefix + text if text.strip() else ""]
        for frame in frames:
            lines.extend(self.frame(frame))
        return lines

    def _inline(self, element: Any, parts: list[str], frames: list[Any], *, hidden: bool) -> None:
        for child in element.childNodes:
            if child.nodeType == _TEXT_NODE:
                parts.append(child.data)
                if hidden and child.data.strip():
                    self.hidden.append(child.data)
                continue
            if child.nodeType != _ELEMENT_NODE:
                continue
            name = child.qname
            if name == (TEXT, "s"):
                parts.append(" " * max(1, _int(_attr(child, TEXT, "c"), 1)))
            elif name == (TEXT, "tab"):
                parts.append("\t")
            elif name == (TEXT, "line-break"):
                parts.append("\n")
            elif name == (DRAW, "frame"):
                frames.append(child)
            elif (
                name in _SKIPPED_INLINE
                or name[0] == "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
            ):
                continue  # footnotes, annotations
            else:
                style = _attr(child, TEXT, "style-name")
                child_hidden = (
                    hidden or name == (TEXT, "hidden-text") or style in self.hidden_styles
                )
                self._inline(child, parts, frames, hidden=child_hidden)


def _rows(table: Any) -> list[Any]:
    rows: list[Any] = []
    for child in _elements(table):
        if child.qname == (TABLE, "table-row"):
            rows.append(child)
        elif child.qname[0] == TABLE and child.qname[1] in (
            "table-header-rows",
            "table-rows",
            "table-row-group",
        ):
            rows.extend(_rows(child))
    return rows


def _elements(element: Any) -> list[Any]:
    if element is None:
        return []
    return [c for c in element.childNodes if c.nodeType == _ELEMENT_NODE]


def _walk(element: Any) -> list[Any]:
    out: list[Any] = []
    stack = list(_elements(element))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(_elements(node))
    return out


def _attr(element: Any, namespace: str, name: str) -> str | None:
    return element.attributes.get((namespace, name))


def _invisible_text(props: Any) -> bool:
    color = (_attr(props, FO, "color") or "").lower()
    if color in ("#ffffff", "#fefefe", "#fdfdfd"):
        return True
    if _attr(props, TEXT, "display") == "none":
        return True
    size = _attr(props, FO, "font-size") or ""
    if size.endswith("pt"):
        try:
            return float(size[:-2]) <= 1.0
        except ValueError:
            return False
    return False


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default

"""The tailoring applied to a copy of the user's own DOCX, keeping its formatting.

Each tailored block knows the original lines it came from (``Block.sources``). A changed block
rewrites its paragraph in place (the first run's formatting kept); an added block is a copy of
a nearby paragraph of the same kind (a bullet, a heading, a line) with the new text. A change
whose paragraph cannot be found (a line inside a text box, several lines in one paragraph) is
not applied and counted: the rebuilt "ATS-clean" DOCX always has every change.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from atspro.analysis.resume import text as tx
from atspro.export.tailor import Block


@dataclass(frozen=True)
class EditedCopy:
    data: bytes
    applied: int
    missed: int


def _key(text: str) -> str:
    return " ".join(tx.strip_bullet(tx.normalise(text)).split()).casefold()


def _set_text(paragraph: Paragraph, text: str) -> None:
    """Replace the paragraph's text, keeping its first run's formatting and a typed glyph."""
    current = paragraph.text
    glyph = (
        current[: len(current) - len(tx.strip_bullet(current))] if tx.bullet_glyph(current) else ""
    )
    p = paragraph._p
    runs = p.findall(qn("w:r"))
    for child in [*runs[1:], *p.findall(qn("w:hyperlink"))]:
        p.remove(child)
    if runs:
        for t in runs[0].findall(qn("w:t"))[1:]:
            runs[0].remove(t)
        for tag in ("w:tab", "w:br"):
            for node in runs[0].findall(qn(tag)):
                runs[0].remove(node)
        paragraph.runs[0].text = glyph + text
    else:
        paragraph.add_run(glyph + text)


class _Paragraphs:
    """The document's paragraphs (body and table cells) in order, found by their text."""

    def __init__(self, doc: object) -> None:
        body = doc.element.body  # type: ignore[attr-defined]
        self.items = [Paragraph(p, doc) for p in body.iter(qn("w:p"))]  # type: ignore[arg-type]
        self.keys = [_key(p.text) for p in self.items]
        self.used: set[int] = set()
        self.cursor = 0

    def find(self, line: str) -> int | None:
        key = _key(line)
        order = [*range(self.cursor, len(self.keys)), *range(self.cursor)]
        for i in order:
            if i not in self.used and self.keys[i] == key and key:
                self.used.add(i)
                self.cursor = i + 1
                return i
        return None


def edit_copy(original: bytes, blocks: Sequence[Block]) -> EditedCopy:
    """``original`` DOCX bytes with the changes in ``blocks`` (from ``tailor_resume``)."""
    doc = Document(io.BytesIO(original))
    paras = _Paragraphs(doc)
    anchor: Paragraph | None = None  # the paragraph an added block goes after
    like: dict[str, Paragraph] = {}  # a formatting model per block kind
    applied = missed = 0
    for block in blocks:
        if block.inline:
            continue
        if block.sources:
            found = [paras.find(line) for line in block.sources]
            if found[0] is None:
                missed += block.changed
                continue
            first = paras.items[found[0]]
            like[block.kind] = first
            anchor = paras.items[next(i for i in reversed(found) if i is not None)]
            if block.changed:
                _set_text(first, block.prefix + block.text)
                for i in found[1:]:
                    if i is not None:  # a wrapped continuation, now part of the first line
                        paras.items[i]._p.getparent().remove(paras.items[i]._p)
                anchor = first
                applied += 1
            continue
        model = like.get(block.kind) or anchor
        if anchor is None or model is None:
            missed += 1
            continue
        new = copy.deepcopy(model._p)
        anchor._p.addnext(new)
        anchor = Paragraph(new, anchor._parent)
        _set_text(anchor, block.text)
        applied += 1
    out = io.BytesIO()
    doc.save(out)
    return EditedCopy(out.getvalue(), applied, missed)

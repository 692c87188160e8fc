"""The tailoring applied to a copy of the user's own DOCX, keeping its formatting.

Each tailored block knows the original lines it came from (``Block.sources``). A changed block
rewrites its paragraph in place (the first run's formatting kept), or its own line of a
paragraph whose lines are separated by line breaks (the other lines kept); an added block is a
copy of a nearby paragraph of the same kind (a bullet, a heading, a line) with the new text. A
change whose line cannot be found (a line inside a text box) is not applied and counted: the
rebuilt "ATS-clean" DOCX always has every change.
"""

from __future__ import annotations

import copy
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from atspro.analysis.resume import text as tx
from atspro.export.tailor import Block

_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


@dataclass(frozen=True)
class EditedCopy:
    data: bytes
    applied: int
    missed: int


def _key(text: str) -> str:
    return " ".join(tx.strip_bullet(tx.normalise(text)).split()).casefold()


def _glyph(text: str) -> str:
    """A typed bullet glyph (with its spacing) the line starts with, else ""."""
    return text[: len(text) - len(tx.strip_bullet(text))] if tx.bullet_glyph(text) else ""


def _write(paragraph: Paragraph, text: str) -> None:
    """Replace the paragraph's text, keeping its first run's formatting ("\n": a line break)."""
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
        paragraph.runs[0].text = text
    else:
        paragraph.add_run(text)


def _set_text(paragraph: Paragraph, text: str) -> None:
    """Replace the paragraph's text, keeping its first run's formatting and a typed glyph."""
    _write(paragraph, _glyph(paragraph.text) + text)


@dataclass(frozen=True)
class _Slot:
    """Where an original line is: a whole paragraph (``line`` None) or one line of a paragraph
    whose visible lines are separated by line breaks."""

    para: int
    line: int | None


class _Paragraphs:
    """The document's paragraphs (body, table cells, text boxes) in order, found by their text.

    A text the document repeats ("Technologies:" under every role) is found as the same
    occurrence the tailored blocks have it (the n-th "Technologies:" line is the n-th such
    paragraph: tailoring keeps the order of sections and reorders lines only inside one), else
    from the cursor (just after the last line found) onwards, then from the start."""

    def __init__(self, doc: object) -> None:
        body = doc.element.body  # type: ignore[attr-defined]
        self.items = [
            Paragraph(p, doc)  # type: ignore[arg-type]
            for p in body.iter(qn("w:p"))
            if next(p.iterancestors(_FALLBACK), None) is None  # a text box's second copy
        ]
        self.lines: dict[int, list[str | None]] = {}  # a multi-line paragraph's lines as edited
        self.slots: list[tuple[_Slot, str]] = []
        for i, para in enumerate(self.items):
            text = para.text
            self.slots.append((_Slot(i, None), _key(text)))
            parts = text.split("\n")
            if len(parts) > 1:
                self.lines[i] = list(parts)
                self.slots += [(_Slot(i, j), _key(part)) for j, part in enumerate(parts)]
        self.used: set[_Slot] = set()
        self.cursor = 0

    def _free(self, slot: _Slot) -> bool:
        whole = _Slot(slot.para, None)
        if slot.line is None:  # the whole paragraph: none of its lines taken
            return not any(s.para == slot.para for s in self.used)
        return whole not in self.used and slot not in self.used

    def find(self, line: str, nth: int = 0) -> _Slot | None:
        """The ``nth`` (from 0) place of ``line`` when free, else the next free one."""
        key = _key(line)
        if not key:
            return None
        same = [i for i, (_slot, k) in enumerate(self.slots) if k == key]
        n = len(self.slots)
        ahead = [i for i in [*range(self.cursor, n), *range(self.cursor)] if i in same]
        for i in [*same[nth : nth + 1], *ahead]:
            slot = self.slots[i][0]
            if self._free(slot):
                self.used.add(slot)
                self.cursor = i + 1
                return slot
        return None

    def paragraph(self, slot: _Slot) -> Paragraph:
        return self.items[slot.para]

    def rewrite(self, slot: _Slot, text: str) -> None:
        """``slot``'s text becomes ``text`` (its typed glyph kept)."""
        para = self.items[slot.para]
        if slot.line is None:
            _set_text(para, text)
            return
        lines = self.lines[slot.para]
        lines[slot.line] = _glyph(lines[slot.line] or "") + text
        _write(para, "\n".join(x for x in lines if x is not None))

    def drop(self, slot: _Slot) -> None:
        """A wrapped continuation now part of the line before it: removed."""
        para = self.items[slot.para]
        if slot.line is None:
            para._p.getparent().remove(para._p)
            return
        self.lines[slot.para][slot.line] = None
        _write(para, "\n".join(x for x in self.lines[slot.para] if x is not None))


def edit_copy(original: bytes, blocks: Sequence[Block]) -> EditedCopy:
    """``original`` DOCX bytes with the changes in ``blocks`` (from ``tailor_resume``)."""
    doc = Document(io.BytesIO(original))
    paras = _Paragraphs(doc)
    anchor: Paragraph | None = None  # the paragraph an added block goes after
    like: dict[str, Paragraph] = {}  # a formatting model per block kind
    applied = missed = 0
    seen: Counter[str] = Counter()  # occurrences of each source line so far
    for block in blocks:
        if block.inline:
            continue
        if block.sources:
            found = []
            for line in block.sources:
                found.append(paras.find(line, seen[_key(line)]))
                seen[_key(line)] += 1
            if found[0] is None:
                missed += block.changed
                continue
            first = paras.paragraph(found[0])
            like[block.kind] = first
            anchor = paras.paragraph(next(s for s in reversed(found) if s is not None))
            if block.changed:
                paras.rewrite(found[0], block.prefix + block.text)
                for slot in found[1:]:
                    if slot is not None:
                        paras.drop(slot)
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

"""Text boxes placed on the page, written in another order (layout round 13, docs/extract.md).

A design tool's Word export puts every block in a text box of its own, all anchored in one
paragraph and written by layer: read in that order, the education came before the name and
the contact line fell into it. Boxes placed at offsets from one frame are read top to bottom,
then left to right; boxes placed otherwise keep the document's order. Made-up details.
"""

from __future__ import annotations

from bench.layout_stress import _p, _placed_box, _r, docx_xml
from tests.unit.test_extract_docx_inline import _lines

BLOCKS = [["Jo Ray", "jo.ray@example.com"], ["EXPERIENCE", "Engineer, Acme Robotics"]]


def _box(lines: list[str], y_cm: float, relative: str = "page") -> str:
    return _placed_box("".join(_p(_r(x)) for x in lines), 1.0, y_cm, int(y_cm) + 1, relative)


def test_boxes_are_read_by_their_place() -> None:
    data = docx_xml([_p(_box(BLOCKS[1], 4.0) + _box(BLOCKS[0], 1.0))])
    assert _lines(data) == [*BLOCKS[0], *BLOCKS[1]]


def test_boxes_placed_from_different_frames_keep_their_order() -> None:
    data = docx_xml([_p(_box(BLOCKS[1], 4.0) + _box(BLOCKS[0], 1.0, relative="margin"))])
    assert _lines(data) == [*BLOCKS[1], *BLOCKS[0]]

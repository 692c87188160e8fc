"""An infographic's centred block (a badge: a large degree or number over centred captions)
beside a short paragraph.

The badge's lines share baselines with some of the paragraph's lines and fall between others;
read row by row, the badge's first line was glued to the paragraph's first line ("I studied
fine arts  M.A.") and its caption came between two of the paragraph's lines. The badge's lines
are centred, not started at one x, so they were not taken for a list beside the paragraph.
Both are drawn one after the other: the paragraph is read whole, then the badge (or the badge,
then the paragraph, when the badge is on the left) (layout round 11, generated PDFs with
fpdf2, made-up text).
"""

from __future__ import annotations

from typing import Any

from tests.unit.pdf_pages import page_around, pdf_lines

PROSE = [
    "Summary of a made-up painter who runs small studio courses and keeps them tidy.",
    "A second long line so that the page reads as one column from margin to margin.",
]
PARAGRAPH = [
    "I studied fine arts",
    "and then two years",
    "teaching evening",
    "classes for adults.",
]
BADGE = [("M.A.", 20), ("Fine Arts", 9), ("latest degree from", 9), ("Northfield College", 9)]


def _page(*, badge_left: bool, badge_first: bool | None = None, spacing: float = 4.0) -> bytes:
    """The blocks drawn left one first unless ``badge_first`` says otherwise."""

    def draw(pdf: Any, y: float) -> float:
        text_x, centre = (75.0, 35.0) if badge_left else (15.0, 85.0)

        def paragraph() -> None:
            pdf.set_font("helvetica", size=9)
            for i, line in enumerate(PARAGRAPH):
                pdf.text(text_x, y + 4 + i * spacing, line)

        def badge() -> None:
            # the large line on the paragraph's second baseline (its first when on the right),
            # its caption between two paragraph lines, two more lines below the paragraph
            top = y + 4 + (spacing if badge_left else 0.0)
            end = y + 4 + (len(PARAGRAPH) - 1) * spacing
            for (line, size), at in zip(BADGE, (top, top + 6, end + 2, end + 6), strict=True):
                pdf.set_font("helvetica", size=size)
                pdf.text(centre - pdf.get_string_width(line) / 2, at, line)

        first_badge = badge_left if badge_first is None else badge_first
        first, second = (badge, paragraph) if first_badge else (paragraph, badge)
        first()
        second()
        pdf.set_font("helvetica", size=10)
        return 30.0

    return page_around(["Tamsin Okafor", *PROSE, "ABOUT ME"], ["LANGUAGES", *PROSE], draw)


def _block(lines: list[str]) -> list[str]:
    return lines[lines.index("ABOUT ME") + 1 : lines.index("LANGUAGES")]


def test_a_centred_badge_right_of_a_paragraph_is_read_after_it() -> None:
    badge = [text for text, _ in BADGE]
    assert _block(pdf_lines(_page(badge_left=False))) == [*PARAGRAPH, *badge]


def test_a_centred_badge_left_of_a_paragraph_is_read_before_it_whole() -> None:
    # the paragraph's first line, above the badge's top, stays with the paragraph
    badge = [text for text, _ in BADGE]
    assert _block(pdf_lines(_page(badge_left=True))) == [*badge, *PARAGRAPH]


def test_a_badge_drawn_before_the_paragraph_left_of_it_stays_on_its_rows() -> None:
    # drawn against the reading order (as a table may be): read row by row, as before
    lines = _block(pdf_lines(_page(badge_left=False, badge_first=True)))
    assert lines[0] == "I studied fine arts  M.A."

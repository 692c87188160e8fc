"""An infographic's chart labels sharing a row with the first line of a paragraph beside them.

A row of tool labels over a bubble chart sat on the baseline of a short paragraph's first
line; read row by row, the labels were glued into the paragraph ("Most days I use pen-  Figma
Jira" / "cils and …") and the word broken at the line end was lost. The labels are drawn after
the whole paragraph, so the paragraph is read first, then the labels (layout round 10,
generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

from typing import Any

from tests.unit.pdf_pages import page_around, pdf_lines

PROSE = [
    "Summary of a made-up designer who plans small studio projects and keeps them tidy.",
    "A second long line so that the page reads as one column from margin to margin.",
]
PARAGRAPH = ["Most days I sketch", "with pencils and", "paper before any", "screen work."]
LABELS = ["Figma", "Jira", "Notion", "Miro"]


def _page(*, labels_last: bool, label_left: bool = False) -> bytes:
    def draw(pdf: Any, y: float) -> float:
        def paragraph() -> None:
            for i, line in enumerate(PARAGRAPH):
                pdf.set_xy(15 if not label_left else 60, y + i * 5)
                pdf.cell(w=40, h=5, text=line)

        def labels() -> None:
            if label_left:
                pdf.set_xy(15, y)
                pdf.cell(w=30, h=5, text="Tools used:")
                return
            for i, label in enumerate(LABELS):
                pdf.set_xy(70 + 25 * i, y)
                pdf.cell(w=20, h=5, text=label)

        first, second = (paragraph, labels) if labels_last else (labels, paragraph)
        first()
        second()
        return 5 * len(PARAGRAPH)

    return page_around(["Tamsin Okafor", *PROSE, "TOOLS"], ["LANGUAGES", *PROSE], draw)


def test_labels_drawn_after_a_paragraph_follow_it_whole() -> None:
    lines = pdf_lines(_page(labels_last=True))
    start = lines.index("TOOLS") + 1
    assert lines[start : start + 4] == PARAGRAPH
    assert " ".join(lines[start + 4 : start + 8]).split() == LABELS
    assert lines[start + 8] == "LANGUAGES"


def test_labels_drawn_row_by_row_with_the_paragraph_stay_on_its_row() -> None:
    lines = pdf_lines(_page(labels_last=False))
    start = lines.index("TOOLS") + 1
    assert lines[start].split() == [*PARAGRAPH[0].split(), *LABELS]  # the row as it was


def test_a_label_left_of_wrapped_text_stays_on_its_line() -> None:
    lines = pdf_lines(_page(labels_last=False, label_left=True))
    start = lines.index("TOOLS") + 1
    assert lines[start] == "Tools used:  Most days I sketch"

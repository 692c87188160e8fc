"""A scanned page's invisible text layer is its text, not hidden text (layout round 13).

OCR software ("searchable PDF": a scanner's, Acrobat's, Tesseract's) paints the page as a
picture and lays the recognised text over it in render mode 3 (invisible). That layer is what
an ATS reads; it was counted as hidden text, and the honest file was flagged for keyword
stuffing, its visible text empty. Invisible text over a small picture (a photo) or over no
picture stays hidden. Made-up details.
"""

from __future__ import annotations

import io

import pytest
from fpdf import FPDF
from PIL import Image

from atspro.analysis.documents.extract import extract_text

LINES = ["Jo Ray", "jo.ray@example.com", "EXPERIENCE", "Engineer, Acme Robotics, 2019 - 2024"]


def _pdf(picture: tuple[float, float] | None) -> bytes:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    if picture:
        png = io.BytesIO()
        Image.new("RGB", (60, 80), (240, 240, 236)).save(png, "PNG")
        pdf.image(png, 0, 0, *picture)
    pdf.text_mode = 3
    pdf.set_font("helvetica", size=11)
    for k, line in enumerate(LINES):
        pdf.text(40, 60 + 16 * k, line)
    return bytes(pdf.output())


def test_the_text_layer_of_a_scanned_page_is_read_and_not_hidden() -> None:
    result = extract_text(_pdf((595, 842)))
    assert result.hidden_text_chars == 0
    assert result.visible_text.splitlines() == LINES


@pytest.mark.parametrize("picture", [None, (120, 160)])
def test_invisible_text_elsewhere_is_still_hidden(picture: tuple[float, float] | None) -> None:
    result = extract_text(_pdf(picture))
    assert result.hidden_text_chars == sum(len(line.replace(" ", "")) for line in LINES)


def _ink_page(visible_lines: int) -> bytes:
    """Each line's ink painted as a filled shape (text turned into outlines) with the text
    laid over it invisibly; the first ``visible_lines`` lines drawn as ordinary text instead."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_fill_color(20, 20, 20)
    for k, line in enumerate(LINES):
        y = 60 + 16 * k
        pdf.text_mode = 0 if k < visible_lines else 3
        if k >= visible_lines:
            pdf.rect(40, y - 9, pdf.get_string_width(line), 11, style="F")
        pdf.text(40, y, line)
    return bytes(pdf.output())


def test_a_text_layer_over_outlined_glyphs_is_text() -> None:
    result = extract_text(_ink_page(0))
    assert result.hidden_text_chars == 0
    assert result.visible_text.splitlines() == LINES


def test_invisible_words_on_a_page_of_visible_text_stay_hidden() -> None:
    assert extract_text(_ink_page(3)).hidden_text_chars == len(LINES[3].replace(" ", ""))

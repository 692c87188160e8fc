"""Text in a composite font with no text mapping (layout round 13, docs/extract.md).

A PDF whose Type0 font (Identity-H) lost its /ToUnicode map draws glyph numbers: the text read
as control characters and stray letters, and the parser made garbage fields of it. Such a page
is now read like a scan: OCR when it is on, else a clear "cannot read" error. Made-up details.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from atspro.analysis.documents import extract as extract_module
from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.errors import ImageOnlyPdf, UnmappedFontsPdf
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf import read_pdf_text

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
pytestmark = pytest.mark.skipif(not Path(DEJAVU).exists(), reason="needs a TrueType font")
LINES = ["Jo Ray", "jo.ray@example.com", "EXPERIENCE", "Engineer, Acme Robotics, 2019 - 2024"]


def _pdf(unmapped_pages: set[int], pages: int = 1) -> bytes:
    """No /ToUnicode and no embedded font file (whose own cmap would map it: ``pdf_cmap``)."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("dv", "", DEJAVU)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("dv" if number in unmapped_pages else "helvetica", size=11)
        for k, line in enumerate(LINES):
            pdf.text(40, 60 + 16 * k, line)
    data = bytes(pdf.output())
    return data.replace(b"/ToUnicode", b"/ToUnicodX").replace(
        b"/FontFile2", b"/FontFileX"
    )  # same length: offsets stay right


def test_a_document_in_unmapped_fonts_cannot_be_read() -> None:
    with pytest.raises(UnmappedFontsPdf) as caught:
        read_pdf_text(_pdf({1}), ExtractLimits())
    assert isinstance(caught.value, ImageOnlyPdf)  # the OCR path takes it when OCR is on
    assert "text mapping" in caught.value.user_message


def test_without_ocr_the_user_is_told_not_given_gibberish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_module, "ocr_available", lambda: False)
    with pytest.raises(UnmappedFontsPdf):
        extract_text(_pdf({1}), "cv.pdf")


def test_an_unmapped_page_is_left_to_ocr_and_the_rest_is_read() -> None:
    raw = read_pdf_text(_pdf({2}, pages=2), ExtractLimits())
    assert raw.scanned_pages == [2]
    assert raw.page_texts[0].splitlines() == LINES
    assert raw.page_texts[1] == ""
    assert any("text mapping" in w for w in raw.warnings)


def test_a_mapped_font_is_read_as_before() -> None:
    data = _pdf(set()).replace(b"/ToUnicodX", b"/ToUnicode")
    assert read_pdf_text(data, ExtractLimits()).text.splitlines() == LINES

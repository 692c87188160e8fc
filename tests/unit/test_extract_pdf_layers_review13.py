"""Invisible text layers, unmapped fonts and OCR pages: the review's cases (layout round 13).

* Invisible text is a page's OCR text layer only when nearly all the page's letters are
  invisible on ink and the page has almost no visible text of its own: keywords laid
  invisibly over a picture (a white one under a visible CV, a scan with visible text) are
  hidden text, and a filled shape covering most of the page is no ink.
* A composite font with no text mapping is gibberish only when its text reads so: codes equal
  to Unicode read fine. Only its pieces are dropped, not the page's other text.
* A page is read by OCR once, and a page read by OCR gets no footer or sidebar of another page.
* A page box with one axis reversed reads like the same box in order.
Made-up details.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.errors import UnmappedFontsPdf
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf import read_pdf_text
from atspro.analysis.documents.pdf_heads import feet_apart

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["Jo Ray", "jo.ray@example.com", "EXPERIENCE", "Engineer, Acme Robotics, 2019 - 2024"]
STUFFING = "Fortran Cobol Haskell Erlang"


def _png(colour: tuple[int, int, int] = (255, 255, 255)) -> io.BytesIO:
    png = io.BytesIO()
    Image.new("RGB", (20, 20), colour).save(png, "PNG")
    return png


def _page(
    picture: tuple[float, float, float, float] | None,
    *,
    visible: bool = True,
    fill: bool = False,
    stuffing: bool = True,
) -> FPDF:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    if fill:  # a cream page colour painted as one rectangle
        pdf.set_fill_color(236, 226, 200)
        pdf.rect(0, 0, 595, 842, style="F")
    if picture:
        pdf.image(_png(), *picture)
    pdf.set_font("helvetica", size=11)
    pdf.text_mode = 0 if visible else 3
    for k, line in enumerate(LINES):
        pdf.text(40, 60 + 16 * k, line)
    if stuffing:
        pdf.text_mode = 3
        pdf.text(40, 800, STUFFING)
    return pdf


def _hidden(pdf: FPDF) -> tuple[int, str]:
    result = extract_text(bytes(pdf.output()), "cv.pdf")
    return result.hidden_text_chars, result.visible_text


@pytest.mark.parametrize("picture", [(0, 0, 595, 842), (0, 180, 470, 662)])
def test_invisible_keywords_over_a_picture_under_visible_text_are_hidden(
    picture: tuple[float, float, float, float],
) -> None:
    hidden, visible = _hidden(_page(picture))
    assert hidden == len(STUFFING.replace(" ", ""))
    assert "Fortran" not in visible
    assert visible.splitlines() == LINES


def test_a_scan_with_its_text_layer_is_still_read() -> None:
    hidden, visible = _hidden(_page((0, 0, 595, 842), visible=False, stuffing=False))
    assert hidden == 0
    assert visible.splitlines() == LINES


def test_a_page_colour_is_no_ink_for_invisible_text() -> None:
    """All text invisible over one rectangle filling the page: no text layer (no picture, no
    glyph outlines under it), so hidden."""
    hidden, _ = _hidden(_page(None, visible=False, fill=True))
    assert hidden == sum(len(line.replace(" ", "")) for line in [*LINES, STUFFING])


def test_a_reversed_page_box_reads_like_an_ordered_one() -> None:
    pdf = _page((500, 20, 60, 80))  # a small photo, stuffing elsewhere
    pdf.text_mode = 3
    pdf.text(505, 60, STUFFING)  # and more over the photo
    data = bytes(pdf.output())
    flipped = data.replace(b"/MediaBox [0 0 595.28 841.89]", b"/MediaBox [0 841.89 595.28 0]")
    assert flipped != data
    result = extract_text(flipped, "cv.pdf")
    assert result.visible_text.splitlines() == LINES
    assert result.hidden_text_chars == 2 * len(STUFFING.replace(" ", ""))


# -- fonts with no text mapping ------------------------------------------------------------


def _raw_pdf(content: bytes) -> bytes:
    """One page with /F1: a Type0 font, Identity-H, no /ToUnicode (codes read as Unicode
    code points) and /F2: Helvetica."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
        b"/F1 4 0 R /F2 6 0 R >> >> /Contents 7 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AcmeSans /Encoding /Identity-H "
        b"/DescendantFonts [5 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AcmeSans /CIDSystemInfo << "
        b"/Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
    return out + trailer % (len(objects) + 1, xref)


def _line(font: str, y: int, text: str) -> bytes:
    codes = text.encode("utf-16-be") if font == "F1" else text.encode("latin-1")
    return b"BT /%s 11 Tf 40 %d Td <%s> Tj ET\n" % (font.encode(), y, codes.hex().encode())


GLYPH_NUMBERS = "\x01\x02\x03\x04\x05\x03\x06\x07\x02\x08"  # how such a font's codes read


def test_codes_equal_to_unicode_in_an_unmapped_font_are_read() -> None:
    content = b"".join(_line("F1", 780 - 16 * k, line) for k, line in enumerate(LINES))
    raw = read_pdf_text(_raw_pdf(content), ExtractLimits())
    assert raw.text.splitlines() == LINES
    assert raw.scanned_pages == []
    assert not any("text mapping" in w for w in raw.warnings)


def test_only_the_gibberish_pieces_of_a_page_are_dropped() -> None:
    content = b"".join(_line("F2", 780 - 16 * k, line) for k, line in enumerate(LINES))
    content += _line("F1", 700, GLYPH_NUMBERS)
    raw = read_pdf_text(_raw_pdf(content), ExtractLimits())
    assert raw.text.splitlines() == LINES
    assert raw.scanned_pages == []  # most of the page reads: no OCR
    assert any("text mapping" in w for w in raw.warnings)


def test_a_page_of_gibberish_is_left_to_ocr() -> None:
    content = b"".join(_line("F1", 780 - 16 * k, GLYPH_NUMBERS * 3) for k in range(4))
    with pytest.raises(UnmappedFontsPdf):
        read_pdf_text(_raw_pdf(content), ExtractLimits())


@pytest.mark.skipif(not Path(DEJAVU).exists(), reason="needs a TrueType font")
@pytest.mark.parametrize("pages", [1, 2])
def test_an_unmapped_page_with_a_photo_is_listed_once(pages: int) -> None:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("dv", "", DEJAVU)
    for number in range(1, pages + 1):
        pdf.add_page()
        unmapped = number == pages
        pdf.set_font("dv" if unmapped else "helvetica", size=11)
        if unmapped:
            pdf.image(_png((200, 40, 40)), 480, 20, 60, 60)
        for k, line in enumerate(LINES):
            pdf.text(40, 60 + 16 * k, line)
    data = (
        bytes(pdf.output())
        .replace(b"/ToUnicode", b"/ToUnicodX")
        .replace(b"/FontFile2", b"/FontFileX")
    )
    if pages == 1:
        with pytest.raises(UnmappedFontsPdf):
            read_pdf_text(data, ExtractLimits())
        return
    raw = read_pdf_text(data, ExtractLimits())
    assert raw.scanned_pages == [2]
    assert not raw.image_only
    assert not any("picture" in w for w in raw.warnings)


def test_a_footer_goes_to_no_page_ocr_replaces() -> None:
    pages = [["a", "note"], ["b"], ["c"]]
    assert feet_apart(["note", "", ""], pages, replaced={2}) == [["a"], ["b", "note"], ["c"]]


SIDEBAR = [
    "SKILLS",
    "Python",
    "SQL",
    "Docker",
    "LANGUAGES",
    "English",
    "Spanish",
    "CONTACT",
    "jo.ray@example.com",
    "Springfield",
]


@pytest.mark.skipif(not Path(DEJAVU).exists(), reason="needs a TrueType font")
def test_a_sidebar_goes_to_no_page_ocr_replaces() -> None:
    """Page 1: the body and a right sidebar; page 2 in an unmapped font (read by OCR, which
    replaces its text): the sidebar is read after page 1, not lost with page 2's text."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(auto=False)
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for k, line in enumerate(SIDEBAR):
        pdf.text(440, 100 + 16 * k, line)
    y = 60
    for line in ["Jo Ray", "EXPERIENCE"]:
        pdf.text(40, y, line)
        y += 16
    for role in range(3):
        for line in [f"Engineer, Acme Robotics {role}", "2019 - 2024"]:
            pdf.text(40, y, line)
            y += 14
        for bullet in range(6):
            pdf.text(46, y, f"- Shipped release {bullet} of the billing tool.")
            y += 14
    pdf.add_page()
    pdf.set_font("dv", size=10)
    for k in range(12):
        pdf.text(40, 60 + 14 * k, f"- Kept the build green for release {k} of the tool.")
    data = (
        bytes(pdf.output())
        .replace(b"/ToUnicode", b"/ToUnicodX")
        .replace(b"/FontFile2", b"/FontFileX")
    )
    raw = read_pdf_text(data, ExtractLimits())
    assert raw.scanned_pages == [2]
    assert raw.page_texts[0].splitlines()[-len(SIDEBAR) :] == SIDEBAR
    assert raw.page_texts[1] == ""


def test_the_page_judgements_are_extraction_limits() -> None:
    """The shares live in ``ExtractLimits`` (from settings when they have them)."""

    class Settings:
        max_file_bytes, max_pdf_pages, max_text_chars = 10**6, 5, 10**5
        max_unzipped_bytes, extract_timeout_s = 10**7, 5.0
        pdf_text_layer_share = 1.01  # never a text layer

    limits = ExtractLimits.from_settings(Settings())
    assert limits.pdf_text_layer_share == 1.01
    assert limits.pdf_unmapped_page_share == ExtractLimits().pdf_unmapped_page_share
    data = bytes(_page((0, 0, 595, 842), visible=False, stuffing=False).output())
    assert read_pdf_text(data, limits).hidden_text
    assert not read_pdf_text(data, ExtractLimits()).hidden_text

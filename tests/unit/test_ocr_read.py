"""Photos, screenshots and scanned PDFs are read with OCR into the usual ExtractedText.

Pages are small synthetic images (Pillow's built-in font) so each read takes a second or two.
"""

from __future__ import annotations

import io
import os

import pytest

from atspro.analysis.documents import errors
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.ocr import ocr_available
from tests.fixtures import images

pytestmark = pytest.mark.skipif(not ocr_available(), reason="OCR packages are not installed")

EMAIL = "dana.whitfield@example.org"


@pytest.fixture(scope="module")
def page() -> object:
    return images.text_page()


def test_a_screenshot_is_read_and_marked_as_ocr(page: object) -> None:
    result = extract_text(images.encode(page, "PNG"), "screenshot.png")
    assert result.kind == "image" and result.ocr and result.image_only
    assert result.ocr_confidence is not None and result.ocr_confidence > 0.8
    assert EMAIL in result.text
    assert "Larkspur Analytics" in result.text
    assert "Kubernetes" in result.text


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_turned_photos_are_read_upright(angle: int) -> None:
    page = images.text_page(images.RESUME_LINES[:2] + images.RESUME_LINES[-3:])
    turned = page.rotate(angle, expand=True)  # type: ignore[attr-defined]
    result = extract_text(images.encode(turned, "JPEG", quality=90), "photo.jpg")
    assert EMAIL in result.text
    lines = result.text.splitlines()
    assert lines.index(next(x for x in lines if "Whitfield" in x)) < lines.index(
        next(x for x in lines if "Kubernetes" in x)
    ), "reading order must be top to bottom"


def test_a_pdf_with_one_scanned_page_keeps_its_text_and_reads_the_scan(page: object) -> None:
    from pypdf import PdfReader, PdfWriter

    from tests.fixtures.documents import make_pdf

    writer = PdfWriter()
    for source in (make_pdf(["Typed cover page", "Python developer"]), images.scanned_pdf([page])):
        for pdf_page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(pdf_page)
    out = io.BytesIO()
    writer.write(out)
    result = extract_text(out.getvalue(), "mixed.pdf")
    assert result.text.index("Typed cover page") < result.text.index(EMAIL)
    assert result.ocr and result.ocr_pages == 1
    assert any("picture without a text layer" in w for w in result.warnings)


def test_a_blurred_photo_gets_a_tip_not_a_garbage_parse(page: object) -> None:
    from PIL import ImageFilter

    blurred = page.filter(ImageFilter.GaussianBlur(5))  # type: ignore[attr-defined]
    with pytest.raises(errors.UnreadableImage) as info:
        extract_text(images.encode(blurred, "JPEG", quality=70), "photo.jpg")
    assert "Tip" in info.value.user_message


def test_a_slightly_blurred_upright_photo_is_not_turned_upside_down() -> None:
    """The 0°/180° classifier votes "upside down" on soft small print; the page must still
    be read upright (turning it made every line garbage)."""
    from PIL import ImageFilter

    soft = images.text_page(size=14, width=560).filter(ImageFilter.GaussianBlur(1.4))  # type: ignore[attr-defined]
    result = extract_text(images.encode(soft, "PNG"), "photo.png")
    assert "Dana Whitfield" in result.text and "Larkspur Analytics" in result.text


def test_a_scanned_pdf_is_read_page_by_page_with_progress(page: object) -> None:
    seen: list[tuple[int, int]] = []
    pdf = images.scanned_pdf([page, page])
    result = extract_text(pdf, "scan.pdf", progress=lambda n, total: seen.append((n, total)))
    assert seen == [(1, 2), (2, 2)]
    assert result.kind == "pdf" and result.ocr and result.ocr_pages == 2
    assert result.text.count(EMAIL) == 2


def test_an_album_is_read_as_one_document_in_order() -> None:
    from atspro.analysis.documents.extract import extract_images

    first = images.text_page(images.RESUME_LINES[:4])
    second = images.text_page(images.RESUME_LINES[4:])
    seen: list[tuple[int, int]] = []
    result = extract_images(
        [images.encode(first, "JPEG", quality=85), images.encode(second, "JPEG", quality=85)],
        progress=lambda n, total: seen.append((n, total)),
    )
    assert seen == [(1, 2), (2, 2)]
    assert result.ocr and result.ocr_pages == 2 and result.kind == "image"
    assert result.text.index("Larkspur") < result.text.index("Kubernetes")


def test_an_album_of_too_many_pages_is_refused_before_reading() -> None:
    from PIL import Image

    from atspro.analysis.documents.extract import extract_images

    blank = images.encode(Image.new("RGB", (60, 80), "white"), "PNG")
    with pytest.raises(errors.TooManyScannedPages) as info:
        extract_images([blank] * 6)
    assert "5 pages" in info.value.user_message


def test_an_album_with_a_document_in_it_is_refused() -> None:
    from atspro.analysis.documents.extract import extract_images

    with pytest.raises(errors.ExtractionError):
        extract_images([images.encode(images.text_page(), "PNG"), b"%PDF-1.4 not a photo"])


def test_a_tilted_photo_keeps_each_row_on_one_line() -> None:
    rows = (
        ("Senior Data Engineer", "2019 - 2023"),
        ("Larkspur Analytics", "Boston"),
        ("Built Python pipelines", "Remote"),
        ("Data Analyst", "2016 - 2019"),
    )
    tilted = images.text_page(rows, width=900).rotate(  # type: ignore[attr-defined]
        3, expand=True, fillcolor="white"
    )
    result = extract_text(images.encode(tilted, "PNG"), "photo.png")
    lines = result.text.splitlines()
    assert any("Engineer" in line and "2019" in line for line in lines), lines
    assert any("Analyst" in line and "2016" in line for line in lines), lines


SYMBOL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # has ✉ ☎ ⌂ glyphs


@pytest.mark.skipif(not os.path.isfile(SYMBOL_FONT), reason="no font with icon glyphs here")
def test_contact_icons_are_not_read_as_letters_of_the_contact() -> None:
    """Envelope, phone and home icons in front of contact details: on a small, slightly
    blurred JPEG the recogniser glues an icon to its detail as a letter ("odana…")."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from atspro.analysis.documents.ocr import read_page

    size = 14
    symbols, font = ImageFont.truetype(SYMBOL_FONT, size), ImageFont.load_default(size=size)
    rows = [
        ("✉", EMAIL),
        ("☎", "+1 415 555 0199"),
        ("✆", "(415) 555-0199"),
        ("⌂", "danawhitfield.net"),
        ("✉", "dana@example.org"),
    ]
    page = Image.new("RGB", (40 * size, 12 * size), "white")
    draw = ImageDraw.Draw(page)
    for row, (icon, text) in enumerate(rows):
        y = size + 2 * size * row
        draw.text((size, y), icon, fill="black", font=symbols)
        draw.text((size + draw.textlength(icon, font=symbols) + 3, y), text, "black", font)
    photo = images.encode(page.filter(ImageFilter.GaussianBlur(0.6)), "JPEG", quality=70)
    words = read_page(Image.open(io.BytesIO(photo)).convert("RGB")).text.split()
    assert "danawhitfield.net" in words
    assert EMAIL in words and "dana@example.org" in words


def test_a_screenshot_strip_is_not_blown_up_for_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide strip of two lines (a cropped screenshot, an album page) is detected at most
    twice enlarged: the detector's own rule (short side to 736 px) made a 760×114 strip
    4,900×736 px, slower than a whole page."""
    from atspro.analysis.documents.ocr import engine, read_page

    detector = engine().text_det
    seen: list[tuple[int, ...]] = []
    infer = detector.infer
    monkeypatch.setattr(detector, "infer", lambda batch: seen.append(batch.shape) or infer(batch))
    strip = images.text_page(images.RESUME_LINES[:2])
    page = read_page(strip)  # type: ignore[arg-type]
    assert "Dana Whitfield" in page.text
    width, height = strip.size  # type: ignore[attr-defined]
    assert seen and all(shape[2] * shape[3] <= 4.5 * width * height for shape in seen)


SANS_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.mark.skipif(not os.path.isfile(SANS_FONT), reason="DejaVu Sans is not installed")
def test_an_at_sign_lost_in_small_blurred_print_is_put_back() -> None:
    """On small, blurred JPEG print the recogniser reads "@" as "g" ("tom.bellgexample.org")
    or drops it; the address is mended in front of a mail provider's domain."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from atspro.analysis.documents.ocr import read_page

    size = 12
    font = ImageFont.truetype(SANS_FONT, size)
    addresses = ["tom.bell@example.org", "kira.voss@gmail.com", "ode.lund@yahoo.com"]
    page = Image.new("RGB", (30 * size, 8 * size), "white")
    draw = ImageDraw.Draw(page)
    for row, address in enumerate(addresses):
        draw.text((size, size + 2 * size * row), address, "black", font)
    photo = images.encode(page.filter(ImageFilter.GaussianBlur(1.0)), "JPEG", quality=50)
    words = read_page(Image.open(io.BytesIO(photo)).convert("RGB")).text.split()
    assert "tom.bell@example.org" in words, words


def test_the_heap_is_handed_back_after_each_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The models' freed buffers are returned to the system page by page, so a worker's peak
    memory is one page's, not the sum of pages of different sizes (docs/extract.md)."""
    from atspro.analysis.documents import ocr
    from atspro.analysis.documents.base import ExtractLimits

    events: list[str] = []
    monkeypatch.setattr(
        ocr, "read_page", lambda image, threads, **_: events.append("read") or ocr.PageText()
    )
    monkeypatch.setattr(ocr, "release_memory", lambda: events.append("release"))
    ocr.read_pages(["page 1", "page 2"], 2, ExtractLimits())  # type: ignore[list-item]
    assert events == ["read", "release", "read", "release"]
    monkeypatch.undo()
    ocr.release_memory()  # the real call: glibc's malloc_trim here, a no-op where it is missing

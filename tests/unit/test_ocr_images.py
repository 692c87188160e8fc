"""Pictures are decoded safely before OCR: hostile files end fast with a specific message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from atspro.analysis.documents import errors
from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.images import OCR_MAX_SIDE, decode_image
from tests.fixtures import images


def refused(error: type[errors.ExtractionError], data: bytes) -> errors.ExtractionError:
    started = time.process_time()  # the work done (CPU), not the machine's load
    with pytest.raises(error) as info:
        extract_text(data, "photo.jpg")
    assert time.process_time() - started < 5, "refusing a hostile picture must be cheap"
    assert info.value.user_message and "(" not in info.value.user_message[:1]
    return info.value


def test_a_giant_png_is_refused_from_its_header() -> None:
    error = refused(errors.ImageTooLarge, images.png_header_only(12_000, 12_000))
    assert "12,000×12,000" in error.user_message


def test_a_decompression_bomb_is_refused_without_decoding() -> None:
    refused(errors.ImageTooLarge, images.png_header_only(60_000, 60_000))


@pytest.mark.parametrize("fmt", ["WEBP", "GIF"])
def test_animations_are_refused(fmt: str) -> None:
    error = refused(errors.AnimatedImage, images.animated(fmt))
    assert "still photo" in error.user_message


def test_a_truncated_jpeg_is_a_damaged_picture() -> None:
    error = refused(errors.CorruptImage, images.truncated_jpeg())
    assert "photo again" in error.user_message


HEIC_PAGE = Path(__file__).parent.parent / "fixtures" / "text_page.heic"  # images.text_page()


def test_an_iphone_heic_photo_is_decoded() -> None:
    """The fixture is ``images.text_page()`` saved as HEIC once (the decoder we ship can't
    encode: it is the build without the x265 encoder)."""
    pytest.importorskip("pi_heif")
    page = images.text_page()
    (decoded,) = decode_image(HEIC_PAGE.read_bytes(), ExtractLimits())
    assert decoded.mode == "RGB" and decoded.size == page.size  # type: ignore[attr-defined]
    ink = sum(decoded.convert("L").histogram()[:128])  # type: ignore[attr-defined]  # dark pixels
    assert ink > 500, "the text of the page survives decoding"


def test_a_broken_heic_is_a_damaged_picture() -> None:
    pytest.importorskip("pi_heif")
    error = refused(errors.CorruptImage, b"\0\0\0\x18ftypheic\0\0\0\0" + b"\0" * 64)
    assert "photo again" in error.user_message


def test_heic_without_its_decoder_asks_for_a_normal_photo(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pi_heif", None)  # as if the wheel were missing
    error = refused(errors.UnsupportedImage, b"\0\0\0\x18ftypheic\0\0\0\0" + b"\0" * 64)
    assert "HEIC" in error.user_message


def test_errors_survive_the_trip_from_a_worker() -> None:
    import pickle

    error = errors.ImageTooLarge(size=(12_000, 12_000), limit=40_000_000)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is errors.ImageTooLarge and copy.user_message == error.user_message


def test_exif_orientation_is_applied() -> None:
    from PIL import Image

    page = Image.new("RGB", (300, 100), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: viewers turn it 90° clockwise
    decoded = decode_image(images.encode(page, "JPEG", exif=exif), ExtractLimits())[0]
    assert decoded.size == (100, 300)


def test_transparent_screenshots_land_on_white() -> None:
    from PIL import Image

    page = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    decoded = decode_image(images.encode(page, "PNG"), ExtractLimits())[0]
    assert decoded.mode == "RGB" and decoded.getpixel((5, 5)) == (255, 255, 255)


def test_big_photos_are_decoded_small() -> None:
    from PIL import Image

    photo = images.encode(Image.new("RGB", (5000, 3000), "white"), "JPEG", quality=70)
    decoded = decode_image(photo, ExtractLimits())[0]
    assert max(decoded.size) <= OCR_MAX_SIDE


def test_the_pixel_limit_is_a_setting() -> None:
    from PIL import Image

    photo = images.encode(Image.new("RGB", (2000, 2000), "white"), "PNG")
    with pytest.raises(errors.ImageTooLarge):
        decode_image(photo, ExtractLimits(ocr_max_pixels=1_000_000))


def test_a_multipage_tiff_reads_up_to_the_page_limit() -> None:
    from PIL import Image

    frames = [Image.new("RGB", (50, 50), "white") for _ in range(4)]
    data = images.encode(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    assert len(decode_image(data, ExtractLimits(ocr_max_pages=3))) == 3


def test_too_many_scanned_pages_is_refused_before_reading_any() -> None:
    from PIL import Image

    blank = Image.new("RGB", (60, 80), "white")
    started = time.process_time()
    with pytest.raises(errors.TooManyScannedPages) as info:
        extract_text(images.scanned_pdf([blank] * 20), "scan.pdf")
    assert time.process_time() - started < 10
    assert "20 scanned pages" in info.value.user_message

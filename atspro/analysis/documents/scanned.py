"""Photos and scanned PDFs -> ``RawText`` through OCR (``ocr.py``), within the OCR limits.

* an image file (JPEG, PNG, WebP, TIFF…) is decoded safely (``images.py``) and read;
* a PDF without a text layer has its pages rendered with PDFium and read;
* a PDF with some scanned pages keeps its text layer and gets those pages read in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from atspro.analysis.documents.base import ExtractLimits, RawText
from atspro.analysis.documents.errors import (
    CorruptFile,
    EncryptedPdf,
    ImageOnlyPdf,
    TooManyScannedPages,
    UnreadableImage,
)
from atspro.analysis.documents.images import OCR_MAX_SIDE, decode_image
from atspro.analysis.documents.ocr import Progress, pages_to_raw, read_pages

if TYPE_CHECKING:
    from PIL.Image import Image


def read_image(data: bytes, limits: ExtractLimits, progress: Progress | None = None) -> RawText:
    """Text of a photo, screenshot or scanned image file."""
    return read_images([data], limits, progress)


def read_images(
    photos: list[bytes], limits: ExtractLimits, progress: Progress | None = None
) -> RawText:
    """Text of several pictures read as one document, in order (an album of page photos)."""
    images: list[Image] = []
    for data in photos:
        images.extend(decode_image(data, limits))
        if len(images) > limits.ocr_max_pages:
            raise TooManyScannedPages(
                f"That's more than {limits.ocr_max_pages} pages of photos; a resume should be "
                f"1–2 pages and we read at most {limits.ocr_max_pages}. Please send just the "
                "pages of your resume.",
                pages=len(images),
                limit=limits.ocr_max_pages,
            )
    pages, warnings = read_pages(images, len(images), limits, progress)
    return pages_to_raw(pages, warnings, len(images))


def read_scanned_pdf(
    data: bytes,
    layer: RawText | None,
    limits: ExtractLimits,
    progress: Progress | None = None,
) -> RawText:
    """OCR the picture pages of a PDF. ``layer`` is its text layer (None: it has none)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedPdf(detail="pdfium: password") from None
        raise CorruptFile(detail="pdfium could not open it") from None
    try:
        count = min(len(document), limits.max_pages)
        wanted = list(range(1, count + 1)) if layer is None else layer.scanned_pages
        if len(wanted) > limits.ocr_max_pages:
            raise TooManyScannedPages(pages=len(wanted), limit=limits.ocr_max_pages)
        images = _render(document, wanted, limits)
        try:
            pages, warnings = read_pages(images, len(wanted), limits, progress)
            ocr = pages_to_raw(pages, warnings, count)
        except UnreadableImage:
            if layer is None:  # a blank or unreadable scan: the old, precise answer
                raise ImageOnlyPdf(detail="OCR found no readable text") from None
            return layer  # keep the text layer; its warning names the picture pages
    finally:
        document.close()
    if layer is None:
        return ocr
    return _merge(layer, ocr, wanted)


def _render(document: object, numbers: list[int], limits: ExtractLimits) -> Iterator[Image]:
    """Pages rendered at OCR resolution (long side ``OCR_MAX_SIDE``, pixels capped)."""
    for number in numbers:
        page = document[number - 1]  # type: ignore[index]
        try:
            width, height = page.get_size()
            if width <= 0 or height <= 0:
                continue
            scale = min(
                OCR_MAX_SIDE / max(width, height),
                (limits.ocr_max_pixels / (width * height)) ** 0.5,
            )
            yield page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()


def _merge(layer: RawText, ocr: RawText, numbers: list[int]) -> RawText:
    """The text layer with each picture page replaced by its OCR'd text."""
    texts = list(layer.page_texts)
    for number, text in zip(numbers, ocr.page_texts, strict=False):
        if 0 < number <= len(texts):
            texts[number - 1] = text
    layer.text = "\n\n".join(texts)
    layer.ocr_confidence = ocr.ocr_confidence
    layer.ocr_pages = ocr.ocr_pages
    layer.warnings.extend(ocr.warnings)
    return layer

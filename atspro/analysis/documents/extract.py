"""Uploaded file bytes -> text an ATS would read, plus layout facts. Pure and offline.

    extract_text(data, filename=None, limits=ExtractLimits()) -> ExtractedText

The type is sniffed from the bytes (``sniff_type``); ``filename`` only picks the friendliest
error when the bytes are not what the name promises. Every failure is an
:class:`~atspro.analysis.documents.errors.ExtractionError` with a ``user_message`` for the chat.

``extract_text`` runs in the calling process with no time limit. Untrusted uploads should go
through :func:`extract_text_limited` / :func:`extract_text_async`, which run the same function
in a worker process that is killed after ``limits.timeout_s`` (see ``extract_runner``).
"""

from __future__ import annotations

import logging
from pathlib import PurePath

from atspro.analysis.documents.base import (
    ExtractedText,
    ExtractLimits,
    RawText,
    clean_text,
    count_words,
    truncate,
)
from atspro.analysis.documents.errors import (
    SUPPORTED_TYPES_TEXT,
    BinaryText,
    CorruptFile,
    CorruptImage,
    EmptyFile,
    EncryptedFile,
    ExtractionError,
    FileTooLarge,
    ImageOnlyDocument,
    ImageOnlyPdf,
    ImageTooLarge,
    LegacyDocFormat,
    UnsupportedFileType,
)
from atspro.analysis.documents.ocr import Progress, ocr_available
from atspro.analysis.documents.sniff import OLE2_MAGIC, READABLE_KINDS, sniff_type

log = logging.getLogger(__name__)

HIDDEN_TEXT_WARN_CHARS = 10
HIDDEN_SAMPLE_CHARS = 200
_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
_DOCUMENT_SUFFIXES = {".pdf", ".docx", ".odt", ".rtf"}


def extract_text(
    data: bytes,
    filename: str | None = None,
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008 - frozen, safe as a default
    progress: Progress | None = None,
) -> ExtractedText:
    """Extract the text of a resume/job document. Raises ``ExtractionError`` subclasses.

    Photos and scanned PDF pages are read with OCR (``scanned.py``); ``progress(page, pages)``
    is called before each page is read that way.
    """
    data = bytes(data)
    if len(data) > limits.max_bytes:
        raise FileTooLarge(size=len(data), limit=limits.max_bytes)
    kind = sniff_type(data)
    if kind == "empty":
        raise EmptyFile(detail="no bytes")
    if kind == "image" and not ocr_available():
        raise _unreadable(kind, data, filename)
    if kind not in READABLE_KINDS and kind != "image":
        raise _unreadable(kind, data, filename)
    try:
        raw = _read(kind, data, limits, progress)
    except ExtractionError:
        raise
    except MemoryError:
        raise CorruptFile(
            "This file needs far too much memory to read. Please save it again as a simple "
            "PDF or DOCX and resend it.",
            detail="MemoryError",
        ) from None
    except RecursionError:
        raise CorruptFile(detail="nesting too deep") from None
    except Exception as exc:  # a parser bug on odd input must still end in a clear message
        log.warning("extraction of a %s failed: %s", kind, type(exc).__name__)
        raise CorruptFile(detail=f"{kind}: {type(exc).__name__}") from None
    return _finish(raw, kind, limits)


def extract_images(
    photos: list[bytes],
    limits: ExtractLimits = ExtractLimits(),  # noqa: B008 - frozen, safe as a default
    progress: Progress | None = None,
) -> ExtractedText:
    """Several photos of pages (a Telegram album) read with OCR as one document, in order."""
    if not photos:
        raise EmptyFile(detail="no photos")
    for data in photos:
        if len(data) > limits.max_bytes:
            raise FileTooLarge(size=len(data), limit=limits.max_bytes)
        kind = sniff_type(data)
        if kind != "image" or not ocr_available():
            raise _unreadable(kind, data, None)
    from atspro.analysis.documents.scanned import read_images

    try:
        raw = read_images([bytes(d) for d in photos], limits, progress)
    except ExtractionError:
        raise
    except MemoryError:
        raise ImageTooLarge() from None
    except Exception as exc:  # an engine bug on odd input must still end in a clear message
        log.warning("OCR of an album failed: %s", type(exc).__name__)
        raise CorruptImage(detail=f"album: {type(exc).__name__}") from None
    return _finish(raw, "image", limits)


def _read(kind: str, data: bytes, limits: ExtractLimits, progress: Progress | None) -> RawText:
    if kind == "image":
        from atspro.analysis.documents.scanned import read_image

        return read_image(data, limits, progress)
    if kind == "pdf":
        return _read_pdf(data, limits, progress)
    if kind == "docx":
        from atspro.analysis.documents.wordml import read_docx

        return read_docx(data, limits)
    if kind == "odt":
        from atspro.analysis.documents.opendoc import read_odt

        return read_odt(data, limits)
    from atspro.analysis.documents.plaintext import read_rtf, read_txt

    return read_rtf(data) if kind == "rtf" else read_txt(data)


def _read_pdf(data: bytes, limits: ExtractLimits, progress: Progress | None) -> RawText:
    """The text layer; pages that are pictures (scans) are read with OCR when it is installed."""
    from atspro.analysis.documents.pdf import read_pdf_text

    try:
        raw = read_pdf_text(data, limits)
    except ImageOnlyPdf:
        if not ocr_available():
            raise
        from atspro.analysis.documents.scanned import read_scanned_pdf

        return read_scanned_pdf(data, None, limits, progress)
    if raw.scanned_pages and ocr_available():
        from atspro.analysis.documents.scanned import read_scanned_pdf

        return read_scanned_pdf(data, raw, limits, progress)
    return raw


def _finish(raw: RawText, kind: str, limits: ExtractLimits) -> ExtractedText:
    text = clean_text(raw.text)
    if not text:
        if raw.image_only:
            raise ImageOnlyDocument(detail=f"{kind} with pictures only")
        raise EmptyFile(detail=f"{kind} without text")
    warnings = list(raw.warnings)
    text, truncated = truncate(text, limits.max_chars)
    if truncated:
        warnings.append(
            f"This file is very long; only the first {limits.max_chars:,} characters were read."
        )
    hidden_chars = sum(len("".join(piece.split())) for piece in raw.hidden_text)
    sample = " ".join(" ".join(piece.split()) for piece in raw.hidden_text)
    if hidden_chars >= HIDDEN_TEXT_WARN_CHARS:
        warnings.append(
            f"This file contains {hidden_chars} characters of hidden text (white, invisible or "
            "tiny). Recruiters treat hidden keywords as cheating, so remove them."
        )
    return ExtractedText(
        text=text,
        visible_text=_without_hidden(text, raw.hidden_text) if hidden_chars else text,
        kind=kind,
        pages=raw.pages,
        warnings=warnings,
        columns_detected=raw.columns_detected,
        has_tables=raw.has_tables,
        image_only=raw.image_only,
        hidden_text_chars=hidden_chars,
        word_count=count_words(text),
        has_text_boxes=raw.has_text_boxes,
        header_footer_text=clean_text(raw.header_footer_text),
        hidden_text_sample=sample[:HIDDEN_SAMPLE_CHARS],
        truncated=truncated,
        encoding=raw.encoding,
        ocr=raw.ocr_confidence is not None,
        ocr_confidence=raw.ocr_confidence,
        ocr_pages=raw.ocr_pages,
    )


def _without_hidden(text: str, hidden: list[str]) -> str:
    """The text a person sees: each hidden piece removed where it stands (whitespace-tolerant)."""
    import re

    for piece in hidden:
        words = piece.split()
        if not words:
            continue
        pattern = re.compile(r"\s*".join(re.escape(w) for w in words))
        text = pattern.sub(" ", text, count=1)
    return clean_text(text)


def _unreadable(kind: str, data: bytes, filename: str | None) -> ExtractionError:
    """The most helpful error for bytes we do not read."""
    suffix = PurePath(filename).suffix.lower() if filename else ""
    if kind == "doc":
        return _ole2_error(data)
    if kind == "image":
        return UnsupportedFileType(
            "This is a picture, and an ATS can't read text from pictures. Please send the "
            f"resume file itself ({SUPPORTED_TYPES_TEXT}).",
            detected="image",
        )
    if kind == "html":
        return UnsupportedFileType(
            "This is a web page file. Please send your resume as PDF or DOCX, or paste its "
            "text into the chat.",
            detected="html",
        )
    if suffix in _TEXT_SUFFIXES:
        return BinaryText(detail=f"sniffed {kind}")
    if suffix in _DOCUMENT_SUFFIXES:
        name = suffix.lstrip(".").upper()
        return CorruptFile(
            f"This {name} file is damaged or isn't really a {name}. Please export it again "
            "and resend it.",
            detail=f"named {suffix}, sniffed {kind}",
        )
    if kind == "zip":
        return UnsupportedFileType(
            "This is an archive or another Office format. Please send just your resume as "
            f"{SUPPORTED_TYPES_TEXT}.",
            detected="zip",
        )
    return UnsupportedFileType(detected=kind)


def _ole2_error(data: bytes) -> ExtractionError:
    # OLE2 directory entry names are UTF-16LE. A password-protected DOCX is wrapped in OLE2.
    head = data[: 1024 * 1024]
    if "EncryptedPackage".encode("utf-16-le") in head:
        return EncryptedFile(
            "This Word file is password-protected, so it can't be read. Please remove the "
            "password (File → Info → Protect Document) and send it again.",
            detail="OLE2 EncryptedPackage",
        )
    if "WordDocument".encode("utf-16-le") in head or data.startswith(OLE2_MAGIC):
        if "Workbook".encode("utf-16-le") in head or "PowerPoint".encode("utf-16-le") in head:
            return UnsupportedFileType(detected="ole2")
        return LegacyDocFormat(detail="OLE2 compound file")
    return UnsupportedFileType(detected="ole2")  # pragma: no cover - sniffed as doc → OLE2


__all__ = ["ExtractLimits", "ExtractedText", "extract_images", "extract_text", "sniff_type"]

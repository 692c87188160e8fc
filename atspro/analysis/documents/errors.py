"""Errors raised while turning an uploaded file into text.

Every error carries ``user_message``: one or two friendly sentences that say what went wrong
and what to do, safe to show in a chat as is. ``detail`` is for logs and tests only (never
contains document text). Errors cross a process boundary (the extraction worker), so each one
pickles with its attributes intact.
"""

from __future__ import annotations

from typing import Any

# The one list of formats a user may send: /start, /help, the README and the errors all show it.
SUPPORTED_FORMATS = ("PDF", "DOCX", "ODT", "RTF", "TXT", "Markdown")
SUPPORTED_TYPES_TEXT = ", ".join(SUPPORTED_FORMATS[:-1]) + " or " + SUPPORTED_FORMATS[-1]


def _restore(cls: type[ExtractionError], state: dict[str, Any]) -> ExtractionError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    error.args = (state.get("user_message", ""),)
    return error


class ExtractionError(Exception):
    """A file could not be turned into text; ``user_message`` tells the user what to do."""

    default_message = "We couldn't read this file. Please send your resume as a PDF or DOCX."

    def __init__(self, user_message: str | None = None, *, detail: str = "") -> None:
        self.user_message = user_message or self.default_message
        self.detail = detail
        super().__init__(self.user_message)

    def __str__(self) -> str:
        return f"{self.user_message} ({self.detail})" if self.detail else self.user_message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), dict(self.__dict__)))


class UnsupportedFileType(ExtractionError):
    """The bytes are not a document type we read (image, spreadsheet, archive, program…)."""

    default_message = (
        f"This file type isn't supported. Please send your resume as {SUPPORTED_TYPES_TEXT}."
    )

    def __init__(
        self, user_message: str | None = None, *, detected: str = "unknown", detail: str = ""
    ) -> None:
        self.detected = detected
        super().__init__(user_message, detail=detail)


class EmptyFile(ExtractionError):
    default_message = (
        "This file is empty or has no text in it. Please check it and send your resume again."
    )


class CorruptFile(ExtractionError):
    default_message = (
        "This file looks damaged and can't be opened. Please export or save it again "
        "(PDF or DOCX) and resend it."
    )


class EncryptedFile(ExtractionError):
    default_message = (
        "This file is password-protected, so it can't be read. Please remove the password "
        "and send it again."
    )


class EncryptedPdf(EncryptedFile):
    default_message = (
        "This PDF is password-protected, so it can't be read. Please save a copy without "
        "a password (for example with “Print → Save as PDF”) and send that."
    )


class ImageOnlyDocument(ExtractionError):
    default_message = (
        "This document only contains pictures of text, so an ATS (and we) can't read it. "
        "Please type the text into the document, or export a text PDF or DOCX."
    )


class ImageOnlyPdf(ImageOnlyDocument):
    default_message = (
        "This PDF is a scan or picture with no text layer, so an ATS (and we) can't read it. "
        "Please export your resume from Word or Google Docs as a text PDF or DOCX."
    )


class UnmappedFontsPdf(ImageOnlyPdf):
    """Text drawn in fonts with no text mapping (a CID font without /ToUnicode): its codes
    are glyph numbers, gibberish to any reader. Read like a scan (OCR) when OCR is on."""

    default_message = (
        "This PDF's fonts have no text mapping, so an ATS (and we) read its text as gibberish. "
        "Please export your resume again from Word or Google Docs, or send it as a DOCX."
    )


class FileTooLarge(ExtractionError):
    def __init__(
        self, user_message: str | None = None, *, size: int = 0, limit: int = 0, detail: str = ""
    ) -> None:
        self.size = size
        self.limit = limit
        if user_message is None and limit:
            user_message = (
                f"This file is too large ({_mb(size)}); the limit is {_mb(limit)}. "
                "Please remove images or send a smaller PDF or DOCX."
            )
        super().__init__(user_message, detail=detail)

    default_message = "This file is too large. Please send a smaller PDF or DOCX."


class TooManyPages(ExtractionError):
    def __init__(
        self, user_message: str | None = None, *, pages: int = 0, limit: int = 0, detail: str = ""
    ) -> None:
        self.pages = pages
        self.limit = limit
        if user_message is None and limit:
            user_message = (
                f"This PDF has {pages} pages; a resume should be 1–2 pages and we read at most "
                f"{limit}. Please send just your resume."
            )
        super().__init__(user_message, detail=detail)

    default_message = "This PDF has too many pages for a resume. Please send just your resume."


class LegacyDocFormat(ExtractionError):
    default_message = (
        "This is an old Word .doc file, which we can't read. In Word choose "
        "“File → Save As → Word Document (.docx)” or PDF, then send that file."
    )


class ArchiveBomb(ExtractionError):
    default_message = (
        "This file unpacks to far more data than a resume needs, so we didn't open it. "
        "Please save your resume again as a normal DOCX or PDF."
    )


class ExtractionTimeout(ExtractionError):
    default_message = (
        "Reading this file took too long, so we stopped. Please save it again as a simple "
        "PDF or DOCX (fewer images and effects) and resend it."
    )


class BinaryText(ExtractionError):
    default_message = (
        "This text file doesn't contain readable text. Please send your resume as "
        f"{SUPPORTED_TYPES_TEXT}."
    )


class ImageTooLarge(ExtractionError):
    """A picture with more pixels than we decode (a poster, a panorama or a decompression bomb)."""

    def __init__(
        self,
        user_message: str | None = None,
        *,
        size: tuple[int, int] = (0, 0),
        limit: int = 0,
        detail: str = "",
    ) -> None:
        self.size = size
        self.limit = limit
        if user_message is None and limit:
            user_message = (
                f"This picture is {size[0]:,}×{size[1]:,} pixels, more than we read "
                f"({limit / 1_000_000:g} megapixels at most). Please send an ordinary phone "
                "photo or screenshot of the page."
            )
        super().__init__(user_message, detail=detail or f"{size[0]}x{size[1]} px")

    default_message = (
        "This picture is far too large to read. Please send an ordinary phone photo or "
        "screenshot of the page."
    )


class AnimatedImage(ExtractionError):
    default_message = (
        "This is an animation, not a photo. Please send a still photo or screenshot of your "
        "resume, or the resume file itself (PDF or DOCX)."
    )


class CorruptImage(CorruptFile):
    default_message = (
        "This picture is damaged or incomplete, so it can't be opened. Please take the photo "
        "again (or export the image again) and resend it."
    )


class UnsupportedImage(UnsupportedFileType):
    default_message = (
        "We can't open this kind of picture. Please send the photo as JPEG or PNG (or a "
        "screenshot of it), or the resume file itself as PDF or DOCX."
    )


class UnreadableImage(ExtractionError):
    """OCR found little text, or read it with low confidence: better no parse than garbage."""

    default_message = (
        "We couldn't read the text in this picture reliably (it looks blurred, dark, small or "
        "tilted). Tip: lay the page flat in good light, hold the phone straight above it so the "
        "page fills the frame, and send it again — or send the PDF/DOCX if you have it."
    )


class TooManyScannedPages(TooManyPages):
    def __init__(
        self, user_message: str | None = None, *, pages: int = 0, limit: int = 0, detail: str = ""
    ) -> None:
        if user_message is None and limit:
            user_message = (
                f"This PDF has {pages} scanned pages (pictures of text); we read at most {limit} "
                "scanned pages. Please send just your resume (1–2 pages), ideally as a text PDF "
                "or DOCX."
            )
        super().__init__(user_message, pages=pages, limit=limit, detail=detail)

    default_message = (
        "This PDF has too many scanned pages (pictures of text) for a resume. Please send just "
        "your resume, ideally as a text PDF or DOCX."
    )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


__all__ = [
    "SUPPORTED_FORMATS",
    "SUPPORTED_TYPES_TEXT",
    "AnimatedImage",
    "ArchiveBomb",
    "BinaryText",
    "CorruptFile",
    "CorruptImage",
    "EmptyFile",
    "EncryptedFile",
    "EncryptedPdf",
    "ExtractionError",
    "ExtractionTimeout",
    "FileTooLarge",
    "ImageOnlyDocument",
    "ImageOnlyPdf",
    "ImageTooLarge",
    "LegacyDocFormat",
    "TooManyPages",
    "TooManyScannedPages",
    "UnreadableImage",
    "UnsupportedFileType",
    "UnsupportedImage",
]

"""Shared shapes for document extraction: limits, the result, and text clean-up."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from atspro.analysis.documents.facts import LayoutFacts
from atspro.analysis.documents.glyphs import restore_glyph_names

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ExtractLimits:
    """How much work one file may cost. Defaults mirror ``atspro.config.Settings``."""

    max_bytes: int = 10 * MB
    max_pages: int = 20
    max_chars: int = 200_000
    max_unzipped_bytes: int = 50 * MB
    timeout_s: float = 15.0
    max_zip_ratio: float = 250.0  # uncompressed/compressed for one large zip member
    max_zip_members: int = 5_000
    # OCR of photos and scanned pages (``ocr.py``): it is slow, so it has limits of its own.
    ocr_max_pages: int = 5  # pages (photos, scanned PDF pages) read with OCR in one document
    ocr_max_pixels: int = 40_000_000  # largest picture decoded (width × height)
    ocr_page_timeout_s: float = 30.0  # one page; the worker is killed past it
    ocr_timeout_s: float = 60.0  # the whole document's OCR
    ocr_threads: int = 2  # CPU threads one OCR run uses
    ocr_header_look: bool = True  # a page lacking contact has its header detected once more
    ocr_header_look_boxes: int = 8  # new header boxes that second look recognises at most
    ocr_header_look_pages: int = 2  # later pages (after the first) of a document looked at again
    ocr_header_band_scale: float = 2.0  # a dark header band's second look: enlarged so (0: off)
    # How a PDF's pages are judged (``pdf.py``): shares, not work caps; no settings of their own.
    pdf_text_layer_share: float = 0.9  # invisible letters on ink: a page's OCR text layer ...
    pdf_text_layer_visible: int = 40  # ... when the page has at most this many visible letters
    pdf_unmapped_page_share: float = 0.5  # more text in unmapped fonts: the page is read by OCR
    pdf_large_fill_share: float = 0.5  # a fill covering this share of the page is no glyph ink
    # Right-to-left pages (``pdf_bidi.py``): lines with a right-to-left edge, of a page's lines
    # with letters, that make a page of right-to-left paragraphs (its lines of numbers turned).
    pdf_rtl_page_share: float = 1 / 3
    # A work cap: steps (codes, segments, groups) one embedded font's cmap subtable may cost.
    pdf_cmap_budget: int = 150_000
    # A work cap: characters of a line put in reading order; a longer one (no resume's) is left
    # as drawn.
    pdf_rtl_max_line: int = 2_000

    @classmethod
    def from_settings(cls, settings: Any) -> ExtractLimits:
        """Build from any object with the ``Settings`` field names (no config import here).
        The OCR limits are optional: an object without them gets the defaults."""
        defaults = cls()
        return cls(
            max_bytes=settings.max_file_bytes,
            max_pages=settings.max_pdf_pages,
            max_chars=settings.max_text_chars,
            max_unzipped_bytes=settings.max_unzipped_bytes,
            timeout_s=settings.extract_timeout_s,
            **{
                name: getattr(settings, name, getattr(defaults, name))
                for name in (*_OCR_LIMITS, *_PDF_LIMITS)
            },
        )


_OCR_LIMITS = (
    "ocr_max_pages",
    "ocr_max_pixels",
    "ocr_page_timeout_s",
    "ocr_timeout_s",
    "ocr_threads",
    "ocr_header_look",
    "ocr_header_look_boxes",
    "ocr_header_look_pages",
    "ocr_header_band_scale",
)
_PDF_LIMITS = (
    "pdf_text_layer_share",
    "pdf_text_layer_visible",
    "pdf_unmapped_page_share",
    "pdf_large_fill_share",
    "pdf_cmap_budget",
    "pdf_rtl_page_share",
    "pdf_rtl_max_line",
)


@dataclass(slots=True)
class ExtractedText:
    """Text of a document plus layout facts an ATS check cares about.

    ``text`` is what a parser reads: hidden text is kept in it (an ATS reads it too) and
    counted in ``hidden_text_chars`` so keyword stuffing can be flagged.
    """

    text: str
    kind: str  # "pdf", "docx", "odt", "rtf", "txt", "image"
    # ``text`` without the hidden pieces: what a person sees. Parsing and scoring use this, so
    # white-on-white keywords earn nothing (they are still counted in ``hidden_text_chars``).
    visible_text: str = ""
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    columns_detected: bool = False
    has_tables: bool = False
    image_only: bool = False  # some page is a picture with no text layer (partly scanned)
    hidden_text_chars: int = 0
    word_count: int = 0
    has_text_boxes: bool = False  # DOCX/ODT text boxes: many ATS skip them
    header_footer_text: str = ""  # DOCX/ODT page header/footer text (many ATS skip it)
    hidden_text_sample: str = ""  # first hidden words, to show the user what was found
    truncated: bool = False
    encoding: str | None = None  # TXT/MD: the character set the bytes were decoded with
    ocr: bool = False  # some text was read from pictures with OCR (a photo or a scan)
    ocr_confidence: float | None = None  # mean OCR confidence (0–1) of the lines kept
    ocr_pages: int = 0  # pages read with OCR

    @property
    def layout(self) -> LayoutFacts:
        """The facts the scorer reads, in the one shape it reads them (built here, nowhere else)."""
        return LayoutFacts(
            pages=self.pages,
            word_count=self.word_count,
            image_only=self.image_only,
            columns_detected=self.columns_detected,
            has_tables=self.has_tables,
            hidden_text_chars=self.hidden_text_chars,
            file_kind=self.kind,
        )


@dataclass(slots=True)
class RawText:
    """What a format reader returns before the shared clean-up and limits."""

    text: str
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    columns_detected: bool = False
    has_tables: bool = False
    image_only: bool = False
    hidden_text: list[str] = field(default_factory=list)
    has_text_boxes: bool = False
    header_footer_text: str = ""
    encoding: str | None = None
    page_texts: list[str] = field(default_factory=list)  # PDF: text per page, in order
    scanned_pages: list[int] = field(default_factory=list)  # PDF: 1-based pages that are pictures
    ocr_confidence: float | None = None  # set when the text came from OCR
    ocr_pages: int = 0


_LIGATURES = str.maketrans(
    {
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u205f": " ",
        "\u3000": " ",
        "\u2028": "\n",
        "\u2029": "\n",
        "\f": "\n",
        "\v": "\n",
        "\r": "\n",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
    }
)
for _space in range(0x2000, 0x200B):  # en/em/thin/hair spaces
    _LIGATURES[_space] = " "
# Zero-width characters and BOMs carry no text (and can hide keywords inside words).
for _invisible in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
    _LIGATURES[_invisible] = None

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\ufffd]")  # icon-font glyphs, undecodable chars
_TRAILING = re.compile(r"[ \t]+\n")
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Normalise whitespace and typography so every format yields comparable text."""
    text = restore_glyph_names(text.replace("\r\n", "\n")).translate(_LIGATURES)
    text = _CONTROL.sub("", text)
    text = _PRIVATE_USE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("\n", text + "\n")
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n ").strip()


_WORD = re.compile(r"[^\W_]\S*")  # one match per whitespace-separated token with a letter/digit


def count_words(text: str) -> int:
    """Tokens that contain a letter or digit ("|", "•" and "–" are not words)."""
    return len(_WORD.findall(text))


def truncate(text: str, max_chars: int) -> tuple[str, bool]:
    """Cut to ``max_chars`` at a line or word boundary when one is close."""
    if len(text) <= max_chars:
        return text, False
    cut = text[:max_chars]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary >= max_chars - 500:
        cut = cut[:boundary]
    return cut.rstrip(), True

"""Facts about how a resume file is laid out, as seen by the extractor.

The extractor builds these once from the file (``ExtractedText.layout``); the scorer only reads them to
raise format checks. Keeping it a plain dataclass here means the scorer does not depend on how
the extractor works, and a caller with no file (plain text pasted in a chat) simply passes None.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LayoutFacts:
    pages: int | None = None
    word_count: int | None = None
    image_only: bool = False  # no text layer: scanned PDF or a photo
    columns_detected: bool = False  # text flows in several columns (ATS may interleave lines)
    has_tables: bool = False
    hidden_text_chars: int = 0  # white, tiny, clipped or off-page text the reader cannot see
    file_kind: str | None = None  # "pdf", "docx", "txt", "rtf", "odt", "image", …

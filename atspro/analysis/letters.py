"""Letters without their accents: one fold for every reader that compares spellings (the
places gazetteer's keys, the OCR name and address checks)."""

from __future__ import annotations

import unicodedata

# letters with a stroke or a slash have no combining mark to drop: their base letter by hand
_BASE = str.maketrans("łŁøØđĐıħĦ", "lLoOdDihH")


def base_letters(text: str) -> str:
    """``text`` without its accents, letter for letter ("Łukasz Núñez" → "Lukasz Nunez")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_BASE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

"""Glyph names left in extracted text by PDFs whose fonts have no text mapping.

Some LaTeX PDFs (small caps, old-style figures, ligatures) have no Unicode mapping for their
glyphs, and extractors emit the glyph names instead: "J/A.sc/N.sc", "/two.lnum/zero.lnum",
"Scienti/f_ic". This is an extraction artefact, so it is repaired here, for every document
kind (resumes and postings alike), before any parser reads the text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["restore_glyph_names"]

_DIGIT_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_GLYPH_DIGIT = re.compile(
    r"/(" + "|".join(_DIGIT_NAMES) + r")\.(?:lnum|pnum|onum|tnum|osf|lf|tf|sups|inf)"
)
_GLYPH_SMALL_CAP = re.compile(
    r"/([A-Za-z])(dieresis|acute|grave|circumflex|tilde|ring|cedilla|caron)?\.(?:sc|smcp|c2sc)"
)
_ACCENTS = {
    "dieresis": "\u0308", "acute": "\u0301", "grave": "\u0300", "circumflex": "\u0302",
    "tilde": "\u0303", "ring": "\u030a", "cedilla": "\u0327", "caron": "\u030c",
}  # fmt: skip
_MAPPED_AMONG_CAPS = re.compile(r"(?<=[A-Z])([à-öø-ÿ])(?=[A-Z]\x00)")
_GLYPH_LIGATURE = re.compile(r"/(f(?:_[fijlt])+)(?=[a-z]|\b)")
_GLYPH_NAME = re.compile(
    r"/[A-Za-z_]+\.(?:lnum|pnum|onum|tnum|osf|lf|tf|sups|inf|sc|smcp|c2sc)|/f_"
)


def restore_glyph_names(text: str) -> str:
    """``text`` with glyph names read as the characters they draw ("/two.lnum" -> "2")."""
    if not _GLYPH_NAME.search(text):
        return text
    text = _GLYPH_DIGIT.sub(lambda m: str(_DIGIT_NAMES.index(m.group(1))), text)
    text = _GLYPH_SMALL_CAP.sub(
        # small capitals are capitals: "K/udieresis.sc/S.sc" is "KÜS", not "KüS"
        lambda m: (
            unicodedata.normalize("NFC", m.group(1).upper() + _ACCENTS.get(m.group(2) or "", ""))
            + "\x00"
        ),
        text,
    )
    # "Kü/S.sc": an accented letter the font did map, written lower-case among the capitals
    text = _MAPPED_AMONG_CAPS.sub(lambda m: m.group(1).upper(), text).replace("\x00", "")
    return _GLYPH_LIGATURE.sub(lambda m: m.group(1).replace("_", ""), text)

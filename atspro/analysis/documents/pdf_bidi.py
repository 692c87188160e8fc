"""Right-to-left lines of a PDF back in reading (logical) order.

A PDF draws glyphs left to right, so a Hebrew or Arabic line is stored in visual order (as the
Unicode bidirectional algorithm laid it out): read by position its letters come backwards, a
line mixing scripts ("<label>: jane@example.com | <label>: +1 555 0100") has its parts in the
opposite order, and numbers among right-to-left words come number by number reversed. Each
line holding a right-to-left letter is read as a right-to-left paragraph, undoing that layout
for the common cases (the algorithm cannot be inverted in general: years after right-to-left
words and before Latin ones on the same line are read as if after the Latin).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["has_rtl", "logical_order"]

RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"  # Hebrew, Arabic, Syriac, Thaana, N'Ko
_RTL = re.compile(f"[{RTL_LETTERS}]")
RTL_PAGE_SHARE = 1 / 3  # of a page's lines with letters, holding right-to-left ones: a page of them
_ALNUM = rf"(?:(?![{RTL_LETTERS}])[^\W_])"  # a Latin letter or a digit
# a piece with no right-to-left letter, from a letter or digit to a letter or digit
_LTR_PIECE = re.compile(rf"{_ALNUM}(?:[^{RTL_LETTERS}]*{_ALNUM})?")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"\d+(?:[-+.,:/]\d+)*")  # "2019", "0134", "12/2019", "3.5": one unit
# Arabic (and pointed Hebrew) letters as a font's shaped glyphs: read as the letters
_PRESENTATION = re.compile("[\ufb1d-\ufdff\ufe70-\ufefc]+")
# numbers, then punctuation and a space in reading order ("4), "), then Latin words: the numbers
# are no part of the words' run (after a Latin word, "Statistics, 2013" reads " ," backwards)
_LEAD_NUMBERS = re.compile(
    r"(\d[\d\s+.,:/-]*?)([)\]}.,;:!?]+\s+)(?=(?![" + RTL_LETTERS + r"])[^\W_])"
)
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter."""
    return _RTL.search(text) is not None


def logical_order(text: str) -> str:
    """``text`` (a page's lines in visual order) with each line that holds a right-to-left
    letter in reading order; on a page of such lines (``RTL_PAGE_SHARE``), a line of numbers alone too (a
    right-to-left paragraph draws "2016 - 2019" as "2019 - 2016"); other lines unchanged."""
    lines = text.split("\n")
    rtl = [has_rtl(line) for line in lines]
    latin = sum(1 for line, r in zip(lines, rtl, strict=True) if not r and _LETTER.search(line))
    numbers = sum(rtl) >= RTL_PAGE_SHARE * (sum(rtl) + latin) > 0
    return "\n".join(
        _logical_line(line)
        if r or (numbers and _NUMBER.search(line) and not _LETTER.search(line))
        else line
        for line, r in zip(lines, rtl, strict=True)
    )


def _logical_line(line: str) -> str:
    """The line read from the right (brackets mirrored back), then each piece written left to
    right turned again: a piece with a Latin letter whole ("Jan 2020 - Present", "Statistics,
    2013", an e-mail), a piece of numbers only number by number — among right-to-left words
    "+1 217 555 0134" and "2016 - 2019" are drawn with their numbers in the opposite order."""
    back = _LTR_PIECE.sub(_turn, line[::-1].translate(_MIRROR))
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), back)


def _turn(m: re.Match[str]) -> str:
    piece = m.group()
    if not _LETTER.search(piece):
        return _numbers(piece)
    lead = _LEAD_NUMBERS.match(piece)
    if lead:  # "<word> (4), Power BI": the numbers stand among the right-to-left words
        return _numbers(lead.group(1)) + lead.group(2) + _turn(_LTR_PIECE.match(piece, lead.end()))
    return piece[::-1].translate(_MIRROR)


def _numbers(piece: str) -> str:
    return _NUMBER.sub(lambda n: n.group()[::-1], piece)

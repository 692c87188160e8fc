"""Right-to-left lines of a PDF back in reading (logical) order.

A PDF draws glyphs left to right, so a Hebrew or Arabic line is stored in visual order (as the
Unicode bidirectional algorithm laid it out): read by position its letters come backwards, a
line mixing scripts ("<label>: jane@example.com | <label>: +1 555 0100") has its parts in the
opposite order, and numbers among right-to-left words come number by number reversed. On a
page of right-to-left lines (``RTL_PAGE_SHARE`` of its lines with letters have a right-to-left
one at either end, leftmost or rightmost) each line holding a right-to-left letter is read as a
right-to-left paragraph, undoing that layout for the common cases (the algorithm
cannot be inverted in general: years after right-to-left words and before Latin ones on the
same line are read as if after the Latin). On a left-to-right page such a line is one too when
its leftmost letter is right-to-left (Unicode bidi rule P2: a left-to-right paragraph's first
letter is a Latin one); else it is a left-to-right line ("Languages: English, Hebrew (<word>)
- fluent") and only its right-to-left runs are turned, in place.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["has_rtl", "logical_order"]

RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"  # Hebrew, Arabic, Syriac, Thaana, N'Ko
_RTL = re.compile(f"[{RTL_LETTERS}]")
RTL_PAGE_SHARE = 1 / 3  # of a page's lines with letters, holding right-to-left ones: a page of them
RTL_MAX_LINE = 2_000  # chars: a longer line (no resume's) is left as drawn
_ALNUM = rf"(?:(?![{RTL_LETTERS}])[^\W_])"  # a Latin letter or a digit
# a piece with no right-to-left letter, from a letter or digit to a letter or digit
_LTR_PIECE = re.compile(rf"{_ALNUM}(?:[^{RTL_LETTERS}]*{_ALNUM})?")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER = re.compile(r"\d+(?:[-+.,:/]\d+)*")  # "2019", "0134", "12/2019", "3.5": one unit
# Arabic (and pointed Hebrew) letters as a font's shaped glyphs: read as the letters
_PRESENTATION = re.compile("[\ufb1d-\ufdff\ufe70-\ufefc]+")
# numbers, then punctuation and a space in reading order ("4), "), then Latin words: the numbers
# are no part of the words' run (after a Latin word, "Statistics, 2013" reads " ," backwards).
# The numbers' part ends with a digit or a space, "+", "/", "-" (never the punctuation's first
# character): no overlap, so no backtracking over a long run of dots.
_LEAD_NUMBERS = re.compile(
    r"(\d+(?:[\s+.,:/-]+\d+)*[\s+/-]*)([)\]}.,;:!?]+\s+)(?=(?![" + RTL_LETTERS + r"])[^\W_])"
)
# on a left-to-right line, a right-to-left run: from such a letter to such a letter, with no
# Latin letter between (spaces, numbers and punctuation between are the run's)
_RTL_RUN = re.compile(
    rf"[{RTL_LETTERS}](?:(?:(?![{RTL_LETTERS}])[\W\d_]|[{RTL_LETTERS}])*[{RTL_LETTERS}])?"
)
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter."""
    return _RTL.search(text) is not None


def logical_order(text: str) -> str:
    """``text`` (a page's lines in visual order) with each line that holds a right-to-left
    letter in reading order; on a page of right-to-left lines (``RTL_PAGE_SHARE``), a line of
    numbers alone too (a right-to-left paragraph draws "2016 - 2019" as "2019 - 2016"); other
    lines unchanged, and lines longer than ``RTL_MAX_LINE``."""
    lines = text.split("\n")
    rtl = [has_rtl(line) for line in lines]
    latin = sum(1 for line, r in zip(lines, rtl, strict=True) if not r and _LETTER.search(line))
    # a line with a right-to-left word inside, Latin letters at both ends, is no sign of a page
    edges = sum(
        1
        for line, r in zip(lines, rtl, strict=True)
        if r and (_starts_rtl(line) or _starts_rtl(line[::-1]))
    )
    rtl_page = edges >= RTL_PAGE_SHARE * (sum(rtl) + latin) > 0
    return "\n".join(
        line if len(line) > RTL_MAX_LINE else _logical(line, r, rtl_page)
        for line, r in zip(lines, rtl, strict=True)
    )


def _logical(line: str, rtl: bool, rtl_page: bool) -> str:
    """One line (``rtl``: it holds a right-to-left letter) in reading order."""
    if not rtl:
        numbers = rtl_page and _NUMBER.search(line) and not _LETTER.search(line)
        return _logical_line(line) if numbers else line
    if rtl_page or _starts_rtl(line):
        return _logical_line(line)
    return _RTL_RUN.sub(lambda m: _logical_line(m.group()), line)  # a left-to-right line


def _starts_rtl(line: str) -> bool:
    """Whether the first letter of ``line`` is a right-to-left one."""
    first = _LETTER.search(line)
    return first is not None and has_rtl(first.group())


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
    out: list[str] = []
    at = 0
    # "<word> (4), Power BI": the numbers stand among the right-to-left words (a loop: a line
    # may hold a long list of them)
    while lead := _LEAD_NUMBERS.match(piece, at):
        out.append(_numbers(lead.group(1)) + lead.group(2))
        at = lead.end()
    out.append(piece[at:][::-1].translate(_MIRROR))
    return "".join(out)


def _numbers(piece: str) -> str:
    return _NUMBER.sub(lambda n: n.group()[::-1], piece)

"""Right-to-left lines of a PDF back in reading (logical) order.

A PDF draws glyphs left to right, so a Hebrew or Arabic line is stored in visual order (as the
Unicode bidirectional algorithm laid it out): read by position its letters come backwards, a
line mixing scripts ("<label>: jane@example.com | <label>: +1 555 0100") has its parts in the
opposite order, and numbers among right-to-left words come number by number reversed. On a
page of right-to-left lines (``RTL_PAGE_SHARE`` of its lines with letters have a right-to-left
one at either end, leftmost or rightmost; Latin lines whose edge marks a right-to-left
paragraph drew, ".Built dashboards -", are not counted: they keep a page, never make one) each line holding a right-to-left letter is read as a
right-to-left paragraph, undoing that layout for the common cases (the algorithm cannot be
inverted in general: a year between right-to-left and Latin words is drawn as one after the
Latin; a range there is put before the Latin when it then runs forwards), and a Latin line gets
its edge marks back. On a left-to-right page such a line is one too when
its leftmost letter is right-to-left (Unicode bidi rule P2: a left-to-right paragraph's first
letter is a Latin one); else it is a left-to-right line ("Languages: English, Hebrew (<word>)
- fluent") and only its right-to-left runs are turned, in place.
"""

from __future__ import annotations

import re
import unicodedata

from atspro.analysis.documents.base import ExtractLimits

__all__ = ["has_rtl", "logical_order"]

RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"  # Hebrew, Arabic, Syriac, Thaana, N'Ko
_RTL = re.compile(f"[{RTL_LETTERS}]")
# The defaults of ``ExtractLimits.pdf_rtl_page_share`` / ``pdf_rtl_max_line`` (pdf.py passes
# the limits it reads with): a share of a page's lines with letters, a line's characters.
RTL_PAGE_SHARE = ExtractLimits().pdf_rtl_page_share
RTL_MAX_LINE = ExtractLimits().pdf_rtl_max_line
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
# a line's edge that a right-to-left paragraph moves: punctuation or a number at either end
# a Latin line drawn by a right-to-left paragraph: its closing stops moved to the left end
# (".Built dashboards"), its bullet to the right end ("Built dashboards -")
_STOPS_LEFT = re.compile(r"[.,:;!?]+(?=[^\W_])")
_NUMBERING_RIGHT = re.compile(r"(?<=\S)\s+([.(])(\d{1,2})$")  # "1." / "1)" drawn ".1" / "(1"
# the list marks a bullet line opens with: those of resume/text.BULLET_CHARS that stand alone
# at a line's edge (the documents package does not import the resume one: kept here)
_BULLETS = "-\u2013\u2022\u25cf\u25aa\u25a0*\u00b7\u2219\u27a2\u25ba\u2023\u2043"
_BULLET_MARKS = frozenset(_BULLETS)
_BULLET_RIGHT = re.compile(rf"(?<=\S)\s+([{re.escape(_BULLETS)}])$")
# a leading "." before another one or a name written with a dot (".NET Core", "...and more")
# is the line's own, never a closing stop a right-to-left paragraph moved (".Built dashboards";
# ".AWS and Azure": round 17, capitals alone are a sentence's first word, its stop moved)
_OWN_DOT = re.compile(r"\.(?:\.|(?:NET|Net)(?![A-Za-z]))")
# a Latin line opening with a count of years ("5 years of SQL", "3+ months in Go"): a
# right-to-left paragraph draws the count, a number, at the line's other end ("years of SQL 5")
_DURATION_FIRST = re.compile(r"(?:years?|yrs?|months?)\b", re.IGNORECASE)
_COUNT = re.compile(r"\+?\d{1,2}")
# a year range opening a piece, then a space before a Latin letter ("2102 - 6102 emcA" read
# back): the range and the words are two runs when so read the range runs forwards
_LEAD_RANGE = re.compile(
    r"(\d+(?:[./]\d+)*)(\s*[-\u2013\u2014]\s*)(\d+(?:[./]\d+)*)(\s+)(?=(?!["
    + RTL_LETTERS
    + r"])[^\W\d_])"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# a bracket's years read back, its closing bracket then a space ("9102 - 6102) emcA")
_BRACKET_YEARS = re.compile(r"(\d+(?:[./]\d+)*(?:\s*[-\u2013\u2014]\s*\d+(?:[./]\d+)*)?)[)\]]\s")
# on a left-to-right line, a right-to-left run: from such a letter to such a letter, with no
# Latin letter between (spaces, numbers and punctuation between are the run's)
_RTL_RUN = re.compile(
    rf"[{RTL_LETTERS}](?:(?:(?![{RTL_LETTERS}])[\W\d_]|[{RTL_LETTERS}])*[{RTL_LETTERS}])?"
)
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")
_CLOSING_MARKS = frozenset(".,:;!?")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"))


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter."""
    return _RTL.search(text) is not None


def logical_order(
    text: str, *, page_share: float | None = None, max_line: int | None = None
) -> str:
    """``text`` (a page's lines in visual order) with each line that holds a right-to-left
    letter in reading order; on a page of right-to-left lines (``page_share``, default
    ``RTL_PAGE_SHARE``), a line of numbers alone too (a right-to-left paragraph draws
    "2016 - 2019" as "2019 - 2016"); other lines unchanged, and lines longer than ``max_line``
    (default ``RTL_MAX_LINE``)."""
    page_share = RTL_PAGE_SHARE if page_share is None else page_share
    max_line = RTL_MAX_LINE if max_line is None else max_line
    lines = text.split("\n")
    rtl = [has_rtl(line) for line in lines]
    latin = [line for line, r in zip(lines, rtl, strict=True) if not r and _LETTER.search(line)]
    # a line with a right-to-left word inside, Latin letters at both ends, is no sign of a page
    edges = sum(
        1
        for line, r in zip(lines, rtl, strict=True)
        if r and (_starts_rtl(line) or _starts_rtl(line[::-1]))
    )
    # the right-to-left lines carry the page; a Latin line whose edge marks a right-to-left
    # paragraph drew (".Built dashboards -") is no count against it, never a sign for it
    # (an English page's lines ending " -" or " ·" tip no page by themselves); one drawn left
    # to right ("- Built dashboards.") counts against it as any Latin line (a Hebrew CV may
    # hold English paragraphs set left to right: its own lines still make it right-to-left)
    against = sum(1 for line in latin if _direction_sign(line) >= 0)
    rtl_page = edges >= page_share * (sum(rtl) + against) and edges > 0
    return "\n".join(
        line if len(line) > max_line else _logical(line, r, rtl_page)
        for line, r in zip(lines, rtl, strict=True)
    )


def _logical(line: str, rtl: bool, rtl_page: bool) -> str:
    """One line (``rtl``: it holds a right-to-left letter) in reading order."""
    if not rtl:
        if not rtl_page:
            return line
        if _LETTER.search(line):
            return _latin_edges(line)
        # a range of numbers alone drawn oldest first was never turned ("2016 - 2019")
        return line if _forwards(line) or not _NUMBER.search(line) else _logical_line(line)
    if rtl_page or _starts_rtl(line):
        return _logical_line(line)
    return _RTL_RUN.sub(lambda m: _logical_line(m.group()), line)  # a left-to-right line


def _direction_sign(line: str) -> int:
    """1 when a Latin line's edges are a left-to-right paragraph's (a bullet opening it, a
    stop or colon closing it), -1 when a right-to-left one's (the same, each at the other
    end), 0 when they show neither."""
    bare = line.strip()
    ltr = (bare[:1] in _BULLET_MARKS and bare[1:2] == " ") or bare[-1:] in _CLOSING_MARKS
    rtl = (bare[-1:] in _BULLET_MARKS and bare[-2:-1] == " ") or (
        bare[:1] in _CLOSING_MARKS and not _OWN_DOT.match(bare)
    )
    return 0 if ltr == rtl else 1 if ltr else -1


def _latin_edges(line: str) -> str:
    """A Latin line on a right-to-left page with its edge marks back at their ends: the
    paragraph's direction moved them (".Built dashboards -" is "- Built dashboards."); its
    words, numbers and brackets stand as drawn (one left-to-right run)."""
    bare = line.strip()
    stops = _STOPS_LEFT.match(bare) if not _OWN_DOT.match(bare) else None
    # a bullet at both ends ("• Python • SQL •") was drawn as written
    bullet = _BULLET_RIGHT.search(bare) if bare[:1] not in _BULLET_MARKS else None
    head = bullet.group(1) + " " if bullet else ""
    if bullet is None and (bullet := _NUMBERING_RIGHT.search(bare)):
        head = bullet.group(2) + bullet.group(1).translate(_MIRROR) + " "  # ".1" is "1."
    core = bare[stops.end() if stops else 0 : bullet.start() if bullet else len(bare)]
    # only a line whose edges show a right-to-left paragraph drew it has its count moved: an
    # English line set left to right keeps it ("Years of experience: 5")
    counted = _count_first(core) if _direction_sign(line) < 0 else core
    if not stops and not bullet and counted == core:
        return line
    return head + counted + (stops.group()[::-1] if stops else "")


def _count_first(core: str) -> str:
    """ "years of SQL 5" -> "5 years of SQL", "months in Go +3" -> "3+ months in Go": the
    count a right-to-left paragraph drew at the end of a Latin line put back before its
    duration word; any other line as it is ("Windows 10", "Python 3"). The caller moves it
    only on a line whose edge marks show it was drawn right to left."""
    rest, _, last = core.rpartition(" ")
    if not rest or not _COUNT.fullmatch(last) or not _DURATION_FIRST.match(rest):
        return core
    plus = "+" if last.startswith("+") else ""
    return f"{last.lstrip('+')}{plus} {rest.rstrip()}"


def _starts_rtl(line: str) -> bool:
    """Whether the first letter of ``line`` is a right-to-left one."""
    first = _LETTER.search(line)
    return first is not None and has_rtl(first.group())


def _logical_line(line: str) -> str:
    """The line read from the right (brackets mirrored back), then each piece written left to
    right turned again: a piece with a Latin letter whole ("Jan 2020 - Present", "Statistics,
    2013", an e-mail), a piece of numbers only number by number — among right-to-left words
    "+1 217 555 0134" and "2016 - 2019" are drawn with their numbers in the opposite order."""
    back = _pieces_turned(line[::-1].translate(_MIRROR))
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), back)


def _pieces_turned(back: str) -> str:
    """``back`` with each left-to-right piece turned (``_turn``); a piece of words ending in a
    bracket it opened ("SQL (advanced)" read back as "(decnavda) LQS") takes that bracket
    along. A piece opening with a number is ``_turn``'s ("<word> (4), Power BI": the count
    stands among the right-to-left words) unless the bracket holds years that, so read, would
    run backwards or a year alone ("Data Analyst (2016 - 2019)", "Acme (2019)")."""
    out: list[str] = []
    at = 0
    for m in _LTR_PIECE.finditer(back):
        start, piece = m.start(), m.group()
        for opening, closing in _PAIRS if not piece[0].isdigit() or _dated(piece) else ():
            if (
                start > at
                and back[start - 1] == opening
                and piece.count(closing) > piece.count(opening)
            ):
                start -= 1
                piece = opening + piece
                break
        out.append(back[at:start] + _turn(piece))
        at = m.end()
    out.append(back[at:])
    return "".join(out)


def _turn(piece: str) -> str:
    if not _LETTER.search(piece):
        return _numbers(piece)
    out: list[str] = []
    at = 0
    # "<word> 2012 - 2016 Hooli University": the years after the right-to-left word are a run
    # of their own, drawn right of the Latin words; read as one run the range goes backwards
    if (lead := _LEAD_RANGE.match(piece)) and _ascending(lead.group(1), lead.group(3)):
        out.append(_numbers(lead.group(1) + lead.group(2) + lead.group(3)) + lead.group(4))
        at = lead.end()
    # "<word> (4), Power BI": the numbers stand among the right-to-left words (a loop: a line
    # may hold a long list of them)
    while lead := _LEAD_NUMBERS.match(piece, at):
        out.append(_numbers(lead.group(1)) + lead.group(2))
        at = lead.end()
    out.append(piece[at:][::-1].translate(_MIRROR))
    return "".join(out)


def _dated(piece: str) -> bool:
    """Whether a piece read back opens with years in a bracket ("9102 - 6102) emcA") that
    date the words after them: one year, or a range that read apart runs backwards."""
    lead = _BRACKET_YEARS.match(piece)
    if lead is None:
        return False
    years = [_YEAR.findall(n[::-1]) for n in _NUMBER.findall(lead.group(1))]
    years = [y[-1] for y in years if y]
    return len(years) == 1 or (len(years) > 1 and years[0] > years[-1])


def _forwards(line: str) -> bool:
    """Whether ``line`` holds years oldest first ("2016 - 2019", "03/2016 - 12/2019")."""
    years = _YEAR.findall(line)
    return len(years) > 1 and years[0] < years[-1]


def _ascending(first: str, second: str) -> bool:
    """Whether two numbers read back ("2102", "6102/30") are years in order, oldest first."""
    a, b = (_YEAR.findall(n[::-1]) for n in (first, second))
    return bool(a and b) and a[-1] < b[-1]


def _numbers(piece: str) -> str:
    return _NUMBER.sub(lambda n: n.group()[::-1], piece)

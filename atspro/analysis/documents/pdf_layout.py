"""Reading order for a PDF page from positioned fragments: lines, columns, tables.

The page is cut into rows (fragments sharing a baseline). If a vertical gutter runs through
most rows, rows that cross it ("full-width" rows such as a name header) split the page into
regions, and each region is read either column by column or row by row:

* column by column (left column, then right) for real two-column layouts — the sidebar and
  the main text stay contiguous even when the PDF draws them interleaved line by line;
* row by row when the two sides line up baseline for baseline *and* the PDF draws them row by
  row — a table, or a timeline with dates in a narrow left column next to each job title.

A plain single-column page has no gutter and is read row by row, top to bottom.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from atspro.analysis.documents.pdf_columns import (
    GUTTER_PAD_PT,
    MIN_COLUMN_LINES,
    MIN_LIST_LINES,
    OPEN_RANGE,
    RANGE_WRAP_SPACING,
    columns_drawn_apart,
    columns_run_apart,
    date_only,
    dates_column,
    extent,
    find_gutter,
    in_one_band,
    margin_headings,
    prose_columns,
    sidebar_side,
)
from atspro.analysis.documents.wordml import PAGE_LABEL

ROW_TOLERANCE = 0.4  # baselines closer than this (x font size) are on the same row
WORD_GAP = 0.1  # a gap wider than this (x font size) between fragments is a space ...
# ... or, between pieces of a PDF's text layer (exact glyph advances, unlike OCR boxes), this:
# a word drawn in two colours ("edu" + "cation", first letters highlighted) leaves 0.106 em
# between its pieces; the narrowest word gap drawn without a space glyph on the real files is
# 0.15 em (a justified LaTeX line).
DRAWN_WORD_GAP = 0.125
# the same text drawn again less than this (x its width) to the right is one text drawn twice
# (fake bold, a shadow): a glyph drawn alone is narrow, its copy 0.2-0.5 of its width apart
# ("EXPERIIENCE"); a doubled letter ("ll") is a whole advance apart
DRAWN_TWICE = 0.5
WIDE_GAP = 2.0  # ... wider than this is a tab stop / cell gap, written as two spaces
LETTER_SPACING = 0.05  # display text whose letters sit this far apart (x size) is letter-spaced
SEGMENT_GAP = 1.0  # ... wider than this splits a row into separate segments
CELL_GAP_RATIO = 3.0  # a gap this many times the row's word gap (and > SEGMENT_GAP) parts cells
SCRIPT_SIZE = 0.8  # a row this much smaller than the next line may be its super/subscript
SCRIPT_OFFSET = 0.6  # ... if its baseline is within this (x line font size)
ALIGN_TOLERANCE_PT = 1.6  # two sides' baselines this close count as "on the same line"
ALIGNED_SHARE = 0.75  # share of the sparser side's lines aligned to call a region a grid
CENTRED_MARGIN_PT = 12.0  # a centred full-width row keeps this much space on both sides
CENTRED_TOLERANCE_PT = 10.0
CENTRED_MAX_GAP = 2.5  # x font size: widest gap inside a centred full-width row
MAX_DEPTH = 1  # columns inside a column are looked for once
COLUMN_PAST_LINES = 6.0  # x font size: how far a column running past a long row is looked for
CELL_LINE_SPACING = 1.6  # x font size: a grid cell's next line is at most this far below
LINK_WRAP_REACH = 1.5  # x font size: a web address this close to its column's edge may wrap
# A page's head (name, contact details) above its columns: at most this many rows, and a gap
# this wide under it (x the next line's font size, baseline to baseline)
# a first or last row in small print this far (x its size) from the rest is a running head or
# footer, left out of the page's text height
RUNNING_LINE_GAP = 4.0
# a footer of two rows (the contact line over "Page 1 of 2"): its rows this close (x font size)
FOOT_ROW_SPACING = 1.8
# a section label drawn turned along a sidebar's block: at most so many words
TURNED_LABEL_WORDS = 3
TURNED_LABEL_REACH = 8.0  # x its size: how far right of the label the block it heads starts
TURNED_BLOCK_SPACING = 2.0  # x font size: the widest line spacing inside the block a label heads
LABEL_ABOVE = 1.3  # x the block's font size: where a turned label is read, above the block
HEAD_MAX_ROWS = 6
HEAD_GAP = 3.0
# a left column of labels and dates (``_label_column``): labels of at most so many words, each
# on a baseline of the right side or with none of its lines this near (x font size)
LABEL_MAX_WORDS = 4
LABEL_REACH = 1.2
LABEL_MAX_WIDTH = 0.75  # x the right side's width: the widest a label column is
# two sides on the same baselines each with this many headings (``_headed_sides``, capitals or
# larger print of this many letters at least) are a sidebar and a body, not a grid's rows
SIDE_HEADINGS = 2
HEADING_MIN_LETTERS = 4


@dataclass(slots=True)
class Fragment:
    """One shown string: its page position (PDF points, y up) and how it is painted."""

    x0: float
    x1: float
    y: float
    size: float
    text: str
    order: int
    hidden: bool = False
    rotated: bool = False
    on_page: bool = True
    drawn: bool = False  # from a PDF's text layer (exact advances), not an OCR'd box
    cell: int = -1  # the small painted box (a tag, a table cell) it sits in (``pdf_cells``)
    y1: float = 0.0  # where its baseline ends (turned text runs up or down the page)


@dataclass(slots=True)
class Segment:
    frags: list[Fragment]
    x0: float
    x1: float
    y: float
    size: float
    order: int


@dataclass(slots=True)
class Row:
    segments: list[Segment]
    y: float


@dataclass(slots=True)
class PageLayout:
    lines: list[str] = field(default_factory=list)
    columns: bool = False
    table_like: bool = False
    sidebar: list[int] = field(default_factory=list)  # indexes of ``lines`` in a sidebar
    sidebar_left: bool = False
    text_height: float = 0.0  # top to bottom baseline of the page's text, points
    largest: float = 0.0  # the page's largest font size (its name's, mostly)
    foot: str = ""  # the page's running footer, read last (``_running_rows``)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _letter_spaced_gap(frags: list[Fragment]) -> float | None:
    """For a letter-spaced line ("J A R E D   R I C H A R D S" drawn glyph by glyph): the gap
    above which a space is a word break; None for ordinary text."""
    glyphs = [f for f in frags if f.text.strip()]
    if len(glyphs) < 5 or sum(len(f.text.strip()) <= 2 for f in glyphs) < 0.8 * len(glyphs):
        return None
    if not all(f.text.strip().isalpha() for f in glyphs):  # display names/headings only
        return None
    gaps = sorted(b.x0 - a.x1 for a, b in itertools.pairwise(glyphs))
    typical = gaps[len(gaps) // 2]
    size = max(min(f.size for f in glyphs), 1.0)
    if typical <= LETTER_SPACING * size:  # ordinary kerning, not spaced-out letters
        return None
    # Spaced-out letters all stand apart; short words drawn in kerned pieces ("A D" "AY",
    # "importan" "t") touch or overlap inside a word: ordinary text with word gaps.
    if gaps[len(gaps) // 5] <= LETTER_SPACING * size:
        return None
    return typical * 2.5


def _cell_gap(frags: list[Fragment]) -> float:
    """The gap (x font size) above which a row's gap parts two cells: wider than a segment gap
    and than a few of the row's own word gaps ("Pune, India   Northfield College" in a
    table row), so a justified line's wide word gaps stay single spaces."""
    if len(frags) < 4:
        return WIDE_GAP
    size = max(min(f.size for f in frags), 1.0)
    gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(frags)]
    words = sorted(g for g in gaps if WORD_GAP * size < g <= WIDE_GAP * size)
    if len(words) < 2:
        return WIDE_GAP
    return max(SEGMENT_GAP, CELL_GAP_RATIO * words[len(words) // 2] / size)


# A TeX font without accented letters draws the accent as a glyph of its own over the letter
# ("Ko¸" "c", "¨" over "U"): each spacing accent and the combining mark it stands for.
_ACCENTS = dict(
    zip(
        "¨´`ˆ˜¸ˇ˘˙˚¯˝˛",
        "\u0308\u0301\u0300\u0302\u0303\u0327\u030c\u0306\u0307\u030a\u0304\u030b\u0328",
        strict=True,
    )
)
_ACCENT = re.compile("[" + "".join(_ACCENTS) + "]")


def _placed_accents(ordered: list[Fragment]) -> list[Fragment]:
    """``ordered`` with each accent drawn over a letter put on that letter ("Faç", "Üsk"):
    an accent ending a piece goes on the first letter of the next piece when that one is
    drawn back over it; an accent drawn alone goes on the letter of the piece under it."""
    out = [replace(f) for f in ordered]
    for i, frag in enumerate(out):
        nxt = next((g for g in out[i + 1 :] if g.text.strip() not in _ACCENTS), None)
        accent = frag.text[-1:]
        if (
            accent in _ACCENTS
            and len(frag.text) > 1
            and nxt is not None
            and nxt.x0 < frag.x1 - 0.5
            and nxt.text[:1].isalpha()
        ):
            frag.text = frag.text[:-1]
            nxt.text = _compose(nxt.text, 0, accent)
    kept: list[Fragment] = []
    for frag in out:
        if frag.text.strip() in _ACCENTS:
            centre = (frag.x0 + frag.x1) / 2
            under = next((g for g in out if g is not frag and g.x0 <= centre <= g.x1), None)
            if under is not None and under.text and "/" not in under.text:  # no glyph name
                at = min(
                    int((centre - under.x0) / max(under.x1 - under.x0, 0.1) * len(under.text)),
                    len(under.text) - 1,
                )
                if under.text[at].isalpha():
                    under.text = _compose(under.text, at, frag.text.strip())
                    continue
        kept.append(frag)
    return kept


def _compose(text: str, at: int, accent: str) -> str:
    return text[:at] + unicodedata.normalize("NFC", text[at] + _ACCENTS[accent]) + text[at + 1 :]


def join_fragments(frags: Iterable[Fragment]) -> str:
    """Text of fragments on one line, left to right, with spaces where the gaps are."""
    parts: list[str] = []
    prev: Fragment | None = None
    ordered = sorted(frags, key=lambda f: f.x0)
    if _ACCENT.search("".join(f.text for f in ordered)):
        ordered = _placed_accents(ordered)
    spaced = _letter_spaced_gap(ordered)
    if spaced is not None:
        words: list[str] = []
        for frag in ordered:
            if not frag.text.strip():
                continue
            if prev is not None and frag.x0 - prev.x1 > spaced:
                words.append(" ")
            words.append(frag.text.strip())
            prev = frag
        return "".join(words).strip()
    cell_gap: float | None = None  # worked out only for a row with a gap over 1 em
    for frag in ordered:
        if prev is not None:
            gap = frag.x0 - prev.x1
            size = max(min(frag.size, prev.size), 1.0)
            if frag.text == prev.text and abs(frag.x0 - prev.x0) < DRAWN_TWICE * (
                frag.x1 - frag.x0
            ):  # same text drawn twice with an offset ("fake bold", shadows)
                continue
            boundary = parts[-1][-1:].isspace() or frag.text[:1].isspace()
            wide = gap > WIDE_GAP * size
            if not wide and gap > SEGMENT_GAP * size:  # two table cells? ("•  x" is a bullet)
                if cell_gap is None:
                    cell_gap = _cell_gap(ordered)
                mark = prev.text.strip()
                wide = gap > cell_gap * size and not (len(mark) == 1 and not mark.isalnum())
            spaced = gap > _word_gap(prev, frag) * size
            if wide or (spaced and prev.cell != frag.cell and min(prev.cell, frag.cell) >= 0):
                parts.append("  ")  # a cell gap, or two tags' boxes ("Redis  Docker")
            elif spaced and not boundary:
                parts.append(" ")
        parts.append(frag.text)
        prev = frag
    return "".join(parts).strip()


def _word_gap(a: Fragment, b: Fragment) -> float:
    return DRAWN_WORD_GAP if a.drawn and b.drawn else WORD_GAP


def _rows(frags: list[Fragment]) -> list[Row]:
    """Cluster fragments into rows by baseline (top to bottom) and split rows into segments."""
    rows: list[list[Fragment]] = []
    ref_y = ref_size = 0.0
    for frag in sorted(frags, key=lambda f: (-f.y, f.x0)):
        if rows and abs(frag.y - ref_y) <= ROW_TOLERANCE * max(min(frag.size, ref_size), 1.0):
            rows[-1].append(frag)
        else:
            rows.append([frag])
            ref_y, ref_size = frag.y, frag.size
    rows = _merge_scripts(rows)
    return [Row(segments=_segments(row), y=row[0].y) for row in rows]


def _merge_scripts(rows: list[list[Fragment]]) -> list[list[Fragment]]:
    """Put superscripts/subscripts ("1st", footnote marks) back on the line they belong to."""
    merged: list[list[Fragment]] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        small = max(f.size for f in row)
        base = rows[i + 1] if i + 1 < len(rows) else None  # superscript: its line is below
        if base is not None and _is_script_of(row, small, base):
            base.extend(row)
        elif merged and _is_script_of(row, small, merged[-1]):  # subscript: line is above
            merged[-1].extend(row)
        else:
            merged.append(row)
        i += 1
    return merged


def _is_script_of(row: list[Fragment], small: float, line: list[Fragment]) -> bool:
    size = max(f.size for f in line)
    if small > SCRIPT_SIZE * size or abs(row[0].y - line[0].y) > SCRIPT_OFFSET * size:
        return False
    # a script sits in a gap of its line; a separate small-print line would overlap it
    return not any(a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 for a in row for b in line)


def _segments(row: list[Fragment]) -> list[Segment]:
    segments: list[Segment] = []
    current: list[Fragment] = []
    right = 0.0
    for frag in sorted(row, key=lambda f: f.x0):
        if current and frag.x0 - right > SEGMENT_GAP * max(frag.size, 1.0):
            segments.append(_segment(current))
            current = []
        current.append(frag)
        right = max(right, frag.x1) if len(current) > 1 else frag.x1
    if current:
        segments.append(_segment(current))
    return segments


def _segment(frags: list[Fragment]) -> Segment:
    return Segment(
        frags=frags,
        x0=min(f.x0 for f in frags),
        x1=max(f.x1 for f in frags),
        y=sum(f.y for f in frags) / len(frags),
        size=max(f.size for f in frags),
        order=min(f.order for f in frags),
    )


def layout_page(frags: list[Fragment]) -> PageLayout:
    """Lines of one page in reading order."""
    upright = [f for f in frags if not f.rotated and f.on_page]
    rest = [f for f in frags if f.rotated or not f.on_page]
    if rest and upright:
        labels = _turned_labels(rest, upright)
        if labels:
            upright += list({id(label): label for label in labels.values()}.values())
            rest = [f for f in rest if id(f) not in labels]
    out = PageLayout()
    rows = _rows(upright)
    top, bottom = _running_rows(rows)
    if upright:
        out.text_height = rows[top].y - rows[bottom - 1].y
        out.largest = max((f.size for f in upright if f.text.strip()), default=0.0)
    _read_rows(rows[:top], out, depth=0)
    _read_rows(rows[top:bottom], out, depth=0)
    if bottom < len(rows):  # of a two-row footer, the row that is no page number
        feet = [_row_text(row.segments) for row in rows[bottom:]]
        out.foot = next((t for t in reversed(feet) if not _page_label(t)), feet[-1])
        _read_rows(rows[bottom:], out, depth=0)
    if rest:  # rotated or off-page text: keep it (an ATS reads it) after the page body
        out.lines.extend(_stream_lines(rest))
    return out


def _turned_labels(rest: list[Fragment], upright: list[Fragment]) -> dict[int, Fragment]:
    """Section labels drawn turned up or down a sidebar's edge ("CONTACT", "SKILLS" along the
    block they head), each as an upright line above the block beside it: read after the page
    body, every label came after all the blocks, which fell under the section before them.
    A label is a turned run of at most ``TURNED_LABEL_WORDS`` words of letters, glyph by glyph
    or whole, with upright text starting right of it (within ``TURNED_LABEL_REACH`` x its size)
    across its length. Keyed by the id of each turned piece it replaces (the first carries it)."""
    runs: list[list[Fragment]] = []
    for frag in sorted(rest, key=lambda f: f.order):
        if not frag.rotated or not frag.on_page or frag.hidden:
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and abs(last.x0 - frag.x0) < 1.0
            and abs(frag.y - last.y1) <= SEGMENT_GAP * max(last.size, 1.0)
        ):
            runs[-1].append(frag)
        else:
            runs.append([frag])
    out: dict[int, Fragment] = {}
    for run in runs:
        up = run[0].y1 >= run[0].y  # read upwards (turned 90 degrees) or downwards
        ordered = sorted(run, key=lambda f: f.y if up else -f.y)
        text = ordered[0].text
        for a, b in itertools.pairwise(ordered):
            gap = (b.y - a.y1) if up else (a.y1 - b.y)
            text += (" " if gap > WORD_GAP * max(a.size, 1.0) else "") + b.text
        text = " ".join(text.split())
        words = text.split()
        if not words or len(words) > TURNED_LABEL_WORDS or not text.replace(" ", "").isalpha():
            continue
        size = max(f.size for f in run)
        low = min(min(f.y, f.y1) for f in run) - size
        high = max(max(f.y, f.y1) for f in run) + size
        x = max(f.x1 for f in run)
        beside = [
            f
            for f in upright
            if low <= f.y <= high and x < f.x0 <= x + TURNED_LABEL_REACH * size and f.text.strip()
        ]
        if not beside:
            continue
        left = min(f.x0 for f in beside)
        top = max((f for f in beside if f.x0 - left < 1.0), key=lambda f: f.y)
        for frag in sorted((f for f in upright if abs(f.x0 - left) < 1.0), key=lambda f: f.y):
            # the block goes on above the label's reach: its first line, spaced as the rest
            if top.y < frag.y <= top.y + TURNED_BLOCK_SPACING * top.size:
                top = frag
        label = Fragment(
            x0=left,
            x1=left + top.size * len(text) / 2,
            y=top.y + LABEL_ABOVE * top.size,
            size=top.size,
            text=text,
            order=top.order,
            drawn=run[0].drawn,
        )
        out[id(run[0])] = label
        out.update({id(f): label for f in run[1:]})
    return out


def _running_rows(rows: list[Row]) -> tuple[int, int]:
    """Where the page's body starts and ends in ``rows``: a first or last row in small print
    standing far apart from the rest is a running head or footer, read on its own and left
    out of the page's text height. A footer's "Name | Page 1" at the page's foot, counted in,
    had doubled the height a sidebar is measured against and widened the column it fell in,
    and a right sidebar down page 1 was read in place, between two pages' parts of the last
    role."""
    if len(rows) < 4:
        return 0, len(rows)
    body = _median_size(s for row in rows for s in row.segments)

    def apart(row: Row, gap: float) -> bool:
        size = max(s.size for s in row.segments)
        return size <= body and gap > RUNNING_LINE_GAP * size

    top = 1 if apart(rows[0], rows[0].y - rows[1].y) else 0
    bottom = len(rows)
    last, above = rows[-1], rows[-2]
    if apart(last, above.y - last.y):
        bottom -= 1
    elif (  # a footer of two rows (the contact line over "Page 1 of 2")
        len(rows) > 4
        and apart(above, rows[-3].y - above.y)
        and (size := max(s.size for s in last.segments)) <= body
        and above.y - last.y <= FOOT_ROW_SPACING * size
    ):
        bottom -= 2
    return top, bottom


def _page_label(text: str) -> bool:
    return bool(PAGE_LABEL.fullmatch(text)) and any(c.isdigit() for c in text)


def _row_text(segments: list[Segment]) -> str:
    return join_fragments(f for s in segments for f in s.frags)


def _stream_lines(frags: list[Fragment]) -> list[str]:
    lines: list[list[Fragment]] = []
    for frag in sorted(frags, key=lambda f: f.order):
        if lines and abs(lines[-1][-1].y - frag.y) < 1.0 and not frag.rotated:
            lines[-1].append(frag)
        else:
            lines.append([frag])
    return [text for line in lines if (text := " ".join(f.text.strip() for f in line).strip())]


def _read_rows(rows: list[Row], out: PageLayout, depth: int) -> None:
    """Lines of ``rows`` (a page, or one column of it) in reading order."""
    gutter = find_gutter([s for row in rows for s in row.segments]) if rows else None
    if gutter is None:  # one column; runs of rows in two pieces may be two lists
        run: list[Row] = []
        right = max((s.x1 for row in rows for s in row.segments), default=0.0)
        last: Row | None = None  # the row of the line last written, when it was one piece
        written: list[Row] = []  # one-piece rows written since the last run, one line each
        for row in rows:
            if len(row.segments) >= 2 or (run and _next_cell_line(run, row)):
                run.append(row)
                last = None
                continue
            if run:
                _flush_run(run, written, out)
                run, written = [], []
            text = _row_text(row.segments)
            if last is not None and _link_wraps(last, row, text, out.lines[-1], right):
                out.lines[-1] += text
                written = []
            elif text:
                out.lines.append(text)
                written.append(row)
            last = row if text else None
        _flush_run(run, written, out)
    else:
        segments = [s for row in rows for s in row.segments]
        area = (min(s.x0 for s in segments), max(s.x1 for s in segments))
        head = _head_rows(rows, gutter) if depth == 0 else 0
        if head:  # the page's head (name, contact) before the columns under it
            _read_regions(rows[:head], gutter, area, out, depth)
        _read_regions(rows[head:], gutter, area, out, depth)


def _head_rows(rows: list[Row], gutter: float) -> int:
    """How many of the page's first rows are its head, read before the columns below: a few
    rows holding the page's largest text (the name) with text on both sides of the gutter (a
    contact block right of the name), then a wide gap across the page. Read with the columns,
    the contact block came after the whole left column (a sidebar's education), its place lost
    to the contact reader. 0 when the page has no such head."""
    largest = max(s.size for row in rows for s in row.segments)
    for k in range(1, min(HEAD_MAX_ROWS, len(rows) - 1) + 1):
        below = rows[k]
        if rows[k - 1].y - below.y < HEAD_GAP * max(s.size for s in below.segments):
            continue
        segments = [s for row in rows[:k] for s in row.segments]
        both = any(s.x1 <= gutter for s in segments) and any(s.x0 >= gutter for s in segments)
        return k if both and max(s.size for s in segments) >= largest else 0
    return 0


def _read_regions(
    rows: list[Row], gutter: float, area: tuple[float, float], out: PageLayout, depth: int
) -> None:
    region: list[tuple[Row, list[Segment], list[Segment]]] = []
    wide: list[Row] = []  # consecutive rows crossing the gutter
    for i, row in enumerate(rows):
        if _full_width(row, gutter, area) and not _column_runs_past(rows, i):
            _flush_region(region, out, depth)
            region = []
            wide.append(row)
            continue
        _flush_wide(wide, out)
        wide = []
        if _full_width(row, gutter, area):  # a long line of the left side: it stays there
            region.append((row, row.segments, []))
            continue
        left = [s for s in row.segments if s.x1 <= gutter + GUTTER_PAD_PT]
        right = [s for s in row.segments if s.x1 > gutter + GUTTER_PAD_PT]
        region.append((row, left, right))
    _flush_wide(wide, out)
    _flush_region(region, out, depth)


def _column_runs_past(rows: list[Row], i: int) -> bool:
    """Whether a column on the right runs on past row ``i`` though the row crosses the gutter:
    the nearest text right of the row's end, above it and below it (each within a few lines),
    is one column (the two overlap). An infographic's row of labels crossing the page's
    gutter had cut its timeline in two."""
    row = rows[i]
    end = max(s.x1 for s in row.segments) + GUTTER_PAD_PT
    reach = COLUMN_PAST_LINES * max(s.size for s in row.segments)

    def nearest(indexes: range) -> Segment | None:
        for j in indexes:
            if abs(rows[j].y - row.y) > reach:
                return None
            if found := next((s for s in rows[j].segments if s.x0 > end), None):
                return found
        return None

    above = nearest(range(i - 1, -1, -1))
    below = nearest(range(i + 1, len(rows)))
    return bool(above and below and above.x0 < below.x1 and below.x0 < above.x1)


def _flush_run(run: list[Row], written: list[Row], out: PageLayout) -> None:
    """Flush a run of rows in two or more pieces (``_flush_wide``), taking with it the
    one-piece rows right above it that lie in one of its first row's pieces, when together
    they are lists or blocks side by side: a paragraph beside an infographic's badge starts a
    line or two above the badge's first line, which shares a baseline with one of its lines."""
    above: list[Row] = []
    if run and len(run[0].segments) >= 2:
        below = run[0]
        for row in reversed(written):
            size = max(s.size for s in row.segments)
            if row.y - below.y > CELL_LINE_SPACING * size or not in_one_band(
                [run[0].segments], row.segments[0]
            ):
                break
            above.insert(0, row)
            below = row
    sides = columns_drawn_apart([row.segments for row in above + run]) if above else None
    if sides and all(len(side) >= MIN_LIST_LINES for side in sides):  # blocks, not a label
        del out.lines[-len(above) :]
        run = above + run
    _flush_wide(run, out)


def _flush_wide(rows: list[Row], out: PageLayout) -> None:
    """Rows crossing the gutter (or rows in two pieces in a single column), row by row; or,
    when they are lists or grid cells of their own drawn one after the other (a two-column
    course list inside the main column, a grid of certificates), list by list."""
    sides = columns_drawn_apart([row.segments for row in rows])
    if sides:
        out.lines.extend(text for side in sides for segs in side if (text := _row_text(segs)))
        return
    if any(len(row.segments) < 2 for row in rows):  # no grid: each run of two-piece rows alone
        for two, run in itertools.groupby(rows, key=lambda row: len(row.segments) >= 2):
            if two:
                _flush_wide(list(run), out)
            else:
                out.lines.extend(text for row in run if (text := _row_text(row.segments)))
        return
    out.lines.extend(text for row in rows if (text := _row_text(row.segments)))


def _link_wraps(above: Row, row: Row, text: str, line: str, right: float) -> bool:
    """Whether ``text`` (a one-piece row) is the end of a web address wrapped at the column's
    edge on the line above ("linkedin.com/in/jane-" / "a1b2c3" in a narrow sidebar): the line
    above ends in an address reaching the column's right edge, and this row, right under it at
    the same x, is one piece of address characters that starts no address or word of its own."""
    size = max(s.size for s in row.segments)
    seg, top = row.segments[0], above.segments[-1]
    return bool(
        above.y - row.y <= CELL_LINE_SPACING * size
        and abs(seg.x0 - above.segments[0].x0) <= ALIGN_TOLERANCE_PT
        and right - top.x1 <= LINK_WRAP_REACH * size
        and _LINK_END.search(line)
        and _LINK_REST.fullmatch(text)
        and not _LINK_START.search(text)
    )


_LINK_END = re.compile(r"(?:^|\s)(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/[^\s@]*$")
# ... and may end in the kind of site a profile export writes after it: "a1b2c3 (LinkedIn)"
_LINK_REST = re.compile(r"[a-z0-9][\w\-./?=&%#~+]*(?: \([A-Z][A-Za-z]+\))?")
_LINK_START = re.compile(r"://|^www\.|\.(?:com|org|net|io|dev|me)\b", re.IGNORECASE)


def _next_cell_line(run: list[Row], row: Row) -> bool:
    """A one-piece row right under rows in two or more pieces, lying in one of their columns:
    a grid cell's next line ("Coursera" under a certificate's name, a wrapped name's end), which
    the grid must keep with its cell."""
    last = run[-1]
    size = max(s.size for s in row.segments)
    if last.y - row.y > CELL_LINE_SPACING * size:
        return False
    return in_one_band([r.segments for r in run], row.segments[0])


def _full_width(row: Row, gutter: float, area: tuple[float, float]) -> bool:
    """A row that belongs to the whole page, not to a column: it crosses the gutter, or it is
    centred with margins on both sides (a contact line "a | b | c" split by wide gaps)."""
    if any(s.x0 < gutter - GUTTER_PAD_PT and s.x1 > gutter + GUTTER_PAD_PT for s in row.segments):
        return True
    x0 = min(s.x0 for s in row.segments)
    x1 = max(s.x1 for s in row.segments)
    if x1 <= gutter or x0 >= gutter:
        return False
    margin = CENTRED_MARGIN_PT
    centred = abs((x0 + x1) / 2 - (area[0] + area[1]) / 2) <= CENTRED_TOLERANCE_PT
    if not (centred and x0 >= area[0] + margin and x1 <= area[1] - margin):
        return False
    # ... and reads on across the gutter like one line (two column lines leave a wide gap)
    left = [s.x1 for s in row.segments if s.x1 <= gutter + GUTTER_PAD_PT]
    right = [s.x0 for s in row.segments if s.x1 > gutter + GUTTER_PAD_PT]
    if not left or not right:  # one segment starting inside the gutter's pad: no two parts
        return False
    left_end, right_start = max(left), min(right)
    size = max(s.size for s in row.segments)
    return right_start - left_end <= CENTRED_MAX_GAP * size


def _flush_region(
    region: list[tuple[Row, list[Segment], list[Segment]]], out: PageLayout, depth: int
) -> None:
    if not region:
        return
    region = _dates_to_the_left(region)
    left_lines = [(_mean_y(left), left) for _, left, _ in region if left]
    right_lines = [(_mean_y(right), right) for _, _, right in region if right]
    if not left_lines or not right_lines:
        for row, _, _ in region:
            if text := _row_text(row.segments):
                out.lines.append(text)
        return
    sparse, dense = sorted((left_lines, right_lines), key=len)
    dense_ys = sorted(y for y, _ in dense)
    aligned = sum(1 for y, _ in sparse if _near(dense_ys, y)) / len(sparse)
    # How often the PDF's drawing order hops between the sides: twice or less means it draws
    # one column after the other; more means it draws row by row.
    drawn = sorted(
        [(s.order, 0) for _, segs in left_lines for s in segs]
        + [(s.order, 1) for _, segs in right_lines for s in segs]
    )
    switches = sum(1 for (_, a), (_, b) in itertools.pairwise(drawn) if a != b)
    few_lines = len(sparse) <= 2
    on_rows = aligned >= ALIGNED_SHARE
    # a column of dates beside what it dates: rows in vertical order (either side, when the
    # two have as many lines: a table's years beside its schools)
    dates = dates_column(sparse, dense, on_rows) or (
        len(sparse) == len(dense) and dates_column(dense, sparse, on_rows)
    )
    row_major = dates or (on_rows and (switches > 2 or few_lines))
    headings = sparse is left_lines and margin_headings(left_lines, len(right_lines))
    if not dates and not headings and _label_column(left_lines, right_lines):
        row_major = headings = True
    elif row_major and not dates and not headings and _headed_sides(left_lines, right_lines):
        row_major = False  # a sidebar on the body's baselines, drawn row by row
    if (
        row_major
        and not headings
        and not dates
        and (prose_columns(left_lines, right_lines) or columns_run_apart(sparse, dense))
    ):
        row_major = False  # two text columns that happen to share baselines
    if row_major:
        texts = [[_row_text(left), _row_text(right)] for _, left, right in region]
        if dates:  # "Jan 2020 -" over "Present" in the gutter: one range, on the entry's row
            on_left = dates_column(sparse, dense, on_rows) == (sparse is left_lines)
            _join_wrapped_ranges(region, texts, 0 if on_left else 1)
        for pair in texts:
            parts = [t for t in pair if t]
            if headings:  # a heading in the margin is a line of its own, above its section
                out.lines.extend(parts)
            elif parts:
                out.lines.append("  ".join(parts))
        if len(sparse) >= MIN_COLUMN_LINES:
            out.table_like = True
        return
    narrow = sidebar_side(left_lines, right_lines, out.text_height) if depth == 0 else None
    first = 0  # the side read first
    if depth == 0 and _name_heads(right_lines, left_lines, out.largest):
        if _opens_with_heading(left_lines):  # a sidebar beside the name's column: after it
            narrow, first = 0, 1
    elif (
        narrow == 1  # a sidebar down the page, not a header's contact block beside the name
        and _name_heads(left_lines, right_lines, out.largest)
        and _opens_with_contact(right_lines)
    ):  # a right sidebar opening with the contact lines under a photo: read first
        first = 1
    sides = list(enumerate((left_lines, right_lines)))
    for side, lines in reversed(sides) if first else sides:
        column = PageLayout()
        if depth < MAX_DEPTH:  # a column may have columns of its own (infographics)
            _read_rows([Row(segments=segs, y=y) for y, segs in lines], column, depth + 1)
            out.table_like |= column.table_like
        else:
            column.lines = [text for _, segs in lines if (text := _row_text(segs))]
        if side == narrow:
            out.sidebar.extend(range(len(out.lines), len(out.lines) + len(column.lines)))
            out.sidebar_left = side == first  # read before the body: first on page 1
        out.lines.extend(column.lines)
    if len(sparse) >= MIN_COLUMN_LINES:
        out.columns = True


def _join_wrapped_ranges(
    region: list[tuple[Row, list[Segment], list[Segment]]], texts: list[list[str]], side: int
) -> None:
    """In ``texts`` (each row's left and right text), a range the dates column (``side``)
    broke after its dash or "to" ("Jan 2020 to" over "Present") joined on its first row: read
    row by row, the range's end stood before the employer beside it ("Present  Acme") and
    the parser took it for no date or lost the employer."""
    for i in range(len(region) - 1):
        above, below = region[i][1 + side], region[i + 1][1 + side]
        if not (above and below and texts[i][side] and texts[i + 1][side]):
            continue
        size = max(seg.size for seg in below)
        if (
            OPEN_RANGE.search(texts[i][side])
            and date_only(below)
            and _mean_y(above) - _mean_y(below) <= RANGE_WRAP_SPACING * size
        ):
            texts[i][side] = f"{texts[i][side]} {texts[i + 1][side]}"
            texts[i + 1][side] = ""


def _headed_sides(
    left: list[tuple[float, list[Segment]]], right: list[tuple[float, list[Segment]]]
) -> bool:
    """Whether each side has sections of its own: at least ``SIDE_HEADINGS`` heading lines
    (capitals or larger print, few words, no digit), the sparser side ``MIN_COLUMN_LINES``
    lines or more. A sidebar set on the body's baselines (same size and leading, drawn row by
    row) was read row by row, each contact line and skill glued to a role's line, and the
    roles lost; a grid's or a table's cells (labels beside values, dates beside titles, skills
    in two columns) head no sections on both sides."""
    if min(len(left), len(right)) < MIN_COLUMN_LINES:
        return False
    body = _median_size(s for _, segs in [*left, *right] for s in segs)
    return all(
        sum(1 for _, segs in side if _heading_line(segs, body)) >= SIDE_HEADINGS
        for side in (left, right)
    )


def _heading_line(segs: list[Segment], body: float) -> bool:
    text = _row_text(segs)
    return (
        len(text.split()) <= LABEL_MAX_WORDS
        and sum(c.isalpha() for c in text) >= HEADING_MIN_LETTERS
        and "|" not in text
        and _styled_heading(segs, body)
    )


def _label_column(
    left: list[tuple[float, list[Segment]]], right: list[tuple[float, list[Segment]]]
) -> bool:
    """Whether a narrow left column holds section labels and dates only, each on the baseline
    of the line it labels or dates, or alone in a gap of the right side (the newer Europass
    layout: "WORK EXPERIENCE", then "Jan 2020 - Present" beside the title). Neither a dates
    gutter (half its lines are labels) nor margin headings (it has dates), it was read as a
    sidebar: every title and school undated. A sidebar's lines keep their own spacing, off
    the body's baselines."""
    if len(left) < MIN_LIST_LINES or len(right) < len(left):
        return False
    if extent(left) > LABEL_MAX_WIDTH * extent(right):
        return False
    dated = labels = 0
    for _, segs in left:
        text = _row_text(segs)
        if date_only(segs):
            dated += 1
        elif len(text.split()) <= LABEL_MAX_WORDS and not any(c.isdigit() for c in text):
            labels += 1
        else:
            return False
    if not dated or not labels:
        return False
    right_ys = sorted(y for y, _ in right)
    for y, segs in left:
        reach = LABEL_REACH * max(s.size for s in segs)
        if not _near(right_ys, y) and any(abs(ry - y) <= reach for ry in right_ys):
            return False
    return True


def _dates_to_the_left(
    region: list[tuple[Row, list[Segment], list[Segment]]],
) -> list[tuple[Row, list[Segment], list[Segment]]]:
    """``region`` with a gutter of dates that opens its right side moved to the left side:
    the body's dates right-aligned in a column of their own, between the body and a right
    sidebar (body | dates | sidebar), where the page's gutter fell left of the dates. Read
    with the sidebar, the ranges came after the body, its roles undated; on the left, they
    are read beside their roles (``dates_column``). The dates: each row's first piece on the
    right that is only a date, all of them left of the rest of the right side, with a
    dates column's spacing."""
    dated = [
        (i, right[0]) for i, (_, _, right) in enumerate(region) if right and _date_only(right[0])
    ]
    ids = {id(d) for _, d in dated}
    others = [s for _, _, right in region for s in right if id(s) not in ids]
    if len(dated) < MIN_LIST_LINES or not others:
        return region
    edge = max(d.x1 for _, d in dated)
    if edge + GUTTER_PAD_PT > min(s.x0 for s in others) or len(others) <= len(dated):
        return region
    left_lines = [(_mean_y(left), left) for _, left, _ in region if left]
    if not dates_column([(d.y, [d]) for _, d in dated], left_lines, False):
        return region
    moved = dict(dated)
    return [
        (row, [*left, moved[i]], right[1:]) if i in moved else (row, left, right)
        for i, (row, left, right) in enumerate(region)
    ]


def _date_only(segment: Segment) -> bool:
    return any(c.isdigit() for f in segment.frags for c in f.text) and date_only([segment])


def _name_heads(
    side: list[tuple[float, list[Segment]]],
    other: list[tuple[float, list[Segment]]],
    largest: float,
) -> bool:
    """Whether the top line of ``side`` is the name: the page's largest text, larger than any
    of ``other`` (a narrower column that does not repeat it). A profile export puts contact
    details, skills and languages in a left column beside the main one the name heads; read
    first, its headings came between the name's block and the headline and place under it
    (the place was lost). A right sidebar may open with the contact lines instead."""
    top = _top_line(side)
    size = max(s.size for s in top)
    if size < largest or size <= max(s.size for _, segs in other for s in segs):
        return False
    if extent(other) >= extent(side):
        return False
    name = " ".join(_row_text(top).casefold().split())
    return not any(name in " ".join(_row_text(segs).casefold().split()) for _, segs in other)


def _opens_with_contact(lines: list[tuple[float, list[Segment]]]) -> bool:
    """Whether the top line of ``lines`` is a contact line (an e-mail, a phone number, a town
    and its region), no heading: a right sidebar opening with the contact details under a
    photo. Read after the main column they fell into its last section (the town was lost)."""
    text = _row_text(_top_line(lines))
    return (
        "@" in text
        or sum(c.isdigit() for c in text) >= 7
        or ("," in text and not any(c.isdigit() for c in text) and len(text.split()) <= 5)
    )


def _opens_with_heading(lines: list[tuple[float, list[Segment]]]) -> bool:
    """Whether the top line of ``lines`` is styled as a heading ("Contact" larger than the
    lines under it, "SKILLS" in capitals), not a contact line of its own (a town, a phone, an
    e-mail under a photo: read after the main column, they would fall into its last section)."""
    body = _median_size(s for _, segs in lines for s in segs)
    return _styled_heading(_top_line(lines), body)


def _styled_heading(segs: list[Segment], body: float) -> bool:
    """Whether a line is styled as a heading: larger than the ``body`` size or in capitals,
    with no digit, "@", "," or "/" (no contact detail, date or list)."""
    text = _row_text(segs)
    if not text or any(c.isdigit() or c in "@,/" for c in text):
        return False
    return max(s.size for s in segs) > body + 0.5 or text.isupper()


def _median_size(segments: Iterable[Segment]) -> float:
    sizes = sorted(s.size for s in segments)
    return sizes[len(sizes) // 2]


def _top_line(lines: list[tuple[float, list[Segment]]]) -> list[Segment]:
    """The segments of the highest of a side's lines (``(y, segments)``, y up)."""
    return max(lines, key=lambda line: line[0])[1]


def _mean_y(segments: list[Segment]) -> float:
    return sum(s.y for s in segments) / len(segments)


def _near(sorted_ys: list[float], y: float) -> bool:
    i = bisect.bisect_left(sorted_ys, y - ALIGN_TOLERANCE_PT)
    return i < len(sorted_ys) and sorted_ys[i] <= y + ALIGN_TOLERANCE_PT


def flow_pages(pages: list[PageLayout | None]) -> tuple[list[list[str] | None], list[str]]:
    """Each page's lines in document reading order, and the sidebar lines moved out of them.

    A sidebar (contact, skills, languages beside the body) read in place cuts the body's flow
    at every page break: page 1's body, page 1's right sidebar, page 2's body continuing the
    last role... In a document of several pages every sidebar is therefore read after the last
    page, except a left sidebar on the first page, which is read first like a header. A later
    page's sidebar repeating, line for line, one read before (a template draws it on every
    page) is read once. ``None`` stands for a page without a layout (read another way); it is
    passed through.
    """
    out: list[list[str] | None] = []
    moved: list[str] = []
    seen: set[tuple[str, ...]] = set()  # the sidebar blocks read so far, line for line
    several = len(pages) > 1
    for number, page in enumerate(pages):
        if page is None:
            out.append(None)
            continue
        block = [page.lines[i] for i in page.sidebar] if several else []
        repeated = bool(block) and number > 0 and tuple(block) in seen
        seen.add(tuple(block))
        if not several or not page.sidebar or (number == 0 and page.sidebar_left):
            out.append(list(page.lines))
            continue
        side = set(page.sidebar)
        out.append([line for i, line in enumerate(page.lines) if i not in side])
        if not repeated:
            moved.extend(block)
    return out, moved

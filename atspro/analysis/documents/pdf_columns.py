"""Where a page's columns are and what they are: the gutter between them, and whether two
sides are running text or a sidebar (used by ``pdf_layout``; see docs/extract.md)."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from atspro.analysis.documents.pdf_layout import Segment

GUTTER_STEP_PT = 2.0
GUTTER_PAD_PT = 3.0
MIN_SIDE_SEGMENTS = 3
MIN_COLUMN_LINES = 3  # a side this long counts as a column (pdf_layout uses it too)
PROSE_MIN_LINES = 6  # two aligned sides this long, both of running text, are columns
PROSE_MIN_WIDTH = 0.3  # ... each at least this share of the region's width
PROSE_MEDIAN_LINE = 0.5  # ... their median line reaching this share of the side's width
PROSE_FULL_LINE = 0.8  # ... and lines reaching this share of it (full, wrapped lines)
PROSE_FULL_SHARE = 0.25  # ... for at least this share of the side's lines
SIDEBAR_RATIO = 0.7  # a column at most this wide (x the other column) is a sidebar
SIDEBAR_MIN_HEIGHT = 0.4  # ... running down at least this share of the page's text
LIST_ALIGN_PT = 2.0  # two lists side by side each start their lines within this ...
LIST_ALIGNED = 0.75  # ... most of them (a group's label may stand apart from its items)
CENTRE_ALIGN_PT = 3.0  # ... or centre them within this (a badge's centred lines)
MIN_LIST_LINES = 2  # lines a list beside another has at least
MIN_GRID_ROWS = 2  # rows drawn apart: a grid's one row of cells (a label over its items)
MIN_BANDS = 2  # lists side by side: two bands of x at least
RUN_PAST_SHARE = 0.5  # a side whose lines run on alone for this share of the region is a column
MARGIN_HEADING_SPAN = 3.0  # a margin's headings each head this many lines beside them at least
SIDEBAR_MAX_DATED = 0.6  # ... unless more of its lines than this have digits (a date column)
DATES_SPACING = 2.0  # a dates column has this many lines beside it between two of its lines
DATES_MAX_WIDTH = 0.5  # ... and is at most this wide (x the text it dates)
RANGE_WRAP_SPACING = 1.6  # x font size: a range's end this close under its open start is one date


def find_gutter(segments: list[Segment]) -> float | None:
    """x of a vertical band most segments sit on one side of, or None for one column.

    For each candidate x: L segments end left of it, R start right of it, C cross it. A gutter
    needs both sides well populated and few crossers (a header or a summary paragraph spanning
    the page is fine; the full-width bullet lines of a single-column resume are not).
    """
    n = len(segments)
    if n < 2 * MIN_SIDE_SEGMENTS:
        return None
    ends = sorted(s.x1 for s in segments)
    starts = sorted(s.x0 for s in segments)
    left, right = starts[0], ends[-1]
    width = right - left
    if width < 100:
        return None
    best = _Band()
    x = left + 0.08 * width
    while x < right - 0.08 * width:
        n_left = bisect.bisect_right(ends, x - GUTTER_PAD_PT)
        n_right = n - bisect.bisect_left(starts, x + GUTTER_PAD_PT)
        crossing = n - n_left - n_right
        support = min(n_left, n_right)
        if support >= MIN_SIDE_SEGMENTS and crossing <= 0.5 * support:
            best.offer(support - 2.0 * crossing, (n_left, n_right, crossing), x)
        x += GUTTER_STEP_PT
    return best.middle() if best.run else None


@dataclass(slots=True)
class _Band:
    """The best-scoring candidate x so far and the run of neighbouring x with its counts."""

    score: float = 0.0
    key: tuple[int, int, int] = (0, 0, 0)
    run: list[float] = field(default_factory=list)

    def offer(self, score: float, key: tuple[int, int, int], x: float) -> None:
        if not self.run or score > self.score:
            self.score, self.key, self.run = score, key, [x]
        elif key == self.key and x - self.run[-1] <= GUTTER_STEP_PT + 1e-6:
            self.run.append(x)  # same band: keep extending so we can take its middle

    def middle(self) -> float:
        return (self.run[0] + self.run[-1]) / 2


def prose_columns(
    left: list[tuple[float, list[Segment]]], right: list[tuple[float, list[Segment]]]
) -> bool:
    """Both sides are columns of running text: many lines, each side a good share of the
    region's width, and many lines on each side filling their column (wrapped text). A table
    or a timeline has a narrow side (dates, labels) or short cells."""
    if min(len(left), len(right)) < PROSE_MIN_LINES:
        return False
    region = max(s.x1 for _, segs in right for s in segs) - min(
        s.x0 for _, segs in left for s in segs
    )
    for lines in (left, right):
        width = extent(lines)
        if width <= 0 or width < PROSE_MIN_WIDTH * region:
            return False
        x0 = min(s.x0 for _, segs in lines for s in segs)
        reach = sorted((max(s.x1 for s in segs) - x0) / width for _, segs in lines)
        full = len(reach) - bisect.bisect_left(reach, PROSE_FULL_LINE)
        if reach[len(reach) // 2] < PROSE_MEDIAN_LINE or full < PROSE_FULL_SHARE * len(reach):
            return False
    return True


def columns_run_apart(
    sparse: list[tuple[float, list[Segment]]], dense: list[tuple[float, list[Segment]]]
) -> bool:
    """Two columns whose first lines happen to share baselines (a photo's rows snapped to one
    line): the sparser side has lines of text of its own (not mostly dates) and the denser
    side runs on alone below it for most of the region. A timeline's dates column stays
    beside its roles however long the last role's bullets."""
    dated = _dated([segs for _, segs in sparse])
    if len(sparse) < MIN_COLUMN_LINES or dated > SIDEBAR_MAX_DATED * len(sparse):
        return False
    top = max(y for y, _ in sparse + dense)
    bottom = min(y for y, _ in dense)
    past = min(y for y, _ in sparse) - bottom
    return past > RUN_PAST_SHARE * (top - bottom)


def dates_column(
    sparse: list[tuple[float, list[Segment]]],
    dense: list[tuple[float, list[Segment]]],
    on_rows: bool,
) -> bool:
    """Whether the sparser side is a column of dates beside what it dates: most of its lines
    have digits, it is narrow, and either between two of its lines lie several lines of the
    other side (a role's title, employer and bullets: a gutter of dates) or, ``on_rows`` (its
    lines on the other side's baselines), its lines are dates and nothing else (a table's
    year column). Read row by row, each date lands by its vertical position beside or under
    its entry's first line, whatever the drawing order and even off the entry's baseline;
    read column by column, every date came after the whole column, the roles and schools
    undated. A sidebar's list of dated items (courses, certificates) has about one line of
    the body beside each of its own, and words beside its years."""
    if len(sparse) < MIN_LIST_LINES or _dated([s for _, s in sparse]) <= SIDEBAR_MAX_DATED * len(
        sparse
    ):
        return False
    if extent(sparse) > DATES_MAX_WIDTH * extent(dense):
        return False
    only_dates = sum(1 for _, segs in sparse if date_only(segs))
    if on_rows and only_dates > SIDEBAR_MAX_DATED * len(sparse):
        return True
    top, bottom = max(y for y, _ in sparse), min(y for y, _ in sparse)
    between = sum(1 for y, _ in dense if bottom < y < top)
    return between >= DATES_SPACING * (_dates_entries(sparse) - 1)


def _dates_entries(lines: list[tuple[float, list[Segment]]]) -> int:
    """How many entries a column of dates holds: a range broken after its dash ("Jan 2020 -"
    over "Present") is one entry on two lines. Counted line by line, a gutter of two-line
    ranges with the section headings in it too seemed to date too few lines of the body."""
    ordered = sorted(lines, key=lambda line: -line[0])  # top down (y up)
    count = 0
    for (y0, above), (y1, segs) in itertools.pairwise([(None, []), *ordered]):
        size = max((s.size for s in segs), default=0)
        wrapped = (
            y0 is not None
            and y0 - y1 <= RANGE_WRAP_SPACING * size
            and OPEN_RANGE.search(_text(above))
            and date_only(segs)
        )
        count += not wrapped
    return count


# A range left open at a line's end: a dash or "to" after a date ("Jan 2020 -", "2016 to").
OPEN_RANGE = re.compile(r"\d\s*(?:[-\u2013\u2014]|\bto)\s*$", re.IGNORECASE)


_DATE_ONLY = re.compile(
    r"(?:[\s\-\u2013\u2014/.,:()']|\d{1,4}|present|current|now|today|since|to|till|until"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)+",
    re.IGNORECASE,
)


def _text(segs: list[Segment]) -> str:
    return " ".join(f.text for s in segs for f in s.frags)


def date_only(segs: list[Segment]) -> bool:
    """The segments' text is nothing but dates ("2019 – 2021", "Jun 2018")."""
    return bool(_DATE_ONLY.fullmatch(_text(segs)))


def margin_headings(left: list[tuple[float, list[Segment]]], beside: int) -> bool:
    """Whether the few lines of a left margin, each on the baseline of a line beside it, are
    section headings ("Education", "Experience" set in the margin of a LaTeX CV): none has a
    digit (a timeline's dates do) and each heads several lines of the text beside it on
    average (a label beside its one-line value does not)."""
    return not _dated([segs for _, segs in left]) and beside >= MARGIN_HEADING_SPAN * len(left)


def extent(lines: list[tuple[float, list[Segment]]]) -> float:
    """How wide ``lines`` (a side of a region) spread, left edge to right edge."""
    return max(s.x1 for _, segs in lines for s in segs) - min(
        s.x0 for _, segs in lines for s in segs
    )


def sidebar_side(
    left: list[tuple[float, list[Segment]]],
    right: list[tuple[float, list[Segment]]],
    page_height: float,
) -> int | None:
    """0 or 1 when that side of a column-read region is a sidebar: clearly narrower than the
    other side, more than a couple of lines, running down a good part of the page (contact,
    skills, languages beside the body; not a block of labels beside their values)."""
    widths = (extent(left), extent(right))
    narrow = 0 if widths[0] < widths[1] else 1
    lines = (left, right)[narrow]
    if len(lines) < MIN_COLUMN_LINES or widths[narrow] > SIDEBAR_RATIO * widths[1 - narrow]:
        return None
    if max(y for y, _ in lines) - min(y for y, _ in lines) < SIDEBAR_MIN_HEIGHT * page_height:
        return None
    # a column of dates beside the roles is no sidebar: it stays with the page it dates
    dated = _dated([segs for _, segs in lines])
    return None if dated > SIDEBAR_MAX_DATED * len(lines) else narrow


def _dated(lines: list[list[Segment]]) -> int:
    """How many of ``lines`` have a digit."""
    return sum(
        1 for segs in lines if any(c.isdigit() for s in segs for f in s.frags for c in f.text)
    )


def columns_drawn_apart(rows: list[list[Segment]]) -> list[list[list[Segment]]] | None:
    """The columns (each a list of rows' segments), left to right, of rows that are lists or
    grid cells side by side, or None. The rows cross the page's gutter, so the columns are found
    apart from it: two or more rows whose pieces fall into two or more bands of x no piece
    crosses, two or more lines in the first band, most of a band's lines starting at one x and
    mostly without digits (none at all in two rows), and every piece of a band drawn before
    every piece of the next (a course list in two columns; a grid of certificates or skill
    groups, a wrapped cell's second line under its first, one row of label-over-items cells;
    an infographic's chart labels drawn after the paragraph whose first line they share; its
    centred badge beside a paragraph, lines centred on one x). A
    table drawn row by row, a label beside its value, and right-aligned places and dates beside
    a school stay rows."""
    if len(rows) < MIN_GRID_ROWS:
        return None
    bands = _bands([s for row in rows for s in row])
    if len(bands) < MIN_BANDS:
        return None
    sides = [[[s for s in row if lo <= s.x0 and s.x1 <= hi] for row in rows] for lo, hi in bands]
    orders = []
    short = len(rows) < MIN_COLUMN_LINES  # two rows: no digit at all (a date beside a place)
    for i, side in enumerate(sides):
        lines = [segs for segs in side if segs]
        if len(lines) < MIN_LIST_LINES and i == 0:
            return None  # a label, a bullet or an icon left of wrapped text stays its line's
        dated = _dated(lines)
        if dated > SIDEBAR_MAX_DATED * len(lines) or (short and dated):
            return None  # dates beside what they date stay beside it
        if not _aligned(lines):
            return None  # a list starts its lines at one x; right-aligned places do not
        orders.append([f.order for segs in lines for s in segs for f in s.frags])
    if any(max(a) > min(b) for a, b in itertools.pairwise(orders)):
        return None
    return [[segs for segs in side if segs] for side in sides]


def _aligned(lines: list[list[Segment]]) -> bool:
    """Whether most of ``lines`` start at one x, or centre on one x (an infographic's badge:
    a large degree over its centred caption, beside a paragraph)."""
    for xs, reach in (
        ([segs[0].x0 for segs in lines], LIST_ALIGN_PT),
        ([(segs[0].x0 + segs[-1].x1) / 2 for segs in lines], CENTRE_ALIGN_PT),
    ):
        if max(sum(1 for x in xs if abs(x - at) <= reach) for at in xs) >= LIST_ALIGNED * len(xs):
            return True
    return False


def _bands(segments: list[Segment]) -> list[tuple[float, float]]:
    """The bands of x the segments cover, left to right: overlapping extents (padded) merged."""
    bands: list[list[float]] = []
    for seg in sorted(segments, key=lambda s: s.x0):
        if bands and seg.x0 <= bands[-1][1] + GUTTER_PAD_PT:
            bands[-1][1] = max(bands[-1][1], seg.x1)
        else:
            bands.append([seg.x0, seg.x1])
    return [(lo, hi) for lo, hi in bands]


def in_one_band(rows: list[list[Segment]], segment: Segment) -> bool:
    """Whether ``segment`` reaches into one of the two or more bands of x ``rows`` cover, and
    one only (a cell's next line under its first, maybe longer; not a line across)."""
    bands = _bands([s for row in rows for s in row])
    touched = sum(1 for lo, hi in bands if segment.x0 < hi and lo < segment.x1)
    return len(bands) >= MIN_BANDS and touched == 1

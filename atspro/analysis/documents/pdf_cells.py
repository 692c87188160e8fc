"""Which small painted box (a skill tag, a bordered table cell) each piece of text sits in.

Modern templates draw a skills list as tags: each item in its own filled or outlined box, a
row of tags on one baseline. The gap between two tags is often no wider than a few word gaps
(a monospace font's space is 0.6 em, the gap between tags 1.7 em), so "Load Balancing" and
"Caching" were read as one item "Load Balancing Caching". Two words in two
different boxes are two cells: ``join_fragments`` parts them like a cell gap. A box counts
when it holds one line of text (it is no panel, sidebar or page band: those hold both words).
"""

from __future__ import annotations

from collections import defaultdict

from atspro.analysis.documents.pdf_layout import Fragment

Box = tuple[float, float, float, float]

BAND_PT = 24.0  # shapes are looked up by horizontal bands this tall
MIN_CELL_SIZE = 0.8  # a cell is at least this tall (x font size): it holds the glyphs ...
MAX_CELL_SIZE = 2.6  # ... and at most this: one line of text, no panel
MIN_CELL_WIDTH_PT = 4.0


def mark_cells(frags: list[Fragment], shapes: list[Box]) -> None:
    """Set each fragment's ``cell`` to the smallest one-line box around it (else -1)."""
    bands: dict[int, list[int]] = defaultdict(list)
    for i, (x0, y0, x1, y1) in enumerate(shapes):
        if x1 - x0 < MIN_CELL_WIDTH_PT or y1 - y0 > MAX_CELL_SIZE * 72:  # no text line is 72 pt
            continue
        for band in range(int(y0 // BAND_PT), int(y1 // BAND_PT) + 1):
            bands[band].append(i)
    if not bands:
        return
    for frag in frags:
        size = max(frag.size, 1.0)
        x = (frag.x0 + frag.x1) / 2
        y = frag.y + 0.3 * size  # inside the glyphs, above the baseline
        best, best_area = -1, 0.0
        for i in bands.get(int(y // BAND_PT), ()):
            x0, y0, x1, y1 = shapes[i]
            height = y1 - y0
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                continue
            if not MIN_CELL_SIZE * size <= height <= MAX_CELL_SIZE * size:
                continue
            area = (x1 - x0) * height
            if best < 0 or area < best_area:
                best, best_area = i, area
        frag.cell = best

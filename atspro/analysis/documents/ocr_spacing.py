"""Word gaps of a name printed in letter-spaced capitals, read as one word ("JANEDOE").

A header name set in capitals with wide letter spacing ("J A N E   D O E") is often read
without its word gap: the recogniser sees every letter apart, and the gap between the words
is only about twice as wide as the gaps between letters. The gap is still plain in the line's
own pixels. For a line among the page's first ones that was read as a single word of 8 or more
capitals, the blank columns of its crop are measured (ink against paper, or white print on a
coloured band): on a letter-spaced line (median blank run ``LETTER_GAP_HEIGHT`` of the crop's
height or more), a blank run at least ``WORD_GAP`` times the median, ``OTHER_GAPS`` times
wider than every narrower one and ``WORD_GAP_HEIGHT`` of the height, is a word gap. The recogniser's own
decoding positions say which letters stand either side of it; each word keeps 2 letters or
more. A word with no such gap ("ENGINEERING": its letters evenly spaced) is left as read, and
so is an English word (a heading in spaced capitals, "EDUCATION", may show a wider gap beside
a round letter).
"""

from __future__ import annotations

import itertools
import re
from statistics import median
from typing import Any

from atspro.analysis.letters import is_word

HEAD_BOXES = 8  # the name is among the page's first detected lines
MIN_LETTERS = 8  # shorter capital words are left alone ("ANALYST" is no name to split)
WORD_GAP = 1.8  # a blank run this many times the median blank run may be a word gap…
OTHER_GAPS = 1.3  # … when it is this many times wider than every gap not taken
# the line is letter-spaced (its median gap between letters at least this share of the crop's
# height) and the word gap is at least this share: a tight line's 1–3 px gaps are noise
LETTER_GAP_HEIGHT = 0.06
WORD_GAP_HEIGHT = 0.25
MAX_WORDS = 4  # a name of more words than this is no name
INK_SHARE = 0.08  # a pixel column with ink in this share of its height (2 px at least) is ink
_GLUED_CAPITALS = re.compile(rf"[^\W\d_a-zß-ÿ]{{{MIN_LETTERS},}}")


def split_spaced_capitals(
    crops: list[Any], recognised: list[Any], read: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """``read`` with the word gaps of glued letter-spaced capital lines put back (module doc);
    ``crops`` and ``recognised`` (the recogniser's results with their decoding positions) are
    in the same order as ``read``."""
    out = list(read)
    for i, (text, score) in enumerate(read[:HEAD_BOXES]):
        word = text.strip()
        if not (_GLUED_CAPITALS.fullmatch(word) and word.isupper()) or is_word(word):
            continue
        positions = _letter_positions(recognised[i], crops[i].shape[1], len(word))
        if positions is None:
            continue
        cuts = word_cuts(_blank_runs(crops[i]), positions, crops[i].shape[0])
        if cuts:
            pieces = [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]
            out[i] = (" ".join(pieces), score)
    return out


def _letter_positions(result: Any, width: int, letters: int) -> list[float] | None:
    """Each letter's centre in the crop's pixels, from the recogniser's decoding steps
    (``(text, score, [steps, words, step lists, states, confidences])``)."""
    if len(result) < 3 or not result[2]:
        return None
    steps, columns = float(result[2][0]), [c for word in result[2][2] for c in word]
    if steps <= 0 or len(columns) != letters:
        return None
    return [(float(c) + 0.5) * width / steps for c in columns]


def _blank_runs(crop: Any) -> list[tuple[int, int]]:
    """(start, end) of each run of blank pixel columns between the first and last ink."""
    import numpy as np

    gray = np.asarray(crop, dtype=np.float32).mean(axis=2)
    low, high = np.percentile(gray, 5), np.percentile(gray, 95)
    threshold = (low + high) / 2
    ink = gray > threshold if np.median(gray) < threshold else gray < threshold
    inked = ink.sum(axis=0) >= max(2, INK_SHARE * gray.shape[0])
    columns = np.flatnonzero(inked)
    if len(columns) < 2:
        return []
    runs, start = [], None
    for x in range(int(columns[0]), int(columns[-1]) + 1):
        if not inked[x] and start is None:
            start = x
        elif inked[x] and start is not None:
            runs.append((start, x))
            start = None
    return runs


def word_cuts(blanks: list[tuple[int, int]], positions: list[float], height: int) -> list[int]:
    """Letter indices where a word gap falls (``blanks``: blank pixel runs; ``positions``:
    each letter's centre; ``height``: the crop's): the wide runs of a letter-spaced line
    (module doc), each between two letters' centres, leaving every word 2 letters or more;
    none when any of that fails."""
    widths = [end - start for start, end in blanks]
    if len(widths) < 3:
        return []
    typical = median(widths)
    if typical < LETTER_GAP_HEIGHT * height:
        return []
    wide = [w >= WORD_GAP * typical for w in widths]
    narrow = [w for w, is_wide in zip(widths, wide, strict=True) if not is_wide]
    taken = [run for run, is_wide in zip(blanks, wide, strict=True) if is_wide]
    if not taken or len(taken) >= MAX_WORDS or not narrow:
        return []
    narrowest = min(end - start for start, end in taken)
    if narrowest < OTHER_GAPS * max(narrow) or narrowest < WORD_GAP_HEIGHT * height:
        return []
    cuts = []
    for start, end in taken:
        centre = (start + end) / 2
        before = sum(p < centre for p in positions)
        cuts.append(before)
    bounds = [0, *cuts, len(positions)]
    if any(b - a < 2 for a, b in itertools.pairwise(bounds)):
        return []
    return cuts


__all__ = ["split_spaced_capitals", "word_cuts"]

"""Text pasted from a web profile with its screen-reader copies.

A profile page writes each title, employer, place and description twice: once to show, once
(visually hidden) for screen readers. Pasted into Word, both copies become text, glued
("Data AnalystData Analyst") or a space apart, and an ATS reads every line twice. A paragraph
made of one text written twice is read once; when a document has several such paragraphs
(the paste is certain), pieces written twice inside a line are read once too ("Springfield,
ILSpringfield, IL" at the end of an employer's line of cells).
"""

from __future__ import annotations

import re

ECHO_MIN_LINES = 2  # whole paragraphs written twice before pieces inside lines are mended
ECHO_MAX_LINE = 400  # chars: longer lines are checked for a whole copy only
MIN_ECHO_CHARS = 4  # a piece written twice is at least this long ...
# ... and glued to its copy or two words at least ("Walla Walla", "very very" stay)
_PIECE_ECHO = re.compile(r"(?<!\S)(\S[^\n]{2,160}?\S)( ?)\1(?!\S)")


def without_echoes(lines: list[str]) -> list[str]:
    """``lines`` (one paragraph each) with web-profile copies read once."""
    out: list[str] = []
    whole = 0
    for line in lines:
        once = _whole_echo(line)
        whole += once is not None
        out.append(line if once is None else once)
    if whole < ECHO_MIN_LINES:
        return out
    return [_PIECE_ECHO.sub(_once, line) if len(line) <= ECHO_MAX_LINE else line for line in out]


def _whole_echo(line: str) -> str | None:
    """The text ``line`` writes twice (keeping its indent), or None."""
    text = line.strip()
    if len(text) < 2 * MIN_ECHO_CHARS:
        return None
    for gap in ("", " "):
        half, odd = divmod(len(text) - len(gap), 2)
        if odd:
            continue
        piece = text[:half]
        copied = text[half : half + len(gap)] == gap and text[half + len(gap) :] == piece
        if copied and _worth(piece, glued=not gap):
            return line[: len(line) - len(line.lstrip())] + piece
    return None


def _once(m: re.Match[str]) -> str:
    return m.group(1) if _worth(m.group(1), glued=not m.group(2)) else m.group(0)


def _worth(piece: str, *, glued: bool) -> bool:
    return (
        len(piece) >= MIN_ECHO_CHARS
        and any(c.isalpha() for c in piece)
        and (glued or " " in piece.strip())
    )

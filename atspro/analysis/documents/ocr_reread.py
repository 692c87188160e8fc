"""A name line read once more from a sharper crop, for the accents the first read dropped.

On a phone photo the recogniser reads small diacritics past ("Inaki" for "Iñaki", "Lukasz" for
"Łukasz"). Read again from the same line's crop enlarged 2× (Lanczos) and sharpened (unsharp
mask), it often sees them. The second read is not trusted in general: on the contact lines it
mends as many letters as it breaks ("ltaylor" → "Itaylor", "Paris" → "Panis") and its
confidence does not say which read is right. So it is taken only when it is the first read
letter for letter except for added accents (the same base letters, same case, same gaps); any
other difference keeps the first read. (Until round 7 it also had to read at least as
confidently; on the train pages every accents-only re-read was right, the one less confident
too: "Joao" → "João".) Only name-like lines at the top of the page are re-read (letters and
2–4 words): one or two crops per page. A name read with some of its accents ("Núnez") may get
the others ("Núñez"); an accent read is never changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from atspro.analysis.letters import base_letters

HEAD_BOXES = 8  # the name is among the page's first detected lines
REREAD_SCALE = 2
_NAME_LINE = re.compile(r"[^\W\d_]+(?:[ '’\-][^\W\d_]+){1,3}")


def accents_added(first: str, second: str) -> bool:
    """``second`` is ``first`` with accents put on some of its letters, nothing else changed."""
    first, second = (unicodedata.normalize("NFC", t) for t in (first, second))
    if first == second or len(first) != len(second) or base_letters(second) != base_letters(first):
        return False
    # each letter the first read accented stays as it was: "Núnez" → "Núñez", not "Nünez"
    return all(a == b or base_letters(a) == a for a, b in zip(first, second, strict=True))


def letter_doubled(first: str, second: str) -> bool:
    """``second`` is ``first`` with one letter written twice where ``first`` has it once, inside
    an e-mail address ("hannah.wiliams@" → "hannah.williams@"), nothing else changed."""
    if len(second) != len(first) + 1:
        return False
    for i in range(1, len(second)):
        if (
            second[i] == second[i - 1]
            and second[i].isalpha()
            and second[:i] + second[i + 1 :] == first
        ):
            word = second[:i].rsplit(" ", 1)[-1] + second[i:].split(" ", 1)[0]
            return "@" in word
    return False


def reread_names(
    ocr: Any, crops: list[Any], read: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """``read`` with the accents of its name-like head lines restored where a sharper crop
    shows them (module doc); ``crops`` are the lines' BGR crops in the same order. Like the
    address re-read, the narrow shape is trusted, not the line's confidence."""
    picked = [
        i for i, (text, _) in enumerate(read[:HEAD_BOXES]) if _NAME_LINE.fullmatch(text.strip())
    ]
    return _reread(ocr, crops, read, picked, accents_added, surer=False)


def reread_addresses(
    ocr: Any, crops: list[Any], read: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """``read`` with a doubled letter of an e-mail address restored where a sharper crop of
    its line shows it twice (``letter_doubled``); any other difference keeps the first read.
    The second read's confidence is not asked: a line's confidence does not say which of two
    reads is right (docs/extract.md), and the shape taken is this narrow one."""
    picked = [i for i, (text, _) in enumerate(read) if "@" in text]
    return _reread(ocr, crops, read, picked, letter_doubled, surer=False)


def _reread(
    ocr: Any,
    crops: list[Any],
    read: list[tuple[str, float]],
    picked: list[int],
    taken: Callable[[str, str], bool],
    *,
    surer: bool = True,
) -> list[tuple[str, float]]:
    if not picked:
        return read
    again, _ = ocr.text_rec([sharper(crops[i]) for i in picked])
    out = list(read)
    for i, result in zip(picked, again, strict=False):
        text, score = str(result[0]).strip(), float(result[1])
        if taken(read[i][0].strip(), text) and (score >= read[i][1] or not surer):
            out[i] = (text, score)
    return out


def sharper(crop: Any) -> Any:
    """A BGR line crop enlarged ``REREAD_SCALE``× with Lanczos and sharpened."""
    import numpy as np
    from PIL import Image, ImageFilter

    image = Image.fromarray(np.ascontiguousarray(crop[:, :, ::-1]))
    size = (image.width * REREAD_SCALE, image.height * REREAD_SCALE)
    image = image.resize(size, Image.Resampling.LANCZOS).filter(ImageFilter.UnsharpMask(2, 80, 2))
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])

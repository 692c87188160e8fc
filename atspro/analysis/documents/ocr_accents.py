"""Accents of a name line that the recogniser saw but did not pick.

The recogniser scores every letter of its alphabet at each step of a line; the read is the
best letter per step. On a phone photo an accent is often the runner-up: "Noel" for "Noël" with
"ë" at 0.10–0.15 beside "e", "Núnez" with "ñ" at 0.33, "Lefevre" with "è" at 0.42, "Gongalves" with "ç" at 0.18. On plain
letters it is not: on 80 generated train pages with no accented name, no accented letter of a
name line scored above 0.02 anywhere. So a plain letter of a name line whose accented form
scores at least ``ACCENT_SEEN`` at its step takes that form: the image shows the accent.

A capital the alphabet lacks ("Ø", "Ñ", "Ğ": the recogniser knows only their small forms) is
scored by its small form at the capital's step and written as the capital ("ØSTERGAARD").

Narrow on purpose: only the bare-name lines at the top of the page (as ``ocr_reread``); only
a letter read plain gets an accent (an accent read is never changed, a case never); only when
the scores, decoded again, spell the line exactly as it was read (a line changed by a re-read
or repairs is left alone). Tone marks of Chinese romanisation (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ) and the
macron vowels (ā ē ī ō ū: pinyin too, and the runner-up of "ã" in "João") are never taken.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from atspro.analysis.documents.ocr_reread import HEAD_BOXES, base_letters

ACCENT_SEEN = 0.08  # an accented letter scored at least this at the step of its plain form
_NAME_LINE = re.compile(r"[^\W\d_]+(?:[ '’\-][^\W\d_]+){1,3}")
_NEVER = frozenset("ǎǐǒǔǖǘǚǜāēīōūǍǏǑǓǕǗǙǛĀĒĪŌŪ")
# "ç" read as "g": its hook is the tail of a "g" ("Gongalves"; runner-up at 0.07–0.40 on the
# train and extra pages that print "ç", never above 0.005 on 70 train pages that do not)
_HOOKED = {"ç": "g"}
_MIN_RATIO = 320 / 48  # the recogniser's narrowest input: 320 × 48 px


def accents_seen(
    ocr: Any, crops: list[Any], read: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """``read`` with the accents its name lines' scores show put on (module doc); ``crops``
    are the lines' BGR crops in the same order."""
    recogniser = getattr(ocr, "text_rec", None)
    if not all(hasattr(recogniser, attr) for attr in ("session", "postprocess_op")):
        return read  # an engine without its recogniser's parts: the read as it is
    out = list(read)
    for i, (text, score) in enumerate(read[:HEAD_BOXES]):
        if _NAME_LINE.fullmatch(text.strip()):
            out[i] = (_with_accents(recogniser, crops[i], text.strip()), score)
    return out


def _with_accents(recogniser: Any, crop: Any, text: str) -> str:
    import numpy as np

    alphabet = recogniser.postprocess_op.character
    height, width = crop.shape[:2]
    batch = recogniser.resize_norm_img(crop, max(width / max(height, 1), _MIN_RATIO))
    scores = recogniser.session(batch[np.newaxis].astype(np.float32))[0][0]
    best = scores.argmax(axis=1)
    runs: list[list[int]] = []  # the steps of each letter read (CTC: repeats are one letter)
    for step, index in enumerate(best):
        if index and (step == 0 or index != best[step - 1]):
            runs.append([step])
        elif index and runs:
            runs[-1].append(step)
    if "".join(alphabet[best[run[0]]] for run in runs) != text:
        return text
    variants = _variants(tuple(alphabet))
    letters = list(text)
    for position, run in enumerate(runs):
        choices = variants.get(letters[position], ())
        if not choices:
            continue
        seen = scores[run][:, choices].max(axis=0)
        if seen.max() >= ACCENT_SEEN:
            chosen = alphabet[choices[int(seen.argmax())]]
            letters[position] = chosen.upper() if letters[position].isupper() else chosen
    return "".join(letters)


@cache
def _variants(alphabet: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """For each plain Latin letter, the alphabet's indices of its accented forms (same case)."""
    out: dict[str, list[int]] = {}
    letters = set(alphabet)
    for index, char in enumerate(alphabet):
        if len(char) != 1 or not char.isalpha() or char in _NEVER:
            continue
        plain = base_letters(char)
        if len(plain) == 1 and plain != char and plain.isascii() and plain.isalpha():
            out.setdefault(plain, []).append(index)
            capital = char.upper()
            if len(capital) == 1 and capital != plain.upper() and capital not in letters:
                out.setdefault(plain.upper(), []).append(index)  # "Ø": scored as "ø"
        if char in _HOOKED:
            out.setdefault(_HOOKED[char], []).append(index)
    return {plain: tuple(indices) for plain, indices in out.items()}


__all__ = ["ACCENT_SEEN", "accents_seen"]

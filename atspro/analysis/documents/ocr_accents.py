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

The same scores show an e-mail's underscore a blurred photo read as a dot ("t.wren@" for
"t_wren@"): ``underscores_seen`` writes a local part's dot "_" where the underscore scored at
least ``UNDERSCORE_SEEN`` at its step (round 11).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from atspro.analysis.documents.ocr_reread import HEAD_BOXES
from atspro.analysis.letters import base_letters

ACCENT_SEEN = 0.08  # an accented letter scored at least this at the step of its plain form
UNDERSCORE_SEEN = 0.05  # an underscore scored at least this at the step of a local part's dot
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
    recogniser = _recogniser(ocr)
    if recogniser is None:
        return read  # an engine without its recogniser's parts: the read as it is
    out = list(read)
    for i, (text, score) in enumerate(read[:HEAD_BOXES]):
        if _NAME_LINE.fullmatch(text.strip()):
            out[i] = (_with_accents(recogniser, crops[i], text.strip()), score)
    return out


def _recogniser(ocr: Any) -> Any | None:
    """The engine's text recogniser, when it has the parts its scores are read with."""
    recogniser = getattr(ocr, "text_rec", None)
    if not all(hasattr(recogniser, attr) for attr in ("session", "postprocess_op")):
        return None
    return recogniser


def _decoded(recogniser: Any, crop: Any) -> tuple[str, list[list[int]], Any]:
    """The line as the recogniser's scores spell it alone (read in a batch, the line may come
    out otherwise), the steps of each of its characters, and the scores per step and
    character of its alphabet."""
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
    return "".join(alphabet[best[run[0]]] for run in runs), runs, scores


def _with_accents(recogniser: Any, crop: Any, text: str) -> str:
    spelled, runs, scores = _decoded(recogniser, crop)
    if spelled != text:
        return text  # the scores do not spell the line as read
    alphabet = recogniser.postprocess_op.character
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


# a local part: "jane.doe_85@", "j.doe@"
_LOCAL_PART = re.compile(r"[\w.+\-]+(?=@)")
_SEPARATORS = frozenset("._-+")


def underscores_seen(
    ocr: Any, crops: list[Any], read: list[tuple[str, float]]
) -> list[tuple[str, float]]:
    """``read`` with the underscores of e-mails' local parts the recogniser scored but did not
    pick: a dot written "_" where an underscore scored at least ``UNDERSCORE_SEEN`` at its
    step (a blurred underscore is a short blob on the baseline, read as a dot, but its score
    stays: 0.19–0.23 on the hard train photos; at a dot printed as such at most 0.003, 70
    dots, train photos), and, round 12, an underscore put back between two letters or digits
    where it scored that much on the blank steps between them (lost altogether: 0.14 on a
    hard train photo; between letters with no underscore never 0.01, every train photo).
    Only the local part: a domain has no underscore. The scores are the line read alone;
    when they spell the line otherwise than the page's read, the local part must be the same
    in both."""
    recogniser = _recogniser(ocr)
    if recogniser is None:
        return read
    alphabet = recogniser.postprocess_op.character
    if "_" not in alphabet:
        return read
    underscore = alphabet.index("_")
    out = list(read)
    for i, (text, score) in enumerate(read):
        text = text.strip()
        if "@" not in text:
            continue
        spelled, runs, scores = _decoded(recogniser, crops[i])
        letters = list(text)
        for match in _LOCAL_PART.finditer(text):
            at = match.start() if spelled == text else _same_local_part(spelled, match.group())
            if at is None:
                continue
            steps = runs[at : at + len(match.group())]
            for position, char in enumerate(match.group()):
                if char == "." and scores[steps[position], underscore].max() >= UNDERSCORE_SEEN:
                    letters[match.start() + position] = "_"
                if position + 1 < len(steps) and _lost_between(
                    match.group(),
                    position,
                    scores[steps[position][-1] + 1 : steps[position + 1][0], underscore],
                ):
                    letters[match.start() + position] += "_"
        out[i] = ("".join(letters), score)
    return out


def _same_local_part(spelled: str, local: str) -> int | None:
    """Where ``spelled`` (the line's scores' own spelling) has the local part ``local`` as the
    whole local part of one of its addresses, when just one does; else None."""
    found = [m.start() for m in _LOCAL_PART.finditer(spelled) if m.group() == local]
    return found[0] if len(found) == 1 else None


def _lost_between(local: str, position: int, gap: Any) -> bool:
    """An underscore lost between the local part's characters at ``position`` and after it:
    both are letters or digits (beside a separator its score is the separator's own blur),
    and an underscore scored at least ``UNDERSCORE_SEEN`` on a blank step between them."""
    if not len(gap) or local[position] in _SEPARATORS or local[position + 1] in _SEPARATORS:
        return False
    return bool(gap.max() >= UNDERSCORE_SEEN)


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


__all__ = ["ACCENT_SEEN", "UNDERSCORE_SEEN", "accents_seen", "underscores_seen"]

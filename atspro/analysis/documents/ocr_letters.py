"""Accented letters the recogniser reads as a neighbour its alphabet rules out.

``mend_letters`` runs both repairs below.

The recogniser's alphabet has both "ë" (Dutch, French, Albanian: "Zoë", "Noël", "Brontë") and
the Czech "ě"; on a phone photo the two dots are often read as the caron. Czech writes "ě" only
after the consonants b, p, v, f, m, d, t and n, and no Czech name ends in it, so an "ě" that
follows a vowel (or starts a word), or ends a word of the page's bare-name header line, cannot be
a Czech letter: it is the "ë" the page prints. Any other "ě" ("Věra", "Zdeněk") is kept.
"""

from __future__ import annotations

import re

NAME_LINES = 3  # the name header is among the page's first lines
# "ě" where Czech spelling has none: not after one of its consonants
_CARON_OUT_OF_PLACE = re.compile(r"(?<![bpvfmdtnBPVFMDTN])ě|(?<![bpvfmdtnBPVFMDTN])Ě")
_BARE_NAME = re.compile(r"[^\W\d_]+(?:[ '’\-][^\W\d_]+){1,3}")
_FINAL_CARON = re.compile(r"[ěĚ](?![^\W\d_])")
_DIAERESIS = {"ě": "ë", "Ě": "Ë"}


def diaeresis_for_caron(lines: list[str]) -> list[str]:
    """``lines`` with each "ě" Czech spelling rules out written "ë" (module doc)."""
    if not any("ě" in line or "Ě" in line for line in lines):
        return lines
    out = [_CARON_OUT_OF_PLACE.sub(_swap, line) for line in lines]
    for index, line in enumerate(out[:NAME_LINES]):
        if _BARE_NAME.fullmatch(line.strip()):
            out[index] = _FINAL_CARON.sub(_swap, line)
    return out


def _swap(match: re.Match[str]) -> str:
    return _DIAERESIS[match.group()]


# The macron "ē" is Latvian (and Livonian, Māori, romanised Japanese): none of them writes the
# accents of French, Italian, Portuguese or Catalan. A word that has one of those and an "ē"
# ("Hélēne") is spelled in one of those languages, whose "è" the recogniser read as "ē".
_ROMANCE_ACCENT = "àâçéêîïôùûœÀÂÇÉÊÎÏÔÙÛŒ"
_MACRON_WORD = re.compile(r"[^\W\d_]*[ēĒ][^\W\d_]*")
_GRAVE = {"ē": "è", "Ē": "È"}


def grave_for_macron(lines: list[str]) -> list[str]:
    """``lines`` with the "ē" of a word that also has a French-type accent written "è"
    ("Hélēne" -> "Hélène"); an "ē" alone in its word ("Jēkabs") is kept."""
    if not any("ē" in line or "Ē" in line for line in lines):
        return lines
    return [_MACRON_WORD.sub(_grave_word, line) for line in lines]


def _grave_word(match: re.Match[str]) -> str:
    word = match.group()
    if not any(ch in _ROMANCE_ACCENT for ch in word):
        return word
    return "".join(_GRAVE.get(ch, ch) for ch in word)


def mend_letters(lines: list[str]) -> list[str]:
    """Each letter repair of this module, in turn."""
    return grave_for_macron(diaeresis_for_caron(lines))


__all__ = ["diaeresis_for_caron", "grave_for_macron", "mend_letters"]

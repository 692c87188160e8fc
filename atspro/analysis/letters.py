"""Letters without their accents, spellings one letter apart and the English word list: shared
by every reader that compares spellings (the places gazetteer's keys, the OCR name and address
checks, headings misspelt by one letter)."""

from __future__ import annotations

import unicodedata

# letters with a stroke or a slash have no combining mark to drop: their base letter by hand
_BASE = str.maketrans("łŁøØđĐıħĦ", "lLoOdDihH")


def base_letters(text: str) -> str:
    """``text`` without its accents, letter for letter ("Łukasz Núñez" → "Lukasz Nunez")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_BASE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter lost, added, changed or two swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = sorted((a, b), key=len)
    return bool(letters_lost(short, long_))


def letters_lost(read: str, word: str) -> list[int]:
    """Where in ``word`` a letter can stand that ``read`` lost (``word`` minus that letter is
    ``read``); empty when ``word`` is not ``read`` with one letter more."""
    if len(word) != len(read) + 1:
        return []
    return [i for i in range(len(word)) if word[:i] + word[i + 1 :] == read]


def is_word(text: str) -> bool:
    """``text`` is a word of the English word-frequency list (wordninja's; any case)."""
    import wordninja  # its list is read on first use, not at import

    return text.lower() in wordninja.DEFAULT_LANGUAGE_MODEL._wordcost

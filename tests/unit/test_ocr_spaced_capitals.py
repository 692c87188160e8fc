"""A header name in letter-spaced capitals read as one word gets its word gaps back from the
line's own pixels (made-up names; letters drawn as blocks)."""

from __future__ import annotations

from typing import Any

import pytest

np = pytest.importorskip("numpy")

from atspro.analysis.documents.ocr_spacing import split_spaced_capitals, word_cuts  # noqa: E402

LETTER, SPACED, WORD = 10, 4, 12  # px: a letter's width, the gap between letters, between words
STEP = 4.0  # px per decoding step


def _line(words: list[str], *, white_on_band: bool = False) -> tuple[Any, Any]:
    """A crop with one block per letter, and the recogniser's result for it, glued."""
    paper, ink = (40, 60, 120), (250, 250, 250)
    if not white_on_band:
        paper, ink = (235, 235, 230), (20, 20, 20)
    width = 8 + sum(len(w) * (LETTER + SPACED) for w in words) + WORD * len(words)
    crop = np.zeros((30, width, 3), dtype=np.uint8)
    crop[:, :] = paper
    x, centres = 4, []
    for word in words:
        for _ in word:
            crop[6:24, x : x + LETTER] = ink
            centres.append(x + LETTER / 2)
            x += LETTER + SPACED
        x += WORD - SPACED
    columns = [c / STEP - 0.5 for c in centres]
    text = "".join(words)
    result = (text, 0.98, [width / STEP, [list(text)], [columns], ["en"], [0.98] * len(text)])
    return crop, result


@pytest.mark.parametrize("band", [False, True])
def test_a_glued_letter_spaced_name_is_split_at_its_wide_gap(band: bool) -> None:
    crop, result = _line(["TOMAS", "WRENFOLD"], white_on_band=band)
    out = split_spaced_capitals([crop], [result], [("TOMASWRENFOLD", 0.98)])
    assert out == [("TOMAS WRENFOLD", 0.98)]


def test_three_words_get_two_gaps() -> None:
    crop, result = _line(["ODA", "MARIT", "WRENFOLD"])
    out = split_spaced_capitals([crop], [result], [("ODAMARITWRENFOLD", 0.97)])
    assert out[0][0] == "ODA MARIT WRENFOLD"


def test_an_evenly_spaced_word_is_kept() -> None:
    crop, result = _line(["ENGINEERING"])
    assert split_spaced_capitals([crop], [result], [("ENGINEERING", 0.99)]) == [
        ("ENGINEERING", 0.99)
    ]


def test_a_gap_that_would_leave_a_one_letter_word_is_not_taken() -> None:
    assert word_cuts([(0, 4), (14, 18), (28, 40), (50, 54)], [5, 45, 60, 75, 90], 30) == []
    assert word_cuts([(0, 4), (14, 18), (28, 40), (50, 54)], [5, 20, 45, 60, 75], 30) == [2]


def test_a_tight_lines_small_gaps_are_noise_not_word_gaps() -> None:
    # letters 1 px apart, one 3 px gap: not letter-spaced print
    assert word_cuts([(0, 1), (9, 10), (18, 21), (29, 30)], [5, 14, 25, 34, 43], 30) == []


def test_lines_below_the_header_or_in_small_letters_are_not_looked_at() -> None:
    crop, result = _line(["TOMAS", "WRENFOLD"])
    read = [("Tomaswrenfold", 0.9)]
    assert split_spaced_capitals([crop], [result], read) == read


def test_an_english_word_with_a_wide_gap_is_kept() -> None:
    crop, result = _line(["EDUC", "ATION"])  # a heading: the gap beside a round letter
    assert split_spaced_capitals([crop], [result], [("EDUCATION", 0.99)])[0][0] == "EDUCATION"

"""One band() for every renderer: a score means the same in the chat text and on the PNG."""

from __future__ import annotations

import pytest

from atspro.analysis.scoring.bands import BANDS, band


def test_bands_are_ordered_and_cover_zero_to_hundred() -> None:
    lowers = [b.lower for b in BANDS]
    assert lowers == sorted(lowers, reverse=True) and lowers[-1] == 0
    assert band(0).key == "weak" and band(100).key == "strong"


@pytest.mark.parametrize("score", [0, 19.9, 34.4, 34.5, 54.6, 74.4, 74.5, 76, 100])
def test_a_score_reads_the_same_as_it_is_displayed(score: float) -> None:
    # 74.5 shows as "75/100", so it must not be called anything but the band of 75
    assert band(score) == band(round(score))

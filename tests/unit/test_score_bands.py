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


@pytest.mark.parametrize("score", [76, 74.6, 60, 50, 30])
def test_chat_text_and_png_card_show_the_same_band(score: float) -> None:
    """A 76 was "🟡 good match" in the text and "Strong match" on the picture; one band() now."""
    from atspro.bot.render import score_card
    from atspro.export.card import render_score_card
    from atspro.models import Job, MatchReport

    report = MatchReport(score=score, summary="2 of 3 must-haves shown; title matches")
    text = score_card(report, Job(title="Analyst"))
    shown = band(score)
    assert shown.text in text and "2 of 3 must-haves shown" in text.split("\n")[1]
    assert all(b.text not in text for b in BANDS if b != shown)
    png = render_score_card(report)
    from io import BytesIO

    from PIL import Image

    pixels = {c for _, c in Image.open(BytesIO(png)).convert("RGB").getcolors(1 << 24)}
    assert shown.rgb in pixels
    assert all(b.rgb not in pixels for b in BANDS if b != shown)


def test_each_calibration_label_sits_in_the_band_that_names_it() -> None:
    """Our own labelled pairs (bench/data/calibration): complete fits read "strong", fits with
    two must-haves missing read "good, a few gaps", other-family resumes read "weak"."""
    import statistics

    from bench.eval.match import CALIBRATION_LABELS, load_calibration, product_score

    scores: dict[str, list[float]] = {label: [] for label in CALIBRATION_LABELS}
    for row in load_calibration():
        scores[row["label"]].append(product_score(row["job_text"], row["resume_text"]))
    assert all(len(values) >= 30 for values in scores.values())
    for label, values in scores.items():
        assert band(statistics.median(values)).key == CALIBRATION_LABELS[label], label
    assert statistics.median(scores["mismatch"]) <= 20

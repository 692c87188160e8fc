"""The OCR evaluation's hard variant: its own seeds, harder photos, the acceptance's untouched."""

from __future__ import annotations

import io

import pytest

from bench.eval.ocr import HARD, PhotoSettings, variant
from bench.ocr_synth import HARD_FRESH_SEED, HARD_SEED, HardStyle, pages


def test_the_variant_is_chosen_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OCR_EVAL_VARIANT", raising=False)
    assert variant() is None
    monkeypatch.setenv("OCR_EVAL_VARIANT", "hard")
    assert variant() is HARD
    default = PhotoSettings()
    assert (default.long_side, default.quality, default.rotation) == (1280, 80, 2.0)
    assert HARD.long_side < default.long_side and HARD.quality < default.quality


def test_hard_pages_have_their_own_seeds_and_style() -> None:
    pytest.importorskip("fpdf")
    assert HARD_SEED != HARD_FRESH_SEED
    hard = pages(8, HARD_SEED, hard=True)
    assert [p.email for _, p in hard] != [p.email for _, p in pages(8)]
    assert all(set(p.email.split("@")[0]) & set("_-.") for _, p in hard)
    assert HardStyle.draw(5) == HardStyle.draw(5)
    assert any(p.choices["header band"] == "True" for _, p in hard)
    assert all("header band" not in p.choices for _, p in pages(3))


def test_a_hard_photo_is_smaller_and_differs_from_the_acceptance_photo() -> None:
    pytest.importorskip("pypdfium2")
    image = pytest.importorskip("PIL.Image")
    from bench.eval.ocr import photo_of

    (_, page), *_ = pages(1, HARD_SEED, hard=True)
    hard = image.open(io.BytesIO(photo_of(page.pdf, "synthetic-001", HARD)))
    plain = image.open(io.BytesIO(photo_of(page.pdf, "synthetic-001")))
    assert max(hard.size) == HARD.long_side and max(plain.size) == 1280

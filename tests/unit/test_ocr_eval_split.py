"""The OCR evaluation's splits: generated pages by number, a held-out fresh seed of its own."""

from __future__ import annotations

import pytest

from bench.eval.ocr import split_of
from bench.ocr_synth import FRESH_SEED, SPLITS, pages


def test_generated_pages_split_by_number_and_fresh_pages_apart() -> None:
    assert split_of("synthetic-000") == "test"
    assert split_of("synthetic-001") == "train"
    assert split_of("fresh-000") == "fresh"
    assert split_of("fresh-013") == "fresh"
    assert {split_of(f"synthetic-{n:03d}") for n in range(8)} | {"fresh"} == set(SPLITS)
    assert split_of("fresh-cv.pdf") in ("train", "test")  # a real file named so is no page


def test_fresh_pages_come_from_another_seed() -> None:
    pytest.importorskip("fpdf")
    fresh = pages(2, FRESH_SEED, "fresh")
    developed = pages(2)
    assert [name for name, _ in fresh] == ["fresh-000", "fresh-001"]
    assert [p.email for _, p in fresh] != [p.email for _, p in developed]
    assert [p.email for _, p in fresh] == [p.email for _, p in pages(2, FRESH_SEED, "fresh")]

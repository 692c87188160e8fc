"""A capital the recogniser's alphabet lacks ("Ø", "Ñ", "Ğ") is scored by its small form at
the capital's step (a made-up recogniser and made-up names)."""

from __future__ import annotations

from atspro.analysis.documents.ocr_accents import ACCENT_SEEN
from tests.unit.ocr_fakes import read_accents

ALPHABET = ["blank", *"OSTERGANDIWøñğÉé", " "]  # no "Ø", "Ñ", "Ğ"; "É" and its small form


def _read(line: str, runner_up: dict[int, tuple[str, float]]) -> str:
    return read_accents(ALPHABET, line, runner_up)


def test_a_capital_missing_from_the_alphabet_is_scored_by_its_small_form() -> None:
    assert _read("SIGNE OSTERGAARD", {6: ("ø", 0.2)}) == "SIGNE ØSTERGAARD"
    assert _read("DANI IGNE", {6: ("ğ", 0.3)}) == "DANI IĞNE"


def test_a_capital_the_alphabet_has_is_not_scored_by_its_small_form() -> None:
    assert _read("SIGNE ESTER", {6: ("é", 0.3)}) == "SIGNE ESTER"
    assert _read("SIGNE OSTER", {6: ("ø", ACCENT_SEEN / 2)}) == "SIGNE OSTER"  # too faint

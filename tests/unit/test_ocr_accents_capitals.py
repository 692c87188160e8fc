"""A capital the recogniser's alphabet lacks ("Ø", "Ñ", "Ğ") is scored by its small form at
the capital's step (a made-up recogniser and made-up names)."""

from __future__ import annotations

from typing import Any

import numpy as np

from atspro.analysis.documents.ocr_accents import ACCENT_SEEN, accents_seen

ALPHABET = ["blank", *"OSTERGANDIWøñğÉé", " "]  # no "Ø", "Ñ", "Ğ"; "É" and its small form


class _Recogniser:
    def __init__(self, spelled: str, runner_up: dict[int, tuple[str, float]]) -> None:
        self.postprocess_op = type("Decoder", (), {"character": ALPHABET})()
        self._spelled, self._runner_up = spelled, runner_up

    def resize_norm_img(self, crop: Any, ratio: float) -> Any:
        return np.zeros((3, 48, 320), dtype=np.float32)

    def session(self, batch: Any) -> list[Any]:
        steps = []
        for i, letter in enumerate(self._spelled):
            row = np.full(len(ALPHABET), 0.001, dtype=np.float32)
            row[ALPHABET.index(letter)] = 0.6
            if i in self._runner_up:
                other, score = self._runner_up[i]
                row[ALPHABET.index(other)] = score
            steps += [row, np.eye(len(ALPHABET), dtype=np.float32)[0]]
        return [np.stack(steps)[np.newaxis]]


def _read(line: str, runner_up: dict[int, tuple[str, float]]) -> str:
    engine = type("Engine", (), {"text_rec": _Recogniser(line, runner_up)})()
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    return accents_seen(engine, [crop], [(line, 0.9)])[0][0]


def test_a_capital_missing_from_the_alphabet_is_scored_by_its_small_form() -> None:
    assert _read("SIGNE OSTERGAARD", {6: ("ø", 0.2)}) == "SIGNE ØSTERGAARD"
    assert _read("DANI IGNE", {6: ("ğ", 0.3)}) == "DANI IĞNE"


def test_a_capital_the_alphabet_has_is_not_scored_by_its_small_form() -> None:
    assert _read("SIGNE ESTER", {6: ("é", 0.3)}) == "SIGNE ESTER"
    assert _read("SIGNE OSTER", {6: ("ø", ACCENT_SEEN / 2)}) == "SIGNE OSTER"  # too faint

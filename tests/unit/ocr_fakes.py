"""A made-up text recogniser for the OCR accent tests: per step, the scores of one letter."""

from __future__ import annotations

from typing import Any

import numpy as np


class ScriptedRecogniser:
    """Scores per step over ``alphabet``: each letter of ``spelled`` in turn (a blank between),
    with ``runner_up[i] = (letter, score)`` the second choice at letter i and ``gaps[i]`` at
    the blank after it."""

    def __init__(
        self,
        alphabet: list[str],
        spelled: str,
        runner_up: dict[int, tuple[str, float]],
        gaps: dict[int, tuple[str, float]] | None = None,
    ) -> None:
        self.postprocess_op = type("Decoder", (), {"character": alphabet})()
        self._alphabet, self._spelled, self._runner_up = alphabet, spelled, runner_up
        self._gaps = gaps or {}

    def resize_norm_img(self, crop: Any, ratio: float) -> Any:
        return np.zeros((3, 48, 320), dtype=np.float32)

    def session(self, batch: Any) -> list[Any]:
        alphabet, steps = self._alphabet, []
        for i, letter in enumerate(self._spelled):
            row = np.full(len(alphabet), 0.001, dtype=np.float32)
            row[alphabet.index(letter)] = 0.6
            if i in self._runner_up:
                other, score = self._runner_up[i]
                row[alphabet.index(other)] = score
            blank = np.eye(len(alphabet), dtype=np.float32)[0]
            if i in self._gaps:
                other, score = self._gaps[i]
                blank[alphabet.index(other)] = score
            steps += [row, blank]  # the letter, a blank
        return [np.stack(steps)[np.newaxis]]


def read_accents(
    alphabet: list[str], line: str, runner_up: dict[int, tuple[str, float]], spelled: str = ""
) -> str:
    """``line`` after ``accents_seen`` with the scripted recogniser's scores."""
    from atspro.analysis.documents.ocr_accents import accents_seen

    engine = type(
        "Engine", (), {"text_rec": ScriptedRecogniser(alphabet, spelled or line, runner_up)}
    )()
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    return accents_seen(engine, [crop], [(line, 0.9)])[0][0]

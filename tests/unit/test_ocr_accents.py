"""An accent the recogniser scored as the runner-up of a name line's plain letter is taken; a
plain letter with no such score, a line that is no name, and a line the scores do not spell
are kept (a made-up recogniser and made-up names)."""

from __future__ import annotations

from typing import Any

import numpy as np

from atspro.analysis.documents.ocr_accents import ACCENT_SEEN, accents_seen

ALPHABET = ["blank", *"NoelZarivncEgGëèñāç", " "]


class _Recogniser:
    """Scores per step: each letter of ``spelled`` in turn (a blank between), with
    ``runner_up[i] = (letter, score)`` the second choice at letter i."""

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
            steps += [row, np.eye(len(ALPHABET), dtype=np.float32)[0]]  # the letter, a blank
        return [np.stack(steps)[np.newaxis]]


class _Engine:
    def __init__(self, recogniser: _Recogniser) -> None:
        self.text_rec = recogniser


def _read(line: str, runner_up: dict[int, tuple[str, float]], spelled: str | None = None) -> str:
    engine = _Engine(_Recogniser(spelled or line, runner_up))
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    return accents_seen(engine, [crop], [(line, 0.9)])[0][0]


def test_an_accent_scored_beside_a_plain_letter_is_put_on() -> None:
    assert _read("Noel Zari", {2: ("ë", 0.15)}) == "Noël Zari"
    assert _read("Noel Zarin", {9: ("ñ", 0.3), 2: ("è", 0.1)}) == "Noèl Zariñ"
    assert _read("Zoe Gongan", {7: ("ç", 0.2)}) == "Zoe Gonçan"  # the hook read as a "g"'s tail


def test_letters_are_kept_without_the_evidence() -> None:
    assert _read("Noel Zari", {2: ("ë", ACCENT_SEEN / 2)}) == "Noel Zari"  # too faint
    assert _read("Noel Zari", {7: ("ā", 0.4)}) == "Noel Zari"  # a macron: pinyin's, not a name's
    assert _read("Noel Zari", {2: ("E", 0.3)}) == "Noel Zari"  # a case is no accent
    assert _read("Zoe Gongan", {4: ("ç", 0.2)}) == "Zoe Gongan"  # a capital "G" is no "ç"
    # the scores spell another line than the one kept (a re-read or a repair changed it)
    assert _read("Noel Zari", {2: ("ë", 0.3)}, spelled="Noel Zarin") == "Noel Zari"
    # not a bare name line: a sentence, a line with digits
    assert _read("Noel Zari Noel Zari Noel", {2: ("ë", 0.3)}) == "Noel Zari Noel Zari Noel"


def test_an_engine_without_the_recognisers_parts_keeps_the_read() -> None:
    engine = type("Engine", (), {"text_rec": staticmethod(lambda crops: ([], 0.0))})()
    assert accents_seen(engine, [None], [("Noel Zari", 0.9)]) == [("Noel Zari", 0.9)]

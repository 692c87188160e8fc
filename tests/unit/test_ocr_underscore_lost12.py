"""Round 12: an e-mail's underscore a blurred photo lost altogether is put back where the
recogniser scored it on the blank steps between two characters of the local part; the scores
of a line that spell it otherwise outside the address still serve (scripted recogniser scores,
made-up addresses)."""

from __future__ import annotations

import numpy as np

from atspro.analysis.documents.ocr_accents import UNDERSCORE_SEEN, underscores_seen
from tests.unit.ocr_fakes import ScriptedRecogniser

ALPHABET = ["blank", *"abcdefghijklmnopqrstuvwxyz0123456789", ".", "_", "-", "@", " ", "|", "T"]


def _read(line: str, gaps: dict[int, tuple[str, float]], spelled: str = "") -> str:
    recogniser = ScriptedRecogniser(ALPHABET, spelled or line, {}, gaps)
    engine = type("Engine", (), {"text_rec": recogniser})()
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    return underscores_seen(engine, [crop], [(line, 0.9)])[0][0]


def test_an_underscore_scored_between_two_letters_is_put_back() -> None:
    assert _read("rtarnwell-52@acme.org", {0: ("_", 0.15)}) == "r_tarnwell-52@acme.org"


def test_a_faint_score_between_letters_adds_nothing() -> None:
    line = "rtarnwell-52@acme.org"
    assert _read(line, {0: ("_", UNDERSCORE_SEEN / 10)}) == line


def test_an_underscore_score_beside_a_separator_adds_none() -> None:
    line = "r_tarnwell52@acme.org"  # the printed underscore's blur spreads to its neighbours
    assert _read(line, {1: ("_", 0.2)}) == line


def test_never_in_the_domain() -> None:
    line = "rtarnwell@acmeworks.org"
    assert _read(line, {line.index("@") + 3: ("_", 0.3)}) == line


def test_scores_spelling_the_line_otherwise_serve_when_the_local_part_is_the_same() -> None:
    read = "T 555 0100 | r.tarnwell@acme.org"
    spelled = "T 555 01o0 | r.tarnwell@acme.org"  # the line read alone: a digit differs
    dot = spelled.index(".")
    scripted = ScriptedRecogniser(ALPHABET, spelled, {dot: ("_", 0.2)})
    engine = type("Engine", (), {"text_rec": scripted})()
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    assert underscores_seen(engine, [crop], [(read, 0.9)])[0][0] == read.replace(".", "_", 1)


def test_scores_of_another_local_part_are_not_used() -> None:
    read = "r.tarnwell@acme.org"
    assert _read(read, {0: ("_", 0.3)}, spelled="r.tarnwel@acme.org") == read

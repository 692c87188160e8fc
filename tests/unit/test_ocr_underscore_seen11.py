"""Round 11: a local part's dot whose step also scored an underscore is the underscore a
blurred photo turned into a dot (scripted recogniser scores, made-up addresses)."""

from __future__ import annotations

import numpy as np

from atspro.analysis.documents.ocr_accents import UNDERSCORE_SEEN, underscores_seen
from tests.unit.ocr_fakes import ScriptedRecogniser

ALPHABET = ["blank", *"abcdefghijklmnopqrstuvwxyz0123456789", ".", "_", "-", "@", " "]


def _read(line: str, runner_up: dict[int, tuple[str, float]]) -> str:
    engine = type("Engine", (), {"text_rec": ScriptedRecogniser(ALPHABET, line, runner_up)})()
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    return underscores_seen(engine, [crop], [(line, 0.9)])[0][0]


def test_a_dot_scored_as_an_underscore_too_is_the_underscore() -> None:
    assert _read("t.wren-62@acme.org", {1: ("_", 0.2)}) == "t_wren-62@acme.org"


def test_a_dot_with_a_faint_underscore_score_stays() -> None:
    faint = UNDERSCORE_SEEN / 10
    assert _read("t.wren-62@acme.org", {1: ("_", faint)}) == "t.wren-62@acme.org"


def test_the_domains_dots_are_never_underscores() -> None:
    line = "twren@acme.org"
    assert _read(line, {line.index("."): ("_", 0.3)}) == line


def test_a_line_whose_scores_spell_another_read_is_left_alone() -> None:
    engine = type(
        "Engine", (), {"text_rec": ScriptedRecogniser(ALPHABET, "t.wren@acme.org", {1: ("_", 0.3)})}
    )()
    crop = np.zeros((20, 200, 3), dtype=np.uint8)
    assert underscores_seen(engine, [crop], [("t.wrem@acme.org", 0.9)])[0][0] == "t.wrem@acme.org"

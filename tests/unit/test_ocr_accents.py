"""An accent the recogniser scored as the runner-up of a name line's plain letter is taken; a
plain letter with no such score, a line that is no name, and a line the scores do not spell
are kept (a made-up recogniser and made-up names)."""

from __future__ import annotations

from atspro.analysis.documents.ocr_accents import ACCENT_SEEN, accents_seen
from tests.unit.ocr_fakes import read_accents

ALPHABET = ["blank", *"NoelZarivncEgGëèñāç", " "]


def _read(line: str, runner_up: dict[int, tuple[str, float]], spelled: str | None = None) -> str:
    return read_accents(ALPHABET, line, runner_up, spelled or "")


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

"""Round 15 review of the OCR work: a glyph alone at a phone's end, a real "1" or "I" after a
phone, a national mobile given a "+", a band scale that shrinks, the header look's box budget
and a big bold name taken for a dark band. Invented text; the made-up engines of
``test_ocr_header_look13`` and ``test_ocr_limits15`` stand in for the models."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from atspro.analysis.documents import ocr
from atspro.analysis.documents.ocr_words import restore_plus, restore_spaces
from atspro.config import Settings
from tests.unit.test_ocr_header_look13 import BODY, _box
from tests.unit.test_ocr_limits15 import CONTACT, NAME, PIECE, BandEngine, _on_band, _read, _top


@pytest.mark.parametrize(
    "line",
    [
        "+49 30 1234567 I Oakvale",  # valid with an extra "1" too (variable length)
        "+43 664 123456 l Oakvale",
        "+39 347 123 4567 I Riverton",
    ],
)
def test_a_glyph_alone_at_a_phones_end_is_no_digit(line: str) -> None:
    assert restore_spaces(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "+44 20 7946 0958 1 Acme Road, Oakvale",
        "Call +1 415 555 0134 I answer the same day",
    ],
)
def test_a_real_one_after_a_phone_stays_without_separators(line: str) -> None:
    assert restore_spaces(line) == line


def test_a_bar_after_a_phone_in_a_separated_row_is_still_a_bar() -> None:
    line = "jane@acme-robotics.org | +44 20 7946 0958 1 Oakvale"
    assert "+44 20 7946 0958 | Oakvale" in restore_spaces(line)


@pytest.mark.parametrize("run", ["15012345678", "17712345678"])
def test_a_national_mobile_gets_no_plus(run: str) -> None:
    lines = ["Jane Doe", "QA Engineer", f"Tel: {run}", "jane@example.org"]
    assert restore_plus(lines) == lines


def test_an_international_run_still_gets_its_plus() -> None:
    lines = ["Jane Doe", "QA Engineer", "Tel: 447946095812", "jane@example.org"]
    assert restore_plus(lines)[2] == "Tel: +447946095812"


@pytest.mark.parametrize("scale", [0.001, 0.5])
def test_a_band_scale_that_shrinks_is_refused(scale: float) -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, ocr_header_band_scale=scale)  # type: ignore[call-arg]


@pytest.mark.parametrize("scale", [0, 1, 4])
def test_band_scale_off_or_enlarging_is_accepted(scale: float) -> None:
    settings = Settings(_env_file=None, ocr_header_band_scale=scale)  # type: ignore[call-arg]
    assert settings.ocr_header_band_scale == scale


def test_a_shrinking_band_scale_passed_in_looks_at_no_band(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = BandEngine([NAME, PIECE, *BODY], [_on_band(99, 58, 300, CONTACT)])
    _read(engine, monkeypatch, band_scale=0.001)
    assert not engine.band_pictures


def test_new_header_boxes_and_band_boxes_share_one_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = BandEngine([NAME, PIECE, *BODY], [_on_band(99, 58, 300, CONTACT)])
    engine._header_only = [(_box(140, 60, 100), "Riverton")]  # a new header box: the budget
    _read(engine, monkeypatch, header_boxes=1)
    assert not engine.band_pictures


def test_a_big_bold_name_on_white_is_no_band() -> None:
    strokes = _top()
    for left in range(60, 420, 18):  # thick letter strokes with narrow gaps the closing fills
        strokes[40:100, left : left + 8] = 20
    assert ocr._header_band(strokes) is None
    band = _top((40, 130, 40, 684))
    band[70:90, 60:400] = 235  # its white print
    assert ocr._header_band(band) == (40, 40, 684, 130)

"""Round 15: the OCR limits round 14 left (issue 18).

- White print on a dark or coloured header band: the detector boxes its small print in part or
  not at all. When the header gets its second look, the band alone is detected again, inverted
  and enlarged (``ocr._band_look``); its boxes are taken only with more contact items.
- Contact print read "within a letter or two": "±" for a phone's "+", a look-alike letter or a
  bar inside an international number, a bar after it read as its last "1" (each mended only
  where the numbering plan says so); an "@" read twice; ".corn" after a provider is ".com", not
  a country domain ("co" + "rn": no country's code).

The made-up engine of ``test_ocr_header_look13`` stands in for the models."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from atspro.analysis.documents import ocr
from atspro.analysis.documents.ocr_words import restore_spaces
from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_ocr_header_look13 import BODY, PAGE, HeaderOnlyEngine, _box

BAND = (40, 130, 40, 684)  # top, bottom, left, right of the dark header band (page pixels)
SCALE = ocr.BAND_SCALE


def _page(band: bool = True) -> Any:
    from PIL import Image

    pixels = np.full((PAGE[0], PAGE[1], 3), 255, dtype=np.uint8)
    if band:
        top, bottom, left, right = BAND
        pixels[top:bottom, left:right] = (31, 56, 100)
        pixels[70:80, 60:300] = 255  # its white print
    return Image.fromarray(pixels)


class BandEngine(HeaderOnlyEngine):
    """``HeaderOnlyEngine`` whose detector finds ``on_band`` (in the enlarged band's pixels)
    only on a picture of the band alone (a picture narrower or wider than the page)."""

    def __init__(self, everywhere: list[tuple[Any, str]], on_band: list[tuple[Any, str]]) -> None:
        super().__init__(everywhere, [])
        self._on_band = on_band
        self.band_pictures: list[Any] = []

    def text_det(self, image: Any) -> tuple[Any, float]:
        if image.shape[1] != PAGE[1]:
            self.band_pictures.append(image)
            return np.stack([box for box, _ in self._on_band]), 0.0
        return super().text_det(image)

    def _text_of(self, box: Any) -> str:
        for known, text in self._on_band:
            if np.allclose(known, box):
                if text not in self.texts:
                    self.texts.append(text)
                return text
        return super()._text_of(box)


def _on_band(top: float, left: float, width: float, text: str) -> tuple[Any, str]:
    """A box on the band, given in page pixels, as the enlarged band's detector finds it."""
    box = (_box(top, left, width) - np.float32([BAND[2], BAND[0]])) * SCALE
    return box, text


NAME = (_box(60, 60, 200, 24), "Jane Doe")
PIECE = (_box(100, 60, 110), "ane-doe_8")  # the first pass boxed a piece of the contact line
CONTACT = "jane-doe_85@acme-robotics.org | +1 415 555 0142"


def _read(engine: Any, monkeypatch: pytest.MonkeyPatch, band: bool = True, **kw: Any) -> Any:
    monkeypatch.setattr(ocr, "engine", lambda threads=2: engine)
    return ocr.read_page(_page(band), **kw)


def test_white_print_on_a_header_band_is_read_inverted(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = BandEngine([NAME, PIECE, *BODY], [_on_band(99, 58, 300, CONTACT)])
    lines = _read(engine, monkeypatch).lines
    assert lines[0] == "Jane Doe"
    assert any(CONTACT in line for line in lines[:3])
    assert not any(line == "ane-doe_8" for line in lines)
    band = engine.band_pictures[0]
    assert band.shape[:2] == (round(90 * SCALE), round(644 * SCALE))
    assert band[0, 0].max() > 200  # inverted: the dark band is light
    assert sum("EDUCATION" in line for line in lines) == 1


def test_a_band_read_without_more_contact_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = BandEngine([NAME, PIECE, *BODY], [_on_band(99, 58, 300, "Riverton office")])
    lines = _read(engine, monkeypatch).lines
    assert engine.band_pictures
    assert "Riverton office" not in lines


def test_no_band_no_band_look(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = BandEngine([NAME, PIECE, *BODY], [_on_band(99, 58, 300, CONTACT)])
    lines = _read(engine, monkeypatch, band=False).lines
    assert not engine.band_pictures
    assert not any(CONTACT in line for line in lines)


def test_the_band_look_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = BandEngine([NAME, PIECE, *BODY], [_on_band(99, 58, 300, CONTACT)])
    _read(engine, monkeypatch, band_scale=0)
    assert not engine.band_pictures


def test_a_page_with_its_contact_read_looks_at_no_band(monkeypatch: pytest.MonkeyPatch) -> None:
    contact = (_box(100, 60, 420), CONTACT)
    engine = BandEngine([NAME, contact, *BODY], [_on_band(99, 58, 300, CONTACT)])
    _read(engine, monkeypatch)
    assert not engine.band_pictures and len(engine.detections) == 1


def _top(*rectangles: tuple[int, int, int, int]) -> Any:
    """A page's header (250 × 724 px, white) with dark rectangles (top, bottom, left, right)."""
    pixels = np.full((250, PAGE[1], 3), 235, dtype=np.uint8)
    for top, bottom, left, right in rectangles:
        pixels[top:bottom, left:right] = 60
    return pixels


def test_which_dark_regions_are_a_band() -> None:
    assert ocr._header_band(_top((40, 130, 40, 684))) == (40, 40, 684, 130)
    assert ocr._header_band(_top((40, 130, 300, 684))) == (300, 40, 684, 130)
    assert ocr._header_band(_top()) is None
    assert ocr._header_band(_top((120, 123, 40, 684))) is None  # a heading's rule
    assert ocr._header_band(_top((40, 130, 40, 150))) is None  # a photo or a logo
    wedge = _top()
    for row in range(60):  # the dark edge beyond a photographed page: a triangle
        wedge[row, : PAGE[1] - row * 12] = 20
    assert ocr._header_band(wedge) is None


# the contact line of a page whose phone (or e-mail) was read with a glyph misread
_HEAD = (
    "Jane Doe\nQA Engineer\n{}\n\nEXPERIENCE\nQA Engineer at Acme Robotics (Jan 2019 - Mar 2023)\n"
)


@pytest.mark.parametrize(
    ("read", "phone"),
    [
        ("Phone: ±44 20 7946 0958", "442079460958"),
        ("±1 415 555 0142 | jane.doe@acme-robotics.org", "14155550142"),
        ("+44 2O 7946 O958 | Riverton", "442079460958"),
        ("+1 415 555 Ol42 | Riverton", "14155550142"),
        ("+1 415 555 0|42 | Riverton", "14155550142"),
        ("+1 415 555 01421 Riverton, OR", "14155550142"),
        ("jane.doe@acme-robotics.org | +1 415 555 0142 I Riverton, OR", "14155550142"),
    ],
)
def test_a_phones_misread_glyphs_are_mended(read: str, phone: str) -> None:
    parsed = parse_resume(_HEAD.format(restore_spaces(read))).contact.phone
    assert parsed is not None and "".join(ch for ch in parsed if ch.isdigit()) == phone


@pytest.mark.parametrize(
    "kept",
    [
        "±5% tolerance on 12 parts",
        "+44 20 7946 0958",
        "GMT +5:30",
        "score +10 points",
        "+49 (0) 151 7245 7043",
        "+1 415 555 0142 | +44 20 7946 0958",
        "+12 Ol 2023 lost",  # no valid number with the letters read as digits
        "+1 OlO 555 Ol42",  # more look-alikes than a misread: letter soup
    ],
)
def test_other_signs_letters_and_bars_stay(kept: str) -> None:
    assert restore_spaces(kept) == kept


@pytest.mark.parametrize(
    ("read", "address"),
    [
        ("jane.doe@@gmail.com", "jane.doe@gmail.com"),
        ("jane.doe@©acme-robotics.org", "jane.doe@acme-robotics.org"),
        ("jane.doe@gmail.corn", "jane.doe@gmail.com"),
        ("jane.doe@yahoo.corn", "jane.doe@yahoo.com"),
        ("jane.doe@yahoo.coin", "jane.doe@yahoo.co.in"),
        ("jane.doe@yahoo.couk", "jane.doe@yahoo.co.uk"),
        ("jane.doe@examplejp", "jane.doe@example.jp"),
    ],
)
def test_an_address_read_a_letter_off_is_mended(read: str, address: str) -> None:
    email = parse_resume(_HEAD.format(restore_spaces(read))).contact.email
    assert email == address


@pytest.mark.parametrize(
    ("lines", "phone"),
    [
        (["Jane Doe", "639171201229", "Riverton"], "+639171201229"),
        (["Jane Doe", "jane.doe@acme-robotics.org | 447911123456"], "+447911123456"),
        (["Jane Doe", "Mobile: 447911123456"], "+447911123456"),
    ],
)
def test_a_headers_number_that_lost_its_plus_gets_it_back(lines: list[str], phone: str) -> None:
    mended = ocr.mend_page([restore_spaces(line) for line in lines])
    parsed = parse_resume("\n".join([*mended, "", "EXPERIENCE", "QA Engineer at Acme Robotics"]))
    assert parsed.contact.phone is not None
    assert "".join(ch for ch in parsed.contact.phone if ch.isdigit()) == phone[1:]


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Doe", "Account 447911123456"],  # a label that is no phone's
        ["Jane Doe", "447911123456", "(415) 555-0142"],  # another number in the header
        ["Jane Doe", "012345678901"],  # a trunk "0": national, not international
        ["Jane Doe", "123456789012"],  # no valid number with a "+"
        [*(f"Line {n}" for n in range(8)), "447911123456"],  # below the header
    ],
)
def test_other_digit_runs_get_no_plus(lines: list[str]) -> None:
    assert not any("+" in line for line in ocr.mend_page(list(lines)))

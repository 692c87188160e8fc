"""Round 13: the header's contact lines the detector did not box on the whole page.

The detector shrinks the whole page to its input limit, so small or low-contrast contact print
(a coloured header band, grey italics in a corner) is often not boxed at all. When the page's
read has no e-mail address or no phone, the top of the page is detected again on its own (at
nearly full scale) and its boxes replace the first pass's there — taken only when the second
read holds more contact items. A made-up engine stands in for the models: its detector finds
the contact line only on the header crop."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from atspro.analysis.documents import ocr

PAGE = (1000, 724)  # height, width of the page's pixels


def _box(top: float, left: float, width: float, height: float = 14.0) -> Any:
    right, bottom = left + width, top + height
    return np.array([[left, top], [right, top], [right, bottom], [left, bottom]], dtype=np.float32)


class HeaderOnlyEngine:
    """A detector that boxes ``everywhere`` on any picture, and ``header_only`` only when the
    picture is the top of the page alone; a recogniser reading each box's scripted text."""

    def __init__(
        self, everywhere: list[tuple[Any, str]], header_only: list[tuple[Any, str]]
    ) -> None:
        self.texts: list[str] = []
        self._everywhere, self._header_only = everywhere, header_only
        self.detections: list[tuple[int, ...]] = []

    def text_det(self, image: Any) -> tuple[Any, float]:
        self.detections.append(image.shape[:2])
        found = list(self._everywhere)
        if image.shape[0] < PAGE[0]:
            found = [(b, t) for b, t in found if b[:, 1].max() < image.shape[0]]
            found += self._header_only
        return np.stack([box for box, _ in found]), 0.0

    @staticmethod
    def sorted_boxes(boxes: Any) -> list[Any]:
        return sorted(boxes, key=lambda b: (float(b[0][1]), float(b[0][0])))

    def get_crop_img_list(self, image: Any, boxes: list[Any]) -> list[Any]:
        crops = []
        for box in boxes:
            text = self._text_of(box)
            crop = np.full((14, 120, 3), 255, dtype=np.uint8)
            crop[0, 0, 0] = self.texts.index(text) if text in self.texts else 0
            crops.append(crop)
        return crops

    def _text_of(self, box: Any) -> str:
        for known, text in self._everywhere + self._header_only:
            if np.allclose(known, box):
                if text not in self.texts:
                    self.texts.append(text)
                return text
        raise AssertionError("a box the detector never found")

    def text_rec(self, crops: list[Any], return_word_box: bool = False) -> tuple[list, float]:
        return [(self.texts[int(c[0, 0, 0])], 0.95) for c in crops], 0.0

    @staticmethod
    def text_cls(crops: list[Any]) -> tuple[list[Any], list[tuple[str, float]], float]:
        return crops, [("0", 0.99) for _ in crops], 0.0


BODY = [
    (_box(330, 60, 200), "EXPERIENCE"),
    (_box(360, 60, 420), "QA Engineer at Acme Robotics (Jan 2019 - Mar 2023)"),
    (_box(380, 60, 400), "Led a team of four testers on a billing product"),
    (_box(410, 60, 200), "EDUCATION"),
    (_box(440, 60, 420), "BSc Computer Science, Springfield College, 2018"),
    (_box(470, 60, 200), "SKILLS"),
    (_box(500, 60, 300), "Python, SQL, Selenium, Jenkins"),
]


def _read(engine: HeaderOnlyEngine, monkeypatch: pytest.MonkeyPatch) -> ocr.PageText:
    from PIL import Image

    monkeypatch.setattr(ocr, "engine", lambda threads=2: engine)
    page = Image.new("RGB", (PAGE[1], PAGE[0]), "white")
    return ocr.read_page(page)


def test_a_contact_line_boxed_only_on_the_header_alone_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = (_box(60, 60, 200, 24), "Jane Doe")
    contact = (_box(100, 60, 420), "jane.doe@acme-robotics.org | +1 415 555 0142")
    engine = HeaderOnlyEngine([name, *BODY], [contact])
    lines = _read(engine, monkeypatch).lines
    assert lines[0] == "Jane Doe"
    assert any("jane.doe@acme-robotics.org" in line for line in lines[:3])
    assert sum("Acme Robotics" in line for line in lines) == 1  # the body read once
    assert "EDUCATION" in lines


def test_a_page_with_its_contact_read_is_detected_once(monkeypatch: pytest.MonkeyPatch) -> None:
    name = (_box(60, 60, 200, 24), "Jane Doe")
    contact = (_box(100, 60, 420), "jane.doe@acme-robotics.org | +1 415 555 0142")
    engine = HeaderOnlyEngine([name, contact, *BODY], [])
    _read(engine, monkeypatch)
    assert len(engine.detections) == 1


def test_a_second_look_that_finds_no_more_contact_keeps_the_first_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = (_box(60, 60, 200, 24), "Jane Doe")
    tagline = (_box(100, 60, 300), "Quality engineer in Springfield")
    engine = HeaderOnlyEngine([name, *BODY], [tagline])
    lines = _read(engine, monkeypatch).lines
    assert len(engine.detections) == 2  # the header was looked at again…
    assert "Quality engineer in Springfield" not in lines  # …and the first read kept


def test_years_are_no_phone() -> None:
    assert ocr._contact_items(["jane@acme-robotics.org", "2017-2019 2020-2022"]) == (1, 0)
    assert ocr._contact_items(["jane@acme-robotics.org", "(415) 555-0142"]) == (1, 1)


def test_a_contact_line_boxed_in_part_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A light line on a dark header band: the whole page's detector boxed a piece of it."""
    name = (_box(60, 60, 200, 24), "Jane Doe")
    piece = (_box(100, 60, 110), "ane-doe_8")
    whole = (_box(99, 58, 300, 15), "jane-doe_85@acme-robotics.org")
    phone = (_box(120, 60, 160), "+1 415 555 0142")
    engine = HeaderOnlyEngine([name, piece, phone, *BODY], [whole])
    lines = _read(engine, monkeypatch).lines
    assert "jane-doe_85@acme-robotics.org" in lines
    assert not any("ane-doe_8 " in line or line == "ane-doe_8" for line in lines)

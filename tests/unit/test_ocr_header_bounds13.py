"""Round 13: the header's second look is bounded (issue 18, review of ``_header_second_look``).

It runs on the document's first page when that page lacks an e-mail or a phone, and on a later
page only when the document holds neither yet; a setting switches it off and caps the new boxes
it recognises. A run of grades, decimals or a bare ID number is no phone, and a second read is
taken only when it loses neither e-mails nor phones. The made-up engine of
``test_ocr_header_look13`` stands in for the models."""

from __future__ import annotations

from typing import Any

import pytest

from atspro.analysis.documents import ocr
from atspro.analysis.documents.base import ExtractLimits
from tests.unit.test_ocr_header_look13 import BODY, PAGE, HeaderOnlyEngine, _box

NAME = (_box(60, 60, 200, 24), "Jane Doe")
E_MAIL = "jane.doe@acme-robotics.org"


def _pages(
    engine: HeaderOnlyEngine,
    monkeypatch: pytest.MonkeyPatch,
    count: int = 1,
    limits: ExtractLimits | None = None,
) -> list[ocr.PageText]:
    from PIL import Image

    monkeypatch.setattr(ocr, "engine", lambda threads=2: engine)
    pictures = [Image.new("RGB", (PAGE[1], PAGE[0]), "white") for _ in range(count)]
    pages, _ = ocr.read_pages(pictures, count, limits or ExtractLimits())
    return pages


@pytest.mark.parametrize(
    "line",
    ["GPA 3.9/4.0 2015-2019", "ID 123456789", "0.5 0.75 1.25 3.5", "2017-2019 2020-2022"],
)
def test_grades_decimals_and_ids_are_no_phone(line: str) -> None:
    assert ocr._contact_items([line]) == (0, 0)


@pytest.mark.parametrize(
    "line",
    ["+1 415 555 0142", "(415) 555-0142", "415.555.0142", "4155550142", "+44 (0) 20 7946 0958"],
)
def test_phones_stay_phones(line: str) -> None:
    assert ocr._contact_items([line]) == (0, 1)


def test_a_second_page_of_a_document_with_contact_is_not_looked_at_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Page 1 has its e-mail (no phone: the look runs once there); page 2 has neither, but the
    document has an e-mail already, so page 2 is detected once."""
    contact = (_box(100, 60, 300), E_MAIL)
    engine = HeaderOnlyEngine([NAME, contact, *BODY], [])
    _pages(engine, monkeypatch, count=2)
    page_height = PAGE[0]
    whole = [shape for shape in engine.detections if shape[0] >= page_height]
    assert len(whole) == 2  # one detection of each page…
    assert len(engine.detections) == 3  # …and one header look: the first page's


def test_the_second_look_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    contact = (_box(100, 60, 420), f"{E_MAIL} | +1 415 555 0142")
    engine = HeaderOnlyEngine([NAME, *BODY], [contact])
    pages = _pages(engine, monkeypatch, limits=ExtractLimits(ocr_header_look=False))
    assert len(engine.detections) == 1
    assert not any(E_MAIL in line for line in pages[0].lines)


def test_the_second_look_recognises_at_most_its_cap_of_new_boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recognised: list[int] = []
    extra = [(_box(100 + 20 * i, 500, 60), f"Tag {i}") for i in range(6)]
    engine = HeaderOnlyEngine([NAME, *BODY], extra)
    real_rec = engine.text_rec

    def counting_rec(crops: list[Any], return_word_box: bool = False) -> tuple[list, float]:
        recognised.append(len(crops))
        return real_rec(crops, return_word_box)

    monkeypatch.setattr(engine, "text_rec", counting_rec)
    _pages(engine, monkeypatch, limits=ExtractLimits(ocr_header_look_boxes=3))
    assert len(engine.detections) == 2
    assert recognised[-1] == 3  # the header look's batch: three of the six new boxes


def test_a_second_read_that_loses_a_phone_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """The header look finds a box with two e-mails over the first read's phone line: more
    contact items summed, but the phone is lost, so the first read stays."""
    phone = (_box(100, 60, 160), "+1 415 555 0142")
    emails = (_box(99, 58, 420, 15), f"{E_MAIL} jd@acme-robotics.org")
    engine = HeaderOnlyEngine([NAME, phone, *BODY], [emails])
    lines = _pages(engine, monkeypatch)[0].lines
    assert len(engine.detections) == 2
    assert "+1 415 555 0142" in lines
    assert not any(E_MAIL in line for line in lines)

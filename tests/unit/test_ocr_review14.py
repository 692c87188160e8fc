"""Round 14 review of the OCR work: the phone-mark mends rewrite a whole phone only, and the
header's second look runs on a bounded number of a document's later pages."""

from __future__ import annotations

from typing import Any

import pytest

from atspro.analysis.documents import ocr
from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    "kept",
    [
        "Range [2019) 2020 - 2021",
        "Array a[123) 456",
        "Part no. (1234] 567",
        "Shift GMT +5:30 0900-1800",
        "Score +12:3456789 points",
        "Cell;2 biology labs",
        "Tel;42 units sold",
    ],
)
def test_marks_outside_a_whole_phone_stay(kept: str) -> None:
    assert restore_spaces(kept) == kept


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("Call 1-[415)-555-0142", "(415)-555-0142"),
        ("+44 [20) 7946 0123", "+44 (20) 7946 0123"),
        ("+44:20 7946 0123", "+44 20 7946 0123"),
        ("Phone; 415 555 0142", "Phone: 415 555 0142"),
    ],
)
def test_marks_in_a_whole_phone_are_mended(read: str, mended: str) -> None:
    assert mended in restore_spaces(read)


def _read_pages(monkeypatch: pytest.MonkeyPatch, count: int, limits: ExtractLimits) -> list[int]:
    """A scan whose every page holds another phone-like number and no e-mail: the pages whose
    header was looked at again (the made-up ``read_page`` looks when it is let and wants to)."""
    looked: list[int] = []

    def fake_read_page(image: Any, threads: int = 2, **kw: Any) -> ocr.PageText:
        number = len(looked_at) + 1
        looked_at.append(number)
        page = ocr.PageText(lines=[f"Depot +1 415 555 01{number:02d}"])
        if kw["header_boxes"] > 0 and ocr._wants_second_look(
            ocr._contact_found(page.lines), kw["earlier"]
        ):
            page.looked_again = True
            looked.append(number)
        return page

    looked_at: list[int] = []
    monkeypatch.setattr(ocr, "read_page", fake_read_page)
    monkeypatch.setattr(ocr, "release_memory", lambda: None)
    ocr.read_pages([object()] * count, count, limits)
    return looked


def test_later_page_looks_are_capped_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = ExtractLimits(ocr_max_pages=20, ocr_timeout_s=600)
    assert _read_pages(monkeypatch, 20, limits) == [1, 2, 3]


def test_the_later_page_cap_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = ExtractLimits(ocr_header_look_pages=0)
    assert _read_pages(monkeypatch, 5, limits) == [1]


def test_contact_counts_are_the_found_sets_sizes() -> None:
    lines = ["jane@acme-robotics.org | +1 415 555 0142", "jane@acme-robotics.org"]
    mails, phones = ocr._contact_found(lines)
    assert ocr._contact_items(lines) == (len(mails), len(phones)) == (1, 1)

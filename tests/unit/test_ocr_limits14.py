"""Round 14: the OCR limits round 13 left (issue 18).

- A later page holding the contact block, when page 1 had an e-mail but no phone, was never
  looked at again: a later page was looked at only while the document held neither. It is now
  looked at while the document still lacks one and this page holds a contact item no earlier
  page had (a running header repeating page 1's e-mail is not).
- The header's second look read every line of the page again once it took a box; only the
  taken boxes are read now, the other lines keep their first read.
- A phone's marks misread on hard photos, each stopping the parser: a square bracket around
  the area code, a colon after the country code, a slash glued to a digit after the number.

The made-up engine of ``test_ocr_header_look13`` stands in for the models."""

from __future__ import annotations

from typing import Any

import pytest

from atspro.analysis.documents import ocr
from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.ocr_words import restore_spaces
from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_ocr_header_look13 import BODY, PAGE, HeaderOnlyEngine, _box

NAME = (_box(60, 60, 200, 24), "Jane Doe")
PHONE = "+1 415 555 0142"


class PagedEngine:
    """One ``HeaderOnlyEngine`` per page: a detection of a whole page moves to the next."""

    def __init__(self, pages: list[HeaderOnlyEngine]) -> None:
        self.pages, self.current, self.detections = pages, -1, 0

    def text_det(self, image: Any) -> tuple[Any, float]:
        self.detections += 1
        if image.shape[0] >= PAGE[0]:
            self.current += 1
        return self.pages[self.current].text_det(image)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pages[self.current], name)


def _read_pages(engine: Any, monkeypatch: pytest.MonkeyPatch, count: int) -> list[ocr.PageText]:
    from PIL import Image

    monkeypatch.setattr(ocr, "engine", lambda threads=2: engine)
    pictures = [Image.new("RGB", (PAGE[1], PAGE[0]), "white") for _ in range(count)]
    pages, _ = ocr.read_pages(pictures, count, ExtractLimits())
    return pages


def test_a_later_page_with_a_new_contact_item_gets_the_second_look(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Page 1 is a cover note giving an e-mail (no phone); page 2 is the resume, its header's
    e-mail read on the whole page and its phone boxed only on the header alone."""
    note = (_box(100, 60, 420), "Please write to me at hiring.jane@acme-robotics.org")
    mail = (_box(100, 60, 300), "jane.doe@acme-robotics.org")
    phone = (_box(120, 60, 160), PHONE)
    engine = PagedEngine(
        [HeaderOnlyEngine([NAME, note, *BODY], []), HeaderOnlyEngine([NAME, mail, *BODY], [phone])]
    )
    pages = _read_pages(engine, monkeypatch, 2)
    assert PHONE in pages[1].lines
    assert engine.detections == 4  # each page, and each page's header


def test_a_later_page_repeating_the_first_pages_e_mail_is_not_looked_at(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A running header: page 2 repeats page 1's e-mail; the contact block was page 1's."""
    mail = (_box(100, 60, 300), "jane.doe@acme-robotics.org")
    phone = (_box(120, 60, 160), PHONE)
    engine = PagedEngine(
        [HeaderOnlyEngine([NAME, mail, *BODY], []), HeaderOnlyEngine([NAME, mail, *BODY], [phone])]
    )
    _read_pages(engine, monkeypatch, 2)
    assert engine.detections == 3  # page 1 and its header, page 2 alone


@pytest.mark.parametrize(
    ("page", "earlier", "wanted"),
    [
        ((set(), set()), None, True),
        (({"a@b.org"}, set()), None, True),
        (({"a@b.org"}, {"4155550142"}), None, False),
        ((set(), set()), (set(), set()), True),  # the document has neither yet
        ((set(), set()), ({"a@b.org"}, set()), False),  # page 2 of a resume without phone
        (({"a@b.org"}, set()), ({"a@b.org"}, set()), False),  # a running header
        (({"c@d.org"}, set()), ({"a@b.org"}, set()), True),  # a new contact block
        ((set(), {"4155550142"}), ({"a@b.org"}, set()), False),  # the document has both now
        ((set(), {"4155550142"}), (set(), {"2025550199"}), True),  # no e-mail, a new phone
    ],
)
def test_when_a_page_wants_the_second_look(page: Any, earlier: Any, wanted: bool) -> None:
    frozen = tuple(frozenset(items) for items in page)
    before = None if earlier is None else tuple(frozenset(items) for items in earlier)
    assert ocr._wants_second_look(frozen, before) is wanted  # type: ignore[arg-type]


def test_the_second_look_reads_only_the_boxes_it_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name line was re-read (for its accents) on the first pass; taking the header's
    contact box re-reads that box alone, and the name keeps its first read."""
    contact = (_box(100, 60, 420), f"jane.doe@acme-robotics.org | {PHONE}")
    engine = HeaderOnlyEngine([NAME, *BODY], [contact])
    seen: list[list[str]] = []
    real = ocr.reread_names

    def spying(ocr_engine: Any, crops: list[Any], read: list[tuple[str, float]]) -> Any:
        seen.append([text for text, _ in read])
        return real(ocr_engine, crops, read)

    monkeypatch.setattr(ocr, "reread_names", spying)
    lines = _read_pages(engine, monkeypatch, 1)[0].lines
    assert lines[0] == "Jane Doe"
    assert any("jane.doe@acme-robotics.org" in line for line in lines)
    assert sum("Jane Doe" in texts for texts in seen) == 1
    assert seen[-1] == [contact[1]]
    assert sum("EDUCATION" in line for line in lines) == 1


_HEAD = (
    "Jane Doe\nQA Engineer\n{}\n\nEXPERIENCE\nQA Engineer at Acme Robotics (Jan 2019 - Mar 2023)\n"
)
# the contact lines at the foot of the page, after the skills (a sidebar read last)
_FOOT = (
    "Jane Doe\nQA Engineer\nEXPERIENCE\nQA Engineer at Acme Robotics (Jan 2019 - Mar 2023)\n"
    "SKILLS\nPython, SQL\nEmail: jane.doe@acme-robotics.org\n{}\nSpringfield, IL\n"
)


@pytest.mark.parametrize(
    ("page", "read", "phone"),
    [
        (_HEAD, "1-[415)-555-0142 | Springfield", "4155550142"),
        (_HEAD, "(415]555-0142 | Springfield", "4155550142"),
        (_HEAD, "+48:601234567 | Springfield", "48601234567"),
        (_HEAD, "jane.doe@acme-robotics.org +971501234567/8e", "971501234567"),
        (_FOOT, "Phone; +1 415 555 0142", "4155550142"),
        (_FOOT, "Mobile; (415) 555-0142", "4155550142"),
    ],
)
def test_a_phones_misread_marks_are_mended(page: str, read: str, phone: str) -> None:
    parsed = parse_resume(page.format(restore_spaces(read))).contact.phone
    assert parsed is not None and "".join(ch for ch in parsed if ch.isdigit()).endswith(phone)


@pytest.mark.parametrize(
    "kept",
    [
        "see [123) below",
        "Standup 10:30-11:45",
        "+1:30 hours overtime",
        "ratio 3/4",
        "Cell; biology",
    ],
)
def test_other_brackets_colons_and_slashes_stay(kept: str) -> None:
    assert restore_spaces(kept) == kept

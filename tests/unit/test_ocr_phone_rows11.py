"""Round 11: a phone in a contact row whose separators were lost — a place glued before the
number, a number in groups glued to the address by a "-", a bracket read twice — is set apart
so the parser reads it (made-up places, numbers and addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces, split_glued_phone
from atspro.analysis.resume.parser import parse_resume


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Springfield, Ohio+0301234567 | tom.wren@acme.de", "Springfield, Ohio +0301234567 | tom.wren@acme.de"),
        ("SPRINGFIELD, OHIO10301234567 | tom.wren@acme.de", "SPRINGFIELD, OHIO 10301234567 | tom.wren@acme.de"),
        ("Springfield.OH771-555-0199 | tom.wren@acme.com", "Springfield.OH 771-555-0199 | tom.wren@acme.com"),
        ("+813-5555-0123-tom.wren@acme.jp · Springfield", "+813-5555-0123 | tom.wren@acme.jp · Springfield"),
        ("tom.wren@acme.com +1 (415)) 555-0199", "tom.wren@acme.com +1 (415) 555-0199"),
    ],
)  # fmt: skip
def test_a_phone_glued_in_a_contact_row_is_set_apart(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


def test_the_parser_reads_the_phone_set_apart() -> None:
    line = restore_spaces("Springfield, OH771-555-0199 | tom.wren@acme.com")
    resume = parse_resume(f"Tom Wren\n{line}\n\nEXPERIENCE\nTester, Acme Robotics 2019-2021\n")
    assert resume.contact.phone is not None
    assert "".join(ch for ch in resume.contact.phone if ch.isdigit()).endswith("7715550199")


@pytest.mark.parametrize(
    "kept",
    [
        "Tom+4412345678@acme.com",  # plus addressing: the digits are the local part's
        "TWren123456789@acme.com",
        "ISO27001 and Windows10",  # a standard's or product's number
        "Order ABC1234567 shipped",
    ],
)
def test_a_word_and_its_own_digits_stay_together(kept: str) -> None:
    assert restore_spaces(kept) == kept


def test_a_word_glued_after_the_phone_across_two_boxes_is_set_apart() -> None:
    from atspro.analysis.documents.ocr import mend_page

    lines = mend_page(["TOM WREN", "tom.wren@acme.com +1 (415) 555-0199Springfield, OH"])
    assert lines[1] == "tom.wren@acme.com +1 (415) 555-0199 Springfield, OH"


def test_a_short_number_glued_to_a_word_stays() -> None:
    assert split_glued_phone("Team of 12Engineers") == "Team of 12Engineers"


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("+91-9555501234tom.wren@acme.in", "+91-9555501234 tom.wren@acme.in"),
        ("5551234abc", "5551234abc"),  # too short for a whole number before a small letter
        ("12345678px", "12345678px"),
    ],
)
def test_a_small_letter_after_a_whole_number_starts_a_word(read: str, fixed: str) -> None:
    assert split_glued_phone(read) == fixed

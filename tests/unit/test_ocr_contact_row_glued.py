"""A contact row whose separators were lost or read as "-": a place and a phone glued before
an address, a "-" after its domain (made-up places, numbers and addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (
            "Springfield.Ohio10301234567tom.wren@acme.de",
            "Springfield. Ohio 10301234567 | tom.wren@acme.de",  # round 11: the place apart
        ),
        (
            "SPRINGFIELD.OHIO+0301234567-tom.wren@acme.de",
            "SPRINGFIELD.OHIO +0301234567 | tom.wren@acme.de",
        ),
        (
            "tom.wren@acme.co.uk-02079460321-Springfield.OH",
            "tom.wren@acme.co.uk | 02079460321-Springfield.OH",
        ),
        ("tom.wren@acme.com-Springfield", "tom.wren@acme.com | Springfield"),
    ],
)
def test_the_address_is_set_apart_from_its_glued_neighbours(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "jo.wren1234567x@acme.com",  # no capital before the number: the local part's digits
        "Jo1234567@acme.com",
        "jo@acme-2024.com",  # a hyphen of the domain
        "jo@mail.acme-1234567.com",
        "jo@acme.com-Labs.com",
    ],
)
def test_addresses_with_digits_or_hyphens_of_their_own_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept

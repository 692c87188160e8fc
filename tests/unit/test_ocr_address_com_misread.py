"""An address's ".com" misread on a photo: ".corn", ".con", ".c0m", ".cm" after a mail
provider, " com" after a domain with no dot (made-up addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("tam.wren@acmelabs.corn", "tam.wren@acmelabs.com"),
        ("tam.wren@acmelabs.con | +1 415", "tam.wren@acmelabs.com | +1 415"),
        ("tam.wren@gmail.cm", "tam.wren@gmail.com"),
        ("tam.wren@acmelabs com | +1 415", "tam.wren@acmelabs.com | +1 415"),
    ],
)
def test_the_com_comes_back(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    ["tam@acmelabs.cm", "tam@acme.co.uk com", "tam@corn.org", "tam@acmelabs company"],
)
def test_real_domains_and_words_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept

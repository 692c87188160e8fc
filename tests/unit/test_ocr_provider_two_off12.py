"""Round 12: a mail provider's name read with a digit for a letter and a letter off besides,
or a long provider's name two letters off (made-up addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("r.tarnwell@pema1l.com", "r.tarnwell@email.com"),  # "1" an "i", a letter too many
        ("r.tarnwell@outtok.com | Springfield", "r.tarnwell@outlook.com | Springfield"),
        ("r.tarnwell@bigbond.com.au", "r.tarnwell@bigpond.com.au"),
        ("r.tarnwell@hotmai1.co.uk", "r.tarnwell@hotmail.co.uk"),
    ],
)
def test_a_provider_read_a_little_off_is_the_provider(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "r.tarnwell@notebook.com",  # three letters off a long provider
        "r.tarnwell@gnall.com",  # a short provider two letters off
        "r.tarnwell@acme1.com",
        "r.tarnwell@m1t.edu",
    ],
)
def test_other_domains_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept

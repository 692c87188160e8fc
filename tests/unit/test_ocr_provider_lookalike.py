"""A mail provider's name or domain as a blurred photo reads it (made-up addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Springfield | 555-0100 | twren@cmail.com", "Springfield | 555-0100 | twren@email.com"),
        ("tam.w@examplejp", "tam.w@example.jp"),
        ("tam.w@mailru | +7 495", "tam.w@mail.ru | +7 495"),
    ],
)
def test_an_e_read_as_c_and_a_country_domains_lost_dot(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize("kept", ["tam@acme.com", "tam@gmail.com", "tam@mecom.org", "tam@meuk"])
def test_other_domains_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept

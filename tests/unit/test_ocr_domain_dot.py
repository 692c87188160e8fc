"""An e-mail address whose domain lost its dot on a photo (made-up addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("tom.wrenfold@oakhavenedu", "tom.wrenfold@oakhaven.edu"),
        (
            "t_wrenfold@acmeroboticscom | +1 415 555 0100",
            "t_wrenfold@acmerobotics.com | +1 415 555 0100",
        ),
        ("dana@wrenfoldworksorg", "dana@wrenfoldworks.org"),
    ],
)
def test_a_domains_lost_dot_before_a_generic_top_level_domain_is_put_back(
    read: str, fixed: str
) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize("kept", ["tom@cs.oakhavenedu", "jo@acme.com", "a@bcom"])
def test_domains_with_a_dot_or_too_short_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept

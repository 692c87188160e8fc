"""An e-mail address a photo's read lost: its domain's dot dropped, or its "@" dropped or
misread so that no address is left on the page (made-up people and addresses)."""

from __future__ import annotations

from typing import Any

import pytest

np = pytest.importorskip("numpy")

from atspro.analysis.documents.ocr_reread import (  # noqa: E402
    address_found,
    has_address,
    reread_addresses,
)
from atspro.analysis.documents.ocr_words import restore_spaces  # noqa: E402


class FakeEngine:
    """Returns the given second reads, in order, and records how many crops it was given."""

    def __init__(self, second: list[tuple[str, float]]) -> None:
        self.second = second
        self.asked: list[int] = []

    def text_rec(self, crops: list[Any]) -> tuple[list[tuple[str, float]], float]:
        self.asked.append(len(crops))
        answer, self.second = self.second[: len(crops)], self.second[len(crops) :]
        return answer, 0.0


def _crops(count: int) -> list[Any]:
    return [np.full((12, 40, 3), 255, dtype=np.uint8) for _ in range(count)]


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


def test_address_found_takes_only_a_new_address_on_the_same_line() -> None:
    assert has_address("tom.wrenfold@acme.com | Oakhaven")
    assert not has_address("tom.wrenfoldeacme,com | Oakhaven")
    assert address_found("tom.wrenfoldeacme.com | Oakhaven", "tom.wrenfold@acme.com | Oakhaven")
    # the first read had one already: nothing to mend
    assert not address_found("tom.wrenfold@acme.com", "tom.wrenfod@acme.com")
    # another line altogether
    assert not address_found("tom.wrenfoldeacme.com | Oakhaven", "jo@other.org | Brightmoor")


def test_a_line_whose_at_was_misread_is_read_again_when_the_page_has_no_address() -> None:
    first = [
        ("Tom Wrenfold", 0.95),
        ("tom.wrenfold3acmerobotics.com | Oakhaven", 0.81),
        ("www.wrenfoldworks.com", 0.93),
        ("SUMMARY", 0.99),
    ]
    engine = FakeEngine([("tom.wrenfold@acmerobotics.com | Oakhaven", 0.84), ("x", 0.5)])
    out = reread_addresses(engine, _crops(4), first)
    assert out[1] == ("tom.wrenfold@acmerobotics.com | Oakhaven", 0.84)
    assert out[0] == first[0] and out[3] == first[3]
    assert engine.asked == [1]  # the address-shaped line; a website ("www.") is not asked


def test_no_line_is_read_again_when_the_page_has_its_address() -> None:
    first = [("Tom Wrenfold", 0.95), ("tom.wrenfold@acme.com", 0.9), ("wrenfoldworks.com", 0.9)]
    engine = FakeEngine([("tom.wrenfold@acme.com", 0.9)])
    reread_addresses(engine, _crops(3), first)
    assert engine.asked == [1]  # only the "@" line, for a doubled letter


def test_a_second_read_that_still_has_no_address_keeps_the_first() -> None:
    first = [("Tom Wrenfold", 0.95), ("tom.wrenfold3acme.com", 0.81)]
    engine = FakeEngine([("tom.wrenfod3acme.com", 0.9)])
    assert reread_addresses(engine, _crops(2), first) == first

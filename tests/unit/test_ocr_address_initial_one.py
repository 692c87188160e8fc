"""A surname's initial "t" or "f" read as "1" between a first name and a number in an
address (made-up people)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_contact import mend_addresses


@pytest.mark.parametrize(
    ("name", "read", "fixed"),
    [
        ("Olwen Tarrow", "olwen-195@mail.com", "olwen-t95@mail.com"),
        ("Brisa Fennimore", "brisa_187@proton.me", "brisa_f87@proton.me"),
    ],
)
def test_the_initial_comes_back(name: str, read: str, fixed: str) -> None:
    assert mend_addresses([name, read]) == [name, fixed]


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("Olwen Barrow", "olwen-195@mail.com"),  # another initial
        ("Olwen Tarrow Finch", "olwen-195@mail.com"),  # two other words
        ("Olwen Tarrow", "ada-195@mail.com"),  # not a word of the name
        ("Olwen Tarrow", "olwen-1995@mail.com"),  # a year
    ],
)
def test_the_read_is_kept_without_the_evidence(name: str, read: str) -> None:
    assert mend_addresses([name, read]) == [name, read]


def test_the_name_line_decides_when_a_title_follows_it() -> None:
    lines = ["OLWEN TARROW", "Network Engineer", "Summary", "olwen-195@mail.com"]
    assert mend_addresses(lines)[3] == "olwen-t95@mail.com"

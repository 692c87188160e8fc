"""An e-mail's underscore read as a gap, and its initial "o" read as a zero, mended from the
name the page's header prints (made-up people)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_contact import mend_addresses


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (
            "tomas wrenfold.85@mail.com | +1 415 555 0100",
            "tomas_wrenfold.85@mail.com | +1 415 555 0100",
        ),
        ("wrenfold tomas7@mail.com", "wrenfold_tomas7@mail.com"),
        (
            "+44 20 7946 0123 · tomas wrenfold@mail.com",
            "+44 20 7946 0123 · tomas_wrenfold@mail.com",
        ),
    ],
)
def test_an_underscore_read_as_a_gap_between_two_name_words_is_put_back(
    read: str, fixed: str
) -> None:
    assert mend_addresses(["Tomas Wrenfold", read]) == ["Tomas Wrenfold", fixed]


@pytest.mark.parametrize(
    "kept",
    [
        "contact tomas.wrenfold@mail.com",  # a label, no name word
        "tomas tomas7@mail.com",  # the same word twice
        "tomas oakhaven@mail.com",  # the second word is not the name's
    ],
)
def test_a_gap_before_an_address_without_two_name_words_is_kept(kept: str) -> None:
    assert mend_addresses(["Tomas Wrenfold", kept])[1] == kept


def test_an_initial_o_read_as_a_zero_before_the_surname_is_the_letter() -> None:
    page = ["Oda Wrenfold", "0.wrenfold-21@live.com"]
    assert mend_addresses(page)[1] == "o.wrenfold-21@live.com"
    other = ["Ada Wrenfold", "0.wrenfold-21@live.com"]  # no "o" initial: a real zero
    assert mend_addresses(other)[1] == "0.wrenfold-21@live.com"

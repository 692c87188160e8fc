"""An "@" read as a symbol or as the letter "a" before a domain that is no mail provider
(made-up people and addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_contact import mend_addresses
from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("jane.wrenfold(a)acme-labs.org", "jane.wrenfold@acme-labs.org"),
        ("jane.wrenfold © acmelabs.org | +1 415", "jane.wrenfold@acmelabs.org | +1 415"),
        ("tk_wren®oakhaven.edu", "tk_wren@oakhaven.edu"),
    ],
)
def test_an_at_read_as_a_symbol_joins_any_domain(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize("kept", ["Copyright © acmelabs.org", "Acme® acmelabs.org"])
def test_a_spaced_symbol_after_a_capitalised_word_is_no_address(kept: str) -> None:
    assert restore_spaces(kept) == kept


def test_an_a_before_a_domain_the_page_links_elsewhere_is_the_at() -> None:
    lines = ["Tamsin Wrenfold", "tamsinw.dev | qx.co/tw", "tamwaqx.com | 415 555 0100"]
    assert mend_addresses(lines)[2] == "tamw@qx.com | 415 555 0100"


def test_an_a_after_the_persons_name_is_the_at() -> None:
    lines = ["Tamsin Wrenfold", "tamsin.wrenfoldaoakhaven-labs.org | +1 415 555 0100"]
    assert mend_addresses(lines)[1] == "tamsin.wrenfold@oakhaven-labs.org | +1 415 555 0100"


@pytest.mark.parametrize(
    "lines",
    [
        ["Tamsin Wrenfold", "tamwaqx.com | 415 555 0100"],  # no evidence on the page
        ["Tamsin Wrenfold", "www.tamsinwrenfoldaqx.org"],  # a web address
        ["Tamsin Wrenfold", "tamsinwrenfoldaqx.org/blog"],  # a path: a site
        ["Tamsin Wrenfold", "see qx.com and tamwaqx.com/about"],
    ],
)
def test_without_evidence_or_on_a_site_the_read_is_kept(lines: list[str]) -> None:
    assert mend_addresses(lines) == lines


def test_a_title_under_the_name_is_no_evidence() -> None:
    lines = ["Tamsin Wrenfold", "Data Analyst", "dataanalystaoakhaven.org"]
    assert mend_addresses(lines) == lines

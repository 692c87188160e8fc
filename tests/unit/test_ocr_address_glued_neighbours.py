"""An e-mail address glued to what stands beside it on a photo's contact line, or with a
dot of a provider's country domain lost (made-up people, places and numbers)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_contact import mend_addresses
from atspro.analysis.documents.ocr_words import restore_spaces


def _page(header: str, contact: str) -> list[str]:
    return mend_addresses([header, restore_spaces(contact)])


def test_a_phone_glued_after_a_dotless_domain_is_set_apart() -> None:
    # the "+" and the separator lost: the digits make a valid number with a "+" in front
    read = "janewrenfold228@gmallcom442079460958 | Portfolio"
    assert restore_spaces(read) == "janewrenfold228@gmail.com | 442079460958 | Portfolio"


@pytest.mark.parametrize(
    "kept",
    [
        "jo@acmeroboticscom12345678",  # no valid number: the digits stay the domain's
        "jo@acme.com",
    ],
)
def test_digits_that_make_no_phone_stay(kept: str) -> None:
    assert restore_spaces(kept) == kept


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Email: tavernor_k58@yahoo.coin", "Email: tavernor_k58@yahoo.co.in"),
        ("k.tavernor@uol.combr | Recife", "k.tavernor@uol.com.br | Recife"),
    ],
)
def test_a_providers_country_domain_gets_its_second_dot_back(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize("kept", ["k@yahoo.coop", "k@acme.coin", "k@yahoo.co.in"])
def test_other_domains_keep_their_labels(kept: str) -> None:
    assert restore_spaces(kept) == kept


def test_a_place_glued_before_an_address_is_split_at_the_headers_name() -> None:
    page = _page("JANE WRENFOLD", "4 Oak Lane, Millbrookwrenfold.jane@gmail.com | +1 415 555 0100")
    assert page[1] == "4 Oak Lane, Millbrook wrenfold.jane@gmail.com | +1 415 555 0100"


@pytest.mark.parametrize(
    "contact",
    [
        "Oak Lane, Bobwrenfold@gmail.com",  # a short first piece may be a nickname
        "Oak Lane, Wrenfoldjane@gmail.com",  # the piece before is the name itself
        "Millbrookwrenfold.jane@gmail.com",  # no comma: not a place written "Town, Region"
        "Oak Lane, Millbrookquill@gmail.com",  # the rest is no word of the name
    ],
)
def test_a_glued_word_without_the_names_evidence_stays(contact: str) -> None:
    assert _page("Jane Wrenfold", contact)[1] == contact


def test_a_credential_after_the_name_leaves_it_a_name_line() -> None:
    # "folcetta"-type misread: the name line in large print spells the surname
    page = _page("JANE WRENFOLD, PHD", "janewrenfeld228@gmail.com | Portfolio")
    assert page[1] == "janewrenfold228@gmail.com | Portfolio"

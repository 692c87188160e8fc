"""Round 11: an "@" the recogniser dropped altogether, before a domain no mail provider, put
back only with the page's evidence: the person's name (also as first name and the surname's
initial), or the name read below a sidebar (made-up people and domains)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_contact import mend_addresses


def test_a_dropped_at_after_the_persons_name_is_put_back() -> None:
    lines = ["Tamsin Wrenfold", "tamsin.wrenfoldoakhaven-labs.org | +1 415 555 0100"]
    assert mend_addresses(lines)[1] == "tamsin.wrenfold@oakhaven-labs.org | +1 415 555 0100"


def test_a_first_name_and_initial_is_evidence_and_the_domain_is_mended() -> None:
    lines = ["TAMSIN WRENFOLD", "SPRINGFIELD · +1 415 555 0100 · tamsin.woakhavenorg"]
    assert mend_addresses(lines)[1].endswith("tamsin.w@oakhaven.org")


def test_the_name_below_a_sidebar_is_evidence() -> None:
    sidebar = ["CONTACT", "tamsin.wrenfoldoakhaven.org", "+1 415 555 0100", "SKILLS", "Python"]
    lines = mend_addresses([*sidebar, "Docker", "Terraform", "Ansible", "Tamsin Wrenfold"])
    assert lines[1] == "tamsin.wrenfold@oakhaven.org"


@pytest.mark.parametrize(
    "lines",
    [
        ["Tamsin Wrenfold", "tamsinwrenfold.org"],  # her site: the domain is her name
        ["Tamsin Wrenfold", "tw@qx.org | tamsin.wrenfoldoakhaven.org"],  # an address is read
        ["Tamsin Wrenfold", "brightoakhaven.org"],  # no evidence
    ],
)
def test_without_evidence_or_beside_an_address_the_read_is_kept(lines: list[str]) -> None:
    assert mend_addresses(lines) == lines

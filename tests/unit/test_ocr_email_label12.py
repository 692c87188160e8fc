"""Round 12: an "Email"/"mailto" label glued to the address, its colon lost (made-up
addresses)."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Emailr.tarnwell@acme.org", "Email: r.tarnwell@acme.org"),
        ("E-mailrtarnwell@acme.org | Springfield", "E-mail: rtarnwell@acme.org | Springfield"),
        ("EMAILrtarnwell@acme.org", "EMAIL: rtarnwell@acme.org"),
        ("Emallr.tarnwell@acme.org", "Emall: r.tarnwell@acme.org"),
        ("mailtortarnwell@acme.org", "mailto: rtarnwell@acme.org"),
    ],
)
def test_a_glued_label_is_set_apart(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "emailrtarnwell@acme.org",  # small letters: the address itself may start so
        "Email: rtarnwell@acme.org",
        "Emily.tarnwell@acme.org",
        "Emailing the team weekly",
        "mailtom@acme.org",  # one letter after it: too short for a local part
    ],
)
def test_other_reads_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept

"""Round 13: a mail provider's name read further off than one letter.

A long distinct provider ("rediffmail", 10 letters) read as long as it is but three letters
off is still that provider when no other provider is within five; a long generic one
("example", 7 letters) read with its dot two letters off is that one (as the distinct ones
since round 12). Shorter names, and other domains, stay as read."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import mend_domains


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("jane.doe@rodlifmail.com", "jane.doe@rediffmail.com"),
        ("jane.doe@prctanmall.com", "jane.doe@protonmail.com"),
        ("jane.doe@exampiple.co.uk", "jane.doe@example.co.uk"),
        ("jane.doe@exarnple.com", "jane.doe@example.com"),
        ("jane.doe@laposle.net", "jane.doe@laposte.net"),
    ],
)
def test_a_long_provider_read_further_off_is_that_provider(read: str, meant: str) -> None:
    assert mend_domains(read) == meant


@pytest.mark.parametrize(
    "read",
    [
        "jane.doe@reaitmal.com",  # four letters off "rediffmail"
        "jane.doe@redcliffs.com",
        "jane.doe@exemplar.com",
        "jane.doe@samples.com",
        "jane.doe@brightinternet.com",
        "jane.doe@acme-robotics.com",
        "jane.doe@gmailx.com".replace("x", "xyz"),  # short names stay one letter off
    ],
)
def test_other_domains_stay_as_read(read: str) -> None:
    assert mend_domains(read) == read


def test_a_domain_read_in_two_boxes_is_mended_on_its_laid_out_line() -> None:
    """The detector boxed "…@exampi" and "ple.co.uk" apart: each box's own repairs saw half a
    domain; the laid-out line holds it whole."""
    from atspro.analysis.documents.ocr import mend_page

    lines = mend_page(["JANE DOE", "SPRINGFIELD, IL | jane.doe@exampiple.co.uk"])
    assert lines[1].endswith("jane.doe@example.co.uk")

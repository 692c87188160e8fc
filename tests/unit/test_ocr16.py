"""Round 16 OCR contact reading: e-mail and phone mends on invented pages (no sample text).

Each case is a made-up OCR read of a page's first lines (the laid-out lines ``mend_page``
gets, or one box's text for ``restore_spaces``), as the earlier OCR unit tests do."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr import mend_page
from atspro.analysis.documents.ocr_words import restore_plus, restore_spaces


@pytest.mark.parametrize("run", ["14155550142", "12125550199"])
def test_a_bare_north_american_number_no_chinese_range_holds_gets_its_plus(run: str) -> None:
    lines = ["Jane Doe", "QA Engineer", f"Tel: {run}", "jane@example.org"]
    assert restore_plus(lines)[2] == f"Tel: +{run}"


@pytest.mark.parametrize("run", ["15012345678", "13912345678"])
def test_a_chinese_mobile_still_gets_no_plus(run: str) -> None:
    lines = ["Jane Doe", "QA Engineer", f"Tel: {run}", "jane@example.org"]
    assert restore_plus(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "+" + "1 " * 20000,
        "+1 " * 20000,
        "(1) " * 20000,
        "+1 1a" * 10000,
        "+" + "1." * 40000 + "x",
    ],
)
def test_long_digit_rows_are_read_in_linear_time(line: str) -> None:
    """Phone shapes bounded to a phone's length: these finished in minutes before."""
    assert restore_spaces(line)
    assert mend_page([line])

"""The round-13 layouts of ``bench/layout_stress.py`` (shapes real resume tools produce: TJ
arrays and one-glyph runs, band and turned headings, symbol-font icons, hidden keywords,
content controls, fields, tracked changes, comments, nested and whole-CV tables, right-to-
left paragraphs, soft hyphens, smart tags, ODT frames) each read the made-up CV right: name,
contact, sections, roles with dates, schools, skills. The cases read through OCR are left to
the bench (seconds each). Made-up details only.
"""

from __future__ import annotations

import pytest

from bench.layout_stress import CASES13, check

FAST = {name: make for name, make in CASES13.items() if "ocr:" not in name}


@pytest.mark.parametrize("name", sorted(FAST))
def test_layout_reads_the_whole_cv(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    data, filename = FAST[name]()
    assert check(name, data, filename) == []

"""The round-14 layouts of ``bench/layout_stress14.py`` (shapes real resume builders make:
form XObjects, Type3 fonts, a right-to-left page, design-tool exports, LaTeX, Word's tagged
PDF, Google Docs' word runs, LinkedIn's and Europass's layouts, stuffing over a band of an
outlined page, DOCX two-column sections, footer fields and numbering bullets) each read the
made-up CV right: name, contact, sections, roles with dates, schools, skills. Made-up details
only.
"""

from __future__ import annotations

import pytest

from bench.layout_stress import check
from bench.layout_stress14 import CASES14


@pytest.mark.parametrize("name", sorted(CASES14))
def test_layout_reads_the_whole_cv(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    data, filename = CASES14[name]()
    assert check(name, data, filename) == []

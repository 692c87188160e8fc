"""The round-15 layouts of ``bench/layout_stress15.py`` (a right-to-left PDF page in visual
order with the Latin details inside its lines, right-to-left DOCX paragraphs, lines drawn
twice, small capitals by two sizes, Tc / Tw letter spacing, a header table, DOCX content
controls, custom XML, split and nested fields, a Europass table with capitals inside an entry,
ODT frames, an RTF resume) each read the made-up CV right: name, contact, sections, roles
with dates, schools, skills. Made-up details only.
"""

from __future__ import annotations

import pytest

from bench.layout_stress import check
from bench.layout_stress15 import CASES15


@pytest.mark.parametrize("name", sorted(CASES15))
def test_layout_reads_the_whole_cv(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    data, filename = CASES15[name]()
    assert check(name, data, filename) == []

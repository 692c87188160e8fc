"""Section labels drawn turned along a sidebar's block (layout round 13, docs/extract.md).

A template writes "CONTACT", "SKILLS" up (or down) the page's edge, centred on the block each
heads. Turned text was read after the page body, so every label came after all the blocks and
the blocks fell under the section before them. Made-up details.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from atspro.analysis.documents.extract import extract_text

BLOCKS = [
    ("CONTACT", ["jo.ray@example.com", "+1 555 0100 200", "Lakeview, Norland"]),
    ("SKILLS", ["Python", "Kotlin", "Docker", "Terraform"]),
]


def _page(angle: float, glyphs: bool = False, beside: bool = True) -> bytes:
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    y = 120.0
    for label, items in BLOCKS:
        pdf.set_font("helvetica", "B", 10)
        half = pdf.get_string_width(label) / 2
        mid = y + 7 * (len(items) - 1)
        start = mid + half if angle == 90 else mid - half
        with pdf.rotation(angle, 26, start):
            x = 26.0
            for piece in label if glyphs else [label]:
                pdf.text(x, start, piece)
                x += pdf.get_string_width(piece)
        pdf.set_font("helvetica", size=9)
        for k, item in enumerate(items):
            pdf.text(40 if beside else 400, y + 14 * k, item)
        y += 14 * len(items) + 30
    pdf.set_font("helvetica", "B", 20)
    pdf.text(200, 50, "Jo Ray")
    pdf.set_font("helvetica", size=10)
    for k, line in enumerate(["EXPERIENCE", "Engineer, Acme Robotics", "2019 - 2024"]):
        pdf.text(200, 120 + 14 * k, line)
    return bytes(pdf.output())


@pytest.mark.parametrize("angle", [90, 270])
@pytest.mark.parametrize("glyphs", [False, True])
def test_a_turned_label_is_read_above_its_block(angle: float, glyphs: bool) -> None:
    lines = extract_text(_page(angle, glyphs)).text.splitlines()
    for label, items in BLOCKS:
        assert lines[lines.index(label) + 1] == items[0]


def test_a_turned_word_with_no_block_beside_it_stays_after_the_body() -> None:
    lines = extract_text(_page(90, beside=False)).text.splitlines()
    assert lines[-2:] == ["CONTACT", "SKILLS"]

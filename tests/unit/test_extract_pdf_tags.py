"""Skill tags: each item drawn in a box of its own is a cell, even when the gap is narrow.

Generated PDFs (fpdf2), made-up items; the class was met on templates that draw the skills as
a row of outlined, lightly filled tags in a monospace font (space 0.6 em, tags 1.7 em apart).
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text

SIZE = 9.0
PROSE = [
    "Backend engineer who keeps payment queues fast and boring, and writes it all down.",
    "Second line of the summary so the page has a body of ordinary running text on it.",
]
TAGS = [["Load Balancing", "Caching", "Message Queues"], ["Rate Limiting", "Tracing"]]


def _page(*, boxed: bool, panel: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 40.0
    for line in ["Orla Vantongeren", *PROSE, "SKILLS"]:
        pdf.set_xy(40, y)
        pdf.cell(w=500, h=12, text=line)
        y += 16
    pdf.set_font("courier", size=SIZE)
    advance = 0.6 * SIZE  # courier: every glyph, the space too
    if panel:  # one big shaded panel behind the whole list: no tags
        pdf.set_fill_color(235, 238, 242)
        pdf.rect(34, y - 4, 420, 22 * len(TAGS) + 4, style="F")
    for row in TAGS:
        x = 40.0
        for tag in row:
            width = advance * len(tag) + 8
            if boxed:
                pdf.set_fill_color(244, 245, 247)
                pdf.set_draw_color(208, 213, 220)
                pdf.rect(x, y, width, 16, style="DF")
            pdf.set_xy(x + 4, y + 2)
            pdf.cell(w=width - 8, h=12, text=tag)
            x += width + 7.5  # the tags' gap: ~1.7 em from text to text
        y += 22
    return bytes(pdf.output())


def _skill_lines(data: bytes) -> list[str]:
    lines = extract_text(data, "cv.pdf").text.splitlines()
    start = lines.index("SKILLS") + 1
    return lines[start : start + len(TAGS)]


def test_tags_in_boxes_of_their_own_are_cells() -> None:
    # before: "Load Balancing Caching Message Queues" (one item to a list reader)
    assert _skill_lines(_page(boxed=True)) == [
        "Load Balancing  Caching  Message Queues",
        "Rate Limiting  Tracing",
    ]


def test_the_same_words_without_boxes_or_on_one_panel_keep_their_spaces() -> None:
    plain = ["Load Balancing Caching Message Queues", "Rate Limiting Tracing"]
    assert _skill_lines(_page(boxed=False)) == plain
    assert _skill_lines(_page(boxed=False, panel=True)) == plain


def test_a_one_letter_language_among_tags_is_still_read() -> None:
    # a named tool a cell gap away stands for the list separator, as one a space away does
    from atspro.analysis.resume.parser import parse_resume

    text = (
        "Orla Vantongeren\norla@example.com\nSkills\nLanguages\nRust  Haskell  C\nKotlin\n"
        "Experience\nEngineer, Quillfield Systems, 2020 - 2023\n"
    )
    assert "C" in {s.name for s in parse_resume(text).skills}

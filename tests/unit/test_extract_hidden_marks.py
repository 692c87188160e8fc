"""Hidden marks that hide no word are no hidden text (any hidden text is a critical finding).

Generated documents with made-up lines; the classes were met on real resumes: a browser's
print draws each list marker as a shape plus a white 0.75 pt "•" glyph, and Word keeps hidden
"Top of Form" / "Bottom of Form" paragraphs around a form pasted from a web page.
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text
from tests.fixtures.documents import make_docx, make_pdf_with_hidden_text

BULLETS = [
    "Tamsin Okafor",
    "Kept the night shift's freight schedule for a regional depot",
    "Trained four new dispatchers on the routing board",
]


def _pdf_with_white_markers(words: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # draws "•"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for i, line in enumerate(BULLETS):
        y = 20 + 6 * i
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(22, y)
        pdf.cell(w=170, h=5, text=line)
        if i:
            pdf.circle(x=19, y=y + 2.5, radius=0.6, style="F")  # the marker, drawn as a shape
            pdf.set_text_color(255, 255, 255)
            pdf.set_font_size(0.75)
            pdf.set_xy(19, y + 3)
            pdf.cell(w=1, h=1, text="•")  # ... and a white glyph for text selection
            pdf.set_font_size(10)
    if words:
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(22, 60)
        pdf.cell(w=170, h=5, text=words)
    return bytes(pdf.output())


def test_white_list_markers_are_no_hidden_text() -> None:
    # before: 2 characters of hidden text, "critical" keyword stuffing
    result = extract_text(_pdf_with_white_markers(), "cv.pdf")
    assert result.hidden_text_chars == 0
    assert "Trained four new dispatchers" in result.text


def test_white_words_beside_them_still_count() -> None:
    result = extract_text(_pdf_with_white_markers("kubernetes terraform"), "cv.pdf")
    assert result.hidden_text_chars == len("kubernetesterraform")


def test_a_hidden_digit_only_piece_is_not_counted_but_a_hidden_word_is() -> None:
    assert extract_text(make_pdf_with_hidden_text(BULLETS, "2", how="tiny")).hidden_text_chars == 0
    hidden = extract_text(make_pdf_with_hidden_text(BULLETS, "ansible", how="tiny"))
    assert hidden.hidden_text_chars == len("ansible")


def test_words_form_bounds_are_neither_text_nor_hidden_text() -> None:
    # before: "Top of Form" was the document's first line and 9 hidden characters
    for mark in ("Top of Form", "Bottom of Form"):
        result = extract_text(make_docx(BULLETS, hidden=mark), "cv.docx")
        assert result.hidden_text_chars == 0
        assert mark not in result.text


def test_other_hidden_paragraphs_still_count() -> None:
    result = extract_text(make_docx(BULLETS, hidden="Top of Form python django"), "cv.docx")
    assert result.hidden_text_chars == len("TopofFormpythondjango")
    assert "python django" in result.text

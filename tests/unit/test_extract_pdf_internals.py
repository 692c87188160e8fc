"""PDF walker edge cases: self-drawing forms, rotated text, and the plain-pypdf fallback."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from atspro.analysis.documents import pdf as pdf_module
from atspro.analysis.documents.extract import extract_text
from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_resume_pdf


def helvetica(writer: PdfWriter) -> object:
    """A reference to a standard Type 1 Helvetica font dictionary added to ``writer``."""
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    return writer._add_object(font)


def pdf_with_self_drawing_form() -> bytes:
    """A page whose form XObject draws itself: a loop a naive walker never leaves."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    form = DecodedStreamObject()
    form.set_data(b"BT /F1 12 Tf 72 700 Td (Inside the form) Tj ET /Fm1 Do")
    form_ref = writer._add_object(form)
    resources = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): helvetica(writer)}),
            NameObject("/XObject"): DictionaryObject({NameObject("/Fm1"): form_ref}),
        }
    )
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(v) for v in (0, 0, 612, 792)]),
            NameObject("/Resources"): resources,
        }
    )
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 72 740 Td (Alex Morgan, engineer) Tj ET /Fm1 Do")
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = resources
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_form_that_draws_itself_is_read_once() -> None:
    result = extract_text(pdf_with_self_drawing_form())
    assert result.text.splitlines() == ["Alex Morgan, engineer", "Inside the form"]


def test_rotated_text_is_kept_after_the_page_body() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(text="Alex Morgan, Senior Engineer", new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(90, x=15, y=200):
        pdf.text(15, 200, "PORTFOLIO")
    result = extract_text(bytes(pdf.output()))
    assert result.text.splitlines() == ["Alex Morgan, Senior Engineer", "PORTFOLIO"]


def test_walker_failure_falls_back_to_pypdf_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise AttributeError("pypdf internals changed")

    monkeypatch.setattr(pdf_module._Walker, "_run", broken)
    result = extract_text(make_resume_pdf())
    flat = " ".join(result.text.split())
    assert all(" ".join(line.split()) in flat for line in SAMPLE_RESUME_LINES)


def test_missing_private_font_api_falls_back_to_pypdf_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module, "Font", None)
    assert SAMPLE_RESUME_LINES[0] in extract_text(make_resume_pdf()).text


def pdf_with_colour_spaces() -> bytes:
    """Text in a spot colour at full tint (visible) and in ICC-based RGB white (hidden)."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    icc = DecodedStreamObject()
    icc.set_data(b"")
    icc[NameObject("/N")] = NumberObject(3)
    spot = ArrayObject(
        [
            NameObject("/Separation"),
            NameObject("/BrandBlue"),
            NameObject("/DeviceCMYK"),
            DictionaryObject(),
        ]
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): helvetica(writer)}),
            NameObject("/ColorSpace"): DictionaryObject(
                {
                    NameObject("/CS0"): spot,
                    NameObject("/CS1"): ArrayObject(
                        [NameObject("/ICCBased"), writer._add_object(icc)]
                    ),
                }
            ),
        }
    )
    content = DecodedStreamObject()
    content.set_data(
        b"/CS0 cs 1 scn BT /F1 12 Tf 72 740 Td (Alex Morgan in brand blue) Tj ET "
        b"/CS1 cs 1 1 1 scn BT /F1 12 Tf 72 700 Td (kubernetes golang) Tj ET"
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_spot_colour_at_full_tint_is_visible_and_icc_white_is_hidden() -> None:
    result = extract_text(pdf_with_colour_spaces())
    assert result.text.splitlines() == ["Alex Morgan in brand blue", "kubernetes golang"]
    assert result.hidden_text_chars == len("kubernetesgolang")

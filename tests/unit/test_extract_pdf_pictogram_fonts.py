"""Symbol fonts whose pictograms read as letters (layout round 9, docs/extract.md).

A LaTeX CV draws its contact icons with a symbol font (marvosym's phone, letter and globe
signs) that has neither a text mapping nor an encoding: decoded through the standard
encoding, each sign read as a letter glued in front of the detail it marks ("B Springfield").
The PDFs are written with pypdf; people and places are made up.
"""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from atspro.analysis.documents.extract import extract_text
from tests.unit.test_extract_pdf_glyphs import _pdf

CONTACT = (
    b"BT /F1 16 Tf 72 740 Td (Jordan Vale) Tj ET "
    b"BT /F2 10 Tf 72 710 Td (B) Tj ET BT /F1 10 Tf 86 710 Td (Lakeview, Norland) Tj ET "
    b"BT /F2 10 Tf 72 695 Td (T) Tj ET BT /F1 10 Tf 86 695 Td (+1 555 0100) Tj ET "
    b"BT /F2 10 Tf 72 680 Td (m) Tj ET BT /F1 10 Tf 86 680 Td (jordan@example.org) Tj ET "
)


def _symbol_font(base: str, charset: str | None, encoding: str | None = None) -> object:
    """A Type 1 symbol font with no /ToUnicode and no /Encoding (or the named ``encoding``);
    its descriptor lists the glyph names ``charset`` ("/Telefon/Letter") when given."""

    def add(writer: PdfWriter) -> object:
        descriptor = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/FontDescriptor"),
                NameObject("/FontName"): NameObject(base),
                NameObject("/Flags"): NumberObject(4),
            }
        )
        if charset is not None:
            descriptor[NameObject("/CharSet")] = TextStringObject(charset)
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject(base),
                NameObject("/FirstChar"): NumberObject(66),
                NameObject("/LastChar"): NumberObject(109),
                NameObject("/Widths"): ArrayObject([NumberObject(800)] * 44),
                NameObject("/FontDescriptor"): writer._add_object(descriptor),
            }
        )
        if encoding is not None:
            font[NameObject("/Encoding")] = NameObject(encoding)
        return writer._add_object(font)

    return add


def test_signs_of_a_symbol_font_without_text_names_are_no_letters() -> None:
    data = _pdf(CONTACT, F2=_symbol_font("/QWERTY+SignGlyphs", "/Info/Letter/Mundus/Telefon"))
    lines = extract_text(data, "cv.pdf").text.splitlines()
    assert lines[1:4] == ["Lakeview, Norland", "+1 555 0100", "jordan@example.org"]


def test_a_symbol_font_family_is_known_without_a_charset() -> None:
    for encoding in (None, "/WinAnsiEncoding"):  # a Word export may name a text encoding
        data = _pdf(CONTACT, F2=_symbol_font("/Wingdings-Regular", None, encoding))
        lines = extract_text(data, "cv.pdf").text.splitlines()
        assert lines[1:4] == ["Lakeview, Norland", "+1 555 0100", "jordan@example.org"]


def test_a_subset_text_font_without_encoding_keeps_its_letters() -> None:
    # the same font dictionary with text glyph names is a text font: its letters stay
    data = _pdf(CONTACT, F2=_symbol_font("/QWERTY+PlainSans", "/B/T/m/a.sc/uni00E9/f_i"))
    lines = extract_text(data, "cv.pdf").text.splitlines()
    assert lines[1] == "B Lakeview, Norland"

"""What a PDF's glyphs read as: icon-font pictograms, words drawn in pieces, halo copies.

Each PDF is written here with pypdf (made-up people and places); each test is a failure class
met on real resume files (layout round 7, see docs/extract.md).
"""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from atspro.analysis.documents.extract import extract_text
from tests.unit.test_extract_pdf_internals import helvetica

HELVETICA_E_D_U = 0.556 * 3  # advance of "edu" in Helvetica, em


def _font(writer: PdfWriter, base: str, differences: list[object]) -> object:
    """A Type 1 font whose codes 65… are renamed by ``differences`` (an embedded icon font
    with no text mapping, or a LaTeX font's ligature glyph)."""
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject(base),
            NameObject("/FirstChar"): NumberObject(65),
            NameObject("/LastChar"): NumberObject(70),
            NameObject("/Widths"): ArrayObject([NumberObject(900)] * 6),
            NameObject("/Encoding"): DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Encoding"),
                    NameObject("/Differences"): ArrayObject(
                        [NumberObject(65), *(NameObject(name) for name in differences)]
                    ),
                }
            ),
        }
    )
    return writer._add_object(font)


def _pdf(content: bytes, **fonts: object) -> bytes:
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    fonts_dict = {NameObject("/F1"): helvetica(writer)}
    for key, font in fonts.items():
        fonts_dict[NameObject(f"/{key}")] = font(writer)  # type: ignore[operator]
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject(fonts_dict)}
    )
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _icons(writer: PdfWriter) -> object:
    return _font(writer, "/ABCDEF+IconGlyphs", ["/map-marker", "/mobile_phone", "/github", "/_407"])


def test_icon_font_glyph_names_are_no_words() -> None:
    # An icon font without a text mapping: pypdf hands back its glyph names ("/map-marker").
    # Before the pictograms were read as words ("/map-marker Lakeview, Norland").
    data = _pdf(
        b"BT /F1 16 Tf 72 740 Td (Jordan Vale) Tj ET "
        b"BT /F2 10 Tf 72 710 Td (A) Tj ET BT /F1 10 Tf 86 710 Td (Lakeview, Norland) Tj ET "
        b"BT /F2 10 Tf 72 695 Td (B) Tj ET BT /F1 10 Tf 86 695 Td (+1 555 0100) Tj ET "
        b"BT /F1 10 Tf 72 680 Td (Rust) Tj ET BT /F2 10 Tf 100 680 Td (D) Tj ET "
        b"BT /F1 10 Tf 114 680 Td (Go) Tj ET "
        b"BT /F2 10 Tf 72 665 Td (CD) Tj ET "
        b"BT /F1 10 Tf 72 650 Td (Open source) Tj ET",
        F2=_icons,
    )
    lines = extract_text(data).text.splitlines()
    assert lines == [
        "Jordan Vale",
        "Lakeview, Norland",
        "+1 555 0100",
        "Rust  Go",  # the icon between two items parts them
        "Open source",  # a row of icons alone is no line
    ]


def test_text_glyph_names_are_still_spelled_out() -> None:
    # A LaTeX font's ligature glyph ("/f_i") is text, not a pictogram.
    data = _pdf(
        b"BT /F1 10 Tf 72 700 Td (Scienti) Tj /F3 10 Tf (A) Tj /F1 10 Tf (c computing) Tj ET",
        F3=lambda writer: _font(writer, "/ABCDEF+TextLigatures", ["/f_i"]),
    )
    assert extract_text(data).text == "Scientific computing"


def _pieces(size: float, first: str, second: str, gap_em: float, advance_em: float) -> bytes:
    x = 72 + (advance_em + gap_em) * size
    return (
        f"BT /F1 {size} Tf 72 700 Td ({first}) Tj ET "
        f"BT /F1 {size} Tf {x:.3f} 700 Td ({second}) Tj ET"
    ).encode()


def test_a_word_drawn_in_two_colours_is_one_word() -> None:
    # A heading whose first letters are drawn apart (another colour) leaves ~0.106 em between
    # the pieces: before it read "edu cation", and the section was not found.
    data = _pdf(_pieces(17.0, "edu", "cation", 0.106, HELVETICA_E_D_U))
    assert extract_text(data).text == "education"


def test_a_narrow_word_gap_drawn_without_a_space_is_still_a_space() -> None:
    # a justified line's narrowest word gap (no space glyph drawn) stays a space
    data = _pdf(_pieces(10.0, "edu", "tools", 0.15, HELVETICA_E_D_U))
    assert extract_text(data).text == "edu tools"


def test_a_halo_drawn_around_a_link_is_read_once_and_is_no_hidden_text() -> None:
    # A LaTeX link drawn several times in white around its coloured copy (an outline), each
    # white copy cut in other pieces: before, "hhttps://…ub.com/…" and 40 hidden characters.
    white = b"".join(
        b"1 g BT /F1 10 Tf %.2f %.2f Td (see example.org/) Tj (jane-roe) Tj ET "
        % (72 + dx, 700 + dy)
        for dx, dy in ((0.3, 0), (-0.3, 0), (0, 0.3), (0, -0.3))
    )
    data = _pdf(white + b"0 0 1 rg BT /F1 10 Tf 72 700 Td (see example.org/jane-roe) Tj ET")
    result = extract_text(data)
    assert result.text == "see example.org/jane-roe"
    assert result.hidden_text_chars == 0


def test_white_text_on_a_drawn_rounded_box_is_not_hidden() -> None:
    # A heading's first letters in white on a box drawn as a path (rounded corners: m, l, c)
    # rather than a rectangle: before they were reported as hidden text.
    box = (
        b"0.2 0.4 0.8 rg 70 695 m 100 695 l 102 695 102 697 102 697 c 102 712 l "
        b"100 714 l 70 714 l 68 712 l 68 697 l h f "
    )
    data = _pdf(box + b"1 g BT /F1 14 Tf 72 700 Td (Work) Tj ET")
    result = extract_text(data)
    assert result.text == "Work"
    assert result.hidden_text_chars == 0


def _winansi_helvetica(writer: PdfWriter) -> object:
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    return writer._add_object(font)


def test_accents_drawn_as_glyphs_of_their_own_go_on_their_letters() -> None:
    # A TeX font without accented letters: the cedilla ends one piece and the "c" is drawn
    # back over it; a diaeresis is drawn alone, a little higher, over the "U". Before:
    # "Fa¸c University" and "Usk¨ Lane".
    data = _pdf(
        b"BT /F4 10 Tf 72 700 Td (Fa\xb8) Tj ET BT /F4 10 Tf 84 700 Td (c) Tj ET "
        b"BT /F4 10 Tf 91.8 700 Td (University) Tj ET "
        b"BT /F4 10 Tf 72 680 Td (Usk) Tj ET BT /F4 10 Tf 73.5 682 Td (\xa8) Tj ET "
        b"BT /F4 10 Tf 92.0 680 Td (Lane) Tj ET",
        F4=_winansi_helvetica,
    )
    assert extract_text(data).text.splitlines() == ["Faç University", "Üsk Lane"]


def test_icons_mapped_to_private_use_characters_leave_no_space_behind() -> None:
    # Icon fonts with a text mapping give private-use characters: dropped, they had left a
    # leading space (" Lakeview") or a line of nothing where a row of icons stood.
    data = _pdf(
        b"BT /F5 10 Tf 72 710 Td (A) Tj ET BT /F1 10 Tf 86 710 Td (Lakeview, Norland) Tj ET "
        b"BT /F5 10 Tf 72 695 Td (AB) Tj ET "
        b"BT /F1 10 Tf 72 680 Td (Rust) Tj ET BT /F5 10 Tf 100 680 Td (B) Tj ET "
        b"BT /F1 10 Tf 114 680 Td (Go) Tj ET",
        F5=lambda writer: _font(writer, "/ABCDEF+MappedIcons", ["/uniE001", "/uniF0E0"]),
    )
    assert extract_text(data).text.splitlines() == ["Lakeview, Norland", "Rust  Go"]

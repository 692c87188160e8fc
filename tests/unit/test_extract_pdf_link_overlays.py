"""Link addresses drawn invisibly over their labels (layout round 9, docs/extract.md).

A Canva or Illustrator export draws each link's address as text in a transparency group
painted at alpha 0 (the group itself sets alpha 1 inside) over the visible label. The walker
took the group's inner alpha: the address counted as visible and was read in the label's
row, its pieces glued around the label ("https:/+1 555 0100/wa.me/…"). The PDFs are written
with pypdf; people and addresses are made up.
"""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
)

from atspro.analysis.documents.extract import extract_text
from tests.unit.test_extract_pdf_internals import helvetica

LABELS = (
    b"BT /F1 16 Tf 72 740 Td (Jordan Vale) Tj ET "
    b"BT /F1 10 Tf 90 700 Td (Portfolio) Tj ET "
    b"BT /F1 10 Tf 90 686 Td (+1 555 0100) Tj ET "
    b"BT /F1 10 Tf 90 660 Td (Built a ticket queue for a small clinic) Tj ET "
)
# the address in pieces, as the exports draw it, stretched over the label's box
OVERLAY = b"BT /GS0 gs /F1 1 Tf 4 0 0 14 88 686 Tm [(https:/) 100 (/wa) 50 (.me/15550100)] TJ ET"


def _gs(alpha: float) -> DictionaryObject:
    return DictionaryObject(
        {NameObject("/Type"): NameObject("/ExtGState"), NameObject("/ca"): FloatObject(alpha)}
    )


def _pdf(overlay: bytes, group_alpha: float) -> bytes:
    writer = PdfWriter()
    page = writer.add_blank_page(width=612, height=792)
    font = helvetica(writer)
    form = DecodedStreamObject()
    form.set_data(overlay)
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 612, 792)]),
            NameObject("/Group"): DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Group"),
                    NameObject("/S"): NameObject("/Transparency"),
                }
            ),
            NameObject("/Resources"): DictionaryObject(
                {
                    NameObject("/Font"): DictionaryObject({NameObject("/F1"): font}),
                    NameObject("/ExtGState"): DictionaryObject({NameObject("/GS0"): _gs(1.0)}),
                }
            ),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font}),
            NameObject("/ExtGState"): DictionaryObject({NameObject("/GS1"): _gs(group_alpha)}),
            NameObject("/XObject"): DictionaryObject(
                {NameObject("/Fm0"): writer._add_object(form)}
            ),
        }
    )
    stream = DecodedStreamObject()
    stream.set_data(LABELS + b" q /GS1 gs /Fm0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_link_drawn_invisibly_over_its_label_is_a_line_of_its_own() -> None:
    result = extract_text(_pdf(OVERLAY, group_alpha=0.0), "cv.pdf")
    lines = result.text.splitlines()
    assert "+1 555 0100" in lines  # the label, not glued to the address
    assert lines[-1] == "https://wa.me/15550100"  # read after the page's lines
    assert result.hidden_text_chars == 0  # a link's target hides no keyword


def test_words_hidden_over_visible_text_are_still_reported() -> None:
    words = b"BT /GS0 gs /F1 1 Tf 4 0 0 14 88 686 Tm (kubernetes terraform) Tj ET"
    result = extract_text(_pdf(words, group_alpha=0.0), "cv.pdf")
    assert "kubernetes terraform" in result.text  # hidden text stays in the text ...
    assert "+1 555 0100" in result.text.splitlines()
    assert result.hidden_text_chars > 0  # ... and is reported


def test_a_group_painted_visible_is_read_in_place() -> None:
    visible = b"BT /GS0 gs /F1 10 Tf 90 672 Td (Lakeview, Norland) Tj ET"
    result = extract_text(_pdf(visible, group_alpha=1.0), "cv.pdf")
    assert result.text.splitlines()[3] == "Lakeview, Norland"
    assert result.hidden_text_chars == 0

"""Content controls still showing their placeholder (layout round 9, docs/extract.md).

A Word template's content control shows a prompt until the author types into it ("[Type
text]" three times in a footer, "Click here to enter text."): Word marks it
``w:showingPlcHdr``. The prompt was read as the document's text. Made-up details.
"""

from __future__ import annotations

import io

from atspro.analysis.documents.extract import extract_text
from tests.unit.test_extract_docx_inline import _docx, _lines, _run

_PROMPT = "<w:sdtPr><w:showingPlcHdr/></w:sdtPr>"


def test_a_placeholder_in_a_paragraph_is_no_text() -> None:
    data = _docx(
        f"{_run('Phone: ')}<w:sdt>{_PROMPT}<w:sdtContent>{_run('Click here to enter text.')}"
        "</w:sdtContent></w:sdt>",
        f"<w:sdt><w:sdtPr/><w:sdtContent>{_run('Lakeview, Norland')}</w:sdtContent></w:sdt>",
    )
    assert _lines(data) == ["Jane Roe", "Phone:", "Lakeview, Norland", "END"]


def test_a_placeholder_block_is_no_text() -> None:
    block = (
        f"<w:sdt>{_PROMPT}<w:sdtContent><w:p>{_run('[Your address]')}</w:p></w:sdtContent></w:sdt>"
    )
    assert _lines(_docx(body_xml=block)) == ["Jane Roe", "END"]


def test_a_footer_of_placeholders_is_no_text() -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Jane Roe")
    footer = document.sections[0].footer.paragraphs[0]._p
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for _ in range(3):
        footer.append(
            parse_xml(
                f"<w:sdt {ns}>{_PROMPT}<w:sdtContent>{_run('[Type text]')}</w:sdtContent></w:sdt>"
            )
        )
    out = io.BytesIO()
    document.save(out)
    result = extract_text(out.getvalue(), "cv.docx")
    assert "Type text" not in result.text
    assert result.text.strip() == "Jane Roe"

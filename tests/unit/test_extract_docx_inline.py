"""Text Word keeps inside other elements: links, fields, content controls, text boxes.

``Paragraph.text`` in python-docx skips most of these; a resume's e-mail is often a
hyperlink or a field, template sections are content controls, sidebars are text boxes. Each
DOCX is built here with python-docx plus the element as Word writes it (made-up details).
"""

from __future__ import annotations

import io

from atspro.analysis.documents.extract import extract_text

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(*paragraph_xml: str, body_xml: str = "") -> bytes:
    """ "Jane Roe", then one paragraph per ``paragraph_xml`` (inline content), then the
    block-level ``body_xml``, then "END"."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Jane Roe")
    body = document.element.body
    for inner in paragraph_xml:
        body.append(parse_xml(f"<w:p {_NS}>{inner}</w:p>"))
    if body_xml:
        for element in parse_xml(f"<w:body {_NS}>{body_xml}</w:body>"):
            body.append(element)
    body.append(parse_xml(f"<w:p {_NS}>{_run('END')}</w:p>"))
    body.append(body.find(docx.oxml.ns.qn("w:sectPr")))  # the section stays last
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    return [line for line in extract_text(data, "cv.docx").text.splitlines() if line.strip()]


def test_hyperlink_text_is_read() -> None:
    data = _docx(
        f'{_run("Email: ")}<w:hyperlink r:id="rId99">{_run("jane@example.com")}</w:hyperlink>'
    )
    assert _lines(data) == ["Jane Roe", "Email: jane@example.com", "END"]


def test_simple_field_result_is_read() -> None:
    data = _docx(
        f'{_run("Phone: ")}<w:fldSimple w:instr=" MERGEFIELD Phone ">{_run("+1 555 0100")}'
        "</w:fldSimple>"
    )
    assert _lines(data) == ["Jane Roe", "Phone: +1 555 0100", "END"]


def test_complex_field_reads_its_result_not_its_instruction() -> None:
    data = _docx(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:jane@example.com" </w:instrText>'
        "</w:r>"
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run('jane@example.com')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    assert _lines(data) == ["Jane Roe", "jane@example.com", "END"]


def test_content_controls_inline_block_and_in_a_table_cell_are_read() -> None:
    inline = f"{_run('Title: ')}<w:sdt><w:sdtPr/><w:sdtContent>{_run('Data Analyst')}</w:sdtContent></w:sdt>"
    block = (
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        f"<w:p>{_run('EXPERIENCE')}</w:p><w:p>{_run('Analyst, Brindle Works')}</w:p>"
        "</w:sdtContent></w:sdt>"
        "<w:tbl><w:tr>"
        f"<w:tc><w:p>{_run('2019 - 2023')}</w:p></w:tc>"
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:p>{_run('Ledger clean-up')}</w:p></w:tc>"
        "</w:sdtContent></w:sdt>"
        "</w:tr></w:tbl>"
    )
    data = _docx(inline, body_xml=block)
    assert _lines(data) == [
        "Jane Roe",
        "Title: Data Analyst",
        "EXPERIENCE",
        "Analyst, Brindle Works",
        "2019 - 2023 | Ledger clean-up",
        "END",
    ]


def test_text_box_inside_a_table_cell_is_read_once() -> None:
    box = (
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        f"<w:txbxContent><w:p>{_run('SKILLS')}</w:p><w:p>{_run('SQL, Python')}</w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    data = _docx(body_xml=f"<w:tbl><w:tr><w:tc><w:p>{box}</w:p></w:tc></w:tr></w:tbl>")
    result = extract_text(data, "cv.docx")
    assert [x for x in result.text.splitlines() if x.strip()] == [
        "Jane Roe",
        "SKILLS",
        "SQL, Python",
        "END",
    ]
    assert result.has_text_boxes


def _page_field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_page_numbers_in_headers_are_no_text() -> None:
    # Running heads "Jane Roe, Page 2" and "Page 2 of 3" (PAGE / NUMPAGES fields) came first
    # in the text, before the body; a page number alone ("40") was read as a line.
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Jane Roe")
    document.add_paragraph("EXPERIENCE")
    header = document.sections[0].header._element
    for paragraph in (
        f"{_run('Jane Roe, Analyst, Page ')}{_page_field('PAGE', '2')}",
        f"{_run('Page ')}{_page_field('PAGE', '2')}{_run(' of ')}{_page_field('NUMPAGES', '3')}",
        f'<w:fldSimple w:instr=" PAGE ">{_run("40")}</w:fldSimple>',
    ):
        header.append(parse_xml(f"<w:p {_NS}>{paragraph}</w:p>"))
    out = io.BytesIO()
    document.save(out)
    result = extract_text(out.getvalue(), "cv.docx")
    assert [x for x in result.text.splitlines() if x.strip()] == [
        "Jane Roe, Analyst",
        "Jane Roe",
        "EXPERIENCE",
    ]

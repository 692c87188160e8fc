"""A DOCX or ODT table cell merged down over the rows below it (layout round 13, docs/extract.md).

Roles typed in a table whose dates cell spans the title's row and the employer's (w:vMerge)
read "dates | title" then the employer alone, which the parser took for the next role's
employer. A merged cell is now read on its own before the rows it spans, which are read
without it. Made-up details.
"""

from __future__ import annotations

import io

from tests.unit.test_extract_docx_inline import _docx, _lines, _run

_START = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
_GOES_ON = "<w:tcPr><w:vMerge/></w:tcPr>"


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc>{props}<w:p>{_run(text) if text else ''}</w:p></w:tc>"


def _table(*rows: str) -> str:
    grid = '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
    return f"<w:tbl><w:tblPr/>{grid}{''.join(f'<w:tr>{r}</w:tr>' for r in rows)}</w:tbl>"


def test_dates_merged_over_title_and_employer_come_first() -> None:
    table = _table(
        _cell("2019 - 2024", _START) + _cell("Engineer"),
        _cell("", _GOES_ON) + _cell("Acme Robotics"),
        _cell("2015 - 2019", _START) + _cell("Analyst"),
        _cell("", _GOES_ON) + _cell("Northwind Traders"),
    )
    assert _lines(_docx(body_xml=table)) == [
        "Jane Roe",
        *("2019 - 2024", "Engineer", "Acme Robotics"),
        *("2015 - 2019", "Analyst", "Northwind Traders"),
        "END",
    ]


def test_an_employer_over_its_roles_heads_their_rows() -> None:
    table = _table(
        _cell("Acme Robotics", _START) + _cell("Engineer") + _cell("2021 - 2024"),
        _cell("", _GOES_ON) + _cell("Intern") + _cell("2019 - 2021"),
    )
    assert _lines(_docx(body_xml=table)) == [
        "Jane Roe",
        "Acme Robotics",
        "Engineer | 2021 - 2024",
        "Intern | 2019 - 2021",
        "END",
    ]


def test_a_merge_of_one_row_reads_as_before() -> None:
    table = _table(_cell("2019 - 2024", _START) + _cell("Engineer"))
    assert _lines(_docx(body_xml=table)) == ["Jane Roe", "2019 - 2024 | Engineer", "END"]


def test_odt_a_cell_spanning_rows_comes_first() -> None:
    from odf.opendocument import OpenDocumentText
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    from atspro.analysis.documents.extract import extract_text

    document = OpenDocumentText()
    table = Table(name="Roles")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for dates, title, employer in [
        ("2019 - 2024", "Engineer", "Acme Robotics"),
        ("2015 - 2019", "Analyst", "Northwind Traders"),
    ]:
        first, second = TableRow(), TableRow()
        spanning = TableCell(numberrowsspanned=2)
        spanning.addElement(P(text=dates))
        first.addElement(spanning)
        cell = TableCell()
        cell.addElement(P(text=title))
        first.addElement(cell)
        second.addElement(CoveredTableCell())
        cell = TableCell()
        cell.addElement(P(text=employer))
        second.addElement(cell)
        table.addElement(first)
        table.addElement(second)
    document.text.addElement(table)
    out = io.BytesIO()
    document.write(out)
    lines = [line for line in extract_text(out.getvalue(), "cv.odt").text.splitlines() if line]
    assert lines == [
        *("2019 - 2024", "Engineer", "Acme Robotics"),
        *("2015 - 2019", "Analyst", "Northwind Traders"),
    ]

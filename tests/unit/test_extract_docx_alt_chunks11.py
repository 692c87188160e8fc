"""A DOCX whose body imports its content whole (``w:altChunk``): a web app's "export to Word"
(html-docx-js and the like) writes the resume as a web archive (MHT) or a web page that Word
converts on opening, and the body holds no paragraph of its own.

The file was read as empty ("no text"); the chunk's text is now read in its place (layout
round 11, generated DOCX, made-up text).
"""

from __future__ import annotations

import io
import quopri

import pytest

from atspro.analysis.documents.extract import extract_text

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>cv</title>
<style>h2 {{ color: navy; }}</style></head><body>
<h1>Jane Doe</h1><p>Springfield, Illinois · jane.doe@example.com</p>
<h2>Experience</h2><p><b>Senior Data Analyst</b>, Acme Robotics, 2020 – Present</p>
<ul><li>Led a team of four analysts on weekly forecasts.</li><li>Built the café sales dashboard.</li></ul>
<h2>Skills</h2><p>Python, SQL, Tableau</p>{after}</body></html>"""


def _docx(content_type: str, blob: bytes, *, before: str = "", after: str = "") -> bytes:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    if before:
        document.add_paragraph(before)
    name = {"message/rfc822": "mht", "text/html": "html"}.get(content_type, "rtf")
    part = Part(PackURI(f"/word/afchunk.{name}"), content_type, blob, document.part.package)
    rel_id = document.part.relate_to(part, RT.A_F_CHUNK)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), rel_id)
    body = document.element.body
    body.insert(len(body) - 1, chunk)  # before the section properties
    if after:
        paragraph = document.add_paragraph(after)
        body.remove(paragraph._p)
        body.insert(len(body) - 1, paragraph._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _mht(html: str) -> bytes:
    encoded = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----=part"\r\n\r\n'
        "------=part\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: file:///C:/fake/document.html\r\n\r\n"
        f"{encoded}\r\n------=part--\r\n"
    ).encode("ascii")


EXPECTED = [
    "Jane Doe",
    "Springfield, Illinois · jane.doe@example.com",
    "Experience",
    "Senior Data Analyst, Acme Robotics, 2020 – Present",
    "• Led a team of four analysts on weekly forecasts.",
    "• Built the café sales dashboard.",
    "Skills",
    "Python, SQL, Tableau",
]


def _lines(data: bytes) -> list[str]:
    return [line for line in extract_text(data, "cv.docx").text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("content_type", "blob"),
    [
        ("message/rfc822", _mht(PAGE.format(after=""))),
        ("text/html", PAGE.format(after="").encode("utf-8")),
    ],
)
def test_a_resume_imported_whole_is_read(content_type: str, blob: bytes) -> None:
    assert _lines(_docx(content_type, blob)) == EXPECTED


def test_the_chunk_is_read_in_its_place() -> None:
    data = _docx("text/html", PAGE.format(after="").encode(), before="CV", after="References")
    assert _lines(data) == ["CV", *EXPECTED, "References"]


def test_a_chunk_of_a_kind_not_read_adds_nothing() -> None:
    data = _docx("application/octet-stream", b"\x00\x01", before="Jane Doe", after="Analyst")
    assert _lines(data) == ["Jane Doe", "Analyst"]


def test_an_rtf_chunk_is_read() -> None:
    data = _docx("application/rtf", rb"{\rtf1\ansi Jane Doe\par Data Analyst\par}")
    assert _lines(data) == ["Jane Doe", "Data Analyst"]

"""Round-15 layout classes, each on a small made-up document: right-to-left lines of a PDF
read back in reading order (Latin details, numbers among right-to-left words), a field nested
in another field's instruction, Europass entries holding a short capitals line, the Europass
"Personal skills and competences" heading, and what a Word 97 file gets."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.errors import ExtractionError
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf_bidi import logical_order
from atspro.analysis.resume import europass, sections
from bench.layout_stress15 import FRIBIDI, pdf_rtl_mixed, visual

HEB_PHONE = "\u05d8\u05dc\u05e4\u05d5\u05df"  # "phone"
HEB_YEARS = "\u05e9\u05e0\u05d9\u05dd"  # "years"


@pytest.mark.parametrize(
    "line",
    [
        f"{HEB_PHONE}: +1 217 555 0134",
        f"{HEB_PHONE}: jane.doe@example.com | {HEB_YEARS}: 2016 - 2019",
        f"M.Sc. Statistics, Northfield College, {HEB_YEARS} 2011 - 2013",
        f"Python, SQL, {HEB_YEARS} (4), Power BI",
        f"{HEB_YEARS} {HEB_PHONE}",
    ],
)
def test_visual_right_to_left_line_read_in_order(line: str) -> None:
    if not FRIBIDI:
        pytest.skip("no FriBidi to lay the line out")
    # on a page of right-to-left lines: alone, a line with Latin letters at both ends
    # ("Python, SQL, <word> (4), Power BI") reads as a left-to-right one
    page = f"{HEB_PHONE} {HEB_YEARS}\n{visual(line)}"
    assert logical_order(page).split("\n")[1] == line


def test_left_to_right_lines_untouched() -> None:
    text = "Jane Doe\n2019 - 2016\n(Python) Jan 2020 - Present"
    assert logical_order(text) == text


def test_numbers_alone_on_a_right_to_left_page() -> None:
    rtl_page = f"{HEB_YEARS}\nData Analyst\n2019 - 2016\n{HEB_PHONE}"
    assert logical_order(rtl_page).split("\n")[2] == "2016 - 2019"
    english = f"Data Analyst\nAcme Robotics\n2016 - 2019\n{HEB_PHONE}\nSQL\nExcel"
    assert logical_order(english).split("\n")[2] == "2016 - 2019"  # a page of Latin lines


def test_right_to_left_pdf_keeps_numbers_in_order() -> None:
    if not FRIBIDI:
        pytest.skip("no FriBidi to lay the page out")
    text = extract_text(pdf_rtl_mixed("hebrew"), "cv.pdf").text
    assert "+1 217 555 0134" in text
    assert f"Northfield College, {HEB_YEARS} 2011 - 2013" in text


def _docx_field(inner: str) -> bytes:
    from bench.layout_stress import _field, _p, _r, docx_xml

    nested = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        + _field("MERGEFIELD Owner", "Sam Roe")
        + '<w:r><w:instrText xml:space="preserve"> = "" "x" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + _r(inner)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    return docx_xml([_p(nested), _p(_r("EXPERIENCE"))])


def test_field_nested_in_an_instruction_is_not_read() -> None:
    text = extract_text(_docx_field("Jane Doe"), "cv.docx").text
    assert "Sam Roe" not in text
    assert "Jane Doe" in text


ENTRY = [
    "Work experience",
    "Dates | Jan 2020 - Present",
    "Occupation or position held | Night Porter",
    "Main activities and responsibilities | Kept the front desk.",
    "NIGHT AUDIT",
    "Checked late arrivals in.",
    "Name and address of employer | Elmwood Inn, Springfield",
    "CLINICAL EXPERIENCE",
    "Ward clerk",
]


def test_capitals_line_inside_a_europass_entry_keeps_it() -> None:
    rows = europass.europass_rows(ENTRY)
    k = rows.index("Night Porter")
    assert rows[k : k + 3] == ["Night Porter", "Elmwood Inn, Springfield", "Jan 2020 - Present"]
    assert rows.index("NIGHT AUDIT") < rows.index("CLINICAL EXPERIENCE")  # a heading ends it
    assert rows[-2:] == ["CLINICAL EXPERIENCE", "Ward clerk"]


def test_personal_skills_and_competences_heads_skills() -> None:
    for line in ("Personal skills and competences", "PERSONAL SKILLS AND COMPETENCES"):
        heading = sections.detect_heading(line)
        assert heading is not None and heading.canonical == "skills"


def test_word_97_file_gets_a_message() -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(ExtractionError) as err:
        extract_text(ole2, "cv.doc", ExtractLimits())
    assert ".doc" in str(err.value.user_message)

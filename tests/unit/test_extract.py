"""Extraction of generated documents whose content is known: text, order and layout facts."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from atspro.analysis.documents.extract import ExtractedText, ExtractLimits, extract_text, sniff_type
from tests.fixtures.documents import (
    SAMPLE_RESUME_LINES,
    make_docx,
    make_encrypted_pdf,
    make_image_pdf,
    make_jpeg,
    make_legacy_doc,
    make_odt,
    make_pdf,
    make_pdf_with_hidden_text,
    make_png,
    make_resume_docx,
    make_resume_pdf,
    make_rtf,
    make_zip_bomb_docx,
)

SIDEBAR = [
    "CONTACT",
    "alex.morgan@example.com",
    "+1 (415) 555-0134",
    "SKILLS",
    "Python",
    "Go",
    "Kubernetes",
    "Terraform",
    "PostgreSQL",
    "LANGUAGES",
    "English (native)",
    "Spanish (professional)",
]
MAIN = SAMPLE_RESUME_LINES[4:22]


def norm(text: str) -> str:
    return " ".join(text.split())


def word_count(lines: list[str]) -> int:
    """Words as ATS counters see them: tokens with a letter or digit ("|", "•", "–" are not)."""
    return sum(1 for token in " ".join(lines).split() if any(ch.isalnum() for ch in token))


def assert_contains_lines(text: str, lines: list[str]) -> None:
    flat = norm(text)
    missing = [line for line in lines if norm(line) not in flat]
    assert not missing, f"{len(missing)} lines missing, first: {missing[0]!r}"


# ---------------------------------------------------------------------------- sniffing ---


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (make_pdf(["Hello"]), "pdf"),
        (make_docx(["Hello"]), "docx"),
        (make_odt(["Hello"]), "odt"),
        (make_rtf(["Hello"]), "rtf"),
        (b"Hello, plain text\n", "txt"),
        (b"# Title\n\n- item\n", "txt"),
        ("Grüße".encode("utf-16"), "txt"),
        (make_legacy_doc(), "doc"),
        (make_png(), "image"),
        (make_jpeg(), "image"),
        (b"GIF89a" + b"\0" * 20, "image"),
        (b"RIFF\x10\0\0\0WEBPVP8 ", "image"),
        (b"\0\0\0\x18ftypheic\0\0\0\0", "image"),
        (b"<!DOCTYPE html><html><body>Hi</body></html>", "html"),
        (b"PK\x05\x06" + b"\0" * 18, "zip"),
        (bytes(range(256)) * 8, "binary"),
        (b"", "empty"),
    ],
)
def test_sniff_type_reads_the_bytes_not_the_name(data: bytes, kind: str) -> None:
    assert sniff_type(data) == kind


def test_a_pdf_named_docx_is_still_read_as_pdf() -> None:
    result = extract_text(make_pdf(["Alex Morgan, Python developer"]), "resume.docx")
    assert result.kind == "pdf"
    assert "Alex Morgan, Python developer" in result.text


# -------------------------------------------------------------------------- resume PDF ---


def test_resume_pdf_has_every_line_in_order() -> None:
    result = extract_text(make_resume_pdf(), "resume.pdf")
    assert result.kind == "pdf"
    assert result.pages == 2
    assert_contains_lines(result.text, SAMPLE_RESUME_LINES)
    positions = [norm(result.text).index(norm(line)) for line in SAMPLE_RESUME_LINES]
    assert positions == sorted(positions)
    assert result.word_count == word_count(SAMPLE_RESUME_LINES)
    assert not result.columns_detected
    assert result.hidden_text_chars == 0
    assert result.warnings == []


def test_resume_pdf_keeps_dates_bullets_and_typography() -> None:
    text = extract_text(make_resume_pdf()).text
    assert "Jan 2021 – Present" in text
    assert "• Led a team of 6 engineers" in text
    assert "Dean’s List" in text
    assert "99.99% uptime" in norm(text)


def test_sidebar_pdf_drawn_row_by_row_reads_column_by_column() -> None:
    data = make_pdf(MAIN, sidebar=SIDEBAR, header=["Alex Morgan", "Senior Software Engineer"])
    # The fixture is the hard case: pypdf's own reading order mixes the two columns.
    plain = norm(PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert any(norm(line) not in plain for line in MAIN if len(line) > 60)

    result = extract_text(data)
    lines = result.text.splitlines()
    assert lines[:2] == ["Alex Morgan", "Senior Software Engineer"]
    sidebar_at = [lines.index(item) for item in SIDEBAR]
    assert sidebar_at == list(range(sidebar_at[0], sidebar_at[0] + len(SIDEBAR)))  # contiguous
    assert_contains_lines(result.text, MAIN)  # wrapped main-column lines stay together
    assert result.columns_detected


def test_two_equal_columns_read_left_then_right() -> None:
    lines = [f"Line {i:02d} of the profile text with a few words" for i in range(40)]
    result = extract_text(make_pdf(lines, columns=2))
    got = [line for line in result.text.splitlines() if line.startswith("Line ")]
    assert got == lines
    assert result.columns_detected


def test_single_column_with_right_aligned_dates_stays_on_one_line() -> None:
    """ "Title ........ Date" rows are not mistaken for two columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for i in range(6):
        pdf.cell(w=120, h=6, text=f"Engineer at Company {i}")
        pdf.cell(
            w=0, h=6, text=f"Jan 201{i} - Dec 201{i}", align="R", new_x="LMARGIN", new_y="NEXT"
        )
        bullet = "• " + "Delivered measurable results for customers. " * 3
        pdf.multi_cell(w=0, h=5, text=bullet, new_x="LMARGIN", new_y="NEXT")
    result = extract_text(bytes(pdf.output()))
    for i in range(6):
        assert re.search(rf"Engineer at Company {i}\s+Jan 201{i} - Dec 201{i}", result.text)
    assert not result.columns_detected


def test_pages_limit_pages_count_and_page_order() -> None:
    lines = [f"Section {i} content" for i in range(9)]
    result = extract_text(make_pdf(lines, pages=3))
    assert result.pages == 3
    assert [line for line in result.text.splitlines() if line.startswith("Section")] == lines


# ----------------------------------------------------------------------- hidden text ---


@pytest.mark.parametrize("how", ["white", "invisible", "tiny"])
def test_pdf_hidden_text_is_counted_and_kept(how: str) -> None:
    hidden = "kubernetes terraform golang"
    result = extract_text(make_pdf_with_hidden_text(["Alex Morgan", "Engineer"], hidden, how=how))
    assert result.hidden_text_chars == len(hidden.replace(" ", ""))
    assert hidden in result.text  # an ATS reads it, so the score sees it too
    assert result.hidden_text_sample == hidden
    assert any("hidden text" in warning for warning in result.warnings)


def test_pdf_white_text_on_a_dark_banner_is_not_hidden() -> None:
    data = make_pdf_with_hidden_text(["Alex Morgan"], "Senior Engineer", how="white_on_dark")
    result = extract_text(data)
    assert "Senior Engineer" in result.text
    assert result.hidden_text_chars == 0


def test_docx_vanish_and_white_text_are_counted() -> None:
    result = extract_text(make_docx(["Alex Morgan"], hidden="python django", white="aws gcp"))
    assert result.hidden_text_chars == len("pythondjangoawsgcp")
    assert "python django" in result.text and "aws gcp" in result.text


# ----------------------------------------------------------------------------- DOCX ---


def test_resume_docx_has_every_line_with_real_bullets() -> None:
    result = extract_text(make_resume_docx(), "resume.docx")
    assert result.kind == "docx"
    lines = result.text.splitlines()
    for line in SAMPLE_RESUME_LINES:
        assert line in lines  # bullets come from Word's list numbering, rendered as "• "
    assert result.word_count == word_count(SAMPLE_RESUME_LINES)
    assert not result.has_tables and not result.columns_detected


def test_docx_keeps_document_order_of_paragraphs_tables_and_text_boxes() -> None:
    data = make_docx(
        ["Intro", "[TABLE]", "Between", "[TEXTBOX]", "[BULLETS]", "End"],
        table_rows=[["Python", "Expert"], ["Go", "Intermediate"]],
        textbox="Contact: alex@example.com",
        bullets=["Built APIs", "Led a team"],
        numbered=["First step", "Second step"],
    )
    result = extract_text(data)
    assert result.text.splitlines() == [
        "Intro",
        "Python | Expert",
        "Go | Intermediate",
        "Between",
        "Contact: alex@example.com",
        "• Built APIs",
        "• Led a team",
        "End",
        "1. First step",
        "2. Second step",
    ]
    assert result.has_tables
    assert result.has_text_boxes
    assert result.text.count("Contact: alex@example.com") == 1  # mc:Fallback copy skipped


def test_docx_headers_and_footers_are_read_and_reported() -> None:
    data = make_docx(["Body"], header="Alex Morgan | alex@example.com", footer="Lakeview, Norland")
    result = extract_text(data)
    assert result.text.splitlines() == [
        "Alex Morgan | alex@example.com",
        "Body",
        "Lakeview, Norland",
    ]
    assert result.header_footer_text == "Alex Morgan | alex@example.com\nLakeview, Norland"


def test_docx_two_column_section_is_flagged() -> None:
    assert extract_text(make_docx(["Body text"], columns=2)).columns_detected
    assert not extract_text(make_docx(["Body text"])).columns_detected


def test_docx_layout_table_reads_cell_by_cell() -> None:
    sidebar = "\n".join(SIDEBAR)
    main = "\n".join(MAIN[:6])
    result = extract_text(make_docx(["[TABLE]"], table_rows=[[sidebar, main]]))
    assert result.text.splitlines() == SIDEBAR + MAIN[:6]
    assert result.columns_detected and result.has_tables


# ------------------------------------------------------------------------ ODT and RTF ---


def test_odt_paragraphs_lists_and_tables() -> None:
    data = make_odt(
        ["Alex Morgan", "Senior Software Engineer"],
        heading="Resume",
        bullets=["Built APIs", "Led a team"],
        table_rows=[["Python", "Expert"], ["Go", "Intermediate"]],
    )
    result = extract_text(data, "resume.odt")
    assert result.kind == "odt"
    assert result.text.splitlines() == [
        "Resume",
        "Alex Morgan",
        "Senior Software Engineer",
        "• Built APIs",
        "• Led a team",
        "Python | Expert",
        "Go | Intermediate",
    ]
    assert result.has_tables


def test_odt_white_text_is_counted_as_hidden() -> None:
    result = extract_text(make_odt(["Alex Morgan"], white="kubernetes terraform"))
    assert "Skills: kubernetes terraform" in result.text
    assert result.hidden_text_chars == len("kubernetesterraform")


def test_rtf_text_with_escapes() -> None:
    result = extract_text(make_rtf(["Alex Morgan", "Café Développeur – Zürich", "Use {braces}"]))
    assert result.kind == "rtf"
    assert result.text.splitlines() == ["Alex Morgan", "Café Développeur – Zürich", "Use {braces}"]


# ------------------------------------------------------------------------------ text ---

TEXT = "Jürgen Müller\nSenior Développeur – Zürich\n“Python”, Go, 5 000 €"


@pytest.mark.parametrize(
    ("encoding", "expected_encoding"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-16-le", "utf-16-le"),
        ("cp1252", "cp1252"),
    ],
)
def test_text_encodings_decode_exactly(encoding: str, expected_encoding: str) -> None:
    result = extract_text(TEXT.encode(encoding), "resume.txt")
    assert result.kind == "txt"
    assert result.text == TEXT
    assert result.encoding == expected_encoding


def test_latin1_text() -> None:
    text = "José Núñez\nIngeniero de software en Málaga, España\nCompétences: Python, SQL"
    result = extract_text(text.encode("latin-1"), "cv.txt")
    assert result.text == text


def test_cyrillic_cp1251_text() -> None:
    text = "Иван Петров\nИнженер-программист, опыт работы 5 лет. Python, Django, PostgreSQL."
    result = extract_text(text.encode("cp1251"), "cv.txt")
    assert result.text == text
    assert result.encoding == "cp1251"


def test_markdown_is_read_as_plain_text() -> None:
    source = (
        "# Alex Morgan\n\n## Experience\n\n- Built **REST APIs** with [FastAPI](https://fastapi.dev)\n"
        "* Led a team of `6` engineers\n\n| Skill | Level |\n|---|---|\n| Python | Expert |\n"
    )
    result = extract_text(source.encode(), "resume.md")
    assert result.text.splitlines() == [
        "Alex Morgan",
        "",
        "Experience",
        "",
        "• Built REST APIs with FastAPI (https://fastapi.dev)",
        "• Led a team of 6 engineers",
        "",
        "Skill | Level",
        "Python | Expert",
    ]


def test_text_cleanup_normalises_whitespace_and_ligatures() -> None:
    raw = "Ofﬁce\u00a0manager\u200b\r\nline two   \r\n\r\n\r\n\r\nend\u00ad"
    assert extract_text(raw.encode()).text == "Office manager\nline two\n\nend"


# ------------------------------------------------------------------------ truncation ---


def test_long_text_is_truncated_at_max_chars_with_a_warning() -> None:
    data = ("word " * 20_000).encode()
    result = extract_text(data, limits=ExtractLimits(max_chars=1_000))
    assert result.truncated
    assert len(result.text) <= 1_000
    assert result.text.endswith("word")
    assert any("first 1,000 characters" in w for w in result.warnings)


def test_result_is_a_plain_dataclass() -> None:
    result = extract_text(b"Alex Morgan\nPython developer")
    assert isinstance(result, ExtractedText)
    assert result.word_count == 4
    assert result.pages is None


# --------------------------------------------------------------- other fixture checks ---


def test_fixture_builders_produce_what_they_say() -> None:
    assert len(PdfReader(io.BytesIO(make_image_pdf(pages=2))).pages) == 2
    assert PdfReader(io.BytesIO(make_encrypted_pdf())).is_encrypted
    import zipfile

    with zipfile.ZipFile(io.BytesIO(make_zip_bomb_docx(member_mb=2))) as archive:
        assert archive.getinfo("word/media/filler.bin").file_size == 2 * 1024 * 1024


def test_letter_spaced_display_name_reads_as_words() -> None:
    """A name drawn glyph by glyph with wide letter spacing ("J A R E D   R I C H A R D S")."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=32)
    x = 20.0
    for word in ("JARED", "RICHARDS"):
        for letter in word:
            pdf.text(x, 30, letter)
            x += pdf.get_string_width(letter) + 1.2  # letter spacing ≈ 0.1 × font size
        x += 6.0  # the word gap
    pdf.set_font("helvetica", size=11)
    pdf.text(20, 50, "jared@example.com")
    pdf.text(20, 60, "Software Engineer at Acme, 2019 - 2023")
    text = extract_text(bytes(pdf.output())).text
    assert text.splitlines()[0] == "JARED RICHARDS"


def test_glyph_names_are_restored_by_the_extraction_clean_up() -> None:
    """LaTeX fonts with no text mapping leave glyph names; every document kind gets them read."""
    from atspro.analysis.documents.base import clean_text

    text = clean_text(
        "J/A.sc/N.sc D/O.sc/E.sc, Scienti/f_ic Analyst, /two.lnum/zero.lnum/one.lnum/nine.lnum"
    )
    assert text == "JAN DOE, Scientific Analyst, 2019"


def test_small_capitals_stay_capitals_next_to_a_mapped_accented_letter() -> None:
    """A LaTeX small-caps name whose accented letter the font did map ("Kö/H.sc/L.sc")."""
    from atspro.analysis.documents.base import clean_text

    assert clean_text("E/V.sc/A.sc Kö/H.sc/L.sc/E.sc/R.sc\nMüller") == "EVA KÖHLER\nMüller"

"""Round-14 layout classes, each on a small made-up document: Europass label rows, keywords
laid invisibly over a grey band of a page whose text layer is read, a two-row page footer
holding the contact line, and a running head's contact line repeated on page 2."""

from __future__ import annotations

from datetime import date

from atspro.analysis.documents.base import ExtractLimits
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.pdf import read_pdf_text
from atspro.analysis.resume import europass
from atspro.analysis.resume.parser import parse_resume
from bench.layout_stress14 import PAGE_H, OpsPage, Pdf, _lit, _width, pdf_every_page

EUROPASS = """Personal information
First name(s) / Surname(s) | Dana Quill
Mobile | +1 555 0100 200
E-mail | dana.quill@example.org
Work experience
Dates | May 2018 - Present
Occupation or position held | Warehouse Supervisor
Main activities and responsibilities | Ran the night shift of twelve pickers.
Name and address of employer | Gorse Valley Storage, Riverton
Dates | Jan 2015 - Apr 2018
Occupation or position held | Forklift Operator
Main activities and responsibilities | Loaded trailers.
Name and address of employer | Tallow Creek Mills, Riverton
Education and training
Dates  2012 - 2014
Title of qualification awarded  Diploma in Logistics
Name and type of organisation  Riverton Technical Institute
providing education and training
Personal skills and competences
Computer skills and competences | Excel, SAP"""


def test_europass_rows_read_in_resume_order() -> None:
    lines = europass.europass_rows(EUROPASS.splitlines())
    assert lines[:4] == ["Personal information", "Dana Quill", "+1 555 0100 200", lines[3]]
    k = lines.index("Warehouse Supervisor")
    assert lines[k : k + 4] == [
        "Warehouse Supervisor",
        "Gorse Valley Storage, Riverton",
        "May 2018 - Present",
        "Ran the night shift of twelve pickers.",
    ]
    k = lines.index("Diploma in Logistics")
    assert lines[k : k + 3] == [
        "Diploma in Logistics",
        "Riverton Technical Institute",
        "2012 - 2014",
    ]
    assert "providing education and training" not in lines
    assert lines[-2:] == ["Computer skills and competences:", "Excel, SAP"]


def test_europass_resume_parses() -> None:
    r = parse_resume(EUROPASS, today=date(2026, 12, 1))
    assert r.contact.full_name == "Dana Quill"
    roles = {(w.position, w.company, w.start) for w in r.work_experience}
    assert ("Warehouse Supervisor", "Gorse Valley Storage", "2018-05") in roles
    assert ("Forklift Operator", "Tallow Creek Mills", "2015-01") in roles
    assert any(e.institution == "Riverton Technical Institute" for e in r.education)


def test_not_europass_left_alone() -> None:
    text = "Occupation or position held: none\nMobile app developer\nDates  2019 - 2020"
    assert not europass.is_europass(text)  # one Europass label is no Europass form
    rows = ["Work experience", "Mobile app developer", "Dates  2019 - 2020"]
    assert europass.europass_rows(rows)[:2] == ["Work experience", "Mobile app developer"]


def _outlined_page(stuffing: bool) -> bytes:
    """Each line drawn as a filled path (its glyphs outlined) with the text laid over it
    invisibly; ``stuffing``: keywords laid invisibly over a small grey rectangle."""
    lines = ["Dana Quill", "dana.quill@example.org", "EXPERIENCE", "Warehouse Supervisor"]
    lines += [f"Loaded trailer {n} for the early route and checked its seals." for n in range(12)]
    ops = []
    for k, line in enumerate(lines):
        y = PAGE_H - 60 - 16 * k
        w = _width(line, 10)
        ops.append(f"{40} {y} m {40 + w:.1f} {y} l {40 + w:.1f} {y + 7} l {40} {y + 7} l h f")
        ops.append(f"BT 3 Tr /F1 10 Tf 40 {y} Td {_lit(line)} Tj ET")
    if stuffing:
        ops.append("q 0.9 g 40 30 300 12 re f Q")
        ops.append(f"BT 3 Tr /F1 8 Tf 42 33 Td {_lit('Kubernetes Terraform Snowflake')} Tj ET")
    doc = Pdf()
    doc.page("\n".join(ops))
    return doc.bytes()


def test_text_layer_read_but_keywords_over_a_band_hidden() -> None:
    got = read_pdf_text(_outlined_page(stuffing=True), ExtractLimits())
    assert "Warehouse Supervisor" in got.text
    assert any("Kubernetes" in line for line in got.hidden_text)
    plain = read_pdf_text(_outlined_page(stuffing=False), ExtractLimits())
    assert not plain.hidden_text  # the honest text layer is no hidden text


def test_two_row_footer_contact_read_with_the_name() -> None:
    text = extract_text(pdf_every_page(head=False, foot=True), "cv.pdf").text
    lines = [line for line in text.splitlines() if line.strip()]
    assert "jane.doe@example.com" in lines[0] or "jane.doe@example.com" in lines[1]
    assert text.count("jane.doe@example.com") == 1
    assert "Page 1 of 2" not in text


def test_running_head_contact_line_dropped_on_page_two() -> None:
    text = extract_text(pdf_every_page(head=True, foot=False), "cv.pdf").text
    assert text.count("jane.doe@example.com") == 1
    assert text.count("Jane Doe") == 1


def test_ops_page_writes_a_page() -> None:  # the bench's page writer itself
    p = OpsPage()
    p.t(40, 50, "Dana Quill", 20, "B")
    assert b"(Dana Quill) Tj" in p.bytes()


def _dejavu_pdf(lines: list[str]) -> bytes:
    """A page in an embedded TrueType subset (Type0, Identity-H) whose /ToUnicode is gone."""
    from fpdf import FPDF

    from bench.layout_stress import DEJAVU

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("dv", size=11)
    for k, line in enumerate(lines):
        pdf.text(40, 60 + 16 * k, line)
    return bytes(pdf.output()).replace(b"/ToUnicode", b"/ToUnicodX")


def test_no_to_unicode_read_through_the_embedded_fonts_cmap() -> None:
    lines = ["Dana Quill", "dana.quill@example.org", "Riverton, Oregon", "Power BI, Excel – 2021"]
    raw = read_pdf_text(_dejavu_pdf(lines), ExtractLimits())
    assert raw.text.splitlines() == lines
    assert not raw.scanned_pages  # no OCR needed
    assert any("text mapping" in w for w in raw.warnings)  # an ATS still reads gibberish


def test_embedded_cmap_tables() -> None:
    from atspro.analysis.documents.pdf_cmap import _glyph_chars

    assert _glyph_chars(b"") == {}
    assert _glyph_chars(b"\x00\x01\x00\x00" + b"\x00" * 8) == {}  # no tables: no cmap


def _label_page(sidebar: bool) -> bytes:
    """A left column beside a right one: labels and dates on the right side's baselines (or a
    sidebar of a heading, items and years at its own spacing, ``sidebar``)."""
    p = OpsPage()
    right = [
        "Dana Quill",
        "dana.quill@example.org",
        "Warehouse Supervisor",
        "Gorse Valley Storage, Riverton",
        "- Ran the night shift of twelve pickers.",
        "- Kept the dock schedule.",
        "Forklift Operator",
        "Tallow Creek Mills, Riverton",
        "- Loaded trailers for the early route.",
        "- Checked the seals of each trailer.",
    ]
    for k, line in enumerate(right):
        p.t(200, 60 + 15 * k, line, 10)
    if sidebar:
        for k, line in enumerate(["COURSES", "Safety Basics", "2019", "Pallet Stacking", "2017"]):
            p.t(40, 67 + 19 * k, line, 9)
    else:
        p.right(170, 60, "PERSONAL INFORMATION", 8)
        p.right(170, 90, "May 2018 - Present", 8)
        p.right(170, 150, "Jan 2015 - Apr 2018", 8)
    return p.bytes()


def test_a_column_of_labels_and_dates_is_read_beside_its_rows() -> None:
    lines = read_pdf_text(_label_page(False), ExtractLimits()).text.splitlines()
    k = lines.index("Warehouse Supervisor")
    assert lines[k - 1] == "May 2018 - Present"
    k = lines.index("Forklift Operator")
    assert lines[k - 1] == "Jan 2015 - Apr 2018"
    assert lines[0] == "PERSONAL INFORMATION" and lines[1] == "Dana Quill"


def test_a_sidebar_of_dated_items_is_still_a_column() -> None:
    lines = read_pdf_text(_label_page(True), ExtractLimits()).text.splitlines()
    k = lines.index("COURSES")
    assert lines[k : k + 5] == ["COURSES", "Safety Basics", "2019", "Pallet Stacking", "2017"]


def test_a_sidebar_on_every_page_is_read_once() -> None:
    from bench.layout_stress14 import pdf_sidebar_every_page

    for right in (False, True):
        text = extract_text(pdf_sidebar_every_page(right), "cv.pdf").text
        assert text.count("jane.doe@example.com") == 1
        assert text.count("Tableau") == 1


def test_a_sidebar_on_the_bodys_baselines_drawn_row_by_row_is_a_column() -> None:
    p = OpsPage()
    left = ["CONTACT", "dana.quill@example.org", "Riverton", "SKILLS", "Excel", "SAP", "Forklift"]
    right = ["Dana Quill", "EXPERIENCE", "Warehouse Supervisor, Gorse Valley Storage"]
    right += ["May 2018 - Present", "- Ran the night shift.", "- Kept the dock schedule."]
    right += ["EDUCATION", "Diploma in Logistics, Riverton Technical Institute, 2014"]
    rows = [(40, 60 + 14 * k, t) for k, t in enumerate(left)]
    rows += [(200, 60 + 14 * k, t) for k, t in enumerate(right)]
    for x, y, text in sorted(rows, key=lambda r: (r[1], r[0])):  # drawn row by row
        p.t(x, y, text, 10)
    lines = read_pdf_text(p.bytes(), ExtractLimits()).text.splitlines()
    assert "Warehouse Supervisor, Gorse Valley Storage" in lines  # no sidebar line glued to it
    k = lines.index("SKILLS")
    assert lines[k : k + 4] == ["SKILLS", "Excel", "SAP", "Forklift"]


def test_a_grid_of_labels_and_values_stays_rows() -> None:
    p = OpsPage()
    rows = [("Name", "Dana Quill"), ("Phone", "+1 555 0100 200"), ("Town", "Riverton")]
    rows += [("Shift", "Nights"), ("Licence", "Forklift B")]
    for k, (label, value) in enumerate(rows):
        p.t(40, 60 + 14 * k, label, 10)
        p.t(200, 60 + 14 * k, value, 10)
    lines = read_pdf_text(p.bytes(), ExtractLimits()).text.splitlines()
    assert lines[0] == "Name  Dana Quill"

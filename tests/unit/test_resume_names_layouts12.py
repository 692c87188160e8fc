"""Resume headers the train part lacks (issue 14, round 12): a synthetic stress set of name and
location layouts, each run through the parser (and through a generated DOCX or PDF where the
layout matters). Every name, address and e-mail here is made up. The cases marked ``new``
failed on the round's starting code; the others are guards of classes that already held
(and of the rules' precision: a heading, a job family, a town, an employer, a skill or a
title is never a name)."""

from __future__ import annotations

import io
from datetime import date

import pytest

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume import places
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)
BODY = (
    "\nEXPERIENCE\nSoftware Engineer, Globex Corp\nJan 2020 - Present\n- Built billing services\n"
    "EDUCATION\nBSc Computer Science, State University, 2019\nSKILLS\nPython, SQL, Docker\n"
)
REACH = "tm.inbox@example.org | +1 555 010 2233"
SIGNED = "DECLARATION\nI confirm the details above are correct.\n"


def parse(text: str) -> Resume:
    return parse_resume(text if "EXPERIENCE" in text else text + BODY, today=TODAY)


# (case, header or whole text, the name expected, failed on the old code)
NAME_CASES = [
    ("letter-spaced", f"T A M S I N   M A R L O W E\n{REACH}", "Tamsin Marlowe", False),
    ("all caps", f"TAMSIN MARLOWE\n{REACH}", "Tamsin Marlowe", False),
    ("lower case", f"tamsin marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("middle initial", f"Tamsin J. Marlowe\n{REACH}", "Tamsin J. Marlowe", False),
    ("initials first", f"K. R. Sharmaji\n{REACH}", "K. R. Sharmaji", False),
    ("initials glued", f"K.R. Sharmaji\n{REACH}", "K.R. Sharmaji", True),
    ("three initials", f"A. B. C. Tarun\n{REACH}", "A. B. C. Tarun", True),  # spaced as written (round 15)
    ("hyphenated", f"Anna-Lena Berg-Holm\n{REACH}", "Anna-Lena Berg-Holm", False),
    ("apostrophe", f"Liam O'Brannagh\n{REACH}", "Liam O'Brannagh", False),
    ("apostrophe in capitals", f"LIAM O'BRANNAGH\n{REACH}", "Liam O'Brannagh", False),
    ("Mc", f"Fiona McDonaldson\n{REACH}", "Fiona McDonaldson", False),
    ("accents", f"José Ramírez Olmo\n{REACH}", "José Ramírez Olmo", False),
    ("diaeresis", f"Zoë Vanterpool\n{REACH}", "Zoë Vanterpool", False),
    ("Polish letters", f"Łukasz Wróblewicz\n{REACH}", "Łukasz Wróblewicz", False),
    ("Polish letters in capitals", f"ŁUKASZ WRÓBLEWICZ\n{REACH}", "Łukasz Wróblewicz", True),
    ("particles", f"Pieter van der Halvorsen\n{REACH}", "Pieter van der Halvorsen", False),
    ("credential after a comma", f"Tamsin Marlowe, PMP\n{REACH}", "Tamsin Marlowe", False),
    ("credential after a space", f"Tamsin Marlowe MBA\n{REACH}", "Tamsin Marlowe", False),
    ("degree after a space", f"Tamsin Marlowe BSc\n{REACH}", "Tamsin Marlowe", True),
    ("credential in brackets", f"Tamsin Marlowe (PMP)\n{REACH}", "Tamsin Marlowe", True),
    ("Mr.", f"Mr. Tarun Kapadiya\n{REACH}", "Tarun Kapadiya", False),
    ("Dr.", f"Dr. Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("Ms", f"Ms Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("Engr.", f"Engr. Tarun Kapadiya\n{REACH}", "Tarun Kapadiya", True),
    ("CA before the name", f"CA Tarun Kapadiya\n{REACH}", "Tarun Kapadiya", True),
    ("Name :", f"Name : Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("RESUME above", f"RESUME\nTamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("CURRICULUM VITAE above", f"CURRICULUM VITAE\nTamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("RESUME glued", f"RESUMETamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("RESUME glued in capitals", f"RESUMETAMSIN MARLOWE\n{REACH}", "Tamsin Marlowe", True),
    ("name | title", f"Tamsin Marlowe | Data Analyst\n{REACH}", "Tamsin Marlowe", False),
    ("name – title", f"Tamsin Marlowe – Senior Accountant\n{REACH}", "Tamsin Marlowe", False),
    ("name: title", f"Tamsin Marlowe: Data Analyst\n{REACH}", "Tamsin Marlowe", True),
    ("name right of the contacts", "+1 555 010 2233 | tm.inbox@example.org | Tamsin Marlowe", "Tamsin Marlowe", True),
    ("name after a gap", "tm.inbox@example.org    Tamsin Marlowe", "Tamsin Marlowe", True),
    ("after a photo caption", f"Photo\nTamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("table row with a bar", f"PERSONAL DETAILS\nName | Tamsin Marlowe\nDate of Birth | 01/02/1995\n{REACH}", "Tamsin Marlowe", True),
    ("table row with a space", f"Personal Details\nName Tamsin Marlowe\nFather's Name Ravi Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("Name: after a long body", REACH + BODY + "- Kept the team's tests green\n" * 40 + "PERSONAL DETAILS\nName : Tamsin Marlowe\nLanguages : English\n", "Tamsin Marlowe", True),
    ("declaration in brackets", f"{REACH}{BODY}{SIGNED}Place: Utrecht\n(Tamsin Marlowe)", "Tamsin Marlowe", False),
    ("declaration right of the place", f"{REACH}{BODY}{SIGNED}Place: Utrecht                 TAMSIN MARLOWE", "Tamsin Marlowe", True),
    ("declaration right of the date", f"{REACH}{BODY}{SIGNED}Place: Utrecht  Date:  (Tamsin Marlowe)", "Tamsin Marlowe", True),
    ("signature label", f"{REACH}{BODY}{SIGNED}Signature: Tamsin Marlowe\nDate: 01/01/2025", "Tamsin Marlowe", True),
    ("one word", f"Jayaraman\n{REACH}", "Jayaraman", False),
    ("two lines", f"Tamsin\nMarlowe\n{REACH}", "Tamsin Marlowe", False),
    ("two lines, surname in capitals", f"Tamsin\nMARLOWE\n{REACH}", "Tamsin Marlowe", True),
    ("job family below", f"Tamsin Marlowe\nHuman Resources\n{REACH}", "Tamsin Marlowe", False),
    ("job family above", f"Human Resources\nTamsin Marlowe\n{REACH}", "Tamsin Marlowe", False),
    ("job family on the line", f"Tamsin Marlowe Human Resources\n{REACH}", "Tamsin Marlowe", True),
    ("phone glued", "Tamsin Marlowe+1 555 010 2233\n", "Tamsin Marlowe", True),
    ("nickname in quotes", f'Robert "Bobby" Halvorsen\n{REACH}', "Robert Halvorsen", True),
    ("nickname in brackets", f"Robert (Bobby) Halvorsen\n{REACH}", "Robert Halvorsen", True),
    ("a greeting", f"Hi, I'm Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("my name is", f"My name is Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("run together", f"TamsinMarlowe\n{REACH}", "Tamsin Marlowe", True),
    ("title then name", f"Senior Data Analyst Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("title | name", f"Data Analyst | Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("title, gap, name", f"Data Analyst                 Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("place, gap, name", f"Tulsa, OK                 Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("name . title", f"Tamsin Marlowe . Data Analyst\n{REACH}", "Tamsin Marlowe", True),
    ("Kum.", f"Kum. Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("Mrs. glued", f"Mrs.Tamsin Marlowe\n{REACH}", "Tamsin Marlowe", True),
    ("S/O", f"Tarun Kapadiya S/O Ravi Kapadiya\n{REACH}", "Tarun Kapadiya", True),
    ("name, title, place", f"Tamsin Marlowe Data Analyst Tulsa, OK\n{REACH}", "Tamsin Marlowe", True),
    ("Mc kept whole", f"McDonaldson\n{REACH}", "McDonaldson", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=c) for c, t, w, _ in NAME_CASES])
def test_name_layouts(text: str, want: str) -> None:
    assert parse(text).contact.full_name == want


NOT_NAMES = [
    ("heading", f"PROFESSIONAL SUMMARY\n{REACH}"),
    ("job family", f"Human Resources\n{REACH}"),
    ("town and state", f"Boise, Idaho\n{REACH}"),
    ("employer", f"Globex Corporation\n{REACH}"),
    ("skill", f"Data Analysis\n{REACH}"),
    ("title", f"Senior Accountant\n{REACH}"),
    ("lower-case heading", f"work experience\n{REACH}"),
    ("lower-case title", f"data analyst\n{REACH}"),
    ("a town beside the contacts", "+1 555 010 2233 | tm.inbox@example.org | Boise, Idaho"),
    ("a template's placeholder row", "Name Surname\n" + REACH),
    ("a lower-case title", f"copy writer\n{REACH}"),
    ("a lower-case line with no contacts below", "hello world\nSoftware engineer, five years."),
    ("a place, then a wish", f"Tulsa, OK | Open To Relocation\n{REACH}"),
    ("a place, then availability", f"Tulsa, OK | Available Immediately\n{REACH}"),
    ("a name in the e-mail only", "tamsin.marlowe@example.org\nSoftware engineer, five years."),
    ("BIO-DATA", f"BIO-DATA\n{REACH}"),
    ("employer, title, place", f"Globex Holdings Data Analyst Tulsa, OK\n{REACH}"),
    ("a town of three words", f"Port Saint Lucie, FL\n{REACH}"),
    (
        "a skills run of a flattened text",
        "DATA ANALYST Tulsa Oklahoma  Excel  Power Query  Basic DAX  Tableau  Looker Studio  Python  SQL  Statistics  Forecasting\n",
    ),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=c) for c, t in NOT_NAMES])
def test_no_name_read_from(text: str) -> None:
    assert parse(text).contact.full_name is None


# (case, header, the location expected, failed on the old code)
PLACE_CASES = [
    ("Location:", "Location: Leeds, UK", "Leeds, UK", False),
    ("Based in", "Based in Rotterdam", "Rotterdam", False),
    ("a headline based in", "Data analyst based in Utrecht", "Utrecht", True),
    ("Current City:", "Current City: Tulsa", "Tulsa", False),
    ("street address, UK postcode", "Address: 14 Larkspur Lane, Leeds LS1 4AP", "Leeds", False),
    ("Indian PIN", "Pune, Maharashtra 411001", "Pune, Maharashtra", False),
    ("UK postcode", "Leeds LS1 4AP", "Leeds", False),
    ("UK postcode then country", "Leeds LS1 4AP, UK", "Leeds, UK", True),
    ("US ZIP", "Tulsa, OK 74103", "Tulsa, OK 74103", False),
    ("EU postcode first", "75008 Paris", "Paris", False),
    ("Singapore", "Singapore 123456", "Singapore", False),
    ("relocating", "Boise, ID (relocating to Tulsa, OK)", "Boise, ID", False),
    ("Zürich", "Zürich", "Zürich", True),
    ("Malmö", "Malmö", "Malmö", True),
    ("Köln", "Köln", "Köln", True),
    ("Göteborg", "Göteborg", "Göteborg", False),
    ("Kraków", "Kraków, Poland", "Kraków, Poland", False),
    ("São Paulo", "São Paulo", "São Paulo", False),
    ("country in brackets", "Lyon (France)", "Lyon, France", True),
    ("country in brackets on the contact line", "Lyon (France) | +33 6 12 34 56 78", "Lyon, France", True),
    ("Dutch postcode", "3511 AB Utrecht", "Utrecht", True),
    ("town-based", "Tulsa-based data analyst", "Tulsa", True),
    ("country based", "UK based", "UK", True),
]  # fmt: skip


@pytest.mark.parametrize(("line", "want"), [pytest.param(x, w, id=c) for c, x, w, _ in PLACE_CASES])
def test_location_layouts(line: str, want: str) -> None:
    assert parse(f"Tamsin Marlowe\n{REACH}\n{line}").contact.location == want


@pytest.mark.parametrize(
    "contact",
    [
        "+1 555 010 2233 • Tulsa, OK • tm.inbox@example.org",
        "Tulsa, OK • +1 555 010 2233 • tm.inbox@example.org",
        "+46 70 123 45 67 | Malmö | tm.inbox@example.org",
    ],
)
def test_a_place_between_the_phone_and_the_email(contact: str) -> None:
    assert parse(f"Tamsin Marlowe\n{contact}").contact.location in ("Tulsa, OK", "Malmö")


@pytest.mark.parametrize("heading", ["PROFILE", "SUMMARY"])
def test_a_place_under_the_name_in_the_first_sections_body(heading: str) -> None:
    r = parse(f"Tamsin Marlowe\n{heading}\nBoise, Idaho\nEngineer of eight years.\n{REACH}")
    assert r.contact.location == "Boise, Idaho"


def test_a_roles_place_is_no_place_under_the_name() -> None:
    r = parse("Tamsin Marlowe\nEXPERIENCE\nBoise, Idaho\nEngineer, Globex Corp\n2020 - 2024\n")
    assert r.contact.location is None


def test_accented_towns_are_known_to_the_gazetteer() -> None:
    assert all(places.is_known_city(x) for x in ("Zürich", "Malmö", "Köln", "Łódź", "Nürnberg"))


# ----------------------------------------------------------------- through real files ---


def _docx(header: list[str], rows: list[tuple[str, str]], body: list[str]) -> bytes:
    import docx

    document = docx.Document()
    part = document.sections[0].header
    part.paragraphs[0].text = header[0] if header else ""
    for line in header[1:]:
        part.add_paragraph(line)
    if rows:
        table = document.add_table(rows=len(rows), cols=2)
        for i, (key, value) in enumerate(rows):
            table.cell(i, 0).text, table.cell(i, 1).text = key, value
    for line in body:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _parse_file(data: bytes, filename: str) -> Resume:
    return parse_resume(extract_text(data, filename).text, today=TODAY)


def test_a_name_in_the_docx_header_part() -> None:
    r = _parse_file(
        _docx(["Tamsin Marlowe", "Tulsa, OK"], [], [REACH, *BODY.split("\n")]), "cv.docx"
    )
    assert (r.contact.full_name, r.contact.location) == ("Tamsin Marlowe", "Tulsa, OK")


def test_a_name_in_a_docx_personal_details_table() -> None:
    rows = [
        ("Name", "Tamsin Marlowe"),
        ("Location", "Tulsa, OK"),
        ("E-mail", "tm.inbox@example.org"),
    ]
    r = _parse_file(_docx([], rows, BODY.split("\n")), "cv.docx")
    assert (r.contact.full_name, r.contact.location) == ("Tamsin Marlowe", "Tulsa, OK")


def test_a_name_at_the_right_of_a_pdf_contact_row() -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(15, 20)
    pdf.cell(w=90, h=5, text="+1 555 010 2233 | tm.inbox@example.org")
    pdf.set_xy(140, 20)
    pdf.cell(w=55, h=5, text="Tamsin Marlowe")
    for n, line in enumerate(x for x in BODY.split("\n") if x):
        pdf.set_xy(15, 32 + 6 * n)
        pdf.cell(w=180, h=5, text=line)
    r = _parse_file(bytes(pdf.output()), "cv.pdf")
    assert r.contact.full_name == "Tamsin Marlowe"


def test_a_summary_heading_is_no_place_under_the_name() -> None:
    assert (
        parse(f"Tamsin Marlowe\nAbout ME\nEngineer of eight years.\n{REACH}").contact.location
        is None
    )


@pytest.mark.parametrize("name_line", ["TAMSIN MARLOWE, M.S.", "Tamsin Marlowe, MS, PMP"])
def test_a_degree_after_the_name_is_no_state(name_line: str) -> None:
    """ "M.S." / "MS" after a name: a degree, not Mississippi (the name in capitals was not cut
    off its line before the place was looked for)."""
    r = parse(f"{name_line}\nPROFILE\nEngineer of eight years.\n{REACH}")
    assert (r.contact.full_name, r.contact.location) == ("Tamsin Marlowe", None)

"""A Word table of one row whose cells are lists side by side, one entry per paragraph.

Education (or roles) typed as a one-row table: the degrees in the first cell, the schools in
the second, the years in the third, a paragraph each. Read cell by cell, every degree came
before every school and year, and no school got its degree or year (the roles lost their
titles). Cells of as many short lines, one of them mostly dates, are now read across, entry
by entry ("degree | school | year"); a layout table (a sidebar beside the body) stays read
cell by cell. DOCX and ODT share the row reader (layout round 12, python-docx, made-up text).
"""

from __future__ import annotations

import io
from datetime import date

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.documents.wordml import read_table_row
from atspro.analysis.resume.parser import parse_resume

SCHOOLS = [
    ("M.Sc. Statistics", "Northfield College", "2013"),
    ("B.Sc. Mathematics", "Lakeside University", "2011"),
]
ROLES = [
    ("Quality Analyst", "Acme Robotics", "Jan 2019 - Present"),
    ("Test Engineer", "Blue Harbor Logistics", "Mar 2014 - Dec 2018"),
]


def _docx(sections: list[tuple[str, list[tuple[str, str, str]]]]) -> bytes:
    import docx

    document = docx.Document()
    for line in ("Jane Doe", "jane.doe@example.com | +1 217 555 0134"):
        document.add_paragraph(line)
    for heading, entries in sections:
        document.add_paragraph(heading)
        cells = document.add_table(rows=1, cols=3).rows[0].cells
        for k, entry in enumerate(entries):
            for cell, text in zip(cells, entry, strict=True):
                if k == 0:
                    cell.text = text
                else:
                    cell.add_paragraph(text)
    document.add_paragraph("SKILLS")
    document.add_paragraph("Python, SQL, Tableau")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_one_row_of_lists_side_by_side_is_read_entry_by_entry() -> None:
    text = extract_text(_docx([("EXPERIENCE", ROLES), ("EDUCATION", SCHOOLS)]), "cv.docx").text
    lines = text.splitlines()
    for entry in ROLES + SCHOOLS:
        assert " | ".join(entry) in lines
    resume = parse_resume(text, today=date(2026, 12, 1))
    assert {(e.institution, e.graduation_date) for e in resume.education} == {
        (school, year) for _, school, year in SCHOOLS
    }
    assert {(r.position, r.company) for r in resume.work_experience} == {
        (title, employer) for title, employer, _ in ROLES
    }


def test_a_layout_row_stays_read_cell_by_cell() -> None:
    side = ["SKILLS", "Python", "SQL"]
    body = [
        "Quality Analyst at Acme Robotics since 2019",
        "Led a team of four testers",
        "Wrote test plans",
    ]
    lines: list[str] = []
    read_table_row([side, body], lines)  # no side mostly dates
    assert lines == side + body
    lines = []
    read_table_row([["2019 - 2023", "2014 - 2019"], ["Acme Robotics"]], lines)  # not as long
    assert lines == ["2019 - 2023", "2014 - 2019", "Acme Robotics"]

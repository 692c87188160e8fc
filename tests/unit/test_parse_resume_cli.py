"""``main.py parse-resume``: real PDF/DOCX/TXT files made here, JSON Lines and the summary."""

from __future__ import annotations

import json

import docx
import pytest
from fpdf import FPDF

from atspro.cli import main

LINES = [
    "Nina Petrova",
    "Boston, MA | (617) 555-0175 | nina.petrova@example.com",
    "",
    "EXPERIENCE",
    "Data Scientist at Wayfair, Boston, MA    Jan 2020 - Present",
    "- Built demand forecasts in Python and SQL",
    "",
    "EDUCATION",
    "M.S. in Statistics, Boston University, 2019",
    "",
    "SKILLS",
    "Python, SQL, communication",
]


@pytest.fixture
def resume_files(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in LINES:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf_path = tmp_path / "nina.pdf"
    pdf.output(str(pdf_path))

    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    docx_path = tmp_path / "nina.docx"
    document.save(str(docx_path))

    txt_path = tmp_path / "nina.txt"
    txt_path.write_text("\n".join(LINES), encoding="utf-8")
    return [pdf_path, docx_path, txt_path]


def test_json_lines_one_resume_per_file_and_errors_continue(resume_files, tmp_path, capsys):
    missing = tmp_path / "missing.pdf"
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    code = main(["parse-resume", "--json", *map(str, resume_files), str(missing), str(empty)])
    assert code == 1
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 5  # one line per input, in order
    from atspro.models import Resume

    for record in records[:3]:  # exactly the Resume fields
        assert set(record) == set(Resume.model_fields)
    assert [r["file"] for r in records[3:]] == [str(missing), str(empty)]
    for record in records[:3]:
        assert record["contact"]["full_name"] == "Nina Petrova"
        assert record["contact"]["email"] == "nina.petrova@example.com"
        assert record["contact"]["phone"] == "+16175550175"
        (role,) = record["work_experience"]
        assert (role["position"], role["company"], role["start"], role["is_current"]) == (
            "Data Scientist",
            "Wayfair",
            "2020-01",
            True,
        )
        assert record["education"][0]["level"] == 4
        assert "Python" in {s["name"] for s in record["skills"]}
    assert set(records[3]) == {"file", "error"} and records[3]["error"]
    assert set(records[4]) == {"file", "error"} and records[4]["error"]


def test_human_summary(resume_files, capsys):
    code = main(["parse-resume", str(resume_files[2])])
    assert code == 0
    out = capsys.readouterr().out
    assert "name:      Nina Petrova" in out
    assert "role:      Data Scientist @ Wayfair, Boston, MA (2020-01 – Present)" in out
    assert "education: M.S. Statistics @ Boston University [master] 2019" in out

"""A continuation page's running head with its page number typed, not a field.

Generated DOCX (python-docx), made-up people and employers; the class was met on real Word
resumes: "Name<tab>Page Two" typed into the body at the page break (read between two roles, the
name became the next role's employer) and "Name<tab>Page 2 of 2" typed into the page header.
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume
from tests.fixtures.documents import make_docx

BODY = [
    "Wren Castellano, Certified Planner",
    "wren.castellano@example.com",
    "EXPERIENCE",
    "Harbourline Freight\t2016 to Present",
    "Logistics Planner\t2019 to Present",
    "Plans weekly container moves for three inland depots.",
    "Wren Castellano, Certified Planner\tPage Two",
    "Dispatch Coordinator\t2016 to 2019",
    "Scheduled drivers and kept the yard log.",
]


def _lines(data: bytes) -> list[str]:
    return [line for line in extract_text(data, "cv.docx").text.splitlines() if line.strip()]


def test_a_running_head_typed_into_the_body_is_dropped() -> None:
    lines = _lines(make_docx(BODY))
    assert "Wren Castellano, Certified Planner\tPage Two" not in lines
    assert lines.count("Wren Castellano, Certified Planner") == 1
    roles = parse_resume("\n".join(lines)).work_experience
    assert "Wren Castellano, Certified Planner" not in {r.company for r in roles}


def test_a_typed_page_number_in_the_header_is_no_text() -> None:
    for head in ("Wren Castellano\tPage 2 of 2", "Page Two"):
        body = [line for line in BODY if "Page" not in line]
        lines = _lines(make_docx(body, header=head))
        assert not any("Page" in line for line in lines), head


def test_other_lines_naming_a_page_stay() -> None:
    body = [*BODY[:6], "Redesigned the careers page two times in one year.", *BODY[7:]]
    assert "Redesigned the careers page two times in one year." in _lines(make_docx(body))
    # a line that is not the document's first line keeps its page words
    other = [*BODY[:6], "Harbourline Freight\tPage Two", *BODY[7:]]
    assert "Harbourline Freight\tPage Two" in _lines(make_docx(other))

"""A web profile pasted into Word: every title, employer, place and description written twice
(the page's visible text and its screen-reader copy), glued or a space apart.

An ATS reads both copies: "Data AnalystData Analyst" was one title, the employer's line of
cells ended "Springfield, ILSpringfield, IL" and every bullet was read twice. Each is now read
once; pieces inside a line only where several whole paragraphs show the paste (layout
round 11, generated DOCX, made-up text).
"""

from __future__ import annotations

from atspro.analysis.documents.echoes import without_echoes
from atspro.analysis.documents.extract import extract_text
from tests.fixtures.documents import make_docx

TITLE = "Senior Data Analyst"
CELLS = "Acme Robotics · Full-time"
DATES = "Mar 2019 - Present · 5 yrs Mar 2019 to Present · 5 yrs"  # two spellings: no copy
PLACE = "Springfield, Illinois, United States"
BULLET = "Led a team of four testers through two spring releases."


def _lines(paragraphs: list[str]) -> list[str]:
    text = extract_text(make_docx(paragraphs), "cv.docx").text
    return [line for line in text.splitlines() if line.strip()]


def test_a_pasted_profile_reads_each_piece_once() -> None:
    lines = _lines(
        [
            "Jane Doe",
            TITLE + TITLE,
            f"{CELLS}{CELLS} {DATES} {PLACE}{PLACE}",
            f"{BULLET}{BULLET}",
            "Data Engineer Data Engineer",
        ]
    )
    assert lines == ["Jane Doe", TITLE, f"{CELLS} {DATES} {PLACE}", BULLET, "Data Engineer"]


def test_a_typed_document_keeps_its_repeats() -> None:
    paragraphs = [
        "Jane Doe",
        "Walla Walla, Washington",
        "Bora Bora Bora Bora Resort Guide",
        f"{TITLE}{TITLE}",  # read once; but one such paragraph proves no pasted profile
        "Springfield College Springfield College Jan 2019",
    ]
    lines = _lines(paragraphs)
    assert lines[:2] == ["Jane Doe", "Walla Walla, Washington"]
    assert lines[3] == TITLE
    assert lines[4] == "Springfield College Springfield College Jan 2019"


def test_one_word_repeats_stay_and_indents_are_kept() -> None:
    assert without_echoes(["very very", "Walla Walla", "  Data Engineer Data Engineer"]) == [
        "very very",
        "Walla Walla",
        "  Data Engineer",
    ]


def test_pieces_inside_a_line_are_mended_only_in_a_pasted_profile() -> None:
    line = "Acme Corp Acme Corp Springfield"
    assert without_echoes(["Team LeadTeam Lead", line]) == ["Team Lead", line]
    assert without_echoes(["Team LeadTeam Lead", "Jane DoeJane Doe", line]) == [
        "Team Lead",
        "Jane Doe",
        "Acme Corp Springfield",
    ]

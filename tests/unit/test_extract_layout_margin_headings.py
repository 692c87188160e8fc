"""Section headings set in a left margin, each on the baseline of its section's first line.

A LaTeX CV prints "Education", "Experience" in a margin column beside the text. The margin
lines up with the text line for line, so the page was read row by row like a timeline, and
the heading was glued to the section's first line ("Education  B.A., History"): no
education section was found. Margin lines without digits that each head several lines beside
them are headings, each a line of its own; a timeline's dates and a label beside a one-line
value stay on their rows (layout round 10, generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume

SECTIONS = [
    ("Education", ["B.A. in History", "Northfield College, 2014, with honours."]),
    (
        "Experience",
        [
            "Archivist, Springfield Museum    Mar 2016 - Present",
            "Catalogued a collection of maps and letters for the reading room, and wrote",
            "the guides that visitors use when they ask for a box from the stores.",
            "Assistant, Quillby Library    Jun 2014 - Feb 2016",
            "Answered questions at the desk and kept the lending records in order.",
        ],
    ),
    ("Interests", ["Rowing, bread baking and old maps of the county."]),
]


def _page(sections: list[tuple[str, list[str]]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(50, 15)
    pdf.cell(w=140, h=5, text="Tamsin Okafor")
    y = 28.0
    for heading, lines in sections:
        pdf.set_xy(15, y)
        pdf.cell(w=30, h=5, text=heading)
        for line in lines:
            pdf.set_xy(50, y)
            pdf.cell(w=140, h=5, text=line)
            y += 5
        y += 4
    return bytes(pdf.output())


def _lines(data: bytes) -> list[str]:
    return extract_text(data, "cv.pdf").text.splitlines()


def test_margin_headings_are_lines_of_their_own() -> None:
    lines = _lines(_page(SECTIONS))
    for heading, body in SECTIONS:
        at = lines.index(heading)
        assert lines[at + 1] == body[0]
    resume = parse_resume("\n".join(lines))
    assert [e.institution for e in resume.education] == ["Northfield College"]


def test_a_long_last_section_keeps_its_heading_in_place() -> None:
    # the text beside the last heading runs on alone for most of the region: still headings
    longer = (SECTIONS[1][0], SECTIONS[1][1] * 2)
    lines = _lines(_page([SECTIONS[0], SECTIONS[2], longer]))
    for heading, body in SECTIONS:
        assert lines[lines.index(heading) + 1] == body[0]


def test_dates_in_the_margin_stay_beside_their_role() -> None:
    dated = [(f"{2010 + 2 * i} - {2012 + 2 * i}", SECTIONS[1][1][1:3]) for i in range(3)]
    lines = _lines(_page(dated))
    assert lines[1] == "2010 - 2012  " + SECTIONS[1][1][1]


def test_labels_beside_one_line_values_stay_rows() -> None:
    labels = [("Languages", ["English, French"]), ("Tools", ["Git, Figma"]), ("Sports", ["Rowing"])]
    lines = _lines(_page(labels))
    assert lines[1:4] == ["Languages  English, French", "Tools  Git, Figma", "Sports  Rowing"]

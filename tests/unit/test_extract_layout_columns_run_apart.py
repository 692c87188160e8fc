"""Two columns whose first lines happen to share baselines, drawn (or read) row by row.

A photographed two-column CV (schools on the left, personal details on the right, both at the
same line spacing) had its rows snapped to one baseline and was read row by row: each school
glued to a detail ("Northfield Academy  1 May 2001"), and the left column's last heading
("Certificates") took the right column's rest as its certificates. When the sparser side is
lines of text (not mostly dates) and the other side runs on alone below it for most of the
region, the two are columns; a dates column beside roles stays rows however long the last
role (layout round 10, generated PDFs with fpdf2, made-up text).
"""

from __future__ import annotations

from atspro.analysis.documents.extract import extract_text

LEFT = [
    "Education",
    "Primary school",
    "Northfield Academy",
    "Secondary school",
    "Northfield Academy",
    "Certificates",
]
RIGHT = [
    "Personal details",
    "Date of birth",
    "1 May 2001",
    "Place of birth",
    "Springfield",
    "Nationality",
    "Freedonian",
    "Languages",
    "English",
    "French",
    "Hobbies",
    "Chess",
    "Rowing",
    "Baking",
]


def _page(left: list[str], right: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(15, 15)
    pdf.cell(w=180, h=5, text="Tamsin Okafor")
    for i in range(max(len(left), len(right))):  # drawn row by row, as a photo is read
        for x, column in ((15, left), (110, right)):
            if i < len(column):
                pdf.set_xy(x, 30 + 6 * i)
                pdf.cell(w=80, h=5, text=column[i])
    return bytes(pdf.output())


def _lines(data: bytes) -> list[str]:
    return extract_text(data, "cv.pdf").text.splitlines()


def test_a_column_running_on_alone_is_read_after_the_other() -> None:
    lines = _lines(_page(LEFT, RIGHT))
    assert lines[1 : 1 + len(LEFT) + len(RIGHT)] == LEFT + RIGHT


def test_a_dates_column_stays_beside_its_roles() -> None:
    dates = ["2019 - 2021", "", "2016 - 2019", "", "2014 - 2016"]
    lines = _lines(_page(dates, RIGHT))
    assert lines[1] == "2019 - 2021  Personal details"
    assert lines[3] == "2016 - 2019  1 May 2001"

"""Layout stress set, round 16 (``CASES16``): the made-up CV of ``bench/layout_stress.py`` in
more shapes, each checked by the same ``check``.

PDF: a right-to-left page (as round 15's, GNU FriBidi) whose school years stand after a
right-to-left word and before the school, with more English bullets than right-to-left lines.
DOCX / PDF: a Europass form whose work entries are followed by the 2013 form's own rows
("Conferences", "Driving licence") that no resume heading names. Run by
``tests/unit/test_layout16.py``; the bench prints them after the earlier rounds':

    .venv/bin/python -m bench.layout_stress [-s] [name part ...]
"""

from __future__ import annotations

from bench.layout_stress import BULLETS, EDU
from bench.layout_stress14 import docx_europass, europass_rows, pdf_europass
from bench.layout_stress15 import FRIBIDI, RTL_WORDS, pdf_rtl_mixed, rtl_lines

CASES16: dict = {}


# ---------------------------------------------------------------- right-to-left page
def rtl16_lines(script: str) -> list[tuple[float, str, str]]:
    """Round 15's right-to-left lines with the school years between the script's word and
    the school ("<years> 2011 - 2013 Northfield College, M.Sc. Statistics") and each role's
    bullets twice: a page with more English lines than right-to-left ones."""
    years = RTL_WORDS[script][4]
    schools = {school: (deg, year) for deg, school, year in EDU}
    out: list[tuple[float, str, str]] = []
    for size, style, line in rtl_lines(script, ""):
        school = next((s for s in schools if s in line), None)
        if school:
            deg, year = schools[school]
            line = f"{years} {int(year) - 2} - {year} {school}, {deg}"
        out.append((size, style, line))
        if any(line == "- " + b for bs in BULLETS for b in bs):
            out.append((size, style, line[:-1] + " again."))
    return out


for _script in ("hebrew", "arabic") if FRIBIDI else ():
    CASES16[f"pdf right-to-left years before the school {_script}"] = lambda s=_script: (
        pdf_rtl_mixed(s, lines=rtl16_lines(s)),
        "cv.pdf",
    )

# ---------------------------------------------------------------- Europass form rows
# rows of the 2013 form after the work entries: a row with its value, one in capitals alone
FORM_ROWS = [
    ("Conferences", "Initech Data Summit, Capital City, 2020"),
    ("DRIVING LICENCE", ""),
    ("", "Category B since 2010"),
]


def europass16_rows() -> list[tuple[str, str]]:
    rows = europass_rows()
    at = rows.index(("Education and training", ""))
    return rows[:at] + FORM_ROWS + rows[at:]


CASES16["docx europass form rows"] = lambda: (docx_europass(europass16_rows()), "cv.docx")
CASES16["pdf europass form rows"] = lambda: (pdf_europass(europass16_rows()), "cv.pdf")

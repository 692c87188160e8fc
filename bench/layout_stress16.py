"""Layout stress set, round 16 (``CASES16``): the made-up CV of ``bench/layout_stress.py`` in
more shapes, each checked by the same ``check``.

DOCX / PDF: a Europass form whose work entries are followed by the 2013 form's own rows
("Conferences", "Driving licence") that no resume heading names. Run by
``tests/unit/test_layout16.py``; the bench prints them after the earlier rounds':

    .venv/bin/python -m bench.layout_stress [-s] [name part ...]
"""

from __future__ import annotations

from bench.layout_stress14 import docx_europass, europass_rows, pdf_europass

CASES16: dict = {}

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

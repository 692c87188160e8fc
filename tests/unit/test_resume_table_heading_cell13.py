"""A section heading in a table's first cell beside its content (layout round 13).

A CV laid out as one table (a row per section: heading cell | content cell) reads a row of
one-line cells as "SKILLS | Python, SQL": the heading was not seen, and the skills fell into
the section above. Made-up details.
"""

from __future__ import annotations

from atspro.analysis.resume.sections import detect_heading


def test_a_heading_cell_beside_its_content_is_the_heading() -> None:
    found = detect_heading("SKILLS | Python, SQL, Tableau")
    assert found is not None
    assert (found.canonical, found.rest) == ("skills", "Python, SQL, Tableau")


def test_a_label_cell_that_is_no_heading_stays_text() -> None:
    assert detect_heading("Phone | +1 555 0100 200") is None
    assert detect_heading("Skills | Python") is None  # not in capitals, no colon: a label row

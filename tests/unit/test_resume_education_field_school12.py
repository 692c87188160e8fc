"""A field of study run on into the school's name on one line, twelfth round (issue 14): words
of the arts and humanities end the field too ("MA in Fine Art Riverton University"), and a
one-word field after "in" is kept, not lost ("Masters in Art Riverton University"; synthetic
lines only)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.education import parse_education


@pytest.mark.parametrize(
    ("line", "field", "school"),
    [
        ("Masters in Art Riverton University", "Art", "Riverton University"),
        ("MA in Fine Art Riverton University 2011", "Fine Art", "Riverton University"),
        ("MSW in Social Work Eastvale College 2010", "Social Work", "Eastvale College"),
        ("BA in Music Theatre Hillcrest College", "Music Theatre", "Hillcrest College"),
        ("BSc in Physics University of Eastland", "Physics", "University of Eastland"),
        ("B.A. in History Hillcrest College", "History", "Hillcrest College"),
    ],
)
def test_field_then_school(line: str, field: str, school: str) -> None:
    (e,) = parse_education([line])
    assert (e.field, e.institution) == (field, school)

"""Education, eighth round (issue 14): a school-leaving board run together with the degree
after it in a punctuation-stripped export (synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def test_board_then_be_run_together_is_the_degree() -> None:
    got = parse_education(["Westmoor State Board BE in Civil Engineering Harlow College 2012"])
    assert [(e.degree, e.field) for e in got] == [("BE", "Civil Engineering")]
    assert parse_education(["Westmoor State Board ME Now"]) == []

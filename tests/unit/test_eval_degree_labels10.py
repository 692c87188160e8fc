"""The eval's degree labels (a measuring change of round 10): an honours note is no part of
a degree ("J.D. (Cum Laude)" is the J.D. read), and "with an emphasis in X" names the field
as "in X" does; other labels stay as written."""

from __future__ import annotations

import pytest

from bench.eval.common import similar
from bench.eval.resumes import degree_label


@pytest.mark.parametrize(
    ("label", "read"),
    [
        ("J.D. (Cum Laude)", "J.D."),
        ("B.A., magna cum laude", "B.A."),
        ("MBA with an emphasis in Ocean Trade", "MBA in Ocean Trade"),
        ("MBA with a concentration in Ocean Trade", "MBA in Ocean Trade"),
    ],
)
def test_a_label_compares_as_degree_and_field(label: str, read: str) -> None:
    assert not similar(read, label)  # the old comparison missed them
    assert similar(read, degree_label(label))


@pytest.mark.parametrize(
    "label", ["BA (Hons) Marketing", "LL.B Honours", "Bachelor of Science with Honours in Physics"]
)
def test_other_labels_stay(label: str) -> None:
    assert degree_label(label) == label

"""Education, eleventh round (issue 14): a note under an undated school that ends with the
years ("Took part in the school olympiad team, 2007-2011.") dates the entry and
opens no entry of its own; a sentence's year elsewhere in it still dates nothing; a sentence
under a degree with no field that names the same degree with its field gives the field
(synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume.education import parse_education


def read(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(e.institution, e.graduation_date) for e in parse_education(lines)]


def test_a_note_ending_with_its_years_dates_the_school() -> None:
    assert read(
        [
            "Lakeview Academy for Science and Arts",
            "Took part in the school science olympiad team for three seasons, 2007-2011.",
        ]
    ) == [("Lakeview Academy for Science and Arts", "2011")]


def test_a_long_sentence_ending_with_its_years_dates_the_school() -> None:
    assert read(
        [
            "Lakeview Academy",
            "I was a member of the chess club, the debate team and the choir from 2009 to 2011.",
        ]
    ) == [("Lakeview Academy", "2011")]


def test_a_dated_school_keeps_its_year() -> None:
    assert read(
        [
            "Lakeview Academy, 2005",
            "Took part in the school science olympiad team for three seasons, 2001-2004.",
        ]
    ) == [("Lakeview Academy", "2005")]


def test_a_year_inside_a_sentence_dates_nothing() -> None:
    assert read(["Lakeview Academy", "Awarded a scholarship in 2017 to study physics abroad"]) == [
        ("Lakeview Academy", None)
    ]


def test_a_sentence_naming_the_degree_gives_its_field() -> None:
    got = [
        (e.degree, e.field)
        for e in parse_education(
            [
                "Bachelor of Science, Lakeview Institute of Technology, Springfield.",
                "Earned a Bachelors of Science in Applied Physics at the Lakeview Institute of",
                "Technology. Concentrated in optics, lasers and the study of crystals.",
            ]
        )
    ]
    assert got == [("Bachelor of Science", "Applied Physics")]


def test_a_sentence_naming_another_degree_gives_no_field() -> None:
    got = [
        (e.degree, e.field)
        for e in parse_education(
            [
                "Bachelor of Science, Lakeview Institute of Technology, Springfield.",
                "I plan to take a Master of Arts in History at a university near my home town soon.",
            ]
        )
    ]
    assert got == [("Bachelor of Science", None)]

"""An entry's dates on a bulleted line of their own ("- Computer Science - 2006 - 2009"
under "Quillhaven University Degree") are its dates; other bulleted lines with a year
(awards, notes) are not (round 9)."""

from atspro.analysis.resume.education import parse_education


def test_bulleted_dates_line_under_an_undated_entry():
    got = parse_education(
        [
            "Quillhaven University Degree",
            "- Computer Science - 2006- 2009",
            "Acme College Diploma 2004 - 2006",
        ]
    )
    assert [(e.institution, e.graduation_date) for e in got] == [
        ("Quillhaven University", "2009"),
        ("Acme College", "2006"),
    ]


def test_a_bulleted_award_year_is_no_graduation():
    (e,) = parse_education(["BSc in Physics, Quillhaven University", "• Award 2008"])
    assert e.graduation_date is None

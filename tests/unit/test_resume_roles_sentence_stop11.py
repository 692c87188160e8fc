"""A full stop between a role's title and its employer on one line ("2015 - 2018. Research
Fellow. Acme Centre, University of Springfield.") parts them, but not an abbreviation's
("Assoc. Professor", "Elec. Eng. Dept.", "Zorblat. Co., Ltd.") (round 11; synthetic)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.roles import segments

TODAY = date(2025, 1, 1)


def test_a_title_closing_its_sentence_is_no_part_of_the_employer() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nExperience\n"
        "2018 – Present. Research Fellow. Acme Centre and School of Ocean Studies, "
        "University of Springfield, Australia.\n"
        "2014 - 2017. Principal Research Fellow in Tide Modelling. Acme Centre, "
        "University of Springfield, Australia.\n"
    )
    roles = [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]
    assert roles == [
        ("Research Fellow", "University of Springfield"),
        ("Principal Research Fellow in Tide Modelling", "University of Springfield"),
    ]


def test_abbreviations_keep_their_full_stops() -> None:
    assert segments("Assoc. Professor, Acme Inc. Springfield")[0] == "Assoc. Professor"
    assert segments("Professor, Elec. Eng. Dept., Springfield")[1] == "Elec. Eng. Dept."
    assert segments("Software Architect, Zorblat. Co., Ltd.")[1:] == ["Zorblat. Co., Ltd."]
    assert segments("Research Fellow. Acme Centre") == ["Research Fellow", "Acme Centre"]

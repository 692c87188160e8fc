"""Role sentences of round 11: a dated line whose parts close with full stops, "DATES. Title.
Unit, Employer, Place." (academic CVs), gives the title and the employer the line names last
(synthetic resume; made-up people and employers)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import role_sentences
from atspro.analysis.resume.parser import parse_resume


def test_a_dated_line_of_full_stop_parts_names_the_title_and_the_employer() -> None:
    text = (
        "Jane Doe\njane.doe@example.com\n\nEmployment\n"
        "2019 – Present. Research Fellow. Acme Institute and School of Physics, University of "
        "Springfield, Australia.\n"
        "2011 - 2016. Senior Lecturer in Applied Optics. Acme Institute and School of "
        "Mathematics, University of Springfield, Australia.\n"
        "1990-1995  Executive Director. Springfield Centre for Ocean Studies, Shelbyville, "
        "North Province, Freedonia.\n"
    )
    roles = parse_resume(text, today=date(2025, 1, 1)).work_experience
    got = [(w.start, w.end, w.position, w.company) for w in roles]
    assert got == [
        ("2019", None, "Research Fellow", "University of Springfield"),
        ("2011", "2016", "Senior Lecturer in Applied Optics", "University of Springfield"),
        ("1990", "1995", "Executive Director", "Springfield Centre for Ocean Studies"),
    ]


def test_a_sentence_after_the_title_names_no_employer() -> None:
    line = "1998-1999: Chair, Hiring Committee, ACME. The committee sets the hiring rules and"
    assert role_sentences.stopped_clause(line) is None
    assert role_sentences.stopped_clause("2001 - 2004. Acme Corp. Springfield, Ohio.") is None

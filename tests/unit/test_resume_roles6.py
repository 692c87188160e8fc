"""Role layouts of the fourth round's third pass (synthetic resumes)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def _parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def test_header_lines_ending_with_a_full_stop_under_a_dates_line():
    # "dates / Employer, City, State. / Title." : the full stops end header lines, not sentences.
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "December 2011 to July 2012\nNorthwind Traders, Hollywood, California.\n"
        "Senior Content Architect.\nBuilt the billing service for the clients.\n"
        "January 2007 to October 2011\nContoso Systems, Burbank, California.\n"
        "Research Assistant.\nWrote the data pipeline for the lab.\n\n"
        "EDUCATION\nBSc Physics, University of Oslo, 2003\n"
    )
    roles = [(w.company, w.position) for w in _parse(text).work_experience]
    assert roles == [
        ("Northwind Traders", "Senior Content Architect"),
        ("Contoso Systems", "Research Assistant"),
    ]


def test_a_sentence_under_a_dates_line_stays_in_the_body():
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "2011 - 2012\nNorthwind Traders\nSenior Content Architect\n"
        "Managed the rollout of the new billing service.\n"
        "2007 - 2011\nContoso Systems\nResearch Assistant\nWrote the pipeline.\n"
    )
    roles = _parse(text).work_experience
    assert [(w.company, w.position) for w in roles] == [
        ("Northwind Traders", "Senior Content Architect"),
        ("Contoso Systems", "Research Assistant"),
    ]
    assert all("pipeline" not in (w.position or "") for w in roles)

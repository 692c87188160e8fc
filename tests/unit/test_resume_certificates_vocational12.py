"""Certificates, twelfth round (issue 14): the UK's vocational qualifications named by their
letters ("NVQ Level 3 in Retailing", "GNVQ Advanced Business", "SVQ 2") are certificates
wherever a certificate is read: under Education and as a whole line in the summary
(synthetic resume only)."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume

TEXT = """Jane Doe
Springfield
jane.doe@example.com

SUMMARY
Retail supervisor with eight years on the shop floor.
NVQ Level 3 in Retailing

EDUCATION
Springfield College, 2001-2003
GNVQ Advanced Business (Merit)
Springfield High School, 1996-2001

EXPERIENCE
Acme Stores, Springfield
Shift Supervisor, 2004 - 2012
Led a team of four cashiers.
"""


def test_vocational_qualifications_are_certificates() -> None:
    names = [c.name for c in parse_resume(TEXT).certifications]
    assert "NVQ Level 3 in Retailing" in names
    assert any(n.startswith("GNVQ Advanced Business") for n in names)


def test_the_letters_inside_a_word_are_none() -> None:
    text = TEXT.replace("NVQ Level 3 in Retailing", "Ran the INVQUEST stock tool").replace(
        "GNVQ Advanced Business (Merit)", "Business studies"
    )
    assert parse_resume(text).certifications == []

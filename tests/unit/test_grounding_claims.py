"""The pure claim/evidence rules (atspro.analysis.grounding) on small synthetic texts."""

from __future__ import annotations

import pytest

from atspro.analysis.grounding import (
    DocumentLines,
    Evidence,
    degree_level,
    find_claims,
    skill_in_text,
    unsupported_claims,
)
from atspro.models import EducationLevel

DOC = """Ana Ortiz
Data Analyst | Contoso Retail | Lisbon
Mar 2018 - Present
- Automated 14 weekly reports in SQL, saving 6 hours a week
- Cut stock-outs by 20% with a demand forecast
- Helped the team go live on a virtual machine cluster
Education
MSc Statistics, University of Porto, 2017
Skills
SQL, Excel, Tableau
"""
POSTING_TEXT = "Senior Data Analyst\nFabrikam\nSQL\nPython"


def kinds(text: str, target: str = "") -> list[tuple[str, str]]:
    return [(c.kind, c.term) for c in unsupported_claims(text, Evidence(DOC), target=target)]


@pytest.mark.parametrize(
    "text",
    [
        "Automated fourteen weekly reports in SQL.",  # a number word the document has in digits
        "Since March 2018 I have automated weekly reports.",  # a month is a date, not a name
        "I hold a Master's degree in Statistics.",  # generic degree backed by the MSc
        "At Contoso Retail I cut stock-outs by 20%.",
        "I would welcome the chance to join your team at Fabrikam.",  # the posting as target
        "At Fabrikam, I would bring the same care to reporting.",  # hypothetical, not past
        "As a Senior Data Analyst, I would own the reporting stack.",
    ],
)
def test_honest_sentences_pass(text: str) -> None:
    assert kinds(text, POSTING_TEXT) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Automated forty weekly reports in SQL.", "number"),
        ("Cut stock-outs by 14% with a demand forecast.", "percent"),  # 14 exists, not as a %
        ("Doubled forecast accuracy.", "multiplier"),
        ("Analyst with ten years of experience.", "duration"),
        ("Over a decade of analytics work.", "duration"),
        ("Walmart adopted the demand forecast.", "name"),  # a name opening the sentence
        ("As a former Fabrikam analyst, I know your data.", "employment"),
        ("Fabrikam trusted me with its reporting.", "employment"),
        ("I hold a PhD in Statistics.", "degree"),
        ("I hold an MBA.", "degree"),
        ("Applied Machine Learning to the forecast.", "skill"),  # "machine", "learning" apart
    ],
)
def test_invented_facts_are_caught(text: str, kind: str) -> None:
    assert kind in {k for k, _ in kinds(text, POSTING_TEXT)}


def test_a_rewritten_bullets_numbers_come_from_that_bullet() -> None:
    bullet = Evidence("Cut stock-outs by 20% with a demand forecast")
    text = "Cut stock-outs by 20% and saved 6 hours a week"
    bad = unsupported_claims(text, Evidence(DOC), numbers_from=bullet)
    assert [c.term for c in bad] == ["6"]  # in the resume, but not in this bullet


def test_digits_inside_words_are_not_numbers() -> None:
    assert [c for c in find_claims("Built B2B portals on J2EE") if c.kind == "number"] == []


def test_record_spans_and_dates() -> None:
    lines = DocumentLines(DOC)
    span = lines.record_span(["Contoso Retail", "Data Analyst"])
    assert span is not None
    assert lines.date_in("2018-03", (span[0], span[1] + 1)) == "2018-03"
    assert lines.date_in("2018-09", (span[0], span[1] + 1)) == "2018"  # only the year is backed
    # Words that all exist, but never together.
    assert lines.record_span(["University of Porto", "Data Analyst"]) is None


def test_degree_level_and_skills_by_our_rules() -> None:
    assert degree_level("MSc Statistics") == EducationLevel.MASTER
    assert degree_level("Statistics") is None
    assert skill_in_text("Tableau", DOC)
    assert not skill_in_text("Go", DOC)  # "go live"
    assert not skill_in_text("Machine Learning", DOC)  # "virtual machine" … no "learning"

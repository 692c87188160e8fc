"""Missing keywords are single phrases: a comma inside one would read as several in the chat."""

from __future__ import annotations

from atspro.analysis.scoring.report import keyword_parts, score_match
from atspro.bot.render import KEYWORD_SEPARATOR, score_card
from atspro.models import Job, Keyword, Resume


def test_a_keyword_with_a_comma_becomes_its_parts() -> None:
    assert keyword_parts(["Accounting, Finance Auditor", "Internal Audit", " , "]) == [
        "Accounting",
        "Finance Auditor",
        "Internal Audit",
    ]


def test_no_missing_keyword_holds_a_comma_and_the_card_separates_them() -> None:
    job = Job(
        title="Internal Auditor",
        required_skills=["Internal Audit"],
        keywords=[
            Keyword(term="Accounting, Finance Auditor", weight=1.0, count=2),
            Keyword(term="Risk Assessment", weight=0.8, count=2),
        ],
    )
    report = score_match(Resume(), job)
    assert report.missing_keywords
    assert all("," not in k for k in report.missing_keywords)
    card = score_card(report, job)
    line = next(x for x in card.splitlines() if "Missing keywords" in x)
    assert KEYWORD_SEPARATOR.strip() in line and ", " not in line.split("</b>:", 1)[1]

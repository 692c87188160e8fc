"""Suggestions worth reading, and the card's first line that explains the number."""

from __future__ import annotations

from atspro.analysis.scoring.quoting import quotable
from atspro.analysis.scoring.report import score_match
from atspro.analysis.scoring.suggest import CARD_SUGGESTIONS, MAX_SUGGESTIONS
from atspro.models import Job, Keyword, Resume, WorkExperience
from tests.unit.score_helpers import BULLETS, TODAY, resume_text, score_text


def _gain(evidence: list[str]) -> float | None:
    for line in evidence:
        if line.startswith("expected gain"):
            return float(line.split("+")[1].split()[0])
    return None


def test_suggestions_are_few_worth_a_point_and_never_repeat() -> None:
    report = score_text(resume_text(BULLETS, []))
    assert 0 < len(report.suggestions) <= MAX_SUGGESTIONS and CARD_SUGGESTIONS <= 5
    messages = [s.message.casefold() for s in report.suggestions]
    assert len(messages) == len(set(messages))
    for s in report.suggestions:
        gain = _gain(s.evidence)
        assert gain is None or gain >= 1.0, s  # no gain shown: a failed check


def test_the_posting_wording_never_quotes_a_person_company_pronoun_or_filler() -> None:
    job = Job(title="Buyer", company="Fernhill Retail")
    assert not quotable("Fernhill Retail", job)
    assert not quotable("our team", job)
    assert not quotable("Merel Janssen", job)
    assert not quotable("strong experience", job)
    assert quotable("supplier negotiation", job)
    keywords = [
        Keyword(term=t, weight=1.0) for t in ("our customers", "Merel Janssen", "Fernhill Retail")
    ]
    report = score_match(
        Resume(summary="Buyer"), job.model_copy(update={"keywords": keywords}), today=TODAY
    )
    assert not any("posting's wording" in s.message for s in report.suggestions)


def test_title_advice_uses_the_core_title() -> None:
    job = Job(title="Senior Data Analyst - Merchandising, Buying and Planning (m/f/d)")
    resume = Resume(
        work_experience=[WorkExperience(position="Shop Assistant", bullets=["Sold shoes"])]
    )
    report = score_match(resume, job, today=TODAY)
    title = [s for s in report.suggestions if s.category == "job_title"]
    assert (
        title and '"Data Analyst"' in title[0].message and "Merchandising" not in title[0].message
    )


def test_a_skill_in_a_bullet_is_never_said_to_be_outside_your_roles() -> None:
    text = "Skills\nSQL\nExperience\nSome unparsed role line\n- Wrote SQL reports for buyers"
    resume = Resume()  # the parser found no role: the bullet still shows the skill
    report = score_match(
        resume, Job(title="Analyst", required_skills=["SQL"]), resume_text=text, today=TODAY
    )
    assert not any("outside your roles" in s.message for s in report.suggestions)


def test_summary_says_what_drives_the_number() -> None:
    report = score_text(resume_text([BULLETS[0] + " using SQL and Tableau", *BULLETS[1:]], []))
    assert "must-haves shown" in report.summary and "title matches" in report.summary
    assert report.summary.count(";") <= 2


def test_the_posting_title_is_not_also_suggested_as_a_keyword() -> None:
    job = Job(
        title="Data Scientist, Machine Learning",
        keywords=[
            Keyword(term="Data Scientist, Machine Learning", weight=1.0),
            Keyword(term="machine learning", weight=0.9),
        ],
    )
    report = score_match(Resume(summary="Baker"), job, today=TODAY)
    wording = [s.message for s in report.suggestions if "posting's wording" in s.message]
    assert wording and all("Data Scientist" not in m for m in wording)


def test_a_skill_only_in_a_bulleted_skills_list_is_still_asked_to_be_shown() -> None:
    text = "Skills\n- SQL\n- Excel\nExperience\nAnalyst, Acme\n- Built weekly reports"
    resume = Resume(
        work_experience=[
            WorkExperience(position="Analyst", company="Acme", bullets=["Built weekly reports"])
        ]
    )
    report = score_match(
        resume, Job(title="Analyst", required_skills=["SQL"]), resume_text=text, today=TODAY
    )
    assert any(s.message.startswith("Show SQL") for s in report.suggestions)

"""The years a resume states are used where the roles' dates give none (score, card,
grounding), shown as stated and never mixed with the dated figure. Made-up resumes."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.grounding import Evidence, unsupported_claims
from atspro.analysis.resume.years import recruiter_years
from atspro.analysis.scoring.report import score_match
from atspro.bot.render import resume_summary
from atspro.models import Job, Resume, WorkExperience

TODAY = date(2026, 6, 1)
UNDATED = [
    WorkExperience(position="Warehouse Lead", company="Acme Freight"),
    WorkExperience(position="Picker", company="Northwind Depot"),
]


def _component(resume: Resume, job: Job) -> str:
    report = score_match(resume, job, today=TODAY)
    return next(c.detail for c in report.components if c.name == "experience")


@pytest.mark.parametrize(
    ("computed", "stated", "undated", "want"),
    [
        (None, 8.0, False, (8.0, True)),  # no dated role at all
        (1.5, 8.0, True, (8.0, True)),  # far less, and roles without dates
        (1.5, 8.0, False, (1.5, False)),  # every role dated: the dates win
        (6.0, 8.0, True, (6.0, False)),  # close enough: the dates win
        (3.0, None, True, (3.0, False)),  # nothing stated
    ],
)
def test_the_stated_figure_stands_in_only_when_dates_fall_short(
    computed: float | None, stated: float | None, undated: bool, want: tuple
) -> None:
    assert recruiter_years(computed, stated, undated_roles=undated) == want


def test_score_uses_the_stated_years_of_undated_roles_and_says_so() -> None:
    resume = Resume(work_experience=UNDATED, stated_years_experience=8.0)
    detail = _component(resume, Job(min_years_experience=5))
    assert detail == "8 years (stated on the resume) vs 5 required"
    relevant = _component(resume, Job(title="Warehouse Lead", min_years_experience=5))
    assert relevant.startswith("8 years (stated on the resume: 8 years")


def test_dated_roles_are_not_topped_up_by_a_larger_statement() -> None:
    roles = [WorkExperience(position="Analyst", company="Contoso", start="2022-06", end="2024-06")]
    resume = Resume(work_experience=roles, total_years_experience=2.0, stated_years_experience=9.0)
    assert _component(resume, Job(min_years_experience=5)) == "2 years vs 5 required"


def test_card_shows_stated_years_as_stated() -> None:
    card = resume_summary(Resume(work_experience=UNDATED, stated_years_experience=8.0))
    assert "8 years stated" in card
    alone = resume_summary(Resume(stated_years_experience=12.0))
    assert "12 years stated" in alone
    dated = Resume(
        work_experience=[WorkExperience(position="Analyst", start="2020-01", end="2023-01")],
        total_years_experience=3.0,
        stated_years_experience=3.0,
    )
    assert "3 years)" in resume_summary(dated) and "stated" not in resume_summary(dated)


def test_a_stated_figure_grounds_a_claim_of_it() -> None:
    # A job board's field: the number stands alone, so only the parse says it is years.
    source = "Dana Reyes\nTotal years of experience 9\nExperience\nAcme Freight"
    claim = "I bring 9 years of operations experience."
    bare = Evidence(source, Resume(work_experience=UNDATED))
    said = Evidence(source, Resume(work_experience=UNDATED, stated_years_experience=9.0))
    assert {c.kind for c in unsupported_claims(claim, bare)} >= {"duration"}
    assert "duration" not in {c.kind for c in unsupported_claims(claim, said)}

"""Equivalence, not string equality; occupation similarity for the title component."""

from __future__ import annotations

import pytest

from atspro.analysis.scoring.report import score_match
from atspro.analysis.taxonomy.titles import occupation_similarity, title_similarity
from atspro.models import Education, Job, Resume, WorkExperience
from tests.unit.score_helpers import TODAY


def _accountant(degree: str, certification_line: str) -> tuple[Resume, str]:
    text = "\n".join(
        [
            "Noor Haddad",
            "Summary",
            f"Auditor. {certification_line}",
            "Experience",
            "Auditor, Kell & Co",
            "- Audited 20 client ledgers a year",
            "Education",
            degree,
        ]
    )
    resume = Resume(
        summary=f"Auditor. {certification_line}",
        work_experience=[
            WorkExperience(
                position="Auditor", company="Kell & Co", bullets=[text.split("\n")[5][2:]]
            )
        ],
        education=[Education(degree=degree)],
    )
    return resume, text


@pytest.mark.parametrize(
    ("degree", "cert"),
    [
        ("Bachelor of Accountancy", ""),
        ("BCom", "CPA since 2020."),
        ("BA Economics", "ACCA member."),
    ],
)
def test_accountancy_and_accounting_certifications_show_accounting(degree: str, cert: str) -> None:
    resume, text = _accountant(degree, cert)
    job = Job(title="Accountant", required_skills=["Accounting"])
    report = score_match(resume, job, resume_text=text, today=TODAY)
    hard = next(c for c in report.components if c.name == "hard_skills")
    assert hard.matched == ["Accounting"] and not hard.missing
    assert not any("Add Accounting" in s.message for s in report.suggestions)


def test_without_any_equivalent_accounting_is_still_missing() -> None:
    resume, text = _accountant("BA History", "")
    job = Job(title="Accountant", required_skills=["Accounting"])
    hard = next(
        c
        for c in score_match(resume, job, resume_text=text, today=TODAY).components
        if c.name == "hard_skills"
    )
    assert hard.missing == ["Accounting"]


def test_statistical_methods_shows_statistics() -> None:
    text = "Experience\nAnalyst, Bayes Ltd\n- Applied statistical methods to churn data"
    resume = Resume(
        work_experience=[
            WorkExperience(
                position="Analyst",
                company="Bayes Ltd",
                bullets=["Applied statistical methods to churn data"],
            )
        ]
    )
    job = Job(title="Analyst", required_skills=["Statistics"])
    hard = next(
        c
        for c in score_match(resume, job, resume_text=text, today=TODAY).components
        if c.name == "hard_skills"
    )
    assert hard.matched == ["Statistics"] and hard.score == 100


@pytest.mark.parametrize(
    "bullet", ["Used basic math to size 40 steel beams", "Taught maths to 90 pupils"]
)
def test_math_shows_mathematics(bullet: str) -> None:
    text = f"Experience\nIronworker (2015 - 2024)\n- {bullet}"
    job = Job(required_skills=["Mathematics"])
    hard = next(
        c
        for c in score_match(Resume(), job, resume_text=text, today=TODAY).components
        if c.name == "hard_skills"
    )
    assert hard.matched == ["Mathematics"] and hard.score == 100


def test_occupation_similarity_by_closeness() -> None:
    assert title_similarity("Lead Data Scientist", "Data Scientist") >= 0.85
    partial = title_similarity("Financial Analyst", "Data Scientist")
    assert 0 < partial < 0.5
    assert title_similarity("HR Manager", "Talent Acquisition Specialist") > 0
    assert occupation_similarity("Registered Nurse", "Software Engineer") == 0
    assert title_similarity("Truck Driver", "Data Scientist") == 0


def test_a_required_one_of_group_is_met_by_any_member() -> None:
    from atspro import models

    if not hasattr(models, "Requirement"):
        pytest.skip("Job.requirements has not landed yet")
    group = models.Requirement(kind="required", skills=["R", "SAS", "Python"])
    job = Job(title="Analyst", required_skills=["SQL"], requirements=[group])
    text = "Experience\nAnalyst, Acme\n- Built churn models in Python and SQL"
    resume = Resume(
        work_experience=[
            WorkExperience(
                position="Analyst",
                company="Acme",
                bullets=["Built churn models in Python and SQL"],
            )
        ]
    )
    report = score_match(resume, job, resume_text=text, today=TODAY)
    hard = next(c for c in report.components if c.name == "hard_skills")
    assert hard.score == 100 and not hard.missing
    assert report.summary.startswith("2 of 2 must-haves shown")
    without = Resume(work_experience=[WorkExperience(position="Analyst", bullets=["Wrote SQL"])])
    missing = score_match(without, job, resume_text="Experience\nAnalyst\n- Wrote SQL", today=TODAY)
    assert any("one of R / SAS / Python" in s.message for s in missing.suggestions)


def test_equivalent_experience_stands_in_for_the_degree_when_the_posting_allows_it() -> None:
    from atspro import models

    if not hasattr(models, "EducationRequirement"):
        pytest.skip("Job.education has not landed yet")
    from atspro.models import EducationLevel

    roles = [WorkExperience(position="Developer", start="2015-01", end="2024-12")]
    strict = Job(title="Developer", education_level=EducationLevel.BACHELOR)
    lenient = strict.model_copy(
        update={
            "education": models.EducationRequirement(
                level=EducationLevel.BACHELOR, equivalent_experience=True
            )
        }
    )
    resume = Resume(work_experience=roles)
    edu = [
        next(c for c in score_match(resume, j, today=TODAY).components if c.name == "education")
        for j in (strict, lenient)
    ]
    assert edu[0].score == 0 and edu[1].score >= 80 and "equivalent" in edu[1].detail


def test_a_posting_levels_above_the_resume_keeps_less_title_credit() -> None:
    def title_score(resume_title: str, job_title: str) -> float:
        resume = Resume(work_experience=[WorkExperience(position=resume_title)])
        report = score_match(resume, Job(title=job_title), today=TODAY)
        return next(c for c in report.components if c.name == "job_title").score

    assert title_score("Data Scientist", "Lead Data Scientist") >= 90  # still a strong match
    assert title_score("Junior Data Analyst", "Director of Data Analytics") < title_score(
        "Senior Data Analyst", "Director of Data Analytics"
    )
    assert title_score("Senior Data Analyst", "Junior Data Analyst") == 100  # no penalty down

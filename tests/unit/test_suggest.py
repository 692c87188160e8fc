"""Suggestions: concrete, ranked by expected gain, deduplicated, and honest (only if true)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings

from atspro.analysis.documents.facts import LayoutFacts
from atspro.analysis.scoring.matching import build_evidence, canonical_skill, resume_plain_text
from atspro.analysis.scoring.report import score_match
from atspro.analysis.scoring.suggest import suggest
from atspro.models import Job, Keyword, Resume, Skill, Suggestion
from tests.score_samples import analyst_job, backend_job, backend_resume, nurse_job
from tests.unit.test_score import SKILLS, jobs, resumes

TODAY = date(2025, 6, 1)
KAFKA = canonical_skill("Kafka")  # the taxonomy may call it "Apache Kafka"


def gain(s: Suggestion) -> float:
    found = [float(m) for e in s.evidence for m in re.findall(r"≈ \+([\d.]+) points", e)]
    return found[0] if found else 0.0


def test_missing_required_skill_is_concrete_and_marked_only_if_true():
    report = score_match(backend_resume(), backend_job(), today=TODAY)
    terraform = next(
        s for s in report.suggestions if "Terraform" in s.message and s.category == "hard_skills"
    )
    assert terraform.only_if_true and "only if true" in terraform.message
    assert "preferred" in terraform.message and "2 mentions in the posting" in terraform.message
    assert terraform.where == "Skills"

    job = backend_job()
    job.required_skills.append("Kafka")
    job.keywords.append(Keyword(term="Kafka", weight=0.3, count=4))
    kafka = next(
        s for s in score_match(backend_resume(), job, today=TODAY).suggestions if KAFKA in s.message
    )
    assert kafka.message.startswith(
        f"Add {KAFKA} — required, 4 mentions in the posting — to Skills or to the bullet"
    )
    assert kafka.priority == 1 and gain(kafka) > 0


def test_listed_only_skill_asks_for_a_bullet_without_claiming_anything_new():
    resume = backend_resume()
    job = Job(required_skills=["Redis"])  # listed under Skills, no bullet mentions it
    report = score_match(resume, job, today=TODAY)
    redis = next(s for s in report.suggestions if canonical_skill("Redis") in s.message)
    assert redis.message.startswith(f"Show {canonical_skill('Redis')}") and not redis.only_if_true
    assert redis.where == "Experience"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resumes(), jobs())
def test_never_asks_to_add_an_unshown_skill_without_only_if_true(resume: Resume, job: Job):
    report = score_match(resume, job, today=TODAY)
    text = resume_plain_text(resume)
    unshown = [
        s for s in SKILLS if not re.search(rf"(?<![A-Za-z]){re.escape(s)}(?![A-Za-z])", text, re.I)
    ]
    for s in report.suggestions:
        assert ("only if true" in s.message) == s.only_if_true, s.message
        names_unshown = any(re.search(rf"\b{re.escape(k)}\b", s.message) for k in unshown)
        if names_unshown and s.category in {"hard_skills", "keywords", "soft_skills"}:
            assert s.only_if_true, s.message
    gains = [gain(s) for s in report.suggestions if gain(s)]
    priorities = [s.priority for s in report.suggestions]
    assert priorities == sorted(priorities)
    assert len({s.message for s in report.suggestions}) == len(report.suggestions)
    assert all(g > 0 for g in gains)


def test_ranked_by_expected_gain_required_before_preferred():
    job = Job(required_skills=["Kafka"], preferred_skills=["Rust"])
    report = score_match(backend_resume(), job, today=TODAY)
    order = [s.message.split(" — ")[0] for s in report.suggestions if s.category == "hard_skills"]
    assert order == [f"Add {KAFKA}", f"Add {canonical_skill('Rust')}"]
    gains = [gain(s) for s in report.suggestions if s.category == "hard_skills"]
    assert gains[0] == pytest.approx(2 * gains[1], abs=0.2)  # required weighs twice preferred


def test_a_skill_missing_as_skill_and_keyword_is_suggested_once():
    report = score_match(backend_resume(), backend_job(), today=TODAY)
    about_terraform = [s for s in report.suggestions if "Terraform" in s.message]
    assert len(about_terraform) == 1


def test_blocking_check_comes_first_and_checks_are_fixable():
    resume = backend_resume()
    resume.contact.email = None
    report = score_match(resume, backend_job(), layout=LayoutFacts(image_only=True), today=TODAY)
    first_two = {s.where for s in report.suggestions[:2]}
    assert first_two == {"Contact", "File"}
    assert all(s.priority == 1 for s in report.suggestions[:2])


def test_quantify_suggestion_is_marked_only_if_true():
    resume = backend_resume()
    for role in resume.work_experience:
        role.bullets = [re.sub(r"\d[\d,%]*", "many", b) for b in role.bullets]
    resume.projects = []
    report = score_match(resume, Job(), today=TODAY)
    numbers = next(s for s in report.suggestions if "numbers" in s.message)
    assert numbers.only_if_true


def test_suggest_standalone_matches_score_match():
    resume, job = backend_resume(), nurse_job()
    text = resume_plain_text(resume)
    report = score_match(resume, job, resume_text=text, today=TODAY)
    assert suggest(report, resume, job, resume_text=text) == report.suggestions
    assert suggest(report, resume, job, evidence=build_evidence(resume, text)) == report.suggestions


def test_nothing_to_fix_yields_few_suggestions():
    resume = backend_resume()
    resume.skills.append(Skill(name="Excel", sections=["skills"]))
    resume.work_experience[0].bullets += [
        "Built Tableau dashboards in Excel and SQL for stakeholders, adopted by 4 teams",
        "Presented quarterly results to 30 stakeholders, improving communication across teams",
    ]
    job = analyst_job()
    job.title = "Backend Engineer"
    job.preferred_skills = ["Python"]
    report = score_match(resume, job, today=TODAY)
    assert report.score > 90
    assert not [s for s in report.suggestions if s.only_if_true]

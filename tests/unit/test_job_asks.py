"""Three kinds of ask, one-of groups and evidence (synthetic postings)."""

from __future__ import annotations

import pytest

from atspro.analysis.job.parser import parse_job_text
from atspro.models import Job, Requirement

POSTING = """\
Data Analyst
Brightfield Insurance Ltd - Leeds, UK

Responsibilities
- Build weekly dashboards in Tableau for the claims team
- Automate data pulls with Airflow

Requirements
- 2+ years of experience with SQL
- Proficiency in R, SAS or Python

Nice to have
- Experience with Snowflake
"""


def kinds(job: Job) -> dict[str, str]:
    return {" / ".join(r.skills): r.kind for r in job.requirements}


def find(job: Job, *names: str) -> Requirement:
    wanted = {n.casefold() for n in names}
    for item in job.requirements:
        if {s.casefold() for s in item.skills} == wanted:
            return item
    raise AssertionError(f"{names} not in {kinds(job)}")


def test_three_kinds_from_blocks() -> None:
    job = parse_job_text(POSTING)
    assert find(job, "SQL").kind == "required"
    assert find(job, "Snowflake").kind == "preferred"
    assert find(job, "Tableau").kind == "mentioned"
    assert find(job, "Apache Airflow").kind == "mentioned"


def test_mentioned_skills_are_not_required_when_a_requirements_block_exists() -> None:
    job = parse_job_text(POSTING)
    assert job.has_requirements_block
    assert "Tableau" not in job.required_skills
    assert "Tableau" not in job.preferred_skills
    assert "SQL" in job.required_skills


def test_without_a_requirements_block_mentioned_skills_weigh_as_required() -> None:
    job = parse_job_text(
        "Backend Developer\n\nWe build billing software. You will write services in Go and "
        "keep our PostgreSQL databases healthy. Remote within Europe, full-time."
    )
    assert not job.has_requirements_block
    assert {"Go", "PostgreSQL"} <= set(job.required_skills)


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("Proficiency in R, SAS or Python", {"R", "SAS", "Python"}),
        ("Expert knowledge of one of Java, Go, C++", {"Java", "Go", "C++"}),
        ("Hands-on experience with AWS/GCP", {"AWS", "Google Cloud"}),
        ("Experience with Jenkins or GitLab CI", {"Jenkins", "GitLab CI"}),
    ],
)
def test_one_of_groups(line: str, members: set[str]) -> None:
    job = parse_job_text(f"Platform Engineer\n\nRequirements\n- {line}\n- Linux\n")
    group = find(job, *members)
    assert group.kind == "required"
    assert group.label.startswith("one of: ")
    # Three alternatives are not three musts.
    assert not members & set(job.required_skills)
    assert "Linux" in job.required_skills


def test_and_lists_stay_separate_asks() -> None:
    job = parse_job_text("Web Developer\n\nRequirements\n- Strong React, TypeScript and CSS\n")
    assert {"React", "TypeScript", "CSS"} <= set(job.required_skills)
    assert all(len(r.skills) == 1 for r in job.requirements)


def test_or_similar_marks_an_equivalent_as_fine() -> None:
    job = parse_job_text("DevOps Engineer\n\nRequirements\n- Kubernetes or similar orchestration\n")
    assert find(job, "Kubernetes").or_similar


def test_preferred_group_members_are_preferred() -> None:
    job = parse_job_text(
        "BI Analyst\n\nRequirements\n- SQL\n\nNice to have\n- Tableau or Power BI\n"
    )
    assert find(job, "Tableau", "Power BI").kind == "preferred"
    assert {"Tableau", "Power BI"} <= set(job.preferred_skills)


def test_every_ask_carries_its_sentence() -> None:
    job = parse_job_text(POSTING)
    assert job.requirements
    for item in job.requirements:
        assert item.evidence, item
    assert "R, SAS or Python" in find(job, "R", "SAS", "Python").evidence
    assert "Snowflake" in find(job, "Snowflake").evidence


def test_evidence_is_one_sentence_of_a_paragraph() -> None:
    job = parse_job_text(
        "Support Engineer\n\nRequirements\nYou answer tickets every day. You know SQL well. "
        "You enjoy people.\n"
    )
    assert find(job, "SQL").evidence == "You know SQL well."


def test_examples_of_a_kind_are_one_of_them() -> None:
    job = parse_job_text(
        "Software Engineer\n\nMinimum qualifications:\n2 years of experience in one or more "
        "programming languages (e.g., Python, C++, Java).\n"
    )
    assert find(job, "Python", "C++", "Java").kind == "required"
    assert not {"Python", "C++", "Java"} & set(job.required_skills)


def test_card_labels_show_groups_once() -> None:
    from atspro.analysis.job.asks import ask_labels

    job = parse_job_text(POSTING)
    assert ask_labels(job, "required") == ["SQL", "one of: R / SAS / Python"]
    assert ask_labels(job, "preferred") == ["Snowflake"]


def test_an_aside_takes_the_cue_around_it() -> None:
    job = parse_job_text(
        "ML Engineer\n\nRequirements\n- Python\n- Familiarity with cloud platforms (e.g., AWS, "
        "GCP) is a plus.\n"
    )
    assert find(job, "AWS", "Google Cloud").kind == "preferred"
    assert find(job, "Python").kind == "required"

"""Hand-built resumes and postings for the scoring tests and the scoring benchmark.

Built as models (not parsed from text) so the scorer is tested on its own, whatever the parsers do.
"""

from __future__ import annotations

from atspro.models import (
    Certification,
    Contact,
    Education,
    EducationLevel,
    Job,
    Keyword,
    Language,
    Link,
    Project,
    Resume,
    Skill,
    WorkExperience,
)


def _skills(names: list[str], section: str = "skills") -> list[Skill]:
    return [Skill(name=n, sections=[section]) for n in names]


def backend_resume() -> Resume:
    return Resume(
        contact=Contact(
            full_name="Ana Lopez",
            email="ana.lopez@example.com",
            phone="+34 600 123 456",
            location="Madrid, Spain",
            links=[Link(kind="linkedin", url="https://www.linkedin.com/in/ana-lopez")],
        ),
        summary="Backend engineer with 7 years building Python services and data APIs.",
        work_experience=[
            WorkExperience(
                company="Cloudbank",
                position="Senior Backend Engineer",
                location="Madrid",
                start="2021-03",
                is_current=True,
                bullets=[
                    "Led the migration of 40 Python services to Kubernetes, cutting hosting costs by 30%",
                    "Designed REST APIs in Django serving 2 million requests a day",
                    "Reduced PostgreSQL query latency by 45% with indexing and SQL rewrites",
                ],
            ),
            WorkExperience(
                company="Shoply",
                position="Backend Developer",
                location="Barcelona",
                start="2017-09",
                end="2021-02",
                bullets=[
                    "Built payment microservices in Python and Flask processing 5,000 orders a day",
                    "Automated deployments with Docker and GitLab CI, releasing 3 times faster",
                ],
            ),
        ],
        education=[
            Education(
                institution="Universidad Politécnica de Madrid",
                degree="BSc Computer Science",
                level=EducationLevel.BACHELOR,
                graduation_date="2017",
            )
        ],
        certifications=[
            Certification(name="Certified Kubernetes Administrator", issuer="CNCF", date="2022")
        ],
        skills=_skills(
            ["Python", "Django", "Flask", "SQL", "PostgreSQL", "Docker", "Kubernetes", "Redis"]
        ),
        languages=[
            Language(name="Spanish", proficiency="Native"),
            Language(name="English", proficiency="C1"),
        ],
        projects=[
            Project(
                name="pgwatch-lite",
                description="Open-source PostgreSQL monitoring in Python",
                bullets=["Reached 300 GitHub stars"],
            )
        ],
        total_years_experience=7.7,
        sections=[
            "summary",
            "skills",
            "experience",
            "education",
            "certifications",
            "projects",
            "languages",
        ],
    )


def backend_job() -> Job:
    return Job(
        title="Senior Backend Engineer",
        company="Paylane",
        required_skills=["Python", "Kubernetes", "PostgreSQL", "Docker"],
        preferred_skills=["Redis", "Terraform"],
        soft_skills=["communication", "mentoring"],
        min_years_experience=5,
        education_level=EducationLevel.BACHELOR,
        keywords=[
            Keyword(term="Python", weight=1.0, count=6),
            Keyword(term="Kubernetes", weight=0.8, count=4),
            Keyword(term="microservices", weight=0.6, count=3),
            Keyword(term="PostgreSQL", weight=0.6, count=3),
            Keyword(term="APIs", weight=0.5, count=2),
            Keyword(term="Terraform", weight=0.4, count=2),
            Keyword(term="on-call", weight=0.2, count=1),
        ],
    )


def nurse_resume() -> Resume:
    return Resume(
        contact=Contact(
            full_name="Grace Kim",
            email="grace.kim@example.com",
            phone="+1 555 010 2233",
            location="Austin, TX",
        ),
        summary="Registered nurse with 6 years of acute care and patient education experience.",
        work_experience=[
            WorkExperience(
                company="St. Mary Hospital",
                position="Registered Nurse",
                start="2019-01",
                is_current=True,
                bullets=[
                    "Provided patient care for 6 patients per shift on a 30-bed medical-surgical unit",
                    "Documented assessments in Epic EHR with 100% audit compliance",
                    "Trained 12 new nurses on medication administration",
                ],
            )
        ],
        education=[
            Education(
                degree="Bachelor of Science in Nursing",
                level=EducationLevel.BACHELOR,
                institution="UT Austin",
            )
        ],
        certifications=[Certification(name="BLS"), Certification(name="ACLS")],
        skills=_skills(["patient care", "medication administration", "Epic EHR", "BLS", "ACLS"]),
        total_years_experience=6.4,
        sections=["summary", "experience", "education", "certifications", "skills"],
    )


def nurse_job() -> Job:
    return Job(
        title="Registered Nurse - ICU",
        required_skills=["patient care", "BLS", "ACLS", "medication administration"],
        preferred_skills=["Epic EHR", "critical care"],
        soft_skills=["communication", "empathy"],
        min_years_experience=2,
        education_level=EducationLevel.BACHELOR,
        keywords=[
            Keyword(term="patient care", weight=1.0, count=5),
            Keyword(term="critical care", weight=0.8, count=3),
            Keyword(term="ICU", weight=0.7, count=3),
            Keyword(term="ACLS", weight=0.5, count=2),
        ],
    )


def analyst_job() -> Job:
    return Job(
        title="Data Analyst",
        required_skills=["SQL", "Excel", "Tableau"],
        preferred_skills=["Python", "statistics"],
        soft_skills=["communication"],
        min_years_experience=2,
        keywords=[
            Keyword(term="SQL", weight=1.0, count=5),
            Keyword(term="dashboards", weight=0.8, count=3),
            Keyword(term="Tableau", weight=0.7, count=3),
            Keyword(term="stakeholders", weight=0.5, count=2),
        ],
    )


# ------------------------------------------------------------------------ benchmark ---

_BENCH_SKILLS = [
    "Python", "Go", "SQL", "PostgreSQL", "Kubernetes", "Docker", "Terraform", "AWS", "Kafka",
    "Redis", "gRPC", "Prometheus", "Grafana", "Linux", "Git", "CI/CD", "Django", "FastAPI",
]  # fmt: skip


def two_page_resume() -> Resume:
    """About 900 words: six roles with five long bullets each, the size of a 2-page resume."""
    resume = backend_resume()
    roles = []
    for i in range(6):
        bullets = [
            f"Built and operated {s} based services for {10 + i * 3} internal teams, improving deployment "
            f"frequency by {20 + j * 5}% and cutting incident volume across the platform by {j + 2}0% over a year"
            for j, s in enumerate(_BENCH_SKILLS[i * 3 : i * 3 + 5])
        ]
        roles.append(
            WorkExperience(
                company=f"Company {i}",
                position="Backend Engineer" if i % 2 else "Platform Engineer",
                start=f"{2023 - 2 * i}-01",
                end=None if i == 0 else f"{2024 - 2 * i}-12",
                is_current=i == 0,
                bullets=bullets,
            )
        )
    resume.work_experience = roles
    resume.skills = _skills(_BENCH_SKILLS)
    return resume


def posting_600_words() -> Job:
    """The parsed form of a ~600-word posting: 12 skills, 25 keywords, 15 responsibilities."""
    words = [
        "observability",
        "scalability",
        "incident response",
        "distributed systems",
        "mentoring",
    ]
    keywords = [
        Keyword(term=t, weight=round(1 - i * 0.035, 3), count=max(1, 6 - i // 4))
        for i, t in enumerate(_BENCH_SKILLS + words + ["SLOs", "on-call"])
    ]
    return Job(
        title="Senior Platform Engineer",
        required_skills=_BENCH_SKILLS[:8],
        preferred_skills=_BENCH_SKILLS[8:12] + ["Rust"],
        soft_skills=["communication", "mentoring", "ownership"],
        min_years_experience=6,
        education_level=EducationLevel.BACHELOR,
        responsibilities=[
            f"Own the {w} of our platform and work across teams to improve it" for w in words * 3
        ],
        keywords=keywords[:25],
    )

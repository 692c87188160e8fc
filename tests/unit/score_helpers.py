"""A synthetic resume and posting written as text, scored through the real parsers."""

from __future__ import annotations

from datetime import date

from atspro.analysis.job.parser import parse_job_text
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.report import score_match
from atspro.models import MatchReport

TODAY = date(2025, 6, 1)

JOB = """Data Analyst
Fernhill Retail — Leeds, UK

Responsibilities
- Build dashboards and reports for the buying team
- Analyse sales data and present findings to managers

Requirements
- 3+ years of experience as a data analyst
- SQL, Python, Tableau and Excel
- Statistics and A/B testing
- Bachelor's degree in a quantitative field

Nice to have
- dbt, Snowflake
"""
REQUIRED = ["SQL", "Python", "Tableau", "Excel", "Statistics"]


def resume_text(bullets: list[str], skills: list[str], glyph: str = "-") -> str:
    lines = [
        "Jordan Blake",
        "jordan.blake@example.com | +44 7700 900123 | Leeds, UK",
        "",
        "Summary",
        "Analyst who turns sales data into decisions.",
        "",
        "Skills",
        ", ".join(skills),
        "",
        "Experience",
        "Data Analyst, Northgate Stores — Leeds",
        "Mar 2020 – Present",
        *[f"{glyph} {b}" for b in bullets],
        "",
        "Junior Analyst, Ridge Bank — York",
        "Jan 2018 – Feb 2020",
        f"{glyph} Prepared weekly branch reports for 40 branches",
        "",
        "Education",
        "BSc Mathematics, University of York, 2017",
    ]
    return "\n".join(lines)


BULLETS = [
    "Built 12 dashboards used by 30 buyers every week",
    "Cut the monthly reporting time from 3 days to 4 hours",
    "Presented sales findings to the leadership team each quarter",
    "Ran pricing experiments across 200 stores",
]


def score_text(text: str, job_text: str = JOB) -> MatchReport:
    job = parse_job_text(job_text)
    return score_match(parse_resume(text, today=TODAY), job, resume_text=text, today=TODAY)

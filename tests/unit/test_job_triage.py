"""Is it a job posting, a resume or something else? (synthetic documents)"""

from __future__ import annotations

import pytest

from atspro.analysis.job.parser import parse_job_html, parse_job_text
from atspro.analysis.job.triage import (
    NOT_A_JOB,
    classify_document,
    looks_like_job_posting,
    not_a_job_reason,
)

BLOG = """\
Welcome to our blog
Posted on March 3, 2025 by the editorial desk · 6 min read

Five pasta dishes from Italian grandmothers
In this post we share our favourite recipes from a trip through Umbria. The first one is a
simple tomato sauce that takes an afternoon. Read more about our travels below, and leave a
comment with your own family recipe. Share this article with a friend who loves cooking.
Tags: cooking, Italian, travel. Subscribe to our newsletter for a new recipe every week.
"""
NEWS = """\
Regional airline expands routes
May 14, 2025

The regional carrier announced today that it will add four new routes this summer, according
to a press release. The chief executive said in a statement that demand had grown for two
years. Analysts told reporters the move was expected after a strong spring season.
"""
HOME = """\
Acme Robotics — robots for every warehouse
Trusted by 400 companies. Request a demo or start a free trial today.
Our products: picking arms, mobile carts and fleet software. Solutions for retail, grocery
and fashion. Read our case studies. Pricing. Log in. Contact sales. Careers at Acme: see all
jobs. Privacy policy. Terms of service. All rights reserved.
"""
RESUME = """\
Morgan Example
morgan.example@example.com · +1 555 010 0199 · linkedin.com/in/morgan-example

Summary
Data analyst with six years in retail analytics.

Work Experience
Senior Data Analyst, Shopwise — Jan 2021 – Present
Led the pricing dashboard rebuild in Tableau.
Reduced report run time by 40% with SQL tuning.
Data Analyst, Cartly — Jun 2018 – Dec 2020
Built weekly sales forecasts in Python.

Education
BSc Statistics, Example University, 2014 – 2018

Skills
SQL, Python, Tableau, Excel
"""
SHORT_POSTING = """\
Barista (part-time)
Responsibilities:
- Prepare espresso drinks
- Keep the counter clean
Requirements:
- 1 year of cafe experience
- Weekend availability
"""
POSTING = """\
Senior Data Analyst
Shopwise · Berlin, Germany · Hybrid

About the role
We are looking for a senior data analyst to join our pricing team. You will own our pricing
dashboards and work with product managers every day.

Requirements
- 4+ years of experience in analytics
- Strong SQL and Python

Nice to have
- Tableau

Apply now with your CV. We are an equal opportunity employer.
"""


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (BLOG, "other", "blog post"),
        (NEWS, "other", "news article"),
        (HOME, "other", "home page"),
        (RESUME, "resume", "resume"),
    ],
)
def test_not_a_job_gets_a_reason(text: str, kind: str, words: str) -> None:
    verdict = classify_document(text, parse_job_text(text))
    assert verdict.kind == kind
    reason = not_a_job_reason(text, parse_job_text(text))
    assert reason is not None and reason.startswith(NOT_A_JOB)
    assert words in reason


def test_a_posting_is_a_job() -> None:
    assert classify_document(POSTING, parse_job_text(POSTING)).kind == "job"
    assert not_a_job_reason(POSTING, parse_job_text(POSTING)) is None


def test_a_structured_posting_is_always_a_job() -> None:
    page = (
        '<html><script type="application/ld+json">{"@type": "JobPosting", "title": "Barista",'
        '"description": "Make coffee."}</script><body>Make coffee.</body></html>'
    )
    job = parse_job_html(page)
    assert not_a_job_reason("Make coffee.", job) is None


def test_an_empty_page_is_not_a_job() -> None:
    reason = not_a_job_reason("Loading…", None)
    assert reason is not None and "almost no text" in reason


def test_short_clear_posting_pasted_in_chat_reads_as_a_job() -> None:
    assert 100 < len(SHORT_POSTING) < 400
    assert looks_like_job_posting(SHORT_POSTING)


@pytest.mark.parametrize(
    "message",
    [
        "Hi! Can you check my resume against a job? Requirements: none really, thanks",
        "What are the requirements for using this bot? And the responsibilities of admins?",
        RESUME,
    ],
)
def test_chat_messages_and_resumes_are_not_postings(message: str) -> None:
    assert not looks_like_job_posting(message)


def test_a_terse_posting_is_still_a_job() -> None:
    text = "Python developer needed: 3 years of Django, PostgreSQL, remote."
    assert parse_job_text(text).not_a_job is None


def test_parsed_blog_page_carries_the_reason_and_no_asks_are_trusted() -> None:
    html = f"<html><head><title>Our blog</title></head><body><h1>Welcome to our blog</h1><p>{BLOG}</p></body></html>"
    job = parse_job_html(html)
    assert job.not_a_job is not None and job.not_a_job.startswith(NOT_A_JOB)

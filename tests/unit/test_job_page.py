"""Title and company of job pages from board markup and <title> patterns (synthetic pages)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from atspro.analysis.job.page import clean_title, page_identity
from atspro.analysis.job.parser import parse_job_html, parse_job_text

BODY = (
    "<div><h2>Requirements</h2><ul><li>3+ years of Python</li><li>SQL</li></ul>"
    "<p>We are looking for an engineer to join our team.</p></div>"
)


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}{BODY}</body></html>"


PAGES = {
    "lever": page(
        "<title>Fjordline - Backend Engineer</title>",
        '<a class="main-header-logo"><img alt="Fjordline logo"></a>'
        '<div class="posting-headline"><h2>Backend Engineer</h2>'
        '<div class="posting-categories"><div class="location">Oslo</div></div></div>',
    ),
    "greenhouse": page(
        "<title>Job Application for Backend Engineer at Fjordline</title>",
        '<div id="header"><h1 class="app-title">Backend Engineer</h1>'
        '<span class="company-name">at Fjordline</span><div class="location">Oslo</div></div>',
    ),
    "greenhouse new": page(
        "<title>Job Application for Backend Engineer at Fjordline</title>",
        '<h1 class="section-header">Backend Engineer</h1>',
    ),
    "workable": page(
        "<title>Backend Engineer - Fjordline</title>",
        '<h1 data-ui="job-title">Backend Engineer</h1>',
    ),
    "ashby": page(
        '<title>Backend Engineer @ Fjordline</title><meta property="og:title" '
        'content="Backend Engineer">',
        "<h1>Backend Engineer</h1>",
    ),
    "smartrecruiters": page(
        "<title>Fjordline Backend Engineer | SmartRecruiters</title>",
        '<h1 class="job-title">Backend Engineer</h1><div itemprop="hiringOrganization" '
        'itemscope><span itemprop="name">Fjordline</span></div>',
    ),
    "linkedin": page(
        '<title>Backend Engineer in Oslo, Norway | LinkedIn</title><meta property="og:title" '
        'content="Fjordline hiring Backend Engineer in Oslo, Norway | LinkedIn">',
        '<h1 class="top-card-layout__title">Backend Engineer</h1>'
        '<a class="topcard__org-name-link">Fjordline</a>',
    ),
    "indeed": page(
        "<title>Backend Engineer - Oslo | Indeed.com</title>",
        '<h1 class="jobsearch-JobInfoHeader-title">Backend Engineer</h1>'
        '<div data-testid="inlineHeader-companyName">Fjordline</div>',
    ),
    "company site": page(
        '<title>Backend Engineer | Careers</title><meta property="og:site_name" '
        'content="Fjordline">',
        "<h1>Backend Engineer</h1>",
    ),
    "title only": page("<title>Backend Engineer – Fjordline</title>", "<p>Hello</p>"),
    "apply button": page(
        "<title>Backend Engineer</title>",
        "<h1>Backend Engineer</h1><a href='#'>Apply for this job at Fjordline</a>",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_title_and_company_of_job_pages(name: str) -> None:
    job = parse_job_html(PAGES[name], url="https://jobs.example.org/1")
    assert job.title == "Backend Engineer", name
    assert job.company == "Fjordline", name


def test_careers_home_title_names_the_company_only() -> None:
    found = page_identity(LexborHTMLParser("<title>Fjordline · Careers</title>"))
    assert found.company == "Fjordline"
    assert found.title is None


def test_json_ld_without_employer_takes_it_from_the_page() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Fjordline">'
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Backend Engineer",'
        '"description": "Build services in Python. 3+ years of experience."}</script></head>'
        "<body></body></html>"
    )
    job = parse_job_html(html)
    assert (job.title, job.company) == ("Backend Engineer", "Fjordline")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Role Summary : Backend Engineer", "Backend Engineer"),
        ("Job Title: Payroll Specialist", "Payroll Specialist"),
        ("Backend Engineer (Req ID: R-104233)", "Backend Engineer"),
        ("Backend Engineer - JR20451", "Backend Engineer"),
        ("Backend Engineer - Oslo, Norway", "Backend Engineer"),
        ("Sales Manager / Senior Sales Manager", "Sales Manager / Senior Sales Manager"),
    ],
)
def test_clean_title(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Role Summary : Payroll Specialist", "Payroll Specialist"),
        ("Payroll Specialist (Req ID: 20931)", "Payroll Specialist"),
        ("Sales Manager / Senior Sales Manager", "Sales Manager / Senior Sales Manager"),
    ],
)
def test_pasted_titles_are_cleaned_too(first_line: str, title: str) -> None:
    job = parse_job_text(f"{first_line}\n\nRequirements\n- 3+ years of payroll experience\n")
    assert job.title == title


def test_structured_title_is_kept_whole_but_cleaned() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Intern - Software '
        'Engineering (m/f/d)", "hiringOrganization": {"name": "Fjordline"}, "description": '
        '"Build services in Python."}</script>'
    )
    job = parse_job_html(f"<html><head>{html}</head><body></body></html>")
    assert job.title == "Intern - Software Engineering"

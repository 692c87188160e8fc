"""Job posting parser: text, HTML (JSON-LD, microdata, main content) and schema.org dicts.

Postings are written here with known answers. Skill assertions use only skills every version
of the taxonomy knows (Python, SQL, Kubernetes, communication) and check membership, so they
stay valid when the real skill index replaces the placeholder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atspro.analysis.job.parser import (
    _MSG_FAILED,
    looks_like_job_posting,
    parse_job_html,
    parse_job_posting,
    parse_job_text,
)
from atspro.models import EducationLevel, Job

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "samples"


def lower(names: list[str]) -> set[str]:
    return {n.lower() for n in names}


def has_soft(job: Job, stem: str) -> bool:
    return any(stem in s.lower() for s in job.soft_skills)


# ------------------------------------------------------------------ posting with headings ---

WITH_HEADINGS = """\
Senior Backend Engineer (m/f/d) – Acme Analytics GmbH | Berlin

Location: Berlin, Germany
Employment type: Full-time
Salary: €70,000 – €85,000 per year

About Acme
Acme Analytics is a fast-growing data company. We run everything on Kubernetes and Go.

What you'll do
- Design and build data pipelines in Python
- Write and tune SQL for our analytics warehouse
- Mentor junior engineers and review code

Requirements
- 5+ years of professional experience with Python and SQL
- Bachelor's degree in Computer Science or equivalent experience; Master's preferred
- Excellent communication skills in English
- This is a hybrid role: 2 days a week in our Berlin office

Nice to have
- Experience with Kubernetes operators
- AWS Certified Solutions Architect – Associate

Benefits
- 30 days of vacation and a learning budget

Acme Analytics is an equal opportunity employer and values diversity.
"""


@pytest.fixture(scope="module")
def headed() -> Job:
    return parse_job_text(WITH_HEADINGS, source_url="https://acme.example/jobs/1")


def test_headed_title_company_location(headed: Job) -> None:
    assert headed.title == "Senior Backend Engineer"
    assert headed.company == "Acme Analytics GmbH"
    assert headed.location == "Berlin, Germany"
    assert headed.source_url == "https://acme.example/jobs/1"
    assert headed.source_kind == "text"


def test_headed_mode_type_seniority(headed: Job) -> None:
    assert headed.work_mode == "hybrid"
    assert headed.employment_type == "full-time"
    assert headed.seniority == "senior"


def test_headed_salary(headed: Job) -> None:
    assert headed.salary is not None
    assert (headed.salary.min, headed.salary.max) == (70_000, 85_000)
    assert headed.salary.currency == "EUR"
    assert headed.salary.period == "year"
    assert headed.salary.text == "€70,000 – €85,000 per year"


def test_headed_skills_split(headed: Job) -> None:
    required = lower(headed.required_skills)
    preferred = lower(headed.preferred_skills)
    assert {"python", "sql"} <= required
    # Kubernetes appears only under "Nice to have" and in the About-us boilerplate.
    assert "kubernetes" in preferred
    assert "kubernetes" not in required
    assert not required & preferred
    assert has_soft(headed, "communicat")


def test_headed_requirements(headed: Job) -> None:
    assert headed.min_years_experience == 5
    # "Bachelor's … ; Master's preferred" -> the bachelor's is the requirement.
    assert headed.education_level == EducationLevel.BACHELOR
    assert any(c.startswith("AWS Certified Solutions Architect") for c in headed.certifications)


def test_headed_responsibilities(headed: Job) -> None:
    assert headed.responsibilities == [
        "Design and build data pipelines in Python",
        "Write and tune SQL for our analytics warehouse",
        "Mentor junior engineers and review code",
    ]


def test_headed_keywords(headed: Job) -> None:
    keywords = headed.keywords
    assert keywords and keywords[0].weight == 1.0
    weights = [k.weight for k in keywords]
    assert weights == sorted(weights, reverse=True)
    terms = {k.term.lower() for k in keywords}
    assert {"python", "sql"} <= terms
    assert not any("equal opportunity" in t or "diversity" in t for t in terms)
    by_term = {k.term.lower(): k for k in keywords}
    # Requirements outweigh a skill that is only nice to have (and company boilerplate).
    assert by_term["python"].weight > by_term["kubernetes"].weight
    assert by_term["python"].count >= 2
    assert headed.warnings == []


# --------------------------------------------------------------- posting without headings ---

NO_HEADINGS = (
    "We're hiring a Data Analyst to join Brightwave, a fast-growing fintech startup based in "
    "Austin, TX. You will build dashboards, write SQL queries against our warehouse and present "
    "insights to stakeholders every week. You should have at least three years of experience in "
    "analytics and strong SQL skills. Python is a plus, and bonus points for Kubernetes experience. "
    "A bachelor's degree is required; a master's degree is preferred. This is a fully remote, "
    "full-time role paying $90k-$110k a year. Excellent communication skills are needed."
)


@pytest.fixture(scope="module")
def flat() -> Job:
    return parse_job_text(NO_HEADINGS)


def test_flat_fields(flat: Job) -> None:
    assert flat.title == "Data Analyst"
    assert flat.company == "Brightwave"
    assert flat.location == "Austin, TX"
    assert flat.work_mode == "remote"
    assert flat.employment_type == "full-time"
    assert flat.min_years_experience == 3
    assert flat.education_level == EducationLevel.BACHELOR
    assert flat.salary is not None
    assert (flat.salary.min, flat.salary.max, flat.salary.currency) == (90_000, 110_000, "USD")
    assert flat.salary.period == "year"


def test_flat_split_without_headings(flat: Job) -> None:
    assert "sql" in lower(flat.required_skills)
    assert {"python", "kubernetes"} <= lower(flat.preferred_skills)
    assert not lower(flat.required_skills) & lower(flat.preferred_skills)
    assert has_soft(flat, "communicat")


def test_flat_responsibilities_from_you_will(flat: Job) -> None:
    assert flat.responsibilities
    assert flat.responsibilities[0].startswith("Build dashboards")


def test_plain_list_without_cues_is_all_required() -> None:
    job = parse_job_text(
        "Backend Developer\n\nWe need someone who knows Python, SQL and Kubernetes well "
        "and can ship features end to end for our logistics customers across the region."
    )
    assert {"python", "sql", "kubernetes"} <= lower(job.required_skills)
    assert job.preferred_skills == []


def test_hard_wrapped_lines_are_rejoined() -> None:
    job = parse_job_text(
        "Backend Developer\n\nResponsibilities:\n\n"
        "Design, test, and support Java-based services using widely adopted\n"
        "frameworks and tools.\n"
        "Collaborate with cross-functional teams on transaction man-\n"
        "agement and non-\ntechnical stakeholders.\n"
    )
    assert job.responsibilities == [
        "Design, test, and support Java-based services using widely adopted frameworks and tools.",
        "Collaborate with cross-functional teams on transaction management and "
        "non-technical stakeholders.",
    ]


def test_employer_and_place_are_not_keywords(headed: Job) -> None:
    terms = " | ".join(k.term.lower() for k in headed.keywords)
    assert "acme" not in terms
    assert "berlin" not in terms


TELEGRAM_STYLE = """🔥 Senior Python Developer @ Rocket Labs
📍 Location: Remote (EU)
💰 Salary: 5000-6000 EUR/month

📌 Requirements:
✅ 4+ years of Python
✅ SQL
🔹 Kubernetes is a plus

📌 What you will do:
👉 Build APIs
👉 Review code

#python #remote #job"""


def test_emoji_decorated_chat_posting() -> None:
    job = parse_job_text(TELEGRAM_STYLE)
    assert (job.title, job.company, job.location) == (
        "Senior Python Developer",
        "Rocket Labs",
        "Remote (EU)",
    )
    assert job.work_mode == "remote"
    assert job.salary is not None
    assert (job.salary.min, job.salary.max, job.salary.currency, job.salary.period) == (
        5000,
        6000,
        "EUR",
        "month",
    )
    assert {"python", "sql"} <= lower(job.required_skills)
    assert "kubernetes" in lower(job.preferred_skills)
    assert job.responsibilities == ["Build APIs", "Review code"]
    assert job.min_years_experience == 4


# ------------------------------------------------------------------------- inline cues ---


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        (
            "Requirements: Python, SQL and ETL. Nice to have: Kubernetes",
            {"python", "sql"},
            {"kubernetes"},
        ),
        ("Strong SQL; Kubernetes is a plus", {"sql"}, {"kubernetes"}),
        ("Python required, Kubernetes nice to have", {"python"}, {"kubernetes"}),
        ("Bonus points for Kubernetes and Python experience", set(), {"kubernetes", "python"}),
        (
            "Experience with SQL, Python or Kubernetes is a plus",
            set(),
            {"sql", "python", "kubernetes"},
        ),
        ("Preferred: Kubernetes", set(), {"kubernetes"}),
        ("Ideally you also know Kubernetes", set(), {"kubernetes"}),
        ("You know SQL well, and Kubernetes would be a plus", {"sql"}, {"kubernetes"}),
        ("Python (Kubernetes preferred) and SQL", {"python", "sql"}, {"kubernetes"}),
        ("Kubernetes experience (preferred) and strong Python", {"python"}, {"kubernetes"}),
        ("Knowledge of Kubernetes is an advantage", set(), {"kubernetes"}),
        ("Proficiency in SQL is essential", {"sql"}, set()),
    ],
)
def test_inline_cues(line: str, required: set[str], preferred: set[str]) -> None:
    job = parse_job_text(f"Data Engineer\n\n{line}\n")
    assert required <= lower(job.required_skills)
    assert preferred <= lower(job.preferred_skills)
    assert not preferred & lower(job.required_skills)


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Minimum qualifications", "req"),
        ("Basic Qualifications:", "req"),
        ("What you bring", "req"),
        ("You have", "req"),
        ("MUST HAVE", "req"),
        ("## Requirements", "req"),
        ("Preferred qualifications", "pref"),
        ("Nice to have:", "pref"),
        ("**Bonus points**", "pref"),
        ("Pluses", "pref"),
        ("Good to have", "pref"),
    ],
)
def test_section_headings(heading: str, label: str) -> None:
    job = parse_job_text(f"Data Engineer\n\n{heading}\n- Python\n- SQL\n")
    target = job.required_skills if label == "req" else job.preferred_skills
    other = job.preferred_skills if label == "req" else job.required_skills
    assert {"python", "sql"} <= lower(target)
    assert not {"python", "sql"} & lower(other)


def test_inline_label_scope_ends_at_next_plain_line() -> None:
    job = parse_job_text(
        "Platform Engineer\n\nNice to have: Kubernetes\n- Go\nYou will write Python every day.\n"
    )
    assert "kubernetes" in lower(job.preferred_skills)
    assert "python" in lower(job.required_skills)


# ------------------------------------------------------------------------------ salary ---


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("Salary: $120,000 - $150,000 per year", 120_000, 150_000, "USD", "year"),
        ("Pay range €60k–75k", 60_000, 75_000, "EUR", "year"),
        ("Rate: £45 per hour", 45, 45, "GBP", "hour"),
        ("Compensation: USD 50-60 an hour", 50, 60, "USD", "hour"),
        ("We pay between $100K and $120K annually", 100_000, 120_000, "USD", "year"),
        ("Gehalt: 60.000 - 75.000 EUR brutto", 60_000, 75_000, "EUR", "year"),
        ("Salary up to $90k", None, 90_000, "USD", "year"),
        ("Starting at €4,000 per month", 4_000, None, "EUR", "month"),
        ("Salary: $120-150k", 120_000, 150_000, "USD", "year"),
        ("CHF 110'000 - 130'000 p.a.", 110_000, 130_000, "CHF", "year"),
    ],
)
def test_salary_variants(
    text: str, low: float | None, high: float | None, currency: str, period: str
) -> None:
    salary = parse_job_text(f"Accountant\n\n{text}\n").salary
    assert salary is not None
    assert (salary.min, salary.max, salary.currency, salary.period) == (low, high, currency, period)
    assert salary.text and salary.text in text


@pytest.mark.parametrize(
    "text",
    [
        "We raised $25M in Series B funding last year.",
        "Our team of 200 engineers ships every day.",
        "Founded in 2012, we serve 3,000 customers.",
        "Requirements: 5+ years of experience.",
    ],
)
def test_not_a_salary(text: str) -> None:
    assert parse_job_text(f"Software Engineer\n\n{text}\n").salary is None


# ------------------------------------------------------------------------------- years ---


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of experience with Python", 5),
        ("At least three years of experience in analytics", 3),
        ("3-5 years of relevant experience", 3),
        ("A minimum of five (5) years of professional experience", 5),
        ("2 to 4 yrs experience in retail", 2),
        ("1 year of experience as a cashier", 1),
        ("7+ years in software engineering, including 2+ years leading teams", 7),
        ("We have been in business for 20 years.", None),
        ("Acme has over 25 years of experience in retail.", None),
        ("A 4-year degree in a related field", None),
        ("3+ years of experience is preferred", None),
    ],
)
def test_years_variants(text: str, years: float | None) -> None:
    assert parse_job_text(f"Analyst\n\n{text}\n").min_years_experience == years


# --------------------------------------------------------------------------- education ---


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Bachelor's degree in CS or equivalent experience", EducationLevel.BACHELOR),
        ("BS/MS in Computer Science", EducationLevel.BACHELOR),
        ("Master's or PhD in Statistics", EducationLevel.MASTER),
        ("PhD in Physics required", EducationLevel.DOCTORATE),
        ("High school diploma or GED; bachelor's degree preferred", EducationLevel.HIGH_SCHOOL),
        ("Associate degree in nursing", EducationLevel.ASSOCIATE),
        ("Degree in Computer Science or a related field", EducationLevel.BACHELOR),
        ("Master's degree preferred", None),
        ("No degree required, just curiosity", EducationLevel.NONE),
        ("Proficiency with MS Office and MS Excel", None),
        ("Offices in Boston, MA or remote", None),
    ],
)
def test_education_variants(text: str, level: EducationLevel | None) -> None:
    assert parse_job_text(f"Analyst\n\nRequirements\n- {text}\n").education_level == level


# -------------------------------------------------------------- mode / type / seniority ---


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("This is a fully remote position.", "remote"),
        ("Work from home anywhere in the EU.", "remote"),
        ("Hybrid: 3 days a week in the office.", "hybrid"),
        ("Remote-friendly, but we expect you in the office 2 days per week.", "hybrid"),
        ("This role is on-site in our Chicago plant.", "onsite"),
        ("This is not a remote position; you will work from our office.", "onsite"),
        ("We build hybrid cloud infrastructure and remote monitoring tools.", None),
    ],
)
def test_work_mode(text: str, mode: str | None) -> None:
    assert parse_job_text(f"Site Reliability Engineer\n\n{text}\n").work_mode == mode


def test_work_mode_from_location_label() -> None:
    job = parse_job_text(
        "DevOps Engineer\nLocation: Remote (US)\n\nYou will run our office network."
    )
    assert job.work_mode == "remote"
    assert job.location == "Remote (US)"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Job type: Part-time", "part-time"),
        ("This is a 6-month contract role.", "contract"),
        ("Full time, permanent position.", "full-time"),
        ("Seasonal position for the holiday period.", "temporary"),
        ("Our summer internship runs for 12 weeks.", "internship"),
        ("You will negotiate supplier contracts.", None),
    ],
)
def test_employment_type(text: str, kind: str | None) -> None:
    assert parse_job_text(f"Buyer\n\n{text}\n").employment_type == kind


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineering Intern", "intern"),
        ("Junior Data Analyst", "junior"),
        ("Software Engineer II", "mid"),
        ("Sr. Java Developer", "senior"),
        ("Staff Software Engineer", "lead"),
        ("Tech Lead, Payments", "lead"),
        ("Principal Architect", "principal"),
        ("Engineering Manager", "manager"),
        ("Director of Engineering", "director"),
        ("VP of Marketing", "director"),
        ("Head of Data", "director"),
    ],
)
def test_seniority_from_title(title: str, level: str) -> None:
    assert (
        parse_job_text(f"{title}\n\nYou will work with our team on exciting projects.").seniority
        == level
    )


def test_seniority_from_text() -> None:
    assert parse_job_text("Product Manager\n\nThis is an entry-level role.").seniority == "junior"
    job = parse_job_text("Product Manager\n\nRequirements\n- 6+ years of product experience\n")
    assert job.seniority == "senior"


def test_certifications() -> None:
    job = parse_job_text(
        "Security Engineer\n\nRequirements\n- CISSP or CISM\n- CompTIA Security+\n"
        "- PMP is a plus\n- Certified Kubernetes Administrator (CKA)\n"
    )
    assert {"CISSP", "CISM", "CompTIA Security+", "PMP", "CKA"} <= set(job.certifications)
    assert len(job.certifications) == len(set(job.certifications))


# -------------------------------------------------------------------------------- HTML ---

NOISY_HTML = """<!doctype html><html><head><title>Senior Python Developer - Globex Careers</title>
<script>var tracking = "Kubernetes";</script><style>.x{color:red}</style></head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies. Accept all cookies to enjoy Kubernetes.</div>
<header><nav><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/about">About</a></nav></header>
<div class="layout">
<aside class="sidebar"><h3>Similar jobs</h3><ul><li><a href="/j/1">Kubernetes Admin</a></li>
<li><a href="/j/2">Go Engineer</a></li></ul></aside>
<main>
<h1>Senior Python Developer</h1>
<div class="job-meta"><p>Location: Denver, CO</p></div>
<div class="description">
<p>Globex is a leading logistics software company. We are looking for a Senior Python Developer
to build our routing engine.</p>
<h2>Responsibilities</h2>
<ul><li>Build and maintain Python services</li><li>Write efficient SQL queries</li>
<li>Mentor other developers</li></ul>
<h2>Requirements</h2>
<ul><li>6+ years of experience with Python</li><li>Strong SQL</li>
<li>BS in Computer Science or related field</li></ul>
<p><strong>Salary:</strong> $140,000 - $170,000 per year</p>
</div>
<form class="apply"><label>Name</label><input name="n"><button>Apply now</button></form>
</main>
</div>
<footer><p>© 2024 Globex Corporation. Kubernetes-powered. Privacy | Terms</p></footer>
</body></html>"""


def test_noisy_html_main_content() -> None:
    job = parse_job_html(NOISY_HTML, url="https://globex.example/jobs/7")
    assert job.source_kind == "html"
    assert job.source_url == "https://globex.example/jobs/7"
    assert job.title == "Senior Python Developer"
    assert job.company == "Globex"
    assert job.location == "Denver, CO"
    assert {"python", "sql"} <= lower(job.required_skills)
    # Kubernetes lives only in the script, cookie banner, sidebar and footer.
    assert "kubernetes" not in lower(job.required_skills + job.preferred_skills)
    assert "kubernetes" not in {k.term.lower() for k in job.keywords}
    assert job.responsibilities == [
        "Build and maintain Python services",
        "Write efficient SQL queries",
        "Mentor other developers",
    ]
    assert job.min_years_experience == 6
    assert job.education_level == EducationLevel.BACHELOR
    assert job.salary is not None and job.salary.min == 140_000


def _ld_page(payload: str, body: str = "<p>Apply on our site.</p>") -> str:
    return (
        "<html><head><script type='application/ld+json'>"
        + payload
        + f"</script></head><body><h1>Careers</h1>{body}</body></html>"
    )


POSTING = {
    "@type": "JobPosting",
    "title": "Machine Learning Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Initech Labs"},
    "jobLocation": [
        {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Toronto",
                "addressRegion": "ON",
                "addressCountry": "CA",
            },
        }
    ],
    "employmentType": ["FULL_TIME"],
    "baseSalary": {
        "@type": "MonetaryAmount",
        "currency": "CAD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 120000,
            "maxValue": 150000,
            "unitText": "YEAR",
        },
    },
    "experienceRequirements": {
        "@type": "OccupationalExperienceRequirements",
        "monthsOfExperience": 36,
    },
    "educationRequirements": {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": "bachelor degree",
    },
    "description": (
        "<p>Initech Labs builds forecasting models for retailers across North America and "
        "Europe, and our models run in production for hundreds of stores every night.</p>"
        "<h3>What you will do</h3><ul><li>Train and evaluate models in Python</li>"
        "<li>Deploy them as reliable services for the planning team</li></ul>"
        "<h3>Requirements</h3><ul><li>Python and SQL</li><li>Clear communication</li></ul>"
        "<h3>Bonus</h3><ul><li>Kubernetes operators</li></ul>"
    ),
}


def _check_initech(job: Job, kind: str = "jsonld") -> None:
    assert job.source_kind == kind
    assert job.title == "Machine Learning Engineer"
    assert job.company == "Initech Labs"
    assert job.location == "Toronto, ON, CA"
    assert job.employment_type == "full-time"
    assert job.salary is not None
    assert (job.salary.min, job.salary.max, job.salary.currency, job.salary.period) == (
        120_000,
        150_000,
        "CAD",
        "year",
    )
    assert job.min_years_experience == 3
    assert job.education_level == EducationLevel.BACHELOR
    assert {"python", "sql"} <= lower(job.required_skills)
    assert "kubernetes" in lower(job.preferred_skills)
    assert job.responsibilities[0] == "Train and evaluate models in Python"


def test_jsonld_graph() -> None:
    payload = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [{"@type": "Organization", "name": "X"}, POSTING],
        }
    )
    _check_initech(parse_job_html(_ld_page(payload)))


def test_jsonld_list_of_objects() -> None:
    payload = json.dumps([{"@type": "WebSite", "name": "Board"}, POSTING])
    _check_initech(parse_job_html(_ld_page(payload)))


def test_jsonld_slightly_broken() -> None:
    # Trailing commas, a raw newline inside a string and an HTML comment wrapper.
    payload = json.dumps(POSTING, indent=1).replace(
        '"Machine Learning Engineer"', '"Machine Learning\nEngineer"'
    )
    payload = "<!--\n" + payload[:-1] + ",\n}\n-->"
    job = parse_job_html(_ld_page(payload))
    assert job.source_kind == "jsonld"
    assert job.company == "Initech Labs"
    assert job.title == "Machine Learning Engineer"


def test_jsonld_type_list_and_escaped_description() -> None:
    posting = dict(POSTING, **{"@type": ["JobPosting"]})
    posting["description"] = POSTING["description"].replace("<", "&lt;").replace(">", "&gt;")
    _check_initech(
        parse_job_posting(posting, url="https://boards.example/1", source_kind="board_api"),
        "board_api",
    )


def test_jsonld_thin_description_uses_page_text() -> None:
    posting = {"@type": "JobPosting", "title": "QA Engineer", "description": "See below."}
    body = (
        "<main><h2>Requirements</h2><ul><li>3+ years of testing with Python</li>"
        "<li>Solid SQL</li></ul></main>"
    )
    job = parse_job_html(_ld_page(json.dumps(posting), body))
    assert job.title == "QA Engineer"
    assert {"python", "sql"} <= lower(job.required_skills)
    assert job.min_years_experience == 3


def test_microdata_page() -> None:
    page = """<html><body><div itemscope itemtype="https://schema.org/JobPosting">
    <h1 itemprop="title">Registered Nurse</h1>
    <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Mercy Hospital</span></div>
    <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
        <span itemprop="addressLocality">Austin</span>, <span itemprop="addressRegion">TX</span>
      </div></div>
    <meta itemprop="employmentType" content="PART_TIME">
    <div itemprop="description"><p>Provide compassionate patient care on a busy ward.</p>
      <p><b>Requirements</b></p><ul><li>BLS certification</li>
      <li>2+ years of experience in acute care</li><li>Excellent communication</li></ul>
    </div></div></body></html>"""
    job = parse_job_html(page)
    assert job.source_kind == "html"
    assert job.title == "Registered Nurse"
    assert job.company == "Mercy Hospital"
    assert job.location == "Austin, TX"
    assert job.employment_type == "part-time"
    assert job.min_years_experience == 2
    assert "BLS" in job.certifications
    assert has_soft(job, "communicat")


def test_board_api_shape_with_missing_fields() -> None:
    job = parse_job_posting(
        {
            "title": "Support Engineer",
            "hiringOrganization": "Umbrella",
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": [{"@type": "Country", "name": "USA"}],
            "employmentType": "Contractor",
            "description": "Help customers with SQL questions.\nRequirements: Python",
            "skills": ["Kubernetes", "SQL"],
            "baseSalary": None,
            "jobLocation": None,
        },
        url="https://jobs.example/42",
        source_kind="board_api",
    )
    assert (job.title, job.company, job.work_mode) == ("Support Engineer", "Umbrella", "remote")
    assert job.location == "USA"
    assert job.employment_type == "contract"
    assert {"python", "sql", "kubernetes"} <= lower(job.required_skills)
    assert job.source_url == "https://jobs.example/42"


@pytest.mark.parametrize(
    "posting",
    [
        {},
        {"title": None, "description": None},
        {"title": 42, "hiringOrganization": [], "jobLocation": "Berlin", "baseSalary": "lots"},
        {"baseSalary": {"value": {"value": "55"}}, "employmentType": [None, 3]},
        {"description": ["<p>Python</p>", {"text": "SQL"}], "skills": {"name": "Kubernetes"}},
    ],
)
def test_posting_odd_shapes_never_fail(posting: dict) -> None:
    job = parse_job_posting(posting)
    assert isinstance(job, Job)
    assert _MSG_FAILED not in job.warnings


def test_empty_inputs() -> None:
    for job in (parse_job_text(""), parse_job_html(""), parse_job_html("<html></html>")):
        assert job.title is None
        assert job.required_skills == []
        assert job.warnings


def test_long_text_is_truncated_with_warning() -> None:
    job = parse_job_text("Python Developer\n" + "Python and SQL. " * 5000, max_chars=2000)
    assert any("first 2,000 characters" in w for w in job.warnings)


# -------------------------------------------------------------------- chat text triage ---


SHORT_CHAT_POSTING = """Hiring: Junior QA Tester (remote, full-time)
We are looking for a junior QA tester to join our small product team.
Responsibilities: write and run test plans, report bugs, check releases.
Requirements: 1+ years of experience in manual testing, basic SQL, good English.
Salary $40k-$50k. Apply by sending your CV to jobs@example.com"""


@pytest.mark.parametrize("text", [WITH_HEADINGS, NO_HEADINGS, SHORT_CHAT_POSTING])
def test_looks_like_job_posting_yes(text: str) -> None:
    assert looks_like_job_posting(text)


@pytest.mark.parametrize(
    "text",
    [
        "hi",
        "Can you check my resume for a data analyst job? It needs 5 years of experience.",
        "Thanks! I applied yesterday and the salary looks good. Should I send a cover letter too? "
        "I'm also wondering whether remote work is ok for them.",
        "Jane Doe\njane@example.com\n\nSummary\nData analyst with 6 years of experience.\n\n"
        "Work Experience\nAcme Corp, Data Analyst, 2019 - Present\n- Built dashboards in Python "
        "and SQL\n- Led a team of 3 analysts\nGlobex, Junior Analyst, 2016 - 2019\n- Wrote "
        "reports\n\nEducation\nBachelor's degree in Statistics, 2016\n\nSkills\nPython, SQL",
        "word " * 500,
        "I have an interview next week for a senior data engineer role. The job description "
        "says they want 5+ years of experience with Python and Spark, and it's a remote "
        "full-time position with a good salary. I'm nervous because my experience is mostly "
        "with SQL and dashboards. What should I focus on when I prepare? Also, should I mention "
        "my AWS certification, or is that not relevant for this kind of role?",
    ],
)
def test_looks_like_job_posting_no(text: str) -> None:
    assert not looks_like_job_posting(text)


# ------------------------------------------------------------------------------ property ---


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_any_text_gives_a_job(text: str) -> None:
    job = parse_job_text(text)
    assert isinstance(job, Job)
    assert _MSG_FAILED not in job.warnings
    Job.model_validate(job.model_dump())
    if job.keywords:
        assert job.keywords[0].weight == 1.0
    assert isinstance(looks_like_job_posting(text), bool)


_PIECES = st.sampled_from(
    [
        "Requirements",
        "Nice to have:",
        "- Python",
        "• SQL",
        "Kubernetes is a plus",
        "$",
        "€60k",
        "5+ years",
        "(",
        ")",
        "Bachelor's",
        "remote",
        ";",
        ":",
        "\n",
        "## ",
        "**",
        "Salary: ",
        "<li>",
        "</ul>",
        "&lt;p&gt;",
        "Location: ",
        "at least three",
        "3-5 years",
        " ",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=40))
def test_posting_like_fragments_give_a_job(pieces: list[str]) -> None:
    text = "".join(pieces)
    for job in (parse_job_text(text), parse_job_html(f"<html><body><p>{text}</p></body></html>")):
        assert _MSG_FAILED not in job.warnings
        assert not set(job.required_skills) & set(job.preferred_skills)


# ------------------------------------------------------------------------------- samples ---


def test_rjdb_samples_parse() -> None:
    path = SAMPLES / "relevance" / "rjdb_dev.jsonl"
    if not path.exists():
        pytest.skip("shared samples not available")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    jobs = [parse_job_text(row["Job-Description"]) for row in rows]
    assert all(_MSG_FAILED not in job.warnings for job in jobs)
    assert sum(1 for job in jobs if job.title) >= 0.95 * len(jobs)
    assert sum(1 for job in jobs if job.responsibilities) >= 0.9 * len(jobs)
    assert sum(1 for job in jobs if job.min_years_experience) >= 0.8 * len(jobs)
    # The bot must not mistake the matching resumes for postings.
    postings = sum(looks_like_job_posting(row["Job-Description"]) for row in rows)
    resumes = sum(looks_like_job_posting(row["Resume-matched"]) for row in rows)
    assert postings >= 0.9 * len(rows)
    assert resumes <= 0.02 * len(rows)

"""Job posting parser benchmark: latency on a ≈600-word posting (text and HTML) and the
required/preferred split on labelled fixture sentences.

``.venv/bin/python -m bench bench_job``
"""

from __future__ import annotations

from atspro.analysis.job.parser import parse_job_html, parse_job_text
from atspro.analysis.job.text import segment
from bench.stats import median_ms

POSTING_600W = """\
Senior Data Platform Engineer (m/f/d)
Northwind Analytics GmbH · Munich, Germany · Hybrid

Location: Munich, Germany (3 days a week in the office)
Employment type: Full-time
Salary: €85,000 – €105,000 per year

About Northwind
Northwind Analytics is a fast-growing software company that helps retailers forecast demand,
plan inventory and price products. Our platform processes billions of events every day for
more than four hundred customers across Europe. We are a team of 180 people from 30 countries,
and we care about craftsmanship, ownership and kindness. Northwind has been profitable for
five years and is backed by long-term investors.

About the role
We are looking for a Senior Data Platform Engineer to join our Data Infrastructure team. You
will design, build and operate the batch and streaming systems that every product team at
Northwind depends on. You will work closely with data scientists, analysts and product
engineers, and you will help shape the technical direction of the platform as it grows from
terabytes to petabytes. This is a hands-on role with real ownership: you will write code,
review designs, run experiments and be on call for the systems you build.

What you'll do
- Design and build reliable batch and streaming data pipelines in Python and SQL
- Operate our Kubernetes-based data platform, including capacity planning and cost control
- Improve the performance of our data warehouse and the tools analysts use every day
- Define data contracts and quality checks together with producer and consumer teams
- Lead technical design reviews and write clear design documents
- Mentor engineers on the team and help them grow through pairing and code review
- Automate deployments, monitoring and alerting so that the platform runs itself
- Investigate incidents, write blameless post-mortems and follow up on the action items
- Evaluate new technologies and decide, with the team, which ones we adopt

Requirements
- 5+ years of professional experience in data engineering or backend software engineering
- Strong Python and SQL skills, and experience designing data models for analytics
- Hands-on experience running workloads on Kubernetes in production
- Experience with a workflow orchestrator such as Airflow, Dagster or Prefect
- Solid understanding of distributed systems, data partitioning and query optimisation
- Experience with at least one cloud provider (AWS, GCP or Azure)
- Bachelor's degree in Computer Science, Engineering or a related field, or equivalent
  practical experience
- Excellent communication skills in English; you can explain trade-offs to non-engineers

Nice to have
- Experience with Kafka, Flink or Spark Structured Streaming
- Familiarity with dbt and modern data warehouses such as Snowflake or BigQuery
- Terraform or other infrastructure-as-code tools are a plus
- AWS Certified Data Engineer or a similar certification
- German language skills

What we offer
- A competitive salary and a yearly bonus
- 30 days of paid vacation plus public holidays
- A personal learning budget of €2,000 per year and time to use it
- Modern equipment of your choice and a home office allowance
- Subsidised public transport ticket and bike leasing
- Regular team events and an annual company offsite

How to apply
Send us your CV and a few lines about a data system you are proud of. We read every
application and reply within two weeks. Our process has three steps: a call with the hiring
manager, a technical conversation about a past project, and a meeting with the team.

Northwind Analytics is an equal opportunity employer. We welcome applicants of every
background, gender identity, sexual orientation, religion, age and disability, and we provide
reasonable accommodations throughout the hiring process.
"""

# Sentences with a known reading of one skill: (text, skill, expected label).
LABELLED: list[tuple[str, str, str]] = [
    ("Requirements:\n- 3+ years of Python", "Python", "req"),
    ("Requirements:\n- Kubernetes is a plus", "Kubernetes", "pref"),
    ("Nice to have:\n- SQL", "SQL", "pref"),
    ("Must have: Python. Nice to have: Kubernetes", "Kubernetes", "pref"),
    ("Must have: Python. Nice to have: Kubernetes", "Python", "req"),
    ("Experience with SQL, Python or Kubernetes is a plus", "Python", "pref"),
    ("Strong SQL skills; Kubernetes preferred", "SQL", "req"),
    ("Strong SQL skills; Kubernetes preferred", "Kubernetes", "pref"),
    ("Bonus points for Kubernetes and Python experience", "Python", "pref"),
    ("Ideally you also know Kubernetes", "Kubernetes", "pref"),
    ("You know SQL well, and Kubernetes would be a plus", "SQL", "req"),
    ("You know SQL well, and Kubernetes would be a plus", "Kubernetes", "pref"),
    ("Python (Kubernetes preferred) and SQL", "SQL", "req"),
    ("Python (Kubernetes preferred) and SQL", "Kubernetes", "pref"),
    ("Preferred qualifications\n- Python", "Python", "pref"),
    ("Minimum qualifications\n- Python", "Python", "req"),
    ("What you bring\n- SQL and Python", "SQL", "req"),
    ("Pluses\n- Kubernetes", "Kubernetes", "pref"),
    ("We use Python daily. Knowledge of Kubernetes is an advantage", "Kubernetes", "pref"),
    ("We use Python daily. Knowledge of Kubernetes is an advantage", "Python", "req"),
    ("Python required, Kubernetes nice to have", "Kubernetes", "pref"),
    ("Python required, Kubernetes nice to have", "Python", "req"),
    ("Familiarity with Kubernetes is desirable", "Kubernetes", "pref"),
    ("Proficiency in SQL is essential", "SQL", "req"),
]


def classification_accuracy() -> float:
    correct = 0
    for text, skill, expected in LABELLED:
        doc = segment(text)
        position = doc.text.find(skill)
        correct += doc.label_at(position) == expected
    return 100.0 * correct / len(LABELLED)


def run() -> dict[str, float]:
    words = len(POSTING_600W.split())
    html = (
        "<html><body><nav><a href='/'>Jobs</a></nav><main>"
        + "".join(f"<p>{line}</p>" for line in POSTING_600W.splitlines())
        + "</main><footer>© Northwind</footer></body></html>"
    )
    return {
        "job_posting_words": float(words),
        "job_parse_600w_p50_ms": median_ms(lambda: parse_job_text(POSTING_600W), 60),
        "job_parse_html_600w_p50_ms": median_ms(lambda: parse_job_html(html), 30),
        "job_req_pref_accuracy_pct": classification_accuracy(),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.2f}")

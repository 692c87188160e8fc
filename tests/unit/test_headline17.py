"""Round 17: the person's headline (``Resume.headline``) — read from the header or the summary's
opening, used by the job-title score, the title suggestion and the tailored file. Synthetic
people and employers only."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import headline as hl
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.report import score_match
from atspro.export.tailor import tailor_resume
from atspro.models import Job, Resume, WorkExperience

TODAY = date(2026, 1, 1)
CONTACTS = "jane.doe@example.org | +1 555 010 0100\n"
BODY = (
    "EXPERIENCE\nClerk, Initech\nJan 2019 - Present\n- Filed weekly reports\n"
    "EDUCATION\nBA in History, Umbrella University, 2018\n"
)


def headline_of(text: str) -> str | None:
    return parse_resume(text, today=TODAY).headline


# ------------------------------------------------------------------- read from the header ---

READ = [
    (
        "a title line under the name",
        "Jane Doe\nSenior Data Analyst\n" + CONTACTS,
        "Senior Data Analyst",
    ),
    (
        "a title line above the name",
        "Senior Data Analyst\nJane Doe\n" + CONTACTS,
        "Senior Data Analyst",
    ),
    ("after the name and a bar", "JANE DOE | Data Analyst\n" + CONTACTS, "Data Analyst"),
    ("before the name", "Payroll Specialist | Jane Doe\n" + CONTACTS, "Payroll Specialist"),
    ("after the name and a dash", "Jane Doe – Project Manager\n" + CONTACTS, "Project Manager"),
    (
        "after the name and a comma",
        "Jane Doe, Payroll Specialist\n" + CONTACTS,
        "Payroll Specialist",
    ),
    ("in brackets after the name", "Jane Doe (Quality Analyst)\n" + CONTACTS, "Quality Analyst"),
    (
        "among the contacts",
        "Jane Doe\njane.doe@example.org | Data Analyst | +1 555 010 0100\n",
        "Data Analyst",
    ),
    ("before the place", "Jane Doe\nData Analyst, Tulsa, OK\n" + CONTACTS, "Data Analyst"),
    ("a template's banner", "Copy Writer Resume\nJane Doe\n" + CONTACTS, "Copy Writer"),
    ("a title with its unit", "Jane Doe\nSr. Consultant, QA\n" + CONTACTS, "Sr. Consultant, QA"),
    (
        "a title and its field",
        "Jane Doe\nDirector of Software Development\n" + CONTACTS,
        "Director of Software Development",
    ),
    (
        "two titles between bars",
        "Jane Doe\nSENIOR PROJECT MANAGER | CONSTRUCTION EXECUTIVE\n" + CONTACTS,
        "SENIOR PROJECT MANAGER | CONSTRUCTION EXECUTIVE",
    ),
]


@pytest.mark.parametrize(("shape", "header", "want"), READ, ids=[r[0] for r in READ])
def test_a_headline_in_the_header_is_read(shape: str, header: str, want: str) -> None:
    assert headline_of(header + BODY) == want


NOT_READ = [
    ("no headline", "Jane Doe\n" + CONTACTS),
    ("a sentence", "Jane Doe\nAnalyst who turns data into decisions for teams.\n" + CONTACTS),
    ("a skill list", "Jane Doe\nPython, SQL, Tableau, Excel\n" + CONTACTS),
    ("a list of fields", "Jane Doe\nPayroll Manager • Personnel Management • Sales\n" + CONTACTS),
    ("a company", "Jane Doe\nGlobex Corporation\n" + CONTACTS),
    ("a place", "Jane Doe\nSpringfield, IL 62704\n" + CONTACTS),
    ("a heading word", "Jane Doe\nVolunteer\n" + CONTACTS),
    ("a search", "Jane Doe\nSeeking Analyst Positions\n" + CONTACTS),
    ("an organisation's unit", "Jane Doe\nOffice of the Dean of Students\n" + CONTACTS),
    ("a licence", "Jane Doe\nDriver licence\n" + CONTACTS),
]


@pytest.mark.parametrize(("shape", "header"), NOT_READ, ids=[r[0] for r in NOT_READ])
def test_no_headline_is_read_from_other_header_lines(shape: str, header: str) -> None:
    assert headline_of(header + BODY) is None


# A job board's export flattened into one line (its punctuation stripped): the name, the
# headline, the town and region, the board's cue, then the summary.
FLAT = [
    (
        "the headline after the name",
        "Jane Roe Cloud Engineer Nagpur Maharashtra Email me on Indeed indeedcomrJaneRoe0a1b2c3d "
        "Builds and runs cloud platforms for retail clients",
        "Cloud Engineer",
    ),
    (
        "the headline first",
        "Lead Database Administrator Pune Maharashtra  Detail-oriented administrator of "
        "large databases with backup and recovery work",
        "Lead Database Administrator",
    ),
    (
        "the summary's opening after the place",
        "Noida Uttar Pradesh  Experienced DevOps Engineer with 2 years of hands on experience "
        "in building and running pipelines for product teams",
        "DevOps Engineer",
    ),
]


@pytest.mark.parametrize(("shape", "line", "want"), FLAT, ids=[r[0] for r in FLAT])
def test_a_job_boards_flattened_header_names_the_headline(shape: str, line: str, want: str) -> None:
    assert hl.from_header([line], "Jane Roe") == want


def test_a_flattened_header_opening_with_a_sentence_names_none() -> None:
    line = (
        "Having 6 years of experience in Oracle DBA Pune Maharashtra  Works on backups and "
        "recovery for banks and insurers across the region"
    )
    assert hl.from_header([line], None) is None
    assert hl.from_header(["Data Analyst Pune Maharashtra"], None) == "Data Analyst"


def test_a_title_over_dates_in_the_header_is_a_role_not_a_headline() -> None:
    text = "Jane Doe\n" + CONTACTS + "Data Analyst\nHooli\n2019 - 2021\n- Built dashboards\n"
    resume = parse_resume(text, today=TODAY)
    assert resume.headline is None


# ------------------------------------------------------------- read from the summary ---

SUMMARY = [
    ("a title first", "Java Developer with 5 years of experience in Spring.", "Java Developer"),
    (
        "praise first",
        "Results-driven Project Manager with 8 years in logistics.",
        "Project Manager",
    ),
    (
        "lower case",
        "A highly organised and competent payroll administrator with 6 years.",
        "payroll administrator",
    ),
    ("a label first", "Profile: Data Engineer who builds pipelines.", "Data Engineer"),
    ("a participle after it", "Backend developer building services in Go.", "Backend developer"),
    (
        "an objective",
        "Seeking a position as a Web Developer at a product company.",
        "Web Developer",
    ),
    (
        "an objective's article",
        "Seeking the position of an Assistant Store Manager to lead a team.",
        "Assistant Store Manager",
    ),
    (
        "a title and its field",
        "Director of Operations with 12 years in retail.",
        "Director of Operations",
    ),
]


@pytest.mark.parametrize(("shape", "sentence", "want"), SUMMARY, ids=[r[0] for r in SUMMARY])
def test_the_summary_opening_names_the_headline(shape: str, sentence: str, want: str) -> None:
    text = "Jane Doe\n" + CONTACTS + "SUMMARY\n" + sentence + " Calm under deadlines.\n" + BODY
    assert headline_of(text) == want


NO_SUMMARY_TITLE = [
    ("a duty", "Managed a team of Software Engineers and testers."),
    ("someone else's title", "Worked with the Project Manager to plan releases."),
    ("a skill list", "Python, SQL and Tableau user with a passion for data."),
    ("a later sentence", "Calm under deadlines. Data Analyst with 5 years."),
    ("people, not a claim", "Trusted by Account Managers across three regions."),
]


@pytest.mark.parametrize(
    ("shape", "sentence"), NO_SUMMARY_TITLE, ids=[r[0] for r in NO_SUMMARY_TITLE]
)
def test_no_headline_from_other_summary_sentences(shape: str, sentence: str) -> None:
    text = "Jane Doe\n" + CONTACTS + "SUMMARY\n" + sentence + "\n" + BODY
    assert headline_of(text) is None


def test_the_header_headline_comes_before_the_summary_title() -> None:
    text = "Jane Doe\nData Analyst\n" + CONTACTS + "SUMMARY\nJava Developer with 5 years.\n" + BODY
    assert headline_of(text) == "Data Analyst"


# ------------------------------------------------------------------ bad input, the model ---


def test_hostile_input_finishes_and_reads_no_headline() -> None:
    long_line = "Senior " * 14_000 + "Engineer"  # 100,000 characters
    lines = [f"Lead Analyst of{' Acme' * 3} {n}" for n in range(5_000)]
    assert hl.from_header([long_line, *lines], "Jane Doe") is None
    assert hl.from_summary([long_line]) is None
    assert hl.from_summary(["Director of " + "Acme " * 20_000]) is None
    parse_resume("Jane Doe\n" + long_line + "\n" + "\n".join(lines), today=TODAY)
    assert hl.read_headline([], [], None) is None


def test_a_stored_resume_without_the_field_still_loads() -> None:
    stored = {"contact": {"full_name": "Jane Doe"}, "summary": None}
    assert Resume.model_validate(stored).headline is None
    assert Resume(headline="Data Analyst").model_dump(mode="json")["headline"] == "Data Analyst"


# ------------------------------------------------------------------------- scoring ---


def _job_title_score(resume: Resume, text: str | None = None) -> float:
    report = score_match(resume, Job(title="Data Analyst"), resume_text=text, today=TODAY)
    return next(c for c in report.components if c.name == "job_title").score


def _clerk(headline: str | None) -> Resume:
    role = WorkExperience(position="Filing Clerk", company="Initech", start="2019-01")
    return Resume(headline=headline, work_experience=[role])


def test_the_headline_moves_the_job_title_component() -> None:
    without, with_ = _job_title_score(_clerk(None)), _job_title_score(_clerk("Data Analyst"))
    assert with_ > without
    assert with_ <= 100 * 0.8  # a claim: no more than the summary's title, below a held role


def test_a_headline_the_reader_cannot_see_does_not_count() -> None:
    visible = "Jane Doe\nEXPERIENCE\nFiling Clerk, Initech\nJan 2019 - Present\n"
    hidden = _job_title_score(_clerk("Data Analyst"), visible)
    assert hidden == _job_title_score(_clerk(None), visible)
    shown = _job_title_score(_clerk("Data Analyst"), "Jane Doe\nData Analyst\n" + visible[9:])
    assert shown > hidden


def test_the_title_suggestion_knows_the_headline() -> None:
    def title_tip(resume: Resume) -> str:
        report = score_match(resume, Job(title="Payroll Specialist"), today=TODAY)
        return next(s.message for s in report.suggestions if "Payroll Specialist" in s.message)

    assert "Add a headline" in title_tip(_clerk(None))
    tip = title_tip(_clerk("Office Clerk"))
    assert '"Office Clerk"' in tip and "Add a headline" not in tip


# -------------------------------------------------------------------------- tailoring ---

TAILOR_JOB = Job(title="Data Analyst", required_skills=["SQL"], preferred_skills=["Python"])
TAILOR_BODY = (
    "EXPERIENCE\nData Analyst, Initech\nJan 2019 - Present\n- Wrote SQL and Python reports\n"
    "SKILLS\nSQL, Python\n"
)


def test_tailoring_keeps_the_persons_headline_and_invents_none() -> None:
    text = "Jane Doe\nBusiness Intelligence Analyst\n" + CONTACTS + TAILOR_BODY
    tailored = tailor_resume(text, parse_resume(text, today=TODAY), TAILOR_JOB)
    assert tailored.changes.headline is None
    assert "Business Intelligence Analyst" in tailored.text.splitlines()


def test_a_stored_resume_without_the_field_keeps_its_headline_too() -> None:
    text = "Jane Doe\nBusiness Intelligence Analyst\n" + CONTACTS + TAILOR_BODY
    stored = parse_resume(text, today=TODAY).model_copy(update={"headline": None})
    assert tailor_resume(text, stored, TAILOR_JOB).changes.headline is None


def test_tailoring_adds_a_headline_only_when_there_is_none() -> None:
    text = "Jane Doe\n" + CONTACTS + TAILOR_BODY
    tailored = tailor_resume(text, parse_resume(text, today=TODAY), TAILOR_JOB)
    assert tailored.changes.headline and tailored.changes.headline.startswith("Data Analyst")

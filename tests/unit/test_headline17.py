"""Round 17: the person's headline (``Resume.headline``) — read from the header or the summary's
opening, used by the job-title score, the title suggestion and the tailored file. Synthetic
people and employers only."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import headline as hl
from atspro.analysis.resume.parser import parse_resume, stored_headline
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
    ("a template's banner", "Graphic Designer Resume\nJane Doe\n" + CONTACTS, "Graphic Designer"),
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
    ("a list of fields", "Jane Doe\nPayroll Clerk • Vendor Relations • Sales\n" + CONTACTS),
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
    # round 17 review: an objective's post is wished for, not held (no headline)
    ("an objective", "Seeking a position as a Web Developer at a product company."),
    ("an objective's article", "Seeking the position of an Assistant Store Manager to lead."),
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
    data = parse_resume(text, today=TODAY).model_dump(mode="json")
    del data["headline"]  # a row stored before the field existed
    stored = Resume.model_validate(data)
    assert tailor_resume(text, stored, TAILOR_JOB).changes.headline is None


def test_tailoring_adds_a_headline_only_when_there_is_none() -> None:
    text = "Jane Doe\n" + CONTACTS + TAILOR_BODY
    tailored = tailor_resume(text, parse_resume(text, today=TODAY), TAILOR_JOB)
    assert tailored.changes.headline and tailored.changes.headline.startswith("Data Analyst")


# ------------------------------------------------ round 17 review: what a headline is ---

CASHIER_BODY = (
    "EXPERIENCE\nCashier, Initech\nJan 2019 - Present\n- Handled the till and weekly counts\n"
)


def test_an_objectives_wished_for_post_is_no_headline_and_scores_nothing() -> None:
    objective = "To obtain a position as a Data Scientist at a growing company."
    text = "Jane Doe\n" + CONTACTS + "OBJECTIVE\n" + objective + "\n" + CASHIER_BODY
    resume = parse_resume(text, today=TODAY)
    assert resume.headline is None
    report = score_match(resume, Job(title="Machine Learning Engineer"), resume_text=text)
    assert next(c for c in report.components if c.name == "job_title").score < 50


WISHED = [
    ("to obtain", "To obtain a role as a Data Scientist in a product team."),
    ("aspiring", "Aspiring Data Scientist with a passion for numbers."),
    ("a post left", "Former Teacher transitioning to data analytics."),
    ("looking for", "Looking for an opening as a Junior Accountant."),
]


@pytest.mark.parametrize(("shape", "sentence"), WISHED, ids=[r[0] for r in WISHED])
def test_no_headline_from_a_post_wished_for_or_left(shape: str, sentence: str) -> None:
    assert hl.from_summary([sentence]) is None


HELD = [
    (
        "a title before the wish",
        "Data Analyst with 5 years of experience seeking a role as a Data Scientist.",
        "Data Analyst",
    ),
    ("working as", "Working as a Payroll Officer at Globex since 2019.", "Payroll Officer"),
    ("in the role of", "Six years in the role of Office Manager at Hooli.", "Office Manager"),
]


@pytest.mark.parametrize(("shape", "sentence", "want"), HELD, ids=[r[0] for r in HELD])
def test_the_post_held_is_still_the_headline(shape: str, sentence: str, want: str) -> None:
    assert hl.from_summary([sentence]) == want


CUT = [
    ("an employer after at", "Software Engineer at Globex", "Software Engineer"),
    ("an employer after a comma", "Founder, Acme Labs", "Founder"),
    ("an employer after of", "CEO of Initech", "CEO"),
    ("a field after of stays", "Director of Engineering", "Director of Engineering"),
    (
        "a subject after of stays",
        "Professor of Information Systems",
        "Professor of Information Systems",
    ),
    ("a unit after a comma stays", "Manager, Operations", "Manager, Operations"),
    ("a post named with member", "Member of Technical Staff", "Member of Technical Staff"),
    ("a crew member", "Crew Member", "Crew Member"),
]


@pytest.mark.parametrize(("shape", "line", "want"), CUT, ids=[r[0] for r in CUT])
def test_the_headline_is_the_title_without_its_employer(shape: str, line: str, want: str) -> None:
    assert headline_of("Jane Doe\n" + line + "\n" + CONTACTS + BODY) == want


NO_CLAIM = [
    ("a membership", "Member, IEEE"),
    ("a society's fellow", "Fellow of the Acme Society"),
    ("a referee's post", "Hiring Manager"),
    ("a reporting line", "Reporting Manager"),
    ("a referee", "Referee"),
    ("a post left", "Former Teacher transitioning to Data Analytics"),
    ("a post wished for", "Aspiring Data Scientist"),
]


@pytest.mark.parametrize(("shape", "line"), NO_CLAIM, ids=[r[0] for r in NO_CLAIM])
def test_no_headline_from_lines_that_claim_no_post(shape: str, line: str) -> None:
    assert headline_of("Jane Doe\n" + line + "\n" + CONTACTS + BODY) is None


def test_a_role_line_with_its_dates_below_the_duties_is_no_headline() -> None:
    text = (
        "Jane Doe\njane.doe@example.org\nWarehouse Supervisor\nGlobex Inc\n"
        "Managed a team of 12 pickers\nMar 2017 - Dec 2020\n"
    )
    assert headline_of(text) is None
    # the contacts between a headline and a role's dates keep it the header's
    text = "Jane Doe\nData Analyst\njane.doe@example.org\n+1 555 010 0100\nHooli\nAnalyst\n2019 - 2021\n"
    assert headline_of(text) == "Data Analyst"


def test_hostile_header_lines_under_a_title_finish() -> None:
    lines = ["Jane Doe", "Data Analyst", *(["Managed a team of pickers " * 40] * 5_000)]
    hl.from_header(lines, "Jane Doe", lines)  # it must finish
    assert hl.from_summary(["Seeking " * 20_000]) is None


# ---------------------------------------------------- round 17 review: the title advice ---


def _tips(resume: Resume, title: str) -> list[tuple[str, str | None]]:
    report = score_match(resume, Job(title=title), today=TODAY)
    return [(s.message, s.where) for s in report.suggestions if s.category == "job_title"]


def test_no_title_advice_when_the_headline_holds_the_title() -> None:
    for headline, title in [
        ("Data Analyst", "Senior Data Analyst"),
        ("Software Engineer at Globex", "Software Engineer"),
    ]:
        tips = _tips(_clerk(headline), title)
        assert tips == []
        assert not any(f"| {headline}" in m for m, _ in tips)


def test_the_title_advice_names_where_the_headline_stands() -> None:
    top = _tips(_clerk("Office Clerk"), "Payroll Specialist")
    assert top and "at the top" in top[0][0] and top[0][1] == "Headline"
    summary = "Office clerk with 6 years of filing and records work."
    resume = _clerk(hl.from_summary([summary])).model_copy(update={"summary": summary})
    assert resume.headline == "Office clerk"
    tips = _tips(resume, "Payroll Specialist")
    assert tips and "at the top" not in tips[0][0] and "summary" in tips[0][0]
    assert tips[0][1] == "Summary"


# ------------------------------------- round 17 review: stored resumes read it the same ---


def test_a_stored_resume_reads_the_same_headline_for_scoring_and_tailoring() -> None:
    from atspro.services.matching import resume_from_row

    text = "Jane Doe\nBusiness Intelligence Analyst\n" + CONTACTS + TAILOR_BODY
    data = parse_resume(text, today=TODAY).model_dump(mode="json")
    del data["headline"]  # stored before the field existed
    row = {"processed_data": data, "raw_text": text}
    assert resume_from_row(row).headline == "Business Intelligence Analyst"
    assert stored_headline(Resume.model_validate(data), text) == resume_from_row(row).headline
    # a resume read this round keeps what its reader found, none included
    read = {**data, "headline": None}
    assert resume_from_row({"processed_data": read, "raw_text": text}).headline is None
    assert stored_headline(Resume.model_validate(data), None) is None
    assert stored_headline(Resume.model_validate(data), "\x00 \n") is None  # unreadable


# ------------------------------------------ round 17 review: the eval counts it once ---


def test_the_eval_adds_a_headline_a_role_title_already_matches_once() -> None:
    from bench.eval.common import PR
    from bench.eval.resumes import _score_headline

    counts: dict[str, PR] = {}
    pred = {"titles": [["Senior Data Analyst"]], "headline": [["Data Analyst"]]}
    _score_headline(pred, ["Senior Data Analyst"], counts)
    with_headline = counts["titles_with_headline"]
    assert (with_headline.tp_pred, with_headline.n_pred) == (1, 1)  # the title, once

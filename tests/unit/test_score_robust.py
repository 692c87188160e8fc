"""Failure classes from ranking a resume against its minimally edited twin (RJDB, train half).

Each test is synthetic and fails without the fix it names.
"""

from __future__ import annotations

from atspro.analysis.scoring.negation import mask_negated
from atspro.analysis.scoring.report import score_match
from atspro.analysis.scoring.roles import roles_from_text
from atspro.models import Job, Resume, WorkExperience
from tests.unit.score_helpers import TODAY

ONE_LINE_ROLES = """Sam Reyes
sam@example.com

## Experience
- Help Desk Administrator (2016 - 2021)
1. Worked as a Field Technician (2012 - 2016): Fixed printers and laptops
"""


def _component(report, name):
    return next(c for c in report.components if c.name == name)


def test_one_line_roles_are_read_when_the_parser_found_none() -> None:
    roles = roles_from_text(ONE_LINE_ROLES)
    assert [(r.position, r.start, r.end) for r in roles] == [
        ("Help Desk Administrator", "2016", "2021"),
        ("Field Technician", "2012", "2016"),
    ]
    assert roles[1].bullets == ["Fixed printers and laptops"]
    job = Job(title="Help Desk Administrator", min_years_experience=3)
    report = score_match(Resume(), job, resume_text=ONE_LINE_ROLES, today=TODAY)
    assert _component(report, "job_title").score >= 90
    assert _component(report, "experience").matched  # 5+ years seen, not "unknown"


def test_role_lines_with_between_and_lead_ins_are_read() -> None:
    text = "Experience\n* Worked as a Market Analyst between 2012 and 2017\n* Previously employed as a Tire Fitter from 2008 to 2012."
    assert [(r.position, r.start, r.end, r.bullets) for r in roles_from_text(text)] == [
        ("Market Analyst", "2012", "2017", []),
        ("Tire Fitter", "2008", "2012", []),
    ]


def test_fewer_years_in_the_same_role_score_lower_even_above_the_minimum() -> None:
    job = Job(title="Help Desk Administrator", min_years_experience=3)
    longer = score_match(Resume(), job, resume_text=ONE_LINE_ROLES, today=TODAY).score
    shorter_text = ONE_LINE_ROLES.replace("(2016 - 2021)", "(2016 - 2020)")
    shorter = score_match(Resume(), job, resume_text=shorter_text, today=TODAY).score
    assert shorter < longer


def test_a_role_header_the_parser_filed_under_company_still_names_the_title() -> None:
    text = "Experience\nMillwrights at Acme Machinery (2013 - 2018)\n- Aligned conveyors"
    resume = Resume(
        work_experience=[
            WorkExperience(
                company="Millwrights at Acme Machinery",
                start="2013",
                end="2018",
                bullets=["Aligned conveyors"],
            )
        ]
    )
    report = score_match(resume, Job(title="Millwright"), resume_text=text, today=TODAY)
    assert _component(report, "job_title").score >= 90


def test_slash_joined_and_plural_titles_match() -> None:
    text = "Experience\nIT Compliance Analyst/Manager, Acme (2018 - 2021)\n- Ran SOX audits"
    resume = Resume(
        work_experience=[
            WorkExperience(
                company="IT Compliance Analyst/Manager, Acme", bullets=["Ran SOX audits"]
            )
        ]
    )
    job = Job(title="IT Compliance Analyst Manager")
    assert (
        _component(score_match(resume, job, resume_text=text, today=TODAY), "job_title").score >= 90
    )
    plural = Job(title="Survey Researchers")
    text2 = "Experience\nSurvey Researcher, Poll Co (2013 - 2016)"
    resume2 = Resume(work_experience=[WorkExperience(company="Survey Researcher, Poll Co")])
    assert (
        _component(score_match(resume2, plural, resume_text=text2, today=TODAY), "job_title").score
        >= 90
    )


def test_a_related_skill_earns_partial_credit_shown_as_such() -> None:
    text = "Skills\nOracle\nExperience\nDBA, Acme (2015 - 2019)\n- Tuned Oracle for 40 hospitals"
    resume = Resume(
        work_experience=[WorkExperience(position="DBA", bullets=["Tuned Oracle for 40 hospitals"])]
    )
    hard = _component(
        score_match(
            resume, Job(required_skills=["Oracle Database"]), resume_text=text, today=TODAY
        ),
        "hard_skills",
    )
    assert hard.missing == ["Oracle Database"] and 0 < hard.score < 50
    assert "partial credit" in hard.detail


def test_undated_lines_under_a_role_line_are_its_bullets() -> None:
    text = (
        "Experience\n- Spark Developer (2011 - 2016)\nLed a team of 6 on Spark.\n- Built ETL jobs\n"
    )
    (role,) = roles_from_text(text)
    assert role.bullets == ["Led a team of 6 on Spark.", "Built ETL jobs"]


def test_titles_written_after_their_dates_are_read() -> None:
    text = "Experience\n* 2013 - 2017 as a Lead Mobile Developer. Led 4 engineers.\n• 2010 - 2013, Usher: seated guests"
    assert [(r.position, r.bullets) for r in roles_from_text(text)] == [
        ("Lead Mobile Developer", ["Led 4 engineers"]),
        ("Usher", ["seated guests"]),
    ]


def test_a_line_with_only_a_start_year_is_a_role() -> None:
    text = "Experience\n• 2018 - Claims Processing Clerk: processed 40 claims a day\n"
    (role,) = roles_from_text(text)
    assert (role.position, role.start, role.end, role.bullets) == (
        "Claims Processing Clerk",
        "2018",
        None,
        ["processed 40 claims a day"],
    )


# A parser that reads some one-line roles and not others (here: a stub that reads only the
# second line, as the resume parser did with "X and Y workers (2017 - 2021)" titles).
MIXED_ROLE_LINES = """Ana Ruiz
ana@example.com

## Skills
- Route planning

## Experience
- Heavy and light truck drivers (2017 - 2023)
- Mechanical door repairers (2013 - 2017)
"""
PARSED_SECOND_ONLY = Resume(
    work_experience=[WorkExperience(position="Mechanical door repairers", start="2013", end="2017")]
)


def test_role_lines_the_parser_missed_are_added_to_the_ones_it_read() -> None:
    job = Job(title="Heavy and Light Truck Drivers", min_years_experience=8)
    report = score_match(PARSED_SECOND_ONLY, job, resume_text=MIXED_ROLE_LINES, today=TODAY)
    assert _component(report, "job_title").score >= 90
    assert _component(report, "experience").matched  # 10 years, not the parsed role's 4
    shorter = MIXED_ROLE_LINES.replace("(2017 - 2023)", "(2017 - 2018)")
    assert score_match(PARSED_SECOND_ONLY, job, resume_text=shorter, today=TODAY).score < (
        report.score
    )


def test_a_role_line_the_parser_read_is_not_added_twice() -> None:
    from atspro.analysis.scoring.roles import missed_roles

    both = [
        WorkExperience(position="Heavy and light truck drivers", start="2017-03", end="2023"),
        *PARSED_SECOND_ONLY.work_experience,
    ]
    assert missed_roles(both, MIXED_ROLE_LINES) == []
    (added,) = missed_roles(PARSED_SECOND_ONLY.work_experience, MIXED_ROLE_LINES)
    assert (added.position, added.start, added.end) == (
        "Heavy and light truck drivers",
        "2017",
        "2023",
    )


def test_a_skill_in_an_experience_line_counts_as_shown_however_the_parser_split_it() -> None:
    text = "Experience\nForest Conservation & Logging – kept trails safe (2010 - 2015)\n"
    # the parser filed the header under company and the rest as the title: no bullet holds it
    resume = Resume(
        work_experience=[
            WorkExperience(
                position="kept trails safe", company="Forest Conservation & Logging", start="2010"
            )
        ]
    )
    hard = _component(
        score_match(resume, Job(required_skills=["Logging"]), resume_text=text, today=TODAY),
        "hard_skills",
    )
    assert hard.score == 100 and "not shown in a bullet" not in hard.detail


def test_a_skill_named_only_to_say_it_was_not_used_earns_nothing() -> None:
    job = Job(required_skills=["Angular", "AJAX"], keywords=[])
    used = "Experience\nUI Lead Developer (2015 - 2018)\n- Built the portal with Angular and AJAX\n"
    not_used = used.replace("with Angular and AJAX", "without Angular and AJAX")
    scores = [score_match(Resume(), job, resume_text=t, today=TODAY) for t in (used, not_used)]
    assert _component(scores[0], "hard_skills").score == 100
    assert _component(scores[1], "hard_skills").matched == []
    # a negation does not reach past a new phrase: "without downtime using Kubernetes"
    k8s = "Experience\nSRE (2019 - 2024)\n- Shipped 40 releases without downtime using Kubernetes\n"
    hard = _component(
        score_match(Resume(), Job(required_skills=["Kubernetes"]), resume_text=k8s, today=TODAY),
        "hard_skills",
    )
    assert hard.matched == ["Kubernetes"]
    # "Except" inside an occupation's name is no negation of what follows
    title = "Interviewers, Except Eligibility and Loan"
    assert (
        mask_negated(f"Experience\n{title} (2019 - 2024)") == f"Experience\n{title} (2019 - 2024)"
    )


def test_one_lone_skill_weighs_less_than_a_posting_full_of_skills() -> None:
    text = "Experience\nDriver (2015 - 2024)\n- Drove 300 routes\n"
    lone = score_match(
        Resume(), Job(title="Driver", required_skills=["Welding"]), resume_text=text, today=TODAY
    )
    two = score_match(
        Resume(),
        Job(title="Driver", required_skills=["Welding", "Forklift"]),
        resume_text=text,
        today=TODAY,
    )
    lone_hard, two_hard = _component(lone, "hard_skills"), _component(two, "hard_skills")
    assert lone_hard.score == two_hard.score == 0
    assert 0 < lone_hard.weight < two_hard.weight
    assert "few skills" in lone_hard.detail and "few skills" not in two_hard.detail
    assert lone.score > two.score  # the title it matches carries more of the lone-skill posting
    assert abs(lone.score - sum(c.weight * c.score for c in lone.components) / 100) < 0.1


def test_a_one_word_skill_written_in_another_form_earns_partial_credit() -> None:
    text = "Experience\nPlanner (2015 - 2024)\n- Planned logistical support for 30 depots\n"
    hard = _component(
        score_match(Resume(), Job(required_skills=["Logistics"]), resume_text=text, today=TODAY),
        "hard_skills",
    )
    assert hard.missing == ["Logistics"] and 0 < hard.score < 50
    assert "partial credit" in hard.detail


def test_labelled_and_wordy_date_ranges_are_read() -> None:
    text = (
        "Experience\n- Astronomer, Organization: Star Lab, From: 2017 To: 2020\n"
        "Worked as a Java Developer in Leeds from the year of 2012 up to 2016. Built 3 portals.\n"
    )
    assert [(r.position, r.start, r.end) for r in roles_from_text(text)] == [
        ("Astronomer, Organization: Star Lab", "2017", "2020"),
        ("Java Developer in Leeds", "2012", "2016"),
    ]

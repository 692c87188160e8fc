"""Skills read in prose, round 7 (issue 14): words the taxonomy read in their everyday sense.
One synthetic case per class; each fails on the index and code before the fix. Employers,
projects and people are made up."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index


def found(text: str) -> set[str]:
    return {h.name for h in get_index().find(text)}


# ------------------------------------------------- a soft or everyday word, claimed only in a list
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ensured compliance with the funding rules of the trust.", "Regulatory compliance"),
        ("Managed a statewide reading initiative for rural schools.", "Initiative"),
        ("Introduced proactive measures against phishing.", "Initiative"),
        ("Worked in close collaboration with the design office.", "Teamwork"),
        ("Provided consultation with clients on their floor plans.", "Consultation"),
        ("Checked the integrity of the nightly backups.", "Integrity"),
        ("Ran the recruitment of new volunteers for the fair.", "Recruiting"),
        ("Led weekly spelling games for the second grade.", "Spelling"),
        ("Kept a reliable link between the two warehouses.", "Dependability"),
        ("Lecturer at the Institute of Information Technology, Elmvale", "Computer technology"),
    ],
)
def test_an_everyday_word_in_a_sentence_is_no_skill(text: str, name: str) -> None:
    assert name not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skills: Compliance, Auditing, Payroll", "Regulatory compliance"),
        ("Strengths: Initiative, Integrity, Patience", "Initiative"),
        ("Strengths: Initiative, Integrity, Patience", "Integrity"),
        ("Proactive, punctual and calm under pressure.", "Initiative"),
        ("Took the initiative to rebuild the stock database.", "Initiative"),
        ("Strong collaboration skills and a proactive attitude.", "Teamwork"),
        ("Strong collaboration skills and a proactive attitude.", "Initiative"),
        ("Consultation, Litigation, Contract management", "Consultation"),
        ("Ensured regulatory compliance of the labs.", "Regulatory compliance"),
        ("Nine years of experience in information technology, mostly banks", "Computer technology"),
    ],
)
def test_the_same_word_as_a_list_item_or_a_set_phrase_is_read(text: str, name: str) -> None:
    assert name in found(text)


# ------------------------------------------------- communication between machines
@pytest.mark.parametrize(
    "text",
    [
        "Installed the communication equipment of the depot.",
        "Designed communication protocols for the sensor boards.",
        "B.Tech in Electronics & Communication Engineering",
        "Set up client server communication over TCP.",
    ],
)
def test_machine_communication_is_not_the_soft_skill(text: str) -> None:
    assert "Communication" not in found(text)


def test_communication_skills_are_still_read() -> None:
    assert "Communication" in found("Excellent communication skills with parents and staff.")


# ------------------------------------------------- spellings another product or a job owns
def test_soap_web_services_are_not_amazon_web_services() -> None:
    names = found("Integrated the billing system through SOAP Web Services.")
    assert "AWS" not in names
    assert "Web services" in names
    assert "AWS" in found("Hosted the shop on Amazon Web Services.")


def test_vpc_beside_nexus_switches_is_cisco_virtual_port_channel() -> None:
    names = found("Configured VPC and HSRP on the Nexus 7K switches.")
    assert "Amazon VPC" not in names
    assert "Virtual port channel" in names
    assert "Amazon VPC" in found("Created a VPC with private subnets for the EC2 hosts.")


def test_sql_developer_in_a_sentence_is_the_job_not_oracle_tool() -> None:
    assert "SQL Developer" not in found("Worked as a SQL Developer at Harrow Mills.")
    assert "SQL Developer" in found("Tools: Toad, SQL Developer, Git")
    assert "SQL Developer" in found("Queried the schema in Oracle SQL Developer.")


def test_the_known_skill_inside_a_job_read_phrase_is_still_read() -> None:
    # the job, not the tool; but the job names the language it is written in
    assert "SQL" in found("Worked as a SQL Developer at Harrow Mills.")


def test_the_law_degree_ll_m_is_no_large_language_model() -> None:
    assert "Large language models" not in found("Guided tours for L.L.M. students.")
    assert "Large language models" in found("Built an LLM assistant for the help desk.")


def test_collaborative_filtering_is_no_teamwork() -> None:
    names = found("Recommender built with collaborative filtering on ratings.")
    assert "Teamwork" not in names
    assert "Collaborative filtering" in names


# ------------------------------------------------- a gap of two spaces parts a phrase
def test_a_two_space_gap_parts_a_phrase() -> None:
    """Text with its commas dropped ("Installation  Maintenance") or a column gap: the words on
    either side are no one phrase."""
    assert "Time reporting" not in found("Tuned the jobs from time to time  Reporting to the CIO")
    assert "Time reporting" in found("Owned time reporting for the crew.")


# ------------------------------------------------- a subject studied is no skill claimed
def test_a_minor_or_subject_on_an_education_line_is_no_skill() -> None:
    r = parse_resume(
        "Jordan Vale\njordan@example.org\nEXPERIENCE\nAnalyst, Quillmoor Freight Ltd\n"
        "Jan 2019 - Present\nBuilt pricing models in Python; taught Mathematics to new hires.\n"
        "EDUCATION\nB.A. in History, Minor in Physics, concentration in Computer Science\n"
        "Fernbrook College, 2018\n",
        today=date(2026, 1, 1),
    )
    names = {s.name for s in r.skills}
    assert not names & {"Physics", "Computer science"}
    assert {"Python", "Mathematics"} <= names  # named where the work is described


def test_a_paper_title_names_a_topic_not_a_skill() -> None:
    r = parse_resume(
        "Robin Ashdale\nrobin@example.org\nEXPERIENCE\nLecturer, Fernbrook College\n"
        "Sep 2015 - Present\nTaught data modelling with SQL.\nPUBLICATIONS\n"
        'Ashdale, R. (2019). "Effective Change Management in Small Colleges." Journal of '
        "Campus Operations, 4(2).\n"
        'Ashdale, R. (2021). "Grading essays with Python." Teaching Notes, 7.\n',
        today=date(2026, 1, 1),
    )
    names = {s.name for s in r.skills}
    assert "Change management" not in names
    assert {"SQL", "Python"} <= names  # a named technology stays, even in a title


# ------------------------------------------------- a list whose commas were lost
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Can program in C C++ C# and Assembly.", "C"),
        ("Basic in R SPSS SQL Tableau", "R"),
    ],
)
def test_a_one_letter_language_between_named_tools_is_read(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize("text", ["Got a grade C in Maths and Python.", "Plan R for the Java team"])
def test_a_one_letter_word_beside_no_tool_is_still_no_language(text: str) -> None:
    assert not found(text) & {"C", "R"}


def test_a_pastime_under_interests_is_no_job_skill() -> None:
    r = parse_resume(
        "Sam Orrin\nsam@example.org\nEXPERIENCE\nTeam Lead, Pellow Logistics\n"
        "Mar 2018 - Present\nLed a team of six; built dashboards in Tableau.\n"
        "INTERESTS\nTennis, football and the stock market; leadership of a youth club; Python.\n",
        today=date(2026, 1, 1),
    )
    names = {s.name for s in r.skills}
    assert not names & {"Tennis", "Football", "Stock market"}
    assert {"Tableau", "Python"} <= names  # a named technology stays, even as a hobby

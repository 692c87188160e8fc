"""Education, fifth round (issue 14): schools named without a school word, label lines, degree
words that name something else, and the resume's highest degree (synthetic resumes only)."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.score import education_level
from atspro.models import EducationLevel, Resume

TODAY = date(2026, 1, 1)
HEAD = (
    "Jane Roe\njane.roe@example.com\n+1 555 123 4567\n\n"
    "EXPERIENCE\nData Analyst, Acme Corp\n2019 - Present\n- Built weekly reports\n\n"
)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def schools(lines: str) -> list[tuple[str | None, str | None]]:
    return [(e.degree, e.institution) for e in parse_education(lines.splitlines())]


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("B.Sc. in Chemistry, Loyola, 2004", "Loyola"),
        (
            "BA History and Business Studies, Oxford Brookes, 1999 – 2002",
            "Oxford Brookes",
        ),
        ("MSc, Riverbend, 2006 - 2007", "Riverbend"),
        ("B.Sc., Loyola, 2004", "Loyola"),
    ],
)
def test_a_dated_degree_lines_school_needs_no_school_word(line: str, school: str) -> None:
    assert [s for _, s in schools(line)] == [school]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("BA, Anthropology, 2001", "Anthropology"),
        ("BFA, Theatre, 2004", "Theatre"),
        ("BA, History, Loyola, 2004", "History"),
    ],
)
def test_a_field_alone_after_the_comma_stays_the_field(line: str, field: str) -> None:
    assert [e.field for e in parse_education([line])] == [field]


@pytest.mark.parametrize(
    "line",
    [
        "BSc, Computer Science, 2004",  # a field
        "BA (Hons), Upper Second, 2001",  # a grade
        "MBA, Part-time, 2012",  # a study mode
        "B.Com, Riverton Punjab, 2009",  # a town before its region
        "BS, Boston, 2010",  # a town
        "MA, Teaching Assistant, 2015",  # a job title
        "BSc Physics, Loyola",  # no date: not a degree line's slot
        "BA, Magna Cum Laude, 2003",
    ],
)
def test_what_stands_in_the_slot_but_is_no_school(line: str) -> None:
    assert [s for _, s in schools(line)] == [None]


def test_a_qualification_label_line_names_the_degree() -> None:
    r = parse(
        "Jane Roe\njane.roe@example.com\nQualification: Degree in Engineering (Mining)\n"
        "Date of Birth: 12/03/1970\n\nEXPERIENCE\nPlant Engineer, Acme Foundry\n2001 - Present\n"
        "- Ran the melt shop\n"
    )
    assert [(e.degree, e.field, e.level) for e in r.education] == [
        ("Degree", "Engineering", EducationLevel.BACHELOR)
    ]


def test_degree_in_a_field_is_a_degree_but_not_after_another_word() -> None:
    assert find_degree("Degree in Law Science") is not None
    # "Technical Degree in IT" is a vocational (associate) degree since round 7, not "Degree"
    found = find_degree("Two-year Technical Degree in IT")
    assert found and found[0] == "Technical Degree"
    assert find_degree("Honours Degree in IT") is None
    assert find_degree("a degree in physics") is None


@pytest.mark.parametrize(
    "text",
    [
        "Masters Thesis",
        "Bachelor thesis on a new business concept",
        "MSc dissertation: x",
        "Masters Research Project: what students learn",
        "Doctoral Students in Public Health",
    ],
)
def test_a_thesis_or_project_named_after_a_degree_is_no_degree(text: str) -> None:
    assert find_degree(text) is None


def test_master_of_stops_at_the_school_the_words_run_into() -> None:
    assert schools("Master of Computer Applications AKTU June 2011") == [
        ("Master of Computer Applications", "AKTU")
    ]
    found = find_degree("MASTER OF BUSINESS ADMINISTRATION")
    assert found and found[0] == "MASTER OF BUSINESS ADMINISTRATION"


def test_a_school_typed_in_lower_case_after_its_name() -> None:
    assert schools(
        "Masters in Structural Engineering\n"
        "Veerapuram institute of science and technology  Ongole Andhra Pradesh\n2016 to 2018"
    ) == [("Masters", "Veerapuram institute of science and technology")]


def test_a_wrapped_field_before_the_school_is_cut() -> None:
    assert schools(
        "Diploma in Computer Science\nEngineering in Greenfield Rao Polytechnic Riverton\n"
        "June 2016 to April 2019"
    ) == [("Diploma", "Greenfield Rao Polytechnic Riverton")]


def test_the_highest_degree_wins_whatever_the_order() -> None:
    r = parse(
        HEAD + "EDUCATION\nB.Tech in Mechanical Engineering, Lakeside University, 2010\n"
        "Ph.D. in Materials Science, Northfield University, 2016\n"
        "M.Tech, Riverside Institute of Technology, 2012\n"
    )
    assert education_level(r) == EducationLevel.DOCTORATE
    # someone else's doctorate in a role's bullets, a thesis heading: no doctorate of one's own
    r = parse(
        "Jane Roe\njane.roe@example.com\n\nEXPERIENCE\nResearch Assistant, Lakeside Clinic\n"
        "2012 - 2014\n- Scored questionnaires under the supervision of Sam Poe, Ph.D.\n\n"
        "PROJECTS\nMasters Thesis\nLow-power sensor design\n\n"
        "EDUCATION\nB.Sc. in Psychology, Lakeside University, 2012\n"
    )
    assert education_level(r) == EducationLevel.BACHELOR


def test_a_teachers_training_institute_is_a_school() -> None:
    assert schools(
        "Master's Degree in Music Education from Music Teacher's Training Institute, "
        "Lakeside, Illinois - 2009"
    ) == [("Master's Degree", "Music Teacher's Training Institute")]
    # a teaching post is still no school
    assert [s for _, s in schools("High School English Teacher, 2009")] == [None]


def test_intermediate_starting_a_school_line_is_the_certificate() -> None:
    assert schools(
        "Diploma in Computer Science\nJuly 2011 to July 2014\n"
        "intermediate Kendriya Vidyalaya No 2  Riverton Haryana\nJuly 2009 to March 2011"
    )[-1] == ("intermediate", "Kendriya Vidyalaya No 2")
    assert find_degree("intermediate level of French") is None


def test_degrees_above_the_first_role_in_experience_are_education() -> None:
    # a two-column layout: the Education heading's column read after "EXPERIENCE"
    r = parse(
        "Jane Roe\njane.roe@example.com\n\nEDUCATION\nCLINICAL\nEXPERIENCE\n"
        "Master of Arts, Clinical Psychology, Lakeside University\nMay 2015\n"
        "Bachelor of Science, Psychology, Lakeside University\nMay 2013\n"
        "Clinical Intern,\nJanuary 2013 - September 2013\nHillside Counseling Center, Riverton, MD\n"
        "- Observed therapy sessions\n"
    )
    assert [(e.degree, e.graduation_date) for e in r.education] == [
        ("Master of Arts", "2015-05"),
        ("Bachelor of Science", "2013-05"),
    ]
    assert [w.position for w in r.work_experience] == ["Clinical Intern"]


def test_a_degree_without_its_school_inside_a_header_education_block_is_kept() -> None:
    r = parse(
        "Jane Roe\njane.roe@example.com\n+1 555 123 4567\n"
        "Master of Science in Early Childhood Education\nMay 2007\nLakeside University, Riverton, Maryland\n"
        "Master of Education in School Counseling\nMaster of Arts in Career Guidance\n"
        "Hillcrest University, Springfield, Ohio\n"
        "Bachelor of Arts in Social Sciences\nLakeside University, Riverton, Maryland\n\n"
        "PROFESSIONAL EXPERIENCE\nSpecial Education Teacher\nRiverton High School\n2008 - Present\n"
        "- Adapt the curriculum\n"
    )
    assert [e.degree for e in r.education] == [
        "Master of Science",
        "Master of Education",
        "Master of Arts",
        "Bachelor of Arts",
    ]

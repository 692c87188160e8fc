"""Degree spellings and one-line education entries (issue 14, round 3): synthetic resumes.

South Asian resumes write degrees "Btech", "B.E", "BSC", "BE in ECE" and list the school-leaving
certificates ("HSC", "SSC", "12th", "Class XII"); punctuation-stripped exports put the degree,
the field and the school on one line, or several degrees on one line.
"""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel, Resume

TODAY = date(2026, 1, 1)
B, M, D, HS = (
    EducationLevel.BACHELOR,
    EducationLevel.MASTER,
    EducationLevel.DOCTORATE,
    EducationLevel.HIGH_SCHOOL,
)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "degree", "level"),
    [
        ("B.E Northfield University, 2012", "B.E", B),
        ("BE Northfield University", "BE", B),
        ("BE in ECE", "BE", B),
        ("BE. Computer Engineering", "BE", B),
        ("M.ED, Science Education", "M.ED", M),
        ("Btech in Computer Science", "Btech", B),
        ("B Tech in Civil Engineering", "B Tech", B),
        ("B.TECH (Electronics)", "B.TECH", B),
        ("BSC in IT", "BSC", B),
        ("Bcom from Lakeside College", "Bcom", B),
        ("MSC Information Technology", "MSC", M),
        ("M.E in Thermal Engineering", "M.E", M),
        ("PGDM in Marketing", "PGDM", M),
        ("Graduate in Commerce, Lakeside College", "Graduate", B),
        ("Post graduate in Commerce", "Post graduate", M),
        ("Ph. D in Physics", "Ph. D", D),
        ("Ed. D, Curriculum Studies", "Ed. D", D),
        ("HSC State Board 2008", "HSC", HS),
        ("S.S.L.C, State Board", "S.S.L.C", HS),
        ("12th from State Board", "12th", HS),
        ("Class XII, Central Board", "Class XII", HS),
        ("Intermediate in MPC", "Intermediate", HS),
        ("Higher Secondary12th Pass in Geography", "Higher Secondary12th Pass", HS),
    ],
)
def test_degree_spellings(text: str, degree: str, level: EducationLevel) -> None:
    found = find_degree(text)
    assert found is not None and found[:2] == (degree, level)


@pytest.mark.parametrize(
    "text",
    [
        "TO BE THE BEST IN CLASS",
        "CONTACT ME Now",
        "Python (Intermediate)",
        "Intermediate level of German",
        "Store on 10th Street",
        "Graduate in 2010",
        "Eastfield Matriculation Higher Secondary School",
    ],
)
def test_words_that_are_no_degree(text: str) -> None:
    assert find_degree(text) is None


def test_degree_field_and_school_on_one_line_without_separators() -> None:
    r = parse(
        "Ravi Kumar\nravi@example.org\nEducation\n"
        "BTech in ECE Northfield Dayanand University 2011\n"
        "BSc in Computer Science University of Eastland 2008\n"
        "MBA Westbrook Deemed University 2014\n"
    )
    got = [(e.degree, e.field, e.institution, e.graduation_date) for e in r.education]
    assert got == [
        ("BTech", "ECE", "Northfield Dayanand University", "2011"),
        ("BSc", "Computer Science", "University of Eastland", "2008"),
        ("MBA", None, "Westbrook Deemed University", "2014"),
    ]


def test_a_school_named_with_field_words_keeps_them() -> None:
    r = parse(
        "Ravi Kumar\nravi@example.org\nEducation\nBSc Arts and Science College Eastland 2008\n"
    )
    assert [(e.degree, e.institution) for e in r.education] == [
        ("BSc", "Arts and Science College Eastland")
    ]


def test_several_degrees_on_one_line_are_several_entries() -> None:
    r = parse(
        "Ravi Kumar\nravi@example.org\nEducation\n"
        "BSC in IT University of Eastland HSC Eastland State Board SSC in English Eastland "
        "State Board\nSkills\nPython\n"
    )
    assert [(e.degree, e.level) for e in r.education] == [("BSC", B), ("HSC", HS), ("SSC", HS)]
    assert r.education[0].institution == "University of Eastland"


def test_a_state_code_after_the_school_is_no_second_degree() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n"
        "Bachelor of Arts, Hillcrest College, Baltimore, MD\nHonors and Awards\nDean's list\n"
    )
    assert [e.degree for e in r.education] == ["Bachelor of Arts"]


def test_degree_above_its_school_after_a_dated_school_line() -> None:
    r = parse(
        "Ravi Kumar\nravi@example.org\nEducation\n"
        "MBA Westbrook Deemed University 2014\n"
        "St Anne Public School 2005\n"
        "BTECH in Electronics\nNorthfield Dayanand University\n"
    )
    got = [(e.degree, e.institution) for e in r.education]
    assert got == [
        ("MBA", "Westbrook Deemed University"),
        (None, "St Anne Public School"),
        ("BTECH", "Northfield Dayanand University"),
    ]


def test_a_field_already_in_the_degree_is_not_repeated() -> None:
    r = parse(
        "Ravi Kumar\nravi@example.org\nEducation\n"
        "Master of Business Administration in Business Administration\nNorthfield Institute of "
        "Technology\n2017 to 2020\n"
    )
    assert [(e.degree, e.field) for e in r.education] == [
        ("Master of Business Administration", None)
    ]


def test_a_place_in_the_school_name_is_not_cut_out_of_it() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n"
        "PhD Public Administration, University of New York, NY (2000)\n"
        "B.E. (Electronics and Communication), Karnataka University, India.\n"
    )
    assert [(e.degree, e.institution) for e in r.education] == [
        ("PhD", "University of New York"),
        ("B.E.", "Karnataka University"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "school"),
    [
        ("Bachelor of Science, University of", "Eastland, 2004", "University of Eastland"),
        ("Bachelor of Science, The University", "of Eastland, 2004", "The University of Eastland"),
        ("1996 – 2000: Bachelor of Science, Eastland Technological", "University", None),
    ],
)
def test_a_school_name_wrapped_onto_the_next_line(first: str, second: str, school: str) -> None:
    r = parse(f"Nora Vale\nnora@example.org\nEducation\n{first}\n{second}\n")
    want = school or "Eastland Technological University"
    assert [(e.degree, e.institution) for e in r.education] == [("Bachelor of Science", want)]


def test_projects_at_the_same_schools_are_no_education_entries() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n2004 - 2005\nEastland University\n"
        "Master of Software Engineering\n1998 - 2002\nWestbrook University\n"
        "Bachelor of Science in Physics\nSelect Projects\nEastland University\n2014\n"
        "A stochastic model of queues (Working Paper). Wrote a working paper that sets out a "
        "method for bounding queue lengths.\nWestbrook University\n2011\nA distributed "
        "banking system. Designed and implemented a replicated banking service.\n"
    )
    assert [(e.institution, e.graduation_date) for e in r.education] == [
        ("Eastland University", "2005"),
        ("Westbrook University", "2002"),
    ]


def test_degrees_under_professional_development_when_there_is_no_education_section() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\nTeacher, Eastland School District\n"
        "2005 - 2015\nProfessional Development\nEastland State University, Dallas, TX\n"
        "Master of Arts, Curriculum Design, 2004\nFirst Aid Certificate, 2010\n"
    )
    assert [(e.degree, e.institution, e.graduation_date) for e in r.education] == [
        ("Master of Arts", "Eastland State University", "2004")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "M.Sc., magna cum laude, Eastland University",
        "Masters, coursework completed, Eastland University",
        "J.D., Cum Laude, Eastland University",
        "Master‘s program, Eastland University",
    ],
)
def test_a_note_after_the_degree_is_no_field(line: str) -> None:
    r = parse(f"Nora Vale\nnora@example.org\nEducation\n{line}\n")
    assert [(e.institution, e.field) for e in r.education] == [("Eastland University", None)]


def test_a_description_under_the_entry_opens_no_entry() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nJanuary 2003 – November 2004\n"
        "M.Sc. in Computer Security\nEastland University\n"
        "I completed a M.Sc. at the School of Computing, Eastland University, and wrote my "
        "thesis on firewalls.\nAugust 2000 – December 2002\n"
        "B.Sc. in Computer Networks\nEastland University\n"
    )
    assert [(e.degree, e.graduation_date) for e in r.education] == [
        ("M.Sc.", "2004-11"),
        ("B.Sc.", "2002-12"),
    ]


def test_a_listed_degree_with_its_school_is_read() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation and qualifications\n"
        "• 2010: Attended a mediation training course\n"
        "• 2002: Completed Master of Laws from Eastland University.\n"
    )
    assert [(e.degree, e.institution, e.graduation_date) for e in r.education] == [
        ("Master of Laws", "Eastland University", "2002")
    ]


def test_a_range_written_on_two_lines_ends_with_the_second_date() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n01/2010\n12/2012\nPhD in Law\n"
        "Eastland University\n10/2005\n07/2009\nMaster in Law\nWestbrook University\n"
    )
    assert [(e.degree, e.graduation_date) for e in r.education] == [
        ("PhD", "2012-12"),
        ("Master", "2009-07"),
    ]


def test_a_table_written_one_cell_per_line() -> None:
    r = parse(
        "Ravi Kumar\nravi@example.org\nEducation\nCourse\nCollege/University\nYear\nAggregate\n"
        "B.TECH\n(Electronics and\nCommunication)\nEastland Institute of\nTechnology\n2012\n"
        "Agg.- 81.2%\nSenior Secondary School\nexamination(Class XII)\n"
        "St Anne Public School, Delhi\n2008\n88.1%\n"
    )
    got = [(e.degree, e.field, e.institution, e.graduation_date) for e in r.education]
    assert got == [
        ("B.TECH", "Electronics and Communication", "Eastland Institute of Technology", "2012"),
        ("Secondary School", None, "St Anne Public School", "2008"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Reviewer for the University of Northfield Press and the Journal of Eastland Studies, 2005",
        "College preparatory charter school with three years of robotics, 2006-2010",
        "Trade school certification, 2004",
    ],
)
def test_no_school_from_a_publisher_a_description_or_a_certificate(line: str) -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nBachelor of Science, Eastland University, "
        f"2003\n{line}\n"
    )
    assert [e.institution for e in r.education if e.institution] == ["Eastland University"]

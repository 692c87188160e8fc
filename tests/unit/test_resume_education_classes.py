"""Education failure classes on unseen resumes (issue 14, round 2): one synthetic resume each."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel, Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


@pytest.mark.parametrize(
    "heading",
    ["Educational Qualification :", "ACADEMIC DETAILS", "Scholastic Profile:", "Academic Degrees"],
)
def test_education_heading_variants(heading: str) -> None:
    r = parse(
        f"Nora Vale\nnora@example.org\nSKILLS\nPython, SQL\n{heading}\n"
        "Bachelor of Commerce, Lakeside College, 2012\n"
    )
    assert [(e.institution, e.graduation_date) for e in r.education] == [
        ("Lakeside College", "2012")
    ]


def test_education_heading_with_its_school_on_the_same_line() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEDUCATION: Eastfield State University\n"
        "Bachelor of Science in Physics\nMay 2012\nSKILLS\nPython\n"
    )
    assert [(e.institution, e.degree, e.graduation_date) for e in r.education] == [
        ("Eastfield State University", "Bachelor of Science", "2012-05")
    ]


def test_dates_written_above_each_entry_belong_to_the_entry_below() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n2010-2011\nDiploma in Film Editing, Harbour "
        "Film School\nCertificate in Photography, Dockside College\n2006-2009\n"
        "Bachelor of Arts in History, Lakeside University\n"
    )
    assert [(e.institution, e.graduation_date) for e in r.education] == [
        ("Harbour Film School", "2011"),
        ("Dockside College", None),
        ("Lakeside University", "2009"),
    ]


def test_dotted_gpa_line_is_a_gpa_not_a_school() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nLakeside University, Springfield\n"
        "Bachelor of Arts in Digital Media\nG.P.A. 3.4/4.0\nJune 2015\n"
    )
    assert [(e.institution, e.gpa, e.graduation_date) for e in r.education] == [
        ("Lakeside University", "3.4/4.0", "2015-06")
    ]


def test_labels_grades_fields_and_publishers_are_not_schools() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n"
        "Examination/Degree  University/Board  Year\n"
        "B.Tech  Lakeside University  2011\n"
        "BSc (Hons)\nSales Management\nNorthgate University\n2008\n"
        "GCSEs: Maths (A) English (B) Science (C)\n"
        "Greenwood University Press, 2010\n"
    )
    schools = [e.institution for e in r.education if e.institution]
    assert schools == ["Lakeside University", "Northgate University"]


def test_honours_degrees_keep_their_field() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nNorthgate University\nBSc (Hons)\n"
        "Sales Management\n2008 - 2011\nB.A. with Honors in History, Lakeside University, 2006\n"
    )
    assert [(e.degree, e.field, e.graduation_date) for e in r.education] == [
        ("BSc (Hons)", "Sales Management", "2011"),
        ("B.A.", "History", "2006"),
    ]


def test_degree_and_school_on_one_line_are_separated() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n"
        "UG: B.Com (Commerce) from Eastbury University in 2009\n"
        "Higher Secondary from Lakeside School, 2006\n"
    )
    assert [(e.institution, e.degree, e.graduation_date) for e in r.education] == [
        ("Eastbury University", "B.Com", "2009"),
        ("Lakeside School", "Higher Secondary", "2006"),
    ]


def test_degree_first_entries_take_the_school_on_the_next_line() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation:\n"
        "Doctor of Philosophy, (Business Administration, - MIS), 2009\n"
        "Eastbury State University, Kent OH\n"
        "Master of Arts, 2004\nLakeside University\n"
    )
    assert [(e.institution, e.degree, e.graduation_date) for e in r.education] == [
        ("Eastbury State University", "Doctor of Philosophy", "2009"),
        ("Lakeside University", "Master of Arts", "2004"),
    ]


def test_schools_named_in_other_languages() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n"
        "Universidade Federal do Sul, Porto Alegre\nBachelor of Science, 2010\n"
        "École Supérieure de Gestion\nMaster of Management, 2013\n"
    )
    assert [e.institution for e in r.education] == [
        "Universidade Federal do Sul",
        "École Supérieure de Gestion",
    ]


def test_master_the_word_is_not_a_masters_degree() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nLakeside University\n"
        "Bachelor of Arts in History, 2010\nCertified Scrum Master, 2015\n"
        "Quiz Master of the debating society\nMaster Electrician licence, 2016\n"
    )
    assert [(e.degree, e.level) for e in r.education if e.degree] == [
        ("Bachelor of Arts", EducationLevel.BACHELOR)
    ]


def test_languages_known_heading() -> None:
    r = parse("Nora Vale\nnora@example.org\nLanguages Known: English, Hindi\nSKILLS\nPython\n")
    assert [lang.name for lang in r.languages] == ["English", "Hindi"]


def test_degrees_written_before_any_heading() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\n"
        "Master of Science in Early Childhood Education\nMay 2007\nLakeside University, Springfield\n"
        "Bachelor of Arts in History\nEastbury College, Dover\n"
        "PROFESSIONAL EXPERIENCE\nTeacher, Northgate Learning Trust\n2008 - 2012\nTaught.\n"
    )
    assert [(e.institution, e.degree, e.graduation_date) for e in r.education] == [
        ("Lakeside University", "Master of Science", "2007-05"),
        ("Eastbury College", "Bachelor of Arts", None),
    ]
    # A headline's credential with no school is no education entry.
    r = parse("Nora Vale\nMBA, PMP\nnora@example.org\nEXPERIENCE\nAnalyst, Acme Corp\n2019\n")
    assert r.education == []


def test_a_high_schools_name_is_a_school_and_junk_after_in_is_no_field() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nLincoln High School, Springfield, 2005\n"
        "PhD in researcher, Lakeside University, 2015\n"
    )
    assert [(e.institution, e.degree, e.field) for e in r.education] == [
        ("Lincoln High School", None, None),
        ("Lakeside University", "PhD", None),
    ]

"""Education, fourth round (issue 14): graduation years and what is no school (synthetic).

Graduation years went missing or wrong when an entry under way gave its end on an "Expected …"
line, when a sentence's year ("Awarded Scholarship in 2011 …") was taken for the entry's date,
or when a wrapped sentence opened an entry of its own; trainings, courses and posts listed under
a sub-heading the section split does not know were read as schools.
"""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel, Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def years(lines: str) -> list[tuple[str | None, str | None]]:
    return [(e.degree, e.graduation_date) for e in parse_education(lines.splitlines())]


def test_an_expected_date_ends_an_entry_under_way() -> None:
    assert years(
        "Feb 2021 – current\nBachelor of Information Systems\nEastland University\n"
        "Major in Databases\nExpected completion date: November 2024\n"
        "Nov 2020\nWestbrook Secondary College\n"
    ) == [("Bachelor of Information Systems", "2024-11"), (None, "2020-11")]


def test_due_to_complete_ends_an_entry_under_way() -> None:
    assert years(
        "Feb 2022 – Current\nMasters of Nursing\nEastland University\n"
        "Due to complete November 2023\nFeb 2017\nNov 2020 Bachelor of Arts\nEastland University\n"
    ) == [("Masters of Nursing", "2023-11"), ("Bachelor of Arts", "2020-11")]


def test_an_expected_date_of_a_finished_layout_stays_in_its_column() -> None:
    # dates printed after all the schools, in order: the "Expected" one is the first school's
    assert years(
        "Master of Science in Computer Science\nEastland Institute of Technology\n"
        "B.Tech with Honors in Mechanical Engineering\nWestbrook Institute of Technology\n"
        "Expected - May 2019\nJanuary 2011 - December 2014\n"
    ) == [("Master of Science", "2019-05"), ("B.Tech", "2014-12")]


def test_a_sentences_year_and_a_wrapped_sentence_are_no_entry_date() -> None:
    assert years(
        "2020 - Current\nEastland University, Distance Learning\n"
        "Course: Master of Business Information Systems\n2017\n"
        "Eastland University, North Campus\nCourse: Bachelor of Arts (Honours)\n"
        "Public Policy Honours thesis completed on water policy across the\n"
        "Nordic Council\nAwarded Scholarship in 2017 to turn the thesis into a journal article.\n"
        "2014 – 2016\nEastland University, North Campus\nCourse: Bachelor of Arts (Global)\n"
    ) == [
        ("Master of Business Information Systems", None),
        ("Bachelor of Arts (Honours)", "2017"),
        ("Bachelor of Arts", "2016"),
    ]


def test_a_line_starting_with_a_verb_opens_no_entry() -> None:
    assert years(
        "Bachelor of Laws\nEastland University, North Campus\n"
        "Achieved a Distinction average in Law subjects (78%)\n"
        "Expected completion date July 2022\n"
    ) == [("Bachelor of Laws", "2022-07")]


def test_professional_development_inside_education_is_no_school() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nEastland University, Northfield\n"
        "Doctor of Philosophy, Urban Planning (2016)\nWestbrook University, Duluth\n"
        "Master of Public Policy (2010)\nSelected Professional Development\n"
        "Data Governance Leaders Institute Cohort (Planned for March 2025)\n"
        "Library Planning & Revitalization Institute (2017)\n"
        "Eastland University Peer Mentor Training (2007)\n"
    )
    assert [(e.institution, e.graduation_date) for e in r.education] == [
        ("Eastland University", "2016"),
        ("Westbrook University", "2010"),
    ]


def test_trainings_and_other_responsibilities_under_education_are_no_school() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n1990 - 1994:\nUniversity of Northfield\n"
        "Bachelor of Laws\nOTHER RESPONSIBILITIES\n"
        "Board Member: Hillside Academy, a charitable school in Northfield\n"
        "ADDITIONAL CERTIFIED TRAINING\nAdvanced Drafting (5 days, Westbrook Institute 2009)\n"
    )
    assert [(e.institution, e.degree, e.graduation_date) for e in r.education] == [
        ("University of Northfield", "Bachelor of Laws", "1994")
    ]


def test_a_degree_under_a_qualifications_sub_heading_is_kept() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\n1990 - 1994:\nUniversity of Northfield\n"
        "Bachelor of Laws\nProfessional Qualifications\nCertified Public Secretary\n"
        "Diploma in Law, Northfield School of Law, 1995\n"
    )
    assert [(e.degree, e.graduation_date) for e in r.education] == [
        ("Bachelor of Laws", "1994"),
        ("Diploma", "1995"),
    ]


def test_a_post_held_at_a_school_is_no_school_attended() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nBachelor of Arts, Eastland University, 2001\n"
        "Director and Founder: Hillside Schools, made up of a charitable Secondary\n"
    )
    assert [e.institution for e in r.education] == ["Eastland University"]


def test_a_wrapped_course_name_is_no_sub_heading() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nBachelor of Science in Computer\n"
        "Science, Westbrook University, New York, NY\nAdult Learning Design\n"
        "Instructor Certification, The University of Northfield, 1997\n"
    )
    assert "The University of Northfield" in [e.institution for e in r.education]


@pytest.mark.parametrize(
    ("line", "degree", "field"),
    [
        ("Bachelor of Science (B.Sc.), Eastland University", "Bachelor of Science", None),
        ("Bachelor of Laws (LL.B Honours), Eastland University", "Bachelor of Laws", None),
        ("B.A. in Media complete except for thesis, Eastland University", "B.A.", "Media"),
        ("Master in Law magna cum laude, Eastland University", "Master", "Law"),
        (
            "A-Level specialized in Maths and Physics, Eastland College",
            "A-Level",
            "Maths and Physics",
        ),
        ("BA, Major in Computer Science, Eastland University", "BA", "Computer Science"),
        ("SSLC Matriculation, Eastland School", "SSLC", None),
    ],
)
def test_the_field_is_no_degree_note_or_label(line: str, degree: str, field: str | None) -> None:
    r = parse(f"Nora Vale\nnora@example.org\nEducation\n{line}\n")
    assert [(e.degree, e.field) for e in r.education][:1] == [(degree, field)]


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        ("Ph.D.\nIII", None),
        ("Bachelor of Civil Law - Result: 2H1\nSubjects:", None),
        ("Bachelor of Arts\n: Business Administration", "Business Administration"),
    ],
)
def test_a_bare_line_under_the_degree_is_a_field_only_when_it_reads_as_one(
    lines: str, field: str | None
) -> None:
    r = parse(f"Nora Vale\nnora@example.org\nEducation\nEastland University\n{lines}\n")
    assert [e.field for e in r.education] == [field]


@pytest.mark.parametrize(
    ("text", "degree", "level"),
    [
        ("M.L.S., Eastland University", "M.L.S.", EducationLevel.MASTER),
        ("B.S.W., Eastland University", "B.S.W.", EducationLevel.BACHELOR),
        ("B.S.Ed., Physical Education", "B.S.Ed.", EducationLevel.BACHELOR),
        ("M.S.Ed., Reading Education", "M.S.Ed.", EducationLevel.MASTER),
        ("Ed.S., Educational Leadership", "Ed.S.", EducationLevel.MASTER),
        ("HND Business IT", "HND", EducationLevel.ASSOCIATE),
        (
            "FdA in Legal Practice (Foundation Degree)",
            "Foundation Degree",
            EducationLevel.ASSOCIATE,
        ),
        ("Business Law, Juris Doctor, 2014", "Juris Doctor", EducationLevel.DOCTORATE),
        ("MBBS, Northfield Medical College", "MBBS", EducationLevel.BACHELOR),
    ],
)
def test_more_degree_spellings(text: str, degree: str, level: EducationLevel) -> None:
    assert find_degree(text)[:2] == (degree, level)  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        "Doctoral thesis",
        "Doctoral research on fluid dynamics",
        "Mastering Pointers in ANSI C++ 98",
        "Thinking About It (NY: M.E. Brandt, Inc., 1996)",
    ],
)
def test_no_degree(text: str) -> None:
    assert find_degree(text) is None


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Bachelors in Computer Science VTU  Mysuru Karnataka", "VTU"),
        ("Bachelors in Engineering Northfield Engineering Collage", "Northfield Engineering Collage"),
        ("HSC Shanti Mahavidyalaya Northgaon 2012", "Shanti Mahavidyalaya Northgaon"),
        ("BA Shri Govind Kala Vidyapeeth", "Shri Govind Kala Vidyapeeth"),
        ("Bachelor of Science in Mathematics ABC Univ Lakeside  Lakeside Uttar Pradesh 2002",
         "ABC Univ Lakeside"),
        ("Btech MPC in Northfield mahila Junior College 2007", "Northfield mahila Junior College"),
    ],
)  # fmt: skip
def test_indian_school_spellings(line: str, school: str) -> None:
    r = parse(f"Nora Vale\nnora@example.org\nEducation\n{line}\n")
    assert [e.institution for e in r.education] == [school]


def test_degrees_under_professional_development_are_no_certifications() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\nTeacher, Eastland School District\n"
        "2005 - 2015\nPROFESSIONAL DEVELOPMENT\nBig State University, Dallas, TX\n"
        "Master of Arts, Curriculum Design, 2004\nHillside College, Austin, TX\n"
        "Bachelor of Arts, Sociology, 1995\nFirst Aid Certificate, 2010\n"
    )
    assert [(e.degree, e.institution) for e in r.education] == [
        ("Master of Arts", "Big State University"),
        ("Bachelor of Arts", "Hillside College"),
    ]
    names = [c.name for c in r.certifications]
    assert not [n for n in names if "Arts" in n or "Big State" in n or "Hillside" in n]
    assert any("First Aid" in n for n in names)


def test_a_certifying_body_is_no_school() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nBachelor of Science in Business Administration\n"
        "PROJECT MANAGEMENT INSTITUTE (PMI)\n"
    )
    assert [(e.degree, e.institution) for e in r.education] == [("Bachelor of Science", None)]


def test_a_dated_degree_line_outside_any_education_section() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\nNorthfield Knowledge Centre, Texas 2002 – 2005\n"
        "Tutor for adult learners\n• Bachelors in Arts, Hillside College, Ohio, 2002\n"
    )
    assert [(e.degree, e.institution, e.graduation_date) for e in r.education] == [
        ("Bachelors", "Hillside College", "2002")
    ]


def test_a_role_at_a_university_is_no_degree_line() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\n"
        "Lecturer, MBA program, Eastland University 2010 – 2015\nTaught finance.\n"
    )
    assert r.education == []


def test_a_post_teaching_a_degree_is_no_degree_line() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nExperience\nNorthfield Knowledge Centre\n"
        "• Lecturer, MBA program, Eastland University, 2012\n"
    )
    assert r.education == []


def test_personal_details_in_the_education_column_give_no_dates() -> None:
    assert years(
        "Address: 12 Hill Road, Northfield\nMobile: +47 4123 5550\nBorn:\n3. March 1981\n"
        "Marital Status: Married\nChildren: Sam (b. 2012)\nAugust 2007 – July 2011\n"
        "Ph.D. in Network Security\nUniversity of Northfield\nJanuary 2003 – November 2004\n"
        "M.Sc. in Cloud Systems\nUniversity of Northfield\n"
    ) == [("Ph.D.", "2011-07"), ("M.Sc.", "2004-11")]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Major: Politics", "Politics"),
        ("Majors: Geography, Minor: Film Studies", "Geography"),
        ("Majoring in Computer Science", "Computer Science"),
        ("Concentration: Finance; Minor: Spanish", "Finance"),
    ],
)
def test_a_major_line_under_the_degree_is_its_field(line: str, field: str) -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEducation\nEastland University, 2014\n"
        f"Bachelor of Arts\nDistinction average\n{line}\n"
    )
    assert [(e.degree, e.field) for e in r.education] == [("Bachelor of Arts", field)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Higher Secondary12th Pass in Commerce Riverton Punjab", "Commerce"),
        ("BE in Electrical and Electronics Engineering Hilltown TN", "Electrical and Electronics Engineering"),
        ("Diploma in Computer Science Goa", "Computer Science"),
    ],
)  # fmt: skip
def test_a_town_and_region_after_the_field_are_no_part_of_it(line: str, field: str) -> None:
    assert [e.field for e in parse_education([line])] == [field]

"""A diploma named by its field of study ("Diploma in Nursing") is post-secondary: ASSOCIATE,
not the school-leaving HIGH_SCHOOL (round 9). The level feeds the score's education
component and the readers of degrees outside an Education section (associate and above)."""

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import dated_degree_lines
from atspro.models import EducationLevel


def level(text: str) -> EducationLevel | None:
    found = find_degree(text)
    return found[1] if found else None


def test_diploma_in_a_field_is_post_secondary():
    assert level("Diploma in Mechanical Engineering") == EducationLevel.ASSOCIATE
    assert level("Diploma of Nursing, Quillhaven Polytechnic") == EducationLevel.ASSOCIATE


def test_school_leaving_diplomas_stay_high_school():
    assert level("High School Diploma") == EducationLevel.HIGH_SCHOOL
    assert level("Diploma, 2001") == EducationLevel.HIGH_SCHOOL
    assert level("Diploma in Secondary Education") == EducationLevel.HIGH_SCHOOL
    assert level("Diploma of Higher Secondary Studies") == EducationLevel.HIGH_SCHOOL
    assert level("Postgraduate Diploma in Marketing") == EducationLevel.MASTER


def test_a_dated_diploma_line_is_read_with_no_education_section():
    got = dated_degree_lines(["Diploma in Welding, Quillhaven Technical College, 2006"])
    assert [(e.degree, e.level, e.field) for e in got] == [
        ("Diploma", EducationLevel.ASSOCIATE, "Welding")
    ]

"""An associate degree named in words keeps its "of …" ("Associate of Applied Science in
Welding Technology"), and a degree's abbreviation in brackets before the field ("Master of
Science (M.Sc.) in Chemistry") does not hide the field (round 9)."""

from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


def test_associate_of_applied_science():
    (e,) = parse_education(["Associate of Applied Science in Welding Technology, 2011"])
    assert (e.degree, e.level, e.field) == (
        "Associate of Applied Science",
        EducationLevel.ASSOCIATE,
        "Welding Technology",
    )


def test_abbreviation_in_brackets_before_the_field():
    (e,) = parse_education(["Master of Science (M.Sc.) in Chemistry", "Quillhaven Institute, 2005"])
    assert (e.degree, e.field, e.institution) == (
        "Master of Science",
        "Chemistry",
        "Quillhaven Institute",
    )


def test_a_field_in_brackets_stays_the_field():
    (e,) = parse_education(["Bachelor of Science (Computer Science), 2010"])
    assert e.field == "Computer Science"

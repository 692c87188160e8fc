"""A degree's abbreviation followed by the word "Degree" ("B.A. Degree in History"): the word is
part of the degree as written, and the field after it is read (round 9)."""

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


def test_abbreviation_then_degree_word():
    found = find_degree("B.A. Degree in History with Honours, Quillhaven University, 1960")
    assert found is not None and found[:2] == ("B.A. Degree", EducationLevel.BACHELOR)
    (e,) = parse_education(["B.A. Degree in History with Honours, Quillhaven University, 1960"])
    assert (e.degree, e.field, e.institution, e.graduation_date) == (
        "B.A. Degree",
        "History",
        "Quillhaven University",
        "1960",
    )


def test_field_read_after_the_degree_word():
    (e,) = parse_education(["MSc degree in Applied Physics from Quillhaven University"])
    assert (e.degree, e.field, e.level) == ("MSc degree", "Applied Physics", EducationLevel.MASTER)


def test_word_degree_unchanged():
    found = find_degree("Master's degree in Economics")
    assert found is not None and found[0] == "Master's degree"

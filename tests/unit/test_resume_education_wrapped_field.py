"""A degree's field wrapped by the layout ("BEng in Mechanical" /
"Engineering, Quillhaven University") is one field; "Board of Intermediate" with its "Education" cut onto
the next line still names the intermediate exam (round 9)."""

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel


def test_field_wrapped_onto_the_school_line():
    (e,) = parse_education(
        [
            "BEng in Mechanical",
            "Engineering, Quillhaven University, New York, NY",
        ]
    )
    assert (e.degree, e.field, e.institution) == (
        "BEng",
        "Mechanical Engineering",
        "Quillhaven University",
    )


def test_a_complete_field_is_not_joined_to_the_next_line():
    got = parse_education(["MBA in Finance", "Management Trainee Program"])
    assert [(e.degree, e.field) for e in got] == [("MBA", "Finance")]


def test_board_of_intermediate_cut_before_education():
    found = find_degree("Board of Intermediate")
    assert found is not None and found[:2] == ("Intermediate", EducationLevel.HIGH_SCHOOL)
    assert find_degree("Intermediate level skills") is None


def test_board_of_wrapped_before_intermediate():
    got = parse_education(["BSc in Physics, Quillhaven College, 2017", "Board of", "Intermediate"])
    assert [(e.degree, e.level) for e in got] == [
        ("BSc", EducationLevel.BACHELOR),
        ("Intermediate", EducationLevel.HIGH_SCHOOL),
    ]

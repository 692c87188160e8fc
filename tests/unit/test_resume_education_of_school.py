"""A degree awarded "of" a school ("Diploma in Nursing (DN) of Quillhaven University"): the
school after "of" is the institution and the field stops before it (round 9)."""

from atspro.analysis.resume.education import awarded_degrees, parse_education


def read(line: str) -> tuple[str | None, str | None, str | None]:
    (e,) = parse_education([line])
    return e.degree, e.field, e.institution


def test_of_then_the_school():
    assert read("Diploma in Advanced Welding (DAW) of Quillhaven University.") == (
        "Diploma",
        "Advanced Welding",
        "Quillhaven University",
    )
    assert read("Diploma in Welding of Quillhaven University") == (
        "Diploma",
        "Welding",
        "Quillhaven University",
    )
    assert read("Bachelor of Science in Chemistry of the Quillhaven Institute of Technology") == (
        "Bachelor of Science",
        "Chemistry",
        "Quillhaven Institute of Technology",
    )


def test_of_inside_a_field_stays():
    assert read("BSc in Physics of Materials, Quillhaven University") == (
        "BSc",
        "Physics of Materials",
        "Quillhaven University",
    )


def test_awarded_diploma_sentences_read_with_no_education_heading():
    got = awarded_degrees(
        [
            "Awarded Diploma in Advanced Welding (DAW) of Quillhaven University.",
            "Awarded Bachelor of Arts in History Degree of Quillhaven College.",
        ]
    )
    assert [(e.degree, e.institution) for e in got] == [
        ("Diploma", "Quillhaven University"),
        ("Bachelor of Arts", "Quillhaven College"),
    ]

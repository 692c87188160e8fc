"""Education, fifteenth round (issue 14): round 14's known limits and degree writings a
job-board export holds that the train parts lack (``bench/edu_stress.py`` ``cases15``;
synthetic lines only).

Classes fixed: "Licence of X" / "Licence in X" before an academic field (never "Driving
Licence in …"); "Associate of Applied Science of X" swallowing its field; "AS in X", "AA in X",
"Associates in X", "Associates Degree"; "B S in X"; "Undergraduate Degree" / "Graduate Degree
in X"; "EMBA", "BBM", "BAMS", "BHMS", "B.V.Sc.", "Pharm D", "D.Pharm", lower-case "b.tech in";
"High School Equivalency Diploma"; a place or a grade under a dated degree ("MBA (2019)" over
"Springfield" / "Distinction") read as its field; the field written before its degree
("Economics, B.A."); "University of X  Economics - BS" joining the field as a campus;
"(B.Tech + M.Tech)" giving the field "+ M.Tech"; a long run of one kind of cell (3,000 degree
lines) scanned once per line (quadratic); a "Tecnólogo em X" or "CA Final Articleship" job
header losing its title (``roles.TITLE_WORDS``). Online course providers ("Coursera", "Udemy")
name courses, not schools: no entry. Left: a school named only by its acronym after the field
on a punctuation-stripped line ("B Tech Computer Science XYZU 2019"; read, it fired on no train
line and cost precision elsewhere).
"""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel
from bench.edu_stress import DEGREES15, SCHOOLS15, SHAPES15, Case, cases15, problems15

CASES = cases15()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_round15_stress_case_is_read(case: Case) -> None:
    assert problems15(case) == []


def test_the_round15_stress_set_covers_every_axis_value() -> None:
    seen = {(a, v) for c in CASES for a, v in c.axes.items()}
    assert len(CASES) >= 100
    assert {v for a, v in seen if a == "degree"} == {d[0] for d in DEGREES15}
    assert {v for a, v in seen if a == "school"} == {s[0] for s in SCHOOLS15}
    assert {v for a, v in seen if a == "shape"} == {s[0] for s in SHAPES15}


@pytest.mark.parametrize(
    ("text", "degree", "level"),
    [
        ("Licence of Economics", "Licence", EducationLevel.BACHELOR),
        ("Licence in Marine Ecology", "Licence", EducationLevel.BACHELOR),
        ("AS in Biology", "AS", EducationLevel.ASSOCIATE),
        ("AA in Liberal Arts", "AA", EducationLevel.ASSOCIATE),
        ("Associates in Business", "Associates", EducationLevel.ASSOCIATE),
        ("Associates Degree", "Associates Degree", EducationLevel.ASSOCIATE),
        ("B S in Biology", "B S", EducationLevel.BACHELOR),
        ("M S in Physics", "M S", EducationLevel.MASTER),
        ("Undergraduate degree in Economics", "Undergraduate degree", EducationLevel.BACHELOR),
        ("Graduate Degree in Economics", "Graduate Degree", EducationLevel.MASTER),
        ("EMBA", "EMBA", EducationLevel.MASTER),
        ("b.tech in IT", "b.tech", EducationLevel.BACHELOR),
        ("m.e in Power Systems", "m.e", EducationLevel.MASTER),
        ("Pharm D", "Pharm D", EducationLevel.DOCTORATE),
        ("D.Pharm", "D.Pharm", EducationLevel.ASSOCIATE),
        ("BBM", "BBM", EducationLevel.BACHELOR),
        ("BAMS", "BAMS", EducationLevel.BACHELOR),
        ("B.V.Sc.", "B.V.Sc.", EducationLevel.BACHELOR),
        (
            "High School Equivalency Diploma",
            "High School Equivalency Diploma",
            EducationLevel.HIGH_SCHOOL,
        ),
    ],
)
def test_a_degree_writing_of_a_job_board(text: str, degree: str, level: EducationLevel) -> None:
    found = find_degree(text)
    assert found is not None and found[:2] == (degree, level)


@pytest.mark.parametrize(
    "text",
    [
        "Driving Licence in Ohio",
        "Driving Licence of Category B",
        "Licence of Forklift",
        "Reed Associates in Business",
        "Pellham & Associates in Ohio",
        "Undergraduate Research Assistant",
        "Graduate Degree Program",
        "UNDERGRADUATE DEGREE",
        "B S Patel",
        "the b.e team",
    ],
)
def test_the_same_words_naming_no_degree(text: str) -> None:
    assert find_degree(text) is None


def read(lines: list[str]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.degree, e.field, e.institution, e.graduation_date) for e in parse_education(lines)]


def test_associate_of_applied_science_of_a_field() -> None:
    got = read(["Associate of Applied Science of Nursing, Hillcrest Community College, 2017"])
    assert got == [
        ("Associate of Applied Science", "Nursing", "Hillcrest Community College", "2017")
    ]


@pytest.mark.parametrize("under", ["Springfield", "Distinction", "First Class with Distinction"])
def test_a_place_or_grade_under_a_dated_degree_is_no_field(under: str) -> None:
    got = read(["MBA (2019)", under, "", "BSc Economics, Tarnwick College, 2016"])
    assert got[0] == ("MBA", None, None, "2019")


def test_a_field_under_a_dated_degree_stays() -> None:
    assert read(["MBA (2019)", "Marketing"])[0][1] == "Marketing"


@pytest.mark.parametrize(
    "line",
    [
        "Economics, B.A., Eastvale University, 2016",
        "Economics - Bachelor of Science, Eastvale University, 2016",
        "Economics (Bachelor's), Eastvale University, 2016",
        "Eastvale University | Economics - Bachelor of Science | 2016",
        "University of Quarrytown at Redfern  Economics - Bachelor of Science  2016",
    ],
)
def test_the_field_written_before_its_degree(line: str) -> None:
    got = read([line])
    assert len(got) == 1 and got[0][1] == "Economics"
    assert got[0][2] in ("Eastvale University", "University of Quarrytown at Redfern")


def test_a_university_and_its_campus_still_joined() -> None:
    assert read(["University of Quarrytown, Redfern", "BS in Biology, 2016"])[0][2] == (
        "University of Quarrytown, Redfern"
    )


def test_a_second_degree_in_brackets_is_no_field() -> None:
    got = read(["Dual Degree (B.Tech + M.Tech), Ashdown Institute of Technology, 2016"])
    assert got == [("B.Tech", None, "Ashdown Institute of Technology", "2016")]


@pytest.mark.parametrize(
    "line", ["Machine Learning – Coursera, 2020", "Udemy | Web Development Bootcamp | 2021"]
)
def test_an_online_course_provider_is_no_school(line: str) -> None:
    got = read(["BSc Economics, Tarnwick College, 2016", line])
    assert [g[2] for g in got] == ["Tarnwick College"]


@pytest.mark.parametrize("row", ["B.Tech"])
def test_three_thousand_rows_read_in_one_pass(row: str) -> None:
    rows = [row.format(k=k) for k in range(3000)]
    text = "\n".join(["Jane Doe", "jane.doe@example.com", "", "EDUCATION", *rows])
    got = parse_resume(text, today=date(2026, 1, 1)).education
    assert len(got) == 3000


@pytest.mark.parametrize(
    ("header", "position", "company"),
    [
        (
            "Tecnólogo em Radiologia, Brightwater Clinic, 2016-2020",
            "Tecnólogo em Radiologia",
            "Brightwater Clinic",
        ),
        ("Tecnóloga em Redes\nAcme Robotics, 2016-2020", "Tecnóloga em Redes", "Acme Robotics"),
        (
            "CA Final Articleship, Pellham & Ross, 2016-2019",
            "CA Final Articleship",
            "Pellham & Ross",
        ),
    ],
)
def test_a_loose_spelling_job_header_keeps_its_title(
    header: str, position: str, company: str
) -> None:
    text = "Jane Doe\njane.doe@example.com\n\nEXPERIENCE\n" + header + "\n- Kept the weekly rota\n"
    roles = parse_resume(text).work_experience
    assert [(w.position, w.company) for w in roles] == [(position, company)]

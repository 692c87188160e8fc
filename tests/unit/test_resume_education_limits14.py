"""Education, fourteenth round (issue 14): the round-14 stress cases (``bench/edu_stress.py``
``cases14``) and the classes they found (synthetic lines only).

Classes fixed: degree spellings of many countries ("DNB", "CA Inter" / "CA Final",
"Staatsexamen", "DUT", "BTS", "Grado en", "Tecnólogo em", "Certificate IV in", "Master 2",
"Magistère", school-leaving "K.C.S.E", "WASSCE", "CSEC", "NCEA Level 3");
"Diploma – Field" / "Diploma, Field" / "Diploma" over its field is post-secondary;
"Intermediate – 78%", "10th – 86%"; a graduation year written "Batch 2016–2020", "Year of
passing: 2017", "YOP 2017", "Passed out 2018", "2019 (pursuing)", "2016 – 2020 (expected)",
"Percentage: 72% | 2020" under its entry; "MA (Cantab)" before the field; a field on its own
line over "Université de X" (no school "Field Université de X"); the round-13 known limits: a
school without a school word in a table's school column with no year column, and one alone on
the line under its dated degree, ending the entry; "School, MD" — the degree when the entry
names no other, Maryland's code by a degree's line (``known_left``: none left).
"""

from __future__ import annotations

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel
from bench.edu_stress import DEGREES14, ORDERS14, SCHOOLS14, WHENS14, Case, cases14, problems14

CASES = cases14()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_round14_stress_case_is_read(case: Case) -> None:
    assert problems14(case) == []


def test_the_round14_stress_set_covers_every_axis_value() -> None:
    seen = {(a, v) for c in CASES for a, v in c.axes.items()}
    assert len(CASES) >= 150
    assert {v for a, v in seen if a == "degree"} == {d[0] for d in DEGREES14}
    assert {v for a, v in seen if a == "school"} == {s[0] for s in SCHOOLS14}
    assert {v for a, v in seen if a == "when"} == {w[0] for w in WHENS14}
    assert {v for a, v in seen if a == "order"} == {o.replace("\n", " / ") for o in ORDERS14}


def read(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.degree, e.institution, e.graduation_date) for e in parse_education(lines)]


@pytest.mark.parametrize(
    ("text", "degree", "level"),
    [
        ("DNB (General Medicine)", "DNB", EducationLevel.DOCTORATE),
        ("DNB in Anaesthesiology", "DNB", EducationLevel.DOCTORATE),
        ("CA Inter", "CA Inter", EducationLevel.HIGH_SCHOOL),
        ("CA (Intermediate), 2015", "CA (Intermediate)", EducationLevel.HIGH_SCHOOL),
        ("CS Foundation", "CS Foundation", EducationLevel.HIGH_SCHOOL),
        ("CA Final", "CA Final", EducationLevel.MASTER),
        ("Erstes Staatsexamen (Law)", "Staatsexamen", EducationLevel.MASTER),
        ("Magistère in Economics", "Magistère", EducationLevel.MASTER),
        ("DUT Informatique", "DUT", EducationLevel.ASSOCIATE),
        ("BTS Comptabilité et Gestion", "BTS", EducationLevel.ASSOCIATE),
        ("BTS – Commerce", "BTS", EducationLevel.ASSOCIATE),
        ("Grado en Economía", "Grado", EducationLevel.BACHELOR),
        ("Tecnólogo em Redes", "Tecnólogo", EducationLevel.BACHELOR),
        ("Certificate IV in Accounting", "Certificate IV", EducationLevel.ASSOCIATE),
        ("Certificate III in Carpentry", "Certificate III", EducationLevel.ASSOCIATE),
        ("Master 2 Finance", "Master 2", EducationLevel.MASTER),
        ("Master 2, Economics", "Master 2", EducationLevel.MASTER),
        ("Diploma – Nursing", "Diploma", EducationLevel.ASSOCIATE),
        ("Diploma, Mechanical Engineering", "Diploma", EducationLevel.ASSOCIATE),
        ("Diploma: Computer Science", "Diploma", EducationLevel.ASSOCIATE),
        ("Intermediate – 78%", "Intermediate", EducationLevel.HIGH_SCHOOL),
        ("Intermediate, Lakeview Junior College", "Intermediate", EducationLevel.HIGH_SCHOOL),
        ("10th – 86%", "10th", EducationLevel.HIGH_SCHOOL),
        ("K.C.S.E", "K.C.S.E", EducationLevel.HIGH_SCHOOL),
        ("WASSCE (2014)", "WASSCE", EducationLevel.HIGH_SCHOOL),
        ("NCEA Level 3", "NCEA Level 3", EducationLevel.HIGH_SCHOOL),
        ("CSEC: 8 subjects", "CSEC", EducationLevel.HIGH_SCHOOL),
    ],
)
def test_a_degree_spelling_of_another_country(
    text: str, degree: str, level: EducationLevel
) -> None:
    found = find_degree(text)
    assert found is not None and found[:2] == (degree, level)


@pytest.mark.parametrize(
    "text",
    [
        "BTS installation and commissioning",
        "Installed BTS in Springfield",
        "DUT testing on the bench",
        "DNB Bank",
        "San Francisco, CA 94107",
        "CS Executive",
        "CA Finalist",
        "Certificate in Excel",
        "Tecnólogo",
        "Grado 10",
        "Spanish – Intermediate",
        "Sick leave certificate",
    ],
)
def test_the_same_letters_naming_no_degree(text: str) -> None:
    found = find_degree(text)
    assert found is None, found


def test_master_then_a_year_count_is_no_master_2() -> None:
    found = find_degree("Master 2 years of coursework")
    assert found is not None and found[0] == "Master"
    found = find_degree("Master 2019")
    assert found is not None and found[0] == "Master"


def test_a_high_school_diploma_stays_school_leaving() -> None:
    found = find_degree("High School Diploma – Science")
    assert found is not None and found[1] == EducationLevel.HIGH_SCHOOL


@pytest.mark.parametrize(
    ("when", "year"),
    [
        ("Batch 2016–2020", "2020"),
        ("Year of passing: 2017", "2017"),
        ("Year of Passing - 2017", "2017"),
        ("YOP 2017", "2017"),
        ("YOP: 2017", "2017"),
        ("Passed out 2018", "2018"),
        ("2019 (pursuing)", "2019"),
        ("2016 – 2020 (expected)", "2020"),
        ("2020 (Expected)", "2020"),
        ("Percentage: 72% | 2020", "2020"),
    ],
)
def test_a_labelled_year_under_its_entry_dates_it(when: str, year: str) -> None:
    got = read(
        [
            "B.Tech in Marine Robotics",
            "Eastvale University",
            when,
            "Tarnwick College  2012",
            "Bachelor of Arts in Ceramics",
        ]
    )
    assert [(d, i, (y or "")[:4]) for d, i, y in got] == [
        ("B.Tech", "Eastvale University", year),
        ("Bachelor of Arts", "Tarnwick College", "2012"),
    ]


def test_a_school_cell_without_a_school_word_and_no_year_column() -> None:
    got = read(
        ["Degree", "MPhil, Economics", "BA in History", "Institute", "Marlowe", "Tarnwick College"]
    )
    assert [(d, i) for d, i, _ in got] == [("MPhil", "Marlowe"), ("BA", "Tarnwick College")]
    # the degree in brackets after its field opens the column too
    got = read(
        ["Degree", "Economics (BSc)", "BA in History", "Institute", "EVTU", "Tarnwick College"]
    )
    assert [(d, i) for d, i, _ in got] == [("BSc", "EVTU"), ("BA", "Tarnwick College")]


def test_a_school_without_a_school_word_under_its_dated_degree() -> None:
    assert read(
        ["MBA, Major: Finance (2019)", "Marlowe", "", "BA in History (2012)", "Tarnwick College"]
    ) == [("MBA", "Marlowe", "2019"), ("BA", "Tarnwick College", "2012")]
    assert read(["MPhil in Law, 2019", "EVTU", "BA in History, 2012", "Tarnwick College"]) == [
        ("MPhil", "EVTU", "2019"),
        ("BA", "Tarnwick College", "2012"),
    ]


@pytest.mark.parametrize(
    "under",
    [
        "Valedictorian",
        "Exchange Semester",
        "Erasmus Programme",
        "PENDING",
        "Study Abroad",
        "Captain, Rowing Team",
        "Springfield",
        "Dean's List",
        "Computer Science",
    ],
)
def test_a_note_under_a_dated_degree_is_no_school(under: str) -> None:
    got = read(["MBA in Finance (2019)", under, "", "BA in History (2012)", "Tarnwick College"])
    assert got[0][:2] == ("MBA", None)


def test_an_undated_name_over_more_lines_of_the_entry_stays_none() -> None:
    # not the entry's last line: a sub-heading or a note over its details
    got = read(["MBA in Finance (2019)", "Marlowe", "GPA: 3.8/4.0", "", "BA in History (2012)"])
    assert got[0][:2] == ("MBA", None)


def test_the_awarding_universitys_latin_name_is_no_field() -> None:
    got = parse_education(["MA (Cantab), Economics", "Eastvale University", "2019"])
    assert [(e.degree, e.field) for e in got] == [("MA", "Economics")]
    got = parse_education(["MA (Oxon) in History", "Eastvale University", "2019"])
    assert [(e.degree, e.field) for e in got] == [("MA", "History")]


def test_a_field_on_its_own_line_over_a_french_or_spanish_school_name() -> None:
    got = parse_education(["A.A.S.", "Marine Ecology", "Université de Valmont", "2019"])
    assert [(e.degree, e.field, e.institution) for e in got] == [
        ("A.A.S.", "Marine Ecology", "Université de Valmont")
    ]
    got = parse_education(["BSc (Hons)", "Economics", "Universidad de Montevera (2019)"])
    assert [(e.field, e.institution) for e in got] == [("Economics", "Universidad de Montevera")]


def test_a_diploma_over_its_field_is_post_secondary() -> None:
    got = parse_education(
        ["Diploma", "Civil Engineering", "Ashdown Institute of Technology", "2019"]
    )
    assert [(e.degree, e.field, e.level) for e in got] == [
        ("Diploma", "Civil Engineering", EducationLevel.ASSOCIATE)
    ]


def test_a_state_code_after_a_school_by_its_degree_line_is_no_degree() -> None:
    for lines in (
        ["Eastvale University, MD", "B.S. in Biology", "2015"],
        ["B.S. in Biology", "Eastvale University, MD", "2015"],
        ["Eastvale University, MD  2015", "B.S. in Biology"],
    ):
        got = parse_education(lines)
        assert [(e.degree, e.institution) for e in got] == [("B.S.", "Eastvale University")], lines
    got = parse_education(["Eastvale College, MA", "Master of Arts in Ceramics", "2015"])
    assert [(e.degree, e.institution) for e in got] == [("Master of Arts", "Eastvale College")]


def test_a_medical_degree_after_its_school_alone_is_the_degree() -> None:
    got = parse_education(["PELLHAM STATE UNIVERSITY, MD", "Class of 2019"])
    assert [(e.degree, e.institution, e.graduation_date) for e in got] == [
        ("MD", "PELLHAM STATE UNIVERSITY", "2019")
    ]
    got = parse_education(["Class of 2019  Ashdown Institute of Technology, MD", "GPA: 3.8/4.0"])
    assert [(e.degree, e.institution) for e in got] == [("MD", "Ashdown Institute of Technology")]


@pytest.mark.parametrize(
    ("lines", "school"),
    [
        (["BSc in Physics", "Eastvale Univeristy", "2015"], "Eastvale Univeristy"),
        (["Quarrytown Universty", "MSc in Law, 2012"], "Quarrytown Universty"),
        (
            ["B.E. in Civil Engineering, Ashdown Insitute of Technology, 2014"],
            "Ashdown Insitute of Technology",
        ),
        (["MBA, Tarnwick Colege, 2012"], "Tarnwick Colege"),
    ],
)
def test_a_school_word_misspelt_by_one_letter(lines: list[str], school: str) -> None:
    assert [e.institution for e in parse_education(lines)] == [school]


def test_a_word_near_a_school_word_in_a_sentence_is_no_school() -> None:
    got = parse_education(["BSc in Physics", "Instituted a weekly review of results", "2015"])
    assert [e.institution for e in got] == [None]


def test_a_sentence_going_on_after_the_degree_gives_no_field() -> None:
    got = parse_education(
        [
            "2012 - 2015   K.C.S.E",
            "I attended a day school in Springfield for four years and sat the final exam"
            " K.C.S.E. I passed it with a good grade in Art and Design.",
        ]
    )
    assert [(e.degree, e.field, e.graduation_date) for e in got] == [("K.C.S.E", None, "2015")]

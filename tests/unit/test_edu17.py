"""Round 17, education: France's levels of study ("Bac+5", "Titre RNCP niveau 6"), Germany's
vocational training ("Ausbildung zum X") and the school kind after a Diplom title ("(FH)"),
Spain's "Técnico Superior en X — Employer" under Experience (a job), and schools named alone
("Harwell" over "MBA, 2012"; "Master of Business Administration" over "Harwell"). Every case
is invented."""

from __future__ import annotations

import time
from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.edu_lines import names_its_subject, school_alone
from atspro.analysis.resume.education import parse_education
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel

HEAD = "Jane Doe\njane.doe@example.com\n+1 555 010 0199\n\n"
TODAY = date(2026, 1, 1)


def _read(lines: list[str]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (e.degree, e.field, e.institution, (e.graduation_date or "")[:4] or None)
        for e in parse_education(lines)
    ]


# ------------------------------------------------------------ France's levels of study ---


@pytest.mark.parametrize(
    ("text", "written", "level"),
    [
        ("Bac+3 en Informatique", "Bac+3", EducationLevel.BACHELOR),
        ("Bac+4 Gestion", "Bac+4", EducationLevel.BACHELOR),
        ("BAC + 5 Management", "BAC + 5", EducationLevel.MASTER),
        ("Bac+2 Commerce", "Bac+2", EducationLevel.ASSOCIATE),
        ("Bac+8", "Bac+8", EducationLevel.DOCTORATE),
        ("Titre RNCP niveau 6 Chef de projet", "Titre RNCP niveau 6", EducationLevel.BACHELOR),
        ("Titre RNCP de niveau 7", "Titre RNCP de niveau 7", EducationLevel.MASTER),
        (
            "Titre certifié de niveau 7 (RNCP)",
            "Titre certifié de niveau 7 (RNCP)",
            EducationLevel.MASTER,
        ),
        ("RNCP niveau 5", "RNCP niveau 5", EducationLevel.ASSOCIATE),
        (
            "Titre professionnel niveau III",
            "Titre professionnel niveau III",
            EducationLevel.ASSOCIATE,
        ),
        ("Titre RNCP de niveau II", "Titre RNCP de niveau II", EducationLevel.BACHELOR),
    ],
)
def test_french_levels_are_degrees(text: str, written: str, level: EducationLevel) -> None:
    found = find_degree(text)
    assert found is not None
    assert (found[0], found[1]) == (written, level)


@pytest.mark.parametrize(
    "text", ["Anglais niveau 6", "Level 6 in Piano", "Titre du projet", "Bac+10", "RNCP"]
)
def test_a_level_alone_names_no_title(text: str) -> None:
    found = find_degree(text)
    assert found is None or ("niveau" not in found[0].lower() and "+" not in found[0])


def test_a_level_line_under_its_degree_is_no_second_entry() -> None:
    lines = [
        "Mastère Spécialisé Big Data, École Supérieure de Montevera, 2016",
        "Titre RNCP niveau 7",
        "Licence en Gestion, Université de Valmont, 2013",
        "Bac+3",
    ]
    got = _read(lines)
    assert [g[0] for g in got] == ["Mastère Spécialisé", "Licence"]


def test_a_french_level_opens_its_entry() -> None:
    got = _read(["Bac+5 Management, Tarnwick Business School, 2020"])
    assert got == [("Bac+5", "Management", "Tarnwick Business School", "2020")]


# ----------------------------------------------------------- Germany's Ausbildung, (FH) ---


@pytest.mark.parametrize(
    ("text", "written", "field"),
    [
        (
            "Ausbildung zum Industriekaufmann, Hochschule Valmont, 2013",
            "Ausbildung",
            "Industriekaufmann",
        ),
        (
            "Ausbildung als Fachinformatiker, Hochschule Valmont, 2012",
            "Ausbildung",
            "Fachinformatiker",
        ),
        (
            "Berufsausbildung zur Bankkauffrau, Hochschule Valmont, 2011",
            "Berufsausbildung",
            "Bankkauffrau",
        ),
    ],
)
def test_ausbildung_is_vocational_training_in_its_trade(
    text: str, written: str, field: str
) -> None:
    found = find_degree(text)
    assert found is not None and found[0] == written
    assert found[1] == EducationLevel.HIGH_SCHOOL
    [(degree, got_field, school, _)] = _read([text])
    assert (degree, got_field, school) == (written, field, "Hochschule Valmont")


@pytest.mark.parametrize("text", ["Ausbildung", "AUSBILDUNG", "Ausbildung und Studium"])
def test_ausbildung_alone_is_no_degree(text: str) -> None:
    assert find_degree(text) is None


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Diplom-Betriebswirt (FH), Hochschule Valmont, 2005", "Diplom-Betriebswirt"),
        ("Diplom-Ingenieur (TU), Hochschule Valmont, 2005", "Diplom-Ingenieur"),
        ("Diplom-Informatiker (Univ.), Hochschule Valmont, 2005", "Diplom-Informatiker"),
    ],
)
def test_the_school_kind_after_a_diplom_title_is_no_field(text: str, degree: str) -> None:
    assert _read([text]) == [(degree, None, "Hochschule Valmont", "2005")]


def test_a_field_after_the_school_kind_is_still_read() -> None:
    got = _read(["Diplom-Betriebswirt (FH) in Marketing, Hochschule Valmont, 2005"])
    assert got == [("Diplom-Betriebswirt", "Marketing", "Hochschule Valmont", "2005")]


# ------------------------------------------------- Técnico Superior under Experience ---


def test_tecnico_superior_with_an_employer_under_experience_is_a_job() -> None:
    text = HEAD + (
        "Experience\nTécnico Superior en Informática — Acme\n2015 - 2018\n"
        "Supported the users of three offices\n\nEducation\nBS in Biology, Acme University, 2014\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company) for w in r.work_experience] == [
        ("Técnico Superior en Informática", "Acme")
    ]
    assert [e.degree for e in r.education] == ["BS"]


def test_tecnico_superior_under_education_stays_a_degree() -> None:
    got = _read(["Técnico Superior en Administración de Sistemas — Instituto Valmonte, 2014"])
    assert got[0][0] == "Técnico Superior"
    assert got[0][2] == "Instituto Valmonte"


# ---------------------------------------------------------------- schools named alone ---


def test_names_over_their_degrees_are_the_schools() -> None:
    got = _read(["Harwell", "MBA, 2012", "Stanmore", "BS in Computer Science, 2008"])
    assert got == [
        ("MBA", None, "Harwell", "2012"),
        ("BS", "Computer Science", "Stanmore", "2008"),
    ]


def test_a_name_under_a_degree_naming_its_subject_is_the_school() -> None:
    got = _read(["Master of Business Administration", "Harwell", "2012"])
    assert got == [("Master of Business Administration", None, "Harwell", "2012")]
    got = _read(["J.D.", "Stanmore", "May 2010"])
    assert got == [("J.D.", None, "Stanmore", "2010")]


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        # a generic degree: the line under it is its field, whatever its words
        (["Bachelor of Science", "Criminal Justice", "2012"], "Criminal Justice"),
        (["Bachelor of Arts", "Philosophy", "2012"], "Philosophy"),
    ],
)
def test_a_line_under_a_generic_degree_stays_its_field(lines: list[str], field: str) -> None:
    [(_, got_field, school, _)] = _read(lines)
    assert (got_field, school) == (field, None)


@pytest.mark.parametrize(
    "text",
    [
        "Accessibility",  # a topic (a skills line in another section)
        "Leadership",
        "Relevant Coursework",
        "Undergraduate",
        "Academic Qualifications",
        "Boston",  # a town
        "Magna Cum Laude",
        "COMPUTER SCIENCE",
        "Economics",
        "Spanish",
        "Project Manager",
    ],
)
def test_no_school_named_alone(text: str) -> None:
    assert not school_alone(text)


@pytest.mark.parametrize("text", ["Harwell", "Stanmore", "Carnegie Ashby", "Penn Vale"])
def test_school_named_alone(text: str) -> None:
    assert school_alone(text)


def test_a_topic_over_a_degree_is_no_school() -> None:
    assert _read(["Accessibility", "Bachelors"]) == [("Bachelors", None, None, None)]


@pytest.mark.parametrize(
    ("degree", "named"),
    [
        ("MBA", True),
        ("J.D.", True),
        ("Master of Business Administration", True),
        ("Master of Public Health", True),
        ("Bachelor of Science", False),
        ("Doctor of Philosophy", False),
        ("Bachelor of Fine Arts", False),
        ("BA", False),
    ],
)
def test_a_degree_naming_its_subject(degree: str, named: bool) -> None:
    assert names_its_subject(degree) is named


# ----------------------------------------------------------------------- hostile input ---


@pytest.mark.parametrize(
    "text",
    [
        "Harwell\nMBA, 2012\n" * 2500,
        "Master of Business Administration\nHarwell\n" * 2500,
        "Bac+3 " * 16000,
        "Titre RNCP de niveau " * 5000,
        "Ausbildung zum " * 7000,
        "Diplom-Betriebswirt (FH) " * 4000,
        "Technico Superior en X — Acme\n" * 3500,
    ],
)
def test_hostile_input_finishes(text: str) -> None:
    start = time.perf_counter()
    parse_resume(HEAD + "Education\n" + text, today=TODAY)
    parse_resume(HEAD + "Experience\n" + text, today=TODAY)
    assert time.perf_counter() - start < 120

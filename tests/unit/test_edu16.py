"""Education, sixteenth round (issue 14): degrees a European or Latin American resume writes and
round 15's left-overs (``bench/edu_stress.py`` ``cases16``; synthetic lines only).

Classes fixed: "Máster en X" / "Máster Universitario en X", "Dottorato di Ricerca in X",
any "Diplom-X" title, "Mestre em X", "Pós-Graduação em X", "Posgrado en X", "Especialización en
X", "Técnico Superior en X" (a vocational associate's), "Senior Secondary (XII)", "ITI in
<trade>", lower-case "master's in economics", "Ingeniería en X" / "Ingeniería Industrial",
"Graduação em X", "Tecnicatura en X", "Cycle ingénieur", "Mastère Spécialisé", "Licencjat",
"Kandidatexamen", "Civilingenjör", "Doktorsexamen", "Diplomatura en X", "Dr.-Ing." / "Dr. rer.
nat." (a field after Polish "z" / Swedish "i"); a degree named by its field alone ("Law
Degree", "Computer Science degree", opening its line or a piece of it); schools "Politécnico …" and "… Adult Education
Center" / "… Learning Centre" ("GED, X Adult Education Center" read the centre as the field);
"Some college coursework, X University" kept the whole line as the school; "Associates in
Pediatric Dentistry" (a practice: the specialty after a word) read as a degree.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree, school_word
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel
from bench.edu_stress import DEGREES16, SCHOOLS16, SHAPES16, Case, cases16, problems15

CASES = cases16()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_round16_stress_case_is_read(case: Case) -> None:
    assert problems15(case) == []


def test_the_round16_stress_set_covers_every_axis_value() -> None:
    seen = {(a, v) for c in CASES for a, v in c.axes.items()}
    assert len(CASES) >= 40
    assert {v for a, v in seen if a == "degree"} == {d[0] for d in DEGREES16}
    assert {v for a, v in seen if a == "school"} == {s[0] for s in SCHOOLS16}
    assert {v for a, v in seen if a == "shape"} == {s[0] for s in SHAPES16}


@pytest.mark.parametrize(
    ("text", "degree", "level"),
    [
        ("Máster en Finanzas", "Máster", EducationLevel.MASTER),
        ("Master Universitario en Finanzas", "Master Universitario", EducationLevel.MASTER),
        ("Dottorato di Ricerca in Fisica", "Dottorato di Ricerca", EducationLevel.DOCTORATE),
        ("Diplom-Informatiker, Universität Lindenau", "Diplom-Informatiker", EducationLevel.MASTER),
        ("Mestre em Engenharia", "Mestre", EducationLevel.MASTER),
        ("Pós-Graduação em Gestão", "Pós-Graduação", EducationLevel.MASTER),
        ("Posgrado en Marketing", "Posgrado", EducationLevel.MASTER),
        ("Técnico Superior en Sistemas", "Técnico Superior", EducationLevel.ASSOCIATE),
        ("Senior Secondary (XII)", "Senior Secondary (XII)", EducationLevel.HIGH_SCHOOL),
        ("Secondary (X)", "Secondary (X)", EducationLevel.HIGH_SCHOOL),
        ("ITI in Electrician", "ITI", EducationLevel.HIGH_SCHOOL),
        ("I.T.I. (Welder)", "I.T.I.", EducationLevel.HIGH_SCHOOL),
        ("master's in computer science", "master's", EducationLevel.MASTER),
        ("masters in economics", "masters", EducationLevel.MASTER),
        ("Ingeniería en Sistemas", "Ingeniería", EducationLevel.BACHELOR),
        ("Ingeniería Industrial", "Ingeniería", EducationLevel.BACHELOR),
        ("Graduação em Engenharia Civil", "Graduação", EducationLevel.BACHELOR),
        ("Tecnicatura en Programación", "Tecnicatura", EducationLevel.ASSOCIATE),
        ("Cycle ingénieur", "Cycle ingénieur", EducationLevel.MASTER),
        ("Cycle d'ingénieur", "Cycle d'ingénieur", EducationLevel.MASTER),
        ("Mastère Spécialisé Big Data", "Mastère Spécialisé", EducationLevel.MASTER),
        ("Licencjat z ekonomii", "Licencjat", EducationLevel.BACHELOR),
        ("Kandidatexamen i ekonomi", "Kandidatexamen", EducationLevel.BACHELOR),
        ("Civilingenjör", "Civilingenjör", EducationLevel.MASTER),
        ("Doktorsexamen", "Doktorsexamen", EducationLevel.DOCTORATE),
        ("Diplomatura en Enfermería", "Diplomatura", EducationLevel.BACHELOR),
        ("Dr.-Ing., TU Lindenau", "Dr.-Ing.", EducationLevel.DOCTORATE),
        ("Dr. rer. nat. Physik", "Dr. rer. nat.", EducationLevel.DOCTORATE),
        ("Dr. phil., Universität Lindenau", "Dr. phil.", EducationLevel.DOCTORATE),
        ("Law Degree, Eastvale University", "Law Degree", EducationLevel.BACHELOR),
        ("Computer Science degree", "Computer Science degree", EducationLevel.BACHELOR),
        (
            "Eastvale University | Business Degree | 2010",
            "Business Degree",
            EducationLevel.BACHELOR,
        ),
    ],
)
def test_the_degree_is_named(text: str, degree: str, level: EducationLevel) -> None:
    found = find_degree(text)
    assert found is not None
    assert found[:2] == (degree, level)


@pytest.mark.parametrize(
    "text",
    [
        "Associates in Pediatric Dentistry",  # a practice named by its specialty
        "Associates in Family Medicine, Springfield",
        "a master in stressful situations",  # the word, not the degree
        "master's in hand",
        "ITI Pune",  # the institute, no trade named
        "Mestre de obras",  # Portuguese: a site foreman
        "Diplomat",
        "Gerente de Ingeniería Industrial",  # a department
        "Ingeniería de Software",
        "a cycle in engineering",
        "Diplomatura",  # alone: no field, no degree named
        "Top marks throughout the History degree",  # a note on the degree above
        "Completed Business degree in 2010",
        "Acme Degree",
        "Honours Degree in IT",  # a kind of degree, no field
        "General Degree",
    ],
)
def test_no_degree_is_named(text: str) -> None:
    assert find_degree(text) is None


@pytest.mark.parametrize(
    "name",
    ["Politécnico de Valmonte", "Springfield Adult Education Center", "Fairview Learning Centre"],
)
def test_the_school_word_is_known(name: str) -> None:
    assert school_word(name)


def test_associates_in_a_field_stays_a_degree() -> None:
    assert find_degree("Associates in Business Administration") is not None


HEAD = "Jane Doe\njane.doe@example.com\n\nEXPERIENCE\nAnalyst, Acme Corp\n2019 - 2021\n\n"


def test_a_dental_practice_is_no_degree_in_experience() -> None:
    """A guard (it passed before round 16 too): the practice's line under EXPERIENCE names no
    degree; the specialty rule itself is the ``find_degree`` assertion."""
    assert find_degree("Associates in Pediatric Dentistry") is None  # the specialty after a word
    text = (
        HEAD
        + "Dental Receptionist\nAssociates in Pediatric Dentistry\n2015 - 2018\n\n"
        + "EDUCATION\nBA in History, Tarnwick College, 2014\n"
    )
    got = parse_resume(text, today=date(2026, 1, 1)).education
    assert [e.degree for e in got] == ["BA"]


def test_hostile_lines_finish() -> None:
    lines = [
        "masters in " + "economics " * 40,
        "Máster Universitario " * 30,
        "Some college " * 50 + "(" * 20,
        "Associates in " + "Pediatric " * 50,
        "Senior Secondary (" + "X" * 200,
        "Diplom-" + "A" * 300,
        "de Ingeniería " * 40 + "Industrial",
        "Pós-Graduação Graduação em " * 30,
        "Cycle d' " * 60 + "ingénieur",
        "Dr. rer. " * 60 + "nat.",
        "Licencjat z " * 60,
    ]
    text = "Jane Doe\n\nEDUCATION\n" + "\n".join(lines[i % len(lines)] for i in range(5000))
    start = time.perf_counter()
    parse_resume(text[:100_000], today=date(2026, 1, 1))
    assert time.perf_counter() - start < 120  # a guard, not a timing assert: it must finish


# education.py's field-word checks share ``edu_lines.field_name`` (a qualifier such as
# "Marine", a discipline's ending such as "-ology")


def _read(body: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    text = HEAD + "EDUCATION\n" + body + "\n\nSKILLS\nPython, SQL\n"
    got = parse_resume(text, today=date(2026, 1, 1)).education
    return [(e.degree, e.institution, e.graduation_date, e.field) for e in got]


def test_a_dated_field_line_dates_the_school_above() -> None:
    got = _read("Lakeside University Degree\n- Marine Ecology - 2006 - 2009")
    assert [g[1:3] for g in got] == [("Lakeside University", "2009")]


def test_a_field_ends_before_a_school_acronym() -> None:
    got = _read("BSc Marine Ecology XYZU Lakeview 2015")
    assert [(g[0], g[3]) for g in got] == [("BSc", "Marine Ecology")]


# Round 16's review: a job's title or a firm's name that opens like a degree, an acronym after a
# field, a town after "ITI in", a person's name after "Dr. med."


@pytest.mark.parametrize(
    "text",
    [
        "Nursing Degree Program Coordinator | Eastvale University | 2019 - 2022",
        "Business Degree Advisor, Tarnwick College",
        "Statistics Degree Apprenticeship",
        "Economics\nDegree",  # a line's last word and the next line's heading
        "Acme Ingeniería Civil S.A.",
        "Globex Ingeniería Industrial",
        "Técnico Superior en Prevención de Riesgos Laborales, Acme S.A.",
        "ITI in Pune",
        "masters in english tea",
        "Dr. med. Jane Doe",
    ],
)
def test_a_job_a_firm_or_a_name_is_no_degree(text: str) -> None:
    assert find_degree(text) is None


@pytest.mark.parametrize(
    ("text", "degree"),
    [
        ("Nursing Degree, Eastvale University, 2019", "Nursing Degree"),
        ("Ingeniería Civil, Universidad de Valmonte, 2014", "Ingeniería"),
        ("Técnico Superior en Administración de Sistemas, IES Valmonte", "Técnico Superior"),
        ("ITI in Fitter", "ITI"),
        ("masters in english literature", "masters"),
        ("masters in economics from Tarnwick College", "masters"),
        ("Dr. med., Universität Valmonte", "Dr. med."),
        ("Diplom-Ingenieur (FH)", "Diplom-Ingenieur"),
    ],
)
def test_the_degree_beside_a_guard_is_still_named(text: str, degree: str) -> None:
    got = find_degree(text)
    assert got is not None and got[0] == degree


def test_a_doubled_diplom_is_no_diplom_title() -> None:
    got = find_degree("Diplom-Diplom")
    assert got is None or got[0] == "Diplom"  # not the title "Diplom-Diplom"


def test_an_acronym_after_a_field_is_no_field_word() -> None:
    got = _read("BSc Physics ICS 2012")
    assert [(g[0], g[3]) for g in got] == [("BSc", "Physics")]


def test_a_vocational_title_under_experience_is_no_degree() -> None:
    text = (
        "Jane Doe\n\nEXPERIENCIA\n"
        "Técnico Superior en Prevención de Riesgos Laborales, Acme S.A.\n2019 - 2021\n\n"
        "EDUCACIÓN\nGrado en Derecho, Universidad de Valmonte, 2014\n"
    )
    got = parse_resume(text, today=date(2026, 1, 1)).education
    assert [e.degree for e in got] == ["Grado"]


@pytest.mark.parametrize(
    "body",
    [
        "Especialización en curso, Universidad de Valmonte",
        "Graduação em andamento, Universidade de Valmonte",
    ],
)
def test_a_degree_under_way_has_no_field(body: str) -> None:
    got = _read(body)
    assert len(got) == 1 and got[0][3] is None


def test_hostile_review_lines_finish() -> None:
    lines = [
        "Acme Ingeniería Civil " * 2000,
        "Técnico Superior en X " * 2000 + "S.A.",
        "Nursing Degree Program " * 2000,
        "ITI in Pune " * 2000,
        "Dr. med. Jane Doe " * 2000,
        "masters in english " * 2000,
    ]
    for line in lines:
        find_degree(line[:100_000])  # a guard, not a timing assert: it must finish
    text = "Jane Doe\n\nEDUCATION\n" + "\n".join(lines[i % len(lines)][:80] for i in range(5000))
    parse_resume(text[:100_000], today=date(2026, 1, 1))

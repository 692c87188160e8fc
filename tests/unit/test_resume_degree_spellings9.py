"""Degree spellings not read before round 9: bachelor's and master's abbreviations that name
the field ("BSEE", "MSCS", "BSBA", "BComm"), other health and music degrees ("DNP", "DPT",
"MHA", "ADN", "BMus"), and degrees of other languages ("Licence en Droit", "Maestría en …",
"Dipl.-Ing.", "Laurea Magistrale", "Abitur") with their field read after "en"/"em"."""

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.models import EducationLevel as L


@pytest.mark.parametrize(
    ("text", "written", "level"),
    [
        ("BSEE, Quillhaven University, 2004", "BSEE", L.BACHELOR),
        ("B.S.B.A. in Finance", "B.S.B.A.", L.BACHELOR),
        ("BComm (Accounting)", "BComm", L.BACHELOR),
        ("MSCS, Quillhaven University", "MSCS", L.MASTER),
        ("DNP, Quillhaven College of Nursing", "DNP", L.DOCTORATE),
        ("ADN, Quillhaven Community College", "ADN", L.ASSOCIATE),
        ("Licence en Droit", "Licence", L.BACHELOR),
        ("Licenciatura en Economía", "Licenciatura", L.BACHELOR),
        ("Maestría en Finanzas", "Maestría", L.MASTER),
        ("Dipl.-Ing. Maschinenbau", "Dipl.-Ing.", L.MASTER),
        ("Laurea Magistrale in Ingegneria", "Laurea Magistrale", L.MASTER),
        ("Doctorado en Física", "Doctorado", L.DOCTORATE),
        ("Abitur, Gymnasium Quillhaven", "Abitur", L.HIGH_SCHOOL),
        (
            "International Baccalaureate Diploma",
            "International Baccalaureate Diploma",
            L.HIGH_SCHOOL,
        ),
    ],
)
def test_spellings_read(text: str, written: str, level: L) -> None:
    found = find_degree(text)
    assert found is not None and found[:2] == (written, level)


@pytest.mark.parametrize(
    "text",
    ["licence in hand", "Driving licence", "the magister larvae were sampled", "DUT testing"],
)
def test_words_that_name_no_degree(text: str) -> None:
    assert find_degree(text) is None


def test_field_after_en_and_em():
    (e,) = parse_education(["Maestría en Finanzas, Universidad de Quillhaven, 2012"])
    assert (e.degree, e.field, e.institution, e.graduation_date) == (
        "Maestría",
        "Finanzas",
        "Universidad de Quillhaven",
        "2012",
    )
    (e,) = parse_education(["Mestrado em Engenharia, Universidade de Quillhaven"])
    assert e.field == "Engenharia"

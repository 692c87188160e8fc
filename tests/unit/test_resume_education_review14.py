"""Education, fourteenth round's review: the loose exam and stage spellings read this round
("CA Final", "NCEA Level 3", "Tecnólogo em …", "Grado en …", "DUT …", "Certificate IV in …",
"Diploma – …") opening a job's header or a role's line stay in the role; a dated degree's lone
last line is its school only when it can be a name (not an honour, a project or a language);
a bare "Diploma" is raised above school only by an academic field; "Collegue" is no school word
(synthetic lines only)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.degrees import school_word
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel

HEAD = "Jane Doe\njane.doe@example.com\n\n"
SCHOOL = "EDUCATION\nBSc Physics, Quillfield University, 2015\n\n"


@pytest.mark.parametrize(
    "header",
    [
        "Tecnólogo em Radiologia, Brightwater Clinic, 2016-2020",
        "CA Final Articleship, Pellham & Ross, 2016-2019",
        "NCEA Level 3 Teacher, Quillfield College, 2016-2020",
        "Grado en Derecho, Acme Robotics, 2016-2020",
    ],
)
def test_a_loose_spelling_opening_a_job_header_stays_a_job(header: str) -> None:
    r = parse_resume(HEAD + SCHOOL + "EXPERIENCE\n" + header + "\n- Kept the weekly rota\n")
    assert [e.degree for e in r.education] == ["BSc"]
    assert len(r.work_experience) == 1


def test_a_loose_spelling_with_a_school_in_experience_is_still_education() -> None:
    r = parse_resume(HEAD + "EXPERIENCE\nGrado en Derecho, Universidad de Quillfield, 2015\n")
    assert [e.level for e in r.education] == [EducationLevel.BACHELOR]


@pytest.mark.parametrize(
    "line",
    [
        "CA Final audit reviews for listed clients",
        "Certificate IV in Training delivered to staff",
        "DUT Informatique rig maintained",
        "Diploma – Nursing staff rota handled",
    ],
)
def test_a_role_line_opening_with_a_loose_spelling_stays_in_the_role(line: str) -> None:
    text = (
        HEAD
        + "EXPERIENCE\nAudit Associate, Pellham & Ross, 2019-2021\nChecked ledgers weekly\n"
        + line
        + "\nPrepared the quarterly packs\n\nEDUCATION\nB.Com, Quillfield College, 2018\n"
    )
    r = parse_resume(text)
    assert [e.degree for e in r.education] == ["B.Com"]
    assert any("quarterly packs" in b for w in r.work_experience for b in w.bullets)


@pytest.mark.parametrize(
    "body",
    [
        "BA English (2015)\nGold Medalist\n\nMA English (2017)\nQuillfield College\n",
        "BSc Computer Science, 2020\nCapstone Project\n",
        "BSc Nursing (2018)\nFrench\n",
    ],
)
def test_an_honour_project_or_language_is_no_school(body: str) -> None:
    r = parse_resume(HEAD + "EDUCATION\n" + body)
    assert r.education[0].institution is None


def test_the_dated_degrees_last_line_is_still_its_school() -> None:
    r = parse_resume(HEAD + "EDUCATION\nMBA, Major: Finance (2019)\nPellham\n\nBSc, 2016\n")
    assert r.education[0].institution == "Pellham"


@pytest.mark.parametrize("body", ["Diploma (2010)\nDriving\n", "Diploma\nSpringfield High\n2010\n"])
def test_a_bare_diploma_is_not_raised_by_any_next_line(body: str) -> None:
    r = parse_resume(HEAD + "EDUCATION\n" + body)
    assert r.education[0].level == EducationLevel.HIGH_SCHOOL


def test_a_bare_diploma_over_an_academic_field_is_post_secondary() -> None:
    r = parse_resume(HEAD + "EDUCATION\nDiploma, 2010\nNursing\n")
    assert r.education[0].level == EducationLevel.ASSOCIATE


def test_colleague_and_collage_spellings_are_no_school_words() -> None:
    assert not school_word("Collegue Award")
    assert not school_word("Colleague Award")
    assert school_word("Quillfield Colege")
    assert school_word("Quillfield Univeristy")

"""Round 17, education: France's levels of study ("Bac+5", "Titre RNCP niveau 6"), Germany's
vocational training ("Ausbildung zum X") and the school kind after a Diplom title ("(FH)"),
Spain's "Técnico Superior en X — Employer" under Experience (a job), and schools named alone
("Harwell" over "MBA, 2012", the layout shown twice), and what no school named alone is (a
subject, a status, an honour, an employer, a skill, a heading). Every case is invented."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.edu_lines import school_alone
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


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Técnico Superior en Informática", None),
        ("Técnico Superior en Informática — Madrid", None),
        ("Técnico Superior en Informática — IES Valmonte", "IES Valmonte"),
    ],
)
def test_tecnico_superior_without_an_employer_under_experience_stays_a_degree(
    line: str, school: str | None
) -> None:
    text = HEAD + (
        f"Experience\n{line}\n2015 - 2018\n\nEducation\nBS in Biology, Acme University, 2014\n"
    )
    r = parse_resume(text, today=TODAY)
    assert r.work_experience == []
    assert [(e.degree, e.field, e.institution) for e in r.education] == [
        ("Técnico Superior", "Informática", school),
        ("BS", "Biology", "Acme University"),
    ]


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


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        # a degree that names its subject: the line under it is still read as its field (as
        # before round 17), never as its school
        (["MBA", "Human Resources", "2014"], "Human Resources"),
        (["MBA", "International Relations", "2014"], "International Relations"),
        (["MBA", "Supply Chain", "2014"], "Supply Chain"),
        (["MBA", "Real Estate", "2014"], "Real Estate"),
        (["MBA", "Operations", "2014"], "Operations"),
        (["MBA", "Strategy", "2014"], "Strategy"),
        (["MPP", "Public Policy", "2014"], "Public Policy"),
        (["MPH", "Public Health", "2014"], "Public Health"),
    ],
)
def test_a_subject_under_a_degree_naming_its_own_is_no_school(lines: list[str], field: str) -> None:
    [(_, got_field, school, _)] = _read(lines)
    assert (got_field, school) == (field, None)


@pytest.mark.parametrize(
    "status",
    [
        "In Progress",
        "Currently Enrolled",
        "Incomplete",
        "Dropped Out",
        "Transferred",
        "Withdrawn",
        "Deferred",
        "Awarded",
        "Conferred",
    ],
)
def test_a_status_under_a_degree_is_no_school(status: str) -> None:
    [(_, _, school, _)] = _read(["MBA", status, "2014"])
    assert school is None


@pytest.mark.parametrize("below", ["Varsity Soccer", "Phi Beta Kappa"])
def test_a_note_under_a_degree_with_its_field_is_no_school(below: str) -> None:
    [(_, field, school, _)] = _read(["B.S. in Biology", below])
    assert (field, school) == ("Biology", None)


@pytest.mark.parametrize(
    "above",
    [
        "Criminal Justice",
        "Public Health",
        "Acme",
        "Riverton",
        "Post-Graduate",
        "Diplomas",
        "Apprenticeships",
        "Main",
    ],
)
def test_one_name_over_the_first_degree_is_no_school(above: str) -> None:
    # the names-first layout is read only when the section shows it twice
    for degree in ("MBA, 2012", "Bachelor of Science, 2012"):
        [(_, _, school, _)] = _read([above, degree])
        assert school is None


def test_an_honour_in_a_names_first_layout_is_no_school() -> None:
    got = _read(["Harwell", "MBA, 2012", "Phi Beta Kappa", "BS in Biology, 2008"])
    assert [g[2] for g in got] == [None, None]
    got = _read(
        ["Harwell", "MBA, 2012", "Stanmore", "JD, 2010", "Dean's List", "BS in Biology, 2008"]
    )
    assert [g[2] for g in got] == ["Harwell", "Stanmore", None]


def test_a_town_in_a_names_first_layout_is_no_school() -> None:
    got = _read(["Harwell", "MBA, 2012", "Stanmore", "JD, 2010", "Boston", "BS in Biology, 2008"])
    assert [g[2] for g in got] == ["Harwell", "Stanmore", None]


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
        # round 17 review: subjects, statuses, honours, employers, skills, headings, labels
        "Human Resources",
        "Social Work",
        "International Relations",
        "Supply Chain",
        "Real Estate",
        "Operations",
        "Strategy",
        "Public Policy",
        "Criminal Justice",
        "In Progress",
        "Currently Enrolled",
        "Incomplete",
        "Conferred",
        "Phi Beta Kappa",
        "Dean's List",
        "Google",
        "Acme Corp",
        "Python",
        "Excel",
        "References",
        "Awards",
        "Skills",
        "Summer",
        "Bootcamp",
        "Main Campus",
        "Toastmasters",
        "Varsity Soccer",
        "Post-Graduate",
        "Diplomas",
        "Apprenticeships",
    ],
)
def test_no_school_named_alone(text: str) -> None:
    assert not school_alone(text)


@pytest.mark.parametrize("text", ["Harwell", "Stanmore", "Carnegie Ashby", "Penn Vale"])
def test_school_named_alone(text: str) -> None:
    assert school_alone(text)


def test_a_topic_over_a_degree_is_no_school() -> None:
    assert _read(["Accessibility", "Bachelors"]) == [("Bachelors", None, None, None)]


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
        "Técnico Superior en X — Acme\n" * 3500,
        "Harwell\nMBA, 2012\nStanmore\nJD, 2010\n" * 1250,
        "Técnico Superior en Informática — Madrid\n" * 2500,
    ],
)
def test_hostile_input_finishes(text: str) -> None:
    # it must finish (the suite's per-test timeout is the bound; no timed assert)
    assert parse_resume(HEAD + "Education\n" + text, today=TODAY).contact is not None
    assert parse_resume(HEAD + "Experience\n" + text, today=TODAY).contact is not None

"""Education, seventh round (issue 14): a double degree written across a slash, a vocational
"Technical Degree in …", a school kept with its university, certificates under Education read
as certifications (synthetic resumes only)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education, school_names
from atspro.analysis.resume.parser import parse_resume
from atspro.models import EducationLevel


def read(lines: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.degree, e.institution, e.graduation_date) for e in parse_education(lines.splitlines())
    ]


def test_a_double_degree_across_a_slash_is_two_degrees_of_one_school() -> None:
    got = read(
        "Bachelor of Laws/Bachelor of Arts\nEastvale University, Northgate Campus\n2009\n"
        "Arts Majors: Regional History"
    )
    assert got == [
        ("Bachelor of Laws", "Eastvale University", "2009"),
        ("Bachelor of Arts", "Eastvale University", "2009"),
    ]
    # the year written before the first, the school after the second: both share them
    got = read("2004 - 2009 Bachelor of Science/Master of Science in Physics, Eastvale University")
    assert [(d, s, y) for d, s, y in got] == [
        ("Bachelor of Science", "Eastvale University", "2009"),
        ("Master of Science", "Eastvale University", "2009"),
    ]


def test_one_programmes_abbreviations_across_a_slash_stay_one_degree() -> None:
    assert [d for d, _, _ in read("BS/MS in Physics, Eastvale University, 2010")] == ["BS"]


def test_a_technical_degree_in_a_field_is_an_associate_degree() -> None:
    found = find_degree("Equal to a Two-year Technical Degree in Network Administration")
    assert found and found[:2] == ("Technical Degree", EducationLevel.ASSOCIATE)
    found = find_degree("Vocational Degree (Electronics), Hillcrest Polytechnic")
    assert found and found[:2] == ("Vocational Degree", EducationLevel.ASSOCIATE)
    # the words in a sentence, with no field, name no degree
    assert find_degree("a technical degree is a plus for this role") is None
    got = parse_education(["Two-year Technical Degree in Networks", "June 2011"])
    assert [(e.degree, e.field, e.graduation_date) for e in got] == [
        ("Technical Degree", "Networks", "2011-06")
    ]


def test_a_school_named_with_its_university_keeps_both_names() -> None:
    assert read(
        "THE ORCHARD SCHOOL, UNIVERSITY OF EASTVALE\nMaster of Business Administration"
    ) == [("Master of Business Administration", "THE ORCHARD SCHOOL, UNIVERSITY OF EASTVALE", None)]
    assert read("University of Northgate, School of Kinesiology\nMasters of Education") == [
        ("Masters of Education", "University of Northgate, School of Kinesiology", None)
    ]
    assert read("BRAMBLE COLLEGE - BRAMBLE UNIVERSITY - Lakeview, NJ\nBA in Mathematics") == [
        ("BA", "BRAMBLE COLLEGE - BRAMBLE UNIVERSITY", None)
    ]
    # a college and its school, a degree line
    got = read("M.Ed., Literacy, Hillcrest College, School of Arts and Sciences, 1978")
    assert got == [("M.Ed.", "Hillcrest College, School of Arts and Sciences", "1978")]
    assert school_names("Hillcrest College, School of Arts and Sciences") == [
        "Hillcrest College",
        "School of Arts and Sciences",
    ]


def test_two_schools_side_by_side_are_not_joined() -> None:
    # two universities, an acronym beside a university, a secondary school beside one
    assert read("Eastvale University, Northgate University\nMS")[0][1] == "Eastvale University"
    assert read("MIT, Northgate University\nMS")[0][1] == "Northgate University"
    got = read("BSc, Hillcrest High School, Lakeview University, 2001")
    assert got == [("BSc", "Lakeview University", "2001")]
    # a campus is part of one school's name
    assert school_names("University of Eastvale, Davis") == ["University of Eastvale, Davis"]


def test_certificates_under_education_are_certifications_not_degrees() -> None:
    r = parse_resume(
        "Jane Roe\njane@example.com\nEDUCATION\n"
        "Master of Arts in Counselling, Eastvale University, 2012\n"
        "Certificate in Child Psychology, Hillcrest College, 2010\n"
        "CPR Certification\n"
        "Licensure: Standard Teaching License; Endorsements: Art K-12\n"
        "A valid Northland Teacher's License\n"
        "EXPERIENCE\nCounsellor, Lakeview Clinic\n2012 - 2020\n- Ran group sessions\n",
        today=date(2026, 1, 1),
    )
    assert [e.degree for e in r.education if e.degree] == ["Master of Arts"]
    assert [(c.name, c.issuer, c.date) for c in r.certifications] == [
        ("Certificate in Child Psychology", "Hillcrest College", "2010"),
        ("CPR Certification", None, None),
        ("Standard Teaching License", None, None),
        ("Northland Teacher's License", None, None),
    ]


def test_school_leaving_certificates_headings_and_notes_are_no_certifications() -> None:
    r = parse_resume(
        "Jane Roe\njane@example.com\nEDUCATION\n"
        "BSc Computing, Eastvale University, 2008\n"
        "Northland Certificate of Secondary Education (NCSE)\n"
        "ADDITIONAL CERTIFIED TRAINING\n"
        "Advanced Widget Design (5 days, Zeta Certified, 2009)\n"
        "Eligible for Teaching Certification by the State Board\n"
        "Member, Society of Certified Widget Engineers\n"
        "Certificate Held: xxxxxx\n"
        "EXPERIENCE\nEngineer, Lakeview Widgets\n2008 - 2020\n- Built widgets\n",
        today=date(2026, 1, 1),
    )
    assert r.certifications == []


def test_a_us_state_after_its_town_is_no_degree() -> None:
    for text in (
        "Eastvale University, Columbia, MS, 1997",
        "Eastvale University, Cambridge, MA 02139",
        "Eastvale College, Baltimore, MD",
    ):
        assert find_degree(text) is None, text
    # the degree after a field or a name stays
    assert find_degree("Physics, MS, 2001") is not None
    assert find_degree("Marine Biology, MA") is not None


def test_coursework_and_doctoral_duties_name_no_degree_held() -> None:
    assert find_degree("Chemistry (Masters coursework completed) 2003") is None
    assert find_degree("Ph.D. coursework in Systems Science, Eastvale University") is None
    assert find_degree("Doctoral Comprehensive Examination Reader") is None
    assert find_degree("Doctoral degree in Law") is not None


def test_a_school_name_loses_a_dangling_with() -> None:
    got = read("Secondary diploma from Maple Ridge high school with\nhonours in the arts track.")
    assert got[0][1] == "Maple Ridge high school"


def test_a_field_ends_before_a_school_acronym_or_a_town() -> None:
    # punctuation-stripped one-line exports: the school's acronym or "Dr …" after the field
    def fields(line: str) -> list[tuple[str | None, str | None]]:
        return [(e.degree, e.field) for e in parse_education([line])]

    assert fields("Masters in Commerce XYZU Lakeview  Lakeview Uttar Pradesh") == [
        ("Masters", "Commerce")
    ]
    assert fields("Master of science in Chemistry Dr ABCU  Riverton Kerala") == [
        ("Master of science", "Chemistry")
    ]
    assert fields("BSc in Physics II") == [("BSc", "Physics II")]
    assert fields("B.Tech in ECE") == [("B.Tech", "ECE")]
    # a town and its region after "in": no field
    assert fields("high school in Riverton Kerala") == [("high school", None)]


def test_a_driving_licence_is_no_certification_and_bcl_is_a_degree() -> None:
    from atspro.analysis.resume.certificates import certificates_in

    assert certificates_in(["Full clean driving licence", "Driver's License, Class B"], []) == []
    found = find_degree("BCL Law and French, Eastvale University")
    assert found and found[:2] == ("BCL", EducationLevel.BACHELOR)


def test_a_town_named_like_a_college_is_no_unit() -> None:
    # "College Station" is a town the gazetteer knows
    assert school_names("Eastvale University, College Station") == [
        "Eastvale University, College Station"
    ]
    assert read("Eastvale University, College Station, TX\nBS in Physics")[0][1] == (
        "Eastvale University"
    )
    # a town or a degree beside a "School of …" names one school
    assert school_names("Faculty of Law, Paris") == ["Faculty of Law, Paris"]
    assert school_names("Bachelors in Mass Media, School of Mass Media") == [
        "Bachelors in Mass Media, School of Mass Media"
    ]

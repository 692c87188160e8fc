"""Education, sixth round (issue 14): posts held listed under Education, a degree word wrapped
before its abbreviation, honours in a degree's name (synthetic resumes only)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.degrees import find_degree
from atspro.analysis.resume.education import parse_education
from atspro.analysis.resume.parser import parse_resume


def read(lines: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (e.degree, e.institution, e.graduation_date) for e in parse_education(lines.splitlines())
    ]


def test_posts_held_under_education_are_no_schools() -> None:
    # an academic CV: degrees first, then the posts held, under the one Education heading
    got = read(
        "Ph.D. May 2001 Marine Biology\nEastbury University\n"
        "M.S. June 1996 Marine Biology\nWestlake University\n"
        "Faculty Positions\n"
        "2009 to present: Professor of Biology,\nNorthgate State University\n"
        "Visiting Appointments\n"
        "2012-2014: Director of the Masters in Marine Policy (MMP) programme, Northgate State University\n"
    )
    assert got == [
        ("Ph.D.", "Eastbury University", "2001-05"),
        ("M.S.", "Westlake University", "1996-06"),
    ]


def test_a_degree_word_wrapped_before_its_abbreviation_is_one_degree() -> None:
    # a one-line text's reflow breaks before each degree: "Bachelors in" | "BCA …"
    got = read(
        "Bachelors in\nBCA Lakeview University  Riverton Punjab\n2015\n"
        "Masters in\nMBA Hillcrest UNIVERSITY  Pinegrove Telangana\n2018\n"
    )
    assert got == [
        ("Bachelors in BCA", "Lakeview University", "2015"),
        ("Masters in MBA", "Hillcrest UNIVERSITY", "2018"),
    ]


def test_a_degree_word_over_the_full_degree_name_is_read_once() -> None:
    got = read("Masters in\nMaster of Computer Applications VTU May 2013\n")
    assert got == [("Master of Computer Applications", "VTU", "2013-05")]


def test_honours_are_part_of_the_degree_name() -> None:
    assert find_degree("LLB Honours, 2010")[0] == "LLB Honours"
    assert find_degree("BA (Hons) English Education")[0] == "BA (Hons)"
    assert find_degree("B.A. with Honors in History")[0] == "B.A."


def test_a_degree_alone_on_its_line_takes_the_field_that_leads_the_next() -> None:
    got = parse_education(["BS", "Marine Biology, 1997: Lakeview University, Riverton, OR"])
    assert [(e.degree, e.field, e.institution, e.graduation_date) for e in got] == [
        ("BS", "Marine Biology", "Lakeview University", "1997")
    ]
    # a grade or a note there is no field
    got = parse_education(["MBA", "Magna Cum Laude, 2001, Lakeview University"])
    assert got[0].field is None


def test_an_emphasis_named_after_the_degree_is_its_field() -> None:
    got = parse_education(["MBA with an emphasis in Supply Chain Management, Hill University"])
    assert (got[0].degree, got[0].field) == ("MBA", "Supply Chain Management")


def test_label_or_field_words_before_a_school_name_are_cut() -> None:
    # a punctuation-stripped line: a column label or a field left before the school's name
    got = read("BTech in ECE\nComputer Science NIT Hillview Kerala\nExam Hillcrest University")
    schools = [school for _, school, _ in got]
    assert schools[0].startswith("NIT")
    assert all(not s.startswith(("Computer", "Exam")) for s in schools if s)


def test_schools_listed_after_an_entrys_activities_label_are_education() -> None:
    r = parse_resume(
        "Jane Roe\njane@example.com\nEDUCATION\n"
        "Lakeview University, Hillcrest School of Law | Riverton, Oregon\n"
        "J.D. | May 2010\nGPA: 3.5\nActivities:\nMoot Court Member\n"
        "Westfield State University | Pinecrest, Ohio\n"
        "B.A. Economics | May 2006\nGPA: 3.6\nActivities:\n"
        "Volunteer Coordinator, Youth Club\n"
        "EXPERIENCE\nAssociate, Smith and Young LLP\n2006 - 2012\n- Drafted briefs\n",
        today=date(2026, 1, 1),
    )
    assert [(e.degree, e.institution, e.graduation_date) for e in r.education] == [
        ("J.D.", "Lakeview University, Hillcrest School of Law", "2010-05"),
        ("B.A.", "Westfield State University", "2006-05"),
    ]


def test_degrees_awarded_in_sentences_with_no_education_heading() -> None:
    r = parse_resume(
        "Jane Roe\njane@example.com\nSUMMARY\nA health educator with ten years of practice.\n"
        "PROFESSIONAL TRAINING\n"
        "Awarded Master of Environmental Science (MES) Degree of Lakeview\n"
        "University.\n"
        "Awarded Bachelor of Arts in Social Work (BA SW) Degree of\n"
        "Hillcrest University.\nAwarded Best Tutor of the Year 2010.\n"
        "PROFESSIONAL EXPERIENCE\nLecturer, Westfield College\n2013 - Present\n- Taught\n",
        today=date(2026, 1, 1),
    )
    assert [(e.degree, e.institution) for e in r.education] == [
        ("Master of Environmental Science", "Lakeview University"),
        ("Bachelor of Arts", "Hillcrest University"),
    ]


def test_eval_tells_a_post_held_under_education_from_a_missed_school() -> None:
    from bench.eval.common import line_labels
    from bench.eval.resumes import _a_post, _edu_fn_class

    text = (
        "Jane Roe\njane@example.com\nEducation\nPh.D. Marine Biology, Eastbury University, 2001\n"
        "2010 to 2013: Visiting Lecturer, Department of Biology,\nNorthgate State University\n"
        "Experience\nAnalyst, Acme Corp\n2012 - 2015\n"
    )
    lines, labels = line_labels(text)
    assert _a_post("Northgate State University", lines, labels)
    assert not _a_post("Eastbury University", lines, labels)
    cls = _edu_fn_class("institutions", "Northgate State University", [], {"education"}, True)
    assert cls.startswith("noise?: the employer of a post")


def test_eval_tells_a_college_labelled_beside_its_university() -> None:
    from bench.eval.resumes import _beside

    lines = ["Education", "Teachers College, Lakeview University", "M.A. 2001"]
    assert _beside("Teachers College", ["Lakeview University"], lines)
    assert not _beside("Teachers College", ["Hillcrest University"], lines)
    # a punctuation-stripped text's run-together line says nothing
    assert not _beside("Teachers College", ["Lakeview University"], [lines[1].replace(",", "")])


def test_dba_the_job_and_letters_inside_a_school_name_are_no_degree() -> None:
    for text in (
        "Senior Oracle DBA Zeta Corp  Riverton",
        "Worked as a DBA in Zeta Corp Pinegrove since 2015",
        "DBA Manager Acme Insurers",
        "Lakeview Road MS High School",
    ):
        assert find_degree(text) is None, text
    assert find_degree("DBA in Finance, Hill University, 2010")[0] == "DBA"
    assert find_degree("MS in Physics, Hill College")[0] == "MS"


def test_publications_listed_under_education_are_no_schools() -> None:
    got = read(
        "Ph.D., Sociology, Hill University, 1987\n"
        "Roe, J. and K. Lee. 2003. Small Colleges as Workplaces, Journal of Y 3:1-9.\n"
        "Roe, J. 2001. Regional Universities as Employers, Northern Review 12:40-52.\n"
    )
    assert got == [("Ph.D.", "Hill University", "1987")]


def test_a_school_named_before_its_degree_on_one_line_stops_at_the_degree() -> None:
    got = parse_education(
        ["Lakeview University MBA in Finance 2012", "Westfield College Diploma 2008 - 2010"]
    )
    assert [(e.institution, e.degree) for e in got] == [
        ("Lakeview University", "MBA"),
        ("Westfield College", "Diploma"),
    ]
    assert parse_education(["Hillside University Degree"])[0].institution == "Hillside University"


def test_a_stage_before_its_schools_name_and_a_board_is_no_field() -> None:
    assert find_degree("10 th Lakeview Public School via XBOSE 2010")[0] == "10 th"
    for address in ("12th Main Road Lakeview", "12th Cross Street School Road"):
        assert find_degree(address) is None
    got = parse_education(["B Com Hill Science College Riverton Kerala 2007", "Board of Secondary"])
    assert (got[0].degree, got[0].field) == ("B Com", None)

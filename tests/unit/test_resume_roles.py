"""Experience (employer, title, dates) and years: one synthetic resume per failure class
counted on the train part of the labelled sets (issue 14, second round)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.dates import find_range
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.scoring.matching import union_years
from atspro.models import Resume, WorkExperience

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.company, w.position, w.start, w.end) for w in parse(text).work_experience]


def test_a_range_whose_dash_was_lost_over_two_lines():
    # Exports that drop the "–" leave the start at the end of one line, the end on the next.
    r = parse(
        "Experience\n"
        "Corvane Robotics, Austin, TX\n"
        "Field Technician, March 2016\n"
        "Present\n"
        "Serviced sorting robots at client sites.\n"
        "Brightwell Labs, Dallas, TX\n"
        "Lab Assistant, June 2012\n"
        "August 2015\n"
        "Prepared samples.\n"
    )
    got = [(w.position, w.start, w.end, w.is_current) for w in r.work_experience]
    assert got == [
        ("Field Technician", "2016-03", None, True),
        ("Lab Assistant", "2012-06", "2015-08", False),
    ]


def test_a_year_line_then_the_end_year_with_the_role():
    got = roles(
        "Career History\n"
        "2004\n"
        "Present: Freelance Sound Engineer\n"
        "Recorded albums for independent labels.\n"
        "1999\n"
        "2004: Assistant Sound Engineer, Tallis Records Ltd\n"
        "Ran sessions.\n"
    )
    assert got == [
        (None, "Freelance Sound Engineer", "2004", None),
        ("Tallis Records Ltd", "Assistant Sound Engineer", "1999", "2004"),
    ]
    got = roles("Experience\n1997\n2000:\nSenior Counsel, Halden and Co. Advocates\nDrafted.\n")
    assert got == [("Halden and Co. Advocates", "Senior Counsel", "1997", "2000")]


def test_glued_year_ranges_are_ranges_and_other_digit_runs_are_not():
    assert (find_range("20122016").start, find_range("20122016").end) == ("2012", "2016")
    assert find_range("2016present").is_current
    assert find_range("2016to date").is_current
    assert find_range("20162012") is None  # the end before the start
    assert find_range("20151234") is None  # not two years
    assert find_range("2012Presentation") is None


def test_a_segment_with_no_title_cue_is_not_the_position():
    # Template placeholders, towns and tools are not titles: leave the position empty.
    assert parse_role_header(["ACME STORES", "City"]).position is None
    assert parse_role_header(["Jira", "Orbital Systems Inc."]).position is None
    role = parse_role_header(["Orbital Systems Inc.", "Copywriter"])
    assert (role.company, role.position) == ("Orbital Systems Inc.", "Copywriter")


def test_a_title_is_never_taken_for_the_employer():
    role = parse_role_header(["Game Programmer", "Senior Game Programmer"])
    assert role.company is None
    assert role.position in ("Game Programmer", "Senior Game Programmer")


def test_internships_are_not_years_in_the_score_either():
    roles_ = [
        WorkExperience(position="Data Analyst", start="2020-01", end="2021-12"),
        WorkExperience(position="Software Engineering Intern", start="2018-06", end="2019-05"),
    ]
    assert union_years(roles_, TODAY) == 2.0


def test_publications_committees_awards_and_dated_courses_are_not_roles():
    from atspro.analysis.resume.roles import plausible_name

    for value in (
        "Curriculum Review Committee",
        "Regional Teaching Award",
        "“Benchmarking Course Tools” Systems Journal",
        "presented at the Educators Meeting",
        "Database Systems (1998)",
        "Windows 2000",
        "Advanced",
        "University",
        "Continued",
    ):
        assert plausible_name(value) is None, value
    assert plausible_name("Instructor Summer 2001") == "Instructor"
    assert plausible_name("Member and Treasurer (2004-2009)") == "Member and Treasurer"
    assert plausible_name("eBay") == "eBay"
    assert plausible_name("0708 2005 Kelkoo.com") == "Kelkoo.com"  # dates a column put first


def test_two_labels_on_one_line_give_employer_and_title():
    got = roles(
        "Professional Background\n"
        "Company: Halvard Freight Pvt Ltd  Designation: Senior Accountant\n"
        "Duration: Jan 2016 - Mar 2019\n"
        "Closed the books every month.\n"
    )
    assert got == [("Halvard Freight Pvt Ltd", "Senior Accountant", "2016-01", "2019-03")]


def test_one_line_roles_written_as_list_items():
    got = roles(
        "Experience\n- Paralegal (2012 - 2015)\n- Legal Secretary (2009 - 2012)\n"
        "Skills\nDrafting, filing\n"
    )
    assert got == [(None, "Paralegal", "2012", "2015"), (None, "Legal Secretary", "2009", "2012")]
    # A bullet that mentions dates is still a bullet of its role.
    r = parse(
        "Experience\nOrbital Systems Inc.\nData Analyst\n2016 - 2020\n"
        "- Led the migration to a new warehouse (2018 - 2019)\n"
    )
    assert [(w.company, w.position) for w in r.work_experience] == [
        ("Orbital Systems Inc.", "Data Analyst")
    ]


def test_department_and_skill_phrases_are_not_the_employer():
    got = roles(
        "Experience\nFinance Department\nHalvard Freight Pvt Ltd\nSenior Accountant\n2016 - 2019\n"
    )
    assert got == [("Halvard Freight Pvt Ltd", "Senior Accountant", "2016", "2019")]
    got = roles("Experience\nMachine Learning\nData Scientist\n2016 - 2019\nBuilt models.\n")
    assert got == [(None, "Data Scientist", "2016", "2019")]


def test_role_line_under_a_dates_line_may_end_with_a_full_stop():
    got = roles(
        "Experience\n"
        "2007 - 2013\n"
        "Systems Designer & Lead Mobile Developer, Halden Mobile Experience Lab.\n"
        "Led the development of several location-based apps for museums.\n"
        "2005 - 2007\n"
        "Systems Programmer, Halden Media Lab.\n"
        "Maintained the build servers.\n"
    )
    assert got == [
        (
            "Halden Mobile Experience Lab",
            "Systems Designer & Lead Mobile Developer",
            "2007",
            "2013",
        ),
        ("Halden Media Lab", "Systems Programmer", "2005", "2007"),
    ]


def test_a_job_at_a_school_or_in_maryland_is_not_education():
    got = roles(
        "Professional Experience\n"
        "Adjunct Instructor, Harwick College, Baltimore, MD, 1997 to Present\n"
        "• Teach educational psychology to classes of 20 students.\n"
        "Principal, Fenmore High School, Silver Spring, MD, 1991 to 1996\n"
        "• Led a school of 1,000 students.\n"
        "Education\n"
        "M.Ed., Harwick College, 1990\n"
    )
    assert got == [
        ("Harwick College", "Adjunct Instructor", "1997", None),
        ("Fenmore High School", "Principal", "1991", "1996"),
    ]


def test_a_two_digit_end_year():
    got = roles("Experience\nSPED Teacher, Larkfield School, Kent, OH, 1978-82\nTaught.\n")
    assert got == [("Larkfield School", "SPED Teacher", "1978", "1982")]
    assert find_range("2008-10") is None  # October 2008, not a range
    assert find_range("1998-02") is None


def test_label_tables_with_or_without_colons():
    got = roles(
        "Work History\n"
        "Name of Employer: Halvard Freight Pvt Ltd\n"
        "Job Role: Senior Accountant\n"
        "Period: June 2016 - March 2019\n"
        "Closed the books.\n"
    )
    assert got == [("Halvard Freight Pvt Ltd", "Senior Accountant", "2016-06", "2019-03")]
    got = roles(
        "Experience\n"
        "Company      Halvard Freight\n"
        "Designation  Senior Accountant\n"
        "Duration     2016 - 2019\n"
        "Company      Orbital Systems\n"
        "Designation  Junior Accountant\n"
        "Duration     2013 - 2016\n"
    )
    assert got == [
        ("Halvard Freight", "Senior Accountant", "2016", "2019"),
        ("Orbital Systems", "Junior Accountant", "2013", "2016"),
    ]


def test_names_opening_with_an_ed_word_or_wrapped_after_of_are_employers():
    role = parse_role_header(["United Kingdom National Reading Trust", "Literacy Campaign Intern"])
    assert (role.company, role.position) == (
        "United Kingdom National Reading Trust",
        "Literacy Campaign Intern",
    )
    role = parse_role_header(
        ["Chief Attorney, Office of the Commissioner of", "Securities, Madison, Wisconsin"]
    )
    assert (role.company, role.position, role.location) == (
        "Office of the Commissioner of Securities",
        "Chief Attorney",
        "Madison, Wisconsin",
    )
    assert parse_role_header(["Managed the regional budget and staff", "Analyst"]).company is None


def test_an_achievements_subheading_does_not_end_the_experience_section():
    got = roles(
        "Dana Whitlow\n"
        "Employment History\n"
        "Mar 2014 - current\n"
        "Website Developer\n"
        "Larkspur Antiques, Canterbury\n"
        "Achievements\n"
        "Doubled online sales in a year\n"
        "Aug 2012 - Feb 2014\n"
        "Customer Service Assistant\n"
        "Bytes R Us\n"
        "Achievements\n"
        "Trained three new staff members\n"
    )
    assert got == [
        ("Larkspur Antiques", "Website Developer", "2014-03", None),
        ("Bytes R Us", "Customer Service Assistant", "2012-08", "2014-02"),
    ]


def test_memberships_are_not_job_titles():
    assert parse_role_header(["Member", "Regional Planning Board"]).position is None
    assert parse_role_header(["Society of Automotive Engineers (SAE)"]).position is None
    role = parse_role_header(["Board Member", "Harbor Food Bank"])
    assert (role.company, role.position) == ("Harbor Food Bank", "Board Member")


def test_experience_heading_variants_and_a_heading_glued_to_the_first_role():
    got = roles(
        "Dana Whitlow\nAcademic career\n2016 - 2020\nLecturer at the Institute of Informatics\n"
        "Taught compilers.\n"
    )
    assert got == [("Institute of Informatics", "Lecturer", "2016", "2020")]
    got = roles(
        "Dana Whitlow\n"
        "Experience Harbor Interactive Media Group January 2008 – Present\n"
        "Senior Web Developer  North Hollywood, CA\n"
        "Built the localisation pipeline.\n"
        "Education\nB.S. in Computer Science, 2003\n"
    )
    assert got == [("Harbor Interactive Media Group", "Senior Web Developer", "2008-01", None)]

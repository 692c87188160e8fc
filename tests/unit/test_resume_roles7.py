"""Round 5 role layouts: short header lines near dates (made-up employers and people)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header, title_from_body
from atspro.analysis.resume.roles import RoleHeader

TODAY = date(2026, 6, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_an_employer_named_after_its_town_keeps_the_town() -> None:
    role = parse_role_header(["Teller, Lakeview Bank of Dayton, OH", "2004 - 2006"])
    assert (role.position, role.company) == ("Teller", "Lakeview Bank of Dayton")
    assert role.location == "Dayton, OH"


def test_a_partners_firm_is_not_cut_at_a_word_read_as_a_town() -> None:
    role = parse_role_header(["Brook & Tally, PA", "Lakeland, Florida", "Office Manager"])
    assert (role.position, role.company) == ("Office Manager", "Brook & Tally")


def test_a_town_or_country_segment_is_never_the_employer() -> None:
    role = parse_role_header(["Pakistan", "Consultant", "Northbridge Relief Programme (NRP)"])
    assert (role.position, role.company) == ("Consultant", "Northbridge Relief Programme (NRP)")
    role = parse_role_header(["Intern engineer / QXL, Rennes"])
    assert (role.position, role.company) == ("Intern engineer", "QXL")


def test_a_skill_beside_the_title_gives_way_to_the_employer_line() -> None:
    role = parse_role_header(["Director of Engineering, Android,", "Kindlewick"])
    assert (role.position, role.company) == ("Director of Engineering", "Kindlewick")
    role = parse_role_header(["Engineer, Oracle", "Redwood City, CA"])
    assert (role.position, role.company) == ("Engineer", "Oracle")


def test_a_labelled_title_under_the_header_is_the_title() -> None:
    role = RoleHeader(None, "Quillon Telephone Banking", "Melbourne")
    body = [
        "Position: Customer Service Advisor (part time to 2012, full time from 2014)",
        "Answered calls about accounts.",
    ]
    assert title_from_body(role, body) == ["Answered calls about accounts."]
    assert role.position == "Customer Service Advisor"


def test_a_labelled_title_in_a_dated_role_reads_in_the_parse() -> None:
    text = (
        "Dana Orr\nEXPERIENCE\n"
        "2009-2011\nQuillon Telephone Banking, Melbourne\n"
        "Position: Customer Service Advisor (part time to 2012, full time from 2014)\n"
        "Answered calls about accounts and cards.\n"
        "2005-2009\nBrightwater Cafe, Geelong\n"
        "Position: Barista\n"
        "Made coffee for two hundred guests a day.\n"
    )
    assert _roles(text) == [
        ("Customer Service Advisor", "Quillon Telephone Banking"),
        ("Barista", "Brightwater Cafe"),
    ]


def test_one_line_roles_after_the_dated_ones_name_title_and_employer() -> None:
    text = (
        "Dana Orr\nEXPERIENCE\n"
        "Elementary Tutor, Maple Learning Center (Summer 2004)\n"
        "- Tutored reading.\n"
        "Receptionist, Lakeview Bank of Dayton, OH\n"
    )
    assert ("Receptionist", "Lakeview Bank of Dayton") in _roles(text)


def test_a_previous_roles_environment_line_is_no_employer() -> None:
    role = parse_role_header(
        [
            "Environment: Windows XP, VPN connectivity, Remote Desktop, PHP",
            "Software Test Engineer",
            "Larkfield Software, India",
        ]
    )
    assert (role.position, role.company) == ("Software Test Engineer", "Larkfield Software")


def test_a_practitioner_of_a_field_is_a_title_not_an_employer() -> None:
    role = parse_role_header(["Senior Data Architect / Hydrologist"])
    assert role.company is None
    role = parse_role_header(["Brightmoor Clinic", "Radiologist"])
    assert (role.position, role.company) == ("Radiologist", "Brightmoor Clinic")


def test_an_office_or_programme_inside_a_university_is_no_employer() -> None:
    """A department is never the employer (issue 14): the university is, whichever line
    names the office."""
    role = parse_role_header(
        ["Office of Undergraduate Admissions, Halvorsen University, New York, NY", "Advisor"]
    )
    assert (role.position, role.company) == ("Advisor", "Halvorsen University")
    role = parse_role_header(["Halvorsen University, Legal Information Center", "Librarian"])
    assert (role.position, role.company) == ("Librarian", "Halvorsen University")


def test_a_department_of_another_employer_is_not_taken_for_the_universitys_unit() -> None:
    role = parse_role_header(
        [
            "Associate Attorney",
            "Corporate Department, Brandt & Partner, Padua (Italy)",
            "Lecturer",
            "University of Verona, Verona (Italy)",
        ]
    )
    assert role.company != "Corporate Department"


def test_an_irish_county_is_no_company_suffix() -> None:
    role = parse_role_header(["Summer 2003", "Glenbrook Grocers, Fermoy, Co. Cork"])
    assert (role.company, role.location) == ("Glenbrook Grocers", "Co. Cork")
    assert parse_role_header(["Wexford Steel Co.", "Welder"]).company == "Wexford Steel Co."


def test_a_title_whose_first_word_can_be_a_verb_under_a_dates_line() -> None:
    text = (
        "Dana Orr\nEXPERIENCE\n"
        "2016 to date\n"
        "Research Associate at Laboratory for Applied Optics, Northfield University\n"
        "Responsibilities: research work on a lens project.\n"
        "2012 - 2016\n"
        "Research Assistant at the Institute of Materials, Northfield University\n"
        "Responsibilities: measurements and teaching.\n"
    )
    got = _roles(text)
    assert got[0][0] == "Research Associate"
    assert got[1][0] == "Research Assistant"


def test_a_long_employer_line_with_its_place_under_the_dates_joins_the_header() -> None:
    text = (
        "Dana Orr\nEXPERIENCE\n"
        "Research Assistant,\nSeptember 2010 - May 2012\n"
        "Department of Biology Field Lab of Northfield University, Riverton, MD\n"
        "- Ran experiments with forty students.\n"
    )
    assert _roles(text) == [
        ("Research Assistant", "Department of Biology Field Lab of Northfield University")
    ]


def test_an_employer_in_capitals_over_a_title_after_a_dated_role() -> None:
    text = (
        "Dana Orr\nEXPERIENCE\n"
        "NORTHWIND\nSoftware Engineer\n2005-2008\n"
        "Led the integration of the music features with a partner team.\n"
        "BRIGHTWATER SOFTWORKS\nSoftware Engineer, Intern\n"
        "Designed a faster way of indexing mail archives.\n"
    )
    # The title as written (round 8: a second title after a comma stays with the first).
    assert ("Software Engineer, Intern", "BRIGHTWATER SOFTWORKS") in _roles(text)


def test_a_title_labelled_in_brackets_beside_the_employer() -> None:
    role = parse_role_header(["Lindqvist Travel L.P. (Designation: Software Intern)"])
    assert (role.position, role.company) == ("Software Intern", "Lindqvist Travel L.P.")
    role = parse_role_header(
        ["Northfield Institute of Technology", "(Designation: Graduate Research Assistant)"]
    )
    assert role.position == "Graduate Research Assistant"


def test_a_title_after_a_wrapped_sentence_about_the_employer() -> None:
    role = RoleHeader(None, "Halden Associates", "Palatine, IL")
    body = [
        "Leading maker of farm machinery, spare parts, and repair services in the",
        "region and abroad. 4,000 employees.",
        "REGIONAL SERVICE OPERATIONS MANAGER",
        "Cut repair times by a third.",
    ]
    assert title_from_body(role, body) == body[:2] + body[3:]
    assert role.position == "REGIONAL SERVICE OPERATIONS MANAGER"


def test_a_name_in_lower_case_words_over_a_title_under_a_dates_line() -> None:
    text = (
        "Dana Orr\nEXPERIENCE\n"
        "2007-Present\nRyeford Motors\nAutomobile Engineer\n"
        "Tested automotive parts for their functioning.\n"
        "2005-2007\nPine ford Auto shop\nAutomobile Engineer\n"
        "Checked the brakes of the cars brought to the garage.\n"
    )
    assert _roles(text) == [
        ("Automobile Engineer", "Ryeford Motors"),
        ("Automobile Engineer", "Pine ford Auto shop"),
    ]


def test_a_career_that_began_as_a_trainee_is_no_internship() -> None:
    from atspro.analysis.resume.roles import is_internship

    assert not is_internship("Trainee Engineer to Divisional Manager")
    assert is_internship("Trainee Engineer")
    assert is_internship("Intern to the Director")  # "to" inside one post

"""Experience, third round: one synthetic resume per failure class counted on the train part
of the labelled sets (issue 14). Each test fails on the code before its fix."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.dates import month_only
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.roles import is_title

TODAY = date(2026, 1, 1)


def roles(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (w.company, w.position, w.start, w.end)
        for w in parse_resume(text, today=TODAY).work_experience
    ]


def test_slash_joined_titles_are_titles():
    assert is_title("Team Leader/Laborer")
    assert is_title("Owner/Consultant")
    assert not is_title("RE/MAX")
    got = parse_role_header(["Harlow Speedway", "Pit Crew Lead/Laborer"])
    assert (got.company, got.position) == ("Harlow Speedway", "Pit Crew Lead/Laborer")


def test_an_aside_in_brackets_is_not_cut_into_segments():
    # "(Former Name, Inc.)": the separators inside an aside split nothing.
    got = parse_role_header(["Quillon, Inc. (Marsh Data Systems, Inc.)", "Support Engineer"])
    assert (got.company, got.position) == ("Quillon, Inc.", "Support Engineer")
    # "(Houston, TX)": the place is cut, no "(" is left on the title.
    got = parse_role_header(["Regional Planner (Houston, TX)"])
    assert (got.position, got.location) == ("Regional Planner", "Houston, TX")


def test_title_colon_employer():
    got = parse_role_header(["Volunteer: Brookvale Primary School"])
    assert (got.company, got.position) == ("Brookvale Primary School", "Volunteer")
    got = parse_role_header(["Reading Aide: Ferndale Learning Centre"])
    assert (got.company, got.position) == ("Ferndale Learning Centre", "Reading Aide")


def test_dates_above_each_role_do_not_take_the_previous_roles_last_lines():
    got = roles(
        "Experience\n"
        "2011 to Present\n"
        "Kettle Works, Petaluma, California\n"
        "Shop Supervisor\n"
        "Set up a new machine shop for the plant and hired its staff over two years.\n"
        "Lean Manufacturing\n"
        "Process Flow\n"
        "2006 to 2011\n"
        "Orvane Software, Fresno, California\n"
        "Applications Engineer\n"
        "Tested modelling software before each release to customers worldwide.\n"
    )
    assert got == [
        ("Kettle Works", "Shop Supervisor", "2011", None),
        ("Orvane Software", "Applications Engineer", "2006", "2011"),
    ]


def test_an_employer_named_alone_needs_support():
    # With no title beside it, a heading, a skill or a board seat is no employer ...
    for line in ("Professional Memberships", "Subversion", "Advisory Board"):
        assert parse_role_header([line]).company is None, line
    # ... and an undated line from a list needs a company word or a place.
    assert parse_role_header(["Attended State Debate Finals"], dated=False).company is None
    assert parse_role_header(["Marlow Outfitters", "Reno, NV"], dated=False).company == (
        "Marlow Outfitters"
    )
    assert parse_role_header(["Marlow Outfitters"]).company == "Marlow Outfitters"


def test_seasons_alone_are_dates():
    assert month_only("Summers")
    assert month_only("Fall")
    assert parse_role_header(["Summers", "Camp Counselor"]).company is None


def test_a_title_line_opening_the_body_is_the_title():
    got = roles(
        "Experience\n"
        "TALLOW SIGNAL SYSTEMS, INC., Austin, TX  1997-1999\n"
        "Maker of rail signalling equipment with $20M in annual sales.\n"
        "Regional Account Manager\n"
        "Grew the southern accounts by a third in two years.\n"
        "Brenwick Labs, Tulsa, OK  1994-1997\n"
        "Computer technician\n"
        "Kept 125 lab workstations running.\n"
    )
    assert got == [
        ("TALLOW SIGNAL SYSTEMS, INC.", "Regional Account Manager", "1997", "1999"),
        ("Brenwick Labs", "Computer technician", "1994", "1997"),
    ]
    # A bullet or a long sentence is no title line.
    got = roles(
        "Experience\n"
        "Brenwick Labs, Tulsa, OK  1994-1997\n"
        "• Lab Manager\n"
        "Kept the workstations running.\n"
    )
    assert got == [("Brenwick Labs", None, "1994", "1997")]


def test_one_date_alone_beside_a_title_dates_the_role():
    got = roles(
        "Experience\n"
        "Harlow Speedway\n"
        "Bowling Green, Kentucky\n"
        "Pit Crew Intern\n"
        "Summer 2011\n"
        "Wrote set-up sheets for each car.\n"
        "Corvane Robotics\n"
        "Louisville, Kentucky\n"
        "Field Technician\n"
        "April 2009-June 2011\n"
        "Serviced robots.\n"
    )
    assert got == [
        ("Harlow Speedway", "Pit Crew Intern", "2011", "2011"),
        ("Corvane Robotics", "Field Technician", "2009-04", "2011-06"),
    ]


def test_an_end_date_glued_to_the_employer_on_the_next_line():
    got = roles(
        "Work Experience\n"
        "Game Programmer\n"
        "6/2007\n"
        "present Kestrel Studio, Norman, OK\n"
        "Wrote the physics engine.\n"
    )
    assert got == [("Kestrel Studio", "Game Programmer", "2007-06", None)]


def test_undated_roles_after_a_dated_roles_body():
    got = roles(
        "Experience\n"
        "Corvane Robotics, Austin, TX  2012 - 2016\n"
        "Product Manager\n"
        "• Launched three sorting robots.\n"
        "Earlier Career:\n"
        "BRASILO LTD., Geologist\n"
        "MERIDIAN DRILLING SERVICES, Field Technician\n"
        "Education\n"
        "B.S. Geology, State University, 2004\n"
    )
    assert got == [
        ("Corvane Robotics", "Product Manager", "2012", "2016"),
        ("BRASILO LTD.", "Geologist", None, None),
        ("MERIDIAN DRILLING SERVICES", "Field Technician", None, None),
    ]
    got = roles(
        "Experience\n"
        "Lakeview Camp, Bemidji, MN  2015 - 2017\n"
        "Camp Counselor\n"
        "• Led canoe trips.\n"
        "Brightwater Outfitters\n"
        "Ely, MN\n"
        "Trail Guide\n"
        "• Guided groups of eight.\n"
    )
    assert got[1] == ("Brightwater Outfitters", "Trail Guide", None, None)


def test_a_title_glued_to_its_employer():
    got = parse_role_header(["Network Engineer Qorvex Datanet Pvt Ltd"])
    assert (got.position, got.company) == ("Network Engineer", "Qorvex Datanet Pvt Ltd")
    for whole in ("Software Engineer Intern", "Engineer Embedded Systems", "Director of Sales"):
        assert parse_role_header([whole]).position == whole


def test_an_employer_and_its_country_after_other_words():
    got = parse_role_header(["Halden Analysis and Automation, England, Internship"])
    assert (got.company, got.position, got.location) == (
        "Halden Analysis and Automation",
        "Internship",
        "England",
    )


def test_a_placement_is_a_title_and_an_internship():
    from atspro.analysis.resume.roles import is_internship

    got = parse_role_header(["Summer Placement", "Marrow Keane, Aberdeen"])
    assert (got.company, got.position) == ("Marrow Keane", "Summer Placement")
    assert is_internship("Summer Placement")


def test_function_words_awards_and_first_person_are_no_employers():
    from atspro.analysis.resume.roles import plausible_name

    got = parse_role_header(["Vice President, Sales"])
    assert (got.position, got.company) == ("Vice President", None)
    for line in ("Awarded Best Poster Certificate", "Presently I am associated with Zentro Labs"):
        assert plausible_name(line) is None, line
    for name in ("Software Engineer I", "I.B.M.", "We Are Family Foundation"):
        assert plausible_name(name) == name


def test_grade_teachers_notes_in_brackets_and_a_title_cut_after_a_slash():
    got = parse_role_header(["Fourth Grade Teacher, Marlow Elementary School, Baltimore, MD"])
    assert (got.position, got.company) == ("Fourth Grade Teacher", "Marlow Elementary School")
    got = parse_role_header(["Project Leader/", "Technical Analyst"])
    assert got.position == "Project Leader/Technical Analyst"
    got = roles(
        "Dana Holt\n"
        "Experience\n"
        "June 2000 – July 2001\n"
        "Support Engineer (40 % part time)\n"
        "Helios Networks AS\n"
        "Solved customer problems with their Internet connections.\n"
    )
    assert got == [
        ("Helios Networks AS", "Support Engineer (40 % part time)", "2000-06", "2001-07")
    ]


def test_an_undated_role_before_the_first_dated_one():
    got = roles(
        "Dana Holt\n"
        "Experience\n"
        "Interim Director, Northfield Data Services Inc.\n"
        "• Ran the campus IT teams.\n"
        "Network Manager, Northfield Data Services Inc.  2010 - 2015\n"
        "• Rebuilt the campus network.\n"
    )
    assert got == [
        ("Northfield Data Services Inc.", "Interim Director", None, None),
        ("Northfield Data Services Inc.", "Network Manager", "2010", "2015"),
    ]


def test_working_as_a_title_in_an_employer_with_its_dates_wrapped():
    got = roles(
        "Dana Holt\n"
        "Professional Experience\n"
        "Working as a Software Engineer in Zentro Software Pvt Ltd, Pune from May 2007\n"
        "to June 2009\n"
        "• Built billing services.\n"
    )
    assert got == [("Zentro Software Pvt Ltd", "Software Engineer", "2007-05", "2009-06")]


def test_a_job_at_a_high_school_in_the_experience_section_stays_a_role():
    # Guard (the education reader stopped reading "X High School" as a diploma in round 2).
    got = roles(
        "Dana Holt\n"
        "Experience\n"
        "Rolling Hills High School, Springfield, IL  Sept 2015 - June 2018\n"
        "Taught algebra and geometry to ninth graders.\n"
        "Education\n"
        "B.S. Mathematics, State University, 2015\n"
    )
    assert got == [("Rolling Hills High School", None, "2015-09", "2018-06")]

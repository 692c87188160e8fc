"""Round 9 role layouts: employers and titles on short lines around the dates (made-up
employers and people)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import entries
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TODAY = date(2026, 6, 1)


def _roles(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (w.position, w.company, w.start) for w in parse_resume(text, today=TODAY).work_experience
    ]


def test_a_note_on_the_work_beside_the_dates_leaves_a_dates_only_line() -> None:
    # The header of a dates-only line reaches three lines up: a duration or "Full-time" in
    # brackets after the dates does not make the line a title's.
    text = (
        "Nora Quint\nEXPERIENCE\n"
        "Quillfeather Bank\nPayments Design\nBusiness Analyst\n"
        "May 2007 to October 2007 (8months)\n"
        "Wrote requirements for the card team.\n"
        "Brightwater Foods\nSupply Planning\nPlanner\n"
        "2005 – 2007 (Full-time)\n"
        "Planned the weekly orders.\n"
    )
    assert _roles(text) == [
        ("Business Analyst", "Quillfeather Bank", "2007-05"),
        ("Planner", "Brightwater Foods", "2005"),
    ]


def test_what_follows_the_titles_colon_is_a_unit_when_a_line_above_names_the_employer() -> None:
    role = parse_role_header(["Quillfeather Bank", "Retail Banking", "Senior Manager: SME Segment"])
    assert (role.position, role.company) == ("Senior Manager", "Quillfeather Bank")
    role = parse_role_header(["Quillfeather Bank", "Senior Manager: Enterprises Unit"])
    assert (role.position, role.company) == ("Senior Manager", "Quillfeather Bank")
    # With nothing above, or another role's line with its place, the colon still splits a
    # title from its employer.
    role = parse_role_header(["Ranger, Marchetti Parks, NY", "Intern: Dalby Tenants Union"])
    assert role.company == "Dalby Tenants Union"
    role = parse_role_header(["Volunteer: Larkspur Primary School"])
    assert (role.position, role.company) == ("Volunteer", "Larkspur Primary School")


def test_a_chair_and_an_attendant_are_titles() -> None:
    role = parse_role_header(["Dalby Hall College", "Interim Department Chair"])
    assert (role.position, role.company) == ("Interim Department Chair", "Dalby Hall College")
    role = parse_role_header(["Chair of the Board, Fenwick Robotics"])
    assert (role.position, role.company) == ("Chair of the Board", "Fenwick Robotics")
    role = parse_role_header(["Tamsin Leisure Centre", "Pool Attendant"])
    assert (role.position, role.company) == ("Pool Attendant", "Tamsin Leisure Centre")


def test_a_column_of_one_line_roles_then_a_column_of_their_dates() -> None:
    # Two columns read row by row: every role line first, then every dates line, in order.
    lines = [
        "COACHING",
        "Soccer Coach, Pemberton Youth Soccer, Springfield, IL",
        "Volleyball Coach, Larkspur Charter School, Springfield, IL",
        "Tutor, Tamsin Learning Center",
        "2008-2009",
        "2007-2009",
        "2004",
        "Planner",
        "Brightwater Foods, Springfield, IL",
        "2001 - 2003",
        "- Planned the weekly orders",
    ]
    _, blocks = entries.segment_by_dates(lines, lead_roles=True)
    read = [(parse_role_header(b.header), b.range.start if b.range else None) for b in blocks]
    assert [(r.position, r.company, start) for r, start in read] == [
        ("Soccer Coach", "Pemberton Youth Soccer", "2008"),
        ("Volleyball Coach", "Larkspur Charter School", "2007"),
        ("Tutor", "Tamsin Learning Center", "2004"),
        ("Planner", "Brightwater Foods", "2001"),
    ]
    assert all("2009" not in line for b in blocks for line in b.body)
    # As many dates as roles, or none is paired (a third role line above two dates).
    _, blocks = entries.segment_by_dates([*lines[:3], "Tutor, Tamsin Learning Center", *lines[4:6]])
    assert [b.range.start for b in blocks if b.range] == ["2008", "2007"]
    assert not any(parse_role_header(b.header).position == "Soccer Coach" for b in blocks[1:])


def test_a_firm_named_after_its_partners_is_one_employer() -> None:
    role = parse_role_header(["Associate", "Ostrander, Vale & Pike, PA"])
    assert (role.position, role.company) == ("Associate", "Ostrander, Vale & Pike")
    role = parse_role_header(["Associate, Ostrander, Vale & Pike, P.A., Springfield, IL"])
    assert (role.position, role.company, role.location) == (
        "Associate",
        "Ostrander, Vale & Pike, P.A.",
        "Springfield, IL",
    )
    role = parse_role_header(["Paralegal", "Miller, Halloway & Lane, PLLC"])
    assert role.company == "Miller, Halloway & Lane, PLLC"  # "Miller" a surname here
    assert parse_role_header(["MARCHETTI & DALBY, P.C."]).company == "MARCHETTI & DALBY, P.C."
    role = parse_role_header(["Associate Attorney", "Corporate Department, Marchetti & Partner"])
    assert (role.position, role.company) == ("Associate Attorney", "Marchetti & Partner")
    # Two titles joined by "and" stay titles.
    role = parse_role_header(["Co-Founder and Partner, Fenwick Robotics"])
    assert (role.position, role.company) == ("Co-Founder and Partner", "Fenwick Robotics")


def test_a_short_title_in_sentence_case_under_a_dates_only_line() -> None:
    text = (
        "Nora Quint\nEXPERIENCE\n"
        "Harbourline Media, Springfield\n"
        "- Wrote the weekly newsletter.\n"
        "2013 - 2015\n"
        "Sales consultant, part-time\n"
        "Brightwater Foods, Springfield\n"
        "Sold the weekly boxes over the phone.\n"
    )
    assert ("Sales consultant", "Brightwater Foods", "2013") in _roles(text)


def test_a_label_over_roles_written_dates_first_keeps_the_layout() -> None:
    # "Professional" over the first dates line is a label: each role still opens with its dates, and
    # the employer under a title is that role's, not the next one's.
    text = (
        "Nora Quint\nEXPERIENCE\n"
        "Professional\n"
        "January 2012 – present\n"
        "Project Manager\n"
        "Orrin Analytics AS\n"
        "Ran the research grants of our clients.\n"
        "Harbourline Media\n"
        "September 2008 – December 2011\n"
        "System Consultant\n"
        "Brightwater Systems AB\n"
        "Ran the Linux courses.\n"
    )
    assert _roles(text)[-1] == ("System Consultant", "Brightwater Systems AB", "2008-09")


def test_an_employer_in_a_town() -> None:
    role = parse_role_header(["Analyst", "Quillfeather Bank in Denver"])
    assert (role.position, role.company, role.location) == (
        "Analyst",
        "Quillfeather Bank",
        "Denver",
    )
    # A title "in" a town or a field stays whole.
    assert parse_role_header(["Head of Sales in London"]).company is None
    assert parse_role_header(["Specialist in Bank Audit"]).position == "Specialist in Bank Audit"


def test_title_unit_employer_lines() -> None:
    # "Title, Unit, Employer[, Town]": a branch or a section names where in the employer the
    # person sat; an authority is an employer.
    role = parse_role_header(["Chief, Safety Branch, Northern Harbour Authority (NHA)"])
    assert (role.position, role.company) == ("Chief", "Northern Harbour Authority (NHA)")
    role = parse_role_header(["Engineer, Signals Section, Fenwick Rail Ltd, Austin, TX"])
    assert (role.position, role.company, role.location) == (
        "Engineer",
        "Fenwick Rail Ltd",
        "Austin, TX",
    )


def test_a_newspaper_named_with_a_title_word_is_the_employer_beside_a_title() -> None:
    for header in (["Reporter, Valley Courier"], ["Valley Courier, Reporter"]):
        role = parse_role_header(header)
        assert (role.position, role.company) == ("Reporter", "Valley Courier")
    role = parse_role_header(["Staff Writer", "Daily Examiner, Springfield, IL"])
    assert (role.position, role.company) == ("Staff Writer", "Daily Examiner")
    # Alone, or with words that make a title, it is the title.
    assert parse_role_header(["Bike Courier", "Fenwick Deliveries"]).position == "Bike Courier"


def test_an_industry_line_leaves_the_employer_to_the_other_lines() -> None:
    role = parse_role_header(["Banking / Financial Services", "Quillfeather", "Analyst"])
    assert (role.position, role.company) == ("Analyst", "Quillfeather")
    role = parse_role_header(["Oil & Gas Industry", "Fenwick Drilling", "Engineer"])
    assert (role.position, role.company) == ("Engineer", "Fenwick Drilling")
    # A business function is still no employer, and nothing is guessed in its place.
    role = parse_role_header(["Solutions Design", "Business Analyst"])
    assert (role.position, role.company) == ("Business Analyst", None)


def test_roles_closed_by_their_dates() -> None:
    # Each role's dates on a line of their own under its duties: the role above the dates line.
    text = (
        "Nora Quint\nEMPLOYMENT HISTORY\n"
        "Print Room Assistant\n"
        "Harbourline Print Works, Springfield\n"
        "Duties:\n"
        "Kept the stock of paper and ink\n"
        "March 2012 – current\n"
        "Shop Assistant\n"
        "Brightwater Grocers, Springfield\n"
        "Duties:\n"
        "Priced the fruit each morning\n"
        "Jan 2009 – Dec 2011\n"
    )
    assert _roles(text) == [
        ("Print Room Assistant", "Harbourline Print Works", "2012-03"),
        ("Shop Assistant", "Brightwater Grocers", "2009-01"),
    ]


def test_a_label_line_ends_a_roles_header() -> None:
    # The line after "COMMUNITY INTERESTS:" is no part of the role above it.
    text = (
        "Nora Quint\nWORK EXPERIENCE\n"
        "March 2012 - present Brightwater Confectionery Store\n"
        "COMMUNITY INTERESTS:\n"
        "Secretary, Larkspur Rowing Club\n"
    )
    assert _roles(text)[0][1] == "Brightwater Confectionery Store"


def test_a_scholarship_or_a_race_finished_is_no_title() -> None:
    # "Chair" is a title word, but not in the name of a scholarship.
    role = parse_role_header(["Larkspur Teachers Society—Chair Scholarship"])
    assert role.position is None
    assert parse_role_header(["RunLead Half Marathon Finisher"]).position is None


def test_a_company_and_its_year_over_bullets_among_dated_roles() -> None:
    text = (
        "Nora Quint\nEXPERIENCE\n"
        "Finance Director, Brightwater Foods (2008 - 2012)\n"
        "• Ran the yearly budget.\n"
        "Fenwick Toys, Inc. (2005)\n"
        "• Planned the spending of the stores.\n"
        "Inventory Revamp (2006)\n"
        "• Rebuilt the stock counts.\n"
    )
    companies = [company for _, company, _ in _roles(text)]
    assert companies == ["Brightwater Foods", "Fenwick Toys, Inc."]  # a project is no role

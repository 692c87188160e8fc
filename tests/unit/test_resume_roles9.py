"""Round 7 role layouts (made-up employers and people)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header
from atspro.analysis.resume.text import split_lines

TODAY = date(2026, 6, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_a_segment_that_can_be_no_name_gives_way_to_the_employer_under_the_title() -> None:
    # A sub-heading ("Remunerated") or a stamp above the title is no employer: the name under
    # the title is.
    role = parse_role_header(["Remunerated", "Chief Project Manager", "Vessendal AS"])
    assert (role.position, role.company) == ("Chief Project Manager", "Vessendal AS")
    role = parse_role_header(["Updated: 3 May 2014", "Research Assistant", "Korvald Signals AS"])
    assert (role.position, role.company) == ("Research Assistant", "Korvald Signals AS")
    # With no title, nothing vouches for a later line.
    role = parse_role_header(["Remunerated", "Vessendal AS"])
    assert role.company is None


def test_a_template_label_is_no_employer() -> None:
    role = parse_role_header(["Company name", "Location", "Digital Marketing Specialist"])
    assert (role.position, role.company) == ("Digital Marketing Specialist", None)


def test_a_verb_clause_before_at_is_no_title() -> None:
    role = parse_role_header(["Coordinate and help to cook meals for families at Ormond Park"])
    assert role.company is None


def test_a_division_or_region_beside_the_title_is_no_employer() -> None:
    role = parse_role_header(["Vice President/General Manager, Key Clients Division"])
    assert (role.position, role.company) == ("Vice President/General Manager", None)
    role = parse_role_header(["Regional Director, Lakeshore Region"])
    assert role.company is None
    # The employer named beside it still wins, and a division alone on its line may be all the
    # employer written.
    role = parse_role_header(["Sales Director, Retail Division, Quenby Foods Inc."])
    assert role.company == "Quenby Foods Inc."
    role = parse_role_header(["HARLAN MOTORS SPARE PARTS DIVISION", "Zone Manager"])
    assert role.company == "HARLAN MOTORS SPARE PARTS DIVISION"


def test_headings_ruled_to_the_margin_split_sections_and_referees_are_no_roles() -> None:
    text = """Dana Okafor
EXPERIENCE____________________________________________________________
Staff Nurse, Wrenfield General Hospital
- Cared for patients on a surgical ward.
REFEREES______________________________________________________________
Mrs. Ada Pembry
Ward Manager
Wrenfield General Hospital
Phone: 0729 000 111
"""
    assert _roles(text) == [("Staff Nurse", "Wrenfield General Hospital")]


def test_employer_colon_title_reads_either_order() -> None:
    role = parse_role_header(["Harbour Lounge: Bartender/ Waiter"])
    assert (role.position, role.company) == ("Bartender/ Waiter", "Harbour Lounge")
    role = parse_role_header(["Co-Director/Co-Editor: Ashgrove Film Club"])
    assert (role.position, role.company) == ("Co-Director/Co-Editor", "Ashgrove Film Club")
    # A heading before the colon is no employer.
    role = parse_role_header(["ASSOCIATIONS: Valley Teachers Association"])
    assert role.company != "ASSOCIATIONS"


def test_firm_and_post_labels_are_read() -> None:
    role = parse_role_header(["Firm: Lindqvist Tax Office", "Post: Tax Attorney"])
    assert (role.position, role.company) == ("Tax Attorney", "Lindqvist Tax Office")


def test_a_timeline_entry_title_at_sign_employer() -> None:
    text = """Jane Roe
Experience
10/2018 Software Engineer @Quintet Labs
- Built APIs for the billing team.
03/2015 Junior Developer @Arbor Soft
- Fixed bugs.
"""
    assert _roles(text) == [
        ("Software Engineer", "Quintet Labs"),
        ("Junior Developer", "Arbor Soft"),
    ]


def test_a_glued_page_footer_a_prize_and_a_senator() -> None:
    # The glued footer is cut where the lines are split (text.split_lines), for every section.
    role = parse_role_header(split_lines("-Page2of2Quillby Corp.\nSenior Engineer"))
    assert role.company == "Quillby Corp."
    role = parse_role_header(["Regional Winner (Second Place), Harlow Chess Contest"])
    assert role.company is None
    role = parse_role_header(["Faculty Senator, Brennan State Faculty Senate"])
    assert (role.position, role.company) == ("Faculty Senator", "Brennan State Faculty Senate")


def test_an_employer_and_its_year_over_bullets_is_a_role() -> None:
    text = """Jane Roe
Experience
Pellam Foods (2005)
• Stocked shelves and served customers.
Quintet Labs (2008)
• Built APIs for the billing team.
"""
    r = parse_resume(text, today=TODAY)
    assert [(w.company, w.start) for w in r.work_experience] == [
        ("Pellam Foods", "2005"),
        ("Quintet Labs", "2008"),
    ]


def test_a_template_placeholder_is_no_employer() -> None:
    role = parse_role_header(["Employers name", "Aircraft Technician"])
    assert (role.position, role.company) == ("Aircraft Technician", None)
    role = parse_role_header(["Name Of College", "Lab Monitor"])
    assert role.company is None
    # A real name made of the same kind of words stays.
    role = parse_role_header(["University School", "Science Teacher"])
    assert role.company == "University School"


def test_timeline_items_are_no_header_of_their_neighbours() -> None:
    text = """Jane Roe
Experience and Education
2021  Legend Words Here
10/2020 Harbour Conference
10/2018 Software Engineer @QL
5/2016 Startup Weekend
11/2012 Master Project
1/2012 Research Employee @QL
6/2011 Project Training
"""
    # An acronym on the title's line ("@QL") is the employer, not a line of the timeline.
    assert _roles(text) == [("Software Engineer", "QL"), ("Research Employee", "QL")]

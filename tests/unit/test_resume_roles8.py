"""Round 6 role layouts (made-up employers and people)."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import units
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import parse_role_header

TODAY = date(2026, 6, 1)


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


def test_one_unit_word_list_opens_and_closes_names() -> None:
    assert units.opens_unit("School of Nursing") and units.opens_unit("Dept. of Physics")
    assert units.names_unit("Finance Department") and units.names_unit("Payments Team")
    # A school or an office closing a name is the employer or its site.
    assert not units.names_unit("Lincoln Park High School")
    assert not units.names_unit("Harbor Head Office")
    assert not units.opens_unit("Bank of Ellsworth")


def test_a_school_or_office_inside_a_university_is_no_employer() -> None:
    role = parse_role_header(["School of Nursing, Halvorsen University", "Assistant Professor"])
    assert (role.position, role.company) == ("Assistant Professor", "Halvorsen University")
    role = parse_role_header(["Office of Admissions", "Brantley College", "Counselor"])
    assert (role.position, role.company) == ("Counselor", "Brantley College")


def test_a_business_function_is_no_employer() -> None:
    role = parse_role_header(["Product Design", "Business Analyst"])
    assert (role.position, role.company) == ("Business Analyst", None)
    role = parse_role_header(["Telesales", "Brookfield Kitchens"], dated=True)
    assert role.company == "Brookfield Kitchens"
    role = parse_role_header(["Social Media & Marketing", "Intern"])
    assert role.company is None
    # A real employer made of common words keeps its name.
    role = parse_role_header(["Marketing Associate", "Northwind Media Group"])
    assert role.company == "Northwind Media Group"


def test_a_bracketed_note_under_the_employer_is_no_employer() -> None:
    role = parse_role_header(["(An ISO 9001 Company)", "Position: Works Manager"])
    assert (role.position, role.company) == ("Works Manager", None)


def test_counselor_trainer_and_other_titles_are_title_words() -> None:
    role = parse_role_header(["Crisis Intervention Counselor, Maple House, Bloomington, IN"])
    assert (role.position, role.company) == ("Crisis Intervention Counselor", "Maple House")
    role = parse_role_header(["Java/J2EE Trainer, Quillon Labs"])
    assert (role.position, role.company) == ("Java/J2EE Trainer", "Quillon Labs")
    role = parse_role_header(["Legal Practitioner, Hartwell Chambers"])
    assert role.position == "Legal Practitioner"


def test_provider_is_no_title_word_but_care_providers_are_titles() -> None:
    role = parse_role_header(["Consumer Energy Provider", "Data Analyst"])
    assert role.position == "Data Analyst"
    role = parse_role_header(["Child Care Provider, Private Family"])
    assert role.position == "Child Care Provider"


def test_a_title_opening_with_an_ing_word_is_no_bullet() -> None:
    role = parse_role_header(["Teaching Assistant and examiner", "University of Nordby"])
    assert (role.position, role.company) == (
        "Teaching Assistant and examiner",
        "University of Nordby",
    )


def test_the_client_of_a_consultancy_is_not_the_employer() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "KESTREL GLOBAL, Consulting at Pellam Foods\n"
        "Project Manager (consultant), September 2010 – January 2011\n"
        "Worked on the site.\n"
    )
    assert _roles(text) == [("Project Manager (consultant)", "KESTREL GLOBAL")]


def test_a_town_and_its_region_without_a_comma_is_the_place_not_the_employer() -> None:
    # Text exported with its punctuation stripped.
    role = parse_role_header(["Software Engineer", "Pune Maharashtra"])
    assert (role.position, role.company, role.location) == (
        "Software Engineer",
        None,
        "Pune Maharashtra",
    )
    role = parse_role_header(["Kestrel Infotech Pvt Ltd Chennai Tamil Nadu", "Developer"])
    assert role.company == "Kestrel Infotech Pvt Ltd"
    role = parse_role_header(["Field Technician", "Nashik Maharashtra"])
    assert role.company is None


def test_a_form_label_or_a_field_of_work_is_no_employer() -> None:
    for label in ("Hardware", "Start Month", "Project Duration", "Computer Hardware"):
        role = parse_role_header(["Network Engineer", label])
        assert role.company is None, label


def test_a_subject_matter_expert_is_a_title() -> None:
    role = parse_role_header(["Subject Matter Expert", "Quillon Learning Pvt Ltd"])
    assert (role.position, role.company) == ("Subject Matter Expert", "Quillon Learning Pvt Ltd")


def test_a_title_of_the_organisation_names_both() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "1994 - 2007\n"
        "Executive Secretary of the Northern Rail Conference (NRC)\n"
        "Developed and presented policy advice to member states.\n"
    )
    # Round 10: a body named "… Conference (ACRONYM)" can be the employer.
    assert _roles(text) == [("Executive Secretary", "Northern Rail Conference (NRC)")]
    role = parse_role_header(["Special Adviser to the Harbour Safety Board"])
    assert (role.position, role.company) == ("Special Adviser", "Harbour Safety Board")
    # A unit of the employer stays in the title.
    role = parse_role_header(["Deputy Head of the Science Department"])
    assert role.position == "Deputy Head of the Science Department"


def test_a_list_of_one_line_roles_longer_than_three_keeps_every_role() -> None:
    text = (
        "Jane Roe\njane@example.com\n\nEXPERIENCE\n"
        "LEANDER CORPORATION, Houston, TX 2000 - Present\n"
        "Vice President of International Sales\n"
        "Grew sales.\n"
        "Earlier Career:\n"
        "ARLINGTON CORPORATION, Product Development Specialist\n"
        "BRASILO LTD., Engineer\n"
        "KESTREL OILFIELD SERVICES, Field Technician\n"
        "VERITAN DGC, Welder\n"
    )
    assert _roles(text)[1:] == [
        ("Product Development Specialist", "ARLINGTON CORPORATION"),
        ("Engineer", "BRASILO LTD."),
        ("Field Technician", "KESTREL OILFIELD SERVICES"),
        ("Welder", "VERITAN DGC"),
    ]


def test_a_bullet_naming_a_company_word_is_no_employer() -> None:
    from atspro.analysis.resume.roles import plausible_name

    assert plausible_name("Taught Introduction to Network Systems classes") is None
    assert (
        plausible_name("Administered the office network for Kestrel Computer Corporation") is None
    )
    assert plausible_name("Working") is None
    # Names that open with a verb-like word keep every content word capitalised.
    assert plausible_name("United Kingdom Literacy Trust") == "United Kingdom Literacy Trust"
    assert plausible_name("Kestrel Digital Services ltd") == "Kestrel Digital Services ltd"

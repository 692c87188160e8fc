"""Contact and stated-years classes of issue 14, round 5: one made-up resume per class."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.years import stated_years

TODAY = date(2026, 6, 1)
BODY = (
    "\n\nEXPERIENCE\nAcme Logistics, Springfield\nAnalyst\nJan 2021 - Present\n- Built reports.\n"
)


def parse(header: str) -> str | None:
    return parse_resume(
        f"Jordan Vale\n{header}\njordan@example.com{BODY}", today=TODAY
    ).contact.phone


@pytest.mark.parametrize(
    ("header", "phone"),
    [
        # a fax beside the phone is no number to call, in either order
        ("Fax: +1 415 555 0199 | Phone: +1 415 555 0142", "+14155550142"),
        ("Tel +44 20 7946 0958, Fax +44 20 7946 0959", "+442079460958"),
        ("Fax +1 415 555 0199\nPhone +1 415 555 0142", "+14155550142"),
        # of several numbers the mobile, whichever the layout lists first
        ("Office: +1 415 555 0100 Mobile: +1 415 555 0142", "+14155550142"),
        ("Mobile: +1 415 555 0142 | Office: +1 415 555 0100", "+14155550142"),
        ("Home +1 415 555 0100\nCell +1 415 555 0142", "+14155550142"),
        ("+1 415 555 0100 (h) · +1 415 555 0142 (c)", "+14155550142"),
        # no label says mobile: the first, also before a ZIP+4 on the next line
        ("(206) 555 0100 (Work)\nTacoma, WA 98402-3311 (206) 555 0199 (Fax)", "+12065550100"),
        ("Work: +1 415 555 0100 | Phone: +1 415 555 0142", "+14155550100"),
        # a number the layout broke over two lines
        ("+49 152\n284 610 37", "+4915228461037"),
        ("Berlin · +49 152\n284 610 37", "+4915228461037"),
        # the issue's shapes
        ("(+91) 8087996634", "+918087996634"),
        ("+65 9123 4567", "+6591234567"),
        ("+91 98765 43210", "+919876543210"),
    ],
)
def test_the_persons_number_whatever_the_layout(header: str, phone: str) -> None:
    assert parse(header) == phone


def test_a_masked_number_is_no_number() -> None:
    assert parse("+65 9xxx xxxx") is None


def test_a_year_in_brackets_does_not_start_a_split_number() -> None:
    # Only a "+" country code left at a line's end waits for the rest of its number.
    assert parse("Class of (2019)\n98 76 Elm Street") is None


ROLES = "EXPERIENCE\nAcme Logistics\nAnalyst\nJan 2021 - Dec 2024\n- Built reports.\n"


@pytest.mark.parametrize(
    ("summary", "want"),
    [
        # "3.5 years" with its point stripped: far beyond four dated years
        ("Analyst with 35 years of experience in reporting", None),
        ("Analyst with 85 years of experience in reporting", None),
        # within twice the dated years plus ten: the claim stands
        ("Analyst with 15 years of experience in reporting", 15.0),
    ],
)
def test_a_stated_figure_beyond_the_dated_roles_is_no_statement(
    summary: str, want: float | None
) -> None:
    text = f"Jordan Vale\njordan@example.com\nSUMMARY\n{summary}\n{ROLES}"
    assert parse_resume(text, today=TODAY).stated_years_experience == want


def test_a_long_career_the_resume_dates_allows_is_kept() -> None:
    # Early roles written without dates the parser reads, but the years named span 34 years.
    text = (
        "Jordan Vale\njordan@example.com\nSUMMARY\nManager with 30 years of experience in"
        f" freight\n{ROLES}EDUCATION\nB.Sc. Logistics, Springfield College, 1991\n"
    )
    assert parse_resume(text, today=TODAY).stated_years_experience == 30.0


def test_with_no_dated_role_the_statement_stands_up_to_fifty_years() -> None:
    assert stated_years(["Over 40 years of experience in shipping."], []) == 40.0
    assert stated_years(["Over 55 years of experience in shipping."], []) is None


def test_a_label_table_read_column_by_column_keeps_its_address_in_the_contact_block() -> None:
    labels = "HOME ADDRESS\nPOSTAL ADDRESS\nE-MAIL ADDRESS\nCONTACT NO.\nLINKED-IN PROFILE\n"
    text = (
        "Curriculum Vitae\nJordan Vale\n"
        + labels
        + ":\n" * 5
        + "14 Acacia Street, Hillview, Kestrelton, 4821\nAs Above\njordan@example.com\n"
        + "(Cell) 082 555 0142"
        + BODY
    )
    c = parse_resume(text, today=TODAY).contact
    assert (c.full_name, c.location) == ("Jordan Vale", "Kestrelton")


@pytest.mark.parametrize(
    ("line", "mail", "name"),
    [
        ("J A N E D O E", "jane.doe@example.com", "Jane Doe"),  # no wider gap between words
        ("J A N E  D O E", "jd42@example.com", "Jane Doe"),  # the wider gap is enough
        ("J A N E D O E", "jd42@example.com", "Janedoe"),  # no evidence: kept as read
    ],
)
def test_a_letter_spaced_name_is_split_where_the_address_splits_it(
    line: str, mail: str, name: str
) -> None:
    assert parse_resume(f"{line}\n{mail}{BODY}", today=TODAY).contact.full_name == name


@pytest.mark.parametrize("state", ["Karnataka", "KERALA", "Maharashtra"])
def test_a_state_alone_above_the_summary_is_the_place_not_the_name(state: str) -> None:
    text = f"{state}\nNetwork engineer with five years of support work\n{BODY}"
    c = parse_resume(text, today=TODAY).contact
    assert (c.full_name, c.location) == (None, state)


EXPORT_BODY = (
    "\nWork Experience\nNetwork Engineer\nAcme Infotech  Noida Uttar Pradesh\n"
    "April 2018 to Present\n"
)


@pytest.mark.parametrize(
    ("first", "name", "place"),
    [
        # a job board's one-line export whose person gave a region and no town
        ("Ravi Verma Uttar Pradesh Willing to relocate Anywhere", "Ravi Verma", "Uttar Pradesh"),
        ("Ravi Verma Uttar Pradesh Email me on Indeed", "Ravi Verma", "Uttar Pradesh"),
        ("RAVI VERMA KERALA Email me on Indeed", "Ravi Verma", "KERALA"),
        # with a town the town stays
        ("Ravi Verma Noida Uttar Pradesh Email me on Indeed", "Ravi Verma", "Noida Uttar Pradesh"),
    ],
)
def test_the_surname_is_no_town_before_a_region_alone(first: str, name: str, place: str) -> None:
    c = parse_resume(first + EXPORT_BODY, today=TODAY).contact
    assert (c.full_name, c.location) == (name, place)


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("Resume of Jane Doe", "Jane Doe"),
        ("Curriculum Vitae of Jane Doe", "Jane Doe"),
        ("JANE DOEFeatured Resume", "Jane Doe"),
        ("JANE MARIE DOE", "Jane Marie Doe"),
        ("Name: Jane Doe", "Jane Doe"),
    ],
)
def test_the_issues_name_shapes_hold(header: str, name: str) -> None:
    text = f"{header}\njordan@example.com{BODY}"
    assert parse_resume(text, today=TODAY).contact.full_name == name


def test_ms_office_is_no_mississippi_for_the_phone_region() -> None:
    text = (
        "Jordan Vale\nMobile: 414 382 6150\njordan@example.com\nSKILLS\n"
        "Adobe Photoshop, MS Office and slides\n" + BODY
    )
    # no place names a region: the number stays as written (was read as a US number)
    assert parse_resume(text, today=TODAY).contact.phone == "414 382 6150"


def test_a_region_with_a_postcode_is_no_name() -> None:
    text = "Resume\nNew South Wales, 2000, Australia\nmail@example.com" + BODY
    assert parse_resume(text, today=TODAY).contact.full_name is None

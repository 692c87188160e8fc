"""Location, eleventh round (issue 14): a postcode written after the town ("Springfield 600 057,
Freedonia", "Lakeview - 411 001, Maharashtra") is skipped, the town kept; a contact block
that stands below a template's preface (past the first lines looked in) gives its place
(synthetic lines only)."""

from __future__ import annotations

from atspro.analysis.resume import places
from atspro.analysis.resume.parser import parse_resume


def place(line: str) -> str | None:
    found = places.find_city_line(line)
    return found.text if found else None


def test_a_postcode_after_the_town_is_skipped() -> None:
    assert place("12 Lake Road, Chennai 600 057, India") == "Chennai, India"
    assert place("No 5, Hill Street, Chennai - 600 057, Tamil Nadu") == "Chennai, Tamil Nadu"
    assert place("Pune 411001, Maharashtra") == "Pune, Maharashtra"
    assert place("Flat 3, Chennai-600040") == "Chennai"


def test_a_street_or_a_number_alone_is_still_no_place() -> None:
    assert place("12 Lake Road, 600 057") is None
    assert place("Acme Robotics 600 057") is None


def test_the_place_of_a_contact_block_below_a_preface() -> None:
    preface = "\n".join(f"A sample line {n} on what a good resume shows." for n in range(14))
    text = (
        f"Office Manager CV Template\n{preface}\nJane Doe\n21, Riverton, Wyoming\n"
        "Phone: (555) 123-4567\nEmail: jane.doe@example.com\n\nEXPERIENCE\n"
        "Sales Representative, Acme Robotics, 2015 - 2020\n"
    )
    assert parse_resume(text).contact.location == "Riverton, Wyoming"


def test_a_labelled_address_wrapped_after_its_comma_goes_on() -> None:
    from atspro.analysis.resume.contact import find_location

    lines = ["Jane Doe", "Address: 12, Lake Road, Springfield,", "Lakeview, Ohio 44101"]
    found = find_location([*lines, "Phone: 555 0100"])
    assert found is not None and found.text == "Lakeview, Ohio 44101"
    found = find_location(["Jane Doe", "Address: 12, Lake Road, Springfield,", "Phone: 555 0100"])
    assert found is not None and found.text == "Springfield"


def test_a_labelled_street_address_gives_its_town() -> None:
    from atspro.analysis.resume.contact import find_location

    lines = ["Jane Doe", "Mobile: 0400 000 000", "Address: 6 Quarry Lane, Brookdale Heights, 5169"]
    found = find_location(lines, lines, "Jane Doe")
    assert found is not None and found.text == "Brookdale Heights"


def test_a_us_street_address_without_commas_gives_town_and_state() -> None:
    from atspro.analysis.resume.contact import find_location

    line = "Jane Doe\t\t545 Oak Road Brookdale PA 18707    (555) 010-0000 · jane@example.com"
    found = find_location([line], None, "Jane Doe")
    assert found is not None and (found.text, found.region) == ("Brookdale, PA", "US")
    assert places.find_address_town("Acme Road Services 2010 Brookdale PA 18707") is None

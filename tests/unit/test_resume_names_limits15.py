"""Round 15 (issue 14): the name and place classes round 14 left (its note's "Noticed, left"
list). One synthetic case per class; each failed on the round's starting code (128b470), except
the guards that pin what already held beside a new rule (a form's label with its colon, a
surname that is also a trade, a one-word English name, a header's place before the
declaration's, "Bethlehem, PA", "Living on Austin, TX", a birthplace). Every
name, employer, street, town and e-mail is invented."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import places
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Contact

TODAY = date(2026, 1, 1)
BODY = (
    "EXPERIENCE\nQuality Analyst, Brightwater Instruments\nMar 2019 - Present\n"
    "- Led a team of four testers\nEDUCATION\nBSc Physics, Northvale University, 2018\n"
)
REACH = "kp.mailbox@example.net | +44 7700 900123"


def contact(header: str, after: str = "") -> Contact:
    return parse_resume(f"{header}\n{BODY}{after}", today=TODAY).contact


# ------------------------------------------------------------------------------- names ---


def test_a_colon_after_the_name() -> None:
    assert contact(f"Keziah Penhaligon :\n{REACH}").full_name == "Keziah Penhaligon"


def test_a_forms_label_with_its_colon_is_no_name() -> None:
    assert contact(f"Blood Group:\n{REACH}").full_name is None


def test_a_one_word_job_title_after_the_name() -> None:
    assert contact(f"Keziah Penhaligon Advertiser\n{REACH}").full_name == "Keziah Penhaligon"


def test_a_surname_that_is_also_a_trade_stays() -> None:
    assert contact(f"Keziah Ann Carpenter\n{REACH}").full_name == "Keziah Ann Carpenter"


def test_a_street_after_a_surname_that_is_also_a_town() -> None:
    """A street's number and name follow the name: its last word ("Taylor", also a town's
    name) is the surname, not the town before a postcode ("Jane Doe Texas 75019")."""
    name = contact(f"Keziah Ann Taylor 12 Wattle Street\n{REACH}").full_name
    assert name == "Keziah Ann Taylor"
    assert contact(f"Keziah Penhaligon Texas 75019\n{REACH}").full_name == "Keziah Penhaligon"


def test_a_lower_case_name_after_a_headline_with_an_unrelated_email() -> None:
    c = contact("Data Analyst / keziah penhaligon\nzz.other@example.net")
    assert c.full_name == "Keziah Penhaligon"


def test_one_word_job_titles_headings_and_towns_are_no_name() -> None:
    for word in ("Paralegal", "Barista", "Lebenslauf", "Overview", "Ballarat"):
        assert contact(f"{word}\n{REACH}").full_name is None, word


def test_a_one_word_town_over_a_headline_is_a_surname() -> None:
    """A template's one-word name that is also a town's, with the headline under it."""
    assert contact(f"LINCOLN\nQuality Analyst\n{REACH}").full_name == "Lincoln"


def test_a_one_word_english_name_stays() -> None:
    assert contact(f"Summer\n{REACH}").full_name == "Summer"


def test_a_heading_of_another_language_above_the_name() -> None:
    assert contact(f"Lebenslauf\nKeziah Penhaligon\n{REACH}").full_name == "Keziah Penhaligon"


def test_a_single_part_name_under_a_photos_placeholder() -> None:
    assert contact(f"[photo]\nSutrisnawan\n{REACH}").full_name == "Sutrisnawan"


def test_a_name_beside_the_footers_page_number() -> None:
    assert contact(REACH, "Keziah Penhaligon | Page 2").full_name == "Keziah Penhaligon"


def test_three_initials_with_their_stops_are_no_letter_spacing() -> None:
    assert contact(f"V. S. S. Pranavesh\n{REACH}").full_name == "V. S. S. Pranavesh"


def test_a_contact_label_after_the_name() -> None:
    c = contact("Keziah Penhaligon Contact: +44 7700 900123\nkp.mailbox@example.net")
    assert c.full_name == "Keziah Penhaligon"


def test_a_phone_or_email_label_with_a_dash_or_no_colon_after_the_name() -> None:
    assert contact("Keziah Penhaligon Email- kp.mailbox@example.net").full_name == (
        "Keziah Penhaligon"
    )
    assert contact(f"Keziah Penhaligon Mob. No. 9876543210\n{REACH}").full_name == (
        "Keziah Penhaligon"
    )


def test_pronouns_of_three_parts() -> None:
    assert contact(f"Keziah Penhaligon (she/her/hers)\n{REACH}").full_name == "Keziah Penhaligon"


# --------------------------------------------------------------------------- locations ---


def test_a_declarations_place_when_the_header_names_none() -> None:
    after = "DECLARATION\nI declare the above is true.\nPlace: Satara\nDate: 12/03/2024"
    assert contact(f"Keziah Penhaligon\n{REACH}", after).location == "Satara"


def test_a_birthplace_is_no_declarations_place() -> None:
    after = "PERSONAL DETAILS\nBirth Place: Satara"
    assert contact(f"Keziah Penhaligon\n{REACH}", after).location is None


def test_a_header_place_comes_before_the_declarations() -> None:
    after = "DECLARATION\nPlace: Satara"
    assert contact(f"Keziah Penhaligon\n{REACH}\nPune, India", after).location == "Pune, India"


def test_a_town_on_the_sea() -> None:
    assert contact(f"Keziah Penhaligon\n{REACH}\nKestrel on Sea, UK").location == (
        "Kestrel on Sea, UK"
    )


def test_living_on_a_town_is_still_the_town() -> None:
    assert places.find_place("Living on Austin, TX").text == "Austin, TX"


def test_an_unaccented_brazilian_town_with_a_shared_state_code() -> None:
    """Florianópolis written without its accent: Santa Catarina, not South Carolina; a town
    no spelling of which has an accent keeps the US reading ("Bethlehem, PA")."""
    assert places.find_place("Florianopolis, SC").region == "BR"
    assert places.find_place("Bethlehem, PA").region == "US"

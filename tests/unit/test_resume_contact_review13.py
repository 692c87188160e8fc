"""Round 13's review of the names/contact work: each class below failed on the code it reviewed.
Every name, address, number and employer here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume.channels import email_at, find_email, unglued
from atspro.analysis.resume.contact import find_links
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Contact

TODAY = date(2026, 1, 1)
MAIL = "t.fenwright@example.org"
REACH = f"{MAIL} | +1 555 010 0199"
BODY = (
    "\nEXPERIENCE\nData Analyst\nBrightmoor Labs\nJan 2019 - Dec 2021\n- Built weekly dashboards\n"
    "\nSKILLS\nPython, SQL\n"
)


def _contact(text: str) -> Contact:
    return parse_resume(text, today=TODAY).contact


# 1. The glued-phone pattern ran in quadratic time on a long run of digits before an "@" (tens of
# seconds on 10,000 characters): now bounded, so these return at once.
@pytest.mark.parametrize(
    "line", ["1 " * 10_000 + "x@", "1" * 20_000 + "@", "1." * 10_000 + " a@b", "9" * 20_000 + "ab@"]
)
def test_a_hostile_line_of_digits_is_read_in_linear_time(line: str) -> None:
    assert unglued(line) == line
    assert email_at(line) is None


def test_a_phone_glued_before_an_address_still_parts() -> None:
    assert email_at("+1 555 010 0199t.fenwright@example.org") == (16, MAIL)


# 2. Digits inside an address are no glued phone.
@pytest.mark.parametrize(
    "line, address",
    [
        ("s2019001234q@uni.example.edu", "s2019001234q@uni.example.edu"),
        ("Email: 5550100199tessa@example.org", "5550100199tessa@example.org"),
    ],
)
def test_digits_opening_an_address_stay_in_it(line: str, address: str) -> None:
    assert find_email([line]) == address


def test_digits_after_an_email_label_invent_no_phone() -> None:
    contact = _contact(f"Tessaly Fenwright\nEmail: 5550100199tessa@example.org\n{BODY}")
    assert (contact.email, contact.phone) == ("5550100199tessa@example.org", None)


# 3. A spelled "(at)" or spaced "@" in prose or a headline is no address.
def test_a_bullet_spelled_at_is_no_address() -> None:
    text = f"Tessaly Fenwright\nAustin, TX\n{BODY}- Led the migration (at) Brightmoor.Labs team\n"
    assert _contact(text).email is None


def test_a_headline_at_an_employer_does_not_beat_a_later_address() -> None:
    text = f"Tessaly Fenwright\nsoftware engineer @ brightmoor.io\n{BODY}\nCONTACT\n{MAIL}\n"
    assert _contact(text).email == MAIL


@pytest.mark.parametrize(
    "line",
    [
        "t.fenwright [at] example [dot] org",
        "Email: t.fenwright (at) example.org",
        "t.fenwright @ example.org",
    ],
)
def test_a_spelled_address_in_a_cell_of_its_own_is_read(line: str) -> None:
    assert find_email([f"Tessaly Fenwright | {line}"]) == MAIL


# 4. A link after a spaced "@" is no address: the profile is kept.
def test_a_link_after_a_spaced_at_is_kept() -> None:
    line = "see my work @ github.com/tfenwright"
    assert [x.url for x in find_links([line], [line])] == ["https://github.com/tfenwright"]


# 5. A banner's sentence-case words and other languages' headings are no name.
@pytest.mark.parametrize(
    "banner",
    [
        "Hire me",
        "Thank you",
        "Get hired",
        "Looking forward",
        "Fresh graduate",
        "Опыт Работы",
        "Ключевые Навыки",
        "Kinh Nghiệm Làm Việc",
        "Πληροφορίες Επικοινωνίας",
        "Informații Personale",
        "Doświadczenie Zawodowe",
    ],
)
def test_a_banner_or_foreign_heading_is_no_name(banner: str) -> None:
    assert _contact(f"{banner}\n{REACH}\n{BODY}").full_name is None


@pytest.mark.parametrize("name", ["Tessaly fenwright", "Трофим Пеллхэм", "Ştefan Fenwright"])
def test_a_name_of_those_shapes_is_still_read(name: str) -> None:
    assert _contact(f"{name}\n{REACH}\n{BODY}").full_name is not None


# 6. The name after a job title's dash.
def test_the_name_after_a_title_and_dash_is_kept() -> None:
    assert _contact(f"Data Analyst - Tessaly Fenwright\n{REACH}\n{BODY}").full_name == (
        "Tessaly Fenwright"
    )


# 7. Capitals after a name: a credential, a role or a country, cut (not re-cased).
@pytest.mark.parametrize(
    "line, name",
    [
        ("Tessaly Fenwright CCNA", "Tessaly Fenwright"),
        ("Tessaly Fenwright CEO", "Tessaly Fenwright"),
        ("Tessaly Fenwright USA", "Tessaly Fenwright"),
        ("Tessaly Ann FENWRIGHT", "Tessaly Ann Fenwright"),
        ("Tessaly Fenwright KS", "Tessaly Fenwright KS"),
    ],
)
def test_capitals_after_a_name(line: str, name: str) -> None:
    assert _contact(f"{line}\n{REACH}\n{BODY}").full_name == name


# 8. A local part over 64 characters is no address.
def test_an_overlong_local_part_is_no_address() -> None:
    assert email_at("A" * 10_000 + "tessa@example.org") is None
    assert find_email(["a" * 64 + "@example.org"]) == "a" * 64 + "@example.org"


# A banner no longer read as a name is no place either: "Hire me" is no town in Maine.
@pytest.mark.parametrize("banner", ["Hire me", "Call me", "Email me"])
def test_a_banner_with_a_lower_case_word_is_no_place(banner: str) -> None:
    assert _contact(f"{banner}\n{REACH}\n{BODY}").location is None

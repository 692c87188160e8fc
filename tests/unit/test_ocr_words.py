"""Word gaps that OCR drops are put back without splitting real names and terms."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_words import restore_spaces


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("specializingindesigning", "specializing in designing"),
        ("maintaining webapplications", "maintaining web applications"),
        ("yearsofexperience", "years of experience"),
        ("building,testing,and deploying", "building, testing, and deploying"),
        ("Anywhere,USA", "Anywhere, USA"),
        ("applications.Proficient", "applications. Proficient"),
        ("Skills:Python", "Skills: Python"),
        ("(415)555-0199", "(415) 555-0199"),
        ("123Main Street", "123 Main Street"),
        ("5years", "5 years"),
        ("Boston—dana@example.org", "Boston — dana@example.org"),
        ("6o8.241.7730", "608.241.7730"),
        ("dana@example.0rg", "dana@example.org"),
        ("DanaWhitfield", "Dana Whitfield"),
        ("(4l5) 555-Ol99", "(415) 555-0199"),
        # a "|" between the phone and the e-mail, read as "1" and glued to both
        ("+1 415 555 01991dana@example.org", "+1 415 555 0199 | dana@example.org"),
        ("(415) 555-0199ldana@example.org", "(415) 555-0199 | dana@example.org"),
    ],
)
def test_glued_words_are_split(glued: str, fixed: str) -> None:
    assert restore_spaces(glued) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "PostgreSQL, MongoDB, Kubernetes, JavaScript, TypeScript",
        "dana.whitfield@example.org",
        "https://github.com/danawhitfield",
        "Call 555-01231 now",  # a number ending in 1 that no e-mail follows
        "linkedin.com/in/danawhitfield",
        "HTML5, CSS3, 3rd, 2019-2021, 1,200 users",
        "Danggeun Pay",  # a name is not a glued pair of rare words
        "Whitfield",
        "v2.1.0",
        "jdoe0.xy@gmail.com",
        "JavaScript",
        "Built dashboards in PowerPoint and JavaScript",
    ],
)
def test_real_tokens_are_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("dana,whitfield@example,org", "dana.whitfield@example.org"),
        ("www,danawhitfield.net", "www.danawhitfield.net"),
        ("github,com/danaw", "github.com/danaw"),
        ("dana.w@gmail, com | Boston", "dana.w@gmail.com | Boston"),
        ("dana.w@mail.co, uk", "dana.w@mail.co.uk"),
        ("dana.w@mail.com, Boston", "dana.w@mail.com, Boston"),  # a list's comma
        ("dana.w@mail.io, uk", "dana.w@mail.io, uk"),  # the domain had its dot
        ("dana.w@mail.com, usa", "dana.w@mail.com, usa"),
        ("Boston,MA", "Boston, MA"),  # an ordinary comma still gets its space
        ("（415）555-0199", "(415) 555-0199"),  # full-width brackets
        ("Boston，MA", "Boston, MA"),  # a full-width comma
    ],
)
def test_commas_for_dots_and_full_width_punctuation_are_mended(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize("name", ["Corvina Pennyworth", "Marisol Heartwood", "Ola Brightwater"])
def test_a_capitalised_name_is_not_split_into_words(name: str) -> None:
    assert restore_spaces(name) == name


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("janeaexample.com", "jane@example.com"),  # "@" read as "a"
        ("janea example.com", "jane@example.com"),  # … with a space after it
        ("tom.bellgexample.org", "tom.bell@example.org"),  # … as "g" (small blurred print)
        ("jane.smith©gmail.com", "jane.smith@gmail.com"),
        ("jane @ gmail.com", "jane@gmail.com"),  # spaced out
        ("lee.changmail.com | +65 9123 4567", "lee.chan@gmail.com | +65 9123 4567"),  # dropped
        ("priya_s99ayahoo.co.in,+91", "priya_s99@yahoo.co.in,+91"),
        # a national ISP's mail, the "@" read as "a"; an "@" spaced out on one side, any domain
        ("Email:t_quarlesabigpond.com", "Email: t_quarles@bigpond.com"),
        ("d_merrowaorange.fr | Lyon", "d_merrow@orange.fr | Lyon"),
        ("dmerrow @acmewidgets.fr", "dmerrow@acmewidgets.fr"),
        ("dmerrow@ acmewidgets.co.uk | +44", "dmerrow@acmewidgets.co.uk | +44"),
        # a "|" read as "1" after an e-mail or a link, before a phone or a link
        ("jane@example.org1+1 415 555 0142", "jane@example.org | +1 415 555 0142"),
        ("jane@gmail.com1www.jane.dev", "jane@gmail.com | www.jane.dev"),
    ],
)
def test_a_lost_at_sign_is_put_back_before_a_mail_provider(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "hotmail.com",  # a bare domain is no address
        "www.gmail.com",
        "visit bookmail.com",  # a generic provider name needs the misread "@"
        "Ana Gmail.com user",  # words, not an address
        "via gmail.com",
        "mail.google.com",
        "linkedin.com/in/janeagmail.com",
        "jane.doe@gmail.com",
        "visit blockorange.com",  # a generic provider name needs the misread "@"
        "meet me @ home.com",  # spaced on both sides before a domain that is no provider
    ],
)
def test_websites_and_words_do_not_become_addresses(kept: str) -> None:
    assert restore_spaces(kept) == kept


def test_a_glued_name_header_is_split_where_the_persons_handle_splits_it() -> None:
    from atspro.analysis.documents.ocr_words import split_glued_name

    lines = ["KORVELANTHAMARISK", "Data Engineer", "korvelan.thamarisk.dev@gmail.com"]
    assert split_glued_name(lines)[0] == "KORVELAN THAMARISK"
    linked = ["Ilsabet Morrowvane", "linkedin.com/in/ilsabet-morrowvane-7"]
    assert split_glued_name(["ILSABETMORROWVANE", *linked[1:]])[0] == "ILSABET MORROWVANE"
    # no handle to split by, or a handle that does not spell the run: left alone
    assert split_glued_name(["MARIAGARCIA", "mgarcia@mail.com"])[0] == "MARIAGARCIA"
    assert split_glued_name(["PROFESSIONALSUMMARY"]) == ["PROFESSIONALSUMMARY"]
    site = ["Kira Voss", "kiravoss.net", "kira.voss@gmail.com"]  # the name inside a link
    assert split_glued_name(site) == site


def test_a_name_header_read_with_small_look_alike_capitals_gets_them_back() -> None:
    from atspro.analysis.documents.ocr_words import capitalise_name_header

    assert capitalise_name_header(["siti selvaraj", "Data Analyst"])[0] == "Siti Selvaraj"
    assert capitalise_name_header(["Rahul swaminathan"])[0] == "Rahul Swaminathan"
    assert capitalise_name_header(["0 lwen Marsh"])[0] == "Olwen Marsh"  # a zero for the "O"
    # accented letters are letters: the name still gets its capitals
    assert capitalise_name_header(["sofía cruz", "Data Analyst"])[0] == "Sofía Cruz"
    assert capitalise_name_header(["Zoë ważny"])[0] == "Zoë Ważny"
    assert capitalise_name_header(["josé núñez"])[0] == "josé núñez"  # "j", "n": not look-alikes
    assert capitalise_name_header(["0lwen selby"])[0] == "Olwen Selby"
    assert capitalise_name_header(["0 items found"]) == ["0 items found"]
    # any other small initial: not a name read with the wrong case
    assert capitalise_name_header(["software developer"]) == ["software developer"]
    after_title = ["Senior data engineer", "siti silva"]  # only the first bare-name-shaped line
    assert capitalise_name_header(after_title) == after_title


def test_a_capital_i_read_as_a_small_l_in_a_name_header_is_an_i() -> None:
    from atspro.analysis.documents.ocr_words import capitalise_name_header
    from atspro.analysis.resume.parser import parse_resume

    read = ["Tavin lyerra", "+44 7700 900123", "tavin.k@mail.test", "EXPERIENCE"]
    mended = capitalise_name_header(read)
    assert mended[0] == "Tavin Iyerra"
    assert parse_resume("\n".join(mended)).contact.full_name == "Tavin Iyerra"
    assert capitalise_name_header(["lvo Marsh"])[0] == "Ivo Marsh"
    assert capitalise_name_header(["sela lund"])[0] == "sela lund"  # no capital read: kept
    assert capitalise_name_header(["Ana la Cruz"])[0] == "Ana la Cruz"  # a particle


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("Email: teodor95@orange.fr", "Email: teodor95@orange.fr"),  # not "teod095"
        ("isabel80@yahoo.com.sg", "isabel80@yahoo.com.sg"),  # not "isabe180"
        (
            "vik_lim@hotmail.co.ukPhone: +91 64200 10250",
            "vik_lim@hotmail.co.uk Phone: +91 64200 10250",
        ),
    ],
)
def test_an_address_keeps_its_letters_and_sheds_a_glued_label(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


def test_a_slash_between_contact_details_gets_its_spaces_back() -> None:
    read = "kira.voss@proton.me/+6582210000/Austin, TX"
    assert restore_spaces(read) == "kira.voss@proton.me / +6582210000 / Austin, TX"
    assert restore_spaces("05/2020 - 24/7") == "05/2020 - 24/7"


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        (
            "+91-9812345678/mira.kent@yahoo.com.br/Lisbon, Portugal",
            "+91-9812345678 / mira.kent@yahoo.com.br / Lisbon, Portugal",
        ),
        ("+44 20 7946 0000/ada_9@mail.com", "+44 20 7946 0000 / ada_9@mail.com"),
        ("ada@proton.me/linkedin.com/in/ada", "ada@proton.me / linkedin.com/in/ada"),
        # a link's path keeps its slashes
        ("blog.example.com/2024/1234567/post", "blog.example.com/2024/1234567/post"),
        ("site.com/?id=12345678/abc", "site.com/?id=12345678/abc"),
    ],
)
def test_a_slash_after_an_email_or_a_phone_is_a_separator(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        # a "◦" between the phone and the city, read as "0" and glued to the number
        (
            "dana@mail.test +60 12-083 93710 Kuala Lumpur",
            "dana@mail.test +60 12-083 9371 | Kuala Lumpur",
        ),
        ("+44 20 7946 01230 London", "+44 20 7946 0123 | London"),
        ("+44 20 7946 0123 o London", "+44 20 7946 0123 | London"),
        ("dana@mail.test 0+44 20 7946 0123", "dana@mail.test | +44 20 7946 0123"),
    ],
)
def test_a_round_separator_read_as_zero_by_a_phone_is_a_separator(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "+44 20 7946 0120 London",  # the number is valid with its last 0
        "+1 415 555 0100 ext",  # ditto
        "+33 6 12 34 56 70 Paris",
        "+60 12-083 93710",  # nothing follows: no separator to restore
    ],
)
def test_a_phones_own_last_zero_is_kept(kept: str) -> None:
    assert restore_spaces(kept) == kept


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("+44 20 7946 0123dana.w@mail.test", "+44 20 7946 0123 | dana.w@mail.test"),
        ("dana.w@mail.test+44 20 7946 0123", "dana.w@mail.test | +44 20 7946 0123"),
        ("+44 2079dana@mail.test", "+44 2079dana@mail.test"),  # no valid number: kept
    ],
)
def test_a_phone_glued_to_an_email_is_set_apart(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed

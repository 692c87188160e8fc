"""Round 16 OCR contact reading: e-mail and phone mends on invented pages (no sample text).

Each case is a made-up OCR read of a page's first lines (the laid-out lines ``mend_page``
gets, or one box's text for ``restore_spaces``), as the earlier OCR unit tests do."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr import mend_page
from atspro.analysis.documents.ocr_words import restore_plus, restore_spaces


@pytest.mark.parametrize("run", ["14155550142", "12125550199"])
def test_a_bare_north_american_number_no_chinese_range_holds_gets_its_plus(run: str) -> None:
    lines = ["Jane Doe", "QA Engineer", f"Tel: {run}", "jane@example.org"]
    assert restore_plus(lines)[2] == f"Tel: +{run}"


@pytest.mark.parametrize("run", ["15012345678", "13912345678"])
def test_a_chinese_mobile_still_gets_no_plus(run: str) -> None:
    lines = ["Jane Doe", "QA Engineer", f"Tel: {run}", "jane@example.org"]
    assert restore_plus(lines) == lines


@pytest.mark.parametrize(
    "line",
    [
        "+" + "1 " * 20000,
        "+1 " * 20000,
        "(1) " * 20000,
        "+1 1a" * 10000,
        "+" + "1." * 40000 + "x",
    ],
)
def test_long_digit_rows_are_read_in_linear_time(line: str) -> None:
    """Phone shapes bounded to a phone's length: these finished in minutes before."""
    assert restore_spaces(line)
    assert mend_page([line])


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # the "@" lost before a provider read two letters off; the local part the name's
        # with a letter lost ("chle") and the surname's initial read "1" ("-183")
        (
            ["Chloé Fraser", "+91 95628 71518 chle-183redifmal.com  Leeds, UK", "SUMMARY"],
            "chloe-f83@rediffmail.com",
        ),
        # the "@" read as a gap before a provider a letter off, its country dot lost
        (
            ["MEI LEFEVRE", "+234 803 000 6285- lefevre_mei98 yaho.coin-Oakvale. UK", "Summary"],
            "lefevre_mei98@yahoo.co.in",
        ),
        (
            ["Priya Nair", "priya.nair77 hotmial.com | +44 20 7946 0958", "Summary"],
            "priya.nair77@hotmail.com",
        ),
        (["Jane Doe", "jane_doe85 gmal.com", "Summary"], "jane_doe85@gmail.com"),
    ],
)
def test_an_at_lost_before_a_misread_provider_comes_back_beside_the_name(
    lines: list[str], address: str
) -> None:
    assert address in "\n".join(mend_page(lines))


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Doe", "visit acme2 gmal.com", "Summary"],  # not the name's letters
        ["Jane Doe", "jane_doe85 acme.com", "Summary"],  # no provider: nothing to go on
        ["Jane Doe", "jane_doe85 gmail.com", "Summary"],  # a provider read whole: no mend
        ["Jane Doe", "jane@acme.org", "old: jane_doe85 gmal.com"],  # the page has its address
        ["Jane Doe", "jdoe-183redifmal.com", "Summary"],  # "jdoe" is no name word
    ],
)
def test_no_address_is_made_without_the_names_letters_and_a_mended_provider(
    lines: list[str],
) -> None:
    assert mend_page(lines)[1:] == lines[1:]


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("jane@yaho.coin", "jane@yahoo.co.in"),
        ("jane@gmal.cool", "jane@gmal.cool"),  # ".cool" is a domain: no country dot lost
        ("jane@acme.coin", "jane@acme.coin"),  # no provider: no evidence which it was
    ],
)
def test_a_provider_a_letter_off_before_a_country_domain_read_without_its_dot(
    read: str, mended: str
) -> None:
    from atspro.analysis.documents.ocr_words import mend_domains

    assert mend_domains(read) == mended


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # "@" read "a", the domain's dot lost, the name's umlaut written out in the domain
        (
            ["ANNA MULLER", "Oakvale, Germany", "infoaannamuellercom  github.com/am"],
            "info@annamueller.com",
        ),
        (["Jane Doe", "helloajanedoe.dev | +44 20 7946 0958"], "hello@janedoe.dev"),
        (["Jane Doe", "Contactajanedoe.com"], "contact@janedoe.com"),
        (["Anna Lee", "infoaannalee.com"], "info@annalee.com"),
    ],
)
def test_a_role_mailbox_at_the_persons_own_domain_gets_its_at(
    lines: list[str], address: str
) -> None:
    assert address in "\n".join(mend_page(lines))


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Doe", "Oakvale", "infoacme.com"],  # the domain is not her name
        ["Jane Doe", "jane@globex.org", "infoajanedoe.com"],  # the page has its address
        ["Summary", "Oakvale", "infoajanedoe.com"],  # no name in the header
    ],
)
def test_a_role_word_before_another_domain_is_left(lines: list[str]) -> None:
    assert mend_page(lines)[1:] == lines[1:]


@pytest.mark.parametrize(
    "run",
    ["a1" * 50000 + " gmal.com", "infoa" * 20000 + "com", "chle-183" * 12000 + "redifmal.com"],
)
def test_a_hostile_run_without_gaps_is_kept_as_read(run: str) -> None:
    """No word, address or number is 256+ characters without a gap (minutes before)."""
    assert mend_page(["Chloé Fraser", run, "Summary"]) == ["Chloé Fraser", run, "Summary"]


def test_five_thousand_hostile_contact_lines_finish() -> None:
    lines = ["Jane Doe", *(["jane_doe85 gmal.com | infoajanedoe.com a1 a1"] * 5000)]
    assert len(mend_page(lines)) == len(lines)


# fix_ocr (round 16 review): guards for the round's new readings


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Doe", "Portfolio: hellojanedoe.com"],  # her site: no "a" read for the "@"
        ["Jane Doe", "hellojanedoe.com/work"],  # a path: a site
        ["Jane Doe", "Website: helloajanedoe.com"],  # a site's label before it
        ["Jane Doe", "helloajanedoe.com/work"],
        ["Jane Doe", "www.infoajanedoe.com"],
    ],
)
def test_a_personal_site_starting_with_a_role_word_is_no_address(lines: list[str]) -> None:
    assert mend_page(lines)[1:] == lines[1:]


@pytest.mark.parametrize(
    ("read", "mended"),
    [
        ("jane@gmal.comm", "jane@gmal.comm"),  # no "gmail.co.mm"
        ("jane@gmal.conl", "jane@gmal.conl"),  # no "gmail.co.nl"
        ("jane@gmal.code", "jane@gmal.code"),  # no "gmail.co.de"
        ("jane@gmail.comm", "jane@gmail.comm"),  # gmail has no country domains
        ("jane@gmail.coin", "jane@gmail.coin"),
        ("jane@yahoo.code", "jane@yahoo.code"),  # not one of yahoo's countries
        ("jane@yaho.cofr", "jane@yaho.cofr"),
        ("jane@yaho.couk", "jane@yahoo.co.uk"),  # one of them
        ("jane@hotmial.cojp", "jane@hotmail.co.jp"),
        ("jane@yahoo.coin", "jane@yahoo.co.in"),
    ],
)
def test_a_co_country_domain_only_for_a_provider_that_gives_one(read: str, mended: str) -> None:
    from atspro.analysis.documents.ocr_words import mend_domains

    assert mend_domains(read) == mended


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # the "@" read as a gap or lost beside a name word a letter off: the name's spelling
        (["Jane Doe", "dane_85 gmal.com", "Summary"], "jane_85@gmail.com"),
        (["Jane Doe", "dane_85gmal.com", "Summary"], "jane_85@gmail.com"),
        (["Jane Doe", "Email: dane_85 gmal.com", "Summary"], "Email: jane_85@gmail.com"),
    ],
)
def test_a_name_near_match_is_written_with_the_names_spelling(
    lines: list[str], address: str
) -> None:
    assert mend_page(lines)[1] == address


@pytest.mark.parametrize(
    "lines",
    [
        ["Jane Doe", "Skills: jane2 gmal.com", "Summary"],  # no contact line
        ["Jane Doe", "Tools: jane_85gmal.com", "Summary"],
    ],
)
def test_no_address_is_read_loosely_on_a_line_with_another_label(lines: list[str]) -> None:
    assert mend_page(lines)[1:] == lines[1:]


@pytest.mark.parametrize(
    "run",
    ["a" * 251 + ".com", "ja" * 125 + "x.com", "a." * 125 + "co.uk", "jane" + "a" * 247 + ".org"],
)
def test_hostile_255_character_runs_reach_the_repair_and_finish(run: str) -> None:
    """Runs under the 256-character guard do reach ``_at_read_as_letter``; the cuts tried
    are bounded by an address's limits (64 / 253 characters), so a 100,000-character line of
    them finishes (it took half a minute before). No timed assert."""
    run = run[:255]
    line = " ".join([run] * (100_000 // (len(run) + 1)))
    assert mend_page(["Jane Doe", line, "Summary"])[1] == line

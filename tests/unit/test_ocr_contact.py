"""Contact repairs that need the whole page: an address mended only from the page's own
evidence, a name header glued to "RESUME", a mail provider's name one letter off."""

from __future__ import annotations

import pytest

from atspro.analysis.documents.ocr_contact import mend_addresses, split_boilerplate
from atspro.analysis.documents.ocr_words import restore_spaces
from bench.eval.ocr import unreadable_reference


@pytest.mark.parametrize(
    ("page", "fixed"),
    [
        # a letter dropped (a doubled one most often), the name in the header spells it
        (["Orla Pennick", "Email orlapenick71@example.org"], "Email orlapennick71@example.org"),
        (["Tobin Farrell", "tobin-farell@yahoo.co.in"], "tobin-farrell@yahoo.co.in"),
        # look-alikes: "1" for "l", "0" for "o"
        (["Noelle Brandt", "noe1le_brandt@web.de · Berlin"], "noelle_brandt@web.de · Berlin"),
        (["Ravi Thorsen", "ravi.th0rsen@gmail.com"], "ravi.thorsen@gmail.com"),
        # a letter misread in the small print, the name line in large print spells it
        (["Pierre Lund", "picrre94@mail.test"], "pierre94@mail.test"),
        (["Orla Rahman", "Email: o_xahman95@mail.test"], "Email: o_rahman95@mail.test"),
        # an accented name is evidence for the address that spells it without accents
        (["Lía Núñez", "lia.nunz@gmail.com"], "lia.nunez@gmail.com"),
        # a leading "l" (the first name's initial) read as "1" or "i"
        (["Lena Thorsen", "1thorsen@gmail.com"], "lthorsen@gmail.com"),
        (["LENA THORSEN", "Email: ithorsen@gmail.com"], "Email: lthorsen@gmail.com"),
        (["Lena Thorsen", "1_thorsen85@mail.com | Oslo"], "l_thorsen85@mail.com | Oslo"),
        # a profile handle is evidence too, digits included
        (["R. Quill", "quilltaro.dev@gmail.com", "github.com/quil1tar0"], None),
        # the same address read twice: the read that kept the letter
        (["Contact", "mirabelle.oakes@mail.com", "Email: mirabele.oakes@mail.com"], None),
    ],
)
def test_an_address_is_mended_from_the_pages_own_evidence(
    page: list[str], fixed: str | None
) -> None:
    mended = mend_addresses(page)
    if fixed is not None:
        assert mended[1] == fixed
    elif "github" in page[-1]:
        assert mended[1] == "quil1tar0.dev@gmail.com"
    else:
        assert mended[2] == "Email: mirabelle.oakes@mail.com"


@pytest.mark.parametrize(
    "page",
    [
        ["Orla Pennick", "opk.dev@example.org"],  # no evidence: nothing is invented
        ["Bea Lund", "tobin.farell@example.org"],
        ["Orla Pennick", "orlapennick@example.org"],  # already agrees
        ["Mathilda Pennick", "mathildapennickk@example.org"],  # longer than the name: kept
        # two pieces of evidence that disagree: the read is kept
        ["Carin Marlow | Karin Marlow", "arinmarlow@example.org"],
        ["Jo Ames", "joames@example.org"],  # short words are no evidence
        # a spelling variant is the person's own: Dmitry writes "dmitri"
        ["Dmitry Volkov", "dmitri.volkov@mail.test"],
        # the name's "ç" read as "g": the address's "c" is right
        ["Lukas Frangon", "francon.lukas@mail.test"],
        # a word one letter off that is on no name line is no evidence
        ["Pierre Lund", "Data analyst, Oslo", "analyct.lund@mail.test"],
        # "itaylor" for Ian Taylor is the initial as written
        ["Ian Taylor", "itaylor@mail.test"],
        ["Ilse Lund Taylor", "itaylor@mail.test"],  # an "i" initial too: either may be meant
        ["Ian Taylor", "i.taylor@mail.test"],
        # a name word with a letter outside Latin-1 is one word: no "zo" + "martinez"
        ["Zoě Martinez", "zmartinez@mail.test"],
        # another address with a different domain is someone else's, no second read
        ["Contact", "mirabele.oakes@mail.com", "Referee: mirabelle.oakes@acme.org"],
    ],
)
def test_an_address_without_clear_evidence_is_kept(page: list[str]) -> None:
    assert mend_addresses(page) == page


def test_a_comma_and_space_for_the_dot_of_a_local_part_is_mended_by_the_name() -> None:
    page = ["Orla Pennick", "+44 20 7946 0000 | orla, pennick@mail.test"]
    assert mend_addresses(page)[1] == "+44 20 7946 0000 | orla.pennick@mail.test"
    other = ["Orla Pennick", "Dublin, ops@mail.test"]  # a list's comma before someone's address
    assert mend_addresses(other) == other
    initial = ["Hélène Pennick", "Email: helene, p.79@mail.test"]  # a name word and an initial
    assert mend_addresses(initial)[1] == "Email: helene.p.79@mail.test"
    assert mend_addresses(["Hélène Pennick", "Oslo, x.79@mail.test"])[1] == "Oslo, x.79@mail.test"


@pytest.mark.parametrize(
    ("header", "fixed"),
    [
        ("JANE ROSTERIRESUME", "JANE ROSTER | RESUME"),
        ("JANE ROSTER I RESUME", "JANE ROSTER | RESUME"),
        ("JANE ROSTER|RESUME", "JANE ROSTER | RESUME"),
        ("JANE ROSTERRESUME", "JANE ROSTER RESUME"),
        ("Jane Roster l Curriculum Vitae", "Jane Roster | Curriculum Vitae"),
        ("JANE ALICV", "JANE ALI CV"),  # too short to lose its "I"
        ("Jane Daniel Resume", "Jane Daniel Resume"),  # a name's "l", not a bar
        ("JANE ROSTER | RESUME", "JANE ROSTER | RESUME"),
        ("I PRESUME", "I PRESUME"),
    ],
)
def test_a_name_header_glued_to_resume_gets_its_separator_back(header: str, fixed: str) -> None:
    assert split_boilerplate([header, "Data Engineer"])[0] == fixed


def test_a_names_last_i_stays_when_the_page_spells_it() -> None:
    page = ["MARIO ROSSIRESUME", "mario.rossi@example.org"]
    assert split_boilerplate(page)[0] == "MARIO ROSSI RESUME"
    assert split_boilerplate(["MARIO ROSSIRESUME", "mario.ross@example.org"])[0] == (
        "MARIO ROSS | RESUME"
    )


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("tove.lind@gmalcom 1 www.tove.dev", "tove.lind@gmail.com 1 www.tove.dev"),
        ("tove.lind@gmial.com", "tove.lind@gmail.com"),
        ("tove.lind@hotmai1.com", "tove.lind@hotmail.com"),
        ("tove_lind@1ive.com · +44 7700 900123", "tove_lind@live.com · +44 7700 900123"),
        ("tove.lind@gmailcom", "tove.lind@gmail.com"),
        ("tove.lind@outlok.co.uk.", "tove.lind@outlook.co.uk."),
    ],
)
def test_a_mail_providers_name_one_letter_off_is_mended(read: str, fixed: str) -> None:
    assert restore_spaces(read) == fixed


@pytest.mark.parametrize(
    "kept",
    [
        "tove@email.com",  # a provider itself, one letter from "gmail"
        "tove@ymail.com",
        "tove@mail.com",
        "tove@comcast.net",
        "tove@163.com",
        "tove@gmal.company.com",  # not the provider's domain
    ],
)
def test_other_domains_are_not_taken_for_a_providers_typo(kept: str) -> None:
    assert restore_spaces(kept) == kept


def test_the_eval_leaves_out_a_reference_whose_text_layer_is_unreadable() -> None:
    assert unreadable_reference("tlqOdOV74@ml0.ORg")  # a broken font map: jumbled case
    for readable in ("Tove.Lind@Gmail.com", "TOVE@EXAMPLE.ORG", "tove@example.org", None):
        assert not unreadable_reference(readable)


def test_a_name_word_missing_a_letter_of_the_pages_own_address_gets_it_back() -> None:
    from atspro.analysis.documents.ocr_contact import mend_name_words

    line = "Ilse Vardoan ilse@vardogan.dev | Homepage"  # a letter the recogniser read past
    assert mend_name_words([line])[0] == "Ilse Vardogan ilse@vardogan.dev | Homepage"
    page = ["TOBIN FARELL", "linkedin.com/in/tobin-farrell"]
    assert mend_name_words(page)[0] == "TOBIN FARRELL"
    # the address holds the word as read, or no address at all: kept
    for kept in (
        ["Senior Developer", "developers@acme.org"],
        ["Tobin Farell", "Data Analyst"],
        ["Ilse Kustner", "ilse@kustner.de"],
    ):
        assert mend_name_words(kept) == kept
    # an address writes "ü" as "ue": "KUSTNER" beside "kuestner.de" lost the dots, not a letter
    assert mend_name_words(["ILSE KUSTNER", "ilse@kuestner.de"])[0] == "ILSE KÜSTNER"
    assert mend_name_words(["Ilse Kustner", "www.ilsekuestner.de"])[0] == "Ilse Küstner"
    assert mend_name_words(["Ilse Kustner", "wwwilsekuestner.com"])[0] == "Ilse Küstner"
    # the cedilla's hook read as a "g"'s tail: the address writes the "c"
    assert mend_name_words(["Lukas Frangon", "francon.lukas@mail.test"])[0] == "Lukas Françon"
    assert mend_name_words(["Lukas Frangon", "frangon.lukas@mail.test"])[0] == "Lukas Frangon"


def test_a_name_words_capital_i_read_as_l_comes_back_from_the_pages_handle() -> None:
    from atspro.analysis.documents.ocr_contact import mend_name_words

    page = ["Joao lbáñez", "jibanez@mail.test | linkedin.com/in/joao-ibanez71"]
    assert mend_name_words(page)[0] == "Joao Ibáñez"
    assert mend_name_words(["Mara 1vanova", "mara.ivanova@mail.test"])[0] == "Mara Ivanova"
    # a short surname: a five-letter piece holds the initial and the name ("tiyer")
    assert mend_name_words(["Tomas lyer", "+44 7908 955950", "tiyer@mail.test"])[0] == "Tomas Iyer"
    for kept in (
        ["Joao lbáñez", "joao@mail.test"],  # no evidence
        ["Anna lindqvist", "anna.lindqvist@mail.test"],  # the address has the "l"
    ):
        assert mend_name_words(kept) == kept


@pytest.mark.parametrize(
    ("page", "fixed"),
    [
        # the address's number read as letters right after the name it spells
        (["Ravel Okonta", "ravelokontall@example.org"], "ravelokonta11@example.org"),
        (["Ravel Okonta", "ravelokontaIo@example.org"], "ravelokonta10@example.org"),
        # a header whose gap OCR lost ("TovaBrinnell") is evidence word by word
        (["TovaBrinnell", "tova.brinne1179@yahoo.com"], "tova.brinnell79@yahoo.com"),
    ],
)
def test_digits_read_as_letters_after_the_name_are_digits_again(
    page: list[str], fixed: str
) -> None:
    assert mend_addresses(page)[1] == fixed


@pytest.mark.parametrize(
    "page",
    [
        # the header may have lost the doubled letter: the address keeps it
        ["Ravel Okontal", "ravelokontall@example.org"],
        ["Ravel Okonta", "ravelokontallo@example.org"],  # three letters: a word, not a number
        ["Bea Lund", "ravelokontall@example.org"],  # no evidence
    ],
)
def test_letters_after_the_name_without_evidence_of_a_number_are_kept(page: list[str]) -> None:
    assert mend_addresses(page) == page


def test_a_first_initial_after_the_surname_stays_a_letter() -> None:
    page = ["Lorna Vettergaard", "vettergaardl386@example.org"]  # surname + initial + number
    assert mend_addresses(page) == page


def test_a_name_glued_to_resume_is_split_before_its_words_are_mended() -> None:
    from atspro.analysis.documents.ocr import mend_page

    page = ["ILSE KUSTNERIRESUME", "Developer", "Berlin | www.ilsekuestner.de"]
    assert mend_page(page)[0] == "ILSE KÜSTNER | RESUME"


def test_a_final_o_the_pages_handle_reads_as_a_zero_is_a_zero() -> None:
    page = [
        "Dana Quill",
        "(+1) 415 555 0100 | tarquito.dq@mail.test | www.tarquito.com",
        "tarquit0",
    ]
    assert mend_addresses(page)[1].split(" | ")[1] == "tarquit0.dq@mail.test"
    glued = ["Dana Quill", "tarquito.dq@mail.test | www.tarquito.comtarquit01tarquit0"]
    assert mend_addresses(glued)[1].startswith("tarquit0.dq@")


@pytest.mark.parametrize(
    "page",
    [
        ["Dana Quill", "tarquito.dq@mail.test | www.tarquito.com"],  # no zero on the page
        ["Dana Quill", "tarquito.dq@mail.test | github.com/xtarquit0"],
        ["Marco Lund", "marco@mail.test | +1 555 0100"],  # too short to be evidence
    ],
)
def test_a_final_o_without_a_zero_read_of_the_same_word_is_kept(page: list[str]) -> None:
    assert mend_addresses(page) == page


def test_a_surnames_own_initial_read_twice_in_an_address_is_dropped() -> None:
    page = ["Tobin Varga", "+36 1 555 0100 / vvarga.tobin@mail.test / Pecs", "Summary"]
    assert mend_addresses(page)[1] == "+36 1 555 0100 / varga.tobin@mail.test / Pecs"
    for kept in (
        ["Vera Varga", "vvarga.tobin@mail.test"],  # the first name's initial: as written
        ["Tobin Varga", "tvarga@mail.test"],
        ["Tobin Varga", "xvarga@mail.test"],  # no doubled letter: nothing to say
    ):
        assert mend_addresses(kept) == kept

"""Round 14 review of the name, place and contact work: one synthetic case per class a
reviewer reproduced; each failed on the round's merged code (a26269e). Every name, employer,
street and e-mail is invented."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import places
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Contact

TODAY = date(2026, 1, 1)
REACH = "zed.q@example.org | (415) 555-0142"
BODY = "\n\nEXPERIENCE\nFloor Lead, Quorvex Ltd\nJan 2019 - Mar 2021\n- Ran the stock room\n"


def contact(header: str) -> Contact:
    return parse_resume(header + BODY, today=TODAY).contact


def place(line: str) -> str | None:
    found = places.find_place(line)
    return found.text if found else None


# ------------------------------------------------------------------ a town's joining word ---


def test_a_word_before_on_or_en_is_no_part_of_the_town() -> None:
    assert place("Worked on Austin, TX") == "Austin, TX"
    assert place("Store Manager at Quorvex on Tulsa, OK") == "Tulsa, OK"
    assert place("Team Lead en Madrid, Spain") == "Madrid, Spain"
    assert place("Ventas de Bogota, Colombia") == "Bogota, Colombia"
    assert place("Quorvex Ltd do Porto, Portugal") == "Porto, Portugal"
    assert contact(f"Zed Quill\n{REACH}\nLiving on Austin, TX").location == "Austin, TX"


def test_a_joined_town_the_gazetteer_knows_stays_whole() -> None:
    assert place("Frankfurt am Main, Germany") == "Frankfurt am Main, Germany"
    assert place("Newcastle upon Tyne, UK") == "Newcastle upon Tyne, UK"
    assert place("Rio de Janeiro, Brazil") == "Rio de Janeiro, Brazil"
    # a join no sentence uses, the town on its own: whole though the gazetteer lacks it
    assert place("Stratford upon Avon, UK") == "Stratford upon Avon, UK"
    assert place("Halle an der Saale, Germany") == "Halle an der Saale, Germany"


# ------------------------------------------------------------- Brazil's state codes ---


def test_a_code_shared_with_a_us_state_stays_american() -> None:
    assert places.region_of("Bethlehem, PA") == "US"
    assert places.region_of("Salvador, MA") == "US"
    c = contact("Jane Roe\nBethlehem, PA | (610) 555-0142 | jroe@example.org")
    assert c.location == "Bethlehem, PA"
    assert c.phone == "+16105550142"


def test_brazil_when_the_dash_the_spelling_or_the_country_says_so() -> None:
    assert places.find_city_line("Natal - PA").region == "BR"
    assert places.region_of("Belém, PA") == "BR"
    assert places.region_of("Salvador, MA, Brazil") == "BR"
    assert places.region_of("Natal, RN") == "BR"  # no US state of that code


# ------------------------------------------------------ a lower-case tagline under a headline ---


def test_a_lower_case_tagline_is_no_name() -> None:
    assert contact(f"Data Analyst\ncoffee lover\n{REACH}").full_name is None
    assert contact(f"Graphic Designer | Illustrator\npeople person\n{REACH}").full_name is None
    assert contact(f"Data Analyst\ncoffee lover\nZed Quill\n{REACH}").full_name == "Zed Quill"


def test_a_lower_case_name_the_e_mail_spells_stays() -> None:
    assert contact("Data Analyst\njane doe\njane.doe@example.org").full_name == "Jane Doe"


# ------------------------------------------------------------------- CJK headings ---


def test_a_cjk_post_school_or_town_is_no_name() -> None:
    assert contact(f"项目经理\n{REACH}").full_name is None
    assert contact(f"上海市\n{REACH}").full_name is None
    assert contact(f"北京大学\nZed Quill\n{REACH}").full_name == "Zed Quill"


def test_the_latin_name_below_a_cjk_line_is_preferred() -> None:
    assert contact(f"王小明\nZed Quill\n{REACH}").full_name == "Zed Quill"


# ------------------------------------------------------- a cover letter's sender's town ---


def test_the_senders_town_above_a_greeting_that_names_no_one_stays() -> None:
    assert contact(f"Zed Quill\n{REACH}\nTulsa, OK\n\nDear Hiring Manager,\nI apply.").location == (
        "Tulsa, OK"
    )
    letter = f"Zed Quill\nTulsa, OK\n\nMarch 3, 2024\n\nDear Hiring Manager,\nI apply.\n{REACH}"
    assert contact(letter).location == "Tulsa, OK"


def test_the_addressees_block_from_their_name_is_cut() -> None:
    letter = (
        f"Zed Quill\n{REACH}\nTulsa, OK\nMarch 3, 2024\nAnn Roe\nQuorvex Ltd\nSpringfield, IL\n"
        "Dear Ms. Roe,\nI apply."
    )
    assert contact(letter).location == "Tulsa, OK"


# ------------------------------------------------------------------------------ minor ---


def test_a_landmark_before_a_town_is_no_name() -> None:
    assert contact(f"Golden Gate Park, San Francisco, CA\n{REACH}").full_name is None
    assert contact(f"Central Station, Tulsa, OK\n{REACH}").full_name is None
    assert contact(f"Jane Park, Tulsa, OK\n{REACH}").full_name == "Jane Park"


def test_digits_glued_to_a_first_word_only_are_no_anonymisers() -> None:
    assert contact(f"Phase2 Quill\n{REACH}").full_name is None
    assert contact(f"Zed Quill1\n{REACH}").full_name == "Zed Quill"

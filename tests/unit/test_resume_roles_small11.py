"""Round 11 small role-reading leftovers (made-up employers and people)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import places, roles
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.role_header import cut_glued_sentence, parse_role_header


@pytest.mark.parametrize("town", ["Córdoba", "Kraków", "Poznań", "Medellín"])
def test_a_town_written_with_its_accents_is_a_place(town: str) -> None:
    assert places.is_place_name(town)
    assert places.is_known_city(town)


def test_an_accented_town_below_the_title_is_no_employer() -> None:
    role = parse_role_header(["Data Analyst", "Kraków"])
    assert (role.position, role.company) == ("Data Analyst", None)
    role = parse_role_header(["Córdoba, Argentina"])
    assert role.company is None
    assert role.location == "Córdoba, Argentina"


def test_an_accent_fold_keeps_unknown_words_unknown() -> None:
    assert not places.is_place_name("Quillonà")
    assert places.city_key("Ñuñoa Straße") == "nunoa strasse"


def test_an_agent_noun_that_ends_an_occupation_title_is_a_title() -> None:
    # The O*NET index has "Aerial Advertiser" but not "Advertiser" alone.
    role = parse_role_header(["Quillon Media Ltd.", "Advertiser"])
    assert (role.position, role.company) == ("Advertiser", "Quillon Media Ltd.")
    assert roles.agent_title("Advertiser")


@pytest.mark.parametrize("word", ["Server", "Computer", "Master", "Monitor", "Advertising", "Ad"])
def test_a_thing_a_skill_ends_with_is_no_agent_title(word: str) -> None:
    # "SQL Server", "Scrum Master": the word ends a skill, so it names a thing.
    assert not roles.agent_title(word)


def _resume(role_line: str) -> str:
    return (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\n"
        f"ORVALE SYSTEMS, SPRINGFIELD June 2011- Dec 2012 {role_line}\n"
        "Built a report page for the sales desk.\n"
        "MARLOW TIDEWATER LTD, SPRINGFIELD Jan 2013- Dec 2015 Software Engineer\n"
        "Wrote tests for the billing tool.\n"
    )


@pytest.mark.parametrize(
    "role_line",
    [
        "Associate ConsultantDesigned a small billing tool for the team of four testers.",
        "Quality AnalystSuccessfully led a team of four testers.",
    ],
)
def test_a_title_glued_to_the_first_sentence_is_cut_from_it(role_line: str) -> None:
    roles_read = parse_resume(_resume(role_line)).work_experience
    assert roles_read[0].position in ("Associate Consultant", "Quality Analyst")
    assert roles_read[0].company == "ORVALE SYSTEMS"


def test_a_name_glued_inside_a_word_is_not_cut() -> None:
    # "LeaderBoard ranks …": no verb after the capital, so no sentence starts there.
    line = "Team LeaderBoard ranks the players"
    assert cut_glued_sentence(line) == line
    assert cut_glued_sentence("Team LeaderBuilt a board") == "Team Leader"

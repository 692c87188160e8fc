"""Round 11 small role-reading leftovers (made-up employers and people)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import places
from atspro.analysis.resume.role_header import parse_role_header


@pytest.mark.parametrize("town", ["Bogotá", "Kraków", "São Paulo", "Medellín", "Montréal"])
def test_a_town_written_with_its_accents_is_a_place(town: str) -> None:
    assert places.is_place_name(town)
    assert places.is_known_city(town)


def test_an_accented_town_below_the_title_is_no_employer() -> None:
    role = parse_role_header(["Data Analyst", "Kraków"])
    assert (role.position, role.company) == ("Data Analyst", None)
    role = parse_role_header(["Bogotá, Colombia"])
    assert role.company is None
    assert role.location == "Bogotá, Colombia"


def test_an_accent_fold_keeps_unknown_words_unknown() -> None:
    assert not places.is_place_name("Quillonà")
    assert places.city_key("Ñuñoa Straße") == "nunoa strasse"

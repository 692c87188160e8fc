"""Skills-section stress set, round 13 (issue 14): every case of ``bench.skills_stress`` (made-up
skills sections written with many separators, labels, tables, ratings, wrapped and long items,
columns and headings, at the end of a resume or before its roles) must read each item it lists
and nothing else. A case marked ``known`` is a limit left (it must still fail, so that a fix is
noticed). Plus one synthetic test per class the round fixed, each failing on the code before."""

from __future__ import annotations

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume
from bench import skills_stress
from bench.skills_stress import CASES, TODAY, Case, problems


@pytest.mark.parametrize("case", CASES, ids=[f"{c.axis}: {c.name}" for c in CASES])
def test_stress_case(case: Case) -> None:
    if case.known:
        assert problems(case), f"fixed? {case.known}"
    else:
        assert problems(case) == []


def test_the_stress_set_is_large_and_covers_every_axis() -> None:
    assert len(CASES) >= 120
    axes = {c.axis for c in CASES}
    assert {"separators", "labels", "tables", "ratings", "wrapped", "long items"} <= axes
    assert {"columns", "headings"} <= axes
    assert {h for h in skills_stress.HEADINGS} >= {"Toolbox", "Strengths", "IT Skills"}


def parse(skills: str, body: str = skills_stress.BODY) -> Resume:
    return parse_resume(skills_stress.TOP + body + skills + "\n", today=TODAY)


def unknown(r: Resume) -> set[str]:
    return {s.name for s in r.skills if not s.recognised}


def test_presentation_alone_in_a_list_is_an_item_not_a_heading() -> None:
    r = parse("SKILLS\nNegotiation\nPresentation\nKiln Loading\nSail Rigging")
    assert {"Presentation", "Kiln Loading", "Sail Rigging"} <= unknown(r)


def test_reading_alone_in_a_list_is_an_activity_not_a_town() -> None:
    r = parse("SKILLS\n- Reading\n- Kiln Loading\n- Sail Rigging")
    assert "Reading" in unknown(r)


def test_a_numbered_list_gives_its_items_without_their_numbers() -> None:
    r = parse("SKILLS\n1. Kiln Loading\n2. Sail Rigging\n3. Quorvex")
    assert {"Kiln Loading", "Sail Rigging", "Quorvex"} <= unknown(r)


def test_a_label_alone_above_its_list_keeps_the_list_in_skills() -> None:
    r = parse("SKILLS\nLanguages:\nPython, Quorvex\nOther:\nKiln Loading, Brimlet Ledgers")
    assert {"Quorvex", "Kiln Loading", "Brimlet Ledgers"} <= unknown(r)


def test_an_items_level_after_a_colon_leaves_the_item() -> None:
    r = parse("SKILLS\nKiln Loading: Advanced\nSail Rigging: Intermediate\nQuorvex: Expert")
    assert {"Kiln Loading", "Sail Rigging", "Quorvex"} <= unknown(r)
    assert not {"Advanced", "Intermediate", "Expert"} & unknown(r)


def test_a_level_after_an_en_dash_is_cut_and_a_dash_label_is_no_item() -> None:
    r = parse("SKILLS\nKiln Loading – advanced\nCraft Tools – Sail Rigging, Quorvex")
    assert {"Kiln Loading", "Sail Rigging", "Quorvex"} <= unknown(r)
    assert not {"advanced", "Craft Tools", "Kiln Loading – advanced"} & unknown(r)


def test_an_acronym_spelling_out_the_item_is_its_spelling_not_an_item() -> None:
    r = parse("SKILLS\nGood Manufacturing Practice (GMP)\nKiln Loading\nSail Rigging")
    gmp = next(s for s in r.skills if s.name == "Good Manufacturing Practice")
    assert "GMP" in gmp.surface_forms
    assert "GMP" not in {s.name for s in r.skills}


def test_a_weak_skills_heading_is_no_item_of_its_list() -> None:
    body = skills_stress._title_headings(skills_stress.BODY)
    r = parse("Toolbox\nKiln Loading\nSail Rigging\nQuorvex", body)
    assert {"Kiln Loading", "Sail Rigging", "Quorvex"} <= unknown(r)
    assert "Toolbox" not in unknown(r)


def test_a_category_header_row_is_no_item() -> None:
    r = parse("SKILLS\nCategory | Skills\nCraft | Kiln Loading, Sail Rigging")
    assert "Category" not in unknown(r)


def test_a_grid_cell_cut_after_an_ampersand_ends_with_the_cell_below() -> None:
    r = parse("SKILLS\nKiln Loading &      Sail Rigging\nGlaze Mixing        Seed Saving")
    assert {"Kiln Loading & Glaze Mixing", "Sail Rigging", "Seed Saving"} <= unknown(r)


def test_a_comma_paragraph_cut_in_an_item_joins_the_next_lines_word() -> None:
    r = parse("SKILLS\nKiln Loading, Seed Saving, Quorvex Cost\nModelling, Sail Rigging,\nTovix.")
    assert "Quorvex Cost Modelling" in unknown(r)
    assert not {"Quorvex Cost", "Modelling"} & unknown(r)


def test_rows_of_a_comma_list_are_not_joined() -> None:
    r = parse("SKILLS\nKiln Loading, Seed Saving, Quorvex\nTovix, Sail Rigging, Glaze Mixing")
    assert {"Quorvex", "Tovix"} <= unknown(r)


def test_a_tables_empty_first_cell_goes_on_with_the_cell_above() -> None:
    r = parse(
        "SKILLS\nCraft | Sail Rigging, Glaze Mixing, Kiln\n | Loading, Seed Saving,\nTools | Tovix"
    )
    assert "Kiln Loading" in unknown(r)


def test_lettered_items_and_numbered_items_on_one_line_lose_their_marks() -> None:
    r = parse("SKILLS\na) Kiln Loading\nb) Sail Rigging\n1) Quorvex 2) Tovix 3) Seed Saving")
    assert {"Kiln Loading", "Sail Rigging", "Quorvex", "Tovix", "Seed Saving"} <= unknown(r)


def test_a_short_line_between_bulleted_items_labels_the_items_below() -> None:
    r = parse("SKILLS\nTools\n• Jira\n• Quorvex\nCraft\n• Kiln Loading\n• Sail Rigging")
    assert {"Quorvex", "Kiln Loading", "Sail Rigging"} <= unknown(r)
    assert "Craft" not in unknown(r)


def test_a_capitals_category_word_alone_is_a_sub_heading() -> None:
    r = parse("SKILLS\nTECHNICAL\nQuorvex, Tovix\nSOFT\nKiln Loading, Sail Rigging")
    assert {"Quorvex", "Kiln Loading"} <= unknown(r)
    assert "SOFT" not in unknown(r)


def test_a_skills_label_before_a_dash_heads_a_list_anywhere() -> None:
    r = parse("Key Skills – Quorvex, Kiln Loading, Sail Rigging")
    assert {"Quorvex", "Kiln Loading", "Sail Rigging"} <= unknown(r)


def test_a_languages_four_abilities_rated_together_are_no_items() -> None:
    r = parse("SKILLS\nSpeaking Fair Reading Fluent Listening Fair Writing Basic\nQuorvex, Tovix")
    assert {"Quorvex", "Tovix"} <= unknown(r)
    assert not {"Reading", "Listening", "Speaking"} & unknown(r)

"""Skills-list failure classes, round 7 (issue 14): one synthetic resume each; each fails on the
code before the fix. Made-up product names ("Quorvex", "Brimlet") stand for items no taxonomy
knows; people, employers and schools are made up too."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)


def parse(text: str) -> Resume:
    return parse_resume(text, today=TODAY)


def unknown(r: Resume) -> set[str]:
    return {s.name for s in r.skills if not s.recognised}


SUMMARY = (
    "Nora Vale\nnora@example.org\nSUMMARY\n"
    "Dependable planner with twelve years of work across regional offices and many teams.\n"
)


def test_a_column_of_competencies_under_its_own_heading_outside_a_skills_section() -> None:
    r = parse(
        SUMMARY + "Core Working Strengths\nQuorvex Enhancement\nBrimlet Planning\n"
        "Zentrix Outreach\nEXPERIENCE\nPlanner, Hollin Works, 2015 - 2020\n"
    )
    assert {"Quorvex Enhancement", "Brimlet Planning", "Zentrix Outreach"} <= unknown(r)


def test_a_column_with_no_heading_is_read_when_a_third_of_it_are_known_skills() -> None:
    r = parse(
        SUMMARY + "Quorvex Modelling\nProject Management\nBrimlet Ledgers\nBudgeting\n"
        "EXPERIENCE\nPlanner, Hollin Works, 2015 - 2020\n"
    )
    assert {"Quorvex Modelling", "Brimlet Ledgers"} <= unknown(r)


def test_a_roles_short_lines_and_a_schools_lines_are_no_column() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nEXPERIENCE\nHollin Works\nSenior Planner\nLeeds\n"
        "Jan 2015 - Mar 2020\nPlanned budgets.\nEDUCATION\nACADEMIC QUALIFICATIONS\n"
        "Brimwood University\nBSc (Hons)\nQuorvex Studies\n"
    )
    found = unknown(r)
    assert not found & {"Hollin Works", "Brimwood University", "Hons", "Quorvex Studies"}


def test_a_skill_tables_levels_are_no_skills() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex\nAdvanced\nBrimlet\nIntermediate\n"
        "Zentrix Studio\nExpert\n"
    )
    found = unknown(r)
    assert {"Quorvex", "Brimlet", "Zentrix Studio"} <= found
    assert not found & {"Intermediate", "Expert", "Advanced"}


def test_an_item_cut_after_an_ampersand_is_joined_with_the_next_line() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nQuorvex Delivery &\nBrimlet Outreach\n"
        "Zentrix Modelling\n"
    )
    found = unknown(r)
    assert "Quorvex Delivery & Brimlet Outreach" in found
    assert "Brimlet Outreach" not in found


def test_a_platform_word_before_a_known_skill_is_its_spelling_not_a_skill() -> None:
    r = parse("Nora Vale\nnora@example.org\nSKILLS\nMac OSX, Windows XP professional, Quorvex\n")
    assert not unknown(r) & {"Mac", "Windows XP professional"}
    assert any("Mac OSX" in s.surface_forms for s in r.skills)


def test_a_towns_name_among_known_skills_is_a_product() -> None:
    r = parse("Nora Vale\nnora@example.org\nSKILLS\nEnvironment: MySQL, Derby, Struts, Spring\n")
    assert "Derby" in unknown(r)
    r = parse("Nora Vale\nnora@example.org\nSKILLS\nQuorvex, Derby, Brimlet\n")
    assert "Derby" not in unknown(r)


def test_a_form_label_word_inside_a_competency_is_no_label() -> None:
    r = parse(
        "Nora Vale\nnora@example.org\nSKILLS\nMulti Location Scheduling | Quorvex Planning | "
        "Brimlet Outreach\nTraining Plan Design\nJob Title\nTraining / Seminars attended\n"
    )
    found = unknown(r)
    assert {"Multi Location Scheduling", "Training Plan Design"} <= found
    assert not found & {"Job Title", "Training / Seminars attended", "Training"}


def test_a_column_between_diamond_bullets_and_a_heading_after_a_stray_item() -> None:
    r = parse(
        SUMMARY + "♦ Quorvex Management\n♦ Brimlet Operations ♦ Zentrix Modelling\n"
        "♦ Change Management\n♦ Budgeting\nEXPERIENCE\nPlanner, Hollin Works, 2015 - 2020\n- Quorvex & Co\n"
        "PERSONAL SKILLS\nTime management\nDeadline focused\nBrimlet sourcing\n"
    )
    found = unknown(r)
    assert {"Quorvex Management", "Brimlet Operations", "Zentrix Modelling"} <= found
    assert "Deadline focused" in found


def test_a_category_word_left_of_known_skills_is_no_skill() -> None:
    r = parse("Nora Vale\nnora@example.org\nSKILLS\nTCP/IP Protocols, Quorvex\n")
    assert "Protocols" not in unknown(r)
    assert "Quorvex" in unknown(r)


def test_an_x_skills_item_right_under_a_columns_heading_is_an_item() -> None:
    r = parse(
        SUMMARY + "Core Qualifications\nQuorvex skills\nBrimlet oversight\nZentrix drafting\n"
        "EXPERIENCE\nPlanner, Hollin Works, 2015 - 2020\n"
    )
    assert {"Quorvex", "Brimlet oversight", "Zentrix drafting"} <= unknown(r)

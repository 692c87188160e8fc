"""Skills-list recall classes, round 12 (issue 14): ratings after items, rated lists, spaced
slashes, a skills table's header row and a line of titles; one synthetic resume each, each
failing on the code before the fix. Made-up names ("Quorvex", "Brimlet") stand for items no
taxonomy knows; people and employers are made up too."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)
HEAD = (
    "Nora Vale\nnora@example.org\n\nEXPERIENCE\nPlanner, Hollin Works\nJan 2015 - Dec 2020\n"
    "- Kept the shelves in order\n\nSKILLS\n"
)


def parse(skills: str) -> Resume:
    return parse_resume(HEAD + skills + "\n", today=TODAY)


def unknown(r: Resume) -> set[str]:
    return {s.name for s in r.skills if not s.recognised}


def test_stars_and_percentages_after_an_item_are_its_rating_not_its_name() -> None:
    r = parse("Quorvex Modelling ★★★★☆\nBrimlet Ledgers ★★★☆☆\nKiln Loading 75%\nSail Rigging 90 %")
    assert {"Quorvex Modelling", "Brimlet Ledgers", "Kiln Loading", "Sail Rigging"} <= unknown(r)
    assert not any(any(c in s.name for c in "★%") for s in r.skills)


def test_a_score_out_of_five_or_ten_after_an_item_is_cut() -> None:
    r = parse("Kiln Loading - 8/10, Sail Rigging: 4 out of 5, Seed Saving (3/5)")
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving"} <= unknown(r)


def test_a_level_after_each_item_separates_a_rated_list() -> None:
    r = parse(
        "Kiln Loading good 4 Sail Rigging excellent 5 Seed Saving good 4 Glaze Mixing average"
    )
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving", "Glaze Mixing"} <= unknown(r)


def test_a_level_word_inside_a_run_of_names_separates_nothing() -> None:
    # one level only: a product's name ("Quorvex Basic Console"), not a rated list
    r = parse("Brimlet, Quorvex Basic Console, Zentrix")
    assert "Quorvex Basic Console" in unknown(r)


def test_items_between_spaced_slashes_are_items() -> None:
    r = parse("Kiln Loading / Sail Rigging / Seed Saving / Glaze Mixing")
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving", "Glaze Mixing"} <= unknown(r)


def test_a_skills_tables_header_row_names_no_skill() -> None:
    r = parse(
        "Skill | Level | Years\nKiln Loading | Expert | 5\nSail Rigging | Intermediate | 2\n"
        "Seed Saving | Advanced | 3"
    )
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving"} <= unknown(r)
    assert not {"Level", "Skill", "Years", "Expert"} & unknown(r)


def test_a_line_of_the_titles_held_gives_no_items() -> None:
    r = parse("Chief Finance Officer / COO / CTO\nKiln Loading, Sail Rigging, Seed Saving")
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving"} <= unknown(r)
    assert not {"Chief Finance Officer", "COO", "CTO"} & {s.name for s in r.skills}


def test_a_heading_of_workshops_attended_is_no_item() -> None:
    r = parse("Kiln Loading, Sail Rigging, Seed Saving\nSeminars / Workshops attended")
    assert "Workshops attended" not in unknown(r)


def test_a_job_boards_table_of_skills_read_as_one_line_ends_each_item_at_its_duration() -> None:
    r = parse(
        "Tech Skills  Kiln Loading 3 years  Sail Rigging 2 years  Seed Saving Less than 1 year  "
        "Glaze Mixing 1 year"
    )
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving", "Glaze Mixing"} <= unknown(r)


def test_a_rated_list_led_in_by_its_scale_and_run_on_into_a_sentence_is_read() -> None:
    r = parse(
        "Self rating out of five Kiln Loading good 4 Sail Rigging excellent 5 Seed Saving good 4 "
        "Glaze Mixing average 3 Hobbies I spent two long summers working on the family farm "
        "near the river with my cousins and their many goats"
    )
    assert {"Sail Rigging", "Seed Saving", "Glaze Mixing"} <= unknown(r)


def test_bullet_glyphs_alone_on_their_lines_do_not_break_a_column_of_competencies() -> None:
    r = parse_resume(
        "Nora Vale\nnora@example.org\n\nSUMMARY\nDependable planner with twelve years of work.\n"
        "Project Management\n•\nKiln Loading\n•\nBudgeting\n•\nSeed Saving\n•\nCustomer Service\n"
        "\nEXPERIENCE\nPlanner, Hollin Works\nJan 2015 - Dec 2020\n- Kept the shelves in order\n",
        today=TODAY,
    )
    assert {"Kiln Loading", "Seed Saving"} <= unknown(r)


def test_a_level_word_alone_in_a_list_is_no_item() -> None:
    r = parse("Kiln Loading\nStrong\nSail Rigging\nGood")
    assert not {"Strong", "Good"} & unknown(r)


def test_one_generic_word_in_brackets_after_an_item_is_a_note_not_an_item() -> None:
    r = parse("Quorvex (desktop), Brimlet (Scheduling), Zentrix (v2)")
    assert {"Quorvex", "Brimlet", "Scheduling", "Zentrix"} <= unknown(r)
    assert not {"desktop", "v2"} & unknown(r)


def test_a_level_phrase_in_brackets_is_no_item() -> None:
    r = parse("Kiln Loading (advanced), Sail Rigging (working knowledge), Seed Saving (expert)")
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving"} == unknown(r)


def test_a_line_of_praise_among_a_columns_items_is_no_heading_that_cuts_the_column() -> None:
    r = parse_resume(
        "Nora Vale\nPhone: 555 0100\nEmail: nora@example.org\nObjective\n"
        "Dependable planner able to develop and keep good relations with every client.\n"
        "Personal Qualities\n\uf06cKiln Loading\n\uf06cGood planning skill\n"
        "\uf06cSail Rigging\n\uf06cSeed Saving\nProfessional Experience:\n"
        "Hollin Works Inc., Springfield, 2005 to present\nPlanner\n",
        today=TODAY,
    )
    assert {"Kiln Loading", "Sail Rigging", "Seed Saving"} <= unknown(r)


def test_a_second_labelled_list_on_the_same_line_loses_its_label() -> None:
    r = parse("Tools: Quorvex, Brimlet; Methods: Kiln Loading, Sail Rigging")
    assert {"Quorvex", "Brimlet", "Kiln Loading", "Sail Rigging"} == unknown(r)


def test_a_tilde_separates_items_whatever_its_spaces() -> None:
    r = parse("Kiln Loading~ Seed Saving ~Sail Rigging")
    assert {"Kiln Loading", "Seed Saving", "Sail Rigging"} <= unknown(r)


def test_and_a_short_phrase_after_a_known_skill_is_a_second_item() -> None:
    r = parse("Business analysis and kiln loading\nSail Rigging")
    assert "kiln loading" in unknown(r)


def test_the_phrase_a_lead_in_announces_in_a_sentence_of_a_skills_list_is_an_item() -> None:
    r = parse(
        "Skilled at seed saving, as shown by the praise of my manager when given the keys\n"
        "Skilled in kiln loading and glaze mixing for the big studio where I worked for years\n"
        "Experienced in working with children of all ages in many different settings"
    )
    assert {"seed saving", "kiln loading", "glaze mixing"} <= unknown(r)
    assert "working" not in unknown(r)


def test_posts_held_a_web_address_stripped_of_its_dots_and_a_level_of_knowledge_are_no_items() -> (
    None
):
    r = parse(
        "Tech Skills  Kiln Loading 3 years  Network Engineer 2 years  Sail Rigging 1 year\n"
        "Online Profile httpsnoravale85examplecom\nBasic knowledge Seed Saving, Glaze Mixing"
    )
    assert {"Kiln Loading", "Sail Rigging", "Glaze Mixing"} <= unknown(r)
    found = " ".join(unknown(r))
    assert "Engineer" not in found and "http" not in found and "knowledge" not in found
    # a tool whose name ends in a title word is no post: "Test Director" stays
    assert "Test Director" in unknown(parse("Quorvex, Test Director, Brimlet"))


def test_a_category_word_a_table_gives_a_duration_is_the_skill_listed() -> None:
    r = parse("Quorvex (2 years), DATABASE (2 years), Kiln Loading (Less than 1 year)")
    assert {"Quorvex", "DATABASE", "Kiln Loading"} <= unknown(r)
    assert "Databases" not in unknown(parse("Software, Databases, Kiln Loading"))


def test_the_next_sections_heading_glued_onto_the_last_item_is_no_item() -> None:
    r = parse("Kiln Loading, Sail Rigging, Hobbies chess")
    assert {"Kiln Loading", "Sail Rigging"} <= unknown(r)
    assert "Hobbies chess" not in unknown(r)

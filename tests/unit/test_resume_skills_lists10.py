"""Fragments read as skills-list items (issue 14, round 10): a form's fields, a page footer
glued to an item, the writer's next sentence after an item, and "Tool for purpose" items.
Each test fails on the code before the fix. People, tools and places are made up."""

from __future__ import annotations

from atspro.analysis.resume.parser import parse_resume
from tests.unit.test_resume_skills_series import HEAD, TODAY, unknown


def test_a_forms_fields_are_no_items() -> None:
    got = unknown("Bookbinding, Yes, Zip, Phone (Cell/Home), Postal Code\n")
    assert "Bookbinding" in got
    assert not got & {"Zip", "Phone", "Cell/Home", "Yes"}


def test_a_page_footer_glued_to_an_item_is_cut_off() -> None:
    got = unknown("Bookbinding, Glaze Mixing Page 2, Tamsin Arlow Page 1 of 3\n")
    assert "Glaze Mixing" in got
    assert not any("Page" in g or "Arlow" in g for g in got)


def test_the_writers_next_sentence_is_cut_off_an_item() -> None:
    got = unknown("Wrenly, Cobbleworks, Quillet frameworks. I\nbuilt three kilns with them.\n")
    assert "Quillet frameworks" in got
    assert not any(g.endswith(". I") or "built" in g for g in got)


def test_a_tool_and_what_it_is_for_are_each_an_item() -> None:
    got = unknown("Wrenly for Project Management, Cobbleworks for Java, Python, Git\n")
    assert {"Wrenly", "Cobbleworks"} <= got
    assert not any(" for " in g for g in got)


def test_a_lead_in_before_with_is_no_item() -> None:
    got = unknown("-Well versed with Quillet, Java, Python\nFamiliar with Wrenly, Git\n")
    assert not got & {"Well versed", "-Well versed", "Familiar"}


def test_a_headings_words_in_a_list_are_no_items() -> None:
    got = unknown(
        # "Key Projects Undertaken" is a known heading (it ends the skills list): the last line.
        "Bookbinding, Glaze Mixing\nAwards/ Certifications/ Achievements\n"
        "Sample Resume\nResume of Tamsin Arlow\nDeclaration\nResume writing\nKey Projects Undertaken\n"
    )
    assert {"Bookbinding", "Resume writing"} <= got
    assert got == {"Bookbinding", "Glaze Mixing", "Resume writing"}


def test_a_languages_line_inside_skills_does_not_swallow_the_rest_of_the_list() -> None:
    got = unknown(
        "Wrenly, Quillet\nLanguages: English, French\n"
        "Advanced Excel, Pivot Tables, Glaze Mixing\nCobbleworks (intermediate), Kiln Loading\n"
    )
    assert {"Glaze Mixing", "Cobbleworks", "Kiln Loading"} <= got
    assert not got & {"English", "French"}


def test_an_item_cut_at_a_line_end_ends_on_the_next_line() -> None:
    got = unknown(
        "Glazing, Wrenly, Kiln\nloading, Bookbinding\n"
        "Skilled in kiln loading, bookbinding and glaze\nrecipes, kept in a binder.\n"
    )
    assert {"Kiln loading", "Bookbinding", "glaze recipes"} <= got
    assert not got & {"Kiln", "loading", "recipes", "glaze"}


def test_joined_category_words_over_a_bracket_are_no_item() -> None:
    got = unknown(
        "Systems & Environments (Wrenly, Quillet)\nCobbleworks, Tools and Technologies, Glazing\n"
    )
    assert {"Wrenly", "Quillet", "Cobbleworks"} <= got
    assert not got & {"Systems & Environments", "Tools and Technologies"}


def test_bilingual_labelling_the_languages_is_a_skill_claimed() -> None:
    r = parse_resume(
        HEAD + "• Bilingual: English and Spanish\nWrenly, Quillet\n\nLANGUAGES\nTrilingual\n",
        today=TODAY,
    )
    got = {s.name for s in r.skills}
    assert {"Bilingual", "Trilingual"} <= got
    assert {lang.name for lang in r.languages} >= {"English", "Spanish"}


def test_training_and_a_skill_is_an_item_training_and_workshops_a_heading() -> None:
    got = unknown("Glazing, Training & Kilnwork, Bookbinding\nTraining / Workshops attended\n")
    assert "Training & Kilnwork" in got
    assert not any("Workshops" in g for g in got)

"""Skills lists written as series and sentences (issue 14, round 9): the items of "Proficient
in X, Y and Z", "Good X and Y skills", lower-case series; fragments of a list ("Wrenly etc").
Each test fails on the code before the fix. People, tools and places are made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TODAY = date(2026, 1, 1)
HEAD = "Tamsin Arlow\ntamsin@example.org\nSKILLS\n"


def unknown(text: str) -> set[str]:
    r: Resume = parse_resume(HEAD + text, today=TODAY)
    return {s.name for s in r.skills if not s.recognised}


def test_a_lead_in_sentence_lists_its_items_and_the_last_after_and() -> None:
    got = unknown("Proficient in bookbinding, glaze mixing and loom threading.\n")
    assert {"bookbinding", "glaze mixing", "loom threading"} <= got


def test_a_lead_in_with_no_comma_lists_two_items_joined_by_and() -> None:
    got = unknown("Knowledge of sail rigging standards and seed saving methods\n")
    assert {"sail rigging standards", "seed saving methods"} <= got


def test_items_sharing_the_word_skills_are_each_an_item() -> None:
    assert {"bookbinding", "glaze mixing"} <= unknown("Good bookbinding and glaze mixing skills\n")
    got = unknown("Sound bookbinding, glaze mixing, and loom threading skills\n")
    assert {"bookbinding", "glaze mixing", "loom threading"} <= got


def test_a_lower_case_series_of_short_items_is_a_list_not_prose() -> None:
    got = unknown("Bookbinding, glaze mixing, loom threading, sail rigging, seed saving\n")
    assert {"glaze mixing", "sail rigging", "seed saving"} <= got


def test_a_sentence_with_commas_stays_prose() -> None:
    got = unknown("All shelves were dusted, sorted, and restocked by noon.\n")
    assert not got & {"sorted", "restocked by noon", "All shelves were dusted"}


def test_a_duty_after_a_lead_in_is_no_item() -> None:
    got = unknown("Skilled in preparing glaze mixing schedules and bookbinding\n")
    assert "preparing glaze mixing schedules" not in got
    assert "bookbinding" in got


def test_etc_and_more_and_other_are_the_lists_words_not_the_items() -> None:
    got = unknown("Tools: Wrenly etc, Cobbleworks and more, Other Quillet tools\n")
    assert {"Wrenly", "Cobbleworks", "Quillet tools"} <= got
    assert not any("etc" in g or "more" in g or g.startswith("Other") for g in got)


def test_a_3d_tool_name_is_no_number() -> None:
    assert "3D Wrenly" in unknown("Tools: 3D Wrenly, Cobbleworks, Quillet\n")


def names(text: str) -> set[str]:
    return {s.name for s in parse_resume(HEAD + text, today=TODAY).skills}


def test_a_lower_case_run_of_tools_reads_each_tool_when_half_are_known() -> None:
    assert "SVN" in names("svn github git jira\n")


def test_a_lower_case_run_of_mostly_unknown_words_reads_no_tool() -> None:
    assert "Make" not in names("make bread daily\n")


def test_or_before_a_capital_parts_two_items_as_and_does() -> None:
    assert {"Quillet Studio", "Cobbleworks"} <= unknown(
        "Wrenly Suite or Quillet Studio, Cobbleworks\n"
    )


def test_a_column_under_a_skills_heading_inside_certifications_is_a_list() -> None:
    r = parse_resume(
        "Tamsin Arlow\ntamsin@example.org\nEXPERIENCE\nClerk, Fenwick Mills\n"
        "March 2010 - May 2012\nFiled records.\nCERTIFICATIONS\nFirst Aid Certificate\n"
        "PERSONAL SKILLS\n\nTidiness\nKiln safety\nGlaze mixing\nJune 2008 - Present\n"
        "Potter at Brimlet Studio\nShaped bowls and plates for local shops.\n",
        today=TODAY,
    )
    assert {"Tidiness", "Kiln safety", "Glaze mixing"} <= {s.name for s in r.skills}


def test_a_column_of_course_names_in_education_with_no_heading_is_no_list() -> None:
    r = parse_resume(
        "Tamsin Arlow\ntamsin@example.org\nEDUCATION\nBA in Fine Art, Wexcombe College, 2008\n"
        "Kiln Safety\nGlaze Mixing\nStudio Practice\n",
        today=TODAY,
    )
    assert "Glaze Mixing" not in {s.name for s in r.skills}


def test_a_qualifications_heading_in_education_heads_no_skills_column() -> None:
    r = parse_resume(
        "Tamsin Arlow\ntamsin@example.org\nEDUCATION\nACADEMIC QUALIFICATIONS\n"
        "Wexcombe College\nBSc (Hons)\nCeramic Design\n2008 - 2011\n",
        today=TODAY,
    )
    assert not {"Hons", "Ceramic Design", "Wexcombe College"} & {s.name for s in r.skills}


def test_a_skills_line_opening_with_experience_with_opens_no_experience_section() -> None:
    r = parse_resume(
        HEAD + "Patience and tidiness\nExperience with Wrenly Suite, Cobbleworks and Quillet\n"
        "Familiar with Brimlet, Tarnwick, Docker.\n",
        today=TODAY,
    )
    assert "experience" not in r.sections
    assert not r.work_experience

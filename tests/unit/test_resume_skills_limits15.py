"""Skills classes closed in round 15 (issue 14): ratings on a stated scale and scores kept out of
the spelling, a known name wrapped over two prose lines, a known name written with "and" kept
whole, items ending in a preposition, a skill in a cited work's title, and a bound on the joins
of cut list items (a hostile text). Every name, employer and tool here is made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import skill_lists
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TOP = "Jane Doe\njane.doe@example.com | +1 217 555 0134\n\n"
BODY = (
    "EXPERIENCE\nPlanner, Hollin Works\nJan 2015 - Dec 2020\n- Kept the shelves in order\n\n"
    "EDUCATION\nBA History, Northfield College, 2014\n\n"
)


def _parse(section: str) -> Resume:
    return parse_resume(TOP + BODY + section + "\n", today=date(2026, 1, 1))


def _spellings(r: Resume) -> dict[str, list[str]]:
    return {s.name: s.surface_forms for s in r.skills}


# ------------------------------------------------------------------------ ratings


def test_a_rating_scale_makes_each_score_a_separator_per_line() -> None:
    r = _parse("SKILLS\nRating from 1 to 5\nPython 4\nKiln Loading 3\nSQL 5")
    got = _spellings(r)
    assert {"Python", "SQL", "Kiln Loading"} <= set(got)
    assert not any(ch.isdigit() for forms in got.values() for f in forms for ch in f)


def test_a_rating_scale_run_into_one_flattened_line() -> None:
    r = _parse("SKILLS\nLevel from 1 to 5 Python 4 Kiln Loading 3 C# 4 Sail Rigging 3")
    got = _spellings(r)
    assert {"Python", "C#", "Kiln Loading", "Sail Rigging"} <= set(got)
    assert got["C#"] == ["C#"]


def test_a_scale_run_into_the_next_sentences_ends_at_the_long_stretch() -> None:
    text = (
        "SKILLS\nSelf rating from 1 to 5 Microsoft Word fair 3 Sail Rigging and Glaze Mixing"
        " fair 3 Kiln Loading expert 5 Working history Acme Robotics from 2016 as a clerk for"
        " the stores in Springfield"
    )
    names = {s.name for s in _parse(text).skills}
    assert {"Microsoft Word", "Sail Rigging", "Glaze Mixing", "Kiln Loading"} <= names


def test_scores_out_of_five_are_no_version() -> None:
    got = _spellings(_parse("SKILLS\nPython 4/5, SQL (3/5), Java 5/5"))
    assert got["Python"] == ["Python"] and "SQL (3/5)" not in got["SQL"]
    assert all("/" not in f for forms in got.values() for f in forms)


def test_one_version_pair_stays_a_version() -> None:
    got = _spellings(_parse("SKILLS\nWindows 7/10, Python"))
    assert "Windows 7/10" in got["Microsoft Windows"]


def test_a_percent_after_a_dash_is_cut_with_its_dash() -> None:
    got = _spellings(_parse("SKILLS\nJava – 80%\nPython – 60%"))
    assert got["Java"] == ["Java"] and got["Python"] == ["Python"]


# ------------------------------------------------------------------ wrapped names


def test_a_known_name_wrapped_over_two_prose_lines_reads_whole() -> None:
    r = parse_resume(
        TOP + "SUMMARY\nPlanner who tracked the shop visits in Google\nAnalytics and built weekly"
        " Power\nBI reports for the three stores.\n\n" + BODY,
        today=date(2026, 1, 1),
    )
    names = {s.name for s in r.skills}
    assert {"Google Analytics", "Power BI"} <= names


def test_one_skill_per_line_is_not_joined_into_a_longer_name() -> None:
    names = {s.name for s in _parse("SKILLS\nSales\nMarketing\nKiln Loading").skills}
    assert {"Sales", "Marketing", "Kiln Loading"} <= names


# -------------------------------------------------------------- list items


def test_a_known_name_with_and_on_its_line_is_one_item() -> None:
    r = _parse("SKILLS\nMergers and Acquisitions\nKiln Loading\nResearch and Development")
    names = {s.name for s in r.skills}
    assert not names & {"Mergers", "Acquisitions", "Research", "Development"}
    assert "Kiln Loading" in names


def test_an_unknown_pair_with_and_is_still_two_items() -> None:
    names = {s.name for s in _parse("SKILLS\nKiln Loading and Seed Saving, Quorvex").skills}
    assert {"Kiln Loading", "Seed Saving", "Quorvex"} <= names


def test_failure_mode_and_effects_analysis_is_known() -> None:
    r = _parse("SKILLS\nFailure Mode and Effects Analysis\nKiln Loading")
    names = {s.name for s in r.skills}
    assert "Failure mode and effects analysis" in names
    assert not names & {"Failure Mode", "Effects Analysis"}


def test_an_item_ending_in_about_is_a_fragment() -> None:
    names = {s.name for s in _parse("SKILLS\nQuorvex, Curious about, Kiln Loading").skills}
    assert "Curious about" not in names


def test_an_it_skills_run_without_separators_splits_at_known_names() -> None:
    names = {
        s.name for s in _parse("SKILLS\nIT Skills HTML CSS Networking SQL Kiln Loading").skills
    }
    assert {"HTML", "CSS", "SQL", "Kiln Loading"} <= names


def test_names_ended_by_stops_on_one_line_are_items() -> None:
    names = {s.name for s in _parse("SKILLS\nQuorvex. Kiln Loading. Sail Rigging.").skills}
    assert {"Quorvex", "Kiln Loading", "Sail Rigging"} <= names


def test_short_sentences_in_a_skills_section_are_no_stopped_items() -> None:
    r = _parse("SKILLS\nQuick learner. Good team player. Works well under pressure.")
    assert not {s.name for s in r.skills} & {"Quick learner", "Good team player"}


# --------------------------------------------------------------- cited titles


def test_a_skill_in_a_cited_title_is_the_works_topic() -> None:
    r = _parse(
        "PUBLICATIONS\nDoe, J. and Roe, K. “A Framework for Statistical Analysis in Retail”,"
        " Journal of Stores, 2009."
    )
    assert "Statistical analysis" not in {s.name.capitalize() for s in r.skills}


# ------------------------------------------------------------------- hostile


def test_joins_of_cut_items_stay_as_long_as_an_item() -> None:
    lines = ["Kiln Loading and", "Sail Rigging &"] * 2500
    joined = skill_lists._join_cut_items(lines)
    assert max(len(x) for x in joined) < 3 * skill_lists.ITEM_CHARS


def test_five_thousand_one_word_lines_under_skills_give_short_items() -> None:
    for words in (["Kiln", "and"], ["Loading and", "Quorvex &"], ["python", "sql"]):
        lines = [words[i % len(words)] for i in range(5000)]
        r = parse_resume(TOP + "SKILLS\n" + "\n".join(lines) + "\n", today=date(2026, 1, 1))
        forms = [f for s in r.skills for f in (s.name, *s.surface_forms)]
        assert all(len(f) <= 2 * skill_lists.ITEM_CHARS for f in forms)

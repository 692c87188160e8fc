"""Review findings on round 15's skills classes (issue 14): quotes alone are no citation, a
rating scale holds only in its own section and below its cue, a scale cue's words are no item,
a wrapped name does not run into a capitalised title or a dated line, a stopped list does not
split an abbreviated title, and a rating's spaces are read once. Every name here is made up."""

from __future__ import annotations

from datetime import date

from atspro.analysis.resume import skill_hits, skill_lists
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume

TOP = "Jane Doe\njane.doe@example.com\n\n"
ROLE = "EXPERIENCE\nPlanner, Brackenfield Ltd 2019 - 2022\n"


def _parse(body: str) -> Resume:
    return parse_resume(TOP + body, today=date(2026, 1, 1))


def _names(body: str) -> set[str]:
    return {s.name for s in _parse(body).skills}


def test_quoted_skills_in_a_list_are_kept() -> None:
    assert {"Tableau", "Python"} <= _names("SKILLS\nTools: “Tableau”, “Python”\n")
    assert "Python" in _names(ROLE + "- Wrote a “Python” script for the weekly stock count\n")


def test_a_quoted_title_with_a_year_still_cites() -> None:
    assert skill_hits.cites("Roe, K. “Python for Shop Floors”, Journal of Stores, 2011.")
    assert not skill_hits.cites("Tools: “Tableau”, “Python”")


def test_a_scale_in_another_sections_prose_keeps_versions() -> None:
    r = _parse("SUMMARY\nRan level 1 to 5 repair crews.\n\nSKILLS\nJava 8, Oracle 9\n")
    spellings = {s.name: s.surface_forms for s in r.skills}
    assert "Java 8" in spellings["Java"]


def test_a_scale_cue_line_adds_no_item() -> None:
    names = _names("SKILLS\nSQL Server 2019, Windows 10\nProficiency levels 1-5 below\nPython 5\n")
    assert not any("below" in n for n in names)
    assert "Windows" not in names  # "Windows 10" above the cue is a version, read as known


def test_scale_cue_leftover_is_dropped_but_items_after_it_stay() -> None:
    assert skill_lists._unrated("Proficiency levels 1-5 below", True) == []
    assert skill_lists._unrated("Rating from 1 to 5 Python 4", True) == ["Python"]


def test_a_wrapped_name_stops_at_a_capitalised_title_line() -> None:
    body = (
        ROLE + "- Worked in Sales and Marketing with the team of Microsoft\nOFFICE MANAGER, Acme\n"
    )
    assert "Microsoft Office" not in _names(body)
    assert not skill_hits.wrapped_name(
        "- Worked in Sales and Marketing with the team of Microsoft", "OFFICE MANAGER, Acme"
    )


def test_a_wrapped_name_stops_at_a_dated_line() -> None:
    line = "- Worked in Sales and Marketing with the team of Microsoft"
    assert not skill_hits.wrapped_name(line, "Office assistant at Acme Jan 2018 - Mar 2019")
    assert skill_hits.wrapped_name("- Built the monthly dashboards in Power", "BI for the team")


def test_a_stopped_list_keeps_abbreviated_titles_whole() -> None:
    assert skill_lists._stopped_items("Dr. Smith. Mr. Jones. Ms. Lee.") == []
    assert not _names("SKILLS\nDr. Smith. Mr. Jones. Ms. Lee.\n")
    assert skill_lists._stopped_items("Quorvex. Kiln Loading. Sail Rigging.") == [
        "Quorvex",
        "Kiln Loading",
        "Sail Rigging",
    ]


def test_a_rating_after_a_long_run_of_spaces() -> None:
    assert skill_lists._RATING.sub("", "Python" + " " * 5000 + "x") == "Python" + " " * 5000 + "x"
    assert skill_lists._RATING.sub("", "Python" + " " * 5000 + "4/5") == "Python"
    assert skill_lists._RATING.sub("", "Excel - 8/10, Word (4 out of 5)") == "Excel, Word"

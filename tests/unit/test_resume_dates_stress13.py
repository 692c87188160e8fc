"""Round 13 dates and headings stress set (bench/dates_stress.py): every date shape in every
place on a role's lines, every heading spelling, the computed years (made-up people and
employers). Before round 13 the set failed on apostrophe years ("'18 – '20"), "From 2019", a
month range whose dash was lost ("Jan 2019 Mar 2021"), headings misspelt by one letter
("EXPERIANCE", "AFFILATIONS"), framed by rules ("— SKILLS —"), wrapped over two lines
("EDUCATIONAL" / "BACKGROUND"), and bulleted one-line roles whose title opens with a
verb-like word ("• Test Lead, …")."""

from __future__ import annotations

from collections import defaultdict

import pytest

from atspro.analysis.resume import dates, sections
from bench.dates_stress import Case, cases, check

CASES = cases()


def _families(all_cases: list[Case]) -> dict[str, list[Case]]:
    """The cases by family ("shape:mon-present" in every place, "heading:experience" in
    every spelling): one test item per family (round 16: an item per case spent a third of
    the file's time in pytest's per-item work; every case is still checked and each failing
    case is named by its axis)."""
    out: dict[str, list[Case]] = defaultdict(list)
    for case in all_cases:
        out[case.axis.split("@")[0].split("=")[0]].append(case)
    return dict(out)


FAMILIES = _families(CASES)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_stress_family(family: str) -> None:
    failed = {case.axis: bad for case in FAMILIES[family] if (bad := check(case))}
    assert failed == {}


def test_every_case_has_its_own_axis() -> None:
    # a family's failures are keyed by axis: two cases with one axis would hide a failure
    assert len({c.axis for c in CASES}) == len(CASES)


def test_the_grammar_is_large_enough() -> None:
    assert len(CASES) >= 120


def test_apostrophe_years_are_read_only_as_a_range() -> None:
    rng = dates.find_range("'18 – '20")
    assert rng is not None and (rng.start, rng.end) == ("2018", "2020")
    assert dates.find_dates("'18") == []  # alone, no date


def test_from_opens_a_range_only_at_the_lines_end_and_capitalised() -> None:
    rng = dates.find_range("Quality Analyst, Acme Robotics (From Jan 2019)")
    assert rng is not None and (rng.start, rng.is_current) == ("2019-01", True)
    # a sentence's "from May 2007" may go on over the next line ("to June 2009")
    assert dates.find_range("Worked as a tester at Acme Robotics from May 2007") is None
    assert dates.find_range("From 2019 I led the test team") is None


def test_a_lost_dash_between_two_months_with_years() -> None:
    rng = dates.find_range("Jan 2019 Mar 2021")
    assert rng is not None and (rng.start, rng.end) == ("2019-01", "2021-03")
    assert dates.find_range("Mar 2021 Jan 2019") is None  # the end before the start
    # bare years beside other words: no range (round 17: alone on their line they are one,
    # "2008 2009", the dash lost: test_dates17.py)
    assert dates.find_range("Acme Robotics 2019 2021") is None
    # running text (a one-line role's description repeating its dates, dashes stripped)
    long_line = "Jan 2019  Mar 2021 Acme Robotics Quality Analyst " + "wrote test plans " * 4
    assert len(long_line) > dates.MONTHS_GAP_MAX_LINE and dates.find_range(long_line) is None
    rng = dates.find_range("2015 March 2016 – Present")  # a year before a full range
    assert rng is not None and (rng.start, rng.is_current) == ("2016-03", True)


def test_misspelt_headings_are_weak_and_not_real_words() -> None:
    for line, canon in [
        ("EXPERIANCE", "experience"),
        ("Eduction", "education"),
        ("SKILS", "skills"),
        ("MEMBRSHIPS", "activities"),
    ]:
        found = sections.detect_heading(line)
        assert found is not None and (found.canonical, found.strong) == (canon, False)
    # a real word one letter off, a heading's word in the singular, a name with a letter,
    # a past participle, a Spanish heading's English neighbour
    for line in ["CONTRACT", "POSITION HELD", "Website", "Project A", "EXPERIENCED", "RESUME"]:
        assert sections.detect_heading(line) is None, line


def test_a_heading_framed_by_rules_and_one_wrapped_over_two_lines() -> None:
    found = sections.detect_heading("— EXPERIENCE —")
    assert found is not None and found.canonical == "experience"
    assert sections.detect_heading("- Python -") is None
    lines = ["Jane Doe", "PROFESSIONAL", "ASSOCIATIONS", "Member, Springfield Chess Club"]
    _, found_sections = sections.split_sections(lines)
    assert [(s.name, s.title, s.lines) for s in found_sections] == [
        ("activities", "PROFESSIONAL ASSOCIATIONS", ["Member, Springfield Chess Club"])
    ]
    # "VOLUNTEER" / "WORK": one heading, not volunteering then experience
    _, found_sections = sections.split_sections(["Jane Doe", "VOLUNTEER", "WORK", "Tutor"])
    assert [s.name for s in found_sections] == ["volunteering"]


def test_a_heading_with_a_note_of_figures_after_it() -> None:
    for line in ["WORK EXPERIENCE (10+ years)", "Education (2010 – 2014)"]:
        found = sections.detect_heading(line)
        assert found is not None and found.strong, line
    assert sections.detect_heading("Python (3 years)") is None
    assert sections.detect_heading("Skills (Python, SQL)") is None  # the list itself


def test_leadership_and_volunteering_heads_campus_posts_not_roles() -> None:
    # "Leadership" alone is a skills list's item as often as a heading: no heading
    assert sections.detect_heading("Leadership") is None
    found = sections.detect_heading("Leadership & Volunteering")
    assert found is not None and found.canonical == "activities"

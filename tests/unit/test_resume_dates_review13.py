"""Round 13 review of the dates and headings work: content lines one letter off a heading,
a menu line of headings, a quadratic "From 2019" lookahead, "From <date>" at a phrase's end,
missing-dash ranges and apostrophe years read from running text (invented lines only)."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import dates, sections


@pytest.mark.parametrize(
    "line",
    [
        "Objective-C",
        "OBJECTIVE-C",
        "Profiler",
        "Professional Services",
        "Community Services",
        "Donors:",
        "Protects:",
        "Wards",
        "Preferences",
        "Licensee",
        "Educations",
        "Skulls",
    ],
)
def test_a_content_line_one_letter_off_a_heading_is_no_heading(line: str) -> None:
    assert sections.detect_heading(line) is None


@pytest.mark.parametrize(
    ("line", "canon"),
    [
        ("EXPERIANCE", "experience"),
        ("Work Experiance", "experience"),
        ("AFFILATIONS", "activities"),
    ],
)
def test_a_misspelt_heading_is_still_read(line: str, canon: str) -> None:
    found = sections.detect_heading(line)
    assert found is not None and found.canonical == canon


def test_a_skills_list_and_a_role_keep_their_content_lines() -> None:
    lines = ["Jane Doe", "Experience", "Acme Robotics, Test Lead", "Jan 2019 - Mar 2021"]
    lines += ["Professional Services", "Wards", "Skills", "Python", "Objective-C", "Profiler"]
    lines += ["Education", "BSc Computing, 2018"]
    _, found = sections.split_sections(lines)
    assert [(s.name, len(s.lines)) for s in found] == [
        ("experience", 4),
        ("skills", 3),
        ("education", 1),
    ]


@pytest.mark.parametrize(
    "line", ["SKILLS | EXPERIENCE | EDUCATION", "EXPERIENCE  EDUCATION  PROJECTS"]
)
def test_a_menu_of_headings_is_no_heading_with_a_body(line: str) -> None:
    found = sections.detect_heading(line)
    assert found is None or found.rest is None
    found = sections.detect_heading("SKILLS | Python, SQL")
    assert found is not None and found.rest == "Python, SQL"


def test_from_at_the_lines_end_is_read_in_linear_steps() -> None:
    # "From 2019", thousands of spaces, then no end: the old lookahead tried every split of the
    # spaces (quadratic); count the regex engine's work by the lookahead's shape instead of time
    for n in (2_000, 50_000):
        line = "From 2019" + " " * n + ")x"
        assert dates.find_range(line) is None
    # two runs of spaces either side of an optional bracket: each split of the spaces is tried
    assert r"\s*\)?\s*$" not in dates._RANGE_RE.pattern


@pytest.mark.parametrize(
    "line",
    ["Figures From 2019", "Windows From 2019", "Lessons Learned From 2019", "Mentor FROM 2020"],
)
def test_from_ending_a_phrase_is_no_range(line: str) -> None:
    assert dates.find_range(line) is None


@pytest.mark.parametrize(
    "line", ["From 2019", "Test Lead, Acme Robotics (From Jan 2019)", "Acme Robotics | From 2019"]
)
def test_from_after_a_separator_opens_a_range(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and rng.is_current


@pytest.mark.parametrize(
    "line",
    ["Published Jan 2019 Mar 2021 reprint", "Employee of the Month May 2019 May 2020"],
)
def test_a_lost_dash_range_in_prose_is_no_range(line: str) -> None:
    assert dates.find_range(line) is None


@pytest.mark.parametrize(
    "line", ["Jan 2019 Mar 2021", "Test Lead, Acme Robotics   Jan 2019 Mar 2021"]
)
def test_a_lost_dash_range_on_a_header_line(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end) == ("2019-01", "2021-03")


@pytest.mark.parametrize(
    "line", ["'18 onwards", "Model '18 to '20 upgrade", "'18 - 2020", "'18 – Present", "'20 – '18"]
)
def test_apostrophe_years_only_as_a_range_of_them_at_a_lines_edge(line: str) -> None:
    assert dates.find_range(line) is None


@pytest.mark.parametrize("line", ["'18 – '20", "Test Lead, Acme Robotics  2018 – '20"])
def test_apostrophe_year_ranges_still_read(line: str) -> None:
    rng = dates.find_range(line)
    assert rng is not None and (rng.start, rng.end) == ("2018", "2020")

"""Round 14 speed pass: cheap pre-checks before slow patterns and caches of pure line readers.

Every pre-check may only skip a search that cannot match: each test here pins one of them
(the pattern is not run where it cannot match; where it can, the result is the one read
before) or a cache (the same answer, a fresh object to each caller)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from atspro.analysis.resume import contact, dates, role_header, sections
from atspro.analysis.resume import text as tx


class _Spy:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(*args)  # type: ignore[arg-type]

    def finditer(self, *args: object) -> Iterator[re.Match[str]]:
        self.calls += 1
        return self.pattern.finditer(*args)  # type: ignore[arg-type]

    def sub(self, *args: object, **kwargs: object) -> str:
        self.calls += 1
        return self.pattern.sub(*args, **kwargs)  # type: ignore[arg-type]


# Lines with a date of every written form: each must pass the pre-check.
DATED = [
    "Jan 2019 – Present",
    "Jan '19 – Mar '21",
    "Aug ‘09 - Now",
    "Jan-19 - Feb-20",
    "8/01 to Present",
    "01/19 - 03/21",
    "14/8/12 onwards",
    "'18 – '20",
    "Q3 2018 – Q1 2019",
    "Summer 2022",
    "2009 Oct - Dec",
    "1982-84",
    "since 2020",
    "Acme Robotics  From 2019",
    "Exp. Jun 2017",
    "25.03.2019",
    "2019-01 to 2020-06",
]
# Lines no date pattern can read: the slow patterns are not run on them.
UNDATED = [
    "Led a team of four testers at the Springfield depot",
    "Improved checkout speed by 40% for 3 stores",
    "Jane Doe | Springfield",
    "PROFESSIONAL EXPERIENCE",
]


@pytest.mark.parametrize("line", DATED)
def test_every_date_form_passes_the_pre_check(line: str) -> None:
    assert dates._DATE_HINT.search(line)


@pytest.mark.parametrize("line", DATED + UNDATED)
def test_the_pre_check_holds_wherever_a_date_pattern_matches(line: str) -> None:
    for pattern in (dates._RANGE_RE, dates._MONTH_RANGE_RE, dates._DATE_RE, dates._YEAR_MONTHS_RE):
        if pattern.search(line):
            assert dates._DATE_HINT.search(line), pattern.pattern[:40]
    if dates._MONTH_YY_RANGE_RE.search(line):
        assert dates._MONTH_YY_HINT.search(line)
    if dates._ENDS_WITH_DATE_RE.search(line):
        assert line.rstrip()[-1:].isdecimal()


@pytest.mark.parametrize("line", UNDATED)
def test_a_line_without_a_year_skips_the_range_and_date_patterns(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    spies = {name: _Spy(getattr(dates, name)) for name in ("_RANGE_RE", "_DATE_RE")}
    for name, spy in spies.items():
        monkeypatch.setattr(dates, name, spy)
    dates._find_range.cache_clear()
    dates._find_dates.cache_clear()
    try:
        assert dates.find_range(line) is None
        assert dates.find_dates(line) == []
    finally:
        dates._find_range.cache_clear()
        dates._find_dates.cache_clear()
    assert [spy.calls for spy in spies.values()] == [0, 0]


def _read(line: str) -> tuple[str | None, str | None, bool] | None:
    found = dates.find_range(line)
    return (found.start, found.end, found.is_current) if found else None


def test_ranges_still_read_after_the_pre_checks() -> None:
    dates._find_range.cache_clear()
    assert _read("Jan '19 – Mar '21") == ("2019-01", "2021-03", False)
    assert _read("Mar 08/Jun 11") == ("2008-03", "2011-06", False)
    assert _read("2009 Oct - Dec") == ("2009-10", "2009-12", False)
    assert _read("May 20XX – Present") == (None, None, True)
    assert dates.dashless_pair("Social Media Manager, September 2013", "Present")
    assert not dates.dashless_pair("Social Media Manager", "Present")


def test_a_heading_line_skips_the_rule_and_qualifier_patterns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spies = {name: _Spy(getattr(sections, name)) for name in ("_RULE_AFTER", "_QUALIFIER_AFTER")}
    for name, spy in spies.items():
        monkeypatch.setattr(sections, name, spy)
    assert sections.detect_heading("Led four testers at the Springfield depot, weekly") is None
    assert [spy.calls for spy in spies.values()] == [0, 0]
    assert sections.detect_heading("EXPERIENCE (Continued)").canonical == "experience"
    assert sections.detect_heading("REFEREES________").canonical == "references"


def test_a_role_header_is_read_once_per_text_and_each_caller_gets_its_own_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = []
    read = role_header._parse_role_header

    def counted(header: list[str], *, dated: bool = True) -> role_header.RoleHeader:
        calls.append(tuple(header))
        return read(header, dated=dated)

    monkeypatch.setattr(role_header, "_parse_role_header", counted)
    role_header._read_once.cache_clear()
    header = ["Acme Robotics, Springfield, IL", "Quality Engineer"]
    first = role_header.parse_role_header(header)
    first.company = "changed by a caller"
    second = role_header.parse_role_header(list(header))
    assert calls == [tuple(header)]
    assert second.company == "Acme Robotics" and second.position == "Quality Engineer"
    role_header.parse_role_header(header, dated=False)
    with dates.day_first_dates(["25/03/2019"]):
        role_header.parse_role_header(header)
    role_header._read_once.cache_clear()
    assert len(calls) == 3  # dated and the day-first mode are part of the key


def test_line_caches_answer_as_before() -> None:
    assert tx.bullet_glyph("• Led a team of four testers") == "•"
    assert tx.bullet_glyph("-5% waste") is None
    assert tx.strip_bullet("o Trained two new starters") == "Trained two new starters"
    assert tx.strip_bullet("  Quality Engineer  ") == "Quality Engineer"


def test_a_line_without_a_dot_skips_the_link_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(contact._URL)
    monkeypatch.setattr(contact, "_URL", spy)
    lines = ["Jane Doe", "Led a team of four testers", "Quality Engineer, Acme Robotics"]
    assert contact.find_links(lines, []) == []
    assert spy.calls == 0
    links = contact.find_links(
        ["Jane Doe | linkedin.com/in/jane-doe-qa", "Portfolio: janedoe.dev"],
        ["Jane Doe | linkedin.com/in/jane-doe-qa", "Portfolio: janedoe.dev"],
    )
    assert [(x.kind, x.url) for x in links] == [
        ("linkedin", "https://linkedin.com/in/jane-doe-qa"),
        ("portfolio", "https://janedoe.dev"),
    ]


def test_split_lines_runs_the_gap_and_page_mark_patterns_only_where_they_can_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spies = {name: _Spy(getattr(tx, name)) for name in ("_WIDE_GAP", "_PAGE_MARK_END")}
    for name, spy in spies.items():
        monkeypatch.setattr(tx, name, spy)
    assert tx.split_lines("Jane Doe\nLed four testers at the Springfield depot") == [
        "Jane Doe",
        "Led four testers at the Springfield depot",
    ]
    assert [spy.calls for spy in spies.values()] == [0, 0]
    # (round 16: a footer is kept when its name is written nowhere else: the name is here)
    text = "Jane Doe\nJane Doe   Page 2 of 3\nQuality Engineer\tAcme Robotics\nResume 2"
    assert tx.split_lines(text) == ["Jane Doe", "Quality Engineer  Acme Robotics"]

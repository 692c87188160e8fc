"""Round 14 review of the dates, headings and skills work: two-digit ends read from dates and
addresses, names read as months, a quadratic stint join, bullet headings, kind-of-tool labels
claimed as skills and hyphenated titles taken for labels (invented lines only)."""

from __future__ import annotations

import datetime
import time

import pytest

from atspro.analysis.resume import dates
from atspro.analysis.resume.parser import parse_resume

TODAY = datetime.date(2026, 12, 1)


@pytest.mark.parametrize(
    "line",
    [
        "2005 - 09 - 15",
        "1998 - 02 - 15",
        "2010 – 12 Months",
        "2010 – 18 MONTHS",
        "2010 – 12  Months",
        "2003 - 05 Elm Road",
        "2019/20 GPA",
    ],
)
def test_a_date_or_a_word_after_two_digits_is_no_short_end_range(line: str) -> None:
    assert dates.find_range(line) is None


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("1982-84", "1982", "1984"),
        ("1986-89.", "1986", "1989"),
        ("2015–17, Acme Robotics", "2015", "2017"),
        ("2015 – 17 | Acme Robotics", "2015", "2017"),
        ("Acme Robotics (2015-17)", "2015", "2017"),
        ("2015–17    Acme Robotics", "2015", "2017"),
        ("2019/20", "2019", "2020"),
    ],
)
def test_a_short_end_range_before_a_separator_is_read(line: str, start: str, end: str) -> None:
    r = dates.find_range(line)
    assert r is not None
    assert (r.start, r.end) == (start, end)


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Line Cook, Trattoria Marco, 2016 – 2018", "Trattoria Marco"),
        ("Designer, Atelier Mei, 2018 – 2020", "Atelier Mei"),
    ],
)
def test_a_name_like_a_month_word_stays_in_the_employer(line: str, company: str) -> None:
    r = parse_resume(
        f"Jane Doe\njane@example.com\n\nExperience\n{line}\n• Did the work\n", today=TODAY
    )
    assert [(w.company, w.start) for w in r.work_experience] == [(company, line[-11:-7])]


@pytest.mark.parametrize(
    ("line", "start"),
    [("mei 2016 – 2018", "2016-05"), ("Março 2016 – 2018", "2016-03")],
)
def test_foreign_month_words_still_read(line: str, start: str) -> None:
    r = dates.find_range(line)
    assert r is not None
    assert r.start == start


def test_joined_stints_are_linear_on_a_long_line() -> None:
    line = ", ".join(f"{2000 + i % 20}–{2001 + i % 20}" for i in range(3000))
    t = time.perf_counter()
    r = dates.find_range(line + " ")  # a fresh cache key
    assert time.perf_counter() - t < 0.5
    assert r is not None
    two = dates.find_range("2012–2014, 2016–2018")
    assert two is not None
    assert (two.start, two.end) == ("2012", "2018")


@pytest.mark.parametrize("item", ["• PROJECTS", "• LANGUAGES", "• CERTIFICATIONS", "• SUMMARY"])
def test_a_bulleted_heading_word_in_capitals_opens_no_section(item: str) -> None:
    text = (
        "Jane Doe\njane@example.com\n\nEXPERIENCE\nSenior Analyst\nAcme Robotics, Jan 2019 - Present\n"
        f"• Built the monthly dashboards\n{item}\n• Moved the billing system to AWS\n\n"
        "Analyst\nNorthwind Traders, 2015 - 2018\n• Wrote SQL reports\n"
    )
    r = parse_resume(text, today=TODAY)
    assert [w.company for w in r.work_experience] == ["Acme Robotics", "Northwind Traders"]


@pytest.mark.parametrize(
    ("line", "kind", "tool"),
    [
        ("• Programming languages Kotlin for mobile apps", "Programming Languages", "Kotlin"),
        ("• Operating systems Linux in production", "Operating Systems", "Linux"),
        ("Bug tracking Jira with the support desk", "Bug Tracking", "Jira"),
        ("• Web server Apache on premises", "Web Server", "Apache"),
    ],
)
def test_a_kind_of_tool_labelling_a_tool_is_no_skill(line: str, kind: str, tool: str) -> None:
    text = f"Jane Doe\njane@example.com\n\nExperience\nData Engineer, Acme Robotics, 2019 - Present\n{line}\n"
    names = {s.name.casefold() for s in parse_resume(text, today=TODAY).skills}
    assert kind.casefold() not in names
    assert any(n.startswith(tool.casefold()) for n in names)


@pytest.mark.parametrize(
    "title",
    [
        "Customer-facing Sales Lead",
        "Client-side Developer",
        "Tool-and-Die Maker",
        "Project-based Consultant",
    ],
)
def test_a_hyphenated_title_after_a_label_word_is_kept(title: str) -> None:
    text = f"Jane Doe\njane@example.com\n\nExperience\n{title}\nAcme Robotics, 2017 - 2020\n• Did the work\n"
    r = parse_resume(text, today=TODAY)
    assert [(w.position, w.company) for w in r.work_experience] == [(title, "Acme Robotics")]


@pytest.mark.parametrize("line", ["Tech Stack: Python, Django", "Tech Stack – Python, Django"])
def test_a_tech_stack_label_still_names_no_role(line: str) -> None:
    from atspro.analysis.resume import roles

    assert roles.LIST_LABEL.match(line) is not None

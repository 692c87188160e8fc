"""Layout round 17: a reflowed role header whose employer is written in lower case after its
title ("Test Engineer Acme software pvt ltd  Springfield  2019 to Present"); one person's CV versions
compared on the values both hold; the right-to-left limits as extract limits; the round's
layouts (a sidebar beside a banded body, a timeline with its dates in a gutter, a DOCX table
with merged cells) and the two-line gutter ranges they exposed."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from datetime import date

import pytest

from atspro.analysis.resume import reflow
from atspro.analysis.resume.parser import parse_resume
from bench.layout_stress import check
from bench.layout_stress17 import CASES17, pdf_timeline_gutter

TODAY = date(2026, 1, 1)
# A punctuation-stripped job-board export: one long line.
SUMMARY = (
    "Jane Doe Springfield Email me on the board Summary Tester of web and mobile apps with "
    "years of manual and automation testing across projects for clients in banking and retail "
    "Willing to relocate Anywhere Personal Details Eligible to work Total years of experience 4 "
)
OTHER = (
    " Wrote test plans and scripts for the billing module Junior Tester Globex Corp  Shelbyville "
    "May 2016 to May 2019 Ran regression suites for releases Education Bachelors in Computer "
    "Science Hooli University  Springfield 2012 to 2016 Skills Selenium SQL Jira"
)


def _flat(header: str) -> str:
    text = f"{SUMMARY}Work Experience {header}{OTHER}"
    assert reflow.looks_flattened(text)
    return text


def _roles(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.position, w.company) for w in parse_resume(text, today=TODAY).work_experience]


@pytest.mark.parametrize(
    ("header", "title", "employer"),
    [
        # a capitalised first word, then lower-case words to a legal form or a firm word
        (
            "Software Test Engineer Acmeworks software pvt ltd  Springfield Illinois "
            "December 2019 to Present",
            "Software Test Engineer",
            "Acmeworks software pvt ltd",
        ),
        (
            "Software Test Engineer INITECH data systems solution  Springfield Illinois "
            "June 2019 to Present",
            "Software Test Engineer",
            "INITECH data systems solution",
        ),
        (
            "Front End Developer Umbrellix foundation March 2021 to August 2021",
            "Front End Developer",
            "Umbrellix foundation",
        ),
        # a firm named as a division of another
        (
            "Software Developer Initech division of Globex  Springfield Illinois "
            "July 2019 to Present",
            "Software Developer",
            "Initech division of Globex",
        ),
        # a title word that opens a firm's name ("Tanner", "Baker") before a firm word
        (
            "Software Test Engineer Tanner Technologies January 2021 to Present",
            "Software Test Engineer",
            "Tanner Technologies",
        ),
    ],
)
def test_lower_case_employer_after_title(header: str, title: str, employer: str) -> None:
    roles = _roles(_flat(header))
    assert (title, employer) in roles
    assert ("Junior Tester", "Globex Corp") in roles


def test_lower_case_legal_form_alone_still_cut_from_the_title() -> None:
    lines = reflow.restore_lines(
        _flat("Trainee Engineer Acme Widgets Pvt ltd  Springfield 2017 to 2018")
    ).split("\n")
    assert "Trainee Engineer" in lines
    assert "Acme Widgets Pvt ltd  Springfield" in lines


def test_lower_case_firm_word_in_a_sentence_opens_no_header() -> None:
    lines = reflow.restore_lines(
        _flat("Handled the accounts of the bank  Springfield 2019 to 2020 Built things")
    ).split("\n")
    assert not any(line.startswith("bank") for line in lines)


def test_lower_case_name_runs_are_linear() -> None:
    text = SUMMARY + " ".join(
        ["Engineer acme data systems pvt ltd  Springfield 2019 to 2020"] * 5000
    )
    assert reflow.restore_lines(text).count("\n") > 5000


# ---------------------------------------------------------------- real-file agreement
def test_versions_of_one_cv_are_compared_on_the_values_both_texts_hold() -> None:
    from bench.eval.resumes import TWINS, _agree, _held

    old = "jane doe qa lead acme robotics 2019 2021 tester globex 2016 2019 hooli university"
    new = "jane doe head of qa initech 2021 now qa lead acme robotics 2019 2021 hooli university"
    a = ["acme robotics", "globex"]  # the older version lists Globex
    b = ["acme robotics", "initech"]  # the newer one lists Initech
    assert _agree("companies", _held("companies", a, new), _held("companies", b, old))
    # a value both texts hold, read from one file only, is still a disagreement
    assert not _agree(
        "companies",
        _held("companies", ["acme robotics"], new),
        ["acme robotics", "hooli university"],
    )
    # a number only one version shows; the same number however it is spaced
    assert _held("phone", "+15550100", old) == ""
    assert _held("phone", "+15550100", "call 1 555 0100") == "+15550100"
    # one text in two formats is compared whole
    assert [versions for *_, versions in TWINS].count(True) == 1


# ---------------------------------------------------------------- right-to-left limits
def test_right_to_left_limits_reach_the_reader_through_extract_limits() -> None:
    from types import SimpleNamespace

    from atspro.analysis.documents.base import ExtractLimits
    from atspro.analysis.documents.pdf_bidi import logical_order

    settings = SimpleNamespace(
        max_file_bytes=1, max_pdf_pages=1, max_text_chars=1000, max_unzipped_bytes=1,
        extract_timeout_s=1.0, pdf_rtl_max_line=150, pdf_rtl_page_share=0.5,
    )  # fmt: skip
    limits = ExtractLimits.from_settings(settings)
    assert (limits.pdf_rtl_max_line, limits.pdf_rtl_page_share) == (150, 0.5)
    assert ExtractLimits().pdf_rtl_page_share == pytest.approx(1 / 3)
    line = "\u05d0\u05d1 " + "ab " * 60  # a right-to-left word, then 180 characters
    assert logical_order(line, max_line=limits.pdf_rtl_max_line) == line  # left as drawn
    assert logical_order(line) != line


# ---------------------------------------------------------------- round 17 layouts
@pytest.mark.parametrize("name", sorted(CASES17))
def test_layout_stress17_reads_the_whole_cv(name: str) -> None:
    data, filename = CASES17[name]()
    assert check(name, data, filename) == []


@pytest.mark.parametrize("joiner", [" -", " to"])
def test_gutter_range_on_two_lines_dates_its_entry(joiner: str) -> None:
    from atspro.analysis.documents.extract import extract_text

    text = extract_text(pdf_timeline_gutter(True, joiner), "cv.pdf").text
    lines = [line.strip() for line in text.splitlines()]
    # the range joined on its entry's first row, the employer on a line of its own
    assert f"Mar 2016{joiner} Dec 2019  Data Analyst" in lines
    assert "Northwind Traders" in lines
    assert lines.index("EXPERIENCE") < lines.index("Northwind Traders") < lines.index("EDUCATION")


# ---------------------------------------------------------------- right-to-left ambiguities
HEB = "\u05d0\u05d1"


@pytest.mark.parametrize(
    ("drawn", "read"),
    [
        # a count drawn at the line's other end, on a line its edges show reversed
        (".years of SQL 5", "5 years of SQL."),
        ("months in Go +3 •", "• 3+ months in Go"),
        (".years of SQL 5 -", "- 5 years of SQL."),
        # an English line set left to right keeps its count where it is
        ("Years of experience: 5", "Years of experience: 5"),
        ("years of SQL 5", "years of SQL 5"),
        ("- Years of experience: 5", "- Years of experience: 5"),
        (".AWS and Azure", "AWS and Azure."),  # capitals alone: a sentence's stop moved
        (".NET Core", ".NET Core"),  # a name written with its dot stays
        ("Windows 10", "Windows 10"),  # a number closing a name stays
        ("Python 3 and SQL", "Python 3 and SQL"),
    ],
)
def test_latin_lines_on_a_right_to_left_page(drawn: str, read: str) -> None:
    from atspro.analysis.documents.pdf_bidi import logical_order

    page = ["Jane Doe", *[f"{HEB} {HEB}"] * 6, drawn]
    assert logical_order("\n".join(page)).split("\n")[-1] == read


def test_count_first_on_a_left_to_right_page_is_left() -> None:
    from atspro.analysis.documents.pdf_bidi import logical_order

    page = ["Jane Doe", "years of SQL 5", f"Languages: Hebrew ({HEB}), English"]
    assert logical_order("\n".join(page)).split("\n")[1] == "years of SQL 5"


def test_count_first_is_linear() -> None:
    from atspro.analysis.documents.pdf_bidi import logical_order

    page = ["Jane Doe", *[f"{HEB} {HEB}"] * 6] + [".years " + "of " * 600 + "5"] * 5_000
    assert len(logical_order("\n".join(page))) > 5_000


# ---------------------------------------------------------------- review fixes
# an all-lower-case header whose title words ("qa engineer") come before a lower-case firm's
# name: reading the name back must end (it once went back and forth between two words)
LOWER_HEADERS = [
    "qa engineer acme data systems pvt ltd 2019 to 2020",
    "software test engineer acme software solutions private limited  Springfield 2019 to 2020",
    "qa analyst acme widgets solutions pvt ltd 2019 to 2020",
]


@contextlib.contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    """Fail (not hang) when the block runs longer than ``seconds``."""

    def fail(*_: object) -> None:
        raise TimeoutError("the reflow did not finish")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("header", LOWER_HEADERS)
def test_lower_case_title_before_a_lower_case_name_finishes(header: str) -> None:
    with _alarm(30):
        parse_resume(_flat(header), today=TODAY)
        assert reflow.restore_lines(_flat(header))


def test_lower_case_title_runs_are_linear() -> None:
    text = SUMMARY + " ".join(LOWER_HEADERS * 1700)
    with _alarm(60):
        assert reflow.restore_lines(text).count("\n") > 5000


@pytest.mark.parametrize(
    ("header", "title", "employer"),
    [
        # a title word and a firm word that begin the employer's name, not end the title
        (
            "Staff Accountant Bank of Springfield 2019 to 2020",
            "Staff Accountant",
            "Bank of Springfield",
        ),
        ("Lead Engineer Software AG  Darmstadt 2019 to 2020", "Lead Engineer", "Software AG"),
    ],
)
def test_title_then_a_name_opened_by_a_firm_word(header: str, title: str, employer: str) -> None:
    assert (title, employer) in _roles(_flat(header))


def test_title_then_a_lower_case_name_keeps_its_role() -> None:
    positions = [p for p, _ in _roles(_flat("Senior Data Analyst acme solutions 2019 to 2020"))]
    assert any(p and p.startswith("Senior Data Analyst") for p in positions)

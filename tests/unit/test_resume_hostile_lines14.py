"""Hostile lines (round 14): a 200,000-character line of one repeated piece — a pasted blob, a
hostile upload — is read in bounded time: ``text.bound_lines`` cuts any line longer than
``RESUME_MAX_LINE_CHARS`` before the rules run, and the rules that were quadratic in one line
(a page mark after a separator run, a duration after a digit run, a citation test per skill
hit, a sentence end of an item joined from many lines) scan it once."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.resume.skill_lists import _HOW_LONG_RE

N = 200_000
# Each hostile class: a piece repeated to N characters (all invented).
PIECES = {
    "slashed acronyms": "HTML/",
    "bullets": "• ",
    "letters, no space": "abcdefghij",
    "words, single spaces": "alpha ",
    "years and dashes": "2019 - 2020 - ",
    "commas": "a, b, c, ",
    "bars": "|",
    "bars and spaces": "| ",
    "dots": ".",
    "mixed punctuation": ".,;:!?-/|()[]",
    "web address": "example.com/path/",
    "digits": "1234567890",
    "capitalised words": "Python ",
    "acronyms and commas": "HTML, ",
}


def _blob(piece: str, n: int = N) -> str:
    return (piece * (n // len(piece) + 1))[:n]


# Every class under a skills heading (the skills rules were the slowest: a digit run took
# minutes); the class the role rules were slowest on under an experience heading too.
CASES = [(name, "SKILLS") for name in PIECES] + [("years and dashes", "EXPERIENCE")]


@pytest.mark.parametrize(("name", "section"), CASES, ids=[f"{n}-{s}" for n, s in CASES])
def test_a_hostile_line_is_read(name: str, section: str) -> None:
    piece = PIECES[name]
    text = f"Jane Doe\njane.doe@example.com\n{section}\n{_blob(piece)}\nEDUCATION\nBSc Physics\n"
    resume = parse_resume(text)
    assert resume.contact.full_name == "Jane Doe"
    assert resume.contact.email == "jane.doe@example.com"


def test_a_line_of_spaces_is_read() -> None:
    resume = parse_resume("Jane Doe\n" + "x" + " " * N + "x\nSKILLS\nPython\n")
    assert resume.contact.full_name == "Jane Doe"


def test_bound_lines_cuts_at_a_space_or_separator() -> None:
    line = _blob("Acme Robotics, ", 100)
    cut = tx.bound_lines(f"Jane Doe\n{line}\nData Analyst", 40)
    parts = cut.split("\n")
    assert parts[0] == "Jane Doe" and parts[-1] == "Data Analyst"
    assert all(len(p) <= 40 for p in parts)
    assert "".join(parts[1:-1]) == line  # nothing lost, cut after a space or a comma
    assert all(p.endswith((" ", ",")) for p in parts[1:-2])


def test_bound_lines_hard_cut_and_short_text_untouched() -> None:
    assert tx.bound_lines("x" * 25, 10).split("\n") == ["x" * 10, "x" * 10, "x" * 5]
    text = "Jane Doe\nData Analyst"
    assert tx.bound_lines(text, 20) is text  # no line too long: the same text
    assert tx.bound_lines(text, 0) is text  # 0: no limit


def test_the_setting_reaches_the_parser() -> None:
    from atspro.config import Settings

    assert Settings(_env_file=None).resume_max_line_chars == tx.MAX_LINE_CHARS  # type: ignore[call-arg]


def test_rules_keep_their_reading() -> None:
    # the linear forms read what the old ones read
    assert _HOW_LONG_RE.findall("Python (3 years), SQL 12 months") == ["(3 years)", " 12 months"]
    assert tx._ends_sentence("Led a team of four testers.") is True
    assert tx._ends_sentence('Shipped the "Quillby" app."') is True
    assert tx._ends_sentence("Led a team of four testers") is False
    # (round 16: a footer is kept when its name is written nowhere else: the name is here)
    assert tx.split_lines("Jane Doe\nJane Doe | Page 2 of 3\nData Analyst") == [
        "Jane Doe",
        "Data Analyst",
    ]

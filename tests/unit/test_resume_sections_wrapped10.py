"""Headings of round 10: a heading's word that continues a wrapped name or sentence ("Board of
Intermediate" / "Education") is no heading; a heading wrapped at its "and" still is (synthetic
lines; made-up schools)."""

from __future__ import annotations

from atspro.analysis.resume import sections


def _names(lines: list[str]) -> list[str]:
    return [s.name for s in sections.split_sections(lines)[1]]


def test_a_board_name_wrapped_before_education_opens_no_section() -> None:
    lines = [
        "Jane Doe", "EDUCATION", "B.Sc. Physics, Springfield College, 2014",
        "Class XII (2011), Springfield Board of Intermediate", "Education",
        "SKILLS", "Python, SQL",
    ]  # fmt: skip
    found = sections.split_sections(lines)[1]
    assert [s.name for s in found] == ["education", "skills"]
    assert "Education" in found[0].lines


def test_a_sentence_wrapped_before_a_heading_word_opens_no_section() -> None:
    lines = [
        "Jane Doe", "SUMMARY", "Strong in customer care, coaching, and",
        "presentation skills.", "EXPERIENCE", "Clerk, Acme Stores, 2015 - 2018",
    ]  # fmt: skip
    assert _names(lines) == ["summary", "experience"]


def test_a_heading_wrapped_at_its_and_is_still_a_heading() -> None:
    lines = ["Jane Doe", "EXPERIENCE", "Clerk, Acme Stores, 2015 - 2018", "ASSOCIATIONS AND",
             "MEMBERSHIPS:", "Springfield Chess Club"]  # fmt: skip
    assert _names(lines) == ["experience", "activities"]


def test_a_heading_in_capitals_under_a_cut_sentence_is_still_a_heading() -> None:
    lines = ["Jane Doe", "SUMMARY", "Ten years in retail sales, stock control and",
             "EXPERIENCE", "Clerk, Acme Stores, 2015 - 2018"]  # fmt: skip
    assert _names(lines) == ["summary", "experience"]

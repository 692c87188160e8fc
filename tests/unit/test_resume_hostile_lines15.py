"""Hostile lines (round 15): 200,000 characters of empty bullets ("• • •") or of one
capitalised word repeated ("Word Word Word") are read in linear time. Two rules were the cost:
the reflow broke a line before every bullet glyph, empty or not (a hundred thousand one-glyph
lines), and the skill index compared every hit needing a neighbour with every other such hit
(``_among_peers``: quadratic in a blob of one product's name). No timing is asserted: the
result must be sane."""

from __future__ import annotations

import pytest

from atspro.analysis.resume import reflow
from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.skills import get_index

N = 200_000
PIECES = {"empty bullets": "• ", "one capitalised word": "Word ", "an employer's word": "Acme "}


def _blob(piece: str) -> str:
    return (piece * (N // len(piece) + 1))[:N]


@pytest.mark.parametrize("name", sorted(PIECES))
def test_a_hostile_blob_gives_a_sane_resume(name: str) -> None:
    text = f"Jane Doe\njane.doe@example.com\nEXPERIENCE\n{_blob(PIECES[name])}\nEDUCATION\nBSc Physics\n"
    resume = parse_resume(text)
    assert resume.contact.full_name == "Jane Doe"
    assert resume.contact.email == "jane.doe@example.com"
    assert len(resume.work_experience) <= 2
    assert len(resume.skills) <= 5


def test_a_run_of_empty_bullets_makes_no_line_per_glyph() -> None:
    flat = "Jane Doe " + "• " * 3000 + "Skills • Python • SQL " + "x " * 200
    lines = reflow.restore_lines(flat).split("\n")
    assert len(lines) < 20  # the old reflow gave a line per glyph (3,000 and more)
    assert any(x.startswith("• Python") for x in lines)  # a real list still parts


def test_peers_in_a_tool_list_still_vouch_for_each_other() -> None:
    # the windowed peer search reads the same tool lists as the full scan did
    index = get_index()
    names = [h.name for h in index.find("Technologies: Spring, Hibernate, Oracle")]
    assert names == ["Spring", "Hibernate", "Oracle Database"]
    assert not index.find("We met in Spring and Swift was there")  # two are not a list
    assert not index.find("Word " * 5000)  # one name repeated vouches for nothing

"""Bullets from symbol fonts (layout round 13, docs/resume.md).

A template drawing its bullets in ZapfDingbats or Wingdings gives arrows ("➨", "➜"), "❑",
"▶" or "✦" before each item; glued to a skill ("➨Statistics") the item was not read, and such a
line was no bullet. They read as "•" where they stand before an item; rating stars stay.
Made-up details.
"""

from __future__ import annotations

from datetime import date

import pytest

from atspro.analysis.resume import text as tx
from atspro.analysis.resume.parser import parse_resume


@pytest.mark.parametrize("glyph", ["➨", "➜", "❑", "▶", "✦"])
def test_a_symbol_bullet_parts_skill_items(glyph: str) -> None:
    text = (
        "Jo Ray\njo.ray@example.com\nEXPERIENCE\nEngineer, Acme Robotics\nJan 2019 - Present\n"
        "EDUCATION\nM.Sc. Statistics, Lakeside University, 2018\n"
        f"SKILLS\n{glyph}Python  {glyph}Kotlin  {glyph}Tableau\n{glyph}Excel  {glyph}Statistics"
    )
    skills = {s.name for s in parse_resume(text, today=date(2026, 1, 1)).skills}
    assert {"Python", "Kotlin", "Tableau", "Statistics"} <= skills  # the glued last item too


def test_a_symbol_bullet_line_is_a_bullet_and_stars_stay() -> None:
    assert tx.bullet_glyph(tx.normalise("➨ Led a team of four testers")) == "•"
    assert tx.normalise("Python ★★★☆☆  Kotlin ★★☆☆☆") == "Python ★★★☆☆  Kotlin ★★☆☆☆"

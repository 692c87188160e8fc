"""Broader/narrower links between skills: which tools are siblings (partial credit).

The shipped skills index has no ESCO broader/narrower relations (the ESCO file we build from,
``skills_en.csv``, holds none; ``broaderRelationsSkillPillar.csv`` is not among the sources).
What the sources do give is O*NET's technology groups: every named tool is filed under a
UNSPSC commodity ("Spreadsheet software": Microsoft Excel, Google Sheets; "Data base management
system software": MySQL, MongoDB…). Two tools in the same commodity are *siblings*: someone who
uses one has most of what the other asks. Groups so broad that membership says little
("Analytical or scientific software", over a thousand tools) are ignored (``MAX_GROUP_SIZE``).

Built offline by ``scripts/build_tech_groups.py`` into ``atspro/data/tech_groups.json.gz``
(names are the skills index's canonical names, lower-cased); loaded once, on first use.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["DATA_FILE", "GROUPS_VERSION", "MAX_GROUP_SIZE", "Sibling", "sibling_in"]

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "tech_groups.json.gz"
GROUPS_VERSION = 1
# Groups with more tools than this are too broad to make two members alike (O*NET's largest:
# analytical/scientific 1,600+, database query 900+, medical 600+; the useful ones are small:
# spreadsheets 16, BI 31, version control 7, CAD 300+ is left out too).
MAX_GROUP_SIZE = 120


@dataclass(frozen=True, slots=True)
class Sibling:
    skill: str  # the resume's skill (lower-case canonical)
    group: str  # the commodity title they share, e.g. "Spreadsheet software"


@dataclass(frozen=True, slots=True)
class _Groups:
    titles: dict[str, str]  # commodity code -> title (only groups small enough to count)
    sizes: dict[str, int]  # commodity code -> how many of the index's skills it holds
    skills: dict[str, tuple[str, ...]]  # lower canonical skill -> its usable commodity codes


@lru_cache(maxsize=1)
def _groups() -> _Groups:
    try:
        with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:  # a checkout without the built file: no sibling credit
        return _Groups({}, {}, {})
    if data.get("version") != GROUPS_VERSION:
        return _Groups({}, {}, {})
    titles = {c: t for c, (t, size) in data["groups"].items() if size <= MAX_GROUP_SIZE}
    sizes = {c: size for c, (_t, size) in data["groups"].items() if c in titles}
    skills = {
        name: usable
        for name, codes in data["skills"].items()
        if (usable := tuple(c for c in codes if c in titles))
    }
    return _Groups(titles, sizes, skills)


def sibling_in(skill: str, shown: Iterable[str]) -> Sibling | None:
    """A skill of ``shown`` in the same technology group as ``skill`` (names lower-case
    canonical), preferring the smallest shared group; None when there is none."""
    groups = _groups()
    mine = groups.skills.get(skill.lower())
    if not mine:
        return None
    best: tuple[int, str, str] | None = None
    for other in shown:
        if other == skill.lower():
            continue
        shared = set(mine).intersection(groups.skills.get(other, ()))
        for code in shared:
            key = (groups.sizes[code], code, other)  # deterministic: any order of ``shown``
            if best is None or key < best:
                best = key
    if best is None:
        return None
    return Sibling(best[2], groups.titles[best[1]])

"""Which taxonomy hits in a resume's prose name no skill the candidate claims (skills in prose,
issue 14): read by ``skill_hits.skills_from_hits``. The index's own context rules
(taxonomy/skills.py) judge the words around a hit; this module judges the resume section it
stands in."""

from __future__ import annotations

from atspro.analysis.resume.degrees import FIELD_WORDS
from atspro.analysis.taxonomy.skills import SkillHit, get_index
from atspro.analysis.taxonomy.text import tokenize


def not_claimed(hit: SkillHit, section: str) -> bool:
    """True when the hit names a subject studied, a work's topic or a pastime, not a skill
    claimed."""
    if _studied(hit.surface, section):
        return True
    if section not in _LEISURE and section != "publications":
        return False
    info = get_index().info(hit.name)
    if info is None or info.tech:
        return False
    # "Effective Change Management: …", "Journal of Health Politics": among publications a
    # skill that names no technology is the topic of a title or a journal's name (a tool list
    # filed under the heading keeps its named technologies). Under interests and activities a
    # non-technical hard skill is a pastime ("Tennis", "Stock market"); soft skills shown there
    # ("Leadership") stay.
    return section == "publications" or info.kind == "hard"


# sections of what the candidate does outside work
_LEISURE = frozenset({"interests", "activities"})


def _studied(surface: str, section: str) -> bool:
    """ "Minor in Physics", "GCSE Mathematics", "concentration in Computer Science": in the
    education section, a hit made only of field-of-study words names a subject studied, like the
    degree's own field (which the parser already keeps out of skills), not a skill claimed."""
    if section != "education":
        return False
    words = tokenize(surface).low
    return bool(words) and all(w in FIELD_WORDS for w in words)

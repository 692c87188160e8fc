"""Which taxonomy hits in a resume's prose name no skill the candidate claims (skills in prose,
issue 14): read by ``extras.skills_from_hits``. The index's own context rules (taxonomy/skills.py)
judge the words around a hit; this module judges the resume section it stands in."""

from __future__ import annotations

from atspro.analysis.resume.degrees import FIELD_WORDS
from atspro.analysis.taxonomy.text import tokenize


def studied(surface: str, section: str) -> bool:
    """ "Minor in Physics", "GCSE Mathematics", "concentration in Computer Science": in the
    education section, a hit made only of field-of-study words names a subject studied, like the
    degree's own field (which the parser already keeps out of skills), not a skill claimed."""
    if section != "education":
        return False
    words = tokenize(surface).low
    return bool(words) and all(w in FIELD_WORDS for w in words)

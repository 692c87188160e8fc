"""Skills and job-title taxonomy: find and normalise skills and titles in text.

PLACEHOLDER API (being replaced by the real index built from ESCO + O*NET). The public
interface below is the contract other modules use; keep it stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

SkillKindT = Literal["hard", "soft"]


@dataclass(frozen=True, slots=True)
class SkillHit:
    name: str  # canonical name
    kind: SkillKindT
    surface: str  # the text as written
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TitleHit:
    title: str  # canonical title as written in the taxonomy
    occupation: str  # O*NET-SOC code
    surface: str
    start: int
    end: int


_TINY = {
    "python": ("Python", "hard"),
    "sql": ("SQL", "hard"),
    "kubernetes": ("Kubernetes", "hard"),
    "k8s": ("Kubernetes", "hard"),
    "communication": ("communication", "soft"),
}


class SkillIndex:
    def find(self, text: str) -> list[SkillHit]:
        """All skill mentions in ``text``, in order, non-overlapping (longest match wins)."""
        hits = []
        for m in re.finditer(r"[A-Za-z0-9+#.]+", text):
            entry = _TINY.get(m.group(0).lower())
            if entry:
                hits.append(SkillHit(entry[0], entry[1], m.group(0), m.start(), m.end()))  # type: ignore[arg-type]
        return hits

    def canonical(self, term: str) -> str | None:
        """Canonical skill name for a term (any known spelling), or None."""
        entry = _TINY.get(term.strip().lower())
        return entry[0] if entry else None

    def kind(self, name: str) -> SkillKindT | None:
        entry = _TINY.get(name.strip().lower())
        return entry[1] if entry else None  # type: ignore[return-value]

    def find_titles(self, text: str) -> list[TitleHit]:
        return []

    def same_occupation(self, title_a: str, title_b: str) -> bool:
        return title_a.strip().lower() == title_b.strip().lower()


@lru_cache(maxsize=1)
def get_index() -> SkillIndex:
    return SkillIndex()

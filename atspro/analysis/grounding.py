"""Is a rewritten bullet grounded in the resume? (no new numbers, skills or names)

Used by the DOCX export to accept an (LLM or human) rewrite only when it does not invent facts:
every number, every skill the taxonomy recognises and every capitalised name in the new text
must already appear somewhere in the resume.
"""

from __future__ import annotations

import re

from atspro.analysis.scoring.matching import canonical_skill, contains_term, resume_plain_text
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import Resume

_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_NAME_RE = re.compile(r"(?<![\w.])([A-Z][\w+#.&-]*[A-Za-z0-9+#])")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "") for n in _NUMBER_RE.findall(text)}


def ungrounded_terms(new: str, resume: Resume, resume_text: str | None = None) -> list[str]:
    """Numbers, skills and names in ``new`` that the resume does not contain (empty: grounded)."""
    source = resume_text if resume_text is not None else resume_plain_text(resume)
    known_skills = {canonical_skill(s.name).casefold() for s in resume.skills}
    known_skills |= {h.name.casefold() for h in get_index().find(source)}
    bad = sorted(_numbers(new) - _numbers(source))
    bad += [h.surface for h in get_index().find(new) if h.name.casefold() not in known_skills]
    sentence_starts = {m.end() for m in re.finditer(r"(?:^|[.!?:;]\s+|\n)", new)}
    for m in _NAME_RE.finditer(new):
        if m.start() in sentence_starts:
            continue  # a capital at the start of a sentence is grammar, not a name
        if not contains_term(source, m.group(1)):
            bad.append(m.group(1))
    return list(dict.fromkeys(bad))


def rewrite_is_grounded(
    original: str, new: str, resume: Resume, resume_text: str | None = None
) -> bool:
    """True when ``new`` adds no fact that ``resume`` (which contains ``original``) lacks."""
    return bool(new.strip()) and not ungrounded_terms(new, resume, resume_text)

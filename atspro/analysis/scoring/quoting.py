"""Which of a posting's phrases are worth scoring and echoing, and where a term is written.

A job parser's keyword list can hold the company's name, a recruiter's name, "our team" or
"strong experience". Such phrases are not requirements: they earn no points in the keywords
component and are never quoted back as "the posting's wording".
"""

from __future__ import annotations

import re
from functools import lru_cache

from atspro.analysis.scoring.matching import contains_term
from atspro.analysis.scoring.roles import section_lines
from atspro.analysis.taxonomy.skills import get_index
from atspro.analysis.taxonomy.titles import main_title, title_tokens
from atspro.models import Job

# Words that make a posting's phrase unfit to quote as "the posting's wording".
_PRONOUN_TEXT = "i me my we us our ours you your yours he she him her his they them their it its"
_PRONOUNS = frozenset(_PRONOUN_TEXT.split())
_FILLER_TEXT = """
    ability able across candidate candidates company experience ideal including job key join
    looking new opportunity position possible related role strong successful team various wide
    work working
"""
_FILLER = frozenset(_FILLER_TEXT.split())
ROLE_SECTIONS = frozenset({"experience", "projects"})


def quotable(term: str, job: Job) -> bool:
    """True when ``term`` reads as a skill or duty worth echoing, not a name, pronoun or filler.

    A phrase naming the company, containing a pronoun, made only of filler words, or shaped
    like a person's name (two or three capitalised words the skills index does not know) is
    not advice: "Use the posting's wording 'Merjem Parker'" helps nobody.
    """
    return _quotable(term, job.company or "", job.title or "")


@lru_cache(maxsize=4096)
def _quotable(term: str, company: str, title: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'+#.-]*", term)
    low = [w.lower() for w in words]
    if not words or len(term.strip()) < 3:
        return False
    if company and term.casefold() in company.casefold():
        return False
    if any(w in _PRONOUNS for w in low) or all(w in _FILLER for w in low):
        return False
    name_like = 2 <= len(words) <= 3 and all(w[0].isupper() and w[1:].islower() for w in words)
    return not (name_like and not get_index().is_skill(term) and term not in title)


def in_roles(text: str, term: str) -> bool | None:
    """Is ``term`` written in the Experience or Projects section of ``text``? None when the
    text has no section headings, so nobody can say where the term sits."""
    lines = section_lines(text, ROLE_SECTIONS)
    return None if lines is None else contains_term("\n".join(lines), term)


def holds_title(term: str, job: Job) -> bool:
    """True when ``term`` contains the posting's title ("Data Scientist, Machine Learning" for
    the title "Data Scientist"): the title suggestion covers it, the keyword lists do not."""
    title = set(title_tokens(main_title(job.title or "")))
    return bool(title) and title <= set(title_tokens(term))

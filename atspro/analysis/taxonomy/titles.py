"""Job-title similarity: "Sr. Backend Developer (m/f/d)" vs "Software Engineer".

Seniority and noise words are stripped, common synonyms folded (developer ~ engineer), then the
titles are compared by the taxonomy first (same O*NET occupation) and by shared words second,
with extra weight on the head noun ("engineer", "manager") that names the occupation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from atspro.analysis.taxonomy.skills import get_index

_SENIORITY_TEXT = """
    senior sr snr junior jr lead principal staff chief head intern internship trainee graduate
    entry mid level experienced associate apprentice i ii iii iv v 1 2 3 4 expert seasoned
"""
SENIORITY_WORDS = frozenset(_SENIORITY_TEXT.split())
_NOISE_TEXT = "m f d w x h remote hybrid onsite contract temporary fulltime parttime"
_NOISE_WORDS = frozenset(_NOISE_TEXT.split())
_STOP_TEXT = "of and the for in to with a an at"
_STOPWORDS = frozenset(_STOP_TEXT.split())
_SYNONYMS = {
    "developer": "engineer",
    "dev": "engineer",
    "programmer": "engineer",
    "eng": "engineer",
    "engineering": "engineer",
    "swe": "engineer",
    "mgr": "manager",
    "admin": "administrator",
    "sysadmin": "administrator",
    "frontend": "front",
    "backend": "back",
    "fullstack": "full",
    "devops": "devops",
    "qa": "quality",
    "analytics": "analyst",
}
_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=2048)
def title_tokens(title: str) -> tuple[str, ...]:
    """Content words of a title, seniority and noise removed, synonyms folded, in order."""
    text = _PAREN_RE.sub(" ", title.lower())
    words = re.findall(r"[a-z0-9+#]+", text)
    out = []
    for w in words:
        if w in SENIORITY_WORDS or w in _NOISE_WORDS or w in _STOPWORDS:
            continue
        w = _SYNONYMS.get(w, w)
        if w in {"end", "stack"}:  # "front end", "full stack" -> "front", "full"
            continue
        out.append(_singular(w))
    return tuple(out)


# Career levels a title can name, lowest first; a title naming none is read as mid level.
_LEVEL_WORDS: dict[str, int] = {
    **dict.fromkeys(("intern", "internship", "trainee", "apprentice"), 0),
    **dict.fromkeys(("junior", "jr", "entry", "graduate", "associate"), 1),
    **dict.fromkeys(("mid",), 2),
    **dict.fromkeys(("senior", "sr", "snr", "lead", "staff", "experienced"), 3),
    **dict.fromkeys(("principal", "head", "director", "chief", "vp"), 4),
}
MID_LEVEL = 2


def seniority_level(title: str) -> int | None:
    """0 intern .. 4 principal/head/director, from the words of the title; None when it names
    no level ("Data Scientist")."""
    words = re.findall(r"[a-z]+", _PAREN_RE.sub(" ", title.lower()))
    levels = [_LEVEL_WORDS[w] for w in words if w in _LEVEL_WORDS]
    return max(levels) if levels else None


def core_title(title: str) -> str:
    """The title as written minus brackets, seniority and noise: "Sr. Data Engineer (m/f/d)"
    -> "Data Engineer". Used to look for the title in running text."""
    words = re.findall(r"[A-Za-z0-9+#]+", _PAREN_RE.sub(" ", title))
    return " ".join(w for w in words if w.lower() not in SENIORITY_WORDS | _NOISE_WORDS)


_QUALIFIER_RE = re.compile(r"\s+[-–—|:]\s+|,\s+")


def main_title(title: str) -> str:
    """The title before a qualifier: "Registered Nurse - ICU" -> "Registered Nurse"."""
    return _QUALIFIER_RE.split(title, maxsplit=1)[0]


@lru_cache(maxsize=4096)
def title_similarity(a: str, b: str) -> float:
    """0..1: 1 same title, ~0.85 same occupation, partial by shared words, 0 unrelated.

    A qualifier after a dash or comma ("- ICU", ", Backend") is compared both ways: with it,
    and without it at a 5% discount, so a specialty does not hide an exact occupation match.
    """
    best = _similarity(a, b)
    ma, mb = main_title(a), main_title(b)
    if (ma, mb) != (a, b):
        best = max(best, 0.95 * _similarity(ma, mb))
    return round(best, 4)


def _similarity(a: str, b: str) -> float:
    ta, tb = title_tokens(a), title_tokens(b)
    if not ta or not tb:
        return 0.0
    if set(ta) == set(tb):
        return 1.0
    index = get_index()
    if index.same_occupation(a, b) or index.same_occupation(" ".join(ta), " ".join(tb)):
        return SAME_OCCUPATION
    dice = _dice(ta, tb)
    head_bonus = 0.15 if ta[-1] == tb[-1] else 0.0
    return max(min(0.8, 0.8 * dice + head_bonus), occupation_similarity(a, b))


def _dice(ta: tuple[str, ...], tb: tuple[str, ...]) -> float:
    sa, sb = set(ta), set(tb)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


# Credit by how close two O*NET-SOC occupations are. SOC codes nest: "15-2051.00" is detailed
# occupation 15-2051 in broad group 15-205x, minor group 15-2xxx and major group 15.
SAME_OCCUPATION = 0.85
SAME_BROAD_GROUP = 0.65
SAME_MINOR_GROUP = 0.5
SAME_MAJOR_GROUP = 0.35
RELATED_MAJOR_GROUP = 0.3
# Major groups whose people often move between them (the SOC manual's neighbouring families):
# management / business & financial / computer & mathematical; architecture & engineering /
# life & physical science; healthcare practitioners / healthcare support; sales / office;
# construction / installation & repair / production.
RELATED_MAJOR_GROUPS = frozenset(
    frozenset(p)
    for p in [
        ("11", "13"),
        ("13", "15"),
        ("11", "15"),
        ("15", "17"),
        ("17", "19"),
        ("29", "31"),
        ("41", "43"),
        ("13", "43"),
        ("47", "49"),
        ("49", "51"),
        ("47", "51"),
        ("25", "21"),
    ]
)


def occupation_code(title: str) -> str | None:
    """The title's best O*NET-SOC occupation ("Lead Data Scientist" -> "15-2051.00")."""
    return get_index().occupation(main_title(title)) or get_index().occupation(title)


@lru_cache(maxsize=4096)
def occupation_similarity(a: str, b: str) -> float:
    """0..0.85 by how close the titles' O*NET occupations are; 0 when either is unknown.

    Same occupation 0.85, same broad group 0.65, same minor group 0.5, same major group 0.35,
    neighbouring major groups 0.3 ("Financial Analyst" vs "Data Scientist"). Occupations whose
    names share words ("Human Resources Managers" / "Human Resources Specialists") get at least
    0.6 x the word overlap of the names.
    """
    ca, cb = occupation_code(a), occupation_code(b)
    if not ca or not cb:
        return 0.0
    if ca == cb:
        return SAME_OCCUPATION
    if ca[:6] == cb[:6]:
        tree = SAME_BROAD_GROUP
    elif ca[:5] == cb[:5]:
        tree = SAME_MINOR_GROUP
    elif ca[:2] == cb[:2]:
        tree = SAME_MAJOR_GROUP
    else:
        tree = RELATED_MAJOR_GROUP if frozenset((ca[:2], cb[:2])) in RELATED_MAJOR_GROUPS else 0.0
    index = get_index()
    names = _dice(
        title_tokens(index.occupation_title(ca) or ""),
        title_tokens(index.occupation_title(cb) or ""),
    )
    return round(max(tree, 0.6 * names), 4)

"""Word lists used by the resume checks: action verbs, weak phrases, filler, section names.

Kept as data in one module so the checks stay short and the lists are easy to review.
"""

from __future__ import annotations

import re

# Base forms. Past tense and third person forms are derived below.
_ACTION_VERBS_TEXT = """
    accelerate accomplish achieve acquire adapt administer advise advocate allocate analyse
    analyze architect assemble assess audit author automate balance benchmark boost budget build
    calculate capture chair champion clarify close coach code collaborate compile complete
    conceive conduct configure consolidate construct consult contribute convert coordinate craft
    create cultivate curate cut debug decrease define delegate deliver demonstrate deploy design
    detect develop devise diagnose digitize direct discover document double draft drive earn
    edit educate eliminate enable encourage engineer enhance establish estimate evaluate exceed
    execute expand expedite extract facilitate finalize fix forecast formulate found generate
    grow guide halve handle hire identify implement improve increase influence initiate innovate
    inspect install instruct integrate interview introduce invent investigate launch lead lower
    maintain manage map maximize measure mediate mentor merge migrate minimize model moderate
    modernize monitor motivate negotiate onboard operate optimise optimize orchestrate organise
    organize outperform overhaul oversee own partner perform pilot pioneer plan prepare present
    prevent prioritize process produce program promote propose prototype provide publish quadruple
    raise rank rebuild recommend reconcile record recruit redesign reduce reengineer refactor
    refine remediate renegotiate reorganize replace report represent research resolve restore
    restructure retain revamp review revise rewrite run save scale schedule secure sell serve
    set shape ship simplify solve source spearhead speed stabilize standardize start steer
    streamline strengthen structure supervise surpass survey sustain systematize teach test
    track train transform translate triple troubleshoot tune unify upgrade validate verify
    visualize win write
"""
ACTION_VERBS_BASE = frozenset(_ACTION_VERBS_TEXT.split())

_IRREGULAR_PAST = {
    "build": "built",
    "cut": "cut",
    "drive": "drove",
    "grow": "grew",
    "lead": "led",
    "oversee": "oversaw",
    "run": "ran",
    "sell": "sold",
    "set": "set",
    "teach": "taught",
    "win": "won",
    "write": "wrote",
    "rewrite": "rewrote",
    "speed": "sped",
    "found": "founded",
}
# Short verbs ending consonant-vowel-consonant whose final consonant doubles (US spelling).
_DOUBLING = {"plan": "planned", "ship": "shipped", "program": "programmed", "map": "mapped"}


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb in _DOUBLING:
        return _DOUBLING[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


ACTION_VERBS_PAST = frozenset(_past(v) for v in ACTION_VERBS_BASE)
ACTION_VERBS_PRESENT = frozenset(ACTION_VERBS_BASE | {_third_person(v) for v in ACTION_VERBS_BASE})
# Words that read as past tense and as present tense ("cut", "set", "lead" vs "led" is fine).
AMBIGUOUS_TENSE = frozenset(v for v in ACTION_VERBS_BASE if _past(v) == v)

# Phrases that describe duties instead of results. Each is matched on word boundaries.
WEAK_PHRASES = (
    "responsible for",
    "helped",
    "helping",
    "help with",
    "worked on",
    "assisted",
    "assisting",
    "duties included",
    "tasked with",
    "involved in",
    "participated in",
    "was part of",
    "in charge of",
)
FILLER_PHRASES = (
    "various",
    "etc",
    "successfully",
    "hard-working",
    "hardworking",
    "team player",
    "detail-oriented",
    "results-driven",
    "go-getter",
    "synergy",
    "think outside the box",
)

FIRST_PERSON_RE = re.compile(r"(?<![\w'])(?:I|I'm|I've|I'd|me|my|myself|mine)(?![\w'])")
# "I" alone is matched case-sensitively; the others case-insensitively.
FIRST_PERSON_CI_RE = re.compile(r"(?<![\w'])(?:me|my|myself|mine)(?![\w'])", re.IGNORECASE)

# Section names as a parser or a person might write them -> the canonical section.
SECTION_ALIASES = {
    "summary": "summary",
    "profile": "summary",
    "professional summary": "summary",
    "objective": "summary",
    "about": "summary",
    "about me": "summary",
    "experience": "experience",
    "work experience": "experience",
    "work": "experience",
    "professional experience": "experience",
    "employment": "experience",
    "employment history": "experience",
    "work history": "experience",
    "career history": "experience",
    "education": "education",
    "academic background": "education",
    "skills": "skills",
    "technical skills": "skills",
    "core skills": "skills",
    "key skills": "skills",
    "core competencies": "skills",
    "competencies": "skills",
    "technologies": "skills",
    "tools": "skills",
    "tech stack": "skills",
    "certifications": "certifications",
    "certificates": "certifications",
    "licenses": "certifications",
    "licenses and certifications": "certifications",
    "projects": "projects",
    "personal projects": "projects",
    "side projects": "projects",
    "languages": "languages",
    "contact": "contact",
    "personal information": "contact",
    "publications": "publications",
    "awards": "awards",
    "volunteering": "volunteering",
    "volunteer experience": "volunteering",
}


def canonical_section(name: str) -> str:
    """Canonical section for a heading or a parser's section name ("Work History" -> experience)."""
    key = " ".join(re.sub(r"[^a-z]+", " ", name.lower().replace("&", " and ")).split())
    return SECTION_ALIASES.get(key, key)

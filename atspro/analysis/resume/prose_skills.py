"""Which taxonomy hits in a resume's prose name no skill the candidate claims (skills in prose,
issue 14): read by ``skill_hits.skills_from_hits``. The index's own context rules
(taxonomy/skills.py) judge the words around a hit; this module judges the resume section it
stands in and a study cue before it on its line ("Major: …")."""

from __future__ import annotations

import re

from atspro.analysis.resume.degrees import FIELD_WORDS
from atspro.analysis.taxonomy.skills import SkillHit, get_index
from atspro.analysis.taxonomy.text import tokenize


def not_claimed(hit: SkillHit, section: str, line: str = "", start: int = 0) -> bool:
    """True when the hit names a subject studied, a work's topic or a pastime, not a skill
    claimed (``start``: where the hit begins in its ``line``)."""
    if _studied(hit.surface, section) or _a_major_or_minor(line, start):
        return True
    if section not in _WORK_OR_SKILLS and hit.name.casefold() in SCHOOL_SUBJECTS:
        return True
    if _an_industry(line, start) or _a_thing_built(hit, line, start):
        return True
    if _names_a_programme(hit, line, start):
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


# Disciplines taught at school and university: outside the skills and the work described
# ("taught Mathematics to new hires" stays), "Mathematics" or "Computer Science" is a subject
# studied, a course, an award or a society ("Subjects: English, Mathematics", "Mathematics
# Olympiad finalist", "Intro to Computer Science, Coursera"), not a skill claimed. Canonical
# names, case-folded.
SCHOOL_SUBJECTS = frozenset(
    {
        "mathematics",
        "physics",
        "botany",
        "microbiology-bacteriology",
        "biotechnology",
        "geography",
        "sociology",
        "economics",
        "computer science",
    }
)

_WORK_OR_SKILLS = frozenset({"skills", "experience", "summary"})
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


def _a_major_or_minor(line: str, start: int) -> bool:
    """ "Major: Geology", "Minor in Astronomy", "concentration in Supply Chain Management",
    "Major in Accounting and Economics": what a study cue names, up to the clause's end, is a
    subject studied, wherever the line stands (a degree line in a summary, a section the parser
    did not find); "a major grocery chain" or "Minor Project:" is no cue."""
    cues = list(_STUDY_CUE.finditer(line, max(0, start - _CUE_REACH), start))
    return bool(cues) and not _CLAUSE_END.search(line, cues[-1].end(), start)


def _an_industry(line: str, start: int) -> bool:
    """ "Industry: Telecom & Helpdesk", "Industries: Banking, Software Development": a job
    board profile's field names the employers' sector, not a skill claimed. Only capitalised
    words (and "&", "and", commas) may stand between the label and the hit; "Industry
    experience in Java", "Industry Knowledge: SQL" and "Energy Industry Using SAP" are claims."""
    cue = _INDUSTRY.search(line, max(0, start - _CUE_REACH), start + 1)  # +1: the hit's capital
    return cue is not None and _SECTOR_WORDS.fullmatch(line, cue.end(), start) is not None


def _a_thing_built(hit: SkillHit, line: str, start: int) -> bool:
    """ "a generic Web application", "our proprietary search engine", "the "Adopt-a-Pet" Web
    application": a kind of software named as one thing built or used is no skill claimed
    ("developing web applications", "Web application development" stay)."""
    name = hit.name.casefold()
    if name in _PARTS_BUILT and (
        _PART_OF_WORK.search(hit.surface)
        or _BUILDING_IT.search(line, max(0, start - _THING_REACH), start)
    ):
        return False  # "the backend development", "built the backend": the work itself
    if (name not in _KINDS_BUILT and name not in _PARTS_BUILT) or _WORK_ON_IT.match(
        line, start + len(hit.surface)
    ):
        return False  # "a mobile application framework", "a web application security review"
    return _ONE_THING_BEFORE.search(line, max(0, start - _THING_REACH), start) is not None


def _names_a_programme(hit: SkillHit, line: str, start: int) -> bool:
    """ "attended weekly tutoring sessions", "the Riverside Peer Mentoring Scheme", "Tax Law
    Seminar, 2019": a non-technical skill naming a programme, a scheme, a club or a seminar the
    candidate took part in, or one with a proper name, is that thing's topic, not a skill claimed.
    Run by them it is the work ("Led the content marketing program", "Ran change management
    workshops"); "led the marketing efforts" and a technology's workshop ("Python workshops")
    stay."""
    after = _PROGRAMME_AFTER.match(line, start + len(hit.surface))
    if after is None:
        return False
    info = get_index().info(hit.name)
    if info is None or info.tech:
        return False
    before = line[max(0, start - _VERB_REACH) : start]
    if _TAKING_PART.search(before):
        return True
    if _RUNNING_IT.search(before):
        return False
    # a proper name: the skill and the programme's word both capitalised ("Peer Mentoring Scheme")
    return hit.surface[:1].isupper() and after.group(0).lstrip(" \t-")[:1].isupper()


_PROGRAMME_AFTER = re.compile(
    r"[ \t-]+(?:programs?|programmes?|initiatives?|sessions?|schemes?|clubs?|workshops?"
    r"|seminars?)\b",
    re.IGNORECASE,
)
_VERB_REACH = 40  # characters before the hit: a verb, a determiner and a word or two
# taking part in a programme, and running one, in the words before the skill (no clause end)
_TAKING_PART = re.compile(
    r"\b(?:attend(?:ed|ing|s)?|joined|joining|members?[ \t]+of|participat(?:ed|ing|es?)[ \t]+in"
    r"|t(?:ook|aking)[ \t]+part[ \t]+in|enrolled[ \t]+in)\b[^.;]*$",
    re.IGNORECASE,
)
_RUNNING_IT = re.compile(
    r"\b(?:led|lead(?:s|ing)?|ran|run(?:s|ning)?|manag(?:ed|es?|ing)|launch(?:ed|es|ing)?"
    r"|creat(?:ed|es?|ing)|design(?:ed|s|ing)?|deliver(?:ed|s|ing)?|buil[dt](?:s|ing)?"
    r"|organi[sz](?:ed|es?|ing)|coordinat(?:ed|es?|ing)|facilitat(?:ed|es?|ing))\b[^.;]*$",
    re.IGNORECASE,
)


# kinds of software that name a skill as a field of work and a thing as a count noun
_KINDS_BUILT = frozenset({"web application", "mobile application", "search engines"})
# a part of a system, named bare ("the backend", "a PHP backend", "its front-end"), is a thing
# built; "backend development" or a bare "Backend" in a list is the work
_PARTS_BUILT = frozenset({"back-end development", "front-end development"})
_PART_OF_WORK = re.compile(r"\b(?:development|engineering)\b", re.IGNORECASE)
# building or owning the part, before it in its clause: "Built the backend for …", "Designed and
# built the front-end", "Scaled our backend", "Sole developer of the backend and the front-end"
_BUILDING_IT = re.compile(
    r"\b(?:buil[dt]|develop|design|own(?:s|ed|er|ing)\b|architect|scal(?:e|ed|es|ing)\b)[^.;]*$",
    re.IGNORECASE,
)
_WORK_ON_IT = re.compile(
    r"[ \t-]+(?:frameworks?|development|testing|security|architecture|design)\b", re.IGNORECASE
)
_THING_REACH = 40  # characters before the hit: a determiner and a word or two of it
_ONE_THING_BEFORE = re.compile(
    r"(?:(?:\b(?i:a|an|the|our|their|its|his|her|my|this|that|these|those|each|every)|\w['’]s)[ \t]+"
    r"(?:(?!(?i:of|for|in|on|with|and|or|to|by)\b)[\w'’-]+[ \t]+)?|[\"”][ \t]*)$"
)


# a Title Case sentence's little words ("the Energy Industry With SAP …") end a sector's name
_NO_SECTOR = r"(?!(?i:with|using|in|for|of|to|at|on|by|from|the|as)\b)"
_INDUSTRY = re.compile(
    r"\b(?:Industr(?:y|ies)|INDUSTR(?:Y|IES))\b[ \t]*:?[ \t]*"
    rf"(?!(?i:knowledge|experience|expertise|exposure|skills?)\b){_NO_SECTOR}(?=[A-Z])"
)
# the sector's words so far: "Telecom  ", "Banking, ", "Oil & Gas "
_SECTOR_WORDS = re.compile(rf"(?:(?:{_NO_SECTOR}[A-Z][\w-]*|&|and)[ \t,]+)*")
_CUE_REACH = 60  # characters between a cue and a subject it names at most
_STUDY_CUE = re.compile(
    r"\b(?:majors?|minors?|concentration)(?:\s+degree)?(?:\s*:\s*(?:in\s+)?|\s+in\s+)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;()]")

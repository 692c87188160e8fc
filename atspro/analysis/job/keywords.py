"""Rank the terms of a job posting the way an ATS weighs them.

A term's weight sums its mentions; each mention counts more when it sits early in the posting
and in a section that states what the job needs (requirements > responsibilities > summary >
company boilerplate, which counts little and EEO text not at all). Skills and certifications
get a boost, the title phrase a large one. Candidates are taxonomy skills plus noun-like
phrases: runs of up to three content words between stopwords and punctuation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from atspro.analysis.job.text import (
    APPLY,
    BENEFITS,
    BODY,
    COMPANY,
    EEO,
    OTHER,
    PREFERRED,
    REQUIRED,
    RESPONSIBILITIES,
    SUMMARY,
    TITLE,
    JobDoc,
)
from atspro.analysis.taxonomy.skills import SkillHit
from atspro.models import Keyword

MAX_KEYWORDS = 40
_MAX_SPAN = 200  # longer than any skill or certification name

_SECTION_WEIGHT = {
    TITLE: 2.5,
    REQUIRED: 2.0,
    RESPONSIBILITIES: 1.5,
    PREFERRED: 1.2,
    BODY: 1.2,
    SUMMARY: 1.0,
    OTHER: 1.0,
    COMPANY: 0.3,
    BENEFITS: 0.2,
    EEO: 0.0,
    APPLY: 0.0,
}
_KIND_BOOST = {"skill": 1.6, "cert": 1.6, "soft": 0.9, "title": 1.0, "phrase": 1.0, "word": 0.6}
_TITLE_BONUS = 1.5
_TITLE_SHARE = 0.8


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS = _word_set(
    """
    a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at be because been before being
    below between both but by can cannot could did do does doing done down during each either
    else enough etc even ever every few for from further get gets getting given go goes going
    had has have having he her here hers him his how however i if in into is it its itself just
    least less let like made make makes making many may me might more most much must my near
    need needs neither never no nor not now of off often on once one only onto or other others
    our ours out over own per perhaps please plus rather really same shall she should since so
    some something still such than that the their theirs them then there these they this those
    though through thus to together too toward towards under until up upon us use used uses
    using very via want wants was we well were what whatever when where whether which while who
    whom whose why will with within without would yet you your yours yourself e.g i.e eg ie
    able ability abilities across additional advanced apply applicants applicant based best
    candidate candidates closely company day days daily deep demonstrated desire detail
    environment equivalent excellent exceptional experience experienced experiences expert
    expertise familiarity fast-paced field good great high highly ideal ideally include
    includes including job jobs key knowledge level looking new opportunity opportunities
    position positions preferred preferably proficiency proficient proven related relevant
    required requirement requirements responsibilities responsibility responsible role roles
    skill skills solid strong team teams understanding various work working world year years
    plus bonus nice etc minimum least successful join help ensure within across around
    """
)
# -ing/-ed words that are nouns or adjectives of trade ("machine learning", "data modeling").
_NOUN_FORMS = _word_set(
    """
    engineering marketing learning programming testing computing accounting manufacturing
    networking training processing modeling modelling scheduling budgeting forecasting planning
    troubleshooting debugging logging monitoring staffing nursing banking consulting packaging
    clustering caching routing messaging streaming rendering scripting hosting billing shipping
    pricing recruiting onboarding auditing lending underwriting reporting building plumbing
    welding roofing landscaping housekeeping catering cooking baking cleaning tutoring coaching
    counseling advertising publishing printing mining drilling farming fishing trucking
    warehousing purchasing sourcing merchandising branding storytelling copywriting editing
    writing accounting bookkeeping invoicing payroll computing distributed embedded automated
    advanced applied mixed
    """
)
# Generic single words that are never keywords on their own.
_GENERIC_WORDS = _word_set(
    """
    tools tool technical systems system solutions solution processes process tasks task
    projects project products product services service business customers customer quality
    support information time people issues needs standards results methods techniques
    practices activities operations performance development management design technology
    technologies applications application software data work teams members member
    stakeholders requirements problems problem areas area field industry organization
    company clients client users user part way ways range variety use basis etc level levels
    equipment materials procedures policies goals objectives duties functions environment
    frameworks framework libraries library code focus features feature cross-functional
    success things thing ideas idea
    """
)
# Verbs that open requirement and duty bullets; they end a phrase rather than start one.
_VERBS = _word_set(
    """
    build builds building design designs designing develop develops developing create creates
    lead leads leading manage manages managing own owns drive drives deliver delivers
    implement implements maintain maintains write writes writing review reviews collaborate
    collaborates collaborating partner partners support supports provide provides define
    defines establish analyze analyse improve improves optimize mentor mentors coordinate
    plan conduct perform performs monitor test tests debug deploy operate run oversee train
    research evaluate assess identify automate integrate document communicate present report
    track participate contribute contributes shape work works stay keep take takes bring
    brings know learn grow thrive enjoy love care believe seeking seek hire hiring offer
    offers provide am is are be being been have has had do does did get make makes want
    wants hold holds join joining apply applying include includes including ensure ensuring
    understand understands possess possesses demonstrate demonstrates enhance enhances
    conduct conducts utilize utilizes leverage leverages execute executes facilitate
    facilitates generate generates obtain obtains adhere adheres comply complies meet meets
    exceed exceeds follow follows handle handles resolve resolves serve serves assist assists
    oversee oversees maintain foster fosters promote promotes prioritize prioritizes
    concerning regarding related according required preferred given based set sets
    influence influences address addresses explain explains investigate investigates decide
    decides adopt adopts read reads reply replies send sends help helps use
    """
)
_LEADING_DROP = _word_set(
    """
    strong excellent solid good great deep proven exceptional outstanding extensive
    demonstrated significant hands-on practical working basic advanced various multiple
    several new large small complex modern high highly key core relevant related similar
    other different overall effective efficient successful previous prior current scalable
    robust reliable clean maintainable high-quality well-documented innovative cutting-edge
    world-class fast-paced dynamic exciting awesome amazing sound thorough keen senior
    junior lead principal staff sr jr mid-level entry-level experienced seasoned talented
    skilled motivated passionate popular profound maximum minimum
    """
)
_GENERIC_EDGES = _word_set(
    """
    experience skills skill knowledge proficiency expertise background understanding
    familiarity ability abilities exposure competency competencies capabilities degree
    degrees
    """
)
_BOILERPLATE = re.compile(
    r"equal (?:employment )?opportunit|opportunity employer|sexual orientation|gender identity|"
    r"national origin|veteran|marital status|genetic information|reasonable accommodation|"
    r"protected (?:class|status)|race|religion|disabilit|pregnan|ancestry|citizenship|"
    r"background check|drug (?:test|screen)|e-verify|cover letter|resume|curriculum|"
    r"job description|job title|job summary|privacy|cookie|click|apply now|health insurance|"
    r"dental|vision|401|paid time off|\bpto\b|competitive salary|salary range|benefits package|"
    r"per (?:year|hour|annum|month)|full[- ]time|part[- ]time",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\.?[A-Za-z][A-Za-z0-9]*(?:[.\-/'][A-Za-z0-9]+)*[+#]*")
_GAP_OK = re.compile(r"[ ]*$|[ ]?-[ ]?$")


def _fold(token: str) -> str:
    """Case- and plural-insensitive key: 'Pipelines' and 'pipeline' are one term."""
    token = token.lower()
    if len(token) <= 4 or not token.endswith("s") or token.endswith(("ss", "us", "is", "ics")):
        return token
    if token.endswith("ies"):
        return token[:-3] + "y"
    if token.endswith(("sses", "xes", "ches", "shes")):
        return token[:-2]
    return token[:-1]


_KEEP_CASE = re.compile(r".[A-Z]|[0-9+#.]")


def _display(token: str) -> str:
    """Keep acronyms and brand casing (SQL, GraphQL, iOS); lower-case ordinary words."""
    return token if _KEEP_CASE.search(token) else token.lower()


@dataclass(slots=True)
class _Term:
    display: dict[str, int] = field(default_factory=dict)
    kind: str = "phrase"
    score: float = 0.0
    count: int = 0
    first: int = 1 << 30
    strong_section: bool = False

    def add(self, shown: str, weight: float, pos: int, section: str) -> None:
        self.display[shown] = self.display.get(shown, 0) + 1
        self.score += weight
        self.count += 1
        self.first = min(self.first, pos)
        if section in (TITLE, REQUIRED, RESPONSIBILITIES, PREFERRED):
            self.strong_section = True

    @property
    def term(self) -> str:
        return max(self.display.items(), key=lambda kv: (kv[1], kv[0]))[0]


class _Ranker:
    def __init__(self, doc: JobDoc) -> None:
        self.doc = doc
        self.length = max(1, len(doc.text))
        self.terms: dict[str, _Term] = {}

    def weight(self, pos: int) -> tuple[float, str]:
        line = self.doc.line_at(pos)
        section = line.section if line else BODY
        weight = _SECTION_WEIGHT.get(section, 1.0)
        if section not in (COMPANY, BENEFITS, EEO, APPLY) and self.doc.label_at(pos) == "pref":
            weight = min(weight, _SECTION_WEIGHT[PREFERRED])
        position = 1.0 + 0.5 * (1.0 - pos / self.length)
        return weight * position, section

    def add(self, key: str, shown: str, kind: str, pos: int) -> None:
        weight, section = self.weight(pos)
        term = self.terms.get(key)
        if term is None:
            term = self.terms[key] = _Term(kind=kind)
        elif _KIND_BOOST[kind] > _KIND_BOOST[term.kind]:
            term.kind = kind
        term.add(shown, weight, pos, section)


def _trim(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop leading adjectives and verb forms, and generic words at either edge."""
    while words:
        lower = words[0][1].lower()
        if (
            lower in _LEADING_DROP
            or lower in _GENERIC_EDGES
            or (lower.endswith(("ing", "ed")) and lower not in _NOUN_FORMS)
        ):
            words = words[1:]
        else:
            break
    while words:
        lower = words[-1][1].lower()
        if lower in _GENERIC_EDGES or (lower.endswith("ing") and lower not in _NOUN_FORMS):
            words = words[:-1]
        else:
            break
    return words[-3:]


def _phrases(
    text: str, offset: int, blocked: list[tuple[int, int]]
) -> Iterable[tuple[int, list[str]]]:
    """(position, tokens) for each run of content words, at most three long. ``blocked`` are
    sorted spans (skills, certifications) counted on their own, which end a run."""
    run: list[tuple[int, str]] = []
    prev_end = None
    block_index = 0
    for m in _TOKEN.finditer(text):
        start = offset + m.start()
        while block_index < len(blocked) and blocked[block_index][1] <= start:
            block_index += 1
        inside_skill = block_index < len(blocked) and blocked[block_index][0] <= start
        word = m.group(0).strip(".'")
        lower = word.lower()
        content = not (
            inside_skill
            or len(word) < 2
            or lower in STOPWORDS
            or lower in _VERBS
            or lower.endswith(("ly", "'s"))
        )
        gap_ok = prev_end is None or _GAP_OK.match(text, prev_end, m.start()) is not None
        prev_end = m.end()
        if content and gap_ok:
            run.append((start, word))
            continue
        if run:
            words = _trim(run)
            if words:
                yield words[0][0], [w for _, w in words]
        run = [(start, word)] if content else []
    if run:
        words = _trim(run)
        if words:
            yield words[0][0], [w for _, w in words]


def _title_phrase(title: str) -> str | None:
    """The title as a keyword, without seniority words: 'Senior Data Engineer' -> 'Data Engineer'."""
    cleaned = re.sub(
        r"\b(?:senior|sr|junior|jr|lead|staff|principal|mid|level|[IV]{1,3}|entry)\b\.?",
        " ",
        re.sub(r"\([^)]*\)", " ", title),
        flags=re.IGNORECASE,
    )
    cleaned = " ".join(cleaned.replace("/", " / ").split()).strip(" -–,/")
    if not cleaned or len(cleaned.split()) > 5:
        return None
    return cleaned


def rank_keywords(
    doc: JobDoc,
    skill_hits: list[SkillHit],
    certifications: list[str],
    title: str | None,
    title_skills: Iterable[str] = (),
    title_line: int | None = None,
    names: Iterable[str | None] = (),
) -> list[Keyword]:
    """Ranked keywords, heaviest first, the top one weighing 1.0. ``title_line`` is the index
    of the line the title was read from: the title is scored as one phrase instead. ``names``
    (company, location) are not keywords: no resume needs to contain the employer's name."""
    excluded = set()
    for name in names:
        folded = [_fold(m.group(0).strip(".'")) for m in _TOKEN.finditer(name or "")]
        for size in range(1, 4):  # every 1-3 word piece: "Acme", "Acme Analytics", …
            for i in range(len(folded) - size + 1):
                excluded.add(" ".join(folded[i : i + size]))
    ranker = _Ranker(doc)
    blocked: list[tuple[int, int]] = []
    for hit in skill_hits:
        kind = "soft" if hit.kind == "soft" else "skill"
        ranker.add("skill:" + hit.name.lower(), hit.name, kind, hit.start)
        blocked.append((hit.start, hit.end))
    text = doc.text
    for cert in certifications:
        for m in re.finditer(re.escape(cert), text):
            ranker.add("cert:" + cert.lower(), cert, "cert", m.start())
            blocked.append((m.start(), m.end()))
    blocked.sort()
    block_starts = [a for a, _ in blocked]
    for number, line in enumerate(doc.lines):
        if line.heading or line.section in (EEO, APPLY) or number == title_line:
            continue
        body, offset = line.text, line.start
        if line.label and line.value is not None:
            body, offset = line.value, line.start + len(line.text) - len(line.value)
        # Spans overlapping this line: blocked is sorted by start and spans are short.
        first = bisect.bisect_left(block_starts, offset - _MAX_SPAN)
        last = bisect.bisect_left(block_starts, offset + len(body))
        local = [(a, b) for a, b in blocked[first:last] if b > offset]
        # One boilerplate scan per line ("equal opportunity employer", "health insurance").
        boilerplate = [(offset + m.start(), offset + m.end()) for m in _BOILERPLATE.finditer(body)]
        for pos, words in _phrases(body, offset, local):
            if boilerplate:
                end = pos + sum(len(w) + 1 for w in words)
                if any(a < end and pos < b for a, b in boilerplate):
                    continue
            key = " ".join(_fold(w) for w in words)
            shown = " ".join(_display(w) for w in words)
            if any(w[:1].isupper() and _fold(w) in excluded for w in words):
                continue  # "Berlin office", "Acme platform": about the employer, not the job
            ranker.add(key, shown, "phrase" if len(words) > 1 else "word", pos)

    title_keys: set[str] = set()
    title_key = None
    title_shown = None
    if title:
        for words in (ws for _, ws in _phrases(title, 0, [])):
            title_keys.add(" ".join(_fold(w) for w in words))
        title_shown = _title_phrase(title)
        if title_shown:
            # Mentions of the title in the text ("hiring a Data Analyst") merge into it.
            title_key = " ".join(_fold(w) for w in title_shown.split())
            if title_key not in ranker.terms:
                ranker.terms[title_key] = _Term(kind="title")
                ranker.terms[title_key].add(title_shown, 0.0, 0, TITLE)
    title_keys.update("skill:" + name.lower() for name in title_skills)

    ranked: list[tuple[float, int, str, _Term]] = []
    for key, term in ranker.terms.items():
        if key == title_key or key in excluded:
            continue
        in_title = key in title_keys
        if term.kind == "phrase" and not (term.count >= 2 or term.strong_section or in_title):
            continue
        generic = key in _GENERIC_WORDS or key + "s" in _GENERIC_WORDS
        if term.kind == "word" and (generic or not (term.count >= 2 or in_title)):
            continue
        score = term.score * _KIND_BOOST[term.kind] + (_TITLE_BONUS if in_title else 0.0)
        if score <= 0:
            continue
        ranked.append((score, term.first, term.term, term))
    if title_key and title_shown:
        # The title is what an ATS matches first: it ranks near the top whatever its count.
        term = ranker.terms[title_key]
        top_other = max((r[0] for r in ranked), default=1.0)
        ranked.append((max(term.score, _TITLE_SHARE * top_other), -1, title_shown, term))
    ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
    ranked = ranked[:MAX_KEYWORDS]
    if not ranked:
        return []
    top = ranked[0][0]
    return [
        Keyword(term=name, weight=round(score / top, 3), count=max(1, term.count))
        for score, _first, name, term in ranked
    ]

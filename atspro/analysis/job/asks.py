"""Skill hits of a segmented posting -> :class:`Requirement` items (kind, one-of groups, evidence).

Three kinds of ask:

- ``required``: a requirements / minimum / must-have block (or a requirement cue like "must
  have" in a posting that has no such block);
- ``preferred``: nice-to-have / preferred / bonus, or a cue like "X is a plus";
- ``mentioned``: responsibilities, about-the-role and description text.

Lists whose last link is "or" or "/" ("R, SAS or Python", "one of Java, Go, C++", "SQL/NoSQL")
become one-of groups; "X or similar" marks a single ask as satisfied by an equivalent too.
Places, team names ("join our Sales team"), people, benefits and legal boilerplate never
become asks (see :mod:`atspro.analysis.job.noise`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from atspro.analysis.job.noise import NoiseFilter
from atspro.analysis.job.text import PREFERRED, REQUIRED, JobDoc, Line
from atspro.analysis.taxonomy.skills import SkillHit
from atspro.models import AskKind, Job, Requirement

# Text allowed between two members of one list ("Python, SQL", "R or SAS", "AWS/GCP").
_LINK = re.compile(
    r"^\s*(?:,\s*(?:(?:and/or|and|or|&)\s+(?:other\s+|another\s+|any other\s+)?)?|/|&|\+|"
    r"(?:and/or|and|or|&)\s+(?:other\s+|another\s+|any other\s+|an equivalent\s+)?)\s*$",
    re.IGNORECASE,
)
_OR = re.compile(r"\bor\b|/", re.IGNORECASE)
_AND = re.compile(r"\band\b|&", re.IGNORECASE)
_ONE_OF_BEFORE = re.compile(
    r"\b(?:one|any|either|at least one|one or more)(?: \w+)? of(?: the following)?:?\s*$|"
    r"\beither\s*$",
    re.IGNORECASE,
)
# "(e.g., Python, C++, Java)", "such as AWS, GCP, Azure": examples of a kind, any one will do.
_EXAMPLES_BEFORE = re.compile(
    r"(?:\be\.\s?g\.?,?|\bsuch as|\bfor example,?|\bfor instance,?|\blike)\s*:?\s*$",
    re.IGNORECASE,
)
_OR_SIMILAR = re.compile(
    r"^\s*,?\s*(?:or|and/or)\s+(?:a\s+)?(?:similar|equivalent|comparable|related|other|another)\b",
    re.IGNORECASE,
)
# Requirement wording for a posting with no requirements block ("must have", "experience with").
_REQ_WORDING = re.compile(
    r"\b(?:must|required|requires?|mandatory|essential|need(?:s|ed)? (?:to )?have|minimum|"
    r"at least|\d+\s*\+?\s*(?:years?|yrs)|experience (?:with|in|using)|proficien\w*|"
    r"knowledge of|familiar(?:ity)? with|skills? in|expertise in|background in|you have|"
    r"you bring|we(?:'re| are) looking for|ideal candidate)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(])")
EVIDENCE_CHARS = 300


@dataclass(slots=True)
class _Ask:
    hits: list[SkillHit]
    kind: AskKind
    line: Line
    or_similar: bool = False


def evidence_of(line: Line, pos: int) -> str:
    """The sentence of ``line`` around offset ``pos`` (document offset), at most 300 chars."""
    text, rel = line.text, pos - line.start
    start = 0
    end = len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.start() < rel:
            start = m.end()
        else:
            end = m.start()
            break
    sentence = text[start:end].strip()
    if line.value is not None and line.label:
        sentence = text  # "Skills: Python, SQL" keeps its label
    if len(sentence) > EVIDENCE_CHARS:
        cut = max(0, min(rel - start - EVIDENCE_CHARS // 2, len(sentence) - EVIDENCE_CHARS))
        sentence = ("…" if cut else "") + sentence[cut : cut + EVIDENCE_CHARS].strip() + "…"
    return sentence


def has_requirements_block(doc: JobDoc) -> bool:
    return any(kind == REQUIRED for _, kind in doc.sections)


def _kind_of(doc: JobDoc, hit: SkillHit, line: Line, block: bool) -> AskKind | None:
    label = doc.label_at(hit.start)
    if label == "ignore":
        return None
    if label == "pref":
        return "preferred"
    if line.section == REQUIRED:
        return "required"
    if line.section == PREFERRED:
        return "preferred"
    if not block and _REQ_WORDING.search(evidence_of(line, hit.start)):
        return "required"
    return "mentioned"


def _chains(doc: JobDoc, asks: list[_Ask]) -> list[_Ask]:
    """Merge neighbouring single asks of one line that form an "or" list into groups."""
    text = doc.text
    out: list[_Ask] = []
    i = 0
    while i < len(asks):
        chain = [asks[i]]
        links: list[str] = []
        while i + 1 < len(asks):
            a, b = chain[-1], asks[i + 1]
            between = text[a.hits[-1].end : b.hits[0].start]
            if a.line is not b.line or b.kind != a.kind or len(between) > 30:
                break
            if not _LINK.match(between):
                break
            links.append(between)
            chain.append(b)
            i += 1
        i += 1
        first = chain[0].hits[0]
        line = chain[0].line
        before = text[max(line.start, first.start - 40) : first.start]
        one_of = bool(_ONE_OF_BEFORE.search(before))
        ends_and = bool(_AND.search(links[-1])) if links else False
        examples = bool(_EXAMPLES_BEFORE.search(before)) and not ends_and
        if len(chain) > 1 and (one_of or examples or (_OR.search(links[-1]) and not ends_and)):
            hits = [h for ask in chain for h in ask.hits]
            out.append(_Ask(hits, chain[0].kind, line))
            continue
        out.extend(chain)
    for ask in out:
        after = text[ask.hits[-1].end : ask.hits[-1].end + 30]
        ask.or_similar = bool(_OR_SIMILAR.match(after))
    return out


def _dedupe(asks: Iterable[_Ask], doc: JobDoc) -> list[Requirement]:
    """One item per skill (or group): the strongest kind wins, the first evidence is kept."""
    rank = {"required": 0, "preferred": 1, "mentioned": 2}
    best: dict[tuple[str, ...], Requirement] = {}
    for ask in asks:
        names = tuple(dict.fromkeys(h.name for h in ask.hits))
        key = tuple(sorted(n.casefold() for n in names))
        item = best.get(key)
        if item is None or rank[ask.kind] < rank[item.kind]:
            best[key] = Requirement(
                kind=ask.kind,
                skills=list(names),
                soft=all(h.kind == "soft" for h in ask.hits),
                or_similar=ask.or_similar,
                evidence=evidence_of(ask.line, ask.hits[0].start),
            )
    items = list(best.values())
    # A skill asked on its own does not also stand in a group of the same or weaker kind.
    singles = {i.skills[0].casefold(): rank[i.kind] for i in items if len(i.skills) == 1}
    for item in items:
        if len(item.skills) > 1:
            kept = [s for s in item.skills if singles.get(s.casefold(), 9) > rank[item.kind]]
            item.skills = kept if len(kept) > 1 else item.skills
    return items


def find_asks(
    doc: JobDoc,
    hits: list[SkillHit],
    noise: NoiseFilter,
    title_hits: Iterable[SkillHit] = (),
) -> list[Requirement]:
    """Every ask of the posting, in document order. A skill only the title names ("Backend
    Engineer") is ``mentioned``, with the title as its evidence."""
    block = has_requirements_block(doc)
    asks: list[_Ask] = []
    for hit in hits:
        line = doc.line_at(hit.start)
        if line is None or line.heading:
            continue
        if noise.drops(hit, line, evidence_of(line, hit.start)):
            continue
        kind = _kind_of(doc, hit, line, block)
        if kind is not None:
            asks.append(_Ask([hit], kind, line))
    items = _dedupe(_chains(doc, asks), doc)
    listed = {s.casefold() for item in items for s in item.skills}
    for hit in title_hits:
        if hit.name.casefold() not in listed:
            soft = hit.kind == "soft"
            items.insert(0, Requirement(kind="mentioned", skills=[hit.name], soft=soft))
            listed.add(hit.name.casefold())
    return items


def skill_views(items: list[Requirement], block: bool) -> tuple[list[str], list[str], list[str]]:
    """(required_skills, preferred_skills, soft_skills): the flat views older code reads.

    - required: single required asks; without a requirements block also the mentioned ones
      (the posting gives no other signal);
    - preferred: preferred asks, members of preferred one-of groups included (any of them is
      a plus);
    - a required one-of group is in neither list: three alternatives are not three musts.
      Read it from ``Job.requirements``.
    """
    required: dict[str, None] = {}
    preferred: dict[str, None] = {}
    soft: dict[str, None] = {}
    for item in items:
        if item.soft:
            for name in item.skills:
                soft[name] = None
            continue
        if item.kind == "preferred":
            for name in item.skills:
                preferred[name] = None
        elif len(item.skills) == 1 and (
            item.kind == "required" or (item.kind == "mentioned" and not block)
        ):
            required[item.skills[0]] = None
    return list(required), [p for p in preferred if p not in required], list(soft)


def ask_labels(job: Job, kind: AskKind) -> list[str]:
    """What a card shows for one kind: "SQL", "one of: R / SAS / Python", "Kubernetes (or
    similar)". Hard skills only; without a requirements block "required" also lists the
    mentioned asks, as the flat views do."""
    kinds = {kind}
    if kind == "required" and not job.has_requirements_block:
        kinds.add("mentioned")
    out: list[str] = []
    for item in job.requirements:
        if item.soft or item.kind not in kinds or not item.skills:
            continue
        out.append(item.label + (" (or similar)" if item.or_similar else ""))
    return list(dict.fromkeys(out))

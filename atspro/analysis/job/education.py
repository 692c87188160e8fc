"""Degree requirements as education, not skills.

"BA/BS in Economics, Accounting, Physics or a related field, or equivalent practical experience"
-> level BACHELOR, fields [Economics, Accounting, Physics], equivalent_experience True. The span
of the fields is returned too, so the skill reader leaves "Economics" and "Physics" alone.
"""

from __future__ import annotations

import re

from atspro.analysis.job.asks import evidence_of
from atspro.analysis.job.fields import education_mentions
from atspro.analysis.job.text import JobDoc
from atspro.models import EducationLevel, EducationRequirement

_FIELDS_AFTER = re.compile(
    r"^(?:'s)?(?:\s+(?:degree|diploma))?(?:\s*\([^()]{0,30}\))?(?:\s+(?:degree|diploma))?"
    r"(?:\s+of\s+(?:Science|Arts|Applied Science|Business Administration|Engineering|Fine Arts)"
    r"(?:\s+degree)?)?(?:\s*\([^()]{0,30}\))?\s+(?:in|of|within)\s+(?:the\s+field\s+of\s+)?"
    r"(?P<fields>[^.;:()\n]{2,160})",
    re.IGNORECASE,
)
# "Doctor of Pharmacy" names the field in the degree itself.
_DEGREE_OF = re.compile(
    r"(?i:doctor|bachelor|master)\s+of\s+(?!(?i:science|arts|applied|business)\b)([A-Z]\w+)"
)
_FIELDS_END = re.compile(
    r",?\s+or\s+(?:a\s+|an\s+|any\s+|other\s+)?(?:closely\s+)?(?:related|relevant|similar|"
    r"equivalent|comparable)\b|,?\s+(?:from|with|and\s+\d|plus|or\s+equivalent|preferred|"
    r"required|is\s+|are\s+)\b|,?\s+(?:or|and)\s+\d",
    re.IGNORECASE,
)
_FIELD_SPLIT = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and/or\s+|\s*/\s*", re.I)
_NOT_A_FIELD = re.compile(
    r"\b(?:related|relevant|similar|equivalent|field|subject|discipline|area|experience|"
    r"years?|degree|program|programme)\b",
    re.IGNORECASE,
)
_EQUIVALENT = re.compile(
    r"\bor (?:an? )?equivalent\b|\bequivalent (?:practical |work |professional |relevant |"
    r"industry )?experience\b|\bin lieu of\b|\bor (?:relevant |related |comparable )?"
    r"(?:work |professional )?experience\b",
    re.IGNORECASE,
)


def _fields(text: str) -> tuple[list[str], int]:
    """(fields, length of the text they take) from the text right after a degree mention."""
    m = _FIELDS_AFTER.match(text)
    if not m:
        return [], 0
    raw = m.group("fields")
    end = _FIELDS_END.search(raw)
    if end:
        raw = raw[: end.start()]
    out = []
    for part in _FIELD_SPLIT.split(raw):
        part = re.sub(r"^(?:a|an|the)\s+", "", part.strip(" ,"), flags=re.I)
        if not part or _NOT_A_FIELD.search(part) or len(part.split()) > 5:
            continue
        out.append(part)
    return out, m.start("fields") + len(raw)


Mention = tuple[int, int, EducationLevel, str]


def find_degree(
    doc: JobDoc, mentions: list[Mention] | None = None
) -> tuple[EducationRequirement | None, list[tuple[int, int]]]:
    """The posting's degree ask (required before preferred, the lowest level accepted) and
    the text spans of degree clauses, whose words are not skills. ``mentions`` are
    :func:`education_mentions` when the caller has them already."""
    text = doc.text
    best: tuple[int, int, EducationRequirement] | None = None
    spans: list[tuple[int, int]] = []
    mentions = education_mentions(doc) if mentions is None else mentions
    pending = None  # the lowest level of adjacent mentions ("BS/MS", "Bachelor's or Master's")
    for i, (start, end, level, label) in enumerate(mentions):
        line = doc.line_at(start)
        if line is None:
            continue
        level = min(level, pending) if pending is not None else level
        # Fields follow the last of adjacent mentions ("BA/BS in …").
        nxt = mentions[i + 1][0] if i + 1 < len(mentions) else None
        if nxt is not None and nxt - end <= 16 and text[end:nxt].strip(" /,") in ("", "or"):
            spans.append((start, nxt))
            pending = level
            continue
        pending = None
        after = text[end : line.end]
        fields, taken = _fields(after)
        of = _DEGREE_OF.match(text[start : line.end])
        if not fields and of:
            fields = [of.group(1)]
            taken = max(taken, of.end() - (end - start))
        spans.append((start, end + taken))
        sentence = evidence_of(line, start)
        item = EducationRequirement(
            level=level,
            fields=fields,
            equivalent_experience=bool(_EQUIVALENT.search(sentence)),
            kind="required" if label == "req" else "preferred",
            evidence=sentence,
        )
        rank = (0 if label == "req" else 1, int(level))
        if best is None or rank < best[:2] or (rank == best[:2] and not best[2].fields and fields):
            best = (*rank, item)
    return (best[2] if best else None), spans

"""Negated mentions earn nothing: "built the portal without Angular" does not show Angular.

A resume sometimes names a skill only to say it was *not* used ("without Angular JS and
AJAX", "no experience with Kafka", "minus Oracle"). Counting such a mention as evidence rewards
the opposite of what the line says. :func:`mask_negated` blanks the words a negation governs,
keeping every offset and line, so the scorer's lookups simply do not find them.

The span is short on purpose: from the cue to the end of the clause (punctuation, a spaced
dash, "but"), and never past a word that starts a new phrase ("using", "with", "by"…), so
"shipped without downtime using Kubernetes" still shows Kubernetes.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A cue, then the governed words. Cues with their own preposition ("no experience with")
# include it, so the stop words below do not end the span at once.
_CUE = (
    r"without(?:\s+(?:any|using|the\s+use\s+of))?|minus"
    r"|no\s+(?:prior\s+|formal\s+|hands-on\s+)?(?:experience|knowledge|exposure)\s+(?:in|with|of)"
    r"|not\s+(?:yet\s+)?(?:familiar|experienced|proficient|skilled|trained)\s+(?:in|with)"
    r"|lack(?:s|ing)?(?:\s+of)?(?:\s+(?:experience|knowledge)\s+(?:in|with|of))?"
    r"|never\s+(?:used|worked\s+with)"
)
# Words that start a new phrase: the negation does not reach past them.
_STOP = (
    r"using|use|with|by|via|through|while|for|in|on|across|to|from|at|as|into|who|which|that"
    r"|but|yet|however|then|and\s+(?:still|also|then)"
)
_NEGATED_RE = re.compile(
    rf"\b(?:{_CUE})\b[ \t]+(?P<span>(?:(?!\b(?:{_STOP})\b)[^\n.;:!?()\[\],]){{1,80}}?)"
    r"(?=\s+[-–—]|[-–—]\s|[\n.;:!?()\[\],]|\s+\b(?:" + _STOP + r")\b|$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def mask_negated(text: str) -> str:
    """``text`` with the words a negation governs replaced by spaces (same length, same lines)."""
    if not _NEGATED_RE.search(text):
        return text
    return _NEGATED_RE.sub(_blank, text)


def _blank(m: re.Match[str]) -> str:
    start, end = m.span("span")
    whole = m.group(0)
    offset = m.start()
    return whole[: start - offset] + " " * (end - start) + whole[end - offset :]

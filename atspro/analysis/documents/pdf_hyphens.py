"""Words a PDF's text layer breaks at a line end with a hyphen ("develop-" / "ment").

A typeset line (LaTeX, Word with hyphenation on, a browser's ``hyphens: auto``) ends in a
piece of a word and a hyphen; the rest of the word opens the next line. Read as drawn, the
pieces are no words ("deploy-" and "ment", "Kuber-" and "netes": a skill lost). The word is put
back whole on the first line, and the rest of the next line stays a line of its own, so the
line structure (a bullet and its wrapped lines) is kept.

Whether the hyphen was only the break or belongs to the word ("role-" / "based") is decided
by the document itself first — the same word written elsewhere with a hyphen or a space, or
as one word — and then by English word frequencies (``wordninja``'s list): the whole word
when it is a more likely word than its two pieces ("deployment", "comfortable"; "sub-users"
keeps its hyphen: "subusers" is not in the list, "sub" and "users" are). A piece that is
not a word at all ("Kuber-" / "netes") is a break.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

# a line ending in a word piece and a hyphen: letters only, at least two, the last lower case
_HEAD = re.compile(r"(?:(?<=\s)|^)[(\"'‘“]?([A-Za-z]*[a-z])-$")
# the next line opening with the rest of the word, lower case, then a space or punctuation
_TAIL = re.compile(r"([a-z]+)([,.;:!?)\"'’”]*)(?=\s|$)")
_MIN_HEAD = 2  # "e-" / "mail": a one-letter prefix keeps its hyphen
_MIN_SPACED = 3  # pieces written apart elsewhere ("open source") count from this length


def join_hyphenated(pages: list[str]) -> list[str]:
    """Each page's text with the words broken at a line end put back together."""
    if not any(_candidate(text) for text in pages):
        return pages
    evidence = _Evidence(" ".join(" ".join(text.split()) for text in pages).lower())
    return [_join_page(text, evidence) if _candidate(text) else text for text in pages]


def _candidate(text: str) -> bool:
    return "-\n" in text


def _join_page(text: str, evidence: _Evidence) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        head = _HEAD.search(line)
        tail = _TAIL.match(lines[i + 1]) if head and i + 1 < len(lines) else None
        if head and tail and len(head.group(1)) >= _MIN_HEAD:
            word = evidence.spelling(head.group(1), tail.group(1))
            rest = lines[i + 1][tail.end() :].strip()
            lines[i + 1] = rest  # may end in a broken word too: read on from it
            out.append(line[: head.start(1)] + word + tail.group(2))
            i += 1
            if not rest:
                i += 1  # the whole next line was the word's end
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


class _Evidence:
    """How the document itself writes a word, else which spelling is the likelier word."""

    def __init__(self, flat_lower: str) -> None:
        self.flat = f" {flat_lower} "
        self._words: set[str] | None = None

    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", self.flat))
        return self._words

    def spelling(self, head: str, tail: str) -> str:
        h, t = head.lower(), tail.lower()
        words = self.words()
        spaced = min(len(h), len(t)) >= _MIN_SPACED and f" {h} {t} " in self.flat
        if spaced or f"{h}-{t}" in words:
            return f"{head}-{tail}"
        if h + t in words:
            return head + tail
        cost = _word_costs()
        joined = cost.get(h + t, math.inf)
        split = cost.get(h, math.inf) + cost.get(t, math.inf)
        return head + tail if joined <= split else f"{head}-{tail}"


@lru_cache(maxsize=1)
def _word_costs() -> dict[str, Any]:
    import wordninja

    # cost = log((rank + 1) * log(vocabulary size)): lower is more frequent
    return wordninja.DEFAULT_LANGUAGE_MODEL._wordcost  # type: ignore[no-any-return]

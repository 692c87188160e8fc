"""Names found in a line word by word, whatever the case and punctuation between words: where
the employers, schools, titles and places a resume names stand, so a skill's words inside one
are no claim (issue 14). Read by the skill hits' filter and the skills-list reading."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from atspro.analysis.resume import text as tx

WORD = re.compile(r"\w+")
_MAX_PHRASE_WORDS = 12  # a longer "employer" or "title" is a misread sentence, not a name


@dataclass(slots=True)
class Spans:
    """Where phrases stand in a line: their starts, in order, and the furthest end reached by
    any phrase starting at or before each start (so one bisection answers "is it inside?")."""

    starts: list[int]
    reach: list[int]

    def covers(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and self.reach[k] >= end


class Phrases:
    """Names matched word by word, whatever the case and punctuation between words. Finding
    them costs the line's words times the few distinct phrase lengths: linear in the text,
    however many employers, titles and schools the resume names."""

    def __init__(self, names: list[str]) -> None:
        self.keys: set[tuple[str, ...]] = set()
        for name in names:
            key = tuple(w.casefold() for w in WORD.findall(name))
            if 0 < len(key) <= _MAX_PHRASE_WORDS:
                self.keys.add(key)
        self.firsts = {k[0] for k in self.keys}
        self.lengths = sorted({len(k) for k in self.keys}, reverse=True)

    def spans_in(self, line: str) -> Spans:
        if self.firsts.isdisjoint(WORD.findall(line.casefold())):
            return Spans([], [])  # most lines: no name starts in them
        found = list(WORD.finditer(line))
        words = [m.group(0).casefold() for m in found]
        starts: list[int] = []
        reach: list[int] = []
        for i, word in enumerate(words):
            if word not in self.firsts:
                continue
            for n in self.lengths:  # longest first: the widest span at this start
                if i + n <= len(words) and tuple(words[i : i + n]) in self.keys:
                    starts.append(found[i].start())
                    reach.append(max(found[i + n - 1].end(), reach[-1] if reach else -1))
                    break
        return Spans(starts, reach)


# little words at a phrase's edge: no initial of a name, no end of a list item
EDGE_WORDS = tx.word_set("of and or on in to for with the a an at by from than")

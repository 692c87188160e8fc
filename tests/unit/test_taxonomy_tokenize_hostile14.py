"""The tokenizer stays linear on runs of punctuation with no token after them (round 14 review):
a 20,000-character line of ",.-" took ~18 s through parse_resume, the lazy separator group
rescanning the run from every position."""

from __future__ import annotations

import random
import re

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.taxonomy.text import tokenize

# The pattern as it was: the tokens must be exactly what a plain findall over the whole text gives.
_PLAIN = re.compile(r"([\W_]*?)((?<![^\W_])\.[^\W_]+|[^\W_]+(?:\+\+|\+(?![^\W_])|#(?![^\W_]))?)")


def test_tokens_are_what_a_plain_findall_gives() -> None:
    rng = random.Random(14)
    alphabet = "ab C+#.-_/,;: ()é1\u00a0+"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        pairs = _PLAIN.findall(text)
        tokens = tokenize(text)
        assert tokens.seps == [s for s, _ in pairs], text
        assert tokens.orig == [t for _, t in pairs], text


@pytest.mark.parametrize("tail", ["C++", "C#", "Python", ".NET"])
@pytest.mark.parametrize("after", ["", ",,,", " --- ", ". "])
def test_a_suffix_at_the_end_survives(tail: str, after: str) -> None:
    """The last token keeps its "++" or "#" however much punctuation follows it."""
    assert tokenize(f"Skills: {tail}{after}").orig[-1] == tail


class _Spy:
    """Stands in for the token pattern and records the span each findall is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.spans: list[int] = []

    def findall(self, text: str, pos: int = 0, endpos: int = 2**31) -> list[tuple[str, str]]:
        self.spans.append(min(endpos, len(text)) - pos)
        return self.pattern.findall(text, pos, endpos)


@pytest.mark.parametrize("text", [",.-" * 5000, "Python" + ",.-" * 5000, "C++" + " ( [" * 4000])
def test_a_run_after_the_last_token_is_not_scanned(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run after the last word character is left out of the scan (the old findall scanned
    it from every position: quadratic)."""
    from atspro.analysis.taxonomy import text as taxonomy_text

    spy = _Spy(_PLAIN)
    monkeypatch.setattr(taxonomy_text, "_PAIR_RE", spy)
    tokens = tokenize(text)
    assert sum(spy.spans) <= len(text.rstrip(",.-([ ")) + 2
    assert tokens.tail == (text[tokens.end[-1] :] if tokens.end else text)


@pytest.mark.parametrize("run", [",.-", "-–,|:(", "(["])
def test_a_punctuation_blob_through_the_parser(run: str) -> None:
    blob = run * (20_400 // len(run))  # one line under the parser's line cut (~18 s before)
    for heading in ("SKILLS", "EXPERIENCE"):
        resume = parse_resume(f"Jane Doe\njane.doe@example.com\n{heading}\n{blob}\nPython, SQL\n")
        assert resume.contact.full_name == "Jane Doe"
        assert resume.contact.email == "jane.doe@example.com"

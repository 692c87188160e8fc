"""Tokens and context tests for skill and title matching (used by ``skills.py`` and the build).

Text is split once into word tokens. A token is a run of letters/digits, optionally with "++",
"+" or "#" ("C++", "C#", "A+"), or a word right after a dot that does not follow a letter
(".NET"). Everything between two tokens is their separator; separators decide whether tokens
may form one phrase ("machine learning", "CI / CD": yes; "C#, .NET": no) and whether they are
glued into one term ("Node.js" = "NodeJS", "CI/CD" = "CICD").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain

# (separator, token) pairs; findall runs in C, which matters for 2-page resumes.
_PAIR_RE = re.compile(r"([\W_]*?)((?<![^\W_])\.[^\W_]+|[^\W_]+(?:\+\+|\+(?![^\W_])|#(?![^\W_]))?)")
# Separators that glue two tokens into one term ("Node.js", "CI/CD", "scikit-learn", "R&D").
GLUE = frozenset(".-/&'’_")
# Also allowed inside a phrase with spaces around: "CI / CD", "Research & Development".
_PHRASE_GLUE = frozenset("-/&–")
_LIST_LEFT = frozenset(",;/|(:•·-–—*▪●")
_LIST_RIGHT = frozenset(",;/|)")
_LIST_WORDS = frozenset({"and", "or", "in", "with", "using", "including"})
_LIST_RIGHT_WORDS = frozenset({"and", "or"})
_SENTENCE_END = frozenset(".!?•-*:")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Markers of web and e-mail addresses ("linkedin.com/in/jane" must not yield "LinkedIn"). Each
# marker is searched as a literal, then widened to its whitespace-delimited chunk; scanning the
# text once with a general URL pattern costs more than matching all the skills.
_ADDRESS_MARK_RE = re.compile(
    r"@|://|www\.|\.(?:com|org|edu|gov|co|uk|me|ai|app|dev)\b|\.(?:io|net)/"
)
_SPACE_RE = re.compile(r"\s")
_TITLE_RIGHT_OK = frozenset(",|-–—@(:;/")


@dataclass(frozen=True, slots=True)
class Tokens:
    text: str
    low: list[str]  # lower-cased tokens
    orig: list[str]  # tokens as written
    start: list[int]
    end: list[int]
    seps: list[str]  # seps[i]: text between token i-1 (or the start) and token i
    tail: str  # text after the last token
    link: list[bool]  # link[i]: tokens i-1 and i may belong to one phrase
    glue: list[bool]  # glue[i]: tokens i-1 and i are glued by one punctuation mark

    def __len__(self) -> int:
        return len(self.low)

    def sep_before(self, i: int) -> str:
        return self.seps[i]

    def sep_after(self, i: int) -> str:
        return self.seps[i + 1] if i + 1 < len(self.seps) else self.tail


_EMPTY = Tokens("", [], [], [], [], [], "", [], [])


_WORD_CHAR = re.compile(r"[^\W_]")


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens with offsets and separators."""
    # The lazy separator group rescans a run with no token after it from every position
    # (quadratic on a hostile line of punctuation): findall stops two characters past the
    # last word character (room for a "++" or "#" suffix), beyond which nothing can match.
    last = _WORD_CHAR.search(text[::-1])
    pairs = _PAIR_RE.findall(text, 0, len(text) - last.start() + 2) if last else []
    if not pairs:
        return Tokens(text, [], [], [], [], [], text, [], []) if text else _EMPTY
    seps, orig = map(list, zip(*pairs, strict=True))
    offsets = list(
        accumulate(chain.from_iterable(zip(map(len, seps), map(len, orig), strict=True)))
    )
    starts, ends = offsets[0::2], offsets[1::2]
    low = " ".join(orig).lower().split(" ")
    if len(low) != len(orig):  # lower() never adds spaces, but stay correct if it ever did
        low = [t.lower() for t in orig]
    link = list(map(_links, seps))
    glue = list(map(GLUE.__contains__, seps))
    link[0] = glue[0] = False
    return Tokens(text, low, orig, starts, ends, seps, text[ends[-1] :], link, glue)


@lru_cache(maxsize=4096)
def _links(sep: str) -> bool:
    """Can two tokens with ``sep`` between them belong to one phrase? Phrases never cross commas,
    brackets, line breaks, sentence ends or gaps of two spaces."""
    if sep == " " or sep in GLUE:
        return True
    if "\n" in sep or "  " in sep:
        return False  # a gap of two spaces parts columns or stands for a dropped comma
    core = sep.strip()
    return not core or (len(core) == 1 and core in _PHRASE_GLUE)


def phrase_keys(label: str) -> list[tuple[str, str]]:
    """Index keys for a label, as (key, case form) pairs.

    The spaced key joins the lower-cased tokens with spaces ("node js"); when all tokens are glued
    by punctuation ("Node.js", "CI/CD") the joined key ("nodejs") is added too. The case form is
    the original tokens joined without spaces, used for exact-case rules.
    """
    pairs = _PAIR_RE.findall(label)
    if not pairs:
        return []
    orig = [tok for _sep, tok in pairs]
    low = [tok.lower() for tok in orig]
    case_form = "".join(orig)
    keys = [(" ".join(low), case_form)]
    if len(pairs) > 1 and all(sep in GLUE for sep, _tok in pairs[1:]):
        keys.append(("".join(low), case_form))
    return keys


def normalize_term(term: str) -> str:
    """The spaced lower-case key of a term ("Node.JS" -> "node js")."""
    return " ".join(tok for _sep, tok in _PAIR_RE.findall(term)).lower()


def singular(word: str) -> str | None:
    """A naive singular for plural fall-back lookups ("apis" -> "api"), or None."""
    if len(word) < 4 or word[-1] != "s" or not word.isalpha():
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ss", "us", "is")):
        return None
    return word[:-1]


def url_tokens(toks: Tokens) -> set[int]:
    """Indexes of tokens inside web or e-mail addresses."""
    text = toks.text
    out: set[int] = set()
    pos = 0
    for m in _ADDRESS_MARK_RE.finditer(text):
        if m.start() < pos:
            continue  # inside the chunk already handled
        left = m.start()
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        found = _SPACE_RE.search(text, m.end())
        pos = found.start() if found else len(text)
        for idx in range(bisect.bisect_left(toks.start, left), len(toks.start)):
            if toks.start[idx] >= pos:
                break
            out.add(idx)
    return out


def followed_by_year(toks: Tokens, j: int) -> bool:
    """ "Spring 2021", "Swift 2019": a season or a name followed by a year is not a skill."""
    return j < len(toks) and toks.sep_before(j) == " " and bool(_YEAR_RE.fullmatch(toks.low[j]))


def starts_sentence(toks: Tokens, i: int) -> bool:
    if i == 0:
        return True
    sep = toks.sep_before(i)
    return "\n" in sep or sep.strip()[-1:] in _SENTENCE_END


_TOOL_GAPS = (" ", "  ")


def in_list(toks: Tokens, i: int, j: int, tools: Container[int] = ()) -> bool:
    """True when tokens i..j-1 stand as one item of a list ("Python, R, SQL", "C/C++"). In text
    whose commas were lost ("program in C C++ C#", "Basic in R SPSS HTML") a named tool one space
    away (a token index in ``tools``) stands for the separator on that side."""
    # one space, or a cell gap's two ("Rust  Haskell  C": tags, each in a box)
    tool_left = i > 0 and toks.seps[i] in _TOOL_GAPS and (i - 1) in tools
    tool_right = j < len(toks) and toks.seps[j] in _TOOL_GAPS and j in tools
    return (tool_left or _list_left(toks, i)) and (tool_right or _list_right(toks, j))


def _list_left(toks: Tokens, i: int) -> bool:
    left = toks.sep_before(i) if i > 0 else "\n"
    left_s = left.strip()
    if left_s:
        # "Objective-C", "R&D": a glued hyphen or ampersand is not a list separator
        return left_s[-1] in _LIST_LEFT and left not in {"-", "&", "'"}
    return "\n" in left or i == 0 or toks.low[i - 1] in _LIST_WORDS


def _list_right(toks: Tokens, j: int) -> bool:
    right = toks.sep_after(j - 1)
    right_s = right.strip()
    at_end = j >= len(toks)
    if right_s:
        if right in GLUE and right != "/":
            return False  # "R&D", "C-suite", "R's", "R.Smith"
        return right_s[0] in _LIST_RIGHT or (right_s in {".", ")."} and ("\n" in right or at_end))
    return at_end or "\n" in right or toks.low[j] in _LIST_RIGHT_WORDS


def standalone_title(toks: Tokens, i: int) -> bool:
    """A one-word title counts only when capitalised and on its own (line or before a separator):
    "Accountant\\nAcme Corp", "Accountant, Acme", "Accountant at Acme"."""
    if not toks.orig[i][:1].isupper():
        return False
    if i > 0 and not starts_sentence(toks, i) and toks.sep_before(i).strip()[-1:] not in "|,(@":
        return False
    right = toks.sep_after(i)
    right_s = right.strip()
    if "\n" in right or i + 1 >= len(toks):
        return True
    if right_s:
        return right_s[0] in _TITLE_RIGHT_OK
    return toks.low[i + 1] == "at"

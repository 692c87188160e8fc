"""Skills and job-title taxonomy: find and normalise skills and titles in text.

The index is built offline by ``scripts/build_taxonomy.py`` from ESCO, O*NET and a curated alias
list, and shipped as ``atspro/data/taxonomy.json.gz`` (see docs/skills.md). This module only loads
it and matches; it never reads the raw sources.

Matching works on tokens, not characters, so "Excel" never matches inside "excellent" and "Java"
never inside "JavaScript". Text is tokenised once; each position tries the longest known phrase
first (phrases are keyed by their lower-cased tokens joined with spaces, and tokens glued by
punctuation such as "Node.js" or "CI/CD" are also tried joined: "nodejs", "cicd"). Ambiguous
terms carry rules: exact capitalisation ("Go", "Word", "Chef"), a technical neighbour nearby
("Spring", "Swift") or list context ("R", "C" only as items of a list of skills).
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

SkillKindT = Literal["hard", "soft"]

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "taxonomy.json.gz"
INDEX_VERSION = 1

# Rule bits stored with each surface form in the index (kept in sync with the build script).
RULE_EXACT = 1  # the text must have exactly the stored capitalisation ("Go", "Word")
RULE_TECH = 2  # another technical skill must be mentioned within NEAR_TOKENS tokens
RULE_LIST = 4  # the term must stand as an item of a list ("Python, R, SQL"; "C/C++")
RULE_BLOCK = 8  # a known non-skill phrase ("go to", "C-suite", "make sure")
RULE_START = 16  # at the start of a line or sentence a technical neighbour is required ("React")

# Skill flag bits.
FLAG_TECH = 1  # a named technology or technical skill (counts as context for RULE_TECH)
FLAG_HOT = 2  # O*NET "Hot Technology"
FLAG_LANGUAGE = 4  # a human language (English, Spanish…)

NEAR_TOKENS = 10

# A token is a run of letters/digits, optionally with "++", "+" or "#" ("C++", "C#", "A+"), or a
# word preceded by a dot that does not follow a letter (".NET").
_TOKEN_RE = re.compile(r"(?<![^\W_])\.[^\W_]+|[^\W_]+(?:\+\+|\+(?![^\W_])|#(?![^\W_]))?")
# Separators that glue two tokens into one term ("Node.js", "CI/CD", "scikit-learn", "R&D").
_GLUE = frozenset(".-/&'’_")
_PHRASE_GLUE = frozenset("-/&–")  # also between words with spaces around: "CI / CD"
_LIST_LEFT = frozenset(",;/|(:•·-–—*▪●")
_LIST_RIGHT = frozenset(",;/|)")
_LIST_WORDS = frozenset({"and", "or", "in", "with", "using", "including"})
_LIST_RIGHT_WORDS = frozenset({"and", "or"})
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Web and e-mail addresses: "linkedin.com/in/jane" must not yield "LinkedIn".
_URL_RE = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[\w-]+\.)+(?:com|org|net|io|dev|me|co|ai|app)/\S*|\b(?:[\w-]+\.)+(?:com|org)\b"
)

# Seniority / level words stripped from job titles ("Senior Software Engineer" -> "Software
# Engineer") and trailing grades ("Engineer II").
_SENIORITY = frozenset(
    {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "entry", "mid"}
)
_SENIORITY_JOINERS = frozenset({"level"})
_LEVELS = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"})
_TITLE_RIGHT_OK = frozenset(",|-–—@(:;/")


@dataclass(frozen=True, slots=True)
class SkillHit:
    name: str  # canonical name
    kind: SkillKindT
    surface: str  # the text as written
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TitleHit:
    title: str  # canonical title as written in the taxonomy
    occupation: str  # O*NET-SOC code
    surface: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SkillInfo:
    name: str
    kind: SkillKindT
    tech: bool  # named technology / technical skill
    hot: bool  # O*NET Hot Technology (frequently named in job postings)
    language: bool  # a human language


@dataclass(frozen=True, slots=True)
class _Tokens:
    text: str
    low: list[str]
    orig: list[str]
    start: list[int]
    end: list[int]
    # reach[i]: one past the last token that can share a phrase with token i. Phrases never
    # cross commas, brackets, line breaks or sentence ends: "C#, .NET" is two skills.
    reach: list[int]

    def sep_before(self, i: int) -> str:
        """Text between the previous token (or the start of the text) and token i."""
        return self.text[self.end[i - 1] if i > 0 else 0 : self.start[i]]

    def sep_after(self, i: int) -> str:
        """Text between token i and the next token (or the end of the text)."""
        nxt = self.start[i + 1] if i + 1 < len(self.start) else len(self.text)
        return self.text[self.end[i] : nxt]


def tokenize(text: str) -> _Tokens:
    """Split ``text`` into word tokens with their offsets (shared with the build script)."""
    low: list[str] = []
    orig: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0)
        orig.append(tok)
        low.append(tok.lower())
        starts.append(m.start())
        ends.append(m.end())
    n = len(low)
    reach = [n] * n
    for i in range(n - 2, -1, -1):
        reach[i] = reach[i + 1] if _links(text[ends[i] : starts[i + 1]]) else i + 1
    return _Tokens(text, low, orig, starts, ends, reach)


def _links(sep: str) -> bool:
    """Can two tokens with ``sep`` between them belong to one phrase?"""
    if sep == " " or _is_glue(sep):
        return True
    if "\n" in sep:
        return False
    core = sep.strip()
    return not core or (len(core) == 1 and core in _PHRASE_GLUE)


def phrase_keys(label: str) -> list[tuple[str, str]]:
    """Index keys for a label, as (key, case form) pairs.

    The spaced key joins the lower-cased tokens with spaces ("node js"); when all tokens are glued
    by punctuation ("Node.js", "CI/CD") the joined key ("nodejs") is added too. The case form is
    the original tokens joined without spaces, used by RULE_EXACT.
    """
    toks = tokenize(label)
    if not toks.low:
        return []
    case_form = "".join(toks.orig)
    keys = [(" ".join(toks.low), case_form)]
    if len(toks.low) > 1 and all(
        _is_glue(label[toks.end[i] : toks.start[i + 1]]) for i in range(len(toks.low) - 1)
    ):
        keys.append(("".join(toks.low), case_form))
    return keys


def normalize_term(term: str) -> str:
    """The spaced lower-case key of a term ("Node.JS" -> "node js")."""
    return " ".join(tokenize(term).low)


def _is_glue(sep: str) -> bool:
    return len(sep) == 1 and sep in _GLUE


def _singular(word: str) -> str | None:
    """A naive singular for plural fall-back lookups ("APIs" -> "api"), or None."""
    if len(word) < 4 or not word.isalpha():
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return None


class SkillIndex:
    """Loaded taxonomy. Build one with :func:`get_index` (cached) or ``SkillIndex.load(path)``."""

    def __init__(self, data: dict) -> None:
        if data.get("version") != INDEX_VERSION:
            raise ValueError(
                f"The skills index has version {data.get('version')!r}, expected {INDEX_VERSION}. "
                "Rebuild it with: python scripts/build_taxonomy.py"
            )
        self.meta: dict = data.get("meta", {})
        self._names: list[str] = [s[0] for s in data["skills"]]
        self._kinds: list[SkillKindT] = ["soft" if s[1] == "s" else "hard" for s in data["skills"]]
        self._flags: list[int] = [s[2] for s in data["skills"]]
        # key -> list of (skill id, rule bits, case form); a bare int means (id, 0, "").
        self._keys: dict[str, list | int] = data["keys"]
        # first token of each key -> max number of tokens of a key starting with it
        self._first_len: dict[str, int] = data["first_len"]
        self._max_joined: int = data.get("max_joined", 4)
        self._by_name: dict[str, int] = {n.lower(): i for i, n in enumerate(self._names)}

        self._occ_codes: list[str] = [o[0] for o in data["occupations"]]
        self._occ_titles: list[str] = [o[1] for o in data["occupations"]]
        # title key -> [display title, [occupation ids, best first], flags]
        self._titles: dict[str, list] = data["titles"]
        self._title_first_len: dict[str, int] = data["title_first_len"]
        self._titles_by_occ: dict[int, list[str]] | None = None

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: Path | str = DATA_FILE) -> SkillIndex:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError as exc:
            raise FileNotFoundError(
                f"The skills index {path} is missing. Rebuild it with: "
                "python scripts/build_taxonomy.py"
            ) from exc
        return cls(data)

    # ------------------------------------------------------------------ skills
    def find(self, text: str) -> list[SkillHit]:
        """All skill mentions in ``text``, in order, non-overlapping (longest match wins)."""
        toks = tokenize(text)
        skip = _url_tokens(toks)
        # Pass 1: greedy longest match. Candidates that need context are checked afterwards,
        # once every unconditional hit (the "anchors") is known.
        raw: list[tuple[int, int, int, int]] = []  # (first token, end token, skill id, rules)
        i, n = 0, len(toks.low)
        while i < n:
            found = None if i in skip else self._match_at(toks, i)
            if found is None:
                i += 1
                continue
            j, sid, rules = found
            if not rules & RULE_BLOCK:
                raw.append((i, j, sid, rules))
            i = j
        anchors = [
            a[0]
            for a in raw
            if not a[3] & (RULE_TECH | RULE_LIST | RULE_START) and self._flags[a[2]] & FLAG_TECH
        ]
        hits: list[SkillHit] = []
        for i, j, sid, rules in raw:
            if rules & (RULE_TECH | RULE_LIST | RULE_START) and not _context_ok(
                toks, i, j, rules, anchors
            ):
                continue
            start, end = toks.start[i], toks.end[j - 1]
            hits.append(SkillHit(self._names[sid], self._kinds[sid], text[start:end], start, end))
        return hits

    def _entries(self, key: str) -> list | None:
        e = self._keys.get(key)
        if e is None:
            return None
        return [(e, 0, "")] if isinstance(e, int) else e

    def _match_at(self, toks: _Tokens, i: int) -> tuple[int, int, int] | None:
        """Longest (end token, skill id, rules) starting at token i, or None."""
        low, orig = toks.low, toks.orig
        n = toks.reach[i]
        longest = self._first_len.get(low[i], 0)
        # Tokens glued to token i by punctuation may form a joined key ("node"+"js").
        glued = i
        while (
            glued + 1 < n
            and glued - i + 1 < self._max_joined
            and _is_glue(toks.text[toks.end[glued] : toks.start[glued + 1]])
        ):
            glued += 1
        for j in range(min(n, i + max(longest, glued - i + 1)), i, -1):
            span = low[i:j]
            keys = []
            if j - i <= longest:
                keys.append(" ".join(span))
            if j - i > 1 and j - 1 <= glued:
                keys.append("".join(span))
            for key in keys:
                hit = self._pick(self._entries(key), "".join(orig[i:j]))
                if hit is not None:
                    return j, hit[0], hit[1]
            if j - i <= longest:
                single = _singular(span[-1])
                if single is not None:
                    key = " ".join([*span[:-1], single])
                    entries = self._entries(key)
                    if entries:
                        entries = [e for e in entries if not e[1] & RULE_EXACT]
                        hit = self._pick(entries, "")
                        if hit is not None:
                            return j, hit[0], hit[1]
        return None

    @staticmethod
    def _pick(entries: list | None, case_form: str) -> tuple[int, int] | None:
        if not entries:
            return None
        for sid, rules, form in entries:
            if rules & RULE_EXACT and form != case_form:
                continue
            return sid, rules
        return None

    def _lookup(self, term: str) -> int | None:
        """Skill id for a whole term, ignoring case and context rules."""
        key = normalize_term(term)
        if not key:
            return None
        sid = self._by_name.get(term.strip().lower())
        if sid is not None:
            return sid
        candidates = [key, key.replace(" ", "")]
        parts = key.split(" ")
        single = _singular(parts[-1])
        if single:
            candidates.append(" ".join([*parts[:-1], single]))
        for k in candidates:
            entries = self._entries(k)
            if entries:
                for sid, rules, _form in entries:
                    if not rules & RULE_BLOCK:
                        return sid
        return None

    def canonical(self, term: str) -> str | None:
        """Canonical skill name for a term (any known spelling), or None."""
        sid = self._lookup(term)
        return None if sid is None else self._names[sid]

    def kind(self, name: str) -> SkillKindT | None:
        """ "hard" or "soft" for a skill (any known spelling), or None when unknown."""
        sid = self._lookup(name)
        return None if sid is None else self._kinds[sid]

    def is_skill(self, term: str) -> bool:
        return self._lookup(term) is not None

    def info(self, term: str) -> SkillInfo | None:
        """Everything the index knows about a skill (any known spelling), or None."""
        sid = self._lookup(term)
        if sid is None:
            return None
        flags = self._flags[sid]
        return SkillInfo(
            self._names[sid],
            self._kinds[sid],
            bool(flags & FLAG_TECH),
            bool(flags & FLAG_HOT),
            bool(flags & FLAG_LANGUAGE),
        )

    @property
    def skill_count(self) -> int:
        return len(self._names)

    # ------------------------------------------------------------------ titles
    def find_titles(self, text: str) -> list[TitleHit]:
        """Job titles in ``text``, in order, non-overlapping (longest match wins).

        Seniority words and grades are part of the surface but not of the title:
        "Senior Software Engineer II" -> title "Software Engineer". One-word titles
        ("Accountant") must be capitalised and stand alone on their line or before a separator
        ("Accountant, Acme Corp"), since many are also common words ("Partner", "Buyer").
        """
        toks = tokenize(text)
        low, n = toks.low, len(toks.low)
        hits: list[TitleHit] = []
        i = 0
        while i < n:
            k = i
            while k < n and (low[k] in _SENIORITY or (k > i and low[k] in _SENIORITY_JOINERS)):
                k += 1
            # Prefer the title without seniority words when the taxonomy knows it.
            found = self._match_title_at(toks, k) if i < k < n else None
            if found is None:
                found = self._match_title_at(toks, i)
            if found is None:
                i += 1
                continue
            j, entry = found
            while j < n and low[j] in _LEVELS and toks.orig[j] != "i":
                j += 1
            start, end = toks.start[i], toks.end[j - 1]
            code = self._occ_codes[entry[1][0]]
            hits.append(TitleHit(entry[0], code, text[start:end], start, end))
            i = j
        return hits

    def _match_title_at(self, toks: _Tokens, i: int) -> tuple[int, list] | None:
        low = toks.low
        if i >= len(low):
            return None
        longest = self._title_first_len.get(low[i], 0)
        for j in range(min(toks.reach[i], i + longest), i, -1):
            key = " ".join(low[i:j])
            entry = self._titles.get(key)
            if entry is None:
                single = _singular(low[j - 1])
                if single is None:
                    continue
                entry = self._titles.get(" ".join([*low[i : j - 1], single]))
                if entry is None:
                    continue
            if j - i == 1 and not _standalone_title(toks, i):
                continue
            return j, entry
        return None

    def _title_entry(self, title: str) -> list | None:
        """The taxonomy entry for a whole title string, stripping seniority and grades."""
        toks = tokenize(re.sub(r"\([^)]*\)", " ", title))
        words = list(toks.low)
        while words and words[-1] in _LEVELS:
            words.pop()
        stripped = list(words)
        while stripped and (stripped[0] in _SENIORITY or stripped[0] in _SENIORITY_JOINERS):
            stripped.pop(0)
        for cand in (stripped, words):
            if not cand:
                continue
            entry = self._titles.get(" ".join(cand))
            if entry is None:
                single = _singular(cand[-1])
                if single:
                    entry = self._titles.get(" ".join([*cand[:-1], single]))
            if entry is not None:
                return entry
        hits = self.find_titles(title)
        if hits:
            best = max(hits, key=lambda h: h.end - h.start)
            return self._titles.get(normalize_term(best.title))
        return None

    def occupation(self, title: str) -> str | None:
        """Best O*NET-SOC code for a job title ("Sr. Software Engineer" -> "15-1252.00")."""
        entry = self._title_entry(title)
        return None if entry is None else self._occ_codes[entry[1][0]]

    def occupation_title(self, code: str) -> str | None:
        """O*NET occupation title for a code ("15-1252.00" -> "Software Developers")."""
        try:
            return self._occ_titles[self._occ_codes.index(code)]
        except ValueError:
            return None

    def same_occupation(self, title_a: str, title_b: str) -> bool:
        """True when both titles map to a common O*NET occupation."""
        a, b = self._title_entry(title_a), self._title_entry(title_b)
        if a is None or b is None:
            return normalize_term(title_a) == normalize_term(title_b) != ""
        return bool(set(a[1]) & set(b[1]))

    def related_titles(self, title: str) -> set[str]:
        """Other titles of the title's best occupation (empty when the title is unknown)."""
        entry = self._title_entry(title)
        if entry is None:
            return set()
        if self._titles_by_occ is None:
            by_occ: dict[int, list[str]] = {}
            for display, occs, *_ in self._titles.values():
                for occ in occs:
                    by_occ.setdefault(occ, []).append(display)
            self._titles_by_occ = by_occ
        return set(self._titles_by_occ.get(entry[1][0], [])) - {entry[0]}


def _url_tokens(toks: _Tokens) -> set[int]:
    """Indexes of tokens inside web or e-mail addresses."""
    if "." not in toks.text and "@" not in toks.text:
        return set()
    spans = [m.span() for m in _URL_RE.finditer(toks.text)]
    if not spans:
        return set()
    out: set[int] = set()
    for idx, start in enumerate(toks.start):
        for a, b in spans:
            if a <= start < b:
                out.add(idx)
                break
    return out


def _context_ok(toks: _Tokens, i: int, j: int, rules: int, anchors: list[int]) -> bool:
    near = _has_anchor_near(anchors, i, j)
    if rules & RULE_TECH:
        if not near:
            return False
        # "Spring 2021", "Swift 2019": a season or a name followed by a year is not a skill
        if (
            j < len(toks.low)
            and _YEAR_RE.fullmatch(toks.low[j])
            and not toks.sep_after(j - 1).strip()
        ):
            return False
    if rules & RULE_LIST and not _in_list(toks, i, j):
        return False
    return not (rules & RULE_START and not near and _starts_sentence(toks, i))


def _has_anchor_near(anchors: list[int], i: int, j: int) -> bool:
    lo = bisect.bisect_left(anchors, i - NEAR_TOKENS)
    return lo < len(anchors) and anchors[lo] <= j - 1 + NEAR_TOKENS


def _starts_sentence(toks: _Tokens, i: int) -> bool:
    if i == 0:
        return True
    sep = toks.sep_before(i)
    return "\n" in sep or sep.strip()[-1:] in {".", "!", "?", "•", "-", "*", ":"}


def _in_list(toks: _Tokens, i: int, j: int) -> bool:
    """True when tokens i..j-1 stand as one item of a list ("Python, R, SQL", "C/C++")."""
    left = toks.sep_before(i) if i > 0 else "\n"
    right = toks.sep_after(j - 1)
    left_s, right_s = left.strip(), right.strip()
    if left_s:
        # "Objective-C", "R&D": a glued hyphen or ampersand is not a list separator
        left_ok = left_s[-1] in _LIST_LEFT and not (len(left) == 1 and left in "-&'")
    else:
        left_ok = "\n" in left or i == 0 or toks.low[i - 1] in _LIST_WORDS
    at_end = j >= len(toks.low)
    if right_s:
        if len(right) == 1 and right in _GLUE and right != "/":
            right_ok = False  # "R&D", "C-suite", "R's", "R.Smith"
        else:
            right_ok = right_s[0] in _LIST_RIGHT or (
                right_s in {".", ")."} and ("\n" in right or at_end)
            )
    else:
        right_ok = at_end or "\n" in right or toks.low[j] in _LIST_RIGHT_WORDS
    return left_ok and right_ok


def _standalone_title(toks: _Tokens, i: int) -> bool:
    """A one-word title counts only when capitalised and on its own (line or before a separator)."""
    if not toks.orig[i][:1].isupper():
        return False
    right = toks.sep_after(i)
    right_s = right.strip()
    if "\n" in right or i + 1 >= len(toks.low):
        return True
    if right_s and right_s[0] in _TITLE_RIGHT_OK:
        return True
    return not right_s and toks.low[i + 1] == "at"


@lru_cache(maxsize=1)
def get_index() -> SkillIndex:
    """The shipped index, loaded once per process."""
    return SkillIndex.load()


def canonical_names(index: SkillIndex, terms: Iterable[str]) -> list[str]:
    """Canonical names for terms, unknown ones dropped, order kept, duplicates removed."""
    seen: dict[str, None] = {}
    for term in terms:
        name = index.canonical(term)
        if name is not None:
            seen.setdefault(name, None)
    return list(seen)

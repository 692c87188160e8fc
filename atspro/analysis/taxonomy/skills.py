"""Skills and job-title taxonomy: find and normalise skills and titles in text.

The index is built offline by ``scripts/build_taxonomy.py`` from ESCO, O*NET and a curated alias
list, and shipped as ``atspro/data/taxonomy.json.gz`` (see docs/skills.md). This module only loads
it and matches; it never reads the raw sources.

Matching works on tokens (see ``skill_text.py``), so "Excel" never matches inside "excellent" and
"Java" never inside "JavaScript". Each position tries the longest known phrase first; phrases are
keyed by their lower-cased tokens joined with spaces, and tokens glued by punctuation ("Node.js",
"CI/CD") are also tried joined ("nodejs", "cicd"). Ambiguous terms carry rules: exact
capitalisation ("Go", "Word"), a technical neighbour nearby ("Spring", "Swift") or list context
("R", "C" only as items of a list of skills). Cost is linear in the text length.
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Literal

from atspro.analysis import cache
from atspro.analysis.taxonomy.text import (
    Tokens,
    followed_by_year,
    in_list,
    normalize_term,
    phrase_keys,
    singular,
    standalone_title,
    starts_sentence,
    tokenize,
    url_tokens,
)

__all__ = [
    "SkillHit",
    "SkillIndex",
    "SkillInfo",
    "TitleHit",
    "get_index",
    "normalize_term",
    "phrase_keys",
    "tokenize",
]

SkillKindT = Literal["hard", "soft"]

DATA_FILE = Path(__file__).resolve().parents[2] / "data" / "taxonomy.json.gz"
INDEX_VERSION = 1

# Rule bits stored with each surface form in the index (kept in sync with the build script).
RULE_EXACT = 1  # the text must have exactly the stored capitalisation ("Go", "Word")
RULE_TECH = 2  # another technical skill must be mentioned within NEAR_TOKENS tokens
RULE_LIST = 4  # the term must stand as an item of a list ("Python, R, SQL"; "C/C++")
RULE_BLOCK = 8  # a known non-skill phrase ("go to", "C-suite", "make sure")
RULE_START = 16  # at the start of a line or sentence a technical neighbour is required ("React")
RULE_RAW = 32  # with RULE_EXACT: compare the text as written, punctuation included ("M&A")
# with RULE_EXACT: a one-word name with a capital inside ("VMware", "PageMaker") may be written
# with other capitals ("VMWare", "Pagemaker"), but not all in lower case
RULE_CAPS = 64
# at the start of a sentence and before "in"/"at" the name is the verb it spells ("Excel in
# resolving disputes"); elsewhere ("reports in Excel at month end") it is the product
RULE_VERB = 128
_CONTEXT_RULES = RULE_TECH | RULE_LIST | RULE_START

# Skill flag bits.
FLAG_TECH = 1  # a named technology or technical skill (counts as context for RULE_TECH)
FLAG_HOT = 2  # O*NET "Hot Technology"
FLAG_LANGUAGE = 4  # a human language (English, Spanish…)

NEAR_TOKENS = 10
_NETWORK_GEAR = frozenset(
    re.split(
        r"\s+",
        "cisco router routers routing switch switches switching ccna ccnp ccie ospf"
        " bgp eigrp rip vlan vlans juniper junos catalyst nexus asa hsrp mpls",
    )
)
# A spelling two skills share, written in capitals: skill -> (the other skill, the words that
# name the other one when any stands within NEAR_TOKENS tokens). "VPC" beside Nexus switches is
# Cisco's virtual port channel, not Amazon's virtual private cloud.
_READ_BY_NEIGHBOURS: dict[str, tuple[str, frozenset[str]]] = {
    "iOS": ("Cisco IOS", _NETWORK_GEAR),
    "Amazon VPC": ("Virtual port channel", _NETWORK_GEAR),
}

# Seniority / level words stripped from job titles ("Senior Software Engineer" -> "Software
# Engineer") and trailing grades ("Engineer II").
_SENIORITY = frozenset(
    {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "entry", "mid"}
)
_SENIORITY_JOINERS = frozenset({"level"})
WRAP_WORDS = 2  # words each side of a line break that a wrapped name may span
_LEVELS = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"})


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


class SkillIndex:
    """Loaded taxonomy. Build one with :func:`get_index` (cached) or ``SkillIndex.load(path)``."""

    def __init__(self, data: dict) -> None:
        if data.get("version") != INDEX_VERSION:
            raise ValueError(
                f"The skills index has version {data.get('version')!r}, expected {INDEX_VERSION}. "
                "Rebuild it with: python scripts/build_taxonomy.py"
            )
        self.meta: dict = data.get("meta", {})
        self._names: list[str] = data["names"]
        self._kinds: list[SkillKindT] = ["soft" if k == "s" else "hard" for k in data["kinds"]]
        self._flags: list[int] = data["flags"]
        # key -> skill id, or a list of [skill id, rule bits, case form] for ruled spellings
        self._keys: dict[str, list | int] = data["keys"]
        # every proper token prefix of a multi-word key ("machine" for "machine learning")
        self._prefixes: set[str] = _prefixes(self._keys)
        self._max_joined: int = data.get("max_joined", 4)
        self._by_name: dict[str, int] = {n.lower(): i for i, n in enumerate(self._names)}

        self._occ_codes: list[str] = [o[0] for o in data["occupations"]]
        self._occ_titles: list[str] = [o[1] for o in data["occupations"]]
        self._occ_index: dict[str, int] = {c: i for i, c in enumerate(self._occ_codes)}
        # title key -> "Display<TAB>occupation ids, best first" (see _title)
        self._titles: dict[str, str] = data["titles"]
        self._title_prefixes: set[str] | None = None  # built on first find_titles()
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
        skip = url_tokens(toks)
        low, n = toks.low, len(toks)
        keys, prefixes, glue = self._keys, self._prefixes, toks.glue
        # Pass 1: greedy longest match. Candidates that need context are checked afterwards,
        # once every unconditional technical hit (an "anchor") is known.
        raw: list[tuple[int, int, int, int]] = []  # (first token, end token, skill id, rules)
        i = 0
        while i < n:
            word = low[i]
            if (
                word not in keys
                and word not in prefixes
                and not (i + 1 < n and glue[i + 1])
                and (word[-1] != "s" or singular(word) not in keys)
            ) or i in skip:
                i += 1
                continue
            found = self._match_at(toks, i)
            if found is None:
                i += 1
                continue
            j, sid, rules = found
            if not rules & RULE_BLOCK and not (rules & RULE_VERB and _verb_reading(toks, i, j)):
                raw.append((i, j, sid, rules))
            i = j
        flags = self._flags
        sure = [r for r in raw if not r[3] & _CONTEXT_RULES and flags[r[2]] & FLAG_TECH]
        # distances in words: version numbers ("Groovy 2.4.x 2.5.x, Gradle 6") are no words
        words = _word_positions(toks) if raw else []
        anchors = [words[r[0]] for r in sure]
        # tokens of those tools, for list items whose commas were lost ("in C C++ C#")
        listed = len(sure) > 1 and any(r[3] & RULE_LIST for r in raw)
        tools = {t for r in sure for t in range(r[0], r[1])} if listed else set()
        peers = [r for r in raw if _vouches(toks, r, flags)]
        hits: list[SkillHit] = []
        for i, j, sid, rules in raw:
            if (
                rules & _CONTEXT_RULES
                and not _context_ok(toks, (i, j, words[i], words[j - 1]), rules, anchors, tools)
                and not _among_peers(toks, (i, j, sid, rules), peers, flags)
            ):
                # "a SQL Developer at …": the longer phrase is the job here, yet the shorter
                # known phrase inside it ("SQL") is still written; it must pass its own rules.
                shorter = self._match_at(toks, i, stop=j - 1) if j - i > 1 else None
                if shorter is None or shorter[2] & (RULE_BLOCK | _CONTEXT_RULES):
                    continue
                j, sid, rules = shorter
            start, end = toks.start[i], toks.end[j - 1]
            sid = self._by_neighbours(toks, i, j, sid, text[start:end])
            hits.append(SkillHit(self._names[sid], self._kinds[sid], text[start:end], start, end))
        return hits

    def wrapped_name(self, line: str, nxt: str) -> bool:
        """A known spelling that ``line``'s last words begin and ``nxt``'s first words end
        ("Lean Six" over "Sigma and …", "Power" over "BI dashboards"): the layout wrapped it.
        Only a named technology, capitalised as a product's name is ("Human" over "Resources"
        in prose is more often a department than a claim). Read as ``find`` reads it (its
        context rules hold), after a cheap prefix test."""
        tail = line.split()[-WRAP_WORDS:]
        low = [w.lower() for w in tail]
        if not any(" ".join(low[k:]) in self._prefixes for k in range(len(low))):
            return False
        before = " ".join(tail)
        text = f"{before} {' '.join(nxt.split()[:WRAP_WORDS])}"
        return any(
            h.start < len(before) < h.end
            and self._flags[self._by_name[h.name.lower()]] & FLAG_TECH
            and all(not w[:1].islower() for w in h.surface.split())
            and not _capitals_unlike(text[len(before) : h.end], h.name)
            for h in self.find(text)
        )

    def _by_neighbours(self, toks: Tokens, i: int, j: int, sid: int, surface: str) -> int:
        """ "IOS" next to routers and switches is Cisco's IOS, not Apple's iOS: a spelling two
        skills share is read as the one its neighbouring words name (``_READ_BY_NEIGHBOURS``)."""
        other = _READ_BY_NEIGHBOURS.get(self._names[sid])
        if other is None or surface != surface.upper():
            return sid
        name, words = other
        near = toks.low[max(0, i - NEAR_TOKENS) : j + NEAR_TOKENS]
        alt = self._by_name.get(name.lower())
        if alt is None or words.isdisjoint(near):
            return sid
        return alt

    def _match_at(
        self, toks: Tokens, i: int, stop: int | None = None
    ) -> tuple[int, int, int] | None:
        """Longest (end token, skill id, rules) starting at token i (ending by ``stop``), or None."""
        low, n = toks.low, len(toks.low)
        keys, prefixes, link = self._keys, self._prefixes, toks.link
        # Candidate ends in increasing order: (end, key, plural fall-back?)
        cands: list[tuple[int, str, bool]] = []
        # Spaced keys: walk the phrase while it is still a prefix of some key (a trie walk).
        key, j = low[i], i + 1
        while True:
            if key in keys:
                cands.append((j, key, False))
            elif key[-1] == "s":
                last = low[j - 1]
                single = singular(last)
                if single is not None:
                    alt = key[: len(key) - len(last)] + single
                    if alt in keys:
                        cands.append((j, alt, True))
            if j >= n or not link[j] or key not in prefixes:
                break
            key = f"{key} {low[j]}"
            j += 1
        # Joined keys for tokens glued by punctuation: "node"+"js" -> "nodejs".
        glue = toks.glue
        if i + 1 < n and glue[i + 1]:
            joined, j = low[i], i + 1
            while j < n and glue[j] and j - i < self._max_joined:
                joined += low[j]
                j += 1
                if joined in keys:
                    cands.append((j, joined, False))
            cands.sort(key=lambda c: c[0])
        if stop is not None:
            cands = [c for c in cands if c[0] <= stop]
        if not cands:
            return None
        orig, text, start = toks.orig, toks.text, toks.start[i]
        for j, key, plural in reversed(cands):
            entries = self._entries(key)
            if plural:
                # "initiatives" is not the soft skill Initiative; exact spellings stay exact
                kinds = self._kinds
                entries = [
                    e
                    for e in entries or ()
                    if e[1] & RULE_BLOCK or (not e[1] & RULE_EXACT and kinds[e[0]] == "hard")
                ]
            hit = self._pick(entries, "".join(orig[i:j]), text[start : toks.end[j - 1]])
            if hit is not None:
                return j, hit[0], hit[1]
        return None

    def _entries(self, key: str) -> list | None:
        e = self._keys.get(key)
        if e is None:
            return None
        return [(e, 0, "")] if e.__class__ is int else e

    @staticmethod
    def _pick(entries: list | None, case_form: str, raw: str = "") -> tuple[int, int] | None:
        if not entries:
            return None
        for sid, rules, form in entries:
            written = raw if rules & RULE_RAW else case_form
            if (
                rules & RULE_EXACT
                and form != written
                and not (rules & RULE_CAPS and _recapitalised(form, written))
            ):
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
        single = singular(parts[-1])
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
    def _title(self, key: str) -> tuple[str, list[int]] | None:
        """(display title, occupation ids best first) for a title key, or None."""
        raw = self._titles.get(key)
        if raw is None:
            return None
        display, _, occs = raw.partition("\t")
        return display, [int(o) for o in occs.split()]

    def find_titles(self, text: str) -> list[TitleHit]:
        """Job titles in ``text``, in order, non-overlapping (longest match wins).

        Seniority words and grades are part of the surface but not of the title:
        "Senior Software Engineer II" -> title "Software Engineer". One-word titles
        ("Accountant") must be capitalised and stand alone on their line or before a separator
        ("Accountant, Acme Corp"), since many are also common words ("Partner", "Buyer").
        """
        if self._title_prefixes is None:
            self._title_prefixes = _prefixes(self._titles)
        toks = tokenize(text)
        low, n = toks.low, len(toks)
        hits: list[TitleHit] = []
        i = 0
        titles, prefixes = self._titles, self._title_prefixes
        while i < n:
            word = low[i]
            if (
                word not in titles
                and word not in prefixes
                and word not in _SENIORITY
                and (word[-1] != "s" or singular(word) not in titles)
            ):
                i += 1  # fast path: most words start no title
                continue
            k = i
            while k < n and (low[k] in _SENIORITY or (k > i and low[k] in _SENIORITY_JOINERS)):
                k += 1
                if k < n and not (toks.link[k] or toks.seps[k].strip() == "."):
                    break  # "Senior, Acme" is no prefix; "Sr. Engineer" is
            # Prefer the title without seniority words when the taxonomy knows it.
            found = self._match_title_at(toks, k) if i < k < n else None
            if found is None:
                found = self._match_title_at(toks, i)
            if found is None:
                i += 1
                continue
            j, (display, occs) = found
            while j < n and low[j] in _LEVELS and toks.orig[j] != "i" and toks.link[j]:
                j += 1
            start, end = toks.start[i], toks.end[j - 1]
            hits.append(TitleHit(display, self._occ_codes[occs[0]], text[start:end], start, end))
            i = j
        return hits

    def _match_title_at(self, toks: Tokens, i: int) -> tuple[int, tuple[str, list[int]]] | None:
        low, n = toks.low, len(toks)
        titles, prefixes = self._titles, self._title_prefixes or set()
        best: tuple[int, str] | None = None
        key, j = low[i], i + 1
        while True:
            if key in titles:
                best = (j, key)
            elif key[-1] == "s":
                single = singular(low[j - 1])
                if single is not None:
                    alt = key[: len(key) - len(low[j - 1])] + single
                    if alt in titles:
                        best = (j, alt)
            if j >= n or not toks.link[j] or key not in prefixes:
                break
            key = f"{key} {low[j]}"
            j += 1
        if best is None or (best[0] - i == 1 and not standalone_title(toks, i)):
            return None
        entry = self._title(best[1])
        return None if entry is None else (best[0], entry)

    def _title_entry(self, title: str) -> tuple[str, list[int]] | None:
        """The taxonomy entry for a whole title string, stripping seniority and grades."""
        words = tokenize(re.sub(r"\([^)]*\)", " ", title)).low
        while words and words[-1] in _LEVELS:
            words = words[:-1]
        stripped = list(words)
        while stripped and (stripped[0] in _SENIORITY or stripped[0] in _SENIORITY_JOINERS):
            stripped.pop(0)
        for cand in (stripped, words):
            if not cand:
                continue
            entry = self._title(" ".join(cand))
            if entry is None:
                single = singular(cand[-1])
                if single:
                    entry = self._title(" ".join([*cand[:-1], single]))
            if entry is not None:
                return entry
        hits = self.find_titles(title)
        if hits:
            best = max(hits, key=lambda h: h.end - h.start)
            return self._title(normalize_term(best.title))
        return None

    def occupation(self, title: str) -> str | None:
        """Best O*NET-SOC code for a job title ("Sr. Software Engineer" -> "15-1252.00")."""
        entry = self._title_entry(title)
        return None if entry is None else self._occ_codes[entry[1][0]]

    def occupation_title(self, code: str) -> str | None:
        """O*NET occupation title for a code ("15-1252.00" -> "Software Developers")."""
        idx = self._occ_index.get(code)
        return None if idx is None else self._occ_titles[idx]

    def same_occupation(self, title_a: str, title_b: str) -> bool:
        """True when the titles share an occupation: the best O*NET occupation of one is among
        the occupations of the other ("Sr. Software Engineer" ~ "Software Developer")."""
        a, b = self._title_entry(title_a), self._title_entry(title_b)
        if a is None or b is None:
            return normalize_term(title_a) == normalize_term(title_b) != ""
        return a[1][0] in b[1] or b[1][0] in a[1]

    def title_heads(self) -> frozenset[str]:
        """The last word of the title keys ("advertiser" of "aerial advertiser") that ends no
        skill key ("server" of "sql server" is a thing, not a person)."""
        things = {key.rpartition(" ")[2] for key in self._keys}
        return frozenset(key.rpartition(" ")[2] for key in self._titles) - things

    def related_titles(self, title: str) -> set[str]:
        """Other titles of the title's best occupation (empty when the title is unknown)."""
        entry = self._title_entry(title)
        if entry is None:
            return set()
        if self._titles_by_occ is None:
            by_occ: dict[int, list[str]] = {}
            for raw in self._titles.values():
                display, _, occs = raw.partition("\t")
                for occ in occs.split():
                    by_occ.setdefault(int(occ), []).append(display)
            self._titles_by_occ = by_occ
        return set(self._titles_by_occ.get(entry[1][0], [])) - {entry[0]}


def _recapitalised(form: str, written: str) -> bool:
    """ "VMWare", "Pagemaker" for "VMware", "PageMaker": the same letters, a capital somewhere."""
    return written.lower() == form.lower() and written != written.lower()


def _prefixes(keys: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for key in keys:
        pos = key.find(" ")
        while pos != -1:
            out.add(key[:pos])
            pos = key.find(" ", pos + 1)
    return out


def _word_positions(toks: Tokens) -> list[int]:
    """Each token's position counted in words: a version's or a release year's token ("1", "10g",
    "2008", the "x" of "1.8.x") counts for none; a longer number (a phone's) still counts."""
    low, glue = toks.low, toks.glue
    skip = [
        (t[0].isdigit() and len(t) <= _VERSION_CHARS) or (t == "x" and glue[k])
        for k, t in enumerate(low)
    ]
    return list(accumulate(not s for s in skip))


_VERSION_CHARS = 4  # "2008", "11g", "3": a version or release year; "1239345" is no version


def _context_ok(
    toks: Tokens, span: tuple[int, int, int, int], rules: int, anchors: list[int], tools: set[int]
) -> bool:
    """``span``: the hit's first and end token, and the word positions of its first and last
    token (``anchors`` are word positions too)."""
    i, j, first, last = span
    lo = bisect.bisect_left(anchors, first - NEAR_TOKENS)
    near = lo < len(anchors) and anchors[lo] <= last + NEAR_TOKENS
    if rules & RULE_TECH and (not near or followed_by_year(toks, j)):
        return False
    if rules & RULE_LIST and not in_list(toks, i, j, tools):
        return False
    return not (rules & RULE_START and not near and starts_sentence(toks, i))


def _verb_reading(toks: Tokens, i: int, j: int) -> bool:
    """ "Excel in resolving …", "• Excel at building …": a sentence opens with the name and a
    preposition follows it, so the word is the verb."""
    return (
        j < len(toks)
        and toks.low[j] in _VERB_PREPOSITIONS
        and toks.seps[j] == " "
        and starts_sentence(toks, i)
    )


_VERB_PREPOSITIONS = frozenset({"in", "at"})


def _vouches(toks: Tokens, hit: tuple[int, int, int, int], flags: list[int]) -> bool:
    """A product named by a word of four letters or more that needs a technical neighbour
    ("Spring", "Hibernate", "Oracle"): several side by side vouch for each other."""
    i, j, sid, rules = hit
    return (
        rules & _CONTEXT_RULES == RULE_TECH
        and bool(flags[sid] & FLAG_TECH)
        and toks.end[j - 1] - toks.start[i] >= 4
        and not followed_by_year(toks, j)
    )


def _among_peers(
    toks: Tokens, hit: tuple[int, int, int, int], peers: list[tuple], flags: list[int]
) -> bool:
    """ "Technologies: Spring, Hibernate, Oracle": no named tool the index takes without context
    stands near, but two other products that need one do; three such names together are a tool
    list, not three common words (two are not: "Spring and Swift")."""
    if not _vouches(toks, hit, flags):
        return False
    i, j, sid, _rules = hit
    # ``peers`` are in text order: only those starting within the window are read (a blob of
    # one repeated name made this a scan of every peer for every hit)
    lo = bisect.bisect_left(peers, (i - NEAR_TOKENS,))
    hi = bisect.bisect_right(peers, (j - 1 + NEAR_TOKENS, float("inf")))
    near = {p[2] for p in peers[lo:hi] if p[2] != sid}
    return len(near) >= 2


@lru_cache(maxsize=1)
def get_index() -> SkillIndex:
    """The shipped index, loaded once per process (read precompiled when a cache is configured:
    see analysis/cache.py; this module's source is part of the key, so editing it rebuilds)."""
    index = SkillIndex.__new__(SkillIndex)
    index.__dict__.update(cache.cached("skills", (DATA_FILE, Path(__file__)), _built_state))
    return index


def _built_state() -> dict:
    """Everything a loaded index holds, the title prefixes find_titles needs included."""
    index = SkillIndex.load()
    index._title_prefixes = _prefixes(index._titles)
    return vars(index)


def _capitals_unlike(words: str, name: str) -> bool:
    """The next line's ``words`` that would end the name are written in capitals the known
    spelling ``name`` lacks ("Microsoft" over "OFFICE MANAGER, …"; "Power" over "BI" stays): a
    heading or a title of its own, not the name's end."""
    caps = [w for w in words.split() if len(w) > 1 and w.isupper()]
    return bool(caps) and not all(w in name.split() for w in caps)

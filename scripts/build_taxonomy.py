#!/usr/bin/env python
"""Build the skills and job-title index shipped in ``atspro/data/taxonomy.json.gz``.

Inputs (read-only, see docs/skills.md): ESCO v1.1.1 skills, O*NET 29.2 technology skills,
O*NET 29.2 alternate titles + occupation data (under ``../shared/data/taxonomy`` by default),
and the curated list ``scripts/taxonomy_curated.txt``. The output is deterministic (same inputs,
same bytes), so a test can check the committed index is up to date.

Usage:  python scripts/build_taxonomy.py [--source DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from atspro.analysis.taxonomy.skills import (  # noqa: E402  (needs the repo on sys.path first)
    FLAG_HOT,
    FLAG_LANGUAGE,
    FLAG_TECH,
    INDEX_VERSION,
    RULE_BLOCK,
    RULE_CAPS,
    RULE_EXACT,
    RULE_LIST,
    RULE_RAW,
    RULE_START,
    RULE_TECH,
    RULE_VERB,
    normalize_term,
    phrase_keys,
    singular,
    tokenize,
)


def find_source() -> Path:
    """``shared/data/taxonomy`` next to the repo (or next to a parent, for git worktrees)."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "data" / "taxonomy"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "data" / "taxonomy"


DEFAULT_SOURCE = find_source()
DEFAULT_OUT = REPO / "atspro" / "data" / "taxonomy.json.gz"
CURATED = REPO / "scripts" / "taxonomy_curated.txt"

RULE_NAMES = {
    "exact": RULE_EXACT,
    "tech": RULE_TECH,
    "list": RULE_LIST,
    "start": RULE_START,
    "raw": RULE_EXACT | RULE_RAW,  # exactly as written, dots included: "LLM", not "L.L.M."
    "verb": RULE_VERB,  # opening a sentence before "in"/"at" it is the verb ("Excel in …")
}
ESCO_DIGITAL = "6c930acd-c104-4ece-acf7-f44fd7333036"

# A word is "common English" when it occurs in lower case at least this often in the ESCO and
# O*NET description texts. Single common words get stricter matching ("Word", "Access").
COMMON_MIN_COUNT = 2
# ESCO one-word labels this frequent are too generic to be skills on their own ("management").
ESCO_SINGLE_MAX_COUNT = 80
ESCO_STOP_TOKENS = frozenset(
    [
        "of",
        "for",
        "to",
        "in",
        "with",
        "on",
        "by",
        "the",
        "a",
        "an",
        "your",
        "own",
        "other",
        "others",
        "their",
        "such",
        "as",
        "at",
        "from",
        "into",
        "use",
        "using",
        "according",
        "various",
        "different",
        "types",
        "kinds",
    ]
)
TITLE_MAX_TOKENS = 6
VENDOR_LABEL_WORD_MIN = 20  # products a word only ESCO's labels use in lower case must start


@dataclass
class Builder:
    common: dict[str, int]
    prose: dict[str, int] = field(default_factory=dict)  # lower-case words of descriptions only
    title_keys: set[str] = field(default_factory=set)  # spellings that are job titles
    title_heads: set[str] = field(default_factory=set)  # last words of titles ("developer")
    skills: list[list] = field(default_factory=list)  # [name, "h"|"s", flags]
    by_name: dict[str, int] = field(default_factory=dict)
    keys: dict[str, list[list]] = field(default_factory=dict)  # key -> [[sid, rules, form]]
    counts: Counter = field(default_factory=Counter)
    curated_keys: set[str] = field(default_factory=set)  # data sources never add to these

    def is_prose_word(self, word: str) -> bool:
        """In lower case in the description texts ("open"), not only in ESCO's labels."""
        return self.prose.get(word.lower(), 0) >= COMMON_MIN_COUNT

    def is_common(self, word: str) -> bool:
        low = word.lower()
        return self.common.get(low, 0) >= COMMON_MIN_COUNT or low in self.title_heads

    def skill(self, name: str, kind: str, flags: int, source: str) -> int:
        sid = self.by_name.get(name.lower())
        if sid is not None:
            self.skills[sid][2] |= flags
            return sid
        self.skills.append([name, kind, flags])
        self.by_name[name.lower()] = len(self.skills) - 1
        self.counts[f"skills_{source}"] += 1
        return len(self.skills) - 1

    def owner(self, label: str) -> int | None:
        """The skill that already owns a label's spelling (case-insensitive entries only)."""
        for key, form in phrase_keys(label):
            for sid, rules, stored in self.keys.get(key, []):
                if rules & RULE_BLOCK:
                    continue
                if not rules & RULE_EXACT or stored == form:
                    return sid
        return None

    def alias(self, sid: int, label: str, rules: int = 0, curated: bool = False) -> bool:
        """Register a spelling of skill ``sid``; the first skill to claim a spelling keeps it.

        Data-derived spellings that are job titles ("Financial Analyst" is also a product name)
        or bare numbers ("123" from "Lotus 1-2-3") are skipped."""
        added = False
        keys = phrase_keys(label)
        if keys and " " in keys[0][0] and len(keys[0][0].replace(" ", "")) <= 3:
            # "M&A", "R&D", "L&D": written exactly so, or "M.A." (a degree) would match.
            keys, rules = [(keys[0][0], label.strip())], rules | RULE_EXACT | RULE_RAW
        for key, form in keys:
            if not any(c.isalpha() for c in key):
                continue
            if key != keys[0][0] and "." in label and self.is_common(key):
                continue  # "A.I.med" joined is the word "aimed", no spelling of the product
            if rules & RULE_EXACT and not rules & RULE_RAW and camel_case(key, form):
                rules |= RULE_CAPS
            if not curated and key in self.curated_keys:
                continue
            if not curated and key in self.title_keys:
                self.counts["skipped_title_spelling"] += 1
                continue
            if curated:
                self.curated_keys.add(key)
            entries = self.keys.setdefault(key, [])
            if any(not r & RULE_EXACT for _s, r, _f in entries):
                continue  # a case-insensitive spelling (or a block) already owns this key
            if rules & RULE_EXACT:
                if any(f == form for _s, _r, f in entries):
                    continue
                entries.append([sid, rules, form])
            else:
                entries.append([sid, rules, form if rules else ""])
            added = True
        if added and not rules & RULE_RAW:
            self.spaced_camel(sid, label, rules, curated)
        return added

    def spaced_camel(self, sid: int, label: str, rules: int, curated: bool) -> None:
        """ "Action Script", "Service Now", "Git Hub": a product named by one word with capitals
        inside, written as its capitalised parts. Only so capitalised (the parts joined are the
        name's own spelling: RULE_EXACT); common words ("Tree View") also need a technical
        neighbour unless the product is a Hot Technology or a curated one."""
        flags = self.skills[sid][2]
        if not flags & FLAG_TECH or not camel_case(normalize_term(label), label.strip()):
            return
        parts = _CAMEL_PART.findall(label.strip())
        if len(parts) < 2 or "".join(parts) != label.strip() or min(map(len, parts)) < 2:
            return
        split = " ".join(parts)
        if self.owner(split) is not None or normalize_term(split) in self.title_keys:
            return  # "Power Point" already curated; a job title stays a title
        known = curated or flags & FLAG_HOT
        extra = RULE_TECH if all(map(self.is_common, parts)) and not known else 0
        self.counts["spaced_camel_spellings"] += 1
        self.alias(sid, split, (rules & RULE_TECH) | RULE_EXACT | extra)

    def block(self, phrase: str) -> None:
        for key, _form in phrase_keys(phrase):
            self.keys[key] = [[-1, RULE_BLOCK, ""]]
            self.curated_keys.add(key)

    def export_keys(self) -> dict[str, list | int]:
        out: dict[str, list | int] = {}
        for key in sorted(self.keys):
            entries = self.keys[key]
            if not entries:
                continue
            if len(entries) == 1 and entries[0][1] == 0:
                out[key] = entries[0][0]
            else:
                out[key] = entries
        return out


# ---------------------------------------------------------------------------- helpers
def read_tsv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(newline="", encoding=encoding) as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def common_words(
    esco_rows: list[dict[str, str]], occupations: list[dict[str, str]], labels: bool = True
) -> Counter:
    """Lower-case word counts of the ESCO and O*NET texts (with ESCO's labels, or without)."""
    counts: Counter = Counter()
    texts = [r["Description"] for r in occupations]
    for r in esco_rows:
        texts += [r["description"], r["definition"]]
        if labels:
            texts += [r["preferredLabel"], r["altLabels"]]
    for text in texts:
        for word in re.findall(r"[A-Za-z]+", text):
            if word.islower():
                counts[word] += 1
    return counts


def sentence_case(label: str) -> str:
    return label[:1].upper() + label[1:] if label[:1].islower() else label


# the parts of a one-word name with capitals inside: "Action|Script", "My|SQL", "Git|Hub"
_CAMEL_PART = re.compile(r"[A-Z]*[a-z0-9]+|[A-Z]+(?![a-z])")


def camel_case(key: str, form: str) -> bool:
    """One word with a capital inside ("VMware", "PageMaker", "HBase"): no English word, so
    other capitals ("VMWare", "Pagemaker", "HBASE") still name it (RULE_CAPS)."""
    return (
        " " not in key
        and len(form) >= 4
        and form.isalpha()
        and not form.isupper()
        and any(c.isupper() for c in form[1:])
    )


def is_acronym(word: str) -> bool:
    return len(word) >= 2 and any(c.isalpha() for c in word) and word.upper() == word


def _bare_acronym(word: str) -> str:
    """ "(GCE)" -> "GCE": O*NET writes some acronyms in brackets ("Google Compute Engine (GCE)");
    kept, the label read "Google Compute Engine ((GCE))"."""
    return word[1:-1] if word.startswith("(") and word.endswith(")") else word


def abbreviates(acronym: str, words: list[str]) -> bool:
    """True when the letters of ``acronym`` start words of ``words`` in order ("SQL" ~ Structured
    query language). Letters may also continue inside a word ("EHR" ~ electronic health record)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    text = [w.lower() for w in words if w[:1].isalpha()]
    if not letters or not text or letters[0] != text[0][0]:
        return False

    def walk(li: int, wi: int, ci: int) -> bool:
        if li == len(letters):
            return wi >= len(text) - 1
        if wi >= len(text):
            return False
        word = text[wi]
        # continue inside the current word
        pos = word.find(letters[li], ci)
        if pos >= 0 and walk(li + 1, wi, pos + 1):
            return True
        # or start the next word
        return wi + 1 < len(text) and text[wi + 1][0] == letters[li] and walk(li + 1, wi + 1, 1)

    return walk(1, 0, 1)


def parse_curated(path: Path) -> dict[str, list]:
    sections: dict[str, list] = {"tech": [], "hard": [], "soft": [], "block": [], "titles": []}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            if current not in sections:
                raise ValueError(f"{path}: unknown section [{current}]")
            continue
        if current is None:
            raise ValueError(f"{path}: line outside a section: {line!r}")
        if current == "block":
            sections[current].append(line)
        elif current == "titles":
            title, _, code = line.partition("=")
            sections[current].append((title.strip(), code.strip()))
        else:
            spellings = []
            for part in line.split(" | "):
                m = re.fullmatch(r"(.+?)\s*(?:\{([a-z,]+)\})?", part.strip())
                assert m, part
                rules = 0
                for name in filter(None, (m.group(2) or "").split(",")):
                    rules |= RULE_NAMES[name]
                spellings.append((m.group(1), rules))
            sections[current].append(spellings)
    return sections


# ---------------------------------------------------------------------------- curated
def add_curated(b: Builder, curated: dict[str, list]) -> None:
    for phrase in curated["block"]:
        b.block(phrase)
    for section, kind, flags in (("tech", "h", FLAG_TECH), ("hard", "h", 0), ("soft", "s", 0)):
        for spellings in curated[section]:
            sid = b.skill(spellings[0][0], kind, flags, "curated")
            for label, rules in spellings:
                if not b.alias(sid, label, rules, curated=True):
                    b.counts["curated_alias_taken"] += 1


# ---------------------------------------------------------------------------- O*NET tools
def onet_vendors(b: Builder, names: list[str]) -> set[str]:
    """Vendor prefixes: 1-2 capitalised words that start at least 3 product names and are not
    common words ("Open Shortest Path First" has no vendor "Open"). ESCO's labels write vendors
    in lower case ("use microsoft office"), so a word common only there is a vendor when it
    starts many products (Microsoft: over a hundred; "Blue", "Discrete": a few)."""
    prefix_count: Counter = Counter()
    for name in names:
        words = name.split()
        for n in (1, 2):
            if len(words) > n and words[n - 1][:1].isupper() and words[0][:1].isupper():
                prefix_count[" ".join(words[:n])] += 1
    return {
        p
        for p, c in prefix_count.items()
        if c >= 3
        and not any(
            b.is_prose_word(w) or (b.is_common(w) and c < VENDOR_LABEL_WORD_MIN) for w in p.split()
        )
    }


def is_generic(words: list[str]) -> bool:
    """A category, not a product: "Word processing software", "Structured query language SQL"."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[0][1:].islower():
        return False
    tail = words[1:-1] if is_acronym(words[-1]) else words[1:]
    return all(w[:1].islower() for w in tail)


def add_onet(b: Builder, rows: list[dict[str, str]]) -> None:
    hot: dict[str, bool] = {}
    for r in rows:
        hot[r["Example"]] = hot.get(r["Example"], False) or r["Hot Technology"] == "Y"
    names = sorted(hot, key=lambda n: (not hot[n], n.lower(), n))
    vendors = onet_vendors(b, names)
    acronym_uses: Counter = Counter()
    for name in names:
        words = re.sub(r"\s+software$", "", name, flags=re.I).split()
        last = _bare_acronym(words[-1]) if words else ""
        if len(words) >= 2 and is_acronym(last) and abbreviates(last, words[:-1]):
            acronym_uses[last] += 1

    for name in names:
        is_hot = hot[name]
        full = name[4:] if name.startswith("The ") else name
        base = re.sub(r"\s+software$", "", full, flags=re.I).strip()
        words = base.split()
        acronym = expansion = None
        last = _bare_acronym(words[-1]) if words else ""
        if len(words) >= 2 and is_acronym(last) and abbreviates(last, words[:-1]):
            acronym, expansion = last, " ".join(words[:-1])
        generic = is_generic(words) or (len(words) == 1 and full != base and base[1:].islower())
        flags = FLAG_HOT if is_hot else 0

        if generic:
            if acronym:
                spellings = [(acronym, RULE_EXACT), (expansion, 0), (base, 0), (full, 0)]
                canonical, flags = acronym, flags | FLAG_TECH
            else:
                spellings = [(full, 0)] + ([(base, 0)] if len(words) >= 2 else [])
                canonical = sentence_case(base if len(words) >= 2 else full)
            _add_tool(b, canonical, flags, spellings)
            continue

        flags |= FLAG_TECH
        core = expansion or base
        remainder = None
        core_words = core.split()
        for n in (2, 1):
            # "Library of Congress Online Catalog" has no vendor: what follows one is a name
            if (
                len(core_words) > n
                and " ".join(core_words[:n]) in vendors
                and (core_words[n][:1].isupper() or core_words[n][:1].isdigit())
            ):
                remainder = " ".join(core_words[n:])
                if n == 1 or len(core_words) > n + 1 or not b.is_common(core_words[n]):
                    break
                # "IBM Lotus Notes": a product line ("IBM Lotus") leaves one common word; the
                # name is "Lotus Notes"
        spellings: list[tuple[str, int | None]] = []
        canonical = core
        if acronym and (is_hot or acronym_uses[acronym] == 1) and not b.is_common(acronym):
            # A short acronym of a less known product ("PD", Pure Data; "GCE") is more often
            # something else ("PD: professional development"): a technical neighbour is needed.
            short = len(acronym) <= 3 and not is_hot
            spellings.append((acronym, RULE_EXACT | (RULE_TECH if short else 0)))
            # Hot technologies are best known by their acronym ("AWS", "XML"); others read
            # better with both ("Open Shortest Path First (OSPF)").
            canonical = acronym if is_hot else f"{core} ({acronym})"
        for label in (full, base, core):
            spellings.append((label, _auto_rules(b, label, is_hot)))
        if remainder:
            rwords = remainder.split()
            common = [b.is_common(w) for w in rwords]
            # A lone common word left after the vendor ("Statistics" from "IBM SPSS Statistics",
            # "Basic" from "Microsoft Visual Basic") is not a safe spelling; the curated list
            # adds the few that are (Word, Access, Teams, Outlook).
            # Several common words ("System Architect" from "IBM Rational System Architect") are
            # too generic unless the product is a Hot Technology.
            generic_rest = all(common) and (len(rwords) == 1 or not is_hot)
            if not generic_rest and len(remainder) >= 3:
                rules = _auto_rules(b, remainder, is_hot)
                if rules is not None and len(rwords) > 1 and rwords[-1].lower() in _JOB_WORDS:
                    # "SQL Developer" (Oracle's tool) in a sentence is far more often the job:
                    # the vendorless name counts as an item of a list only
                    rules |= RULE_LIST
                spellings.append((remainder, rules))
                if (
                    canonical == core
                    and not all(common)
                    and normalize_term(remainder) not in b.title_keys
                ):
                    canonical = remainder
        _add_tool(b, canonical, flags, spellings)


# Last words of a product name that also make it a job title ("SQL Developer", "3D Analyst").
_JOB_WORDS = frozenset(
    {"developer", "designer", "analyst", "architect", "modeler", "engineer", "programmer"}
)


def _auto_rules(b: Builder, label: str, is_hot: bool) -> int | None:
    """Rules for a product spelling: common words need exact case (and one word, a neighbour).
    One-word names of less known products ("Colleague", "Frontier", "Plus") always need their
    capitals: in lower case they are far more often ordinary words. None: do not use it."""
    words = tokenize(label).orig
    if not words:
        return 0
    if len(words) == 1:
        word = words[0]
        if len(word) <= 2:
            return RULE_EXACT | RULE_LIST | RULE_TECH
        if b.is_common(word):
            # "Analyze", "Route", "Dig": obscure products named by a common word start many
            # bullet points; only well-known ones are kept, and then need a technical neighbour.
            return RULE_EXACT | RULE_TECH if is_hot else None
        return RULE_EXACT if is_acronym(word) or not is_hot else 0
    if all(b.is_common(w) or len(w) <= 2 for w in words):
        return RULE_EXACT
    return 0


def _add_tool(
    b: Builder, canonical: str, flags: int, spellings: list[tuple[str, int | None]]
) -> None:
    spellings = [(label, rules) for label, rules in spellings if rules is not None]
    if not spellings:
        b.counts["onet_skipped_common_word"] += 1
        return
    sid = None
    for label, _rules in spellings:
        sid = b.owner(label)
        if sid is not None:
            b.skills[sid][2] |= flags
            b.counts["onet_merged"] += 1
            break
    if sid is None:
        if canonical.lower() in b.by_name:  # same display name, different spelling keys
            canonical = spellings[-1][0]
        sid = b.skill(canonical, "h", flags, "onet")
    for label, rules in spellings:
        b.alias(sid, label, rules or 0)


# ---------------------------------------------------------------------------- ESCO
def esco_verbs(rows: list[dict[str, str]]) -> set[str]:
    """First words of skill/competence labels ("manage", "perform"): verb phrases are rarely
    written verbatim in resumes, so labels starting with them are skipped."""
    return {
        r["preferredLabel"].split()[0].lower()
        for r in rows
        if r["skillType"] == "skill/competence" and r["preferredLabel"].strip()
    }


def esco_label_ok(b: Builder, label: str, knowledge: bool, verbs: set[str]) -> bool:
    if re.search(r"[,;:()\"“”!?]", label):
        return False
    words = label.split()
    if not words or len(words) > (4 if knowledge else 3):
        return False
    lows = [w.lower() for w in words]
    if any(w in ESCO_STOP_TOKENS for w in lows):
        return False
    if not knowledge and lows[0] in verbs:
        return False
    single_generic = len(label) < 3 or b.common.get(lows[0], 0) >= ESCO_SINGLE_MAX_COUNT
    return not (len(words) == 1 and single_generic)


def _stems(label: str) -> set[str]:
    return {w[:5] for w in tokenize(label).low if len(w) >= 4}


def add_esco(b: Builder, rows: list[dict[str, str]]) -> None:
    verbs = esco_verbs(rows)
    for r in rows:
        pref = re.sub(r"\s*\([^)]*\)", "", r["preferredLabel"]).strip()
        schemes = r["inScheme"]
        knowledge = r["skillType"] == "knowledge"
        if "skill-language-groups" in schemes:
            if knowledge and len(pref.split()) == 1 and pref[:1].isupper():
                sid = b.skill(pref, "h", FLAG_LANGUAGE, "esco_language")
                b.alias(sid, pref)
            continue
        soft = r["reuseLevel"] == "transversal" or "skill-transversal-groups" in schemes
        alts = [a.strip() for a in r["altLabels"].split("\n") if a.strip()]
        # Alternative labels in lower case are ESCO's own synonyms; capitalised ones are often
        # loosely related product names ("Mocha" under JavaScript), so they are left out.
        # ESCO's alternative labels are often related terms rather than synonyms ("financial
        # data" under economics, "balance" under design principles): keep those that share a word
        # stem with the preferred label, and one-word ones only when they are not common words.
        stems = _stems(pref)
        alts = [
            a
            for a in alts
            if a == a.lower()
            and a != pref
            and _stems(a) & stems
            and not (len(a.split()) == 1 and b.is_common(a))
        ]
        labels = [pref, *alts]
        good = [lab for lab in labels if esco_label_ok(b, lab, knowledge, verbs)]
        if not good:
            continue
        sid = b.owner(pref)
        if sid is None and soft:
            # ESCO transversal skills are verb phrases ("meet commitments"); the curated soft
            # skills list them as spellings, and the rest would make odd soft-skill names.
            b.counts["esco_soft_unlinked"] += 1
            continue
        if sid is None:
            flags = FLAG_TECH if knowledge and ESCO_DIGITAL in schemes else 0
            canonical = sentence_case(good[0])
            if canonical.lower() in b.by_name:
                b.counts["esco_name_clash"] += 1
                continue
            sid = b.skill(canonical, "s" if soft else "h", flags, "esco")
        else:
            b.counts["esco_merged"] += 1
        for label in good:
            rules = 0
            if label != label.lower() and len(label.split()) == 1 and b.is_common(label):
                rules = RULE_EXACT
            b.alias(sid, label, rules)


# ---------------------------------------------------------------------------- singulars
SINGULAR_MIN_CHARS = 5  # a one-word singular shorter than this is a word ("doc")


def add_singulars(b: Builder) -> None:
    """ "WinForm", "NetBean", "Windows Form": a product its maker names in the plural
    ("WinForms", "NetBeans", "Windows Forms") written in the singular. The matcher falls back
    from a plural to a singular key, never the other way, so the singular is stored here, for
    the case-insensitive spellings of a named technology whose name ends in a capitalised plural
    (a capital inside a one-word name). A common noun's singular is left out: "test case",
    "programming language", "embedded system" mostly qualify another noun ("test case review")."""
    for key, entries in list(b.keys.items()):
        if len(entries) != 1 or entries[0][1] & (RULE_BLOCK | RULE_EXACT):
            continue
        sid, rules, _form = entries[0]
        name, _kind, flags = b.skills[sid]
        head, _, last = key.rpartition(" ")
        single = _singular_word(last)
        if single is None or not flags & FLAG_TECH or not _named_in_plural(name):
            continue
        if not head and (len(single) < SINGULAR_MIN_CHARS or b.is_common(single)):
            continue  # "docs" of Google Docs: "doc" is a word
        label = f"{head} {single}".strip()
        if label not in b.keys and b.alias(sid, label, rules):
            b.counts["singular_spellings"] += 1


def _named_in_plural(name: str) -> bool:
    """ "Windows Forms", "NetBeans", "QuickBooks": a product's own name ends in a plural written
    with a capital ("Design patterns", "Microprocessors" are common nouns)."""
    words = name.split()
    last = words[-1] if words else ""
    if not last.endswith("s") or _singular_word(last.lower()) is None:
        return False
    return last[:1].isupper() and (len(words) > 1 or camel_case(last.lower(), last))


def _singular_word(word: str) -> str | None:
    """ "patterns" -> "pattern", "processes" -> "process", "approaches" -> "approach"; None for a
    word that is no regular plural ("pandas", "CentOS", "Node.js" glued: "nodejs")."""
    if word.endswith(_NO_PLURAL_ENDINGS):
        return None
    if word.endswith(_ES_PLURAL_ENDINGS):
        return word[:-2]
    return singular(word)


_NO_PLURAL_ENDINGS = ("as", "os", "js", "ys", "us", "series")
_ES_PLURAL_ENDINGS = ("sses", "xes", "zes", "ches", "shes")


# ---------------------------------------------------------------------------- titles
# One-word titles are kept when they name a person ("Accountant", "Nurse", "CPA"), not when they
# are field names or things ("Management", "Model", "Buffer").
_PERSON_SUFFIXES = (
    "er",
    "or",
    "ist",
    "ant",
    "ent",
    "ian",
    "man",
    "woman",
    "person",
    "eer",
    "ee",
    "ary",
    "ect",
    "ic",
    "wright",
    "smith",
    "ogist",
    "aide",
    "ess",
    "yst",
    "ive",
    "naut",
    "ier",
)
_PERSON_WORDS = frozenset(
    [
        "nurse",
        "chef",
        "cook",
        "clerk",
        "guard",
        "pilot",
        "judge",
        "coach",
        "nanny",
        "maid",
        "barista",
        "paralegal",
        "medic",
        "midwife",
        "attorney",
        "deputy",
        "secretary",
        "sheriff",
    ]
)
_NOT_PERSON = frozenset(
    [
        "buffer",
        "booster",
        "boiler",
        "breaker",
        "blender",
        "binder",
        "charger",
        "charter",
        "bumper",
        "blazer",
        "bitter",
        "brother",
        "computer",
        "printer",
        "monitor",
        "router",
        "server",
        "folder",
        "header",
        "footer",
        "leader",
        "partner",
        "member",
        "owner",
        "player",
        "speaker",
        "finder",
        "other",
        "either",
        "matter",
        "water",
        "paper",
        "letter",
        "number",
        "order",
        "center",
        "corner",
        "filter",
        "container",
        "poster",
        "marker",
        "sticker",
        "trailer",
        "chapter",
        "answer",
        "power",
        "tower",
        "user",
        "customer",
        "developer",
        "engineer",
        "manager",
        "director",
        "officer",
        "supervisor",
    ]
)


_ACRONYM_TITLES = frozenset(
    [
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "CIO",
        "CMO",
        "CISO",
        "CPO",
        "CNO",
        "CAO",
        "CDO",
        "CSO",
        "VP",
        "SVP",
        "EVP",
        "AVP",
        "RN",
        "LPN",
        "LVN",
        "CNA",
        "NP",
        "EMT",
        "CPA",
        "DBA",
        "CRNA",
    ]
)


def _one_word_title_ok(title: str) -> bool:
    word = title.strip()
    low = word.lower()
    if len(word) <= 2:
        return False
    if word.isupper():
        # Acronyms are titles only when they are well known ones; "IEP", "SEO" are not.
        return word in _ACRONYM_TITLES
    if low in _NOT_PERSON or low.endswith(("ment", "ing", "tion", "ness", "ity", "ics")):
        return False
    return low in _PERSON_WORDS or low.endswith(_PERSON_SUFFIXES)


def title_score(title_words: list[str], occ_words: set[str]) -> float:
    """How well an alternate title fits an occupation by its words: shared words, few extra."""
    words = {_stem(w) for w in title_words}
    shared = len(words & occ_words)
    return shared * 2 - 0.2 * len(occ_words - words)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def build_titles(
    alt_rows: list[dict[str, str]],
    occ_rows: list[dict[str, str]],
    curated: list[tuple[str, str]],
) -> tuple[list[list[str]], dict[str, str]]:
    occupations = sorted((r["O*NET-SOC Code"], r["Title"]) for r in occ_rows)
    occ_index = {code: i for i, (code, _t) in enumerate(occupations)}
    occ_words = {code: {_stem(w) for w in tokenize(t).low} for code, t in occupations}
    display: dict[str, str] = {}
    scores: dict[str, dict[str, float]] = {}

    def add(title: str, code: str, bonus: float) -> None:
        title = re.sub(r"\s+", " ", title).strip()
        key = normalize_term(title)
        if not key or key.count(" ") + 1 > TITLE_MAX_TOKENS or code not in occ_index:
            return
        if " " not in key and bonus < 1000 and not _one_word_title_ok(title):
            return
        display.setdefault(key, title)
        score = title_score(key.split(" "), occ_words[code]) + bonus
        per = scores.setdefault(key, {})
        per[code] = max(per.get(code, float("-inf")), score)

    for title, code in curated:
        add(title, code, 1000.0)
    for code, title in occupations:
        if "," in title:
            continue
        words = title.split()
        words[-1] = _stem(words[-1]) if words[-1].lower().endswith("s") else words[-1]
        add(" ".join(words), code, 12.0)
    for r in alt_rows:
        code, title, short = r["O*NET-SOC Code"], r["Alternate Title"], r["Short Title"]
        # How many O*NET sources report the title for this occupation is the best signal of
        # which occupation a title usually means ("Sales Associate": retail, not insurance).
        sources = len([s for s in r["Source(s)"].split(",") if s.strip()])
        bonus = 3.0 * sources
        m = re.fullmatch(r"(.*?)\s*\(([^)]*)\)\s*(.*)", title)
        if m:
            add(f"{m.group(1)} {m.group(3)}", code, bonus)
            add(m.group(2), code, bonus)
        else:
            add(title, code, bonus)
        if short and short != "n/a":
            add(short, code, bonus)

    # One compact string per title, "Display<TAB>occupation ids best first", parsed on use:
    # 48k small lists would make loading the index several times slower.
    titles: dict[str, str] = {}
    for key in sorted(scores):
        ranked = sorted(scores[key].items(), key=lambda kv: (-kv[1], kv[0]))
        occ_ids = " ".join(str(occ_index[c]) for c, _s in ranked)
        titles[key] = f"{display[key]}\t{occ_ids}"
    return [list(o) for o in occupations], titles


# ---------------------------------------------------------------------------- main
def build(source: Path = DEFAULT_SOURCE, curated_path: Path = CURATED) -> dict:
    esco_rows = read_csv(source / "esco-skills" / "skills_en.csv")
    tech_rows = read_tsv(source / "onet-technology-skills" / "technology_skills.tsv")
    alt_rows = read_tsv(source / "onet-occupation-titles" / "alternate_titles.tsv")
    occ_rows = read_tsv(source / "onet-occupation-titles" / "occupation_data.tsv")
    curated = parse_curated(curated_path)

    occupations, titles = build_titles(alt_rows, occ_rows, curated["titles"])
    b = Builder(
        dict(common_words(esco_rows, occ_rows)), dict(common_words(esco_rows, occ_rows, False))
    )
    b.title_keys = set(titles)
    b.title_heads = {key.rsplit(" ", 1)[-1] for key in titles}
    add_curated(b, curated)
    add_onet(b, tech_rows)
    add_esco(b, esco_rows)
    add_singulars(b)
    keys = b.export_keys()

    kinds = Counter(s[1] for s in b.skills)
    meta = {
        "skills": len(b.skills),
        "hard_skills": kinds["h"],
        "soft_skills": kinds["s"],
        "tech_skills": sum(1 for s in b.skills if s[2] & FLAG_TECH),
        "hot_skills": sum(1 for s in b.skills if s[2] & FLAG_HOT),
        "languages": sum(1 for s in b.skills if s[2] & FLAG_LANGUAGE),
        "spellings": len(keys),
        "titles": len(titles),
        "occupations": len(occupations),
        **{k: v for k, v in sorted(b.counts.items())},
        "sources": "ESCO v1.1.1; O*NET 29.2 Technology Skills, Alternate Titles, Occupation Data",
    }
    return {
        "version": INDEX_VERSION,
        "meta": meta,
        "names": [s[0] for s in b.skills],
        "kinds": "".join(s[1] for s in b.skills),
        "flags": [s[2] for s in b.skills],
        "keys": keys,
        "max_joined": 4,
        "occupations": occupations,
        "titles": titles,
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def serialize(data: dict) -> bytes:
    """Deterministic gzip bytes (no timestamp, no file name)."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="taxonomy data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output .json.gz file")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        print(f"Source folder not found: {args.source}", file=sys.stderr)
        return 2
    data = build(args.source)
    blob = serialize(data)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(blob)
    print(f"wrote {args.out} ({len(blob) / 1e6:.2f} MB)")
    for key, value in data["meta"].items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Claims and their evidence: does a document support what a new text says? (pure)

Everything here is asked of a document's own visible text and its deterministic parse, never of
fields a model added (a model cannot vouch for itself).

* **Claims in prose** (``find_claims``, ``unsupported_claims``): numbers in digits and in words
  ("forty", "a dozen"), percentages, multipliers ("doubled", "3x"), durations ("ten years",
  "a decade"), organisation/product names wherever they stand in a sentence, employment claims
  ("former Globex engineer", "Google trusted me"), degrees, job titles and skills. A name the
  *posting* uses may be mentioned as the target ("your team at Globex"), never as the
  candidate's past.
* **Record evidence** (``DocumentLines``): a record (a role, a school, a certification) is
  supported only when one short span of lines holds all its parts as contiguous phrases, with
  its dates in that span.

The DOCX export uses ``rewrite_is_grounded``; the agents use the finer functions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from atspro.analysis.resume import dates
from atspro.analysis.resume.education import find_degree
from atspro.analysis.scoring.matching import canonical_skill, contains_term, resume_plain_text
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import EducationLevel, Resume

ClaimKind = Literal[
    "number", "percent", "multiplier", "duration", "name", "employment", "degree", "title", "skill"
]  # fmt: skip

_UNITS = {
    "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_ONES = {"one": 1, **_UNITS}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mm": 1_000_000, "bn": 1_000_000_000, "b": 1e9}
# Plural magnitudes ("hundreds of teams") claim at least that much.
_MAGNITUDES = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
_MULTIPLIER_WORDS = {
    "double": 2, "doubled": 2, "doubling": 2, "doubles": 2, "twice": 2, "twofold": 2,
    "triple": 3, "tripled": 3, "tripling": 3, "triples": 3, "threefold": 3,
    "quadrupled": 4, "fourfold": 4, "tenfold": 10, "halved": 0.5, "halving": 0.5,
}  # fmt: skip

_WORDNUM = (
    r"(?:(?P<tens>" + "|".join(_TENS) + r")(?:[\s-](?P<tens_one>" + "|".join(_ONES) + r"))?"
    r"|(?P<dozen>a\s+dozen|dozen)"
    r"|(?P<unit>" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"))"
)
_NUMBER_RE = re.compile(
    r"(?<![\w.])(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<suffix>k|mm|m|bn|b)\b)?(?![0-9A-WYZa-wyz])"  # not "12th", "B2B"; "3x" is
    r"|" + _WORDNUM + r"\b)"
    r"(?:[\s-](?P<scale>" + "|".join(_SCALES) + r")\b)?"
    r"(?P<plus>\+)?"
    r"(?:\s?(?P<percent>%|percent\b|per\s+cent\b)"
    r"|\s?(?P<times>x\b|×|times\b)"
    r"|[\s-](?:(?:full|whole)\s+)?(?P<unit_dur>years?|yrs?|months?|decades?)\b)?",
    re.IGNORECASE,
)
_WORD_CLAIM_RE = re.compile(
    r"\b(?:(?P<decade>a\s+decade|decade)|(?P<mult>" + "|".join(_MULTIPLIER_WORDS) + r")"
    r"|(?P<mag>" + "|".join(_MAGNITUDES) + r"))\b",
    re.IGNORECASE,
)
_NAME_RE = re.compile(r"(?<![\w.'’])([A-Z][A-Za-z0-9+#&.'’-]*[A-Za-z0-9+#]|[A-Z]{2})(?![\w])")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[\"“(•\-–]\s*)$")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])")
# Sentence-initial words that are grammar, not names (the document also vouches for any word
# it uses itself).
_COMMON_WORDS = """a an the i i'm i've i'd my me we our us you your yours he she they it its this that these
    those there here as at by for from in into of on onto to with within without about above
    across after against along among around before behind below beneath beside between beyond
    during except inside near off outside over past since through throughout toward towards
    under until upon and but or nor so yet also then thus hence therefore however moreover
    furthermore meanwhile additionally finally first second third next last today currently
    recently previously now already always often never still just only even both each either
    every all any some many most more much few several such what which who whom whose when
    where why how if while because although though whereas unless whether once am is are was
    were be been being have has had do does did will would shall should can could may might
    must let lets please thank thanks dear hello hi best kind regards sincerely yours cheers
    led built ran won set cut grew drove made wrote own lead build help bring seek looking
    proven strong excited passionate eager happy glad keen able ready hands over ever not no
    yes well together overall key new several worked holds brings leads builds has gives
    makes keeps runs uses mention add highlight consider quantify include show use move put
    replace rewrite start open begin emphasise emphasize describe list name note state try
    lead keep make give"""
_COMMON = frozenset(_COMMON_WORDS.split())
_TARGET_NAME_OK = frozenset({"Dear", "Hiring", "Manager", "Team", "Recruiter", "Sincerely"})
_EMPLOY_BEFORE = (
    r"(?:former(?:ly)?|ex-|previously\s+(?:at|with)|worked\s+(?:at|for|with)|working\s+"
    r"(?:at|for)|employed\s+(?:at|by)|served\s+(?:at|with)|interned\s+at|joined|"
    r"(?:my|our)\s+(?:time|years?|role|work|tenure|days)\s+(?:at|with)|while\s+at|back\s+at|"
    r"i\s+was\s+(?:at|with)|spent\s+[\w\s]{0,20}?\s(?:at|with))\s+(?:an?\s+|the\s+)?"
)
_EMPLOY_AFTER = (
    r"(?:'s|’s)?\s+(?:trusted|hired|employed|promoted|chose|selected|relied\s+on|paid|"
    r"recruited|rewarded|recognised|recognized)\s+me\b"
)
_AS_A_RE = re.compile(r"\b(?:as|i\s+was|i\s+am|i'm)\s+(?:an?|the)\s+", re.IGNORECASE)
# "At Globex, I would…", "as a Senior Engineer I will…": the target, not the past.
_HYPOTHETICAL_RE = re.compile(r"\b(?:would|will|could|can|hope|want|'d|look\s+forward)\b", re.I)
# Capitalised words that are dates, not names (the year beside them is checked as a number).
_CALENDAR_WORDS = """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday spring summer fall autumn winter"""
_CALENDAR = frozenset(_CALENDAR_WORDS.split())


@dataclass(frozen=True)
class Claim:
    """One checkable statement in a text: ``term`` as written, ``value`` for quantities."""

    kind: ClaimKind
    term: str
    value: float | None = None
    start: int = 0

    @property
    def label(self) -> str:
        """What kind of fact it is, in plain words (for telling the user what was removed)."""
        return _LABELS[self.kind]


_LABELS: dict[ClaimKind, str] = {
    "number": "a number",
    "percent": "a percentage",
    "multiplier": "a growth figure",
    "duration": "a length of time",
    "name": "a name",
    "employment": "an employer",
    "degree": "a degree",
    "title": "a job title",
    "skill": "a skill",
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("’", "'")


def _number_value(m: re.Match[str]) -> float:
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
        if m.group("suffix"):
            value *= _SUFFIX_SCALES[m.group("suffix").lower()]
    elif m.group("tens"):
        value = _TENS[m.group("tens").lower()] + _ONES.get((m.group("tens_one") or "").lower(), 0)
    elif m.group("dozen"):
        value = 12
    else:
        value = _UNITS[m.group("unit").lower()]
    if m.group("scale"):
        value *= _SCALES[m.group("scale").lower()]
    return value


def _word_number(m: re.Match[str]) -> str:
    start = m.start("tens") if m.group("tens") else m.start()
    return m.string[start : m.end("scale") if m.group("scale") else m.end()].strip()


def _quantities(text: str) -> list[Claim]:
    out: list[Claim] = []
    for m in _NUMBER_RE.finditer(text):
        value = _number_value(m)
        term = next(g for g in (m.group("digits"), _word_number(m)) if g)
        if m.group("percent"):
            out.append(Claim("percent", term, value, m.start()))
        elif m.group("times"):
            out.append(Claim("multiplier", term, value, m.start()))
        elif m.group("unit_dur"):
            unit = m.group("unit_dur").lower()
            years = value * 10 if unit.startswith("decade") else value
            years = years / 12 if unit.startswith("month") else years
            out.append(Claim("duration", term, years, m.start()))
        else:
            out.append(Claim("number", term, value, m.start()))
    for m in _WORD_CLAIM_RE.finditer(text):
        if m.group("decade"):
            out.append(Claim("duration", m.group(0), 10.0, m.start()))
        elif m.group("mult"):
            out.append(Claim("multiplier", m.group(0), _MULTIPLIER_WORDS[m.group(0).lower()]))
        else:
            out.append(Claim("number", m.group(0), _MAGNITUDES[m.group(0).lower()], m.start()))
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (a rough cut: claims are checked per sentence)."""
    return [s for s in _SENTENCE_SPLIT_RE.split(" ".join(text.split())) if s]


def _is_number_word(word: str) -> bool:
    w = word.lower()
    return w in _ONES or w in _TENS or w in _SCALES or w in _MAGNITUDES or w in _MULTIPLIER_WORDS


def _names(text: str) -> list[Claim]:
    out = []
    for m in _NAME_RE.finditer(text):
        word = re.sub(r"['’]s$", "", m.group(1)).rstrip(".")
        if not word or _is_number_word(word) or word.casefold() in {"i'm", "i've", "i'd"}:
            continue
        if word.casefold() in _CALENDAR:
            continue
        at_start = bool(_SENTENCE_START_RE.search(text[: m.start()]))
        low = word.casefold()
        if at_start and (low in _COMMON or re.search(r"(?:ed|ing|ly)$", low)):
            continue  # grammar: a verb or a function word opening the sentence
        out.append(Claim("name", word, None, m.start()))
    return out


def _degrees(text: str) -> list[Claim]:
    out, offset = [], 0
    while (found := find_degree(text[offset:])) is not None:
        surface, level, (start, end) = found
        out.append(Claim("degree", surface, float(level), offset + start))
        offset += max(end, 1)
    return out


def find_claims(text: str) -> list[Claim]:
    """Every checkable fact ``text`` states (see the module docstring).

    A capitalised word inside a degree, a title or a skill is judged as that, not as a name.
    """
    text = _fold(text)
    index = get_index()
    claims = _quantities(text) + _degrees(text)
    covered = [(c.start, c.start + len(c.term)) for c in claims if c.kind == "degree"]
    for t in index.find_titles(text):
        claims.append(Claim("title", t.surface, None, t.start))
        covered.append((t.start, t.end))
    for h in index.find(text):
        claims.append(Claim("skill", h.name, None, h.start))
        covered.append((h.start, h.end))
    claims += [c for c in _names(text) if not any(a <= c.start < b for a, b in covered)]
    return claims


def employment_names(text: str) -> set[str]:
    """Names ``text`` presents as the writer's past employer or client."""
    text = _fold(text)
    out: set[str] = set()
    for claim in _names(text):
        name = re.escape(claim.term)
        before = re.search(_EMPLOY_BEFORE + r"(?:[\w-]+\s+){0,2}?" + name + r"\b", text, re.I)
        after = re.search(r"\b" + name + _EMPLOY_AFTER, text, re.I)
        led_by = re.match(
            r"\s*(?:at|for|with)\s+" + name + r"\b[^.]{0,60}?\b(?:i|we)\b", text, re.I
        )
        if before or after or (led_by and not _HYPOTHETICAL_RE.search(text)):
            out.add(claim.term)
    return out


_GENERIC_DEGREE_RE = re.compile(
    r"^(?:bachelor|master|doctor(?:al)?|doctorate|associate)(?:'s|s)?(?:\s+degree)?$", re.I
)


def _degree_key(surface: str) -> str:
    return re.sub(r"[^0-9a-z]", "", surface.casefold())


class Evidence:
    """What a document can vouch for: its visible text and its deterministic parse."""

    def __init__(self, text: str, resume: Resume | None = None) -> None:
        self.text = _fold(text)
        self.resume = resume
        found = _quantities(self.text)
        self.numbers = {c.value for c in found if c.kind != "duration"}
        self.numbers |= {c.value for c in found if c.kind == "duration" and c.value}
        self.percents = {c.value for c in found if c.kind == "percent"}
        self.multipliers = {c.value for c in found if c.kind == "multiplier"}
        self.durations = {round(c.value or 0, 2) for c in found if c.kind == "duration"}
        for total in (
            resume.total_years_experience if resume is not None else None,  # the roles' sum
            resume.stated_years_experience if resume is not None else None,  # "over a decade"
        ):
            if total:
                self.durations |= {float(int(total)), float(round(total))}

    @cached_property
    def skills(self) -> set[str]:
        names = {h.name.casefold() for h in get_index().find(self.text)}
        if self.resume is not None:
            names |= {canonical_skill(s.name).casefold() for s in self.resume.skills}
        return names

    @cached_property
    def degree_levels(self) -> set[float]:
        return {c.value for c in _degrees(self.text) if c.value is not None}

    @cached_property
    def degree_forms(self) -> set[str]:
        """Specific degrees the document names ("bsc", "masterofscience"); generic words
        ("masters") back only generic claims, through ``degree_levels``."""
        found = [c.term for c in _degrees(self.text) if not _GENERIC_DEGREE_RE.match(c.term)]
        return {key for key in map(_degree_key, found) if len(key) >= 2}

    def has_term(self, term: str) -> bool:
        return contains_term(self.text, term)

    def supports(self, claim: Claim) -> bool:
        """Is ``claim`` (a quantity) or its name/degree/title/skill in this document?"""
        v = claim.value
        if claim.kind == "percent":
            return v in self.percents
        if claim.kind == "multiplier":
            return v in self.multipliers or (v == 2 and 100.0 in self.percents)
        if claim.kind == "duration":
            return round(v or 0, 2) in self.durations
        if claim.kind == "number":
            if claim.term.casefold() in _MAGNITUDES:
                return any(n >= (v or 0) for n in self.numbers if n is not None)
            return v in self.numbers
        if claim.kind == "degree":
            # "a bachelor's degree" is backed by any bachelor's; "B.A." or "MBA" only by itself.
            if _GENERIC_DEGREE_RE.match(claim.term):
                return v in self.degree_levels
            key = _degree_key(claim.term)  # the rules' surface may run on a few words
            return self.has_term(claim.term) or any(
                key.startswith(form) or form.startswith(key) for form in self.degree_forms
            )
        if claim.kind == "skill":
            return claim.term.casefold() in self.skills
        return self.has_term(claim.term)


def unsupported_claims(
    text: str,
    evidence: Evidence,
    *,
    numbers_from: Evidence | None = None,
    target: str = "",
) -> list[Claim]:
    """Claims in ``text`` that ``evidence`` does not support (empty: grounded).

    ``numbers_from`` checks quantities against a narrower source (a rewritten bullet's numbers
    must come from the bullet it rewrites). ``target`` is the posting's text: its names and
    titles may be mentioned as the goal, never as the writer's own past.
    """
    quantities = numbers_from or evidence
    claimed_past = employment_names(text) if target else set()
    folded = _fold(text)
    hypothetical = bool(_HYPOTHETICAL_RE.search(folded))
    as_titles = set() if hypothetical else {m.end() for m in _AS_A_RE.finditer(folded)}
    bad: list[Claim] = []
    for claim in find_claims(text):
        source = quantities if claim.kind in ("number", "percent", "multiplier") else evidence
        if claim.kind == "duration":
            source = evidence
        if source.supports(claim):
            continue
        if target and claim.kind in ("name", "title"):
            if claim.term in _TARGET_NAME_OK:
                continue
            as_own = claim.term in claimed_past or claim.start in as_titles
            if not as_own and contains_term(target, claim.term):
                continue
            if claim.term in claimed_past:
                claim = Claim("employment", claim.term, None, claim.start)
        bad.append(claim)
    return bad


# ------------------------------------------------------------------------- records ---


def _tokens(text: str) -> list[str]:
    return re.findall(r"[0-9a-z]+", _fold(text).casefold().replace("+", " plus "))


class DocumentLines:
    """A document as lines, to find the one short span that supports a whole record."""

    WINDOW = 3  # a role header is title, company and dates on at most three lines

    def __init__(self, text: str) -> None:
        self.lines = [ln for ln in (x.strip() for x in _fold(text).splitlines()) if ln]
        self._tok_lines = [" " + " ".join(_tokens(ln)) + " " for ln in self.lines]
        self.full = " " + " ".join(t.strip() for t in self._tok_lines) + " "

    def has_phrase(self, phrase: str | None) -> bool:
        """``phrase`` appears contiguously (case, punctuation and spacing aside)."""
        toks = _tokens(phrase or "")
        return bool(toks) and f" {' '.join(toks)} " in self.full

    def _span_text(self, start: int) -> str:
        return " ".join(t.strip() for t in self._tok_lines[start : start + self.WINDOW])

    def record_span(self, parts: list[str]) -> tuple[int, int] | None:
        """The first window of lines that holds every part as a contiguous phrase."""
        wanted = [" ".join(_tokens(p)) for p in parts if p and _tokens(p)]
        if not wanted:
            return None
        for start in range(len(self.lines)):
            span = f" {self._span_text(start)} "
            if all(f" {w} " in span for w in wanted):
                return start, min(len(self.lines), start + self.WINDOW)
        return None

    def span_text(self, span: tuple[int, int]) -> str:
        return "\n".join(self.lines[span[0] : span[1]])

    def date_in(self, value: str | None, span: tuple[int, int]) -> str | None:
        """``value`` (YYYY-MM or YYYY) as the span supports it: the month-year when the span
        shows it, the year alone when only the year is there, else None."""
        if not value:
            return None
        shown = {d for line in self.lines[span[0] : span[1]] for d, _ in dates.find_dates(line)}
        if value in shown:
            return value
        year = value[:4]
        if year in shown or any(d.startswith(year) for d in shown):
            return year if len(value) > 4 and year not in shown else value[:4]
        return None

    def says_current(self, span: tuple[int, int]) -> bool:
        return bool(re.search(rf"\b{dates.PRESENT}\b", self.span_text(span), re.IGNORECASE))


def skill_in_text(skill: str, text: str) -> bool:
    """A skill needs its own surface form in the text: the taxonomy's detection (with its
    ambiguity rules, so "go live" is not Go) for skills it knows, a whole phrase otherwise."""
    index = get_index()
    name = index.canonical(skill)
    if name is not None:
        return name.casefold() in {h.name.casefold() for h in index.find(_fold(text))}
    return contains_term(_fold(text), skill)


def degree_level(degree: str | None) -> EducationLevel | None:
    """The level our own rules read from degree text (never a model's number)."""
    found = find_degree(_fold(degree or ""))
    return found[1] if found else None


# --------------------------------------------------------------------------- DOCX guard ---


def ungrounded_terms(new: str, resume: Resume, resume_text: str | None = None) -> list[str]:
    """Facts in ``new`` the resume does not contain (empty: grounded), as written."""
    source = resume_text if resume_text is not None else resume_plain_text(resume)
    bad = unsupported_claims(new, Evidence(source, resume))
    return list(dict.fromkeys(c.term for c in bad))


def rewrite_is_grounded(
    original: str, new: str, resume: Resume, resume_text: str | None = None
) -> bool:
    """True when ``new`` adds no fact that ``resume`` (which contains ``original``) lacks."""
    return bool(new.strip()) and not ungrounded_terms(new, resume, resume_text)

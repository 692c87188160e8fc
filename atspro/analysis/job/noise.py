"""Skill hits that are never asks: places, team names, people, the employer's own name and
products, benefits and equal-opportunity / legal boilerplate, pronouns and filler.

The taxonomy matches words, not meaning: "Kingdom" of "United Kingdom", "Sales" of "join our
Sales team", "Reading" of "Reading, UK". :class:`NoiseFilter` is built once per posting and
tells, for one hit, whether it is such a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atspro.analysis.job.meta import COUNTRIES, US_STATES
from atspro.analysis.job.text import PREFERRED, REQUIRED, JobDoc, Line
from atspro.analysis.taxonomy.skills import SkillHit

ASK_SECTIONS = frozenset({REQUIRED, PREFERRED})
_CAP = r"[A-Z][\w&.'-]*"
# "our Sales team", "the Sales and Marketing teams", "join our Data Science team".
_TEAM_AFTER = re.compile(
    rf"^(?:\s+{_CAP}){{0,2}}(?:\s*(?:,|and|&)\s*{_CAP}(?:\s+{_CAP}){{0,2}})*\s+"
    r"(?:teams?|department|dept|division|unit|squad|org|organi[sz]ation|function|group|crew)\b"
)
_TEAM_BEFORE = re.compile(
    rf"\b(?:our|the|your|join|with|alongside|across|to)\s+(?:{_CAP}\s+(?:and\s+|&\s+|,\s*)?){{0,3}}$"
)
_STATES = "|".join(sorted(US_STATES))
_PLACE = re.compile(
    rf"\b(?:{COUNTRIES})\b|"
    r"\b(?:United|San|Los|Las|Santa|Saint|St\.?|Hong|Abu|Rio|Buenos|Tel|Northern|Southern|"
    r"Greater|North|South|East|West)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    r"\bNew (?:York|Jersey|Zealand|Mexico|Hampshire|Orleans|Delhi|England|South Wales)\b|"
    rf"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?=,\s*(?:(?:{_STATES})\b|(?:{COUNTRIES})\b))|"
    rf"(?<=,\s)(?:{_STATES})\b"
)
_PERSON = re.compile(
    r"\b(?i:founders?|co-?founders?|ceo|cto|cfo|coo|president|recruiter|hiring manager|"
    r"contact|reach out to|ask for|written by|posted by|managed by|reporting to|report to)"
    r"\s*[,:]?\s*((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z'-]+(?:\s*(?:,|and|&)\s*(?:[A-Z][a-z]+\s+)"
    r"{1,2}[A-Z][a-z'-]+)*)"
)
_BOILERPLATE = re.compile(
    r"equal (?:employment )?opportunit|\beeo\b|discriminat|regardless of|protected (?:veteran|"
    r"status|characteristic)|reasonable accommodation|\bbenefits? (?:include|package)|"
    r"\bwe offer\b|\bperks?\b|\bwhat we offer|paid time off|\bpto\b|health(?:care)? insurance|"
    r"\bdental\b|\bpension\b|401\(?k\)?|stock options|\bequity\b|parental leave|"
    r"\bholidays?\b|\bvacation\b|annual leave|wellness|gym membership|tuition|"
    r"background (?:check|screening)|pre-employment|drug (?:test|screen)|e-?verify|visa sponsorship|all qualified applicants|"
    r"privacy (?:policy|notice)|cookie|welcomes? applica|applicants? (?:of|from) all|"
    r"all backgrounds|committed to (?:an? )?(?:diverse|inclusive)",
    re.IGNORECASE,
)
# Cheap substring gate: the boilerplate regex runs only on sentences holding one of these.
_BOILERPLATE_WORDS = (
    "opportunit", "eeo", "discriminat", "regardless", "protected", "accommodation", "benefit",
    "offer", "perk", "paid time", "pto", "insurance", "dental", "pension", "401", "stock",
    "equity", "parental", "holiday", "vacation", "leave", "wellness", "gym", "tuition",
    "background", "drug", "verify", "visa", "applicant", "privacy", "cookie", "welcome",
    "committed",
)  # fmt: skip
# "CAD 120,000" is Canadian dollars, not computer-aided design.
_CURRENCY_CODE = re.compile(
    r"^(?:CAD|AUD|NZD|USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|INR|SGD|HKD|JPY|ZAR|BRL|MXN)$"
)
_AMOUNT_NEAR = re.compile(r"\d[\d,.]*\s*[kKmM]?\s*$|^\s*[$€£]?\s*\d")
# The employer's own hiring and pay machinery: "our payroll partner", "candidate screening".
_EMPLOYER_PROCESS = re.compile(
    r"\b(?:our|their|the company's) (?:\w+ ){0,2}(?:payroll|screening|recruiting|hiring)\b|"
    r"\b(?:payroll|screening) (?:partner|provider|company|process|is (?:done|handled))\b|"
    r"\bemployer of record\b|\bscreening (?:is|will be) (?:done|carried out)\b",
    re.IGNORECASE,
)
# Taxonomy hits that are words of a sentence, not skills ("you're", "go-getters").
_FILLER = frozenset(
    [
        "you",
        "you're",
        "youre",
        "we",
        "we're",
        "were",
        "i",
        "i'm",
        "our",
        "us",
        "they",
        "it",
        "go-getter",
        "go-getters",
        "self-starter",
        "self-starters",
        "rockstar",
        "rockstars",
        "ninja",
        "ninjas",
        "hustle",
        "team",
        "player",
    ]
)


def _spans(pattern: re.Pattern[str], text: str, group: int = 0) -> list[tuple[int, int]]:
    return [(m.start(group), m.end(group)) for m in pattern.finditer(text) if m.group(group)]


class NoiseFilter:
    """Built once per posting; :meth:`drops` says whether a hit is never an ask."""

    def __init__(
        self,
        doc: JobDoc,
        company: str | None = None,
        extra_spans: Iterable[tuple[int, int]] = (),
    ) -> None:
        text = doc.text
        self._text = text
        self._spans = sorted([*_spans(_PLACE, text), *_spans(_PERSON, text, 1), *extra_spans])
        self._boilerplate: dict[str, bool] = {}
        words = [w for w in re.findall(r"[A-Za-z]{4,}", company or "")]
        self._company_stem = words[0].casefold() if words else None

    def _inside(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self._spans)

    def drops(self, hit: SkillHit, line: Line, sentence: str) -> bool:
        surface = hit.surface
        if surface.casefold() in _FILLER:
            return True
        if _CURRENCY_CODE.match(surface) and (
            _AMOUNT_NEAR.search(self._text[max(0, hit.start - 15) : hit.start])
            or _AMOUNT_NEAR.search(self._text[hit.end : hit.end + 15])
        ):
            return True
        if _EMPLOYER_PROCESS.search(sentence):
            return True
        if self._inside(hit.start, hit.end):
            return True
        if self._company_stem and surface.casefold().startswith(self._company_stem):
            return True  # the employer's products: "QuantaScan" of Quanta Vision
        if (
            self._company_stem
            and line.section not in ASK_SECTIONS
            and sentence.casefold().startswith(self._company_stem)
        ):
            return True  # "Kitebird builds booking tools for yoga studios": what it sells
        if surface[:1].isupper() and not surface.isupper():
            after = self._text[hit.end : hit.end + 60]
            before = self._text[max(line.start, hit.start - 40) : hit.start]
            if _TEAM_AFTER.match(after) and _TEAM_BEFORE.search(before):
                return True
        verdict = self._boilerplate.get(sentence)
        if verdict is None:
            lowered = sentence.lower()
            verdict = any(w in lowered for w in _BOILERPLATE_WORDS) and bool(
                _BOILERPLATE.search(sentence)
            )
            self._boilerplate[sentence] = verdict
        return verdict

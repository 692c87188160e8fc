"""Salary in a job posting: amounts and ranges with currency, scale and pay period."""

from __future__ import annotations

import re

from atspro.analysis.job.text import APPLY, EEO, MAX_CANDIDATES, JobDoc
from atspro.models import Salary

_DIGIT = re.compile(r"\d")

_CURRENCIES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "inr": "INR",
    "rs": "INR",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "nz$": "NZD",
    "nzd": "NZD",
    "s$": "SGD",
    "sgd": "SGD",
    "hk$": "HKD",
    "hkd": "HKD",
    "r$": "BRL",
    "brl": "BRL",
    "chf": "CHF",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "zł": "PLN",
    "czk": "CZK",
    "huf": "HUF",
    "ron": "RON",
    "₽": "RUB",
    "rub": "RUB",
    "₴": "UAH",
    "uah": "UAH",
    "₪": "ILS",
    "ils": "ILS",
    "aed": "AED",
    "zar": "ZAR",
    "mxn": "MXN",
    "cny": "CNY",
    "rmb": "CNY",
    "krw": "KRW",
    "₩": "KRW",
    "try": "TRY",
    "₺": "TRY",
}
_CUR_PREFIX = r"(?:US\$|CA\$|AU\$|NZ\$|HK\$|[CASR]\$|\$|€|£|¥|₹|₽|₴|₪|₩|₺|USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SEK|NOK|DKK|PLN|CZK|SGD|NZD|HKD|BRL|ZAR|AED|MXN|ILS|UAH|RUB|CNY|RMB)"
_CUR_SUFFIX = r"(?:USD|EUR|GBP|CAD|AUD|CHF|INR|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON|SGD|NZD|HKD|BRL|ZAR|AED|MXN|ILS|UAH|RUB|CNY|RMB|KRW|TRY|€|£|₽|₴|zł|euros?|\$)"
_NUM = r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_MULT = r"(?:k|K|m|M|mm|MM|mln|thousand|million)(?![A-Za-z])"
_AMOUNT = (
    r"(?P<c{i}>{pre})?\s?(?P<n{i}>{num})\s?(?P<m{i}>{mult})?(?:\s?(?P<s{i}>{suf})(?![A-Za-z]))?"
)
_PERIOD = (
    r"(?:\s*(?:/|per|an?|each)\s*(?P<per>hour|hr|h|year|yr|annum|month|mo|week|wk|day)\b"
    r"|\s*,?\s*(?P<adv>hourly|annually|annual|yearly|monthly|weekly|daily|p\.\s?a\.|pa\b|p/h|ph\b))?"
)
_SALARY = re.compile(
    r"(?:between\s+)?"
    + _AMOUNT.format(i=1, pre=_CUR_PREFIX, num=_NUM, mult=_MULT, suf=_CUR_SUFFIX)
    + r"(?:\s*(?:-|–|—|to|and|~)\s*"
    + _AMOUNT.format(i=2, pre=_CUR_PREFIX, num=_NUM, mult=_MULT, suf=_CUR_SUFFIX)
    + r")?"
    + r"(?:\s*(?:gross|net|brutto|base|\(?(?:USD|EUR|GBP)\)?))?"
    + _PERIOD,
)
_SALARY_CONTEXT = re.compile(
    r"salary|compensation|\bpay\b|\bpaid\b|wage|\brate\b|\bbase\b|\bOTE\b|earn|remuneration|"
    r"stipend|per (?:hour|year|annum|month)|range|package|gross|brutto",
    re.IGNORECASE,
)
_NOT_SALARY = re.compile(
    r"fund(?:ing|ed)|raised|revenue|valuation|series [a-e]\b|investor|\bARR\b|budget|"
    r"assets under|market cap|customers|users|transactions|sales of|turnover|bonus of|"
    r"signing bonus|relocation|allowance|stipend of|401",
    re.IGNORECASE,
)
_OPEN_RANGE = re.compile(r"\b(?:up to|from|starting (?:at|from)|max(?:imum)?)\s*:?\s*$", re.I)
_PERIODS = {
    "hour": "hour",
    "hr": "hour",
    "h": "hour",
    "hourly": "hour",
    "p/h": "hour",
    "ph": "hour",
    "year": "year",
    "yr": "year",
    "annum": "year",
    "annually": "year",
    "annual": "year",
    "yearly": "year",
    "p.a.": "year",
    "p. a.": "year",
    "pa": "year",
    "month": "month",
    "mo": "month",
    "monthly": "month",
    "week": "week",
    "wk": "week",
    "weekly": "week",
    "day": "day",
    "daily": "day",
}
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "mln": 1e6, "million": 1e6}
_YEARLIKE_CURRENCIES = {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "NZD", "SGD", "HKD", "DKK"}


def _parse_number(raw: str) -> float | None:
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?", raw):
        decimals = re.search(r"[.,](\d{1,2})$", raw)
        whole = raw[: decimals.start()] if decimals else raw
        value = float(re.sub(r"[,.' ]", "", whole))
        return value + (float("0." + decimals.group(1)) if decimals else 0.0)
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def _currency(*tokens: str | None) -> str | None:
    for token in tokens:
        if token:
            code = _CURRENCIES.get(token.strip().lower())
            if code:
                return code
    return None


def _salary_from_match(m: re.Match[str], line: str) -> tuple[float, Salary] | None:
    """(confidence, Salary) for one regex match, or None when it is not a pay figure."""
    n1, n2 = m.group("n1"), m.group("n2")
    v1 = _parse_number(n1)
    v2 = _parse_number(n2) if n2 else None
    if v1 is None:
        return None
    m1, m2 = (m.group("m1") or "").lower(), (m.group("m2") or "").lower()
    cur = _currency(m.group("c1"), m.group("s1"), m.group("c2"), m.group("s2"))
    if m2 and not m1 and v2 is not None and v1 < 1000:
        m1 = m2  # "60-75k": the suffix applies to both ends
    v1 *= _SCALE.get(m1, 1.0)
    if v2 is not None:
        v2 *= _SCALE.get(m2, 1.0)
    raw_period = (m.group("per") or m.group("adv") or "").lower().replace(" ", " ")
    period = _PERIODS.get(raw_period)
    window = line[max(0, m.start() - 60) : m.end() + 40]
    context = bool(_SALARY_CONTEXT.search(window))
    if _NOT_SALARY.search(line[max(0, m.start() - 40) : m.end() + 25]) and not period:
        return None
    if not cur and not (context and (m1 or v2 is not None or period)):
        return None
    tail = line[m.end() : m.end() + 12].lower()
    if re.match(r"\s*(?:\+?\s*(?:years?|yrs|employees|people|%|percent|hours|days|weeks))", tail):
        return None
    low, high = (v1, v2) if v2 is not None else (v1, None)
    if high is not None and high < low:
        low, high = high, low
    top = high if high is not None else low
    if top < 1 or top > 5e7:
        return None
    if not cur and 1900 <= v1 <= 2100 and not m1:
        return None  # a year, not an amount
    if period is None and cur in _YEARLIKE_CURRENCIES | {None}:
        if top >= 15000:
            period = "year"
        elif top <= 300 and (context or cur):
            period = "hour"
    if period is None and cur and top >= 15000 and context:
        period = "year" if top >= 100000 or cur in _YEARLIKE_CURRENCIES else None
    prefix = _OPEN_RANGE.search(line, max(0, m.start() - 20), m.start())
    sal_min, sal_max = low, high
    if high is None:
        if prefix and prefix.group(0).lower().startswith("up"):
            sal_min, sal_max = None, low
        else:
            sal_max = None if prefix else low
    text = line[m.start() : m.end()].strip(" ,;(")
    if prefix:
        text = line[m.start() - len(prefix.group(0)) : m.end()].strip(" ,;(")
    explicit_period = bool(m.group("per") or m.group("adv"))
    confidence = (2 if cur else 0) + (2 if explicit_period else 0)
    confidence += (2 if context else 0) + (1 if v2 is not None else 0)
    salary = Salary(min=sal_min, max=sal_max, currency=cur, period=period, text=text)  # type: ignore[arg-type]
    return confidence, salary


def find_salary(doc: JobDoc) -> Salary | None:
    """The most salary-like amount or range in the posting."""
    best: tuple[float, int, Salary] | None = None
    budget = MAX_CANDIDATES
    for order, line in enumerate(doc.lines):
        if line.section in (EEO, APPLY) or not _DIGIT.search(line.text):
            continue
        for m in _SALARY.finditer(line.text):
            budget -= 1
            if budget < 0:
                return best[2] if best else None
            found = _salary_from_match(m, line.text)
            if found is None:
                continue
            confidence, salary = found
            if line.label == "salary":
                confidence += 3
            if best is None or confidence > best[0]:
                best = (confidence, order, salary)
    return best[2] if best else None

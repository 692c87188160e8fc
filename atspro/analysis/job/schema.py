"""schema.org ``JobPosting`` dict -> structured hints plus one text to parse.

Job boards fill these dicts unevenly: any field may be missing, a string, a list, a nested
object, HTML or escaped HTML. Every accessor here tolerates all of that and never raises.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from typing import Any

from atspro.analysis.job.fields import normalize_employment_type
from atspro.analysis.job.html import html_fragment_to_text
from atspro.models import EducationLevel, Salary, WorkMode


@dataclass(slots=True)
class Hints:
    """Values read from structured data; they win over what the text parser finds."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    work_mode: WorkMode | None = None
    employment_type: str | None = None
    salary: Salary | None = None
    min_years: float | None = None
    education_level: EducationLevel | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


def _text(value: Any, limit: int = 500) -> str | None:
    """A short plain string from a str / number / {name|@value|value} / list value."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        cleaned = " ".join(html_lib.unescape(re.sub(r"<[^>]{0,200}>", " ", value)).split())
        return cleaned[:limit] or None
    if isinstance(value, dict):
        for key in ("name", "@value", "value", "text", "title", "label"):
            found = _text(value.get(key), limit)
            if found:
                return found
        return None
    if isinstance(value, list):
        for item in value:
            found = _text(item, limit)
            if found:
                return found
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[^\d.]", "", value.replace(",", ""))
        try:
            return float(cleaned) if cleaned else None
        except ValueError:
            return None
    if isinstance(value, dict):
        return _number(value.get("@value", value.get("value")))
    return None


# --------------------------------------------------------------------------- location ---


def _address(value: Any) -> str | None:
    if isinstance(value, str):
        return _text(value, 200)
    if not isinstance(value, dict):
        return None
    parts: list[str] = []
    for key in ("addressLocality", "addressRegion", "addressCountry"):
        part = _text(value.get(key), 80)
        if part and part not in parts:
            parts.append(part)
    if not parts:
        return _text(value.get("name"), 200) or _text(value.get("streetAddress"), 200)
    return ", ".join(parts)


def _location(posting: dict[str, Any]) -> str | None:
    places: list[str] = []
    for place in _as_list(posting.get("jobLocation")):
        if isinstance(place, dict):
            text = _address(place.get("address")) or _text(place.get("name"), 200)
        else:
            text = _text(place, 200)
        if text and text not in places:
            places.append(text)
    if places:
        return "; ".join(places[:5])
    names = [
        n
        for n in (_text(r, 80) for r in _as_list(posting.get("applicantLocationRequirements")))
        if n
    ]
    if names:
        return ", ".join(dict.fromkeys(names))
    return None


def _work_mode(posting: dict[str, Any]) -> WorkMode | None:
    kinds = " ".join(str(k) for k in _as_list(posting.get("jobLocationType")) if isinstance(k, str))
    if re.search(r"telecommute|remote", kinds, re.IGNORECASE):
        return "remote"
    if re.search(r"hybrid", kinds, re.IGNORECASE):
        return "hybrid"
    if re.search(r"on-?site|office", kinds, re.IGNORECASE):
        return "onsite"
    return None


# ------------------------------------------------------------------------------ salary ---

_UNITS = {
    "HOUR": "hour",
    "DAY": "day",
    "WEEK": "week",
    "MONTH": "month",
    "YEAR": "year",
    "ANNUAL": "year",
}


def _salary(posting: dict[str, Any]) -> Salary | None:
    for key in ("baseSalary", "estimatedSalary", "salary"):
        for raw in _as_list(posting.get(key)):
            salary = _salary_from(raw, posting)
            if salary:
                return salary
    return None


def _salary_from(raw: Any, posting: dict[str, Any]) -> Salary | None:
    currency = _text(posting.get("salaryCurrency"), 10)
    value: Any = raw
    if isinstance(raw, dict):
        currency = _text(raw.get("currency"), 10) or currency
        value = raw.get("value", raw)
    if isinstance(value, list):
        value = value[0] if value else None
    low = high = None
    unit = None
    if isinstance(value, dict):
        low = _number(value.get("minValue"))
        high = _number(value.get("maxValue"))
        single = _number(value.get("value"))
        if low is None and high is None and single is not None:
            low = high = single
        unit = _text(value.get("unitText"), 20)
    elif isinstance(value, str) and re.search(r"\d", value):
        numbers = [_number(n) for n in re.findall(r"\d[\d,.]*", value)[:2]]
        numbers = [n for n in numbers if n is not None]
        if numbers:
            low, high = numbers[0], numbers[-1]
    else:
        low = high = _number(value)
    if isinstance(raw, dict) and unit is None:
        unit = _text(raw.get("unitText"), 20)
    if low is None and high is None:
        return None
    if low is not None and high is not None and high < low:
        low, high = high, low
    period = _UNITS.get((unit or "").strip().upper())
    currency = currency.upper() if currency and re.fullmatch(r"[A-Za-z]{3}", currency) else currency
    shown = f"{low:,.0f}" if low == high or high is None else f"{low:,.0f}–{high:,.0f}"
    if low is None:
        shown = f"up to {high:,.0f}"
    text = " ".join(filter(None, [currency, shown, f"per {period}" if period else None]))
    return Salary(min=low, max=high, currency=currency, period=period, text=text)  # type: ignore[arg-type]


# -------------------------------------------------------------------- experience / edu ---

_CREDENTIALS = [
    (re.compile(r"doctor|ph\.?d", re.I), EducationLevel.DOCTORATE),
    (re.compile(r"postgraduate|post-graduate|master|graduate degree", re.I), EducationLevel.MASTER),
    (re.compile(r"bachelor|undergraduate", re.I), EducationLevel.BACHELOR),
    (re.compile(r"associate", re.I), EducationLevel.ASSOCIATE),
    (re.compile(r"high ?school|secondary", re.I), EducationLevel.HIGH_SCHOOL),
]


def _education(posting: dict[str, Any]) -> EducationLevel | None:
    levels: list[EducationLevel] = []
    for item in _as_list(posting.get("educationRequirements")):
        if isinstance(item, dict):
            category = _text(item.get("credentialCategory"), 100)
            if category:
                for pattern, level in _CREDENTIALS:
                    if pattern.search(category):
                        levels.append(level)
                        break
    return min(levels) if levels else None


def _min_years(posting: dict[str, Any]) -> float | None:
    months: list[float] = []
    for item in _as_list(posting.get("experienceRequirements")):
        if isinstance(item, dict):
            value = _number(item.get("monthsOfExperience"))
            if value is not None and 0 < value <= 600:
                months.append(value)
    return round(max(months) / 12, 2) if months else None


# ---------------------------------------------------------------------------- the text ---


def _field_text(value: Any) -> str:
    """Text of a free-text field: HTML, plain, a list of bullets or a nested object."""
    if isinstance(value, str):
        return html_fragment_to_text(value)
    if isinstance(value, list):
        parts = [_field_text(v) for v in value[:200]]
        parts = [p for p in parts if p]
        if all("\n" not in p and len(p) < 300 for p in parts):
            return "\n".join(f"• {p}" for p in parts)
        return "\n".join(parts)
    if isinstance(value, dict):
        for key in ("description", "text", "name", "@value", "value", "credentialCategory"):
            if isinstance(value.get(key), (str, list)):
                return _field_text(value[key])
        months = _number(value.get("monthsOfExperience"))
        if months:
            return f"{months / 12:g} years of experience"
    return ""


_EXTRA_SECTIONS = [
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
    ("experienceRequirements", "Experience requirements"),
    ("educationRequirements", "Education requirements"),
    ("jobBenefits", "Benefits"),
]


def posting_hints(posting: dict[str, Any]) -> Hints:
    hints = Hints(
        title=_text(posting.get("title"), 200) or _text(posting.get("name"), 200),
        company=_text(posting.get("hiringOrganization"), 200),
        location=_location(posting),
        work_mode=_work_mode(posting),
        salary=_salary(posting),
        min_years=_min_years(posting),
        education_level=_education(posting),
        url=_text(posting.get("url"), 2000),
    )
    for kind in _as_list(posting.get("employmentType")):
        if isinstance(kind, str):
            hints.employment_type = normalize_employment_type(kind)
            if hints.employment_type:
                break
    return hints


def posting_text(posting: dict[str, Any]) -> str:
    """Description plus any separate requirement fields, each under its own heading, skipping
    fields whose text the description already contains (boards often repeat them)."""
    description = _field_text(posting.get("description"))
    parts = [description] if description else []
    seen = " ".join(description.lower().split())
    for key, heading in _EXTRA_SECTIONS:
        text = _field_text(posting.get(key))
        if not text:
            continue
        probe = " ".join(text.lower().split())[:80].lstrip("• ")
        if probe and probe in seen:
            continue
        parts.append(f"## {heading}\n{text}")
        seen += " " + " ".join(text.lower().split())
    return "\n\n".join(parts)

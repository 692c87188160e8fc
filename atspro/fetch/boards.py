"""Job boards with public JSON APIs: recognise their links and read the API, not the page.

Supported: Greenhouse, Lever (global and EU), Ashby, Workable and SmartRecruiters. Each API
answer is mapped onto a schema.org ``JobPosting``-shaped dict (the same shape a page's JSON-LD
has), so ``analysis/job.py`` reads board postings and JSON-LD postings with one parser:

    {"@type": "JobPosting", "title", "description", "hiringOrganization": {"name"},
     "jobLocation": {"address": {"addressLocality", "addressRegion", "addressCountry"}},
     "jobLocationType": "TELECOMMUTE", "employmentType",
     "baseSalary": {"currency", "value": {"minValue", "maxValue", "unitText"}},
     "datePosted", "url"}

Keys whose value is unknown are left out, as on real pages. API base URLs can be overridden
(``api_bases``) so that tests serve fixture JSON from a local server.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from yarl import URL

from atspro.fetch.errors import FetchError, HttpStatusError

if TYPE_CHECKING:
    from atspro.fetch.safe import SafeFetcher

DEFAULT_API_BASES: dict[str, str] = {
    "greenhouse": "https://boards-api.greenhouse.io",
    "lever": "https://api.lever.co",
    "lever_eu": "https://api.eu.lever.co",
    "ashby": "https://api.ashbyhq.com",
    "workable": "https://apply.workable.com",
    "smartrecruiters": "https://api.smartrecruiters.com",
}

_SLUG = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}"
_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_GREENHOUSE_HOSTS = frozenset({"boards.greenhouse.io", "job-boards.greenhouse.io"})
_GREENHOUSE_PATH = re.compile(rf"^/({_SLUG})/jobs/(\d{{1,20}})/?$")
_LEVER_PATH = re.compile(rf"^/({_SLUG})/({_UUID})(?:/apply)?/?$")
_ASHBY_PATH = re.compile(rf"^/({_SLUG})/({_UUID})(?:/application)?/?$")
_WORKABLE_APPLY_PATH = re.compile(rf"^/({_SLUG})/j/([A-Za-z0-9]{{4,20}})(?:/apply)?/?$")
_WORKABLE_LEGACY_PATH = re.compile(r"^/j/([A-Za-z0-9]{4,20})(?:/apply)?/?$")
_SMARTRECRUITERS_PATH = re.compile(rf"^/({_SLUG})/(\d{{6,20}})(?:-[^/]*)?/?$")


@dataclass(frozen=True)
class BoardLink:
    """A recognised job-board link: which board, which company account, which job."""

    board: str  # key of DEFAULT_API_BASES
    company: str
    job_id: str


def match_board(url: str) -> BoardLink | None:
    """Recognise a Greenhouse/Lever/Ashby/Workable/SmartRecruiters job link."""
    try:
        parsed = URL(url.strip())
    except ValueError:
        return None
    host = (parsed.host or "").lower().rstrip(".")
    path = parsed.path
    if host in _GREENHOUSE_HOSTS:
        if path.rstrip("/") == "/embed/job_app":
            board, token = parsed.query.get("for"), parsed.query.get("token")
            if board and token and re.fullmatch(_SLUG, board) and token.isdigit():
                return BoardLink("greenhouse", board, token)
            return None
        if found := _GREENHOUSE_PATH.match(path):
            return BoardLink("greenhouse", found[1], found[2])
    elif host in ("jobs.lever.co", "jobs.eu.lever.co"):
        if found := _LEVER_PATH.match(path):
            board = "lever_eu" if host == "jobs.eu.lever.co" else "lever"
            return BoardLink(board, found[1], found[2].lower())
    elif host == "jobs.ashbyhq.com":
        if found := _ASHBY_PATH.match(path):
            return BoardLink("ashby", found[1], found[2].lower())
    elif host == "apply.workable.com":
        if found := _WORKABLE_APPLY_PATH.match(path):
            return BoardLink("workable", found[1], found[2].upper())
    elif host.endswith(".workable.com") and host.count(".") == 2:
        company = host.split(".", 1)[0]
        found = _WORKABLE_LEGACY_PATH.match(path)
        if (
            found
            and company not in ("www", "apply", "jobs", "help")
            and re.fullmatch(_SLUG, company)
        ):
            return BoardLink("workable", company, found[1].upper())
    elif host == "jobs.smartrecruiters.com" and (found := _SMARTRECRUITERS_PATH.match(path)):
        return BoardLink("smartrecruiters", found[1], found[2])
    return None


def api_url(link: BoardLink, api_bases: Mapping[str, str] | None = None) -> str:
    """The public API URL that holds ``link``'s posting."""
    bases = {**DEFAULT_API_BASES, **(api_bases or {})}
    base = URL(bases[link.board].rstrip("/"))
    company, job_id = link.company, link.job_id
    if link.board == "greenhouse":
        url = base / "v1" / "boards" / company / "jobs" / job_id
        return str(url.with_query(pay_transparency="true"))
    if link.board in ("lever", "lever_eu"):
        return str(base / "v0" / "postings" / company / job_id)
    if link.board == "ashby":
        url = base / "posting-api" / "job-board" / company
        return str(url.with_query(includeCompensation="true"))
    if link.board == "workable":
        url = base / "api" / "v1" / "widget" / "accounts" / company
        return str(url.with_query(details="true"))
    if link.board == "smartrecruiters":
        return str(base / "v1" / "companies" / company / "postings" / job_id)
    raise ValueError(f"unknown board {link.board!r}")


async def fetch_board_posting(
    link: BoardLink,
    fetcher: SafeFetcher,
    *,
    source_url: str,
    api_bases: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Fetch ``link``'s posting from its board API and map it to a JobPosting dict."""
    response = await fetcher.get(api_url(link, api_bases), accept=("application/json",))
    try:
        data = json.loads(response.body)
    except (ValueError, UnicodeDecodeError):
        raise FetchError(f"{link.board} API answered with invalid JSON") from None
    if not isinstance(data, dict):
        raise FetchError(f"{link.board} API answered with a {type(data).__name__}")
    posting = MAPPERS[link.board](data, link, source_url)
    if not posting.get("title") and not posting.get("description"):
        raise FetchError(f"{link.board} API answer has no title or description")
    return posting


# ------------------------------------------------------------------------------ mapping ----

_EMPLOYMENT_TYPES = {
    "fulltime": "FULL_TIME",
    "permanent": "FULL_TIME",
    "parttime": "PART_TIME",
    "contract": "CONTRACTOR",
    "contractor": "CONTRACTOR",
    "freelance": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "temp": "TEMPORARY",
    "intern": "INTERN",
    "internship": "INTERN",
    "volunteer": "VOLUNTEER",
}
_UNIT_WORDS = {
    "year": "YEAR",
    "annual": "YEAR",
    "month": "MONTH",
    "week": "WEEK",
    "day": "DAY",
    "hour": "HOUR",
}
_US_STATE = re.compile(r"^[A-Z]{2}$")


def employment_type(text: str | None) -> str | None:
    """schema.org employmentType (FULL_TIME, PART_TIME, …) or the text as given."""
    if not text:
        return None
    key = re.sub(r"[^a-z]", "", text.lower())
    return _EMPLOYMENT_TYPES.get(key, text.strip())


def _unit(text: str | None, default: str | None = None) -> str | None:
    lowered = (text or "").lower()
    for word, unit in _UNIT_WORDS.items():
        if word in lowered:
            return unit
    return default


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _salary(currency: Any, low: Any, high: Any, unit: str | None) -> dict[str, Any] | None:
    low, high = _number(low), _number(high)
    if low is None and high is None:
        return None
    value = {"@type": "QuantitativeValue", "minValue": low, "maxValue": high, "unitText": unit}
    return {"@type": "MonetaryAmount", "currency": currency or None, "value": value}


def _address(locality: Any = None, region: Any = None, country: Any = None) -> dict | None:
    parts = {"addressLocality": locality, "addressRegion": region, "addressCountry": country}
    parts = {k: str(v).strip() for k, v in parts.items() if v and str(v).strip()}
    if not parts:
        return None
    return {"@type": "Place", "address": {"@type": "PostalAddress", **parts}}


def _address_from_text(text: str | None) -> dict | None:
    """'Berlin', 'Austin, TX', 'London, United Kingdom', 'Paris, IDF, France'."""
    if not text:
        return None
    marker = re.compile(r"(?i)\b(remote|hybrid|on-?site)\b\s*[-–:(/,]?\s*")
    cleaned = marker.sub("", text).strip(" -–,()/")
    parts = [p.strip() for p in cleaned.split(",") if p.strip()]
    if not parts:
        return None
    if len(parts) == 1:
        # "Remote - US", "Remote (Canada)": what qualifies a remote job is a country or region.
        if _is_remote(text):
            return _address(country=parts[0])
        return _address(locality=parts[0])
    if len(parts) == 2:
        if _US_STATE.match(parts[1]):
            return _address(locality=parts[0], region=parts[1])
        return _address(locality=parts[0], country=parts[1])
    return _address(locality=parts[0], region=parts[1], country=parts[-1])


def _is_remote(*texts: Any) -> bool:
    return any(isinstance(t, str) and re.search(r"(?i)\bremote\b", t) for t in texts)


def _iso_date(value: Any) -> str | None:
    """ISO date from an ISO string or epoch milliseconds (Lever)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, tz=UTC).date().isoformat()
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _company_from_slug(slug: str) -> str:
    """Best guess at a display name when the API does not say ('acme-labs' -> 'Acme Labs')."""
    return " ".join(word.capitalize() for word in re.split(r"[-_.]+", slug) if word)


def _section(title: Any, body: Any) -> str:
    if not body:
        return ""
    heading = f"<h3>{html.escape(str(title))}</h3>" if title else ""
    return f"{heading}{body}"


def _posting(
    *,
    title: Any,
    description: str,
    company: Any,
    location: dict | None,
    remote: bool,
    employment: str | None,
    salary: dict | None,
    date_posted: str | None,
    url: Any,
) -> dict[str, Any]:
    posting: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": str(title).strip() if title else None,
        "description": description.strip() or None,
        "hiringOrganization": {"@type": "Organization", "name": str(company)} if company else None,
        "jobLocation": location,
        "jobLocationType": "TELECOMMUTE" if remote else None,
        "employmentType": employment,
        "baseSalary": salary,
        "datePosted": date_posted,
        "url": str(url) if url else None,
    }
    return _drop_empty(posting)


def _drop_empty(value: Any) -> Any:
    if isinstance(value, dict):
        cleaned = {k: _drop_empty(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", {}, [])}
    return value


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def map_greenhouse(data: dict[str, Any], link: BoardLink, source_url: str) -> dict[str, Any]:
    """GET /v1/boards/{board}/jobs/{id}?pay_transparency=true.

    ``content`` is HTML escaped as entities (``&lt;p&gt;``); pay ranges are in cents.
    """
    location_name = _dict(data.get("location")).get("name")
    employment = None
    for field in _list(data.get("metadata")):
        field = _dict(field)
        if "employment" in str(field.get("name", "")).lower() and field.get("value"):
            employment = employment_type(str(field["value"]))
    salary = None
    for pay in _list(data.get("pay_input_ranges")):
        pay = _dict(pay)
        low, high = _number(pay.get("min_cents")), _number(pay.get("max_cents"))
        unit = _unit(f"{pay.get('title', '')} {pay.get('blurb', '')}", default="YEAR")
        salary = _salary(
            pay.get("currency_type"),
            low / 100 if low is not None else None,
            high / 100 if high is not None else None,
            unit,
        )
        if salary:
            break
    return _posting(
        title=data.get("title"),
        description=html.unescape(str(data.get("content") or "")),
        company=data.get("company_name") or _company_from_slug(link.company),
        location=_address_from_text(location_name),
        remote=_is_remote(location_name),
        employment=employment,
        salary=salary,
        date_posted=_iso_date(data.get("first_published") or data.get("updated_at")),
        url=data.get("absolute_url") or source_url,
    )


_LEVER_INTERVALS = {
    "per-year-salary": "YEAR",
    "per-month-salary": "MONTH",
    "per-week-salary": "WEEK",
    "per-day-wage": "DAY",
    "per-hour-wage": "HOUR",
}


def map_lever(data: dict[str, Any], link: BoardLink, source_url: str) -> dict[str, Any]:
    """GET /v0/postings/{company}/{id}: description + lists (requirements…) + additional."""
    categories = _dict(data.get("categories"))
    parts = [str(data.get("description") or data.get("descriptionPlain") or "")]
    for item in _list(data.get("lists")):
        item = _dict(item)
        if item.get("content"):
            parts.append(_section(item.get("text"), f"<ul>{item['content']}</ul>"))
    parts.append(str(data.get("additional") or ""))
    salary_range = _dict(data.get("salaryRange"))
    interval = str(salary_range.get("interval") or "")
    salary = _salary(
        salary_range.get("currency"),
        salary_range.get("min"),
        salary_range.get("max"),
        _LEVER_INTERVALS.get(interval) or _unit(interval),
    )
    location = _address_from_text(categories.get("location"))
    if location is not None and data.get("country"):
        location["address"].setdefault("addressCountry", str(data["country"]))
    workplace = str(data.get("workplaceType") or "")
    return _posting(
        title=data.get("text"),
        description="\n".join(p for p in parts if p),
        company=_company_from_slug(link.company),
        location=location,
        remote=workplace == "remote" or _is_remote(categories.get("location")),
        employment=employment_type(categories.get("commitment")),
        salary=salary,
        date_posted=_iso_date(data.get("createdAt")),
        url=data.get("hostedUrl") or source_url,
    )


def _ashby_salary(compensation: dict[str, Any]) -> dict[str, Any] | None:
    components = list(_list(compensation.get("summaryComponents")))
    for tier in _list(compensation.get("compensationTiers")):
        components.extend(_list(_dict(tier).get("components")))
    for component in components:
        component = _dict(component)
        if component.get("compensationType") == "Salary":
            salary = _salary(
                component.get("currencyCode"),
                component.get("minValue"),
                component.get("maxValue"),
                _unit(str(component.get("interval") or "")),
            )
            if salary:
                return salary
    return None


def _listed_job(
    data: dict[str, Any], link: BoardLink, board: str, ours: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    """The first of a board's listed ``jobs`` that is ``ours``; 404 when it is not listed."""
    for candidate in _list(data.get("jobs")):
        candidate = _dict(candidate)
        if ours(candidate):
            return candidate
    raise HttpStatusError(
        404,
        f"job {link.job_id} not on {board} {link.company}",
        user_message="That posting is no longer listed — it may have closed. "
        "Paste the job text instead.",
    )


def map_ashby(data: dict[str, Any], link: BoardLink, source_url: str) -> dict[str, Any]:
    """GET /posting-api/job-board/{org}?includeCompensation=true lists every job: pick ours."""

    def ours(candidate: dict[str, Any]) -> bool:
        job_url = str(candidate.get("jobUrl") or "").lower().rstrip("/")
        return str(candidate.get("id", "")).lower() == link.job_id or job_url.endswith(link.job_id)

    job = _listed_job(data, link, "Ashby board", ours)
    postal = _dict(_dict(job.get("address")).get("postalAddress"))
    location = _address(
        postal.get("addressLocality"), postal.get("addressRegion"), postal.get("addressCountry")
    ) or _address_from_text(job.get("location"))
    return _posting(
        title=job.get("title"),
        description=str(job.get("descriptionHtml") or job.get("descriptionPlain") or ""),
        company=_company_from_slug(link.company),
        location=location,
        remote=bool(job.get("isRemote")) or str(job.get("workplaceType") or "") == "Remote",
        employment=employment_type(job.get("employmentType")),
        salary=_ashby_salary(_dict(job.get("compensation"))),
        date_posted=_iso_date(job.get("publishedAt")),
        url=job.get("jobUrl") or source_url,
    )


def map_workable(data: dict[str, Any], link: BoardLink, source_url: str) -> dict[str, Any]:
    """GET /api/v1/widget/accounts/{company}?details=true lists every job: pick ours."""
    job = _listed_job(
        data,
        link,
        "Workable account",
        lambda candidate: str(candidate.get("shortcode", "")).upper() == link.job_id,
    )
    first_location = _dict(next(iter(_list(job.get("locations"))), None))
    location = _address(
        job.get("city") or first_location.get("city"),
        job.get("state") or first_location.get("region"),
        job.get("country") or first_location.get("country") or first_location.get("countryCode"),
    )
    description = "\n".join(
        _section(title, job.get(key))
        for key, title in (
            ("description", None),
            ("requirements", "Requirements"),
            ("benefits", "Benefits"),
        )
    )
    return _posting(
        title=job.get("title"),
        description=description or str(job.get("full_description") or ""),
        company=data.get("name") or _company_from_slug(link.company),
        location=location,
        remote=bool(job.get("telecommuting")),
        employment=employment_type(job.get("employment_type")),
        salary=None,  # the widget API publishes no pay
        date_posted=_iso_date(job.get("published_on") or job.get("created_at")),
        url=job.get("url") or job.get("shortlink") or source_url,
    )


_SMARTRECRUITERS_SECTIONS = (
    "companyDescription",
    "jobDescription",
    "qualifications",
    "additionalInformation",
)


def map_smartrecruiters(data: dict[str, Any], link: BoardLink, source_url: str) -> dict[str, Any]:
    """GET /v1/companies/{company}/postings/{id}: the ad comes in four HTML sections."""
    sections = _dict(_dict(data.get("jobAd")).get("sections"))
    description = "\n".join(
        _section(_dict(sections.get(key)).get("title"), _dict(sections.get(key)).get("text"))
        for key in _SMARTRECRUITERS_SECTIONS
    )
    where = _dict(data.get("location"))
    country = where.get("country")
    return _posting(
        title=data.get("name"),
        description=description,
        company=_dict(data.get("company")).get("name") or _company_from_slug(link.company),
        location=_address(
            where.get("city"),
            where.get("region"),
            str(country).upper() if country else None,
        ),
        remote=bool(where.get("remote")),
        employment=employment_type(_dict(data.get("typeOfEmployment")).get("label")),
        salary=None,  # not part of the public Posting API
        date_posted=_iso_date(data.get("releasedDate")),
        url=data.get("postingUrl") or source_url,
    )


MAPPERS = {
    "greenhouse": map_greenhouse,
    "lever": map_lever,
    "lever_eu": map_lever,
    "ashby": map_ashby,
    "workable": map_workable,
    "smartrecruiters": map_smartrecruiters,
}

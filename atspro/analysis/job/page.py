"""Title and company of a job page from its markup: the board's own elements (Lever, Greenhouse,
Workable, Ashby, SmartRecruiters, LinkedIn, Indeed), ``og:site_name`` / ``og:title``, the
``<title>`` patterns ("Title – Company", "Title at Company", "Company hiring Title in Place |
LinkedIn", "Job Application for Title at Company", "Company · Careers") and the apply button's
context. Titles are cleaned: "Job Title:" / "Role Summary :" prefixes, locations and
requisition ids go; "Sales Manager / Senior Sales Manager" stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from atspro.analysis.job.meta import COUNTRIES, GENDER_TAG, find_place, has_role_noun

# (CSS selector, field) in order of trust; the board's own elements first.
_BOARD_SELECTORS: list[tuple[str, str]] = [
    # Lever
    (".posting-headline h2", "title"),
    (".main-header-logo img[alt]", "company_alt"),
    # Greenhouse (classic and job-boards)
    ("h1.app-title", "title"),
    ("#header .company-name", "company"),
    (".company-name", "company"),
    # Workable
    ('[data-ui="job-title"]', "title"),
    ('[data-ui="company-name"]', "company"),
    # Ashby
    ('[class*="_jobPostingTitle"]', "title"),
    ('[class*="_companyName"]', "company"),
    # SmartRecruiters
    ("h1.job-title", "title"),
    ('[itemprop="hiringOrganization"] [itemprop="name"]', "company"),
    (".job-company-name", "company"),
    # LinkedIn guest pages
    ("h1.top-card-layout__title", "title"),
    ("h1.topcard__title", "title"),
    ("a.topcard__org-name-link", "company"),
    (".topcard__org-name-link", "company"),
    # Indeed
    ("h1.jobsearch-JobInfoHeader-title", "title"),
    ('[data-testid="jobsearch-JobInfoHeader-title"]', "title"),
    ('[data-testid="inlineHeader-companyName"]', "company"),
    ('[data-company-name="true"]', "company"),
    # Generic hiring-organisation markup
    ('[class*="hiring-org"]', "company"),
    ('[class*="company-name"]', "company"),
    ('[class*="companyName"]', "company"),
    ('[class*="employer-name"]', "company"),
]
_BOARD_NAMES = re.compile(
    r"^(?:linkedin|indeed(?:\.com)?|greenhouse|lever|workable|ashby|smartrecruiters|glassdoor|"
    r"monster|ziprecruiter|stepstone|xing|welcome to the jungle|wellfound|angellist|otta|"
    r"jobs?|careers?|job board|workday|bamboohr|recruitee|teamtailor|personio|jobvite|icims)$",
    re.IGNORECASE,
)
_BOARD_SUFFIX = re.compile(
    r"\s*[|–—·-]\s*(?:linkedin|indeed(?:\.com)?|glassdoor|smartrecruiters|workable|lever|"
    r"greenhouse|ashby|welcome to the jungle|wellfound|otta|monster|ziprecruiter)\s*$",
    re.IGNORECASE,
)
_TITLE_PATTERNS: list[re.Pattern[str]] = [
    re.compile(r"^Job Application for (?P<title>.+?) at (?P<company>.+)$", re.IGNORECASE),
    re.compile(
        r"^(?P<company>.+?) (?:is )?hiring (?:an? )?(?P<title>.+?)(?: in (?P<place>.+))?$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?P<title>.+?) (?:at|@) (?P<company>[^|–—·]+?)$"),
    re.compile(r"^(?:careers|jobs) (?:at|@) (?P<company>.+)$", re.IGNORECASE),
]
_CAREERS = re.compile(
    r"^(?:careers?|jobs?|join us|open (?:positions|roles)|work with us|job openings?|"
    r"vacancies|we(?:'re| are) hiring)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s+[|–—·•]\s+|\s+-\s+|\s+::\s+")
_TITLE_PREFIX = re.compile(
    r"^(?:role summary|job title|position title|position|job|role|title|vacancy|opening|"
    r"job description|job posting|job opening)\s*:\s*",
    re.IGNORECASE,
)
_REQ_ID = re.compile(
    r"\s*(?:[(\[]\s*)?(?:req(?:uisition)?\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*|job\s*(?:id|#)\s*"
    r"[:#]?\s*|ref(?:erence)?\.?\s*(?:no\.?|#)?\s*[:#]?\s*|#\s*)[A-Z]{0,4}[-_]?\d[\w-]{2,}"
    r"\s*[)\]]?|\s*[(\[]\s*[A-Z]{1,4}[-_]?\d{3,}\s*[)\]]|\s+[-–|]\s*[A-Z]{1,4}[-_]?\d{4,}$",
    re.IGNORECASE,
)
_TRAILING_PLACE = re.compile(
    rf"\s*(?:[-–|,(]\s*|\s+in\s+)(?:remote|hybrid|on-?site|(?:{COUNTRIES})|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?))\)?\s*$"
)
_APPLY_AT = re.compile(
    r"\b(?i:apply|applying) (?i:for this (?:job|role|position) )?(?i:at|to|with) "
    r"([A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,3})"
)


@dataclass(slots=True)
class PageIdentity:
    title: str | None = None
    company: str | None = None
    location: str | None = None


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return " ".join((node.text(separator=" ") or "").split())


def _meta(tree: LexborHTMLParser, prop: str) -> str:
    node = tree.css_first(f'meta[property="{prop}"]') or tree.css_first(f'meta[name="{prop}"]')
    return " ".join(((node.attributes.get("content") if node else "") or "").split())


def clean_title(title: str) -> str:
    """Drop label prefixes, requisition ids and trailing locations; keep "A / B" whole."""
    title = " ".join(title.split()).strip(" |-–—:")
    title = GENDER_TAG.sub("", _TITLE_PREFIX.sub("", title))
    title = _REQ_ID.sub("", title).strip(" |-–—:,")
    for _ in range(2):
        m = _TRAILING_PLACE.search(title)
        if m and has_role_noun(title[: m.start()]):
            title = title[: m.start()].strip(" |-–—:,")
    return title


def clean_company(name: str) -> str | None:
    name = re.sub(r"^(?:at|@|by)\s+", "", " ".join(name.split()), flags=re.IGNORECASE)
    name = re.sub(r"\s+(?:logo|careers?|jobs?|home ?page)$", "", name, flags=re.IGNORECASE)
    name = name.strip(" |-–—:·,")
    if not name or len(name) > 80 or len(name.split()) > 6 or _BOARD_NAMES.match(name):
        return None
    if _CAREERS.match(name) or find_place(name) or re.fullmatch(COUNTRIES, name):
        return None
    return name


def _from_title_text(text: str) -> PageIdentity:
    """Title and company from a ``<title>`` or ``og:title`` string."""
    text = _BOARD_SUFFIX.sub("", " ".join(text.split())).strip()
    for pattern in _TITLE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        title = groups.get("title")
        company = clean_company(groups.get("company") or "")
        if title and not has_role_noun(title):
            continue
        return PageIdentity(
            clean_title(title) if title else None, company, groups.get("place") or None
        )
    parts = [p.strip() for p in _SPLIT.split(text) if p.strip()]
    if not parts:
        return PageIdentity()
    roles = [i for i, p in enumerate(parts) if has_role_noun(p) and not _CAREERS.match(p)]
    if not roles:
        # "Acme · Careers", "Careers | Acme": a careers page names the company only.
        named = [p for p in parts if not _CAREERS.match(p)]
        if len(named) < len(parts) and named:
            return PageIdentity(None, clean_company(named[0]))
        return PageIdentity()
    i = roles[0]
    title = parts[i]
    # "Sales Manager / Senior Sales Manager" has no spaced dash: it stays whole.
    company = None
    location = None
    for j, part in enumerate(parts):
        if j == i:
            continue
        if find_place(part) or re.fullmatch(rf"(?:{COUNTRIES}|remote|hybrid)", part, re.I):
            location = location or part
        elif company is None and not has_role_noun(part):
            company = clean_company(part)
    return PageIdentity(clean_title(title), company, location)


def page_identity(tree: LexborHTMLParser) -> PageIdentity:
    """Title, company and location that the page's markup states, best source first."""
    found = PageIdentity()
    for selector, field in _BOARD_SELECTORS:
        node = tree.css_first(selector)
        if node is None:
            continue
        if field == "company_alt":
            value = clean_company((node.attributes.get("alt") or "").strip())
            found.company = found.company or value
        elif field == "title" and not found.title:
            value = clean_title(_text(node))
            found.title = value if 0 < len(value.split()) <= 15 else None
        elif field == "company" and not found.company:
            found.company = clean_company(_text(node))
    if not found.title:
        for h1 in tree.css("h1")[:3]:
            value = clean_title(_text(h1))
            if has_role_noun(value) and len(value.split()) <= 15:
                found.title = value
                break
    site = clean_company(_meta(tree, "og:site_name"))
    from_og = _from_title_text(_meta(tree, "og:title"))
    title_node = tree.css_first("title")
    from_title = _from_title_text(_text(title_node)) if title_node is not None else PageIdentity()
    found.company = found.company or site or from_og.company or from_title.company
    found.title = found.title or from_og.title or from_title.title
    found.location = from_og.location or from_title.location
    if not found.company:
        for button in tree.css("a, button"):
            m = _APPLY_AT.search(_text(button))
            if m:
                found.company = clean_company(m.group(1))
                break
    return found

"""Who and where: job title, company, location and the responsibilities list of a posting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from atspro.analysis.job.text import (
    BODY,
    COMPANY,
    IGNORED_SECTIONS,
    OTHER,
    RESPONSIBILITIES,
    SUMMARY,
    TITLE,
    JobDoc,
    Line,
    classify_heading,
)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Head nouns of job titles; a first line with one of these reads as the title.
ROLE_NOUNS = _word_set(
    """
    engineer developer programmer architect manager analyst scientist designer consultant
    specialist administrator admin technician director lead officer coordinator assistant
    associate representative rep agent executive intern accountant nurse teacher writer editor
    recruiter strategist researcher physician surgeon therapist pharmacist mechanic electrician
    operator driver clerk cashier baker chef cook supervisor head vp president advisor adviser
    attorney lawyer paralegal auditor controller planner buyer marketer tester devops sre
    technologist educator instructor tutor trainer counselor counsellor worker photographer
    artist animator producer journalist translator interpreter secretary receptionist bookkeeper
    underwriter adjuster broker salesperson estimator inspector surveyor machinist welder
    carpenter plumber laborer labourer dispatcher courier guard physicist astronomer chemist
    biologist statistician economist mathematician geologist veterinarian dentist hygienist
    paramedic aide caregiver housekeeper janitor custodian landscaper pilot attendant bartender
    barista server waiter waitress dishwasher butcher stylist hairdresser owner founder cto ceo
    cfo coo cmo cio ciso fellow professor lecturer librarian curator archivist psychologist
    optometrist radiologist sonographer phlebotomist dietitian nutritionist coach master
    steward handler packer picker loader sorter assembler fabricator installer maintainer
    practitioner midwife doctor clinician epidemiologist investigator examiner appraiser
    actuary treasurer banker teller trader merchandiser promoter influencer copywriter
    illustrator modeler modeller drafter draftsman superintendent foreman crew member partner
    generalist expert evangelist advocate owner hacker ninja guru rockstar staff
    """
)
_ROLE_PHRASES = re.compile(
    r"\b(?:product owner|scrum master|team lead|tech lead|customer success|business partner|"
    r"full[- ]stack|front[- ]end|back[- ]end|data entry|sales|support)\b",
    re.IGNORECASE,
)
_GENDER_TAG = re.compile(
    r"\s*\((?:[mfwdxh]|div|all genders?|gn|mwd|fmd|mfd)(?:\s*/\s*(?:[mfwdxh]|div|i))*\)|"
    r"\s*\b[mfw]/[mfw]/[dx]\b",
    re.IGNORECASE,
)
_TITLE_NOISE = re.compile(
    r"\s*\((?:[^()]*\b(?:remote|hybrid|on-?site|years?|experience|full[- ]time|part[- ]time|"
    r"contract|temporary|permanent|urgent|immediate)\b[^()]*)\)",
    re.IGNORECASE,
)
_TITLE_PREFIX = re.compile(
    r"^(?:job (?:description|posting|opening|advert|ad|title)|position|role|vacancy|opening|"
    r"(?:we(?:'re| are) )?(?:now )?hiring|urgent(?:ly)? hiring|new job|job)\s*[:\-–—|]\s*",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*")
_COMPANY_SUFFIX = re.compile(
    r"\b(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|Corp|Corporation|AG|S\.A|SA|SAS|plc|PLC|Co|BV|B\.V|"
    r"Pty|LLP|Group|Labs|Technologies|Solutions|Systems|Software|Holdings|Partners)\b\.?"
)
_LOCATION_NOISE = re.compile(
    r"\s*\((?:[^()]*\b(?:hybrid|on-?site|days?|office|week|flexible)\b[^()]*)\)", re.IGNORECASE
)
_WORK_MODE_WORDS = re.compile(r"\b(?:remote|hybrid|on-?site|in-office|wfh|anywhere)\b", re.I)

_US_STATES = _word_set(
    """
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
    """
)
_COUNTRIES = (
    "USA|US|U\\.S\\.|United States|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|Ireland|"
    "Germany|France|Spain|Portugal|Italy|Netherlands|Belgium|Luxembourg|Switzerland|Austria|"
    "Denmark|Sweden|Norway|Finland|Iceland|Poland|Czechia|Czech Republic|Slovakia|Hungary|"
    "Romania|Bulgaria|Greece|Cyprus|Malta|Croatia|Serbia|Slovenia|Estonia|Latvia|Lithuania|"
    "Ukraine|Turkey|Israel|UAE|United Arab Emirates|Saudi Arabia|Qatar|Egypt|Nigeria|Kenya|"
    "South Africa|Morocco|India|Pakistan|Bangladesh|Sri Lanka|Singapore|Malaysia|Indonesia|"
    "Philippines|Vietnam|Thailand|China|Hong Kong|Taiwan|Japan|South Korea|Korea|Australia|"
    "New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Uruguay|Costa Rica|"
    "Europe|EU|EMEA|APAC|LATAM|North America|Worldwide"
)
# Shared with the never-a-skill filter and the page reader.
COUNTRIES = _COUNTRIES
US_STATES = _US_STATES
GENDER_TAG = _GENDER_TAG
_PLACE = r"[A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+){0,3}"
_CITY_STATE = re.compile(
    rf"\b({_PLACE}),\s?([A-Z]{{2}})\b(?:,?\s?(?:USA|US|United States))?(?![a-z])"
)
_CITY_COUNTRY = re.compile(rf"\b({_PLACE}),\s?({_COUNTRIES})\b")
_BASED_IN = re.compile(
    rf"\b(?:based|located|headquartered|position is|role is|job is|offices?|work) in "
    rf"(?:our |the )?({_PLACE}(?:,\s?(?:[A-Z]{{2}}\b|{_PLACE}))?)(?: office)?",
)
_IN_OFFICE = re.compile(rf"\bin our ({_PLACE}(?:,\s?{_PLACE})?) (?:office|hub|HQ|headquarters)\b")

_COMPANY_NAME = r"[A-Z][\w&.'-]*(?: (?:&|of|and|[A-Z][\w&.'-]*)){0,4}"
_COMPANY_PATTERNS = [
    re.compile(rf"\bAt ({_COMPANY_NAME}),\s+(?:we|our|you)\b"),
    re.compile(
        rf"\b({_COMPANY_NAME}) (?:is|are) (?:a|an|the|one of the) (?:[\w-]+ ){{0,5}}"
        r"(?:company|companies|startup|start-up|provider|leader|platform|firm|agency|organi[sz]ation|"
        r"business|employer|bank|retailer|manufacturer|brand|studio|marketplace|hospital|"
        r"university|school|nonprofit|non-profit|consultancy|group|network|fintech|insurer|"
        r"lab|laboratory|developer|maker|pioneer|innovator|team)\b"
    ),
    re.compile(
        rf"\b({_COMPANY_NAME}) (?:is|are) (?:hiring|looking for|seeking|growing|expanding)\b"
    ),
    re.compile(
        rf"\b[Jj]oin (?:the )?({_COMPANY_NAME})(?: team\b| family\b|!|\.|,| as\b| and\b| in\b)"
    ),
    re.compile(
        r"\b([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3},? (?:Inc|LLC|Ltd|GmbH|Corp|Corporation|AG|plc)\b\.?)"
    ),
]
_NOT_COMPANY = _word_set(
    """
    we our us you your the this that it they he she a an company team role position job
    candidate candidates applicant applicants employer about here there join who what why
    """
)
_NOT_ABOUT = re.compile(
    r"^(?:us|you|the (?:role|job|position|team|opportunity|company|business|candidate)|"
    r"this (?:role|job|position|opportunity)|our (?:team|company|client|culture)|company|"
    r"the|yourself|working here|life at)\b",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'+#.-]*", text)


def has_role_noun(text: str) -> bool:
    if _ROLE_PHRASES.search(text):
        return True
    for word in _words(text.lower()):
        word = word.strip(".'-")
        if word in ROLE_NOUNS or (word.endswith("s") and word[:-1] in ROLE_NOUNS):
            return True
    return False


@dataclass(slots=True)
class TitleParts:
    title: str
    company: str | None = None
    location: str | None = None


def split_title_line(text: str) -> TitleParts:
    """'Senior Engineer (m/f/d) – Acme GmbH | Berlin' -> title, company, location."""
    text = _TITLE_PREFIX.sub("", text.strip()).strip(" :*#")
    text = _GENDER_TAG.sub("", text)
    text = _TITLE_NOISE.sub("", text).strip()
    company = location = None
    parts = [p.strip() for p in _SEPARATORS.split(text) if p and p.strip()]
    if len(parts) > 1:
        title_index = next((i for i, p in enumerate(parts) if has_role_noun(p)), None)
        if title_index is not None:
            rest = [p for i, p in enumerate(parts) if i != title_index]
            title = parts[title_index]
            if not any(has_role_noun(p) for p in rest):
                for part in rest:
                    if _WORK_MODE_WORDS.search(part) or find_place(part):
                        location = location or part
                    elif _COMPANY_SUFFIX.search(part) and company is None:
                        company = part
                text = title
    at = re.search(r"\s+(?:at|@)\s+([A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*){0,4})$", text)
    if at and not has_role_noun(at.group(1)):
        company = company or at.group(1).strip()
        text = text[: at.start()].strip()
    return TitleParts(text.strip(" -–—|,:"), company, location)


def _plausible_title(text: str, *, need_role: bool, labelled: bool = False) -> bool:
    """A short, non-sentence line; unless it sits under a 'Job title' label, it must not read
    as a section heading and (when ``need_role``) must name a role ('… Engineer')."""
    words = text.split()
    if not words or len(words) > 14 or len(text) > 120:
        return False
    if "@" in text or "http" in text.lower():
        return False
    if labelled:
        return True
    if text.endswith((".", "!", "?")) or (classify_heading(text) and not has_role_noun(text)):
        return False
    return has_role_noun(text) or not need_role


_SEEKING = re.compile(
    r"\b(?:looking for|seeking|hiring|to hire|recruiting|searching for|in search of|need)\s+"
    r"(?:an?|the|our|one|two|several|multiple)?\s*"
    r"(?:(?:experienced|talented|motivated|skilled|highly|passionate|dynamic|driven|dedicated|"
    r"seasoned|enthusiastic|creative|detail-oriented|results-driven|self-motivated|qualified|"
    r"proactive|exceptional|strong|curious|ambitious),?\s+(?:and\s+)?)*"
    r"((?:[A-Za-z][\w/+#.&-]*\s+){0,5}?[A-Za-z][\w/+#.&-]*?)"
    r"(?=\s+(?:to|who|with|for|in|on|at|that|based|responsible|will|and join|joining)\b|[.,;:!(]|$)",
    re.IGNORECASE,
)


def find_title(doc: JobDoc) -> tuple[TitleParts | None, int | None]:
    """The job title and the line it came from (None when it came from a sentence)."""
    meta = doc.meta.get("title")
    if meta and _plausible_title(split_title_line(meta).title, need_role=False, labelled=True):
        index = next((i for i, ln in enumerate(doc.lines) if ln.label == "title"), None)
        return split_title_line(meta), index
    for i, line in enumerate(doc.lines):
        if line.section == TITLE and not line.heading:
            parts = split_title_line(line.text.rstrip("."))
            if _plausible_title(parts.title, need_role=False, labelled=True):
                return parts, i
    for i, line in enumerate(doc.lines[:8]):
        if line.section in IGNORED_SECTIONS - {COMPANY} or line.label or len(line.text) > 200:
            continue
        parts = split_title_line(line.text)
        first = i == 0 or all(ln.label for ln in doc.lines[:i])
        if _plausible_title(parts.title, need_role=not (first and line.heading)):
            if i > 0 and line.section not in (BODY, OTHER, SUMMARY):
                continue
            return parts, i
    head = "\n".join(ln.text for ln in doc.lines[:25] if ln.section not in IGNORED_SECTIONS)
    for m in _SEEKING.finditer(head):
        candidate = m.group(1).strip()
        if has_role_noun(candidate) and len(candidate.split()) <= 6:
            words = candidate.split()
            while words and words[-1].lower().rstrip("s") not in ROLE_NOUNS and len(words) > 1:
                if has_role_noun(" ".join(words[:-1])):
                    words.pop()
                else:
                    break
            title = " ".join(words)
            if title.islower():
                title = title.title()
            return TitleParts(title), None
    return None, None


def _clean_company(name: str) -> str | None:
    name = name.strip(" .,:;!-–—|")
    words = name.split()
    if not words or len(words) > 6 or words[0].lower() in _NOT_COMPANY:
        return None
    if has_role_noun(name) and not _COMPANY_SUFFIX.search(name):
        return None
    return name


_PLACE_WORDS = re.compile(rf"^(?:{_COUNTRIES}|[A-Z]{{2,3}})$")
_PLACE_LIKE = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}$")


def byline_company(line: str) -> str | None:
    """'Northgate Bank plc, Edinburgh', 'Corvid Pay | Remote (EU)', 'Ashby, Crane & Moore LLP,
    Philadelphia, PA' -> the employer; None when the line does not read as a byline."""
    if len(line) > 120 or line.endswith((".", "!", "?", ":")):
        return None
    parts = [p.strip() for p in _SEPARATORS.split(line) if p.strip()]
    if not parts:
        return None
    rest = parts[1:]
    head = re.sub(r"\s*\([^()]*\)", "", parts[0])
    commas = [c.strip() for c in head.split(",") if c.strip()]
    suffixed = next((i for i, c in enumerate(commas) if _COMPANY_SUFFIX.search(c)), None)
    if suffixed is not None:
        name = ", ".join(commas[: suffixed + 1])
    elif (len(commas) > 1 and all(_PLACE_LIKE.match(c) for c in commas[1:])) or (
        rest and any(_WORK_MODE_WORDS.search(p) or find_place(p) for p in rest)
    ):
        name = commas[0]
    else:
        return None
    if _PLACE_WORDS.match(name) or _WORK_MODE_WORDS.search(name) or find_place(name):
        return None
    if has_role_noun(name) and not _COMPANY_SUFFIX.search(name):
        return None
    return _clean_company(name)


def find_company(
    doc: JobDoc, title_parts: TitleParts | None, title_line: int | None = None
) -> str | None:
    meta = doc.meta.get("company")
    if meta and _clean_company(meta):
        return _clean_company(meta)
    if title_parts and title_parts.company:
        return _clean_company(title_parts.company)
    # A byline under the title: "Northwind Analytics GmbH · Munich, Germany · Hybrid".
    after_title = (title_line + 1) if title_line is not None else None
    for i, line in enumerate(doc.lines[:4]):
        if line.label or line.heading or line.bullet:
            continue
        if line.section != BODY and i != after_title:
            continue  # "Corvid Pay | Remote" reads like a "Pay:" label, but it is the byline
        name = byline_company(line.text)
        if name and (i == after_title or _COMPANY_SUFFIX.search(name)):
            return name
    for heading, _kind in doc.sections:
        m = re.match(r"^about\s+(.+?)\??$", heading, re.IGNORECASE)
        if m and not _NOT_ABOUT.match(m.group(1)) and m.group(1)[:1].isupper():
            name = _clean_company(m.group(1))
            if name:
                return name
    text = doc.text[:6000]
    for pattern in _COMPANY_PATTERNS:
        for m in pattern.finditer(text):
            name = _clean_company(m.group(1))
            if name:
                return name
    return None


def company_mentions(text: str, company: str | None) -> list[tuple[int, int]]:
    """Spans where the employer's name appears ("Northwind Analytics" of "Northwind Analytics
    GmbH"), so that a skill word inside a company name is not read as a requirement."""
    if not company:
        return []
    names = {company.strip(), _COMPANY_SUFFIX.sub("", company).strip(" ,.")}
    spans = []
    for name in names:
        if len(name) >= 3:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
    return spans


def find_place(text: str) -> str | None:
    for pattern in (_CITY_STATE, _CITY_COUNTRY):
        for m in pattern.finditer(text):
            if pattern is _CITY_STATE and m.group(2) not in _US_STATES:
                continue
            return m.group(0).strip()
    return None


def find_location(doc: JobDoc, title_parts: TitleParts | None) -> str | None:
    meta = doc.meta.get("location")
    if meta:
        value = _LOCATION_NOISE.sub("", meta).strip(" .,;")[:120]
        place = find_place(value) if _WORK_MODE_WORDS.search(value) else None
        return place or value or None  # "Denver, CO Remote" -> "Denver, CO"
    if title_parts and title_parts.location:
        return title_parts.location
    for line in doc.lines[:6]:
        if line.section in IGNORED_SECTIONS - {COMPANY}:
            continue
        if len(line.text) <= 120:
            place = find_place(line.text)
            if place:
                return place
    text = "\n".join(ln.text for ln in doc.lines if ln.section not in IGNORED_SECTIONS)[:8000]
    for pattern in (_IN_OFFICE, _BASED_IN):
        m = pattern.search(text)
        if m and m.group(1).split()[0].lower() not in _NOT_COMPANY:
            return m.group(1).strip()
    return None


# -------------------------------------------------------------------- responsibilities ---

_ACTION_VERBS = _word_set(
    """
    design develop build create lead manage own drive deliver implement maintain write review
    collaborate partner work support ensure provide help define establish analyze analyse
    improve optimize optimise mentor coach coordinate plan prepare conduct perform monitor
    test debug deploy operate run oversee supervise train research evaluate assess identify
    architect automate integrate document communicate present report track negotiate sell
    prospect close serve assist handle process resolve troubleshoot install configure administer
    schedule organize organise deploy shape champion contribute participate drive scale ship
    investigate audit prepare produce teach care clean cook bake deliver inspect repair
    """
)
_RESP_INTRO = re.compile(
    r"^(?:you will|you'll|you will be|in this role,? you will|as an? [\w ]+, you will)\s+", re.I
)
_REQUIREMENT_LIKE = re.compile(
    r"\b(?:years?|degree|experience (?:with|in)|knowledge of|proficien\w*|familiar\w*|"
    r"understanding of|ability to|must|required|preferred|certifi\w+)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
MAX_ITEMS = 30
MAX_ITEM_CHARS = 300


def _tidy_item(text: str) -> str:
    text = text.strip(" ;,-–—").rstrip(";")
    if len(text) > MAX_ITEM_CHARS:
        text = text[:MAX_ITEM_CHARS].rsplit(" ", 1)[0] + "…"
    return text[:1].upper() + text[1:]


def _items_of(lines: list[Line]) -> list[str]:
    items: list[str] = []
    bullets = [ln for ln in lines if ln.bullet]
    source = bullets if len(bullets) >= 2 else lines
    for line in source:
        if line.heading:
            continue
        parts = [line.text] if line.bullet else _SENTENCE.split(line.text)
        for part in parts:
            part = _RESP_INTRO.sub("", part.strip())
            if len(part.split()) >= 2:
                items.append(_tidy_item(part))
    return items


def find_responsibilities(doc: JobDoc) -> list[str]:
    """Bullets (or sentences) under a Responsibilities heading; without one, 'You will …'
    sentences and action-verb bullets that do not read as requirements."""
    section_lines = [ln for ln in doc.lines if ln.section == RESPONSIBILITIES and not ln.label]
    if section_lines:
        return _dedupe(_items_of(section_lines))[:MAX_ITEMS]
    items: list[str] = []
    for line in doc.lines:
        if line.heading or line.section not in (BODY, OTHER, SUMMARY) or line.label:
            continue
        parts = [line.text] if line.bullet else _SENTENCE.split(line.text)
        for part in parts:
            intro = _RESP_INTRO.match(part)
            body = part[intro.end() :] if intro else part
            first = body.split(" ", 1)[0].lower().strip(",:")
            verb = first in _ACTION_VERBS or (first.endswith("s") and first[:-1] in _ACTION_VERBS)
            wanted = intro or (line.bullet and verb)
            if wanted and not _REQUIREMENT_LIKE.search(body) and len(body.split()) >= 2:
                items.append(_tidy_item(body))
    return _dedupe(items)[:MAX_ITEMS]


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out

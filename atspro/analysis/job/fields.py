"""Field extractors for job postings: years, education, work mode, employment type,
seniority and certifications. Pure functions over a segmented :class:`JobDoc`.
Salary lives in ``job_salary.py``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from atspro.analysis.job.text import APPLY, EEO, IGNORED_SECTIONS, MAX_CANDIDATES, JobDoc
from atspro.models import EducationLevel, WorkMode


def _combine(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One alternation of several patterns (group ``g<i>`` is pattern i), so a text is scanned
    once instead of once per pattern. At a given position the earlier pattern wins."""
    parts = []
    for i, pattern in enumerate(patterns):
        flags = "i" if pattern.flags & re.IGNORECASE else "-i"
        parts.append(f"(?P<g{i}>(?{flags}:{pattern.pattern}))")
    return re.compile("|".join(parts))


# ------------------------------------------------------------------------------- years ---

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
}
_NUMW = r"\d{1,2}(?:[.,]5)?|" + "|".join(_NUMBER_WORDS)
_YEARS = re.compile(
    rf"(?P<a>{_NUMW})(?:\s*\(\d{{1,2}}\))?\s*(?:\+|plus|or more|or above)?\s*"
    rf"(?:(?:-|–|—|to)\s*(?P<b>{_NUMW})(?:\s*\(\d{{1,2}}\))?\s*\+?\s*)?"
    r"(?:full[- ]time\s+)?(?:years?|yrs?)\b(?:'|’)?",
    re.IGNORECASE,
)
_YEAR_WORD = re.compile(r"\b(?:years?|yrs?)\b", re.IGNORECASE)
_YEARS_ENDING = re.compile(_YEARS.pattern + r"(?=\W?$)", re.IGNORECASE)
_YEARS_CONTEXT = re.compile(
    r"experien|background|track record|working|\bwork\b|professional|industry|hands[- ]on|"
    r"\bas an?\b|in (?:a|an|the) (?:similar|related|relevant)|relevant|related|progressive|"
    r"developing|building|programming|managing|leading|coding|designing|engineering|"
    r"administ|supporting|teaching|selling|\bsales\b|\bin\b|\bwith\b|\bof\b",
    re.IGNORECASE,
)
_YEARS_EXCLUDE_AFTER = re.compile(
    r"^\W{0,3}(?:old|of age|ago|in business|warranty|contract|term|program|degree|college|"
    r"university|plan|roadmap|anniversary|history|running|straight|in a row|guarantee|"
    r"of (?:funding|runway|growth|operation|history|age))",
    re.IGNORECASE,
)
_YEARS_EXCLUDE_BEFORE = re.compile(
    r"(?:founded|established|been around|for (?:over|more than|almost|nearly)|over the (?:past|last)|"
    r"in the (?:past|last)|since|history of|company with|within|after|first|every)\s*$|"
    r"\b(?:we|our|it|company|firm|business|group|organi[sz]ation)\b[^.]{0,25}\b"
    r"(?:has|have|had|with|bring|brings|boasts?)\b[^.]{0,15}$|"
    r"\b(?:has|boasts?|with) (?:over|more than|nearly|almost|close to)\s*$|"
    r"\bbeen\b[^.]{0,30}\bfor (?:over |more than |nearly |almost )?\s*$",
    re.IGNORECASE,
)


def _number(token: str) -> float:
    token = token.lower().replace(",", ".")
    return float(_NUMBER_WORDS.get(token, 0) or float(token))


def find_years(doc: JobDoc) -> tuple[float | None, float | None]:
    """(required_years, preferred_years): the most demanding required mention, lower bounds of
    ranges ("3-5 years" -> 3); preferred-only mentions are reported separately."""
    required: list[float] = []
    preferred: list[float] = []
    text = doc.text
    for count, word in enumerate(_YEAR_WORD.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        # Anchor on the rare word "year" and look back for the number: much faster than
        # scanning every position for a number word.
        line = doc.line_at(word.start())
        if line is None or line.section in IGNORED_SECTIONS:
            continue
        window_start = max(line.start, word.start() - 45)
        m = _YEARS_ENDING.search(text, window_start, min(line.end, word.end() + 1))
        if m is None:
            continue
        before = text[max(line.start, m.start() - 40) : m.start()]
        after = text[m.end() : min(line.end, m.end() + 80)]
        if _YEARS_EXCLUDE_AFTER.search(after) or _YEARS_EXCLUDE_BEFORE.search(before):
            continue
        if re.search(r"\b(?:up to|under|less than|no more than|maximum)\s*$", before, re.I):
            continue
        if not _YEARS_CONTEXT.search(before[-40:] + " " + after[:60]):
            continue
        low = _number(m.group("a"))
        if not 0 < low <= 30:
            continue
        label = doc.label_at(m.start())
        if label == "pref":
            preferred.append(low)
        elif label == "req":
            required.append(low)
    return (max(required) if required else None, min(preferred) if preferred else None)


# --------------------------------------------------------------------------- education ---

_EDU_PATTERNS: list[tuple[EducationLevel, re.Pattern[str]]] = [
    (
        EducationLevel.DOCTORATE,
        re.compile(
            r"\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\b|\bdoctor of (?:philosophy|science|engineering)\b|"
            # Professional doctorates: Doctor of Pharmacy (PharmD), DNP, DVM, DDS, PsyD, EdD.
            r"\bdoctor of (?:pharmacy|medicine|nursing(?: practice)?|education|dental \w+|"
            r"veterinary medicine|physical therapy|osteopathic medicine|psychology)\b|"
            r"\bpharm\.?\s?d\b|\bd\.?n\.?p\b|\bdvm\b|\bdds\b|\bpsy\.?d\b|\bed\.?d\b",
            re.IGNORECASE,
        ),
    ),
    (
        EducationLevel.MASTER,
        re.compile(
            r"\bmaster'?s\b|\bmasters\b|\bmaster of\b|\bmaster degree\b|\bm\.\s?sc?\.|\bmsc\b|"
            r"\bm\.\s?eng\b|\bmeng\b|\bm\.?b\.?a\b|\bgraduate degree\b|\badvanced degree\b|"
            r"\bpost-?graduate\b|\bpostgraduate\b",
            re.IGNORECASE,
        ),
    ),
    (
        EducationLevel.MASTER,
        re.compile(r"(?<!,\s)\b(?:MS|MA|M\.A\.)(?=\s+(?:in|degree|or)\b|\s*/)|(?<=/)MS\b"),
    ),
    (
        EducationLevel.BACHELOR,
        re.compile(
            r"\bbachelor'?s?\b|\bb\.\s?sc?\.|\bbsc\b|\bb\.\s?a\.|\bb\.?\s?eng\b|\bb\.?\s?tech\b|"
            r"\b(?:4|four)[- ]year (?:college |university )?degree\b|\bundergraduate degree\b|"
            r"\buniversity degree\b|\bcollege degree\b",
            re.IGNORECASE,
        ),
    ),
    (
        EducationLevel.BACHELOR,
        re.compile(r"(?<!,\s)\b(?:BS|BA)(?=\s+(?:in|degree|or)\b|\s*/)|(?<=/)BS\b"),
    ),
    (
        EducationLevel.ASSOCIATE,
        re.compile(
            r"\bassociate'?s? (?:degree|of)\b|\bassociates degree\b|\b(?:2|two)[- ]year degree\b",
            re.IGNORECASE,
        ),
    ),
    (
        EducationLevel.HIGH_SCHOOL,
        re.compile(
            r"\bhigh[- ]school\b|\bsecondary (?:school|education)\b|\bGED\b|\bA[- ]levels?\b",
            re.IGNORECASE,
        ),
    ),
]
_EDU_ANY = _combine(p for _, p in _EDU_PATTERNS)
# Substrings one of which every education mention contains: lower-case words, and the
# abbreviations in their own case (so "management" does not wake up the "MA" pattern).
_EDU_WORDS = (
    "degree", "bachelor", "master", "phd", "ph.d", "ph. d", "doctor", "mba", "m.b.a", "msc",
    "bsc", "m.sc", "b.sc", "meng", "beng", "m.eng", "b.eng", "btech", "b.tech", "graduate",
    "associate", "high school", "high-school", "secondary", "pharm", "dvm", "dds", "dnp",
    "psyd", "edd",
)  # fmt: skip
_EDU_ABBREVIATIONS = ("MS", "MA", "BS", "BA", "M.", "B.", "GED", "A-level", "A level")
_GENERIC_DEGREE = re.compile(
    r"\b(?:relevant |related |technical |university |college |a |an )?degree\b(?! (?:of|to) )",
    re.IGNORECASE,
)
_NO_DEGREE = re.compile(
    r"\bno (?:college |university |formal )?degree (?:is )?(?:required|necessary|needed)\b|"
    r"\bdegree (?:is )?not (?:required|necessary|mandatory|needed)\b|"
    r"\bwithout a (?:college |university )?degree\b|\bdegree optional\b",
    re.IGNORECASE,
)


def education_mentions(doc: JobDoc) -> list[tuple[int, int, EducationLevel, str]]:
    """(start, end, level, label) of every degree mention that is an ask: label is "req" or
    "pref"; company/benefits text and "no degree required" are left out."""
    text = doc.text
    mentions: list[tuple[int, int, EducationLevel]] = []
    taken: list[tuple[int, int]] = []
    found = []
    for line in doc.lines:
        lowered = line.text.lower()
        # Cheap substring gate: only a few lines mention degrees at all.
        if any(key in lowered for key in _EDU_WORDS) or any(
            key in line.text for key in _EDU_ABBREVIATIONS
        ):
            found.extend(_EDU_ANY.finditer(text, line.start, line.end))
            found.extend(_GENERIC_DEGREE.finditer(text, line.start, line.end))
            if len(found) > MAX_CANDIDATES:
                break
    generic = [m for m in found if m.re is _GENERIC_DEGREE]
    for m in found:
        if m.re is _EDU_ANY:
            level = _EDU_PATTERNS[int((m.lastgroup or "g0")[1:])][0]
            mentions.append((m.start(), m.end(), level))
            taken.append((m.start(), m.end()))
    for m in generic:
        line = doc.line_at(m.start())
        near = text[max(line.start if line else 0, m.start() - 60) : m.end() + 5]
        if any(a <= m.end() + 5 and b >= m.start() - 60 for a, b in taken):
            continue  # "Master's degree": already counted as a master's
        if re.search(
            r"degree(?:s)? (?:celsius|fahrenheit|of (?:freedom|autonomy))|360", near, re.I
        ):
            continue
        mentions.append((m.start(), m.end(), EducationLevel.BACHELOR))
    out: list[tuple[int, int, EducationLevel, str]] = []
    no_degree = no_degree_spans(doc)
    for start, end, level in sorted(mentions):
        line = doc.line_at(start)
        if line is None or line.section in IGNORED_SECTIONS:
            continue
        if any(a <= start < b for a, b in no_degree):
            continue  # "no degree required" is not a degree requirement
        label = doc.label_at(start)
        if label in ("req", "pref"):
            out.append((start, end, level, label))
    return out


def no_degree_spans(doc: JobDoc) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NO_DEGREE.finditer(doc.text)]


def find_education(
    doc: JobDoc, mentions: list[tuple[int, int, EducationLevel, str]] | None = None
) -> tuple[EducationLevel | None, EducationLevel | None]:
    """(required_level, preferred_level): the lowest level a required mention accepts
    ("Bachelor's or Master's" -> BACHELOR), and the lowest preferred-only level.
    ``mentions`` are :func:`education_mentions` when the caller has them already."""
    mentions = education_mentions(doc) if mentions is None else mentions
    required = [level for _, _, level, label in mentions if label == "req"]
    preferred = [level for _, _, level, label in mentions if label == "pref"]
    if not required and no_degree_spans(doc):
        return EducationLevel.NONE, min(preferred) if preferred else None
    return (min(required) if required else None, min(preferred) if preferred else None)


# --------------------------------------------------------------------------- work mode ---

_HYBRID = re.compile(
    r"\bhybrid\b(?!\s+(?:cloud|apps?|mobile|infrastructure|environments?|vehicles?|integration|"
    r"cars?|approach|solutions?|architecture|search|systems?|networks?|it\b))|"
    r"\b(?:\d|one|two|three|four)\s*(?:days?|x)\s*(?:a|per|each)?\s*week\s*(?:in|at|from)\s*"
    r"(?:the|our)?\s*office|\b(?:in|at) (?:the|our) office,? (?:\d|one|two|three|four)\s*"
    r"(?:days?|x)|\b(?:partially|partly|part) remote\b|\bflex(?:ible)? (?:office|working)\b|"
    r"\bremote[- ]hybrid\b|\bmix of remote\b",
    re.IGNORECASE,
)
_REMOTE = re.compile(
    r"\b(?:fully |100% |completely |full )?remote\b(?![- ](?:sensing|monitoring|access|control|"
    r"desktop|management|patient|servers?|devices?|debugging|locations?|sites?|areas?|villages?))|"
    r"\bwork(?:ing)? from (?:home|anywhere)\b|\bWFH\b|\btele-?commut\w*|\bdistributed team\b|"
    r"\banywhere in the world\b",
    re.IGNORECASE,
)
_NOT_REMOTE = re.compile(
    r"\b(?:not|no|non)[- ](?:a\s+)?(?:fully\s+)?remote\b|\bremote (?:work )?(?:is )?not "
    r"(?:available|possible|an option|offered|allowed)\b|\bunable to (?:offer|support) remote\b",
    re.IGNORECASE,
)
_ONSITE = re.compile(
    r"\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b|"
    r"\bwork(?:ing)? (?:from|in|at) (?:our|the) (?:office|offices|site|facility|lab|store)\b",
    re.IGNORECASE,
)


def _mode_hits(text: str) -> dict[str, int]:
    counts = {"hybrid": 0, "remote": 0, "onsite": 0, "not_remote": 0}
    counts["not_remote"] = len(_NOT_REMOTE.findall(text))
    counts["hybrid"] = len(_HYBRID.findall(text))
    counts["remote"] = max(0, len(_REMOTE.findall(text)) - counts["not_remote"])
    counts["onsite"] = len(_ONSITE.findall(text)) + counts["not_remote"]
    return counts


def _decide_mode(counts: dict[str, int]) -> WorkMode | None:
    if counts["hybrid"]:
        return "hybrid"
    if counts["remote"] and counts["remote"] >= counts["onsite"]:
        return "remote"
    if counts["onsite"]:
        return "onsite"
    return None


def find_work_mode(doc: JobDoc, hints: Iterable[str | None] = ()) -> WorkMode | None:
    """Hybrid beats remote beats on-site; the title/location/labels win over body text."""
    strong = " \n ".join(
        [
            *(h for h in hints if h),
            *(doc.meta.get(k, "") for k in ("work_mode", "location", "title")),
        ]
    )
    mode = _decide_mode(_mode_hits(strong))
    if mode:
        return mode
    if doc.meta.get("work_mode", "").strip().lower() in ("yes", "true", "100%", "fully"):
        return "remote"
    body = "\n".join(line.text for line in doc.lines if line.section not in (EEO, APPLY))
    return _decide_mode(_mode_hits(body))


# --------------------------------------------------------------------- employment type ---

_EMPLOYMENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "internship",
        re.compile(r"\binternships?\b|\bco-op\b|\bwork placement\b|\btraineeship\b", re.I),
    ),
    (
        "contract",
        re.compile(
            r"\bcontract(?:or)?\s+(?:role|position|basis|job|assignment|opportunity|work|engagement)\b|"
            r"\bcontract[- ]to[- ]hire\b|\b\d+[- ]?(?:month|week|year)s?\s+contract\b|\bfixed[- ]term\b|"
            r"\bfreelance\b|\bindependent contractor\b|\bC2C\b|\bcorp[- ]to[- ]corp\b|\b1099\b|"
            r"\bon a contract\b|^contract$",
            re.I,
        ),
    ),
    ("part-time", re.compile(r"\bpart[- ]time\b", re.I)),
    (
        "temporary",
        re.compile(
            r"\btemporary\b(?! (?:accommodation|housing|access|disabilit))|\btemp(?:[- ]to[- ]perm)?\b|"
            r"\bseasonal\b|\bper diem\b",
            re.I,
        ),
    ),
    (
        "full-time",
        re.compile(r"\bfull[- ]?time\b|\bpermanent\b(?! (?:residen|address|record))|\bFTE\b", re.I),
    ),
]


def normalize_employment_type(value: str) -> str | None:
    """Map 'FULL_TIME', 'Full-time', 'CONTRACTOR', 'Intern'… to our five values."""
    key = re.sub(r"[^a-z]", "", value.lower())
    table = {
        "fulltime": "full-time",
        "permanent": "full-time",
        "parttime": "part-time",
        "contract": "contract",
        "contractor": "contract",
        "freelance": "contract",
        "contracttohire": "contract",
        "fixedterm": "contract",
        "temporary": "temporary",
        "temp": "temporary",
        "seasonal": "temporary",
        "perdiem": "temporary",
        "intern": "internship",
        "internship": "internship",
    }
    if key in table:
        return table[key]
    for kind, pattern in _EMPLOYMENT_PATTERNS:
        if pattern.search(value):
            return kind
    return None


def find_employment_type(doc: JobDoc, title: str | None) -> str | None:
    label = doc.meta.get("employment_type")
    if label:
        kind = normalize_employment_type(label)
        if kind:
            return kind
    if title and re.search(r"\bintern(?:ship)?s?\b|\bco-op\b|\btrainee\b", title, re.I):
        return "internship"
    earliest: tuple[int, str] | None = None
    for line in doc.lines:
        if line.section in IGNORED_SECTIONS and line.section != "benefits":
            continue
        for kind, pattern in _EMPLOYMENT_PATTERNS:
            m = pattern.search(line.text)
            if m and (earliest is None or line.start + m.start() < earliest[0]):
                earliest = (line.start + m.start(), kind)
        if earliest:
            break
    return earliest[1] if earliest else None


# --------------------------------------------------------------------------- seniority ---

_TITLE_SENIORITY: list[tuple[str, re.Pattern[str]]] = [
    ("intern", re.compile(r"\bintern(?:ship)?s?\b|\bco-op\b|\btrainee\b|\bapprentice\b", re.I)),
    (
        "director",
        re.compile(
            r"\bdirector\b|\bhead of\b|\bvice president\b|\bvp\b|\bsvp\b|\bevp\b|\bchief\b|"
            r"\bc[tefoi]o\b|\bciso\b|\bpresident\b",
            re.I,
        ),
    ),
    ("principal", re.compile(r"\bprincipal\b|\bdistinguished\b|\bfellow\b", re.I)),
    ("manager", re.compile(r"\bmanager\b|\bmgr\b|\bsupervisor\b|\bforeman\b", re.I)),
    (
        "lead",
        re.compile(
            r"\blead\b|\bteam leader\b|"
            r"\bstaff (?:[\w-]+ ){0,3}(?:engineer|scientist|developer|designer|architect)\b",
            re.I,
        ),
    ),
    ("senior", re.compile(r"\bsenior\b|\bsr\b\.?|\bexperienced\b|\bIII\b|\bIV\b", re.I)),
    ("mid", re.compile(r"\bmid(?:[- ]level)?\b|\bintermediate\b|\bII\b", re.I)),
    (
        "junior",
        re.compile(
            r"\bjunior\b|\bjr\b\.?|\bentry[- ]level\b|\bgraduate\b|\bassociate\b|\bI\b(?!\w)|"
            r"\bnew grad\b",
            re.I,
        ),
    ),
]
# "Product Manager" and friends are individual-contributor roles, not people managers.
_IC_MANAGER = re.compile(
    r"\b(?:product|project|program|programme|account|case|content|community|social media|"
    r"campaign|category|release|test|quality|marketing|brand|partner|customer success|"
    r"success|relationship|portfolio|property|data)\s+manager\b",
    re.I,
)
_TEXT_SENIORITY: list[tuple[str, re.Pattern[str]]] = [
    ("intern", re.compile(r"\binternship\b", re.I)),
    (
        "junior",
        re.compile(
            r"\bentry[- ]level\b|\bnew grads?\b|\brecent graduates?\b|\bgraduate (?:role|program|scheme)\b|"
            r"\bjunior[- ]level\b|\bno (?:prior )?experience (?:is )?(?:required|necessary|needed)\b",
            re.I,
        ),
    ),
    ("mid", re.compile(r"\bmid[- ]level\b|\bintermediate[- ]level\b", re.I)),
    ("senior", re.compile(r"\bsenior[- ]level\b|\bseasoned\b", re.I)),
    (
        "manager",
        re.compile(
            r"\bdirect reports\b|\bmanage (?:a|the) team of\b|\bpeople management\b|"
            r"\bline management\b|\bmanaging a team\b",
            re.I,
        ),
    ),
]


def seniority_from_title(title: str) -> str | None:
    for level, pattern in _TITLE_SENIORITY:
        m = pattern.search(title)
        if not m:
            continue
        if level == "manager" and _IC_MANAGER.search(title):
            continue
        if level == "junior" and m.group(0) == "I" and not re.search(r"\b[A-Za-z]+ I$", title):
            continue  # only a trailing roman numeral, not the pronoun
        if (
            level == "senior"
            and m.group(0) in ("III", "IV")
            and not title.rstrip().endswith(m.group(0))
        ):
            continue
        if level == "mid" and m.group(0) == "II" and not title.rstrip().endswith("II"):
            continue
        return level
    return None


def find_seniority(doc: JobDoc, title: str | None, years: float | None) -> str | None:
    if title:
        level = seniority_from_title(title)
        if level:
            return level
    label = doc.meta.get("seniority")
    if label:
        level = seniority_from_title(label) or (
            "mid" if re.search(r"\bmid|intermediate|associate", label, re.I) else None
        )
        if level:
            return level
    body = "\n".join(line.text for line in doc.lines if line.section not in IGNORED_SECTIONS)
    for level, pattern in _TEXT_SENIORITY:
        if pattern.search(body):
            return level
    if years is not None:
        if years < 3:
            return "junior"
        if years < 5:
            return "mid"
        return "senior"
    return None


# ---------------------------------------------------------------------- certifications ---

_CERTS: list[tuple[re.Pattern[str], str | None]] = [
    (
        re.compile(
            r"\bAWS Certified(?: [A-Z][A-Za-z]+){1,4}(?:\s?[-–]\s?(?:Associate|Professional|Specialty))?"
        ),
        None,
    ),
    (re.compile(r"\bMicrosoft Certified:?(?: [A-Z][A-Za-z]+){1,6}"), None),
    (
        re.compile(
            r"\bAzure (?:Administrator|Developer|Solutions Architect|Data Engineer|AI Engineer|"
            r"Security Engineer|DevOps Engineer|Fundamentals)(?: (?:Associate|Expert))?\b"
        ),
        None,
    ),
    (re.compile(r"\bGoogle (?:Cloud )?(?:Certified )?Professional(?: [A-Z][A-Za-z]+){1,4}"), None),
    (
        re.compile(
            r"\bCompTIA (?:Security|Network|A|CySA|PenTest|Linux|Cloud|Server|Project|Data)\+"
        ),
        None,
    ),
    (re.compile(r"(?<![\w+])Security\+"), "CompTIA Security+"),
    (re.compile(r"(?<![\w+])Network\+"), "CompTIA Network+"),
    (re.compile(r"\bProject Management Professional\b|\bPMP\b"), "PMP"),
    (re.compile(r"\bCertified Public Accountant\b|\bCPA\b"), "CPA"),
    (re.compile(r"\bCertified Information Systems Security Professional\b|\bCISSP\b"), "CISSP"),
    (re.compile(r"\bCertified Kubernetes Administrator\b|\bCKA\b"), "CKA"),
    (re.compile(r"\bCertified Kubernetes Application Developer\b|\bCKAD\b"), "CKAD"),
    (re.compile(r"\bCertified Scrum ?Master\b|\bCSM certifi\w+"), "Certified ScrumMaster (CSM)"),
    (re.compile(r"\bCertified Information Security Manager\b|\bCISM\b"), "CISM"),
    (re.compile(r"\bCertified Information Systems Auditor\b|\bCISA\b"), "CISA"),
    (re.compile(r"\bChartered Financial Analyst\b|\bCFA\b(?! Institute)"), "CFA"),
    (re.compile(r"\bPSM(?: I{1,3})?\b"), None),
    (re.compile(r"\bPMI-(?:ACP|RMP|PBA)\b"), None),
    (
        re.compile(
            r"\b(?:CAPM|ACCA|CIMA|CCSP|OSCP|OSCE|CEH|CCNA|CCNP|CCIE|CKS|RHCSA|RHCE|TOGAF|PRINCE2|"
            r"FRM|CIPP(?:/[EUSC])?|CIPM|SHRM-(?:CP|SCP)|SPHR|PHR|CSSLP|GSEC|GCIH|CPCU|CMA|CHFP|"
            r"CPHIMS|CSCP|CPIM|CPSM|CTP|CFP|LEED AP|NCLEX|ACLS|PALS|BLS|CDL(?: Class [ABC])?)\b"
        ),
        None,
    ),
    (re.compile(r"\bITIL(?: v?[34])?(?: Foundation)?\b"), None),
    (re.compile(r"\b(?:Lean )?Six Sigma(?: (?:Green|Black|Yellow) Belt)?\b"), None),
    (re.compile(r"\bSeries (?:6|7|24|63|65|66)\b"), None),
    (re.compile(r"\bSalesforce Certified(?: [A-Z][A-Za-z]+){1,4}"), None),
    (re.compile(r"\bOracle Certified(?: [A-Z][A-Za-z]+){1,4}"), None),
    (re.compile(r"\bCisco Certified(?: [A-Z][A-Za-z]+){1,4}"), None),
    (re.compile(r"\bCPR\b(?: (?:certification|certified))?"), "CPR"),
    (re.compile(r"\bCertified(?: [A-Z][A-Za-z]+){1,5}\b"), None),
]
_CERTS_ANY = _combine(p for p, _ in _CERTS)
_CAPITAL = re.compile(r"(?<![\w+])(?=[A-Z])")
_CERT_TRAILING = re.compile(r"\s+(?:[Cc]ertification|[Cc]ertificate|[Rr]equired|[Pp]referred)$")


def find_certifications(doc: JobDoc) -> list[str]:
    """Named certifications, in order of first mention, outside company boilerplate."""
    seen: set[str] = set()
    out: list[str] = []
    text = doc.text
    last_end = 0
    # Every certification name starts with a capital: try the patterns only there.
    for start in _CAPITAL.finditer(text):
        if start.start() < last_end:
            continue
        if len(out) >= 30:
            break
        m = _CERTS_ANY.match(text, start.start())
        if m is None:
            continue
        last_end = m.end()
        line = doc.line_at(m.start())
        if line is None or line.section in IGNORED_SECTIONS:
            continue
        canonical = _CERTS[int((m.lastgroup or "g0")[1:])][1]
        name = canonical or _CERT_TRAILING.sub("", m.group(0).strip())
        if name.lower() not in seen:
            seen.add(name.lower())
            out.append(name)
    return out

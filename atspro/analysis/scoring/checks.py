"""Resume checks: pass/fail findings about how an ATS and a recruiter will read the resume.

Checks are independent of the job and do not change the match score: they say what to fix so
the score and the document can be trusted (an unreadable PDF scores zero for a boring reason).
Every check has a stable ``name`` (the suggestions key on it) and its ``severity`` says how bad
a failure is, whether or not it failed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from atspro.analysis.documents.facts import LayoutFacts
from atspro.analysis.scoring.matching import experience_years, parse_month
from atspro.analysis.scoring.wording import (
    ACTION_VERBS_PAST,
    ACTION_VERBS_PRESENT,
    AMBIGUOUS_TENSE,
    FILLER_PHRASES,
    FIRST_PERSON_CI_RE,
    WEAK_PHRASES,
    canonical_section,
)
from atspro.models import Check, Resume

EMAIL_RE = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$")
_PHONE_DIGITS_RE = re.compile(r"\d")
_NUMBER_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\b",
    re.I,
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'+#.-]*")
_FIRST_WORD_RE = re.compile(r"^[^A-Za-z]*([A-Za-z][A-Za-z-]*)")
_I_RE = re.compile(r"(?<![\w'])I(?:'m|'ve|'d)?(?![\w'])")
_INJECTION_RE = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) (?:instructions|prompts?|rules)"
    r"|disregard (?:all |any )?(?:the )?(?:previous|prior|above) "
    r"|(?:give|assign|rate|score)(?: this| the| me)?(?: resume| candidate)?(?: a)? (?:score )?(?:of )?100\b"
    r"|you are (?:now )?(?:an? )?(?:ai|language model|chatgpt|assistant)"
    r"|system prompt|new instructions:|hire this candidate",
    re.IGNORECASE,
)

_WEAK_PATTERNS = [
    (p, re.compile(rf"(?<![\w-]){re.escape(p)}(?![\w-])", re.IGNORECASE))
    for p in WEAK_PHRASES + FILLER_PHRASES
]
# Every injection pattern contains one of these words; texts without them skip the regex.
_INJECTION_TRIGGERS = (
    "ignore",
    "disregard",
    "100",
    "you are",
    "prompt",
    "instructions",
    "hire this",
)

REQUIRED_SECTIONS = ("experience", "education", "skills")
MAX_BULLET_WORDS = 35
LONG_RESUME_WORDS = 1200
SHORT_RESUME_WORDS = 200
# A term repeated this often, and at least this share of all words, reads as stuffing.
STUFFING_MIN_REPEATS = 12
STUFFING_MIN_SHARE = 0.04
# A comma list this long outside the Skills section is a keyword dump.
KEYWORD_BLOCK_MIN_ITEMS = 8

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "at",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "this",
        "that",
        "or",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "via",
        "per",
        "over",
        "into",
        "using",
        "use",
        "used",
        "team",
        "teams",
        "work",
    ]
)


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _first_word(text: str) -> str:
    m = _FIRST_WORD_RE.match(text)
    return m.group(1).lower() if m else ""


def _all_bullets(resume: Resume) -> list[str]:
    return [b for r in resume.work_experience for b in r.bullets] + [
        b for p in resume.projects for b in p.bullets
    ]


def _check(
    name: str, passed: bool, severity: str, message: str, evidence: Iterable[str] = ()
) -> Check:
    return Check(
        name=name, passed=passed, severity=severity, message=message, evidence=list(evidence)[:5]
    )  # type: ignore[arg-type]


# --------------------------------------------------------------------------- contact ---


def contact_checks(resume: Resume) -> list[Check]:
    c = resume.contact
    email_ok = bool(c.email and EMAIL_RE.match(c.email.strip()))
    phone_ok = bool(c.phone and len(_PHONE_DIGITS_RE.findall(c.phone)) >= 7)
    linkedin = next(
        (li.url for li in c.links if li.kind == "linkedin" or "linkedin.com" in li.url.lower()),
        None,
    )
    return [
        _check(
            "contact_email",
            email_ok,
            "critical",
            "Email address found."
            if email_ok
            else "No valid email address: recruiters and the ATS need one to contact you.",
            [c.email] if c.email else [],
        ),
        _check(
            "contact_phone",
            phone_ok,
            "warning",
            "Phone number found."
            if phone_ok
            else "No phone number: most application systems expect one.",
            [c.phone] if c.phone else [],
        ),
        _check(
            "contact_location",
            bool(c.location),
            "info",
            "Location found."
            if c.location
            else "No location (city, country): ATS filters often search by location.",
            [c.location] if c.location else [],
        ),
        _check(
            "contact_linkedin",
            linkedin is not None,
            "info",
            "LinkedIn profile found."
            if linkedin
            else "No LinkedIn profile link: recruiters usually look for one.",
            [linkedin] if linkedin else [],
        ),
    ]


# -------------------------------------------------------------------------- structure ---


def _present_sections(resume: Resume) -> set[str]:
    present = {canonical_section(s) for s in resume.sections}
    if not resume.sections:  # hand-built or parser gave none: infer from content
        present |= {"experience"} if resume.work_experience else set()
        present |= {"education"} if resume.education else set()
        present |= {"skills"} if resume.skills else set()
    return present


def section_check(resume: Resume) -> Check:
    present = _present_sections(resume)
    missing = [s for s in REQUIRED_SECTIONS if s not in present]
    if missing:
        names = ", ".join(s.title() for s in missing)
        return _check(
            "section_headings",
            False,
            "warning",
            f"Standard section headings not found: {names}. ATS map content by headings.",
            missing,
        )
    return _check(
        "section_headings",
        True,
        "warning",
        "Standard section headings found (Experience, Education, Skills).",
    )


def dates_check(resume: Resume) -> Check:
    bad = []
    for role in resume.work_experience:
        label = role.position or role.company or "a role"
        if parse_month(role.start) is None:
            bad.append(f"{label}: start date {role.start or 'missing'}")
        elif not role.is_current and parse_month(role.end) is None:
            bad.append(f"{label}: end date {role.end or 'missing'}")
    if bad:
        return _check(
            "dates_parseable",
            False,
            "warning",
            "Some roles have missing or unreadable dates; ATS compute your years of experience from them.",
            bad,
        )
    if not resume.work_experience:
        return _check("dates_parseable", True, "warning", "No roles to date.")
    return _check(
        "dates_parseable", True, "warning", "Every role has readable start and end dates."
    )


def length_check(resume: Resume, text: str, layout: LayoutFacts | None, today: date) -> Check:
    words = layout.word_count if layout and layout.word_count is not None else len(text.split())
    pages = layout.pages if layout else None
    years = experience_years(resume, today)[0] or 0.0  # a stated figure counts here too
    if words < SHORT_RESUME_WORDS:
        return _check(
            "length",
            False,
            "warning",
            f"Only {words} words: too short to show your experience and the keywords ATS look for.",
            [f"{words} words"],
        )
    if pages is not None and (pages > 3 or (pages > 2 and years < 10)):
        return _check(
            "length",
            False,
            "warning",
            f"{pages} pages: keep it to 2 pages (3 only with 10+ years of experience).",
            [f"{pages} pages"],
        )
    if words > LONG_RESUME_WORDS and years < 10:
        return _check(
            "length",
            False,
            "info",
            f"{words} words: long for your experience; recruiters skim, trim older or less relevant detail.",
            [f"{words} words"],
        )
    return _check(
        "length",
        True,
        "warning",
        f"Length is fine ({words} words{f', {pages} pages' if pages else ''}).",
    )


# ---------------------------------------------------------------------------- bullets ---


def bullet_checks(resume: Resume) -> list[Check]:
    bullets = _all_bullets(resume)
    if not bullets:
        return [
            _check(
                "action_verbs",
                False,
                "warning",
                "No bullet points under your roles: describe what you did and achieved in short bullets.",
            )
        ]
    no_verb = [b for b in bullets if _first_word(b) not in ACTION_VERBS_PAST | ACTION_VERBS_PRESENT]
    share = 1 - len(no_verb) / len(bullets)
    checks = [
        _check(
            "action_verbs",
            share >= 0.6,
            "warning",
            f"{share:.0%} of bullets start with an action verb."
            + ("" if share >= 0.6 else " Start each with a strong verb (Built, Led, Reduced…)."),
            [_clip(b) for b in no_verb],
        )
    ]
    unquantified = [b for b in bullets if not _NUMBER_RE.search(b)]
    q_share = 1 - len(unquantified) / len(bullets)
    checks.append(
        _check(
            "quantified_achievements",
            q_share >= 0.3,
            "warning",
            f"{q_share:.0%} of bullets contain a number."
            + (
                ""
                if q_share >= 0.3
                else " Numbers (%, $, users, time saved) make results believable."
            ),
            [_clip(b) for b in unquantified] if q_share < 0.3 else [],
        )
    )
    weak = [
        f'"{phrase}": {_clip(b, 70)}'
        for b in bullets
        for phrase, pattern in _WEAK_PATTERNS
        if phrase in b.lower() and pattern.search(b)
    ]
    checks.append(
        _check(
            "weak_phrases",
            not weak,
            "warning",
            "No weak phrases or filler."
            if not weak
            else f"{len(weak)} weak phrase(s) or filler that describe duties, not results.",
            weak,
        )
    )
    texts = [*bullets, resume.summary or ""]
    first_person = [_clip(t) for t in texts if _I_RE.search(t) or FIRST_PERSON_CI_RE.search(t)]
    checks.append(
        _check(
            "first_person",
            not first_person,
            "info",
            "No first-person pronouns."
            if not first_person
            else "First-person pronouns (I, my, me): resumes read better without them.",
            first_person,
        )
    )
    long = [
        f"{len(b.split())} words: {_clip(b, 60)}"
        for b in bullets
        if len(b.split()) > MAX_BULLET_WORDS
    ]
    checks.append(
        _check(
            "bullet_length",
            not long,
            "info",
            "Bullets are concise."
            if not long
            else f"{len(long)} bullet(s) over {MAX_BULLET_WORDS} words: split them or cut to the result.",
            long,
        )
    )
    present_in_past = [
        f"{r.position or r.company or 'past role'}: {_clip(b, 60)}"
        for r in resume.work_experience
        if not r.is_current
        for b in r.bullets
        if (w := _first_word(b)) in ACTION_VERBS_PRESENT
        and w not in AMBIGUOUS_TENSE
        and w not in ACTION_VERBS_PAST
    ]
    checks.append(
        _check(
            "tense_consistency",
            not present_in_past,
            "info",
            "Past roles are written in the past tense."
            if not present_in_past
            else "Some past roles use the present tense; write finished roles in the past tense (Led, Built).",
            present_in_past,
        )
    )
    return checks


# ------------------------------------------------------------------------------ file ---


def file_check(layout: LayoutFacts) -> Check:
    if layout.image_only:
        return _check(
            "file_type",
            False,
            "critical",
            "The file has no text layer (a scan or an image): an ATS reads it as empty. Export a text PDF or DOCX.",
            ["image only"],
        )
    risks = []
    if layout.columns_detected:
        risks.append("several columns")
    if layout.has_tables:
        risks.append("tables")
    if layout.file_kind and layout.file_kind.lower() not in {
        "pdf",
        "docx",
        "doc",
        "txt",
        "rtf",
        "odt",
    }:
        risks.append(f"{layout.file_kind} file")
    if risks:
        return _check(
            "file_type",
            False,
            "warning",
            "Layout that many ATS misread: " + ", ".join(risks) + ". Use one column and no tables.",
            risks,
        )
    return _check("file_type", True, "critical", "File type and layout are ATS-friendly.")


# -------------------------------------------------------------------------- integrity ---


def _comma_blocks(resume: Resume) -> list[str]:
    """Long comma lists in the summary or in bullets: keyword dumps outside the Skills section."""
    found = []
    for text in [
        resume.summary or "",
        *_all_bullets(resume),
        *(p.description or "" for p in resume.projects),
    ]:
        for chunk in re.split(r"[\n;]", text):
            items = [i.strip() for i in chunk.split(",") if i.strip()]
            short = sum(1 for i in items if len(i.split()) <= 3)
            if len(items) >= KEYWORD_BLOCK_MIN_ITEMS and short >= 0.75 * len(items):
                found.append(_clip(chunk, 80))
    return found


def stuffing_check(resume: Resume, text: str, layout: LayoutFacts | None) -> Check:
    evidence: list[str] = []
    hidden = layout.hidden_text_chars if layout else 0
    if hidden > 0:
        evidence.append(f"{hidden} characters of hidden text (white, tiny or off-page)")
    words = [w.lower() for w in _WORD_RE.findall(text)]
    counts = Counter(w for w in words if w not in _STOPWORDS and len(w) > 1)
    limit = max(STUFFING_MIN_REPEATS, STUFFING_MIN_SHARE * len(words))
    evidence += [f'"{w}" repeated {n} times' for w, n in counts.most_common(5) if n >= limit]
    runs = re.findall(r"(?i)\b(\w[\w+#.]*)(?:[\s,;/|]+\1\b){3,}", text)
    evidence += [f'"{w}" repeated back to back' for w in dict.fromkeys(runs)]
    evidence += [f"keyword list outside Skills: {b}" for b in _comma_blocks(resume)]
    if not evidence:
        return _check(
            "keyword_stuffing", True, "warning", "No keyword stuffing or hidden text found."
        )
    severity = "critical" if hidden > 0 else "warning"
    return _check(
        "keyword_stuffing",
        False,
        severity,
        "Looks like keyword stuffing: it earns no extra score and recruiters reject it on sight.",
        evidence,
    )


def injection_check(text: str) -> Check | None:
    """Instructions aimed at an AI screener. They are inert here; flag them for the user."""
    lowered = text.lower()
    if not any(word in lowered for word in _INJECTION_TRIGGERS):
        return None
    hits = list(dict.fromkeys(_clip(m.group(0), 60) for m in _INJECTION_RE.finditer(text)))
    if not hits:
        return None
    return _check(
        "hidden_instructions",
        False,
        "critical",
        "The resume contains instructions aimed at AI screeners. They do not change the score and are read as an attempt to game the process.",
        hits,
    )


def run_checks(resume: Resume, text: str, layout: LayoutFacts | None, today: date) -> list[Check]:
    """All checks, in a fixed order. ``text`` is the visible resume text."""
    checks = contact_checks(resume)
    checks += [
        section_check(resume),
        dates_check(resume),
        length_check(resume, text, layout, today),
    ]
    checks += bullet_checks(resume)
    if layout is not None:
        checks.append(file_check(layout))
    checks.append(stuffing_check(resume, text, layout))
    injection = injection_check(text)
    if injection:
        checks.append(injection)
    return checks

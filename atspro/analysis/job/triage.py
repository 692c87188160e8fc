"""Is this document a job posting, a resume, or something else (a blog, news, a home page)?

Pure functions the bot and the services use before scoring:

- :func:`classify_document` -> :class:`Triage` (``job`` / ``resume`` / ``other`` and a reason),
  for a file or page sent where a job or a resume was expected;
- :func:`not_a_job_reason` -> "This doesn't look like a job posting: …" or None, for a parsed
  page, text or file that is about to be scored as a job;
- :func:`looks_like_job_posting` for text pasted in the chat (conservative: a normal chat
  message must not become a job).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from atspro.models import Job

DocumentKind = Literal["job", "resume", "other"]
NOT_A_JOB = "This doesn't look like a job posting: "

_JOB_CUES: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"^\W{0,6}(?:key |core |main )?(?:responsibilities|requirements|qualifications|duties|"
            r"what you(?:'ll| will) (?:do|bring)|nice to have|must[- ]haves?|"
            r"(?:minimum|basic|preferred) qualifications|about the (?:role|job|position)|"
            r"job (?:description|summary)|benefits|what we offer|who you are|about you|"
            r"required (?:skills|experience))\b",
            re.IGNORECASE | re.MULTILINE,
        ),
        3,
    ),
    (
        re.compile(
            r"\bwe(?:'re| are) (?:looking for|seeking|hiring|searching for)|\bis (?:hiring|looking for)\b|"
            r"\bjoin (?:our|the) team\b|\bthe (?:ideal|successful) candidate\b|\bwe(?:'re| are) "
            r"(?:a|an) [\w -]{0,40}(?:company|startup|team)\b",
            re.IGNORECASE,
        ),
        3,
    ),
    (
        re.compile(
            r"\b\d+\s*\+?\s*(?:-\s*\d+\s*)?years? of (?:\w+ ){0,3}experience\b|"
            r"\bat least \w+ years?\b|\bminimum (?:of )?\w+ years?\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (
        re.compile(
            r"\bapply (?:now|today|here|online|via|through|at)\b|\bhow to apply\b|\bto apply\b|"
            r"\bsend (?:us )?your (?:cv|resume)\b|\bequal opportunity employer\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (
        re.compile(
            r"\bsalary\b|\bcompensation\b|\bbenefits\b|\bper (?:hour|year|annum)\b|"
            r"[$€£]\s?\d[\d,.]*\s?[kK]?\s?(?:-|–|to)\s?[$€£]?\s?\d",
            re.IGNORECASE,
        ),
        1,
    ),
    (
        re.compile(
            r"\bfull[- ]time\b|\bpart[- ]time\b|\bcontract (?:role|position)\b|\binternship\b|"
            r"\bremote\b|\bhybrid\b|\bon[- ]?site\b",
            re.IGNORECASE,
        ),
        1,
    ),
    (
        re.compile(
            r"\byou(?:'ll| will) (?:be|work|build|lead|own|join|design|develop|collaborate|report)\b|"
            r"\bresponsible for\b|\bmust have\b|\bnice to have\b|\bis a plus\b|\bpreferred\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (
        re.compile(
            r"\bbachelor'?s\b|\bmaster'?s\b|\bdegree in\b|\bproficien(?:t|cy) (?:in|with)\b|"
            r"\bexperience (?:with|in)\b|\bknowledge of\b|\bfamiliarity with\b|"
            r"\bthe (?:candidate|applicant|role|position)\b|\bthis (?:role|position|job)\b",
            re.IGNORECASE,
        ),
        1,
    ),
]
_RESUME_CUES: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"^\W{0,6}(?:work experience|professional experience|employment history|education|"
            r"skills|summary|professional summary|objective|certifications|projects|references|"
            r"career history)\W{0,3}$",
            re.IGNORECASE | re.MULTILINE,
        ),
        2,
    ),
    (re.compile(r"\b(?:curriculum vitae|my resume|my cv)\b", re.IGNORECASE), 3),
    (re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|present|current|now)\b", re.I), 2),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), 1),
    (re.compile(r"\b(?:I|I'm|I've|my|me)\b"), 1),
]


# Whole documents (files, pages): what only a resume or only a posting says.
_RESUME_DOC_CUES: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"^\W{0,6}(?:(?:work|professional|relevant) experience|experience|employment(?: history)?|"
            r"work history|career (?:history|summary)|education(?: and training)?|academic "
            r"(?:background|qualifications)|(?:technical |core |key )?skills|languages|"
            r"certifications?|projects|interests|hobbies|references|achievements|awards|"
            r"publications|volunteer(?:ing| experience)?|(?:professional )?profile|summary|"
            r"objective|personal (?:details|information|data)|contact(?: me| details)?)\W{0,3}$",
            re.IGNORECASE | re.MULTILINE,
        ),
        2,
    ),
    # Date ranges "Jan 2019 – Present", "2018 - 12/2020" (anchored on the first year: fast).
    (
        re.compile(
            r"\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
            r"nov|dec)[a-z]*\.?\s+|\d{1,2}[/.])?(?:(?:19|20)\d\d|present|current|now|today|date)\b",
            re.IGNORECASE,
        ),
        2,
    ),
    # Past-tense bullets: "Led a team…", "Reduced costs…" (postings say "Lead", "Reduce").
    (re.compile(r"^\W{0,4}[A-Z][a-z]{2,}ed\b", re.MULTILINE), 1),
    (re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|linkedin\.com/in/|github\.com/\w"), 2),
    (re.compile(r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3}[\s.-]\d{3,4}\b"), 1),
    (re.compile(r"\b(?:gpa|cgpa|curriculum vitae|my (?:resume|cv))\b", re.IGNORECASE), 2),
]
_JOB_DOC_CUES: list[tuple[re.Pattern[str], int]] = [
    (_JOB_CUES[0][0], 3),  # posting headings: Requirements, Responsibilities, Nice to have…
    (_JOB_CUES[1][0], 3),  # we are looking for, join our team, the ideal candidate
    (_JOB_CUES[2][0], 2),  # 3+ years of experience
    (_JOB_CUES[3][0], 2),  # apply now, send your CV, equal opportunity employer
    (_JOB_CUES[5][0], 1),  # full-time, remote, hybrid
    (
        re.compile(
            r"\b(?:job (?:description|type|title|summary|requirements)|employment type|"
            r"experience level|seniority level|(?:salary|pay) range|reports to|"
            r"(?:we|you)(?:'ll| will) (?:offer|provide|give) you|relocation)\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (re.compile(r"\bwe(?:'re| are| offer| have)?\b|\bour\b", re.IGNORECASE), 1),
    (
        re.compile(
            r"\byou(?:'ll| will| would| should| must| have| are|'re)\b|\byour\b|"
            r"\b(?:candidates?|applicants?)\b|\bthis (?:role|position|job)\b",
            re.IGNORECASE,
        ),
        1,
    ),
]

_OTHER_CUES: list[tuple[str, re.Pattern[str], int]] = [
    (
        "blog",
        re.compile(
            r"\b(?:min(?:ute)? read|read more|share (?:this|on)|leave a (?:comment|reply)|"
            r"\d+ comments?|posted (?:on|by|in)|published (?:on|by)|written by|subscribe to our "
            r"(?:blog|newsletter)|tags?:|categories:|related (?:posts|articles)|"
            r"(?:our|the) blog\b|in this (?:post|article)|newsletter|last updated)\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (
        "news",
        re.compile(
            r"\b(?:press release|announced (?:today|that)|according to|reported|said in a "
            r"statement|told reporters|(?:reuters|associated press|bloomberg)|breaking news|"
            r"(?:january|february|march|april|may|june|july|august|september|october|november|"
            r"december) \d{1,2}, (?:19|20)\d\d)\b",
            re.IGNORECASE,
        ),
        2,
    ),
    (
        "home",
        re.compile(
            r"\b(?:request a demo|book a demo|get started|sign up|log ?in|pricing|our customers|"
            r"trusted by|contact (?:us|sales)|learn more|free trial|our products|solutions for|"
            r"case studies|privacy policy|terms of (?:service|use)|all rights reserved|"
            r"view (?:all|open) (?:jobs|positions|roles)|open positions|see all jobs|careers at)\b",
            re.IGNORECASE,
        ),
        1,
    ),
]
_OTHER_REASONS = {
    "blog": "it reads like a blog post or an article, not a job ad.",
    "news": "it reads like a news article, not a job ad.",
    "home": "it looks like a company or careers home page, not one job. "
    "Open the job itself and send me its link.",
}
_RESUME_REASON = "it reads like a resume (a work history with dates, Education and Skills sections), not a job ad."
_EMPTY_REASON = "there is almost no text in it."
_NO_ASKS_REASON = "I found no job title, responsibilities or requirements in it."
# Postings pasted in the chat carry headings like these on lines of their own.
_POSTING_HEADINGS = re.compile(
    r"^\W{0,6}(?:(?:key |main |core )?(?:responsibilities|duties)|requirements|"
    r"qualifications|(?:what you(?:'ll| will) (?:do|bring|need))|must[- ]haves?|"
    r"nice[- ]to[- ]haves?|(?:about|the) (?:the )?(?:role|job|position)|who you are|"
    r"what we offer|benefits)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _lowered(cues: list[tuple[re.Pattern[str], int]]) -> list[tuple[re.Pattern[str], int]]:
    """The same cues for lower-cased text: case-insensitive matching of long alternations is
    several times slower in ``re`` than matching lower-cased text."""
    return [(re.compile(p.pattern, p.flags & ~re.IGNORECASE), w) for p, w in cues]


# Resume cues that need the text's own case (past-tense bullets start with a capital).
_CASED = {2}
_RESUME_LOW = _lowered([c for i, c in enumerate(_RESUME_DOC_CUES) if i not in _CASED])
_RESUME_CASED = [c for i, c in enumerate(_RESUME_DOC_CUES) if i in _CASED]
_JOB_LOW = _lowered(_JOB_DOC_CUES)
_OTHER_LOW = [(name, _lowered([(p, w)])[0][0], w) for name, p, w in _OTHER_CUES]


def _score(cues: list[tuple[re.Pattern[str], int]], text: str, cap: int = 3) -> tuple[int, int]:
    """(weighted score, distinct cue kinds) of ``text``."""
    score = kinds = 0
    for pattern, weight in cues:
        hits = len(pattern.findall(text))
        if hits:
            kinds += 1
            score += weight * min(hits, cap)
    return score, kinds


@dataclass(frozen=True, slots=True)
class Triage:
    kind: DocumentKind
    reason: str  # why, in words a user understands (empty for a job)
    job_score: int = 0
    resume_score: int = 0


def _job_evidence(job: Job | None) -> int:
    """Points for what the parser found: a requirements block, responsibilities, a title…"""
    if job is None:
        return 0
    # Titles, years and responsibilities are found in resumes too: only what a resume lacks.
    return (3 if job.has_requirements_block else 0) + (1 if job.salary is not None else 0)


def classify_document(text: str, job: Job | None = None) -> Triage:
    """Whether ``text`` (a file's or page's text) is a job posting, a resume or neither.

    ``job``, when the text was already parsed as a posting, adds what the parser found. A
    posting from structured data (JSON-LD, a job-board API) should not be asked: it is a job."""
    text = (text or "").strip()
    sample = text[:20_000]
    words = len(sample.split())
    if words < 8:
        return Triage("other", _EMPTY_REASON)
    low = sample.lower()
    job_score, job_kinds = _score(_JOB_LOW, low, cap=4)
    resume_score = _score(_RESUME_LOW, low, cap=4)[0] + _score(_RESUME_CASED, sample, cap=4)[0]
    job_score += _job_evidence(job)
    if resume_score >= 8 and resume_score > 1.3 * job_score:
        return Triage("resume", _RESUME_REASON, job_score, resume_score)
    if job_score >= 9 and job_kinds >= 2 and job_score >= resume_score:
        return Triage("job", "", job_score, resume_score)
    other = {name: _score([(p, w)], low)[0] for name, p, w in _OTHER_LOW}
    name, best = max(other.items(), key=lambda kv: kv[1])
    if job_score >= 6 and job_score > best and job_score >= resume_score:
        return Triage("job", "", job_score, resume_score)
    if best >= 2:
        return Triage("other", _OTHER_REASONS[name], job_score, resume_score)
    if resume_score >= 6 and resume_score > job_score:
        return Triage("resume", _RESUME_REASON, job_score, resume_score)
    if job is not None and (job.title or job.requirements) and resume_score < 4:
        # A terse posting ("Python developer needed, 3 years of Django, remote") has few
        # cues but nothing says it is something else: read it as a job.
        return Triage("job", "", job_score, resume_score)
    return Triage("other", _NO_ASKS_REASON, job_score, resume_score)


def not_a_job_reason(text: str, job: Job | None = None) -> str | None:
    """ "This doesn't look like a job posting: <reason>" for a page, text or file that is not a
    posting (and must not be scored); None when it reads as one. Structured postings
    (JSON-LD, job-board APIs) are always jobs."""
    if job is not None and job.source_kind in ("jsonld", "board_api"):
        return None
    verdict = classify_document(text, job)
    return None if verdict.kind == "job" else NOT_A_JOB + verdict.reason


def looks_like_job_posting(text: str) -> bool:
    """Whether pasted chat text is a job posting rather than a normal message or a resume.

    Conservative: it takes several distinct posting cues (section headings, 'we are looking
    for', years of experience, salary, apply…) that clearly outweigh resume cues (Education /
    Work experience headings, date ranges, 'I'). A short posting counts when it has the
    headings of one: a title line, then "Responsibilities:" and "Requirements:" blocks."""
    if not isinstance(text, str):
        return False
    text = text.strip()
    words = len(text.split())
    sample = text[:20_000]
    resume, _ = _score(_RESUME_CUES, sample, cap=4)
    headings = {m.group(0).strip(" :").lower()[:6] for m in _POSTING_HEADINGS.finditer(sample)}
    if len(headings) >= 2 and words >= 15 and len(text) >= 120 and resume < 6:
        return True
    if words < 40 or len(text) < 200:
        return False
    job, kinds = _score(_JOB_CUES, sample)
    headings_n = len(_JOB_CUES[0][0].findall(sample))
    needed = 8 if words < 120 else 6
    # Three posting headings (Summary, Required Skills, Responsibilities) are evidence enough.
    varied = kinds >= 3 or headings_n >= 3
    return varied and job >= needed and job > 1.5 * resume


# Telegram's apps cut a paste longer than 4,096 characters into 4,096-character messages; all
# but the last part are (nearly) that long. A message this long is likely one part of many.
SPLIT_PART_MIN_CHARS = 3_500


def may_continue(text: str) -> bool:
    """Whether a chat message is long enough to be a part of a paste Telegram split, so that
    the next message from the same chat, seconds later, continues it."""
    return isinstance(text, str) and len(text) >= SPLIT_PART_MIN_CHARS

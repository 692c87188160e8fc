"""Grounding: keep what an LLM wrote only when the source documents back it up.

Two kinds of checks:

* **Extraction** (``ground_resume_draft``, ``ground_job_draft``): every extracted item must be
  found in the source text. "Found" is forgiving about layout (case, punctuation, re-wrapped
  lines, a dropped word) but strict about facts: every number in the item must be in the text.
  Items that fail are removed and counted by kind.
* **Writing** (``check_rewrite``, ``ground_rewrites``, ``ground_letter``): new wording may not
  add employers, titles, degrees, dates, numbers or skills the resume lacks. The core rule is
  shared with the DOCX export (``atspro.analysis.grounding.ungrounded_terms``); this module adds
  degrees and job titles, and lets a cover letter name what the *posting* names (the company,
  the product) but never claim a skill or a number the resume does not show.

A rewrite the model marks ``only_if_true`` is kept but flagged: the user must confirm it, and it
never reaches the tailored DOCX.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from atspro.agents.schemas import CoverLetterDraft, JobDraft, ResumeDraft, Rewrites
from atspro.analysis.grounding import ungrounded_terms
from atspro.analysis.scoring.matching import contains_term, resume_plain_text
from atspro.analysis.taxonomy.skills import get_index
from atspro.models import EducationLevel, Job, Resume

TOKEN_COVERAGE = 0.85  # share of an item's words that must be in the source
ORDER_RATIO = 0.75  # difflib ratio of the item against the best same-length window
SHORT_ITEM_TOKENS = 3  # items this short must have every word in the source

_TOKEN_RE = re.compile(r"[0-9a-z]+")
_DIGITS_RE = re.compile(r"\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_PHONE_RE = re.compile(r"\+?\d[\d\s().\-]{6,}\d")
_TRANSLATE = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "•": " ",
        "+": " plus ",
        "#": " sharp ",
    }
)
_CURRENT_RE = re.compile(r"\b(present|current|now|today|ongoing)\b")
_DEGREE_RE = re.compile(
    r"\b(bachelor(?:'?s)?|master(?:'?s)?|ph\.?\s?d|doctorate|doctoral|mba|b\.?\s?sc|m\.?\s?sc|"
    r"b\.?\s?eng|m\.?\s?eng|associate(?:'?s)? degree|diploma)\b",
    re.IGNORECASE,
)
_LEVEL_CUES: dict[EducationLevel, re.Pattern[str]] = {
    EducationLevel.NONE: re.compile(r"no degree|not required", re.I),
    EducationLevel.HIGH_SCHOOL: re.compile(r"high school|ged|secondary|diploma", re.I),
    EducationLevel.ASSOCIATE: re.compile(r"associate", re.I),
    EducationLevel.BACHELOR: re.compile(r"bachelor|\bb\.?s\.?c?\b|\bb\.?a\b|\bbeng\b|degree", re.I),
    EducationLevel.MASTER: re.compile(r"master|\bm\.?s\.?c?\b|\bmba\b|\bmeng\b", re.I),
    EducationLevel.DOCTORATE: re.compile(r"ph\.?\s?d|doctor", re.I),
}
_WORK_MODE_CUES = {
    "remote": re.compile(r"remote|work from home|wfh", re.I),
    "hybrid": re.compile(r"hybrid", re.I),
    "onsite": re.compile(r"on-?\s?site|in[- ]office|in person", re.I),
}
# Capitalised words a cover letter uses that are neither names nor facts.
LETTER_WORDS = frozenset(
    {"Hiring", "Manager", "Team", "Recruiter", "Thank", "Sincerely", "Regards", "Best", "Kind"}
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(normalise(text))


def _url_key(url: str) -> str:
    key = normalise(url)
    key = re.sub(r"^[a-z]+://", "", key)
    key = key.removeprefix("www.")
    return key.rstrip("/")


class SourceText:
    """The source document, indexed to answer "does the text contain this item?"."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.norm = normalise(text)
        self.tokens = _TOKEN_RE.findall(self.norm)
        self.token_set = frozenset(self.tokens)
        self._positions: dict[str, list[int]] = {}
        for i, tok in enumerate(self.tokens):
            self._positions.setdefault(tok, []).append(i)
        self._phones = [re.sub(r"\D", "", m.group(0)) for m in _PHONE_RE.finditer(text)]

    def has(self, value: str | None) -> bool:
        """True when ``value`` appears in the text, allowing layout noise but no new numbers."""
        if not value:
            return False
        norm = normalise(value)
        if not norm:
            return False
        if norm in self.norm:
            return True
        want = _TOKEN_RE.findall(norm)
        if not want:
            return False
        missing = [t for t in want if t not in self.token_set]
        if any(_DIGITS_RE.search(t) for t in missing):
            return False  # a number that is not in the text is a new fact
        if len(want) <= SHORT_ITEM_TOKENS:
            return not missing
        if 1 - len(missing) / len(want) < TOKEN_COVERAGE:
            return False
        return self._in_order_nearby(want)

    def _in_order_nearby(self, want: list[str]) -> bool:
        """Is there a same-length window of the text that matches ``want`` in order (difflib
        ratio) and holds its numbers? A number found only elsewhere in the document does not
        ground "cut costs by 50%".

        Windows are anchored on the item's two rarest words, so the cost stays small even for
        long documents with a small vocabulary.
        """
        size = len(want)
        numbers = {t for t in want if _DIGITS_RE.search(t)}
        present = [(len(self._positions[t]), i) for i, t in enumerate(want) if t in self._positions]
        starts: set[int] = set()
        for _, offset in sorted(present)[:2]:
            for pos in self._positions[want[offset]][:50]:
                starts.add(max(0, pos - offset))
        for start in sorted(starts):
            matcher = SequenceMatcher(None, want, self.tokens[start : start + size], autojunk=False)
            if matcher.quick_ratio() < ORDER_RATIO or matcher.ratio() < ORDER_RATIO:
                continue
            if numbers <= set(self.tokens[max(0, start - 2) : start + size + 2]):
                return True
        return False

    def has_year(self, value: str | None) -> bool:
        """A date is grounded when its year is in the text (months get reformatted freely)."""
        if not value:
            return False
        years = [m.group(0) for m in _YEAR_RE.finditer(value)]
        return bool(years) and all(y in self.token_set for y in years)

    def has_email(self, value: str | None) -> bool:
        return bool(value) and normalise(value or "") in self.norm

    def has_phone(self, value: str | None) -> bool:
        digits = re.sub(r"\D", "", value or "")
        if len(digits) < 7:
            return False
        # E.164 adds a country code the document may not show: compare the last 7+ digits.
        tail = digits[-min(len(digits), 9) :]
        return any(p.endswith(tail) or tail.endswith(p[-7:]) for p in self._phones if p)

    def has_url(self, value: str | None) -> bool:
        return bool(value) and _url_key(value or "") in self.norm

    def says_current(self) -> bool:
        return bool(_CURRENT_RE.search(self.norm))


def _keep(value: str | None, ok: bool, dropped: Counter[str], kind: str) -> str | None:
    if value is None or ok:
        return value
    dropped[kind] += 1
    return None


# ----------------------------------------------------------------------------- extraction ---


def ground_resume_draft(draft: ResumeDraft, source: SourceText) -> tuple[ResumeDraft, Counter[str]]:
    """A copy of ``draft`` holding only what ``source`` contains, and counts of what went."""
    d = draft.model_copy(deep=True)
    dropped: Counter[str] = Counter()
    c = d.contact
    c.full_name = _keep(c.full_name, source.has(c.full_name), dropped, "contact")
    c.email = _keep(c.email, source.has_email(c.email), dropped, "contact")
    c.phone = _keep(c.phone, source.has_phone(c.phone), dropped, "contact")
    c.location = _keep(c.location, source.has(c.location), dropped, "contact")
    links = [li for li in c.links if source.has_url(li.url)]
    dropped["contact"] += len(c.links) - len(links)
    c.links = links
    d.summary = _keep(d.summary, source.has(d.summary), dropped, "summary")

    roles = []
    for role in d.work_experience:
        role.company = _keep(role.company, source.has(role.company), dropped, "employer")
        role.position = _keep(role.position, source.has(role.position), dropped, "title")
        if role.company is None and role.position is None:
            dropped["role"] += 1
            continue
        role.location = _keep(role.location, source.has(role.location), dropped, "location")
        role.start = _keep(role.start, source.has_year(role.start), dropped, "date")
        role.end = _keep(role.end, source.has_year(role.end), dropped, "date")
        if role.is_current and not source.says_current():
            role.is_current = False
            dropped["date"] += 1
        role.bullets = _grounded_list(role.bullets, source, dropped, "bullet")
        roles.append(role)
    d.work_experience = roles

    schools = []
    for ed in d.education:
        ed.institution = _keep(ed.institution, source.has(ed.institution), dropped, "school")
        ed.degree = _keep(ed.degree, source.has(ed.degree), dropped, "degree")
        if ed.institution is None and ed.degree is None:
            dropped["education"] += 1
            continue
        ed.field = _keep(ed.field, source.has(ed.field), dropped, "degree")
        ed.graduation_date = _keep(
            ed.graduation_date, source.has_year(ed.graduation_date), dropped, "date"
        )
        ed.gpa = _keep(ed.gpa, source.has(ed.gpa), dropped, "education")
        if ed.degree is None:
            ed.level = None  # a level is only as good as the degree it came from
        schools.append(ed)
    d.education = schools

    certs = []
    for cert in d.certifications:
        if not source.has(cert.name):
            dropped["certification"] += 1
            continue
        cert.issuer = _keep(cert.issuer, source.has(cert.issuer), dropped, "certification")
        cert.date = _keep(cert.date, source.has_year(cert.date), dropped, "date")
        certs.append(cert)
    d.certifications = certs

    d.skills = _grounded_list(d.skills, source, dropped, "skill")
    languages = [la for la in d.languages if source.has(la.name)]
    dropped["language"] += len(d.languages) - len(languages)
    d.languages = languages

    projects = []
    for p in d.projects:
        if not source.has(p.name):
            dropped["project"] += 1
            continue
        p.description = _keep(p.description, source.has(p.description), dropped, "project")
        p.url = _keep(p.url, source.has_url(p.url), dropped, "project")
        p.bullets = _grounded_list(p.bullets, source, dropped, "bullet")
        projects.append(p)
    d.projects = projects
    return d, +dropped


def _grounded_list(
    items: list[str], source: SourceText, dropped: Counter[str], kind: str
) -> list[str]:
    kept = [x for x in items if source.has(x)]
    dropped[kind] += len(items) - len(kept)
    return list(dict.fromkeys(" ".join(x.split()) for x in kept))


def _salary_number_found(value: float | None, source: SourceText) -> bool:
    if value is None:
        return True
    whole = round(value)
    forms = {str(whole), f"{whole:,}", str(value)}
    if whole % 1000 == 0:
        forms |= {f"{whole // 1000}k", f"{whole // 1000} k"}
    return any(normalise(f) in source.norm for f in forms)


def ground_job_draft(draft: JobDraft, source: SourceText) -> tuple[JobDraft, Counter[str]]:
    """A copy of ``draft`` holding only what the posting ``source`` contains."""
    d = draft.model_copy(deep=True)
    dropped: Counter[str] = Counter()
    d.title = _keep(d.title, source.has(d.title), dropped, "title")
    d.company = _keep(d.company, source.has(d.company), dropped, "employer")
    d.location = _keep(d.location, source.has(d.location), dropped, "location")
    d.employment_type = _keep(
        d.employment_type, source.has(d.employment_type), dropped, "employment_type"
    )
    d.seniority = _keep(d.seniority, source.has(d.seniority), dropped, "seniority")
    if d.work_mode is not None and not _WORK_MODE_CUES[d.work_mode].search(source.text):
        d.work_mode = None
        dropped["work_mode"] += 1
    if d.salary is not None:
        s = d.salary
        numbers_ok = _salary_number_found(s.min, source) and _salary_number_found(s.max, source)
        if not numbers_ok or (s.min is None and s.max is None and not source.has(s.text)):
            d.salary = None
            dropped["salary"] += 1
        else:
            s.text = _keep(s.text, source.has(s.text), dropped, "salary")
    d.responsibilities = _grounded_list(d.responsibilities, source, dropped, "responsibility")
    d.required_skills = _grounded_list(d.required_skills, source, dropped, "skill")
    d.preferred_skills = _grounded_list(d.preferred_skills, source, dropped, "skill")
    d.soft_skills = _grounded_list(d.soft_skills, source, dropped, "skill")
    d.certifications = _grounded_list(d.certifications, source, dropped, "certification")
    if d.min_years_experience is not None:
        years = f"{d.min_years_experience:g}"
        if years not in source.token_set or "year" not in source.norm:
            d.min_years_experience = None
            dropped["years"] += 1
    if d.education_level is not None and not _LEVEL_CUES[d.education_level].search(source.text):
        d.education_level = None
        dropped["education"] += 1
    return d, +dropped


# -------------------------------------------------------------------------------- writing ---


def job_plain_text(job: Job) -> str:
    """The posting as text, for grounding what a letter may say about it."""
    parts = [job.title, job.company, job.location, job.employment_type, job.seniority]
    parts += job.responsibilities + job.required_skills + job.preferred_skills + job.soft_skills
    parts += job.certifications + [k.term for k in job.keywords]
    return "\n".join(p for p in parts if p)


def resume_bullets(resume: Resume) -> list[str]:
    out = [b for role in resume.work_experience for b in role.bullets]
    out += [b for p in resume.projects for b in p.bullets]
    return out


def job_terms(job: Job) -> list[str]:
    """Skills and keywords the posting asks for, heaviest first, without repeats."""
    terms = job.required_skills + job.preferred_skills + [k.term for k in job.keywords]
    terms += job.soft_skills
    seen: dict[str, str] = {}
    for t in terms:
        seen.setdefault(t.casefold(), t)
    return list(seen.values())


def _extra_ungrounded(new: str, source: str) -> list[str]:
    """Degrees and job titles in ``new`` that the resume text lacks."""
    bad = [m.group(0) for m in _DEGREE_RE.finditer(new) if not contains_term(source, m.group(0))]
    bad += [h.surface for h in get_index().find_titles(new) if not contains_term(source, h.surface)]
    return bad


def ungrounded_in_resume(new: str, resume: Resume, resume_text: str | None = None) -> list[str]:
    """Facts in ``new`` that ``resume`` does not contain (numbers, skills, names, degrees,
    titles). Empty means grounded."""
    source = resume_text if resume_text is not None else resume_plain_text(resume)
    bad = ungrounded_terms(new, resume, source) + _extra_ungrounded(new, source)
    return list(dict.fromkeys(bad))


@dataclass
class RewriteVerdict:
    original: str | None  # the resume bullet it rewrites, as written in the resume
    ungrounded: list[str] = field(default_factory=list)
    adds_keywords: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.original is not None and not self.ungrounded


def find_bullet(original: str, resume: Resume) -> str | None:
    """The resume bullet ``original`` refers to (models re-space and re-quote text)."""
    bullets = resume_bullets(resume)
    want = normalise(original)
    for b in bullets:
        if normalise(b) == want:
            return b
    best, best_ratio = None, 0.0
    for b in bullets:
        ratio = SequenceMatcher(None, want, normalise(b), autojunk=False).ratio()
        if ratio > best_ratio:
            best, best_ratio = b, ratio
    return best if best_ratio >= 0.9 else None


def check_rewrite(
    original: str, proposed: str, resume: Resume, job: Job, resume_text: str | None = None
) -> RewriteVerdict:
    """Is ``proposed`` an honest rewrite of the resume bullet ``original``?"""
    bullet = find_bullet(original, resume)
    if not proposed.strip():
        return RewriteVerdict(bullet, ["(empty)"])
    bad = ungrounded_in_resume(proposed, resume, resume_text)
    before = bullet or original
    adds = [
        t for t in job_terms(job) if contains_term(proposed, t) and not contains_term(before, t)
    ]
    return RewriteVerdict(bullet, bad, adds)


def ground_rewrites(
    rewrites: Rewrites, resume: Resume, job: Job, resume_text: str | None = None
) -> tuple[Rewrites, Counter[str]]:
    """Keep honest rewrites. ``adds_keywords`` is recomputed: the model's claim is not trusted.

    A rewrite marked ``only_if_true`` may name things the resume lacks; it is kept (flagged)
    so the user can confirm it, but ``rewrites_map`` leaves it out of the DOCX.
    """
    out = rewrites.model_copy(deep=True)
    dropped: Counter[str] = Counter()
    kept = []
    seen: set[str] = set()
    for item in out.bullets:
        verdict = check_rewrite(item.original, item.rewritten, resume, job, resume_text)
        if verdict.original is None:
            dropped["unknown_bullet"] += 1
            continue
        if verdict.ungrounded and not item.only_if_true:
            dropped["ungrounded_rewrite"] += 1
            continue
        if normalise(item.rewritten) == normalise(verdict.original) or verdict.original in seen:
            continue  # no change, or a second rewrite of the same bullet
        seen.add(verdict.original)
        item.original = verdict.original
        item.rewritten = " ".join(item.rewritten.split())
        item.adds_keywords = verdict.adds_keywords
        item.only_if_true = bool(item.only_if_true and verdict.ungrounded)
        kept.append(item)
    out.bullets = kept
    if out.summary is not None:
        if not out.summary.strip() or ungrounded_in_resume(out.summary, resume, resume_text):
            dropped["ungrounded_summary"] += 1
            out.summary = None
        else:
            out.summary = " ".join(out.summary.split())
    out.notes = [n for n in (" ".join(x.split()) for x in out.notes) if n][:5]
    return out, +dropped


_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")


def _letter_ungrounded(
    sentence: str, resume: Resume, resume_text: str | None, job_text: str
) -> list[str]:
    """Facts in a letter sentence that neither the resume nor (for names) the posting backs.

    Names of the company or product may come from the posting; skills and numbers are claims
    about the candidate and must come from the resume.
    """
    bad = []
    for term in ungrounded_in_resume(sentence, resume, resume_text):
        if term in LETTER_WORDS:
            continue
        is_claim = _DIGITS_RE.search(term) or get_index().canonical(term) is not None
        if not is_claim and contains_term(job_text, term):
            continue
        bad.append(term)
    return bad


def ground_letter(
    draft: CoverLetterDraft, resume: Resume, job: Job, resume_text: str | None = None
) -> tuple[list[str], Counter[str]]:
    """The letter's paragraphs without any sentence that states an ungrounded fact."""
    job_text = job_plain_text(job)
    dropped: Counter[str] = Counter()
    paragraphs = []
    for para in draft.paragraphs:
        sentences = [s for s in _SENTENCE_RE.split(" ".join(para.split())) if s]
        kept = [s for s in sentences if not _letter_ungrounded(s, resume, resume_text, job_text)]
        dropped["ungrounded_sentence"] += len(sentences) - len(kept)
        if kept:
            paragraphs.append(" ".join(kept))
    return paragraphs, +dropped

"""Grounding: keep what an LLM wrote only when the source document backs it up.

Every check runs against the document's own visible text and the deterministic parse, never
against anything an earlier model call produced. The pure claim/evidence rules live in
``atspro.analysis.grounding``; this module applies them to the agents' outputs.

* **Extraction** (``ground_resume_draft``, ``ground_job_draft``): record-level evidence. A role,
  school, certification or project is kept only when one short span of lines holds the record
  as a whole; its dates must be in that span (month-year, or the year alone when that is all the
  span shows); a degree's level comes from our own rules; a skill needs its own surface form.
  What survives is only ever *suggested* (see ``pipeline``): it never reaches the score.
* **Writing** (``check_rewrite``, ``ground_rewrites``, ``ground_letter``): every number (digits
  or words), percentage, duration, name, employer, degree, title and skill in new wording must
  be supported by the resume; a rewritten bullet's numbers by the bullet it rewrites. A letter
  may name the posting's company and role as the target, never as the candidate's past.

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
from atspro.analysis.grounding import (
    Claim,
    DocumentLines,
    Evidence,
    degree_level,
    skill_in_text,
    split_sentences,
    unsupported_claims,
)
from atspro.analysis.scoring.matching import canonical_skill, contains_term, resume_plain_text
from atspro.models import EducationLevel, Job, Resume

TOKEN_COVERAGE = 0.85  # share of an item's words that must be in the source
ORDER_RATIO = 0.75  # difflib ratio of the item against the best same-length window
SHORT_ITEM_TOKENS = 3  # items this short must appear as one contiguous phrase
ONLY_IF_TRUE_RE = re.compile(r"only\s+if\s+(?:it(?:'s|\s+is)\s+)?true", re.IGNORECASE)

_TOKEN_RE = re.compile(r"[0-9a-z]+")
_DIGITS_RE = re.compile(r"\d")
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
        self.lines = DocumentLines(text)
        self._positions: dict[str, list[int]] = {}
        for i, tok in enumerate(self.tokens):
            self._positions.setdefault(tok, []).append(i)
        self._phones = [re.sub(r"\D", "", m.group(0)) for m in _PHONE_RE.finditer(text)]

    def has(self, value: str | None) -> bool:
        """True when ``value`` appears in the text: short items as one contiguous phrase, long
        ones allowing layout noise (a dropped word) but no number the text lacks nearby."""
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
        if len(want) <= SHORT_ITEM_TOKENS:
            return self.lines.has_phrase(value)
        missing = [t for t in want if t not in self.token_set]
        if any(_DIGITS_RE.search(t) for t in missing):
            return False  # a number that is not in the text is a new fact
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


def _keep(value: str | None, ok: bool, dropped: Counter[str], kind: str) -> str | None:
    if value is None or ok:
        return value
    dropped[kind] += 1
    return None


# ----------------------------------------------------------------------------- extraction ---


def _wide(span: tuple[int, int], lines: DocumentLines) -> tuple[int, int]:
    """A record's span plus one line either side: dates often sit just above or below."""
    return max(0, span[0] - 1), min(len(lines.lines), span[1] + 1)


def _date(
    value: str | None, span: tuple[int, int], src: SourceText, dropped: Counter[str]
) -> str | None:
    if value is None:
        return None
    found = src.lines.date_in(value, _wide(span, src.lines))
    if found != value:
        dropped["date"] += 1
    return found


def _ground_roles(d: ResumeDraft, src: SourceText, dropped: Counter[str]) -> None:
    roles = []
    for role in d.work_experience:
        span = src.lines.record_span([p for p in (role.company, role.position) if p])
        if span is None:
            dropped["role"] += 1  # no one place in the document holds this record
            continue
        wide = _wide(span, src.lines)
        role.location = _keep(
            role.location, contains_term(src.lines.span_text(wide), role.location or ""),
            dropped, "location",
        )  # fmt: skip
        role.start = _date(role.start, span, src, dropped)
        role.end = _date(role.end, span, src, dropped)
        if role.is_current and not src.lines.says_current(wide):
            role.is_current = False
            dropped["date"] += 1
        role.bullets = _grounded_list(role.bullets, src, dropped, "bullet")
        roles.append(role)
    d.work_experience = roles


def _ground_schools(d: ResumeDraft, src: SourceText, dropped: Counter[str]) -> None:
    schools, used = [], set()
    for ed in d.education:
        level = degree_level(ed.degree)
        if ed.degree and level is None and not ed.institution:
            dropped["education"] += 1  # "Computer Science" alone is a field, not a degree
            continue
        span = src.lines.record_span([p for p in (ed.institution, ed.degree) if p])
        if span is None or span in used:
            dropped["education"] += 1  # unsupported, or a second record from the same lines
            continue
        used.add(span)
        ed.level = level  # our rules read the degree text; the model's number is ignored
        text = src.lines.span_text(_wide(span, src.lines))
        ed.field = _keep(ed.field, src.lines.has_phrase(ed.field) and _near(ed.field, text),
                         dropped, "degree")  # fmt: skip
        ed.graduation_date = _date(ed.graduation_date, span, src, dropped)
        ed.gpa = _keep(ed.gpa, bool(ed.gpa) and (ed.gpa or "") in text, dropped, "education")
        schools.append(ed)
    d.education = schools


def _near(phrase: str | None, text: str) -> bool:
    return bool(phrase) and " ".join(tokens(phrase or "")) in " ".join(tokens(text))


def ground_resume_draft(draft: ResumeDraft, source: SourceText) -> tuple[ResumeDraft, Counter[str]]:
    """A copy of ``draft`` holding only what ``source`` supports, and counts of what went."""
    d = draft.model_copy(deep=True)
    dropped: Counter[str] = Counter()
    c = d.contact
    c.full_name = _keep(c.full_name, source.lines.has_phrase(c.full_name), dropped, "contact")
    c.email = _keep(c.email, source.has_email(c.email), dropped, "contact")
    c.phone = _keep(c.phone, source.has_phone(c.phone), dropped, "contact")
    c.location = _keep(c.location, source.lines.has_phrase(c.location), dropped, "contact")
    links = [li for li in c.links if source.has_url(li.url)]
    dropped["contact"] += len(c.links) - len(links)
    c.links = links
    d.summary = _keep(d.summary, source.has(d.summary), dropped, "summary")
    _ground_roles(d, source, dropped)
    _ground_schools(d, source, dropped)

    certs = []
    for cert in d.certifications:
        span = source.lines.record_span([p for p in (cert.name, cert.issuer) if p])
        if span is None:
            dropped["certification"] += 1
            continue
        cert.date = _date(cert.date, span, source, dropped)
        certs.append(cert)
    d.certifications = certs

    skills = [s for s in d.skills if skill_in_text(s, source.text)]
    dropped["skill"] += len(d.skills) - len(skills)
    d.skills = list(dict.fromkeys(" ".join(s.split()) for s in skills))
    languages = [la for la in d.languages if source.lines.has_phrase(la.name)]
    dropped["language"] += len(d.languages) - len(languages)
    d.languages = languages

    projects = []
    for p in d.projects:
        if not source.lines.has_phrase(p.name):
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


def _skill_tiers(d: JobDraft, source: SourceText, base: Job, dropped: Counter[str]) -> None:
    """Skills keep the tier the posting's own blocks give them (our parse read those blocks):
    a model cannot move a skill between required, preferred and merely mentioned. A skill our
    parse did not place in a tier stays out of the tiers (counted as ``tier``)."""
    tier = {canonical_skill(s).casefold(): "required" for s in base.required_skills}
    tier |= {canonical_skill(s).casefold(): "preferred" for s in base.preferred_skills}
    for name in ("required_skills", "preferred_skills"):
        want = "required" if name == "required_skills" else "preferred"
        kept = []
        for raw in getattr(d, name):
            if not skill_in_text(raw, source.text):
                dropped["skill"] += 1
            elif tier.get(canonical_skill(raw).casefold()) != want:
                dropped["tier"] += 1  # a promotion, a demotion or a tier the posting never gave
            else:
                kept.append(" ".join(raw.split()))
        setattr(d, name, list(dict.fromkeys(kept)))
    d.soft_skills = _grounded_skills(d.soft_skills, source, dropped)
    d.certifications = _grounded_list(d.certifications, source, dropped, "certification")


def _grounded_skills(items: list[str], source: SourceText, dropped: Counter[str]) -> list[str]:
    kept = [s for s in items if skill_in_text(s, source.text)]
    dropped["skill"] += len(items) - len(kept)
    return list(dict.fromkeys(kept))


def ground_job_draft(
    draft: JobDraft, source: SourceText, base: Job | None = None
) -> tuple[JobDraft, Counter[str]]:
    """A copy of ``draft`` holding only what the posting ``source`` supports."""
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
    _skill_tiers(d, source, base or Job(), dropped)
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


def resume_evidence(resume: Resume, resume_text: str | None = None) -> Evidence:
    """What the resume vouches for: the document's text (or, without it, the parse's own
    text) and the deterministic parse."""
    text = resume_text if resume_text is not None else resume_plain_text(resume)
    return Evidence(text, resume)


def ungrounded_in_resume(new: str, resume: Resume, resume_text: str | None = None) -> list[str]:
    """Facts in ``new`` that the resume does not support, as written (empty: grounded)."""
    bad = unsupported_claims(new, resume_evidence(resume, resume_text))
    return list(dict.fromkeys(c.term for c in bad))


@dataclass
class RewriteVerdict:
    original: str | None  # the resume bullet it rewrites, as written in the resume
    ungrounded: list[str] = field(default_factory=list)
    adds_keywords: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

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
    original: str,
    proposed: str,
    resume: Resume,
    job: Job,
    resume_text: str | None = None,
    evidence: Evidence | None = None,
) -> RewriteVerdict:
    """Is ``proposed`` an honest rewrite of the resume bullet ``original``? Its numbers must
    come from that bullet; names, skills, degrees and titles from the resume."""
    bullet = find_bullet(original, resume)
    if not proposed.strip():
        return RewriteVerdict(bullet, ["(empty)"])
    evidence = evidence or resume_evidence(resume, resume_text)
    local = Evidence(bullet or "")
    claims = unsupported_claims(proposed, evidence, numbers_from=local)
    before = bullet or original
    adds = [
        t for t in job_terms(job) if contains_term(proposed, t) and not contains_term(before, t)
    ]
    bad = list(dict.fromkeys(c.term for c in claims))
    return RewriteVerdict(bullet, bad, adds, claims)


def _count_claims(removed: Counter[str], claims: list[Claim]) -> None:
    for kind in dict.fromkeys(c.kind for c in claims):
        removed[kind] += 1


@dataclass
class Grounded:
    """What survived grounding, what was dropped (by item) and why (by kind of fact)."""

    dropped: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    offered: int = 0  # items the model wrote

    @property
    def dropped_share(self) -> float:
        return sum(self.dropped.values()) / self.offered if self.offered else 0.0


def ground_rewrites(
    rewrites: Rewrites, resume: Resume, job: Job, resume_text: str | None = None
) -> tuple[Rewrites, Grounded]:
    """Keep honest rewrites, summary and notes. ``adds_keywords`` is recomputed.

    A rewrite marked ``only_if_true`` may name things the resume lacks; it is kept (flagged)
    so the user can confirm it, but ``rewrites_map`` leaves it out of the DOCX. A note is
    advice: it may name a missing keyword only when it says "add only if true".
    """
    out = rewrites.model_copy(deep=True)
    evidence = resume_evidence(resume, resume_text)
    target = job_plain_text(job)
    g = Grounded()
    kept = []
    seen: set[str] = set()
    for item in out.bullets:
        g.offered += 1
        verdict = check_rewrite(item.original, item.rewritten, resume, job, evidence=evidence)
        if verdict.original is None:
            g.dropped["unknown_bullet"] += 1
            continue
        if verdict.ungrounded and not item.only_if_true:
            g.dropped["ungrounded_rewrite"] += 1
            _count_claims(g.removed, verdict.claims)
            continue
        if normalise(item.rewritten) == normalise(verdict.original) or verdict.original in seen:
            g.offered -= 1
            continue  # no change, or a second rewrite of the same bullet
        seen.add(verdict.original)
        item.original = verdict.original
        item.rewritten = " ".join(item.rewritten.split())
        item.adds_keywords = verdict.adds_keywords
        item.only_if_true = bool(item.only_if_true and verdict.ungrounded)
        kept.append(item)
    out.bullets = kept
    if out.summary is not None and out.summary.strip():
        g.offered += 1
        claims = unsupported_claims(out.summary, evidence, target=target)
        if claims:
            g.dropped["ungrounded_summary"] += 1
            _count_claims(g.removed, claims)
            out.summary = None
        else:
            out.summary = " ".join(out.summary.split())
    else:
        out.summary = None
    notes = []
    for note in (" ".join(x.split()) for x in out.notes):
        if not note:
            continue
        g.offered += 1
        claims = (
            []
            if ONLY_IF_TRUE_RE.search(note)
            else unsupported_claims(note, evidence, target=target)
        )
        if claims:
            g.dropped["ungrounded_note"] += 1
            _count_claims(g.removed, claims)
        else:
            notes.append(note)
    out.notes = notes[:5]
    return out, g


def ground_letter(
    draft: CoverLetterDraft, resume: Resume, job: Job, resume_text: str | None = None
) -> tuple[list[str], Grounded]:
    """The letter's paragraphs without any sentence that states an unsupported fact. The
    posting's names and titles may appear as the target, never as the candidate's past."""
    evidence = resume_evidence(resume, resume_text)
    target = job_plain_text(job)
    g = Grounded()
    paragraphs = []
    for para in draft.paragraphs:
        kept = []
        for sentence in split_sentences(para):
            g.offered += 1
            claims = unsupported_claims(sentence, evidence, target=target)
            if claims:
                g.dropped["ungrounded_sentence"] += 1
                _count_claims(g.removed, claims)
            else:
                kept.append(sentence)
        if kept:
            paragraphs.append(" ".join(kept))
    return paragraphs, g

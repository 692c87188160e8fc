"""Resume parser benchmark: field quality on labelled fixtures, and speed.

``.venv/bin/python -m bench bench_resume``

Quality: 6 people x 8 layouts (``bench/resume_fixtures.py``), per-field precision/recall/F1
for name, email, phone, companies, positions, role dates, institutions and skills (skills
scored on a probe set every taxonomy knows). ``resume_parse_field_f1_pct`` is the micro F1
over all fields. Speed: p50/p95 for a two-page resume text (~6,600 characters).
When ``../shared/data/samples/resumes`` exists (optional, text via pypdf/python-docx): the share
of samples with a name, an email or phone and two sections, and the share of PDF/DOCX twins
and "John Doe" layouts that agree on contact, roles, education and years.
"""

from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from datetime import date
from pathlib import Path

from atspro.analysis.resume import dates, places, role_header, roles
from atspro.analysis.resume import text as resume_text
from atspro.analysis.resume.parser import parse_resume
from atspro.models import Resume
from bench.resume_fixtures import PEOPLE, PROBE_SKILLS, Labelled, Role, labelled_fixtures

TODAY = date(2025, 1, 1)
FIELDS = ("name", "email", "phone", "companies", "positions", "dates", "institutions", "skills")


def _norm(value: str | None) -> str:
    return re.sub(r"[^\w]+", " ", (value or "").lower()).strip()


def _predicted(r: Resume) -> dict[str, list[str]]:
    return {
        "name": [_norm(r.contact.full_name)] if r.contact.full_name else [],
        "email": [_norm(r.contact.email)] if r.contact.email else [],
        "phone": [r.contact.phone] if r.contact.phone else [],
        "companies": [_norm(w.company) for w in r.work_experience if w.company],
        "positions": [_norm(w.position) for w in r.work_experience if w.position],
        "dates": [
            f"{w.start}|{'present' if w.is_current else w.end}"
            for w in r.work_experience
            if w.start
        ],
        "institutions": [_norm(e.institution) for e in r.education if e.institution],
        "skills": sorted({s.name for s in r.skills} & set(PROBE_SKILLS.values())),
    }


def _expected(f: Labelled) -> dict[str, list[str]]:
    return {
        "name": [_norm(f.name)],
        "email": [_norm(f.email)],
        "phone": [f.phone],
        "companies": [_norm(c) for c in f.companies],
        "positions": [_norm(p) for p in f.positions],
        "dates": [f"{s}|{e}" for s, e in f.dates],
        "institutions": [_norm(i) for i in f.institutions],
        "skills": f.skills,
    }


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def quality() -> dict[str, float]:
    counts = {name: [0, 0, 0] for name in FIELDS}  # tp, fp, fn
    for fixture in labelled_fixtures():
        got = _predicted(parse_resume(fixture.text, today=TODAY))
        want = _expected(fixture)
        for name in FIELDS:
            g, w = Counter(got[name]), Counter(want[name])
            tp = sum((g & w).values())
            counts[name][0] += tp
            counts[name][1] += sum(g.values()) - tp
            counts[name][2] += sum(w.values()) - tp
    out: dict[str, float] = {}
    for name, (tp, fp, fn) in counts.items():
        p, r, f1 = _f1(tp, fp, fn)
        out[f"resume_parse_{name}_precision_pct"] = 100 * p
        out[f"resume_parse_{name}_recall_pct"] = 100 * r
        out[f"resume_parse_{name}_f1_pct"] = 100 * f1
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    out["resume_parse_field_f1_pct"] = 100 * _f1(tp, fp, fn)[2]
    return out


def two_page_text() -> str:
    """A long classic resume: 8 roles x 5 bullets, summary, education, skills (~6k chars)."""
    p = PEOPLE[0]
    bullet = (
        "Improved the reliability of the {} platform by redesigning retries, timeouts and "
        "alerting in Python and SQL, cutting incidents by {}%"
    )
    roles = [
        Role(f"Company {n} Inc.", "Software Engineer", "Austin, TX", (2000 + 3 * n, 1),
             (2002 + 3 * n, 12) if n < 7 else None,
             tuple(bullet.format(f"team-{n}-{k}", 10 + k) for k in range(5)))
        for n in range(8)
    ]  # fmt: skip
    lines = [p.name, f"{p.city} | {p.phone} | {p.email}", "", "SUMMARY", p.summary * 3, ""]
    lines.append("EXPERIENCE")
    for r in roles:
        lines += [f"{r.company} — {r.position}", r.city, f"Jan {r.start[0]} – Dec {r.start[0] + 2}"]
        lines += [f"• {b}" for b in r.bullets]
    lines += ["", "EDUCATION", "University of Texas", "B.S. in Computer Science, 1999", ""]
    lines += ["SKILLS", "Python, SQL, Kubernetes, Docker, Terraform, communication"]
    return "\n".join(lines)


def speed(runs: int = 60) -> dict[str, float]:
    text = two_page_text()
    parse_resume(text, today=TODAY)  # warm caches (regexes, phone metadata)
    timings = []
    for _ in range(runs):
        for cache in (dates._find_range, dates._find_dates, places.find_place,
                      resume_text.bullet_glyph, resume_text.strip_bullet, roles.is_title,
                      roles.is_company, role_header._read_once):  # fmt: skip
            cache.cache_clear()  # each resume is new text: measure with cold line caches
        started = time.perf_counter()
        parse_resume(text, today=TODAY)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return {
        "resume_parse_p50_ms": statistics.median(timings),
        "resume_parse_p95_ms": timings[int(0.95 * (len(timings) - 1))],
        "resume_parse_text_chars": float(len(text)),
    }


SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "samples" / "resumes"
_TWINS = [
    (f"soupboss__{stem}.pdf", f"soupboss__{stem}.docx")
    for stem in ("01-Accountant", "01-Desktop_Support", "01-Office_Coordinator",
                 "02-Accountant", "02-Desktop_Support", "02-Office_Coordinator")
] + [
    ("resume-matcher-template__single-column.pdf", other)
    for other in ("resume-matcher-template__two-column.pdf",
                  "resume-matcher-template__modern-single-column.pdf",
                  "resume-matcher-template__modern-two-column.pdf",
                  "resume-matcher-template-v1__single_column.pdf",
                  "resume-matcher-template-v1__two_column.pdf")
]  # fmt: skip


def _sample_text(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    import docx

    return "\n".join(par.text for par in docx.Document(str(path)).paragraphs)


def _core(r: Resume) -> tuple:
    roles = [(w.company, w.position, w.location, w.start, w.end) for w in r.work_experience]
    schools = [(e.institution, e.degree, e.level, e.field) for e in r.education]
    return r.contact.model_dump_json(), roles, schools, r.total_years_experience


def samples() -> dict[str, float]:
    """Real sample files next to the repo (optional): acceptance and twin agreement."""
    if not SAMPLES.is_dir():
        return {}
    parsed = {
        p.name: parse_resume(_sample_text(p), today=TODAY)
        for p in sorted(SAMPLES.iterdir())
        if p.suffix in (".pdf", ".docx")
    }
    accepted = sum(
        bool(r.contact.full_name and (r.contact.email or r.contact.phone) and len(r.sections) >= 2)
        for r in parsed.values()
    )
    agree = sum(_core(parsed[a]) == _core(parsed[b]) for a, b in _TWINS)
    return {
        "resume_samples_acceptance_pct": 100 * accepted / len(parsed),
        "resume_samples_twin_agreement_pct": 100 * agree / len(_TWINS),
    }


def run() -> dict[str, float]:
    return {**quality(), **speed(), **samples()}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:45s} {value:8.2f}")

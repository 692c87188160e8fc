"""Preserve, then tailor, over the real resume files (resumes/ and resumes_more/files).

Per document: extract the visible text, parse, tailor to a fixed posting, render the one-column
DOCX and read it back. Figures:

* ``line_keep_pct``: substantive original lines (two words or more; bare headings excluded,
  they are renamed by design) whose words appear in order in the tailored text, or all in one
  tailored line (a reordered skills list); ``docs_below_90_pct``: documents keeping less.
* ``docs_with_unknown_tokens``: documents whose DOCX has a capitalised word, acronym or number
  found nowhere in the original.
* ``parse_back_*_pct``: documents whose DOCX parses to the same roles (company, title),
  education institutions, and contact (name, email, phone) as the original.
* ``own_copy_*``: DOCX originals edited in a copy: changes applied / not applied, line keep
  and documents with unknown tokens in the copy (read back with our extractor).
"""

from __future__ import annotations

from pathlib import Path

from atspro.analysis.documents.errors import ExtractionError
from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume
from atspro.export.docx import docx_text, render_blocks
from atspro.export.docx_edit import edit_copy
from atspro.export.tailor import (
    ConfirmedSkill,
    missing_lines,
    substantive_lines,
    tailor_resume,
    unknown_tokens,
)
from atspro.models import Job, Resume

JOB = Job(
    title="Data Analyst",
    required_skills=["SQL", "Python", "Excel", "Tableau"],
    preferred_skills=["Java", "AWS"],
)
CONFIRMED = [ConfirmedSkill("Tableau")]


def _files(samples: Path) -> list[Path]:
    more = samples / "resumes_more" / "files"
    own = sorted(p for p in (samples / "resumes").iterdir() if p.suffix in (".pdf", ".docx"))
    return own + (sorted(more.iterdir()) if more.is_dir() else [])


def _shape(r: Resume) -> tuple[list[tuple[str | None, ...]], ...]:
    return (
        [(w.company, w.position) for w in r.work_experience],
        [(e.institution,) for e in r.education],
        [(r.contact.full_name, r.contact.email, r.contact.phone)],
    )


def run(samples: Path) -> dict[str, float]:
    kept = total = docs = below = unknown = skipped = 0
    same = [0, 0, 0]
    applied = missed = copy_kept = copy_total = copy_unknown = copies = 0
    for path in _files(samples):
        data = path.read_bytes()
        try:
            extracted = extract_text(data, path.name)
        except ExtractionError:
            skipped += 1
            continue
        text = extracted.visible_text or extracted.text
        resume = parse_resume(text)
        tailored = tailor_resume(text, resume, JOB, confirmed=CONFIRMED)
        back = docx_text(render_blocks(tailored.blocks))
        n, lost = len(substantive_lines(text)), len(missing_lines(text, back))
        kept, total, docs = kept + n - lost, total + n, docs + 1
        below += bool(n) and (n - lost) / n < 0.9
        unknown += bool(unknown_tokens(text, back, [c.skill for c in CONFIRMED]))
        for i, (a, b) in enumerate(zip(_shape(resume), _shape(parse_resume(back)), strict=True)):
            same[i] += a == b
        if extracted.kind == "docx":
            copy = edit_copy(data, tailored.blocks)
            applied, missed = applied + copy.applied, missed + copy.missed
            read = extract_text(copy.data, path.name)
            copy_text = read.visible_text or read.text
            copies += 1
            copy_total += n
            copy_kept += n - len(missing_lines(text, copy_text))
            copy_unknown += bool(unknown_tokens(text, copy_text, [c.skill for c in CONFIRMED]))
    return {
        "documents": docs,
        "skipped_unreadable": skipped,
        "line_keep_pct": round(100 * kept / max(total, 1), 2),
        "docs_below_90_pct": below,
        "docs_with_unknown_tokens": unknown,
        "parse_back_roles_pct": round(100 * same[0] / max(docs, 1), 1),
        "parse_back_education_pct": round(100 * same[1] / max(docs, 1), 1),
        "parse_back_contact_pct": round(100 * same[2] / max(docs, 1), 1),
        "own_copy_changes_applied": applied,
        "own_copy_changes_missed": missed,
        "own_copy_documents": copies,
        "own_copy_line_keep_pct": round(100 * copy_kept / max(copy_total, 1), 2),
        "own_copy_docs_with_unknown_tokens": copy_unknown,
    }

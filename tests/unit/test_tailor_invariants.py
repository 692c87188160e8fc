"""Preserve, then tailor: every line kept, nothing invented, structure read back the same."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from atspro.analysis.resume.parser import parse_resume
from atspro.export.docx import docx_text, render_blocks
from atspro.export.tailor import (
    ConfirmedSkill,
    ProfileContact,
    missing_lines,
    tailor_resume,
    unknown_tokens,
)
from atspro.models import Job
from atspro.services.tailoring import docx_filename

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "samples"
JOB = Job(
    title="Data Engineer", required_skills=["SQL", "Python", "Kafka"], preferred_skills=["AWS"]
)

HEADINGS = {
    "experience": ["WORK EXPERIENCE", "Professional Experience", "Employment History"],
    "education": ["EDUCATION", "Academic Background"],
    "skills": ["TECHNICAL SKILLS", "Core Competencies", "Skills"],
    "awards": ["Honors and Awards", "AWARDS"],
    "languages": ["Languages"],
}
COMPANIES = ["Northwind Labs", "Contoso Retail", "Fabrikam Health", "Tailspin Toys"]
TITLES = ["Backend Developer", "Data Analyst", "Site Reliability Engineer", "Product Manager"]
BULLETS = [
    "Cut report latency by 42% by moving batch jobs to Airflow",
    "Led a team of 6 engineers through a migration to PostgreSQL 15",
    "Wrote onboarding guides read by 300+ new hires",
    "Negotiated a $1.2M vendor contract with Oracle",
]


def generated_resume(seed: int) -> str:
    """A synthetic resume: varied headings, glyphs, skills lines, wrapped bullets."""
    rnd = random.Random(seed)
    glyph = rnd.choice(["• ", "- ", "▪ "])
    lines = ["Jordan Sample", "jordan@example.org | +44 20 7946 0000 | Leeds, UK", ""]
    lines += [rnd.choice(HEADINGS["experience"])]
    for i in rnd.sample(range(4), 2):
        lines += [f"{TITLES[i]}, {COMPANIES[i]}", f"Mar 20{10 + i} - Feb 20{14 + i}"]
        for b in rnd.sample(BULLETS, 2):
            if rnd.random() < 0.3:  # wrapped over two lines, as PDFs do
                cut = b.index(" ", len(b) // 2)
                lines += [glyph + b[:cut], b[cut + 1 :].lower()]
            else:
                lines += [glyph + b]
    lines += ["", rnd.choice(HEADINGS["education"])]
    lines += ["B.Sc. Mathematics, University of Leeds, 2010"]
    lines += ["", rnd.choice(HEADINGS["skills"])]
    skills = ["Excel", "Python", "Tableau", "SQL", "Go (Gin, gRPC)"]
    rnd.shuffle(skills)
    lines += [rnd.choice(["Tools: ", ""]) + rnd.choice([", ", " | "]).join(skills)]
    lines += ["", rnd.choice(HEADINGS["awards"]), "Dean's List 2009", "", "Languages"]
    lines += ["English (native), Polish (B2)"]
    return "\n".join(lines)


def check(text: str, **kw: object) -> tuple[list[str], list[str], str]:
    resume = parse_resume(text)
    tailored = tailor_resume(text, resume, JOB, **kw)  # type: ignore[arg-type]
    back = docx_text(render_blocks(tailored.blocks))
    allowed = [c.skill for c in kw.get("confirmed", ())]  # type: ignore[attr-defined]
    profile = kw.get("profile")
    if profile is not None:
        allowed += [profile.phone or "", profile.location or ""]  # type: ignore[attr-defined]
    return missing_lines(text, back), unknown_tokens(text, back, allowed), back


def same_structure(a: str, b: str) -> None:
    ra, rb = parse_resume(a), parse_resume(b)
    assert [(w.company, w.position) for w in ra.work_experience] == [
        (w.company, w.position) for w in rb.work_experience
    ]
    assert [e.institution for e in ra.education] == [e.institution for e in rb.education]
    assert (ra.contact.email, ra.contact.phone, ra.contact.full_name) == (
        rb.contact.email,
        rb.contact.phone,
        rb.contact.full_name,
    )


@pytest.mark.parametrize("seed", range(25))
def test_generated_resumes_keep_every_line_and_invent_nothing(seed: int) -> None:
    text = generated_resume(seed)
    missing, unknown, back = check(text)
    assert missing == [] and unknown == []
    same_structure(text, back)


def test_asked_skills_first_and_wrapped_bullets_whole() -> None:
    text = generated_resume(3)
    _, _, back = check(text)
    skills_line = next(line for line in back.splitlines() if "Tableau" in line)
    assert skills_line.index("SQL") < skills_line.index("Python") < skills_line.index("Tableau")
    assert "Go (Gin, gRPC)" in skills_line  # a parenthesis is not a list separator
    for bullet in BULLETS:  # no line truncated, wrapped ones re-joined
        if bullet.split()[0] in text:
            assert any(bullet.lower() in line.lower() for line in back.splitlines())


def test_only_confirmed_skills_and_profile_contact_are_added() -> None:
    text = generated_resume(1).replace("+44 20 7946 0000 | ", "")
    resume = parse_resume(text)
    role = f"{resume.work_experience[0].position} — {resume.work_experience[0].company}"
    confirmed = [ConfirmedSkill("Kafka", role), ConfirmedSkill("AWS")]
    profile = ProfileContact(phone="+44 113 496 0000")
    tailored = tailor_resume(text, resume, JOB, confirmed=confirmed, profile=profile)
    back = tailored.text
    assert "Skills: Kafka" in back and "AWS" in back and "+44 113 496 0000" in back
    missing, unknown, _ = check(text, confirmed=confirmed, profile=profile)
    assert missing == [] and unknown == []
    assert set(unknown_tokens(text, back)) == {"Kafka", "AWS", "44", "113", "496", "0000"}
    said = tailored.changes.describe()
    assert "added Kafka, AWS (you confirmed)" in said and "phone from your profile" in said


def test_grounded_rewrites_only() -> None:
    text = generated_resume(2)
    bullet = next(b for b in BULLETS if b in text)
    good = bullet.replace(bullet.split()[0], "Drove", 1)
    bad = bullet + " across 12 countries for Google"
    kept = tailor_resume(text, parse_resume(text), JOB, rewrites={bullet: good})
    assert good in kept.text and kept.changes.reworded == 1
    refused = tailor_resume(text, parse_resume(text), JOB, rewrites={bullet: bad})
    assert "Google" not in refused.text and refused.changes.reworded == 0


def test_filename_keeps_docx_and_is_phone_safe() -> None:
    name = docx_filename("Zoë O'Brien-Łukasiewicz " * 8, "Senior / Staff Engineer: Платформа")
    assert name.endswith(".docx") and len(name.encode()) <= 65
    assert all(c.isalnum() or c in "_-." for c in name)
    assert docx_filename(None, None) == "resume.docx"


def _sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    more = SAMPLES / "resumes_more" / "files"
    return sorted([*(SAMPLES / "resumes").glob("*.pdf"), *(SAMPLES / "resumes").glob("*.docx")]) + (
        sorted(more.iterdir()) if more.is_dir() else []
    )


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared sample resumes not present")
@pytest.mark.timeout(
    600
)  # a hang guard: ~11 s of CPU for 78 files, 8x that in wall time at load 16
def test_sample_resumes_keep_lines_and_add_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from atspro.analysis.documents import extract
    from atspro.analysis.documents.errors import ExtractionError
    from atspro.analysis.documents.extract import extract_text

    # The text layers only: OCR of the one image-only sample was half of this test's CPU (5 of
    # ~10 s; past the 120 s limit at load 16). Tailoring OCR text is measured by `make eval`.
    monkeypatch.setattr(extract, "ocr_available", lambda: False)
    kept = total = invented = docs = 0
    for path in _sample_files():
        try:
            extracted = extract_text(path.read_bytes(), path.name)
        except ExtractionError:
            continue  # an image-only PDF: nothing to tailor without OCR
        text = extracted.visible_text or extracted.text
        missing, unknown, _ = check(text)
        from atspro.export.tailor import substantive_lines

        n = len(substantive_lines(text))
        kept, total = kept + n - len(missing), total + n
        assert len(missing) <= max(1, n // 10), path.name  # none below 90 %
        invented += bool(unknown)
        docs += 1
    assert docs and kept / total >= 0.99
    assert invented <= docs * 0.05

"""Exports: the tailored DOCX (ATS-friendly, factual) and the PNG score card."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import pytest
from docx import Document
from PIL import Image

from atspro.analysis.grounding import rewrite_is_grounded, ungrounded_terms
from atspro.analysis.scoring.bands import BANDS
from atspro.analysis.scoring.matching import resume_plain_text
from atspro.analysis.scoring.report import score_match
from atspro.export.card import HEIGHT, WIDTH, render_score_card
from atspro.export.docx import HEADINGS, build_tailored_docx, docx_text, format_date
from atspro.models import Job, MatchReport, ScoreComponent
from tests.score_samples import backend_job, backend_resume, nurse_job, nurse_resume

TODAY = date(2025, 6, 1)


def _doc(data: bytes):
    return Document(io.BytesIO(data))


def _headings(data: bytes) -> list[str]:
    return [
        p.text
        for p in _doc(data).paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]


# ---------------------------------------------------------------------------- DOCX ---


def test_docx_opens_with_standard_headings_and_no_tables_or_boxes():
    data = build_tailored_docx(backend_resume(), backend_job())
    assert _headings(data) == list(HEADINGS)  # the sample has every section, in this order
    doc = _doc(data)
    assert doc.tables == []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.read("word/document.xml").decode()
        assert not any(n.startswith("word/media/") for n in z.namelist())
    for tag in ("<w:tbl>", "w:txbxContent", "<v:textbox", "<w:drawing", "w:cols w:num"):
        assert tag not in body
    assert len(doc.sections) == 1
    assert not any(p.text.strip() for p in doc.sections[0].header.paragraphs)


def test_docx_contact_block_comes_first():
    resume = backend_resume()
    paragraphs = [p.text for p in _doc(build_tailored_docx(resume)).paragraphs if p.text.strip()]
    assert paragraphs[0] == resume.contact.full_name
    for bit in (resume.contact.email, resume.contact.phone, resume.contact.location):
        assert bit in paragraphs[1]


def test_docx_skills_ordered_required_then_preferred_then_rest():
    resume = backend_resume()
    job = Job(required_skills=["Docker", "PostgreSQL"], preferred_skills=["Redis", "Terraform"])
    text = docx_text(build_tailored_docx(resume, job))
    skills_line = text.split("\nSkills\n", 1)[1].split("\n", 1)[0]
    listed = skills_line.split(", ")
    assert listed[:3] == ["Docker", "PostgreSQL", "Redis"]  # the resume's own spellings
    assert sorted(listed) == sorted(s.name for s in resume.skills)  # nothing added, nothing lost
    assert "Terraform" not in text  # the job wants it; the resume does not show it


def test_docx_keeps_every_fact_and_formats_dates():
    resume = backend_resume()
    text = docx_text(build_tailored_docx(resume, backend_job()))
    for role in resume.work_experience:
        assert f"{role.position} — {role.company}" in text
        for bullet in role.bullets:
            assert f"• {bullet}" in text
    assert "Mar 2021 – Present" in text and "Sep 2017 – Feb 2021" in text
    assert "Certified Kubernetes Administrator — CNCF — 2022" in text
    assert "Spanish (Native), English (C1)" in text
    assert format_date("2020") == "2020" and format_date("Summer 2020") == "Summer 2020"


def test_docx_applies_only_grounded_rewrites():
    resume = backend_resume()
    original = resume.work_experience[0].bullets[
        1
    ]  # "Designed REST APIs in Django serving 2 million…"
    other = resume.work_experience[1].bullets[0]
    third = resume.work_experience[1].bullets[1]
    rewrites = {
        original: "Designed Django REST APIs that serve 2 million requests a day",  # grounded
        other: "Built payment microservices processing 9,000 orders a day",  # invented number
        third: "Automated deployments with Terraform and Jenkins at Google",  # invented tools, name
    }
    text = docx_text(build_tailored_docx(resume, rewrites=rewrites))
    assert "• Designed Django REST APIs that serve 2 million requests a day" in text
    assert original not in text
    assert f"• {other}" in text and "9,000" not in text
    assert f"• {third}" in text and "Jenkins" not in text


def test_grounding_names_what_is_invented():
    resume = backend_resume()
    assert rewrite_is_grounded(
        "x", "Cut hosting costs by 30% by moving 40 services to Kubernetes", resume
    )
    bad = ungrounded_terms("Cut costs by 35% at Google using Kubernetes", resume)
    assert "35" in bad and "Google" in bad and "Kubernetes" not in bad
    assert not rewrite_is_grounded("x", "   ", resume)


def test_docx_round_trip_through_the_resume_parser_keeps_facts_and_score():
    resume_mod = pytest.importorskip("atspro.analysis.resume.parser")
    original = backend_resume()
    job = backend_job()
    baseline_text = resume_plain_text(original)
    baseline = resume_mod.parse_resume(baseline_text)
    data = build_tailored_docx(original, job)
    text = docx_text(data)
    parsed = resume_mod.parse_resume(text)
    assert parsed.contact.email == original.contact.email
    assert re.sub(r"\D", "", parsed.contact.phone or "") == re.sub(
        r"\D", "", original.contact.phone or ""
    )
    assert {r.company for r in parsed.work_experience} >= {
        r.company for r in original.work_experience
    }
    assert {r.position for r in parsed.work_experience} >= {
        r.position for r in original.work_experience
    }
    parsed_skills = {s.name.casefold() for s in parsed.skills}
    assert {s.name.casefold() for s in baseline.skills} <= parsed_skills
    before = score_match(baseline, job, resume_text=baseline_text, today=TODAY).score
    after = score_match(parsed, job, resume_text=text, today=TODAY).score
    assert after >= before


# ----------------------------------------------------------------------------- PNG ---


def _image(data: bytes) -> Image.Image:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    Image.open(io.BytesIO(data)).verify()
    return Image.open(io.BytesIO(data))


def _has_colour(img: Image.Image, colour: tuple[int, int, int]) -> bool:
    return any(c == colour for _, c in img.getcolors(maxcolors=1 << 20) or [])


def test_card_is_a_valid_png_of_the_phone_size_with_band_colour():
    strong = score_match(backend_resume(), backend_job(), today=TODAY)
    weak = score_match(nurse_resume(), backend_job(), today=TODAY)
    green, red = BANDS[0].rgb, BANDS[-1].rgb
    assert strong.score >= BANDS[0].lower and weak.score < BANDS[-2].lower
    img_strong = _image(render_score_card(strong, title="Senior Backend Engineer"))
    img_weak = _image(render_score_card(weak, title="Senior Backend Engineer"))
    assert img_strong.size == img_weak.size == (WIDTH, HEIGHT) == (1080, 1350)
    assert img_strong.mode == "RGB"
    assert _has_colour(img_strong, green) and _has_colour(img_weak, red)


def test_card_is_deterministic_and_handles_edge_cases():
    report = score_match(nurse_resume(), nurse_job(), today=TODAY)
    assert render_score_card(report) == render_score_card(report)
    empty = MatchReport(score=0)
    assert _image(render_score_card(empty)).size == (WIDTH, HEIGHT)
    odd = MatchReport(
        score=100,
        components=[
            ScoreComponent(name="custom_part", weight=100, score=100),
            ScoreComponent(name="education", weight=0, score=0, applicable=False),
        ],
        missing_keywords=["x" * 300],
    )
    long_title = "Principal Staff Distinguished Platform Reliability Engineering Manager " * 3
    assert _image(render_score_card(odd, title=long_title)).size == (WIDTH, HEIGHT)


def test_docx_style_ids_match_the_template():
    from atspro.export.docx import _STYLE_IDS

    styles = Document().styles
    assert {name: styles[name].style_id for name in _STYLE_IDS} == _STYLE_IDS

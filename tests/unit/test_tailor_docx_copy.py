"""A DOCX original is tailored in a copy of itself: formatting kept, changes in place."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from atspro.analysis.documents.extract import extract_text
from atspro.analysis.resume.parser import parse_resume
from atspro.export.docx_edit import edit_copy
from atspro.export.tailor import ConfirmedSkill, missing_lines, tailor_resume, unknown_tokens
from atspro.models import Job

JOB = Job(required_skills=["SQL", "Kafka"], preferred_skills=["Go"])


def original(*, soft_break_skills: bool = False) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.add_paragraph().add_run("Riley Case").bold = True
    doc.add_paragraph("riley@example.org | Denver, CO")
    for heading, lines in (
        ("WORK EXPERIENCE", ["Platform Engineer, Umbrella Co", "May 2019 - Present"]),
        ("TECHNICAL SKILLS", []),
    ):
        run = doc.add_paragraph().add_run(heading)
        run.font.size, run.bold = Pt(15), True
        for line in lines:
            doc.add_paragraph(line)
        if heading.startswith("WORK"):
            doc.add_paragraph("Moved 40 services to Kubernetes", style="List Bullet")
            doc.add_paragraph("Cut build times by 35% with Bazel", style="List Bullet")
    skills = doc.add_paragraph("Go, Python, SQL")
    if soft_break_skills:  # two visible lines in one paragraph
        skills.add_run().add_break(WD_BREAK.LINE)
        skills.add_run("Terraform, Docker")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def tailor(data: bytes) -> tuple[str, bytes, int]:
    text = extract_text(data, "cv.docx").text
    resume = parse_resume(text)
    role = "Platform Engineer — Umbrella Co"
    tailored = tailor_resume(text, resume, JOB, confirmed=[ConfirmedSkill("Kafka", role)])
    copy = edit_copy(data, tailored.blocks)
    return text, copy.data, copy.missed


def test_copy_keeps_the_look_and_takes_every_change() -> None:
    text, data, missed = tailor(original())
    doc = Document(io.BytesIO(data))
    lines = [p.text for p in doc.paragraphs]
    assert missed == 0 and doc.styles["Normal"].font.name == "Cambria"
    assert "SQL, Go, Python" in lines  # asked skills first, in the posting's order
    assert lines.index("Skills: Kafka") == lines.index("Cut build times by 35% with Bazel") + 1
    added = next(p for p in doc.paragraphs if p.text == "Skills: Kafka")
    assert added.style.name == "List Bullet"  # a copy of the role's own bullet
    heading = next(p for p in doc.paragraphs if p.text == "EXPERIENCE")
    assert heading.runs[0].font.size == Pt(15) and heading.runs[0].bold
    back = extract_text(data, "cv.docx").text
    assert missing_lines(text, back) == [] and unknown_tokens(text, back, ["Kafka"]) == []


def test_a_change_the_copy_cannot_take_is_counted_not_forced() -> None:
    text, data, missed = tailor(original(soft_break_skills=True))
    back = extract_text(data, "cv.docx").text
    assert missed >= 1  # the reordered skills line shares its paragraph with another line
    assert missing_lines(text, back) == []  # and nothing was lost trying

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


def test_a_line_sharing_its_paragraph_is_changed_in_place() -> None:
    text, data, missed = tailor(original(soft_break_skills=True))
    back = extract_text(data, "cv.docx").text
    assert missed == 0  # the reordered skills line shares its paragraph with another line
    skills = next(p for p in Document(io.BytesIO(data)).paragraphs if "Python" in p.text)
    assert skills.text == "SQL, Go, Python\nTerraform, Docker"  # the other line kept, broken
    assert missing_lines(text, back) == [] and unknown_tokens(text, back, ["Kafka"]) == []


def two_roles_with_tool_lists(skills_lines: tuple[str, ...] = ()) -> bytes:
    """A "Technologies:" Skills section, then two roles each ending with a "Technologies:"
    label over its tools; the Skills list's two lines share one paragraph (a line break), or
    each of ``skills_lines`` is a paragraph."""
    doc = Document()
    doc.add_paragraph("Jordan Vale")
    doc.add_paragraph("jordan@example.org | Austin, TX")
    doc.add_paragraph("Technologies:")
    for line in skills_lines:
        doc.add_paragraph(line)
    if not skills_lines:
        skills = doc.add_paragraph("Go, Python, SQL")
        skills.add_run().add_break(WD_BREAK.LINE)
        skills.add_run("Terraform, Docker")
    doc.add_paragraph("EXPERIENCE")
    for title, when, bullet, tools in (
        ("Data Engineer, Northwind Labs", "Jan 2021 - Present", "Built 12 ETL jobs", "Spark, Go"),
        ("Analyst, Contoso Retail", "Mar 2017 - Dec 2020", "Wrote 30 reports", "R, Excel"),
    ):
        doc.add_paragraph(title)
        doc.add_paragraph(when)
        doc.add_paragraph(bullet, style="List Bullet")
        doc.add_paragraph("Technologies:")
        doc.add_paragraph(tools)
    doc.add_paragraph("EDUCATION")
    doc.add_paragraph("BSc Statistics, Lakeside College, 2016")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_repeated_labels_map_each_change_to_its_own_paragraph() -> None:
    data = two_roles_with_tool_lists()
    text = extract_text(data, "cv.docx").text
    tailored = tailor_resume(text, parse_resume(text), JOB)
    changed = [b for b in tailored.blocks if b.changed]
    assert changed and all(b.sources for b in changed)  # renamed heading, reordered list
    copy = edit_copy(data, tailored.blocks)
    added = [b for b in tailored.blocks if not b.sources and not b.inline]  # the headline
    assert copy.missed == 0 and copy.applied == len(changed) + len(added)
    lines = [p.text for p in Document(io.BytesIO(copy.data)).paragraphs]
    # the roles' own labels and tool lists are untouched, in place
    at = lines.index("Built 12 ETL jobs")
    assert lines[at + 1 : at + 3] == ["Technologies:", "Spark, Go"]
    at = lines.index("Wrote 30 reports")
    assert lines[at + 1 : at + 3] == ["Technologies:", "R, Excel"]
    at = lines.index("Skills")
    assert (
        lines[at + 1] == "SQL, Go, Python\nTerraform, Docker" and "Technologies:" not in lines[:at]
    )
    back = extract_text(copy.data, "cv.docx").text
    assert missing_lines(text, back) == [] and unknown_tokens(text, back) == []


def test_a_skills_line_moved_up_does_not_pull_a_later_twin_into_the_change() -> None:
    # "Spark, Go" is a Skills line (reordered below the SQL one) and a role's tool list
    data = two_roles_with_tool_lists(("Spark, Go", "Kafka, SQL"))
    text = extract_text(data, "cv.docx").text
    tailored = tailor_resume(text, parse_resume(text), JOB)
    copy = edit_copy(data, tailored.blocks)
    lines = [p.text for p in Document(io.BytesIO(copy.data)).paragraphs]
    at = lines.index("Skills")
    assert copy.missed == 0 and lines[at + 1 : at + 3] == ["Go, Spark", "SQL, Kafka"]
    at = lines.index("Built 12 ETL jobs")
    assert lines[at + 1 : at + 3] == ["Technologies:", "Spark, Go"]  # the role's, untouched

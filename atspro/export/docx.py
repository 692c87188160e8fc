"""Tailored resume as an ATS-friendly DOCX.

What "ATS-friendly" means here: one column, real Word headings with standard names, the contact
block in the body (many ATS skip headers and footers), plain paragraphs and bullet lists, no
tables, text boxes, images or columns. Tailoring only reorders and rewords what the resume
already says: skills relevant to the job come first, and bullet rewrites are applied only when
they pass the grounding check (no new numbers, skills or names).
"""

from __future__ import annotations

import copy
import functools
import io
import re
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

from atspro.analysis.grounding import rewrite_is_grounded
from atspro.analysis.scoring.matching import canonical_skill, parse_month
from atspro.export.tailor import Block
from atspro.models import Job, MatchReport, Resume, Skill, WorkExperience

HEADINGS = (
    "Summary",
    "Skills",
    "Experience",
    "Education",
    "Certifications",
    "Projects",
    "Languages",
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_BLACK = RGBColor(0, 0, 0)


def format_date(value: str | None) -> str:
    """'2021-03' -> 'Mar 2021'; unknown shapes are kept as written."""
    parsed = parse_month(value)
    if parsed is None:
        return value or ""
    year, month = parsed
    return f"{_MONTHS[month - 1]} {year}" if month else str(year)


def date_range(start: str | None, end: str | None, current: bool) -> str:
    right = "Present" if current else format_date(end)
    left = format_date(start)
    return " – ".join(x for x in (left, right) if x)


def ordered_skills(resume: Resume, job: Job | None) -> list[Skill]:
    """The resume's own skills: the job's required first, then preferred, then the rest."""
    if job is None:
        return list(resume.skills)
    required = [canonical_skill(s).casefold() for s in job.required_skills]
    preferred = [canonical_skill(s).casefold() for s in job.preferred_skills]

    def rank(item: tuple[int, Skill]) -> tuple[int, int, int]:
        i, skill = item
        key = canonical_skill(skill.name).casefold()
        if key in required:
            return (0, required.index(key), i)
        if key in preferred:
            return (1, preferred.index(key), i)
        return (2, 0, i)

    return [s for _, s in sorted(enumerate(resume.skills), key=rank)]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _bullet(original: str, rewrites: dict[str, str], resume: Resume) -> str:
    new = rewrites.get(_norm(original))
    if new and rewrite_is_grounded(original, new, resume):
        return " ".join(new.split())
    return original


def _setup(doc: Document) -> None:  # type: ignore[valid-type]
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for name in ("Heading 1",):
        style = doc.styles[name]
        style.font.color.rgb = _BLACK
        style.font.size = Pt(13)
    for section in doc.sections:
        section.top_margin = section.bottom_margin = Pt(54)
        section.left_margin = section.right_margin = Pt(54)


# Built-in styles of python-docx's default template, by name -> style id.
_STYLE_IDS = {"List Bullet": "ListBullet", "Heading 1": "Heading1"}


def _styled(doc: Document, text: str, style_name: str):  # type: ignore[valid-type]
    """Add a paragraph in a built-in style. Setting the style id on the XML directly skips
    python-docx's per-call style lookup, which is most of the export time on long resumes."""
    paragraph = doc.add_paragraph(text)
    paragraph._p.style = _STYLE_IDS[style_name]
    return paragraph


def _role(doc: Document, role: WorkExperience, rewrites: dict[str, str], resume: Resume) -> None:  # type: ignore[valid-type]
    head = doc.add_paragraph()
    head.paragraph_format.space_before = Pt(6)
    head.paragraph_format.space_after = Pt(0)
    title = " — ".join(x for x in (role.position, role.company) if x)
    head.add_run(title or "Role").bold = True
    meta = " | ".join(
        x for x in (role.location, date_range(role.start, role.end, role.is_current)) if x
    )
    if meta:
        line = doc.add_paragraph()
        line.paragraph_format.space_after = Pt(2)
        line.add_run(meta).italic = True
    for b in role.bullets:
        _styled(doc, _bullet(b, rewrites, resume), "List Bullet")


def build_tailored_docx(
    resume: Resume,
    job: Job | None = None,
    report: MatchReport | None = None,
    rewrites: dict[str, str] | None = None,
) -> bytes:
    """DOCX bytes of ``resume`` tailored to ``job``: reordered, never embellished.

    ``rewrites`` maps an original bullet to its new wording; a rewrite is used only when it
    introduces no number, skill or name missing from the resume. ``report`` is accepted for
    callers that have one; tailoring relies on the job itself so the document stays factual.
    """
    del report  # the order comes from the job; the report adds nothing factual
    wanted = {_norm(k): v for k, v in (rewrites or {}).items() if k and v}
    doc = Document()
    _setup(doc)
    c = resume.contact
    name = c.full_name or "Resume"
    doc.core_properties.title = f"{name} — Resume"
    doc.core_properties.author = c.full_name or ""
    doc.core_properties.comments = ""

    head = doc.add_paragraph()
    run = head.add_run(name)
    run.bold = True
    run.font.size = Pt(18)
    head.paragraph_format.space_after = Pt(2)
    contact_bits = [c.email, c.phone, c.location, *(li.url for li in c.links)]
    if any(contact_bits):
        doc.add_paragraph(" | ".join(x for x in contact_bits if x))

    def heading(text: str) -> None:
        _styled(doc, text, "Heading 1")

    if resume.summary:
        heading("Summary")
        doc.add_paragraph(" ".join(resume.summary.split()))
    skills = ordered_skills(resume, job)
    if skills:
        heading("Skills")
        doc.add_paragraph(", ".join(dict.fromkeys(s.name for s in skills)))
    if resume.work_experience:
        heading("Experience")
        for role in resume.work_experience:
            _role(doc, role, wanted, resume)
    if resume.education:
        heading("Education")
        for ed in resume.education:
            degree = ", ".join(x for x in (ed.degree, ed.field) if x)
            p = doc.add_paragraph()
            p.add_run(
                " — ".join(x for x in (degree, ed.institution) if x) or "Education"
            ).bold = True
            extra = " | ".join(
                x for x in (format_date(ed.graduation_date), f"GPA {ed.gpa}" if ed.gpa else "") if x
            )
            if extra:
                p.add_run().add_break(WD_BREAK.LINE)
                p.add_run(extra)
    if resume.certifications:
        heading("Certifications")
        for cert in resume.certifications:
            bits = [cert.name, cert.issuer, format_date(cert.date)]
            _styled(doc, " — ".join(x for x in bits if x), "List Bullet")
    if resume.projects:
        heading("Projects")
        for project in resume.projects:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run(project.name).bold = True
            if project.url:
                p.add_run(f" | {project.url}")
            if project.description:
                doc.add_paragraph(" ".join(project.description.split()))
            for b in project.bullets:
                _styled(doc, _bullet(b, wanted, resume), "List Bullet")
    if resume.languages:
        heading("Languages")
        doc.add_paragraph(
            ", ".join(
                f"{la.name} ({la.proficiency})" if la.proficiency else la.name
                for la in resume.languages
            )
        )
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@functools.cache
def _template() -> DocumentObject:
    doc = Document()
    _setup(doc)
    return doc


def render_blocks(blocks: Sequence[Block], *, title: str = "Resume") -> bytes:
    """The one-column "ATS-clean" DOCX of tailored blocks (see ``export.tailor``)."""
    doc = copy.deepcopy(_template())  # a third of the cost of opening the default template
    doc.core_properties.title = title
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    for block in blocks:
        if block.kind == "heading":
            _styled(doc, block.text, "Heading 1")
        elif block.kind == "bullet":
            _styled(doc, block.text, "List Bullet")
        elif block.kind == "name":
            run = doc.add_paragraph().add_run(block.text)
            run.bold = True
            run.font.size = Pt(18)
        else:
            doc.add_paragraph(block.text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_text(data: bytes) -> str:
    """Plain text of a DOCX as an ATS reads it: paragraphs in order, list items with a bullet."""
    doc = Document(io.BytesIO(data))
    lines = []
    for p in doc.paragraphs:
        text = p.text.strip()
        if not text:
            continue
        is_list = bool(re.match(r"List", p.style.name if p.style is not None else ""))
        lines.append(f"• {text}" if is_list else text)
    return "\n".join(lines)

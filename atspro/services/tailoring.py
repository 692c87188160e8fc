"""Tailoring: the tailored DOCX with what changed and its own score; the skills the user confirmed.

"Ask before adding": after a score the bot offers the top missing required skills one at a
time; the answers are stored per user (``skill_answers``), reused for later jobs, and only a
"yes" ever reaches a tailored resume.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from atspro.analysis.resume.parser import parse_resume
from atspro.analysis.scoring.matching import canonical_skill, resume_plain_text
from atspro.analysis.scoring.report import score_match
from atspro.export.docx import docx_text, render_blocks
from atspro.export.docx_edit import EditedCopy, edit_copy
from atspro.export.tailor import Changes, ConfirmedSkill, ProfileContact, role_label, tailor_resume
from atspro.models import Job, Resume
from atspro.services.container import Services
from atspro.services.errors import UserFacingError
from atspro.services.matching import Match, resume_from_row
from atspro.storage.repos import Row

MAX_QUESTIONS = 3  # missing required skills offered after one score
MAX_ROLES = 6  # role buttons under "where did you use it?"
FILENAME_STEM_MAX = 60  # bytes before ".docx": well within Telegram's and phones' limits


# ------------------------------------------------------------------------ the questions ---


@dataclass(frozen=True)
class Question:
    result_id: str
    index: int  # position in ``missing_required(analysis)``
    skill: str


def missing_required(analysis: Match) -> list[str]:
    """The posting's required skills the resume does not show, in the posting's order."""
    hard = next((c for c in analysis.report.components if c.name == "hard_skills"), None)
    missing = {canonical_skill(s).casefold() for s in (hard.missing if hard else [])}
    wanted = [canonical_skill(s) for s in analysis.job.required_skills]
    return list(dict.fromkeys(s for s in wanted if s.casefold() in missing))[:MAX_QUESTIONS]


def role_labels(resume: Resume) -> list[str]:
    return [role_label(r) for r in resume.work_experience][:MAX_ROLES]


async def next_question(
    svc: Services, user_id: int, analysis: Match, start: int = 0
) -> Question | None:
    """The first missing required skill from ``start`` on that the user has not answered."""
    answered = {a["skill"].casefold() for a in await svc.repos.skill_answers.list(user_id)}
    skills = await asyncio.to_thread(missing_required, analysis)  # the taxonomy may load cold
    for i in range(start, len(skills)):
        if skills[i].casefold() not in answered:
            return Question(str(analysis.id), i, skills[i])
    return None


def question_skill(analysis: Match, index: int) -> str | None:
    skills = missing_required(analysis)
    return skills[index] if 0 <= index < len(skills) else None


async def answer(
    svc: Services, user_id: int, skill: str, has_skill: bool, role: str | None = None
) -> Row:
    return await svc.repos.skill_answers.upsert(user_id, skill, has_skill, role)


async def answers(svc: Services, user_id: int) -> list[Row]:
    return await svc.repos.skill_answers.list(user_id)


async def stored_answer(svc: Services, user_id: int, answer_id: Any) -> Row | None:
    return await svc.repos.skill_answers.get(user_id, answer_id)


async def forget(svc: Services, user_id: int, answer_id: Any) -> bool:
    return await svc.repos.skill_answers.delete(user_id, answer_id)


async def latest_roles(svc: Services, user_id: int) -> list[str]:
    """Role labels of the user's newest resume (for changing an answer from /profile)."""
    latest = await svc.repos.resumes.list_latest(user_id, limit=1)
    row = await svc.repos.resumes.get(user_id, latest[0]["id"]) if latest else None
    return role_labels(resume_from_row(row)) if row else []


# ----------------------------------------------------------------------- the tailored file ---


@dataclass(frozen=True)
class TailoredFile:
    """The rebuilt one-column DOCX, and for DOCX originals a copy of the user's own file."""

    data: bytes
    filename: str
    changes: Changes
    score_before: float
    score_after: float
    own_copy: bytes | None = None
    own_copy_missed: int = 0  # changes the copy could not take (the ATS-clean one has them)

    @property
    def clean_filename(self) -> str:
        return self.filename.removesuffix(".docx")[: FILENAME_STEM_MAX - 10] + "-ATS_clean.docx"


def docx_filename(full_name: str | None, job_title: str | None) -> str:
    """ASCII, no spaces or path characters, ``.docx`` kept whatever the lengths."""

    def slug(text: str | None) -> str:
        ascii_ = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Za-z0-9]+", "_", ascii_).strip("_")

    stem = "-".join(x for x in (slug(full_name) or "resume", slug(job_title)) if x)
    return stem[:FILENAME_STEM_MAX].rstrip("_-") + ".docx"


@dataclass(frozen=True)
class Built:
    data: bytes
    changes: Changes
    score: float  # the DOCX's own score, read back by our parser
    own_copy: EditedCopy | None


def build_tailored(
    text: str,
    resume: Resume,
    job: Job,
    *,
    rewrites: dict[str, str] | None = None,
    confirmed: list[ConfirmedSkill] | None = None,
    profile: ProfileContact | None = None,
    original_docx: bytes | None = None,
) -> Built:
    """The tailored DOCX (and the edited copy of a DOCX original) with its own score. Pure."""
    tailored = tailor_resume(
        text, resume, job, rewrites=rewrites, confirmed=confirmed or [], profile=profile
    )
    data = render_blocks(tailored.blocks, title=f"{resume.contact.full_name or 'Resume'} — Resume")
    read_back = docx_text(data)
    score = score_match(parse_resume(read_back), job, resume_text=read_back).score
    own = edit_copy(original_docx, tailored.blocks) if original_docx else None
    return Built(data, tailored.changes, score, own)


async def tailored_file(svc: Services, user_id: int, analysis: Match) -> TailoredFile:
    repos, job = svc.repos, analysis.job
    row = await repos.resumes.get(user_id, analysis.row["resume_id"])
    if row is None:
        raise UserFacingError("That resume was deleted meanwhile.")
    text = row.get("raw_text") or resume_plain_text(analysis.resume)
    asked = {canonical_skill(s).casefold() for s in (*job.required_skills, *job.preferred_skills)}
    confirmed = [  # answers are kept for every job; a resume gets the ones this posting asks for
        ConfirmedSkill(a["skill"], a["role"])
        for a in await repos.skill_answers.list(user_id)
        if a["has_skill"] and canonical_skill(a["skill"]).casefold() in asked
    ]
    prof = await repos.profiles.get(user_id) or {}
    original = await repos.originals.get(user_id, row["id"])
    built = await asyncio.to_thread(
        build_tailored,
        text,
        analysis.resume,
        analysis.job,
        rewrites=analysis.meta.rewrites or None,
        confirmed=confirmed,
        profile=ProfileContact(prof.get("phone"), prof.get("location")),
        original_docx=original,
    )
    name = docx_filename(analysis.resume.contact.full_name, analysis.job.title)
    own = built.own_copy
    return TailoredFile(
        built.data,
        name,
        built.changes,
        analysis.report.score,
        built.score,
        own.data if own else None,
        own.missed if own else 0,
    )

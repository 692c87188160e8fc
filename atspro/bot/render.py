"""Chat rendering: Telegram HTML for every message the bot sends.

Every piece of user or document text goes through ``esc``. Long messages go through
``split_html`` (atspro/bot/html_split.py): parts under Telegram's 4,096 UTF-16 units, each
valid HTML on its own.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from atspro.analysis.documents.errors import SUPPORTED_TYPES_TEXT
from atspro.analysis.job.asks import ask_labels
from atspro.analysis.scoring.bands import band
from atspro.analysis.scoring.matching import experience_years
from atspro.analysis.scoring.score import component_label
from atspro.bot.html_split import (
    split_html as split_html,  # re-exported: callers use render.split_html
)
from atspro.bot.html_split import (
    split_message as split_message,  # re-exported: what the bot sends (numbered parts)
)
from atspro.bot.html_split import visible_units
from atspro.models import Job, MatchReport, Resume, Suggestion
from atspro.services.library import DocumentItem, PastMatch

# Keywords may contain commas ("Accounting, Finance"): list them with a mark no keyword has.
KEYWORD_SEPARATOR = " · "
TELEGRAM_LIMIT = 4096
CAPTION_LIMIT = 1024  # Telegram's limit for a photo or document caption
_HIT_MARK = re.compile(r"&lt;b&gt;((?:(?!&lt;/?b&gt;)\S)+?)&lt;/b&gt;")


def esc(value: object) -> str:
    return html.escape(str(value), quote=False) if value is not None else ""


def bar(score: float, width: int = 10) -> str:
    filled = max(0, min(width, round(score / 100 * width)))
    return "█" * filled + "░" * (width - filled)


# ------------------------------------------------------------------------------ messages ---

WELCOME = (
    "👋 <b>Welcome to ATSPro</b>\n\n"
    "I read your resume the way an Applicant Tracking System does, compare it with a job, "
    "and tell you exactly what to fix.\n\n"
    f"<b>1.</b> Send your resume as a file ({SUPPORTED_TYPES_TEXT}).\n"
    "<b>2.</b> Send a job: a link, or paste the posting text (or /job then a file).\n\n"
    "You get a score with its breakdown, the missing keywords, ranked suggestions and a "
    "tailored resume. /help lists everything I can do."
)

HELP = (
    "<b>What I can do</b>\n"
    f"• Send a <b>resume file</b> ({SUPPORTED_TYPES_TEXT}): I parse it and keep it as your active resume.\n"
    "• Send a <b>job link</b> or <b>paste a posting</b>: I parse it and score the match.\n"
    "• /job — the next thing you send (text or file) is a job description\n"
    "• /resumes, /jobs — your documents: pick the active one or delete\n"
    "• /history — past scores  • /search <i>words</i> — search your documents\n"
    "• /profile — view or edit your profile  • /status — tasks in progress\n"
    "• /export — all your data as a file  • /delete — erase everything\n"
    "• /cancel — stop what I am waiting for\n\n"
    "Your files stay private: only you can see your documents and results."
)


SUMMARY_ROLES = 4  # roles listed in the resume summary; the rest are counted


def counted(n: float, noun: str, plural: str | None = None) -> str:
    """The number and its noun in the right form: 1 role, 6 roles, 1.5 years."""
    return f"{n:g} {noun if n == 1 else plural or noun + 's'}"


FROM_IMAGE_NOTE = (
    "📷 <i>Read from an image with text recognition — please check the name, contacts, roles "
    "and skills above. Most ATS can't read images at all: send the text PDF or DOCX if you "
    "have it.</i>"
)


def reading_page(page: int, pages: int) -> str:
    """The status line while photos or scanned pages are read."""
    return f"📷 Reading page {page} of {pages}…" if pages > 1 else "📷 Reading the picture…"


def resume_summary(
    resume: Resume,
    *,
    filename: str | None = None,
    from_image: bool = False,
    ask_for_job: bool = True,
) -> str:
    """``ask_for_job``: end with "Now send a job" (not when the score card follows at once)."""
    c = resume.contact
    lines = ["📄 <b>Resume received</b>" + (f" — {esc(filename)}" if filename else "")]
    if c.full_name:
        lines.append(f"👤 {esc(c.full_name)}")
    contact = [x for x in (c.email, c.phone, c.location) if x]
    if contact:
        lines.append(esc(" · ".join(contact)))
    years, stated = experience_years(resume, date.today())
    said = f"{counted(years, 'year')} stated" if stated and years else ""
    if resume.work_experience:
        roles = resume.work_experience
        lines.append(
            f"\n<b>Experience</b> ({counted(len(roles), 'role')}"
            + (f", {said or counted(years, 'year')}" if years else "")
            + ")"
        )
        for role in roles[:SUMMARY_ROLES]:
            when = f"{role.start or '?'} – {'present' if role.is_current else role.end or '?'}"
            title = " at ".join(esc(x) for x in (role.position, role.company) if x) or "Role"
            lines.append(f"• {title} <i>({esc(when)})</i>")
        if len(roles) > SUMMARY_ROLES:
            lines.append(f"• and {len(roles) - SUMMARY_ROLES} more")
    elif said:
        lines.append(f"\n<b>Experience</b>: {said}")
    if resume.education:
        edu = resume.education[0]
        lines.append(f"🎓 {esc(' — '.join(x for x in (edu.degree, edu.institution) if x))}")
    hard = [s.name for s in resume.skills if s.kind == "hard"]
    if hard:
        shown = ", ".join(esc(s) for s in hard[:15])
        more = f" and {len(hard) - 15} more" if len(hard) > 15 else ""
        lines.append(f"\n<b>Skills found</b>: {shown}{more}")
    if resume.warnings:
        lines.append("\n⚠️ " + esc("; ".join(resume.warnings[:3])))
    if from_image:
        lines.append("\n" + FROM_IMAGE_NOTE)
    if ask_for_job:
        lines.append("\nNow send a job link or paste the job posting.")
    return "\n".join(lines)


def _job_head(job: Job) -> list[str]:
    """The job's title line and its facts (where, how, pay): the job summary's top, and what
    the score card's caption keeps of it."""
    head = esc(job.title or "Job posting")
    if job.company:
        head += f" — {esc(job.company)}"
    lines = [f"💼 <b>{head}</b>"]
    facts = [x for x in (job.location, job.work_mode, job.employment_type, job.seniority) if x]
    if facts:
        lines.append(esc(" · ".join(facts)))
    if job.salary and job.salary.text:
        lines.append(f"💰 {esc(job.salary.text)}")
    return lines


def job_summary(job: Job) -> str:
    lines = _job_head(job)
    if job.min_years_experience:
        lines.append(f"Experience: {job.min_years_experience:g}+ years")
    # One-of groups show once ("one of: R / SAS / Python"), never as three musts.
    must = ask_labels(job, "required") if job.requirements else job.required_skills
    nice = ask_labels(job, "preferred") if job.requirements else job.preferred_skills
    if must:
        lines.append("<b>Must have</b>: " + ", ".join(esc(s) for s in must[:12]))
    if nice:
        lines.append("<b>Nice to have</b>: " + ", ".join(esc(s) for s in nice[:8]))
    edu = job.education
    if edu is not None and edu.level and edu.kind == "required":
        degree = _DEGREE_WORDS.get(edu.level.name, edu.level.name.lower())
        fields = f" in {', '.join(edu.fields[:4])}" if edu.fields else ""
        alt = " (or equivalent experience)" if edu.equivalent_experience else ""
        lines.append(f"<b>Education</b>: {esc(degree + fields + alt)}")
    return "\n".join(lines)


_DEGREE_WORDS = {
    "HIGH_SCHOOL": "high school",
    "ASSOCIATE": "associate degree",
    "BACHELOR": "bachelor's degree",
    "MASTER": "master's degree",
    "DOCTORATE": "doctorate",
}


def misfiled_question(looks_like: str) -> str:
    """The question asked when a file reads like the other kind of document."""
    if looks_like == "resume":
        return "🤔 It looks like a <b>resume</b>, not a job posting. Use it as your resume?"
    return "🤔 It looks like a <b>job posting</b>, not a resume. Use it as the job?"


def score_card(report: MatchReport, job: Job, *, top: int = 3) -> str:
    title = esc(job.title or "this job") + (f" at {esc(job.company)}" if job.company else "")
    lines = [
        f"🎯 <b>Match score: {report.score:.0f}/100</b> — {band(report.score).text}",
        *([f"<i>{esc(report.summary)}</i>"] if report.summary else []),
        f"for <i>{title}</i>",
        "",
    ]
    for comp in report.components:
        label = component_label(comp.name)
        if not comp.applicable:
            lines.append(f"<code>{bar(0)}</code> {esc(label)}: n/a")
            continue
        lines.append(f"<code>{bar(comp.score)}</code> {esc(label)} {comp.score:.0f}%")
    if report.missing_keywords:
        lines.append(
            "\n<b>Missing keywords</b>: "
            + KEYWORD_SEPARATOR.join(esc(k) for k in report.missing_keywords[:8])
        )
    failed = [c for c in report.checks if not c.passed]
    if failed:
        lines.append(
            f"\n<b>ATS checks</b>: {len(report.checks) - len(failed)}/{len(report.checks)} passed"
        )
        for check in sorted(failed, key=lambda c: c.severity != "critical")[:3]:
            lines.append(f"⚠️ {esc(check.message)}")
    if report.suggestions:
        lines.append("\n<b>Top fixes</b>")
        for i, s in enumerate(report.suggestions[:top], 1):
            lines.append(f"{i}. {esc(s.message)}")
    return "\n".join(lines)


# Richest first: (top fixes, missing keywords, the worst failed check named) until it fits.
_CAPTION_STEPS = ((3, 8, True), (2, 5, True), (1, 3, False), (0, 0, False))


def card_caption(report: MatchReport, job: Job) -> str | None:
    """The score card as the caption of its picture: the score, the facts that drive it, the
    job's title line and the top fixes (the bars are on the picture; everything else is behind
    the buttons). None when even the shortest form is over Telegram's caption limit."""
    for top, keywords, check in _CAPTION_STEPS:
        text = _caption(report, job, top=top, keywords=keywords, name_check=check)
        if visible_units(text) <= CAPTION_LIMIT:
            return text
    return None


def _caption(report: MatchReport, job: Job, *, top: int, keywords: int, name_check: bool) -> str:
    lines = [f"🎯 <b>Match score: {report.score:.0f}/100</b> — {band(report.score).text}"]
    if report.summary:
        lines.append(f"<i>{esc(report.summary)}</i>")
    lines += ["", *_job_head(job)]
    if keywords and report.missing_keywords:
        lines.append(
            "\n<b>Missing keywords</b>: "
            + KEYWORD_SEPARATOR.join(esc(k) for k in report.missing_keywords[:keywords])
        )
    failed = sorted(
        (c for c in report.checks if not c.passed), key=lambda c: c.severity != "critical"
    )
    if failed:
        passed = len(report.checks) - len(failed)
        worst = f": {esc(failed[0].message)}" if name_check else ""
        lines.append(f"⚠️ ATS checks {passed}/{len(report.checks)} passed{worst}")
    if top and report.suggestions:
        lines.append("\n<b>Top fixes</b>")
        lines += [f"{i}. {esc(s.message)}" for i, s in enumerate(report.suggestions[:top], 1)]
    return "\n".join(lines)


def suggestions_list(suggestions: Sequence[Suggestion]) -> str:
    if not suggestions:
        return "✅ No suggestions: your resume already covers this posting well."
    lines = [f"📝 <b>All suggestions</b> ({len(suggestions)})"]
    for i, s in enumerate(suggestions, 1):
        mark = {1: "🔴", 2: "🟠", 3: "🟡"}.get(s.priority, "•")
        where = f" <i>({esc(s.where)})</i>" if s.where else ""
        lines.append(f"\n{mark} <b>{i}.</b> {esc(s.message)}{where}")
        for ev in s.evidence[:2]:
            lines.append(f"   └ {esc(ev)}")
    return "\n".join(lines)


def document_list(kind: str, items: Sequence[DocumentItem], active_id: Any) -> str:
    if not items:
        return f"You have no {kind}s yet."
    lines = [f"<b>Your {kind}s</b> (newest first)"]
    for i, item in enumerate(items, 1):
        extra = f" — {item.company}" if item.company else ""
        star = " ⭐ active" if active_id is not None and item.id == active_id else ""
        lines.append(f"{i}. {esc(item.name)}{esc(extra)} <i>{item.created_at:%Y-%m-%d}</i>{star}")
    return "\n".join(lines)


def history_list(matches: Sequence[PastMatch]) -> str:
    if not matches:
        return "No analyses yet. Send a resume and a job to get your first score."
    lines = ["<b>Your past analyses</b> (tap a number to open one)"]
    for i, match in enumerate(matches, 1):
        job = match.job_title or "job"
        company = f" at {match.job_company}" if match.job_company else ""
        resume = match.resume_filename or "a deleted resume"
        lines.append(
            f"{i}. <b>{match.score:.0f}</b>/100 — {esc(job)}{esc(company)}\n"
            f"    📄 {esc(resume)} · <i>{match.created_at:%Y-%m-%d %H:%M}</i>"
        )
    return "\n".join(lines)


def search_results(
    query: str, resumes: Sequence[dict[str, Any]], jobs: Sequence[dict[str, Any]]
) -> str:
    if not resumes and not jobs:
        return f"Nothing in your documents matches <i>{esc(query)}</i>."
    lines = [f"🔎 Results for <i>{esc(query)}</i>"]
    for row in resumes:
        lines.append(f"📄 {esc(row.get('filename') or 'resume')}: …{_snippet(row)}…")
    for row in jobs:
        lines.append(f"💼 {esc(row.get('title') or 'job')}: …{_snippet(row)}…")
    return "\n".join(lines)


def _snippet(row: dict[str, Any]) -> str:
    """ts_headline marks each hit as <b>word</b>: escape everything, then restore those marks.

    Only tight pairs around one word come back as bold: any other "<b>" or "</b>" stays text,
    so the tags always balance (an unbalanced one would make Telegram refuse the message).
    """
    return _HIT_MARK.sub(r"<b>\1</b>", esc(row.get("snippet") or ""))


def profile_text(user: dict[str, Any], profile: dict[str, Any] | None) -> str:
    p = profile or {}
    lines = ["<b>Your profile</b>", f"Name: {esc(user.get('first_name') or '—')}"]
    for key in ("title", "location", "phone", "bio"):
        lines.append(f"{key.capitalize()}: {esc(p.get(key) or '—')}")
    lines.append(
        "\nEdit with <code>/profile title Data Engineer</code> (fields: title, location, phone, bio)."
    )
    return "\n".join(lines)


def tasks_text(tasks: Sequence[dict[str, Any]]) -> str:
    if not tasks:
        return "Nothing in progress."
    names = {
        "ingest_resume": "reading a resume",
        "ingest_job": "reading a job",
        "match": "scoring",
        "rewrite": "rewriting bullets",
        "cover_letter": "writing a cover letter",
    }
    lines = ["<b>In progress</b>"]
    for t in tasks:
        lines.append(f"• {esc(names.get(t['kind'], t['kind']))} — {esc(t['status'])}")
    return "\n".join(lines)


def tailored_caption(changes: str, before: float, after: float) -> str:
    """With the tailored DOCX: what changed, and the file's own score against the old one."""
    head = "📄 Your resume, tailored for this job: every line you wrote, standard headings.\n"
    tail = f"\nScore of this file: {after:.0f} (was {before:.0f}). Check it before you send it."
    # Measured as Telegram measures a caption (visible UTF-16 units), as card_caption is.
    said = esc(changes)
    room = CAPTION_LIMIT - visible_units(head + "." + tail)
    if visible_units(said) > room:
        said = split_html(said, room - 1)[0].rstrip() + "…"  # at a word boundary
    return head + said + "." + tail


def clean_caption(missed: int) -> str:
    extra = f" It has {missed} change(s) your own layout could not take." if missed else ""
    return "🧾 The same, rebuilt in one plain column: the safest for any ATS." + extra

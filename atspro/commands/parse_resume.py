"""``python main.py parse-resume FILE [FILE ...] [--json]``: parse resumes, print what was found.

Human-readable summary by default; ``--json`` prints JSON Lines, one ``Resume`` per file in
the order given (``{"file": ..., "error": ...}`` for a file that could not be read). Exit code 1 when any
file failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from atspro.config import Settings
    from atspro.models import Resume


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "parse-resume",
        help="parse resume files (PDF, DOCX, TXT) and print the fields found",
        description="Parse resume files and print what an ATS would read from them.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="resume file(s)")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one Resume per file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from atspro.extract_pool import ExtractionPool

    # This process runs no threads, so a forked worker is safe and starts in milliseconds with
    # everything already imported (the bot's forkserver would start a fresh interpreter).
    pool = ExtractionPool(max_workers=1, start_method="fork")
    pool.warm(1)  # the worker loads the extractors while this process loads the parser
    try:
        return _run(args, settings, pool)
    finally:
        pool.close()


def _run(args: argparse.Namespace, settings: Settings, pool: Any) -> int:
    # the bot's own door without the event loop: same extractor, limits, time limit, and hidden
    # text left out (services/reading.py)
    from atspro.services.reading import read_resume_file_blocking

    failed = 0
    for path in args.files:
        try:
            resume, _ = read_resume_file_blocking(path.read_bytes(), path.name, settings, pool=pool)
        except Exception as exc:  # one bad file must not stop the others
            failed += 1
            message = _error_message(exc)
            if args.json:
                print(json.dumps({"file": str(path), "error": message}, ensure_ascii=False))
            else:
                print(f"{path}: error: {message}", file=sys.stderr)
            continue
        if args.json:
            # exactly the Resume fields, one line per input file in the order given
            print(json.dumps(resume.model_dump(mode="json"), ensure_ascii=False))
        else:
            print(format_summary(path, resume))
    return 1 if failed else 0


def _error_message(exc: Exception) -> str:
    user_message = getattr(exc, "user_message", None)
    if isinstance(user_message, str) and user_message:
        return user_message
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc) or type(exc).__name__


def format_summary(path: Path, resume: Resume) -> str:
    c = resume.contact
    lines = [f"== {path}"]
    lines.append(f"name:      {c.full_name or '-'}")
    lines.append(f"email:     {c.email or '-'}")
    lines.append(f"phone:     {c.phone or '-'}")
    lines.append(f"location:  {c.location or '-'}")
    for link in c.links:
        lines.append(f"link:      {link.kind}: {link.url}")
    lines.append(f"sections:  {', '.join(resume.sections) or '-'}")
    years = resume.total_years_experience
    lines.append(f"years:     {years if years is not None else '-'}")
    for role in resume.work_experience:
        when = f"{role.start or '?'} – {'Present' if role.is_current else role.end or '?'}"
        where = f", {role.location}" if role.location else ""
        lines.append(
            f"role:      {role.position or '?'} @ {role.company or '?'}{where} ({when}), "
            f"{len(role.bullets)} bullets"
        )
    for edu in resume.education:
        level = edu.level.name.lower() if edu.level is not None else "-"
        lines.append(
            f"education: {edu.degree or '?'} {edu.field or ''} @ {edu.institution or '?'} "
            f"[{level}] {edu.graduation_date or ''}".rstrip()
        )
    for cert in resume.certifications:
        lines.append(f"cert:      {cert.name}")
    if resume.languages:
        langs = ", ".join(
            f"{x.name} ({x.proficiency})" if x.proficiency else x.name for x in resume.languages
        )
        lines.append(f"languages: {langs}")
    for project in resume.projects:
        lines.append(f"project:   {project.name}")
    if resume.skills:
        lines.append(f"skills:    {', '.join(s.name for s in resume.skills)}")
    for warning in resume.warnings:
        lines.append(f"warning:   {warning}")
    return "\n".join(lines)

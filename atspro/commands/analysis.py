"""``parse-job`` and ``match``: the analysis engine from the command line (no database).

Output with ``--json`` is JSON Lines: one object per input, in the order given; an input that
fails yields ``{"input": …, "error": …}`` on its line and the run goes on (exit code 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from atspro.config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse-job", help="parse job postings (URL, file, or - for stdin)")
    p.add_argument("sources", nargs="+", metavar="URL|FILE|-")
    p.add_argument("--json", action="store_true", help="JSON Lines: one Job per input")
    p.set_defaults(func=run_parse_job)

    p = sub.add_parser("match", help="score a resume against one or more jobs")
    p.add_argument("resume", nargs="?", help="resume file (PDF, DOCX, TXT, RTF, ODT)")
    p.add_argument("jobs", nargs="*", metavar="JOB", help="job URL or file")
    p.add_argument("--pairs", type=Path, help='JSON Lines of {"resume": path, "job": path-or-url}')
    p.add_argument("--json", action="store_true", help="JSON Lines: one MatchReport per job")
    p.add_argument("--docx", type=Path, help="write the tailored resume (DOCX) for the first job")
    p.add_argument("--png", type=Path, help="write the score card (PNG) for the first job")
    p.set_defaults(func=run_match)


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "www."))


async def _job(source: str, settings: Settings, fetcher: Any) -> Any:
    import asyncio

    from atspro.services import intake

    if source == "-":
        text = sys.stdin.read()
        if text.lstrip().startswith("<"):
            return (await intake.read_job_file(text.encode(), "stdin.html", settings))[0]
        return intake.parse_job_text(text, source_kind="text")
    if _is_url(source):
        url = source if "://" in source else f"https://{source}"
        return (await intake.fetch_job(url, settings, fetcher))[0]
    path = Path(source)
    return (
        await intake.read_job_file(await asyncio.to_thread(path.read_bytes), path.name, settings)
    )[0]


def _error_text(exc: BaseException) -> str:
    return getattr(exc, "user_message", None) or f"{type(exc).__name__}: {exc}"


def _emit(obj: dict[str, Any]) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def run_parse_job(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from atspro.fetch.safe import FetchPolicy, SafeFetcher

    async def go() -> int:
        failed = 0
        async with SafeFetcher(FetchPolicy.from_settings(settings)) as fetcher:
            for source in args.sources:
                try:
                    job = await _job(source, settings, fetcher)
                except Exception as exc:
                    failed += 1
                    if args.json:
                        _emit({"input": source, "error": _error_text(exc)})
                    else:
                        print(f"{source}: error: {_error_text(exc)}", file=sys.stderr)
                    continue
                if args.json:
                    _emit(job.model_dump(mode="json"))
                else:
                    _print_job(source, job)
        return 1 if failed else 0

    return asyncio.run(go())


def _print_job(source: str, job: Any) -> None:
    print(f"== {source}")
    print(
        f"title:     {job.title or '—'}   company: {job.company or '—'}   location: {job.location or '—'}"
    )
    print(
        f"mode:      {job.work_mode or '—'}   type: {job.employment_type or '—'}   seniority: {job.seniority or '—'}"
    )
    if job.min_years_experience:
        print(f"years:     {job.min_years_experience:g}+")
    print(f"required:  {', '.join(job.required_skills) or '—'}")
    print(f"preferred: {', '.join(job.preferred_skills) or '—'}")
    print(f"keywords:  {', '.join(k.term for k in job.keywords[:12]) or '—'}")
    for warning in job.warnings:
        print(f"warning:   {warning}")


def run_match(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from atspro.fetch.safe import FetchPolicy, SafeFetcher

    if args.pairs:
        pairs = _read_pairs(args.pairs)
    elif args.resume and args.jobs:
        pairs = [(i + 1, args.resume, job) for i, job in enumerate(args.jobs)]
    else:
        print("usage: match RESUME JOB [JOB ...]  or  match --pairs PAIRS.jsonl", file=sys.stderr)
        return 2

    async def go() -> int:
        from atspro.services import matching, reading

        resumes: dict[str, Any] = {}
        failed = 0
        first = True
        async with SafeFetcher(FetchPolicy.from_settings(settings)) as fetcher:
            for line_no, resume_path, job_source in pairs:
                try:
                    if isinstance(resume_path, Exception):
                        raise resume_path
                    if resume_path not in resumes:
                        path = Path(resume_path)
                        resumes[resume_path] = await reading.read_resume_file(
                            await asyncio.to_thread(path.read_bytes), path.name, settings
                        )
                    resume, extracted = resumes[resume_path]
                    job = await _job(job_source, settings, fetcher)
                    report = matching.match_report(
                        resume,
                        job,
                        resume_text=reading.visible_text(extracted),
                        layout=extracted.layout,
                    )
                except Exception as exc:
                    failed += 1
                    message = {
                        "line": line_no,
                        "resume": str(resume_path),
                        "job": job_source,
                        "error": _error_text(exc),
                    }
                    if args.json:
                        _emit(message)
                    else:
                        print(f"{job_source}: error: {message['error']}", file=sys.stderr)
                    continue
                if args.json:
                    _emit(
                        {
                            "resume": str(resume_path),
                            "job": job_source,
                            **report.model_dump(mode="json"),
                        }
                    )
                else:
                    _print_report(job_source, job, report)
                if first:
                    _write_files(args, resume, job, report, reading.visible_text(extracted))
                    first = False
        return 1 if failed else 0

    return asyncio.run(go())


def _read_pairs(path: Path) -> list[tuple[int, Any, str]]:
    pairs: list[tuple[int, Any, str]] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            pairs.append((i, str(obj["resume"]), str(obj["job"])))
        except (ValueError, KeyError, TypeError) as exc:
            pairs.append((i, ValueError(f"bad pair line: {exc}"), ""))
    return pairs


def _print_report(source: str, job: Any, report: Any) -> None:
    from atspro.analysis.scoring.score import component_label

    print(f"== {job.title or source}: {report.score:.0f}/100")
    for comp in report.components:
        label = component_label(comp.name)
        value = f"{comp.score:5.1f}" if comp.applicable else "  n/a"
        print(
            f"  {label:<12} {value}  (weight {comp.weight:g})  missing: {', '.join(comp.missing[:6]) or '—'}"
        )
    failed = [c for c in report.checks if not c.passed]
    for check in failed[:6]:
        print(f"  check: {check.message}")
    for i, s in enumerate(report.suggestions[:5], 1):
        print(f"  {i}. {s.message}")


def _write_files(
    args: argparse.Namespace, resume: Any, job: Any, report: Any, resume_text: str
) -> None:
    if args.docx:
        from atspro.services.tailoring import build_tailored

        args.docx.write_bytes(build_tailored(resume_text, resume, job).data)
        print(f"wrote {args.docx}", file=sys.stderr)
    if args.png:
        from atspro.export.card import render_score_card

        args.png.write_bytes(render_score_card(report, title=job.title))
        print(f"wrote {args.png}", file=sys.stderr)

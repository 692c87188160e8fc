"""``fetch-job URL``: fetch a job link the way the bot does and show what came back."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from atspro.config import Settings
    from atspro.fetch.jobs import JobSource


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fetch-job", help="Fetch a job link safely and print what was found.")
    p.add_argument("url", help="Job posting link (http/https).")
    p.add_argument("--full", action="store_true", help="Print all text, not a preview.")
    p.set_defaults(func=run)


def _summary(source: JobSource, full: bool) -> dict[str, Any]:
    from atspro.fetch.jobs import visible_text

    text = source.text or (visible_text(source.html) if source.html else "")
    limit = None if full else 500
    return {
        "kind": source.kind,
        "url": source.url,
        "posting": source.posting,
        "filename": source.filename,
        "file_bytes": len(source.file_bytes) if source.file_bytes is not None else None,
        "text_chars": len(text),
        "text": text[:limit] if text else None,
    }


async def _fetch(url: str, settings: Settings) -> JobSource:
    from atspro.fetch import FetchPolicy, SafeFetcher, fetch_job_source

    async with SafeFetcher(FetchPolicy.from_settings(settings)) as fetcher:
        return await fetch_job_source(url, fetcher)


def run(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from atspro.fetch import FetchError

    try:
        source = asyncio.run(_fetch(args.url, settings))
    except FetchError as exc:
        print(exc.user_message, file=sys.stderr)
        return 1
    print(json.dumps(_summary(source, args.full), ensure_ascii=False, indent=2))
    return 0

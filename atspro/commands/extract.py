"""``main.py extract FILE``: print the text ATSPro reads from a document (and its layout facts).

Runs the same time-limited worker extraction as the bot, with the limits from settings.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="Extract the text of a resume/job file (PDF, DOCX, …).")
    p.add_argument("file", type=Path, help="document to read")
    p.add_argument("--json", action="store_true", help="print text and layout facts as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Any) -> int:
    from atspro.analysis.documents.base import ExtractLimits
    from atspro.analysis.documents.errors import ExtractionError
    from atspro.extract_pool import extract_text_limited

    limits = ExtractLimits.from_settings(settings)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 1
    try:
        result = extract_text_limited(data, args.file.name, limits)
    except ExtractionError as exc:
        print(f"{type(exc).__name__}: {exc.user_message}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(dataclasses.asdict(result), ensure_ascii=False, indent=2))
        return 0
    print(result.text)
    facts = {
        "kind": result.kind,
        "pages": result.pages,
        "words": result.word_count,
        "columns": result.columns_detected,
        "tables": result.has_tables,
        "text_boxes": result.has_text_boxes,
        "hidden_chars": result.hidden_text_chars,
    }
    print("\n--- " + ", ".join(f"{k}={v}" for k, v in facts.items()), file=sys.stderr)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0

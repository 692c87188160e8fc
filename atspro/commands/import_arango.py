"""``import-arango``: move the old ArangoDB deployment's data into PostgreSQL (docs/arango-import.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from atspro.config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-arango",
        help="import an arangoexport directory of the old deployment (or roll a batch back)",
        description=(
            "Import users, resumes, jobs and results exported with arangoexport (--type json "
            "or jsonl) into PostgreSQL, validate the result, and commit it as one batch. "
            "Running it again imports nothing new. --rollback BATCH removes what a batch created."
        ),
    )
    p.add_argument("path", nargs="?", type=Path, help="the arangoexport --output-directory")
    p.add_argument("--dry-run", action="store_true", help="do everything, then roll it back")
    p.add_argument("--batch", metavar="NAME", help="batch name (default arango-<UTC time>)")
    p.add_argument("--rollback", metavar="BATCH", help="remove exactly what BATCH inserted")
    p.add_argument(
        "--force",
        action="store_true",
        help="with --rollback: also delete rows made since the import that depend on the batch",
    )
    p.add_argument("--list", action="store_true", help="list the recorded import batches")
    p.add_argument(
        "--sample",
        type=int,
        default=25,
        metavar="N",
        help="documents per collection compared field by field after the import (0 = all)",
    )
    p.add_argument("--json", action="store_true", help="print a machine-readable report")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    actions = sum(bool(x) for x in (args.path, args.rollback, args.list))
    if actions != 1:
        print("give an export directory, --rollback BATCH or --list (one of them)", file=sys.stderr)
        return 2
    if args.rollback and (args.dry_run or args.batch):
        print("--rollback takes no --dry-run or --batch", file=sys.stderr)
        return 2
    if args.force and not args.rollback:
        print("--force only applies to --rollback", file=sys.stderr)
        return 2
    import asyncio

    return asyncio.run(_run(args, settings))


async def _run(args: argparse.Namespace, settings: Settings) -> int:
    import asyncpg

    from atspro.importer import BatchError, ExportError, import_export, list_batches, rollback_batch
    from atspro.importer.report import format_batches, format_import, format_rollback
    from atspro.storage.db import open_database

    db = await open_database(settings)
    try:
        if args.list:
            batches = await list_batches(db.pool)
            if args.json:
                print(json.dumps(batches, indent=2, default=str, ensure_ascii=False))
            else:
                print(format_batches(batches))
            return 0
        if args.rollback:
            rolled = await rollback_batch(db.pool, args.rollback, force=args.force)
            print(json.dumps(rolled.to_dict(), indent=2) if args.json else format_rollback(rolled))
            return 0
        report = await import_export(
            db.pool, args.path, batch=args.batch, dry_run=args.dry_run, sample=args.sample
        )
        if args.json:
            print(json.dumps(report.to_dict(), indent=2, default=str, ensure_ascii=False))
        else:
            print(format_import(report))
        return 0 if report.ok else 1
    except (ExportError, BatchError) as exc:
        print(f"import-arango: {exc}", file=sys.stderr)
        return 2
    except asyncpg.PostgresError as exc:
        # one transaction: whatever failed, the database is as it was before the command
        print(
            f"import-arango: PostgreSQL refused a statement ({type(exc).__name__}: "
            f"{exc.args[0] if exc.args else exc}); nothing was changed",
            file=sys.stderr,
        )
        return 2
    finally:
        await db.close()

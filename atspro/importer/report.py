"""Human-readable reports of imports, rollbacks and batches (``--json`` prints ``to_dict()``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from atspro.importer.run import ImportReport, RollbackReport

_LIST_LIMIT = 20  # per section in text mode; --json has everything


def _listing(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    lines = [f"{title} ({len(items)}):"]
    lines += [f"  {item}" for item in items[:_LIST_LIMIT]]
    if len(items) > _LIST_LIMIT:
        lines.append(f"  … and {len(items) - _LIST_LIMIT} more (see --json)")
    return lines


def format_import(report: ImportReport) -> str:
    if report.dry_run:
        state = "DRY RUN — nothing was written"
    elif report.committed:
        state = "committed"
    else:
        state = "NOT committed — validation failed, nothing was written"
    lines = [f"ArangoDB import, batch {report.batch}: {state}", f"source: {report.source_path}", ""]

    header = (
        "collection",
        "role",
        "source",
        "new",
        "matched",
        "earlier",
        "linked",
        "dupes",
        "skipped",
    )
    rows = [header]
    for name, s in sorted(report.collections.items()):
        rows.append(
            (
                name,
                s.role,
                str(s.source),
                str(s.created),
                str(s.matched),
                str(s.already),
                str(s.linked),
                str(s.duplicates),
                str(s.skipped + s.invalid),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append(
            "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    lines.append("")
    tables = ", ".join(f"{t} {n}" for t, n in sorted(report.tables.items())) or "none"
    lines.append(f"new rows: {report.new_rows} ({tables})")
    lines.append(
        f"users: {report.users['created']} created, {report.users['matched']} matched existing "
        "rows by Telegram id"
    )
    if report.profiles["created"] or report.profiles["kept_existing"]:
        lines.append(
            f"profiles: {report.profiles['created']} created, "
            f"{report.profiles['kept_existing']} already existed and were kept"
        )
    lines.append("")
    lines += _listing("skipped", [f"{s['document']}: {s['reason']}" for s in report.skipped])
    lines += _listing(
        "duplicate keys",
        [
            f"{d['document']} ×{d['occurrences']}: kept _rev {d['kept_rev']} ({d['rule']})"
            for d in report.duplicates
        ],
    )
    # Warnings repeat across documents: group them by message so the list stays readable.
    by_message = Counter(w["message"] for w in report.warnings)
    lines += _listing(
        "warnings",
        [
            f"{message} ({n} document{'s' if n > 1 else ''})"
            for message, n in by_message.most_common()
        ],
    )
    lines += _listing(
        "not imported",
        [
            f"{name} ({v['documents']} documents): {v['reason']}"
            for name, v in report.not_imported.items()
        ],
    )
    lines += _listing("ignored files", report.ignored_files)
    lines += [f"note: {n}" for n in report.notes]
    lines.append("")
    lines += _format_validation(report.validation)
    return "\n".join(lines)


def _format_validation(v: dict[str, Any]) -> list[str]:
    if not v:
        return ["validation: not run"]
    sample = v["sample"]
    unresolved = sum(v["unresolved_references"].values())
    lines = [
        "validation: " + ("OK" if v["ok"] else "FAILED"),
        f"  counts: {'balanced' if not v['count_problems'] else 'MISMATCH'}",
        f"  orphans: {v['orphans_total']}",
        f"  references not matching the id map: {unresolved}",
        f"  sample: {sample['identical']}/{sample['checked']} documents identical field by field",
    ]
    lines += [f"  ! {p}" for p in v["count_problems"]]
    lines += [f"  ! orphans {k}: {n}" for k, n in v["orphans"].items() if n]
    lines += [f"  ! unresolved {k}: {n}" for k, n in v["unresolved_references"].items() if n]
    lines += [f"  ! {m['document']}: {m['column']}" for m in sample["mismatches"][:_LIST_LIMIT]]
    return lines


def format_rollback(report: RollbackReport) -> str:
    lines = [f"rolled back batch {report.batch} (source {report.source_path})"]
    for table, expected in sorted(report.expected.items()):
        deleted = report.deleted.get(table, 0)
        note = "" if deleted == expected else f" (expected {expected}: the rest was already gone)"
        lines.append(f"  {table}: {deleted} rows deleted{note}")
    lines.append(f"  users only matched by the batch, kept: {report.users_kept}")
    for what, n in report.collateral.items():
        lines.append(f"  forced: {n} rows of {what} made after the import")
    return "\n".join(lines)


def format_batches(batches: list[dict[str, Any]]) -> str:
    if not batches:
        return "no import batches"
    lines = []
    for b in batches:
        tables = (b.get("counts") or {}).get("tables", {})
        rows = sum(tables.values())
        lines.append(
            f"{b['name']}  {b['status']}  {b['started_at']:%Y-%m-%d %H:%M}  {rows} rows  "
            f"{b['source_path']}"
        )
    return "\n".join(lines)

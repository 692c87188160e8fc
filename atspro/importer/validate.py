"""After an import, before its commit: prove nothing was lost and no reference dangles.

1. Counts: every source document of every collection is accounted for (created, matched,
   imported earlier, linked, skipped with a reason, duplicate or invalid), and the id map holds
   one row per row created.
2. Orphans, across the whole database: id map rows whose row is gone, results whose resume/job
   does not exist or belongs to another user, profiles pointing at a missing or foreign resume.
3. References of this batch: the owner, resume and job each row carries agree with the id map
   entry of the ArangoDB document it named (``metadata.arango_owner`` / ``arango_refs``).
4. A deterministic sample of created documents is mapped again from the source, resolved
   through the id map as stored in PostgreSQL, and compared column by column with the row;
   every source field not held by a column must be in ``arango_extra`` with the same value.

Any failure makes the import roll back. The report names documents and columns, never values:
it must not leak resume text.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any, Protocol

import asyncpg

from atspro.importer.links import EdgeRef, final_row, load_index, resolve_links
from atspro.importer.mapping import MapContext, map_document, map_user, sanitize
from atspro.importer.source import SourceDoc


class ImportRun(Protocol):
    """What validation reads of the run it checks (``run.Importer``; named here, not imported,
    so run.py -> validate.py is the only arrow between the two)."""

    report: Any  # run.ImportReport: collections with source/accounted counts
    ctx: MapContext
    created: list[tuple[SourceDoc, str]]
    edges_by_vertex: dict[tuple[str, str], list[EdgeRef]]


_TABLES = {
    "user": ('"user"', "id"),
    "user_profiles": ("user_profiles", "user_id"),
    "resume_documents": ("resume_documents", "id"),
    "job_documents": ("job_documents", "id"),
    "optimization_results": ("optimization_results", "id"),
}
_KIND_TABLE = {
    "user": "user",
    "profile": "user_profiles",
    "embedded_profile": "user_profiles",
    "resume": "resume_documents",
    "job": "job_documents",
    "result": "optimization_results",
}

_ORPHAN_QUERIES = {
    "results_missing_resume": """SELECT count(*) FROM optimization_results r WHERE r.resume_id
        IS NOT NULL AND NOT EXISTS (SELECT 1 FROM resume_documents d WHERE d.id = r.resume_id)""",
    "results_missing_job": """SELECT count(*) FROM optimization_results r WHERE r.job_id
        IS NOT NULL AND NOT EXISTS (SELECT 1 FROM job_documents j WHERE j.id = r.job_id)""",
    "results_foreign_resume": """SELECT count(*) FROM optimization_results r
        JOIN resume_documents d ON d.id = r.resume_id WHERE d.user_id <> r.user_id""",
    "results_foreign_job": """SELECT count(*) FROM optimization_results r
        JOIN job_documents j ON j.id = r.job_id WHERE j.user_id <> r.user_id""",
    "profiles_missing_resume": """SELECT count(*) FROM user_profiles p WHERE p.resume_id
        IS NOT NULL AND NOT EXISTS (SELECT 1 FROM resume_documents d WHERE d.id = p.resume_id)""",
    "profiles_foreign_resume": """SELECT count(*) FROM user_profiles p
        JOIN resume_documents d ON d.id = p.resume_id WHERE d.user_id <> p.user_id""",
}


# Typed, materialized id sets: joining uuid/bigint keys to the text pg_id row by row would be
# quadratic, and a MATERIALIZED CTE casts only the rows its WHERE keeps.
def _owner_check(table: str) -> str:
    return f"""WITH mine AS MATERIALIZED (
            SELECT pg_id::uuid AS id FROM import_id_map
            WHERE batch = $1 AND pg_table = '{table}' AND action = 'created'
        ), users AS MATERIALIZED (
            SELECT arango_id, pg_id::bigint AS id FROM import_id_map WHERE pg_table = 'user'
        )
        SELECT count(*) FROM {table} d
        JOIN mine USING (id)
        LEFT JOIN users u ON u.arango_id = d.metadata->>'arango_owner'
        LEFT JOIN "user" x ON x.id = d.user_id
        WHERE d.metadata ? 'arango_owner'
          AND u.id IS DISTINCT FROM d.user_id
          AND d.metadata->>'arango_owner' IS DISTINCT FROM 'telegram:' || x.telegram_user_id"""


def _ref_check(kind: str, table: str) -> str:
    return f"""WITH mine AS MATERIALIZED (
            SELECT pg_id::uuid AS id FROM import_id_map
            WHERE batch = $1 AND pg_table = 'optimization_results' AND action = 'created'
        ), targets AS MATERIALIZED (
            SELECT arango_id, pg_id::uuid AS id FROM import_id_map
            WHERE pg_table = '{table}' AND action <> 'linked'
        )
        SELECT count(*) FROM optimization_results r
        JOIN mine USING (id)
        LEFT JOIN targets t ON t.arango_id = r.metadata->'arango_refs'->>'{kind}'
        WHERE CASE WHEN r.metadata->'arango_refs' ? '{kind}'
                   THEN t.id IS DISTINCT FROM r.{kind}_id
                   ELSE r.{kind}_id IS NOT NULL END"""


def _sample(created: list[tuple[SourceDoc, str]], size: int) -> list[tuple[SourceDoc, str]]:
    """Up to ``size`` documents per (collection, kind), the same ones on every run; 0 = all."""
    groups: dict[tuple[str, str], list[tuple[SourceDoc, str]]] = defaultdict(list)
    for doc, kind in created:
        groups[(doc.collection, kind)].append((doc, kind))
    chosen = []
    for group in groups.values():
        group.sort(key=lambda item: hashlib.sha1(item[0].key.encode()).hexdigest())
        chosen += group if size <= 0 else group[:size]
    return chosen


async def validate_batch(
    conn: asyncpg.Connection, importer: ImportRun, *, sample: int
) -> dict[str, Any]:

    report = importer.report
    batch = importer.ctx.batch
    problems: list[str] = []

    for name, stats in report.collections.items():
        if stats.accounted != stats.source:
            problems.append(
                f"{name}: {stats.source} documents in the file but {stats.accounted} accounted for"
            )
    mapped_rows = {
        r["pg_table"]: r["n"]
        for r in await conn.fetch(
            """SELECT pg_table, count(*) AS n FROM import_id_map
               WHERE batch = $1 AND action = 'created' GROUP BY pg_table""",
            batch,
        )
    }
    if mapped_rows != {t: n for t, n in report.tables.items() if n}:
        problems.append(f"id map rows {mapped_rows} differ from rows created {report.tables}")

    missing_targets: dict[str, int] = {}
    for table, (sql_table, pk) in _TABLES.items():
        n = await conn.fetchval(
            f"""SELECT count(*) FROM import_id_map m WHERE m.pg_table = $1
                AND NOT EXISTS (SELECT 1 FROM {sql_table} t WHERE t.{pk}::text = m.pg_id)""",
            table,
        )
        if n:
            missing_targets[table] = n
    orphans = {name: await conn.fetchval(sql) for name, sql in _ORPHAN_QUERIES.items()}
    orphans["id_map_rows_without_row"] = sum(missing_targets.values())

    unresolved = {
        "owner": sum(
            [
                await conn.fetchval(_owner_check(t), batch)
                for t in ("resume_documents", "job_documents", "optimization_results")
            ]
        ),
        "resume": await conn.fetchval(_ref_check("resume", "resume_documents"), batch),
        "job": await conn.fetchval(_ref_check("job", "job_documents"), batch),
    }

    comparison = await _compare_sample(conn, importer, _sample(importer.created, sample))
    ok = (
        not problems
        and not any(orphans.values())
        and not any(unresolved.values())
        and not comparison["mismatches"]
    )
    return {
        "ok": ok,
        "count_problems": problems,
        "orphans": orphans,
        "orphans_total": sum(orphans.values()),
        "unresolved_references": unresolved,
        "sample": comparison,
    }


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict) and isinstance(actual, dict):
        return expected.keys() == actual.keys() and all(
            _same(v, actual[k]) for k, v in expected.items()
        )
    if isinstance(expected, list) and isinstance(actual, list):
        return len(expected) == len(actual) and all(
            _same(a, b) for a, b in zip(expected, actual, strict=True)
        )
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    return bool(expected == actual)


async def _compare_sample(
    conn: asyncpg.Connection,
    importer: ImportRun,
    chosen: list[tuple[SourceDoc, str]],
) -> dict[str, Any]:
    """Re-map each chosen document, resolve through the stored id map, compare with its row."""
    index, _ = await load_index(conn)  # read back from PostgreSQL, not the import's memory
    mapped = []
    for doc, kind in chosen:
        if kind == "user":
            m = map_user(doc, importer.ctx)[0]
        elif kind == "embedded_profile":
            m = map_user(doc, importer.ctx)[1]
        else:
            m = map_document(doc, "profile" if kind == "profile" else kind, importer.ctx)
        mapped.append((doc, kind, m))
    wanted = sorted({m.owner_telegram for _, _, m in mapped if m and m.owner_telegram is not None})
    if wanted:
        for r in await conn.fetch(
            'SELECT id, telegram_user_id FROM "user" WHERE telegram_user_id = ANY($1::bigint[])',
            wanted,
        ):
            index.telegram_users[r["telegram_user_id"]] = r["id"]

    mismatches: list[dict[str, str]] = []
    identical = 0
    for doc, kind, m in mapped:
        table = _KIND_TABLE[kind]
        entry = index.get(doc.collection, doc.key, table)
        if m is None or entry is None or entry.pg_id is None:
            mismatches.append({"document": doc.arango_id, "column": "(not in the id map)"})
            continue
        if kind == "user":
            expected = dict(m.columns)
        else:
            edges = (
                []
                if kind.endswith("profile")
                else importer.edges_by_vertex.get((doc.collection, doc.key), [])
            )
            res = resolve_links(m, index, edges)
            if res.skip:
                mismatches.append(
                    {"document": doc.arango_id, "column": f"(unresolved: {res.skip})"}
                )
                continue
            expected = final_row(m, res)
        sql_table, pk = _TABLES[table]
        key: Any = int(entry.pg_id) if table in ("user", "user_profiles") else entry.pg_id
        row = await conn.fetchrow(f"SELECT * FROM {sql_table} WHERE {pk} = $1", _typed(key, table))
        if row is None:
            mismatches.append({"document": doc.arango_id, "column": "(row missing)"})
            continue
        bad = [c for c, v in expected.items() if c != "id" and not _same(v, row[c])]
        bad += await _unaccounted_fields(conn, doc, m, table, entry.pg_id, dict(row))
        if bad:
            mismatches += [{"document": doc.arango_id, "column": c} for c in bad]
        else:
            identical += 1
    return {"checked": len(mapped), "identical": identical, "mismatches": mismatches}


def _typed(key: Any, table: str) -> Any:
    import uuid

    return key if table in ("user", "user_profiles") else uuid.UUID(str(key))


async def _unaccounted_fields(
    conn: asyncpg.Connection, doc: SourceDoc, m: Any, table: str, pg_id: str, row: dict[str, Any]
) -> list[str]:
    """Source fields held neither by a column nor, verbatim, in arango_extra / the id map."""
    if table == "user_profiles" and not m.consumed:
        return []  # an embedded profile: its user document is checked on its own
    if "metadata" in row:
        kept = (row["metadata"] or {}).get("arango_extra", {})
    else:
        extra = await conn.fetchval(
            """SELECT extra FROM import_id_map
               WHERE collection = $1 AND arango_key = $2 AND pg_table = $3""",
            doc.collection,
            doc.key,
            table,
        )
        kept = (extra or {}).get("extra", {})
    missing = []
    for name, value in doc.body.items():
        if name in ("_key", "_id", "_rev") or name in m.consumed or name in m.dropped:
            continue
        if name not in kept or not _same(sanitize(value)[0], kept[name]):
            missing.append(f"source field {name}")
    return missing

"""Import an arangoexport directory, validate it, or roll a batch back: each in one transaction.

An import either commits completely — every row it inserted is listed in ``import_id_map`` under
its batch, and the validation found nothing wrong — or leaves the database untouched (dry run,
failed validation, any error). ``rollback_batch`` deletes exactly the rows a batch created, in
one transaction, and refuses while a later batch still builds on them.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from atspro.importer.links import (
    EdgeRef,
    Entry,
    Index,
    edge_summary,
    final_row,
    load_index,
    resolve_links,
    table_noun,
)
from atspro.importer.mapping import (
    COLLECTION_ROLES,
    NOT_IMPORTED_REASONS,
    ROLE_TABLE,
    MapContext,
    Mapped,
    document_role,
    map_document,
    map_user,
)
from atspro.importer.source import Export, SourceDoc, read_export
from atspro.importer.validate import validate_batch

# pg_advisory_xact_lock key: two imports (or an import and a rollback) never interleave.
_LOCK = 0x41525F494D50  # "AR_IMP"
_BATCH_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_CHUNK = 500
# Deletion order of a rollback: children before parents.
ROLLBACK_ORDER = (
    "optimization_results",
    "user_profiles",
    "job_documents",
    "resume_documents",
    "user",
)
_PK = {
    "user": ('"user"', "id", "bigint"),
    "user_profiles": ("user_profiles", "user_id", "bigint"),
    "resume_documents": ("resume_documents", "id", "uuid"),
    "job_documents": ("job_documents", "id", "uuid"),
    "optimization_results": ("optimization_results", "id", "uuid"),
}
REDIS_NOTE = (
    "Redis held only cache and chat sessions: nothing durable to import. Every user starts "
    "with a fresh session; caches refill on use."
)


class BatchError(RuntimeError):
    """A batch name that is taken, unknown, malformed, or a rollback that must wait."""


@dataclass
class CollectionStats:
    file: str = ""
    role: str = ""
    source: int = 0  # documents in the file, duplicates and invalid ones included
    invalid: int = 0
    duplicates: int = 0  # extra copies of a _key, dropped
    created: int = 0
    matched: int = 0  # users found in PostgreSQL by Telegram id
    already: int = 0  # imported by an earlier batch
    linked: int = 0  # edges that set a reference
    skipped: int = 0

    @property
    def accounted(self) -> int:
        return (
            self.invalid
            + self.duplicates
            + self.created
            + self.matched
            + self.already
            + self.linked
            + self.skipped
        )


@dataclass
class ImportReport:
    batch: str
    source_path: str
    dry_run: bool
    started_at: str
    finished_at: str | None = None
    committed: bool = False
    collections: dict[str, CollectionStats] = field(default_factory=dict)
    tables: dict[str, int] = field(default_factory=dict)  # rows created per table
    users: dict[str, int] = field(default_factory=lambda: {"created": 0, "matched": 0})
    profiles: dict[str, int] = field(default_factory=lambda: {"created": 0, "kept_existing": 0})
    skipped: list[dict[str, str]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    not_imported: dict[str, dict[str, Any]] = field(default_factory=dict)
    ignored_files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    validation: dict[str, Any] = field(default_factory=dict)

    @property
    def new_rows(self) -> int:
        return sum(self.tables.values())

    @property
    def ok(self) -> bool:
        return bool(self.validation.get("ok"))

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["new_rows"] = self.new_rows
        out["ok"] = self.ok
        return out


@dataclass
class RollbackReport:
    batch: str
    source_path: str
    deleted: dict[str, int]
    expected: dict[str, int]
    users_kept: int  # users the batch only matched
    collateral: dict[str, int] = field(default_factory=dict)  # deleted too, with --force

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Vertex:
    doc: SourceDoc
    role: str
    mapped: Mapped | None = None  # None when an earlier batch imported the document
    profile: Mapped | None = None  # embedded in a user document

    @property
    def table(self) -> str:
        return ROLE_TABLE[self.role]


def map_vertex(doc: SourceDoc, role: str, ctx: MapContext) -> tuple[Mapped, Mapped | None]:
    """The mapping of one document (and, for a user, of its embedded profile)."""
    if role == "user":
        return map_user(doc, ctx)
    return map_document(doc, role, ctx), None


def default_batch_name(now: datetime) -> str:
    return "arango-" + now.strftime("%Y%m%dT%H%M%SZ")


async def _insert_rows(conn: asyncpg.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows; rows missing a column (e.g. no created_at) get the column default."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    for columns, group in groups.items():
        placeholders = ", ".join(f"${i + 1}" for i in range(len(columns)))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
        for start in range(0, len(group), _CHUNK):
            chunk = group[start : start + _CHUNK]
            await conn.executemany(sql, [tuple(r[c] for c in columns) for r in chunk])


class Importer:
    """One import run inside an open transaction."""

    def __init__(
        self, conn: asyncpg.Connection, export: Export, ctx: MapContext, report: ImportReport
    ):
        self.conn = conn
        self.export = export
        self.ctx = ctx
        self.report = report
        self.index = Index()
        self.linked_edges: set[tuple[str, str]] = set()
        self.vertices: list[_Vertex] = []
        self.edges: list[SourceDoc] = []
        self.edges_by_vertex: dict[tuple[str, str], list[EdgeRef]] = defaultdict(list)
        self.edge_target: dict[str, tuple[str, str, str]] = {}  # edge id -> (coll, key, table)
        self.edge_done: dict[str, tuple[str, str] | None] = {}  # edge id -> (table, pg id) linked
        self.idmap: list[tuple[Any, ...]] = []
        # (document, kind) of every row created, for the sample comparison; kind is a role or
        # "embedded_profile" for a profile that came from a user document
        self.created: list[tuple[SourceDoc, str]] = []
        self.profiles: list[tuple[Mapped, bool]] = []  # (profile, embedded in a user document)
        self.unrouted: dict[tuple[str, str], str] = {}  # mixed documents of no known type
        self.created_by_telegram: dict[
            int, str
        ] = {}  # Telegram id -> user document that created it

    # -- bookkeeping --------------------------------------------------------------------
    def stats(self, collection: str) -> CollectionStats:
        return self.report.collections[collection]

    def skip(self, doc: SourceDoc, reason: str, *, count: bool = True) -> None:
        self.report.skipped.append({"document": doc.arango_id, "reason": reason})
        if count:
            self.stats(doc.collection).skipped += 1

    def warn(self, doc: SourceDoc, messages: list[str]) -> None:
        for message in messages:
            self.report.warnings.append({"document": doc.arango_id, "message": message})

    def record(
        self, doc: SourceDoc, table: str, pg_id: Any, action: str, extra: dict | None = None
    ) -> None:
        self.idmap.append(
            (
                self.ctx.batch,
                doc.collection,
                doc.key,
                doc.arango_id,
                doc.rev,
                table,
                str(pg_id),
                action,
                extra or {},
            )
        )

    # -- steps --------------------------------------------------------------------------
    async def run(self) -> None:
        self.index, self.linked_edges = await load_index(self.conn)
        self._classify()
        await self._load_telegram_users()
        self._attach_edges()
        await self._import_users()
        await self._import_documents(("resume", "job"))
        await self._import_documents(("result",))
        await self._import_profiles()
        self._finish_edges()
        if self.idmap:
            await self.conn.executemany(
                """INSERT INTO import_id_map
                       (batch, collection, arango_key, arango_id, arango_rev, pg_table, pg_id,
                        action, extra)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""",
                self.idmap,
            )

    def _classify(self) -> None:
        for name, coll in self.export.collections.items():
            role = COLLECTION_ROLES.get(name.lower())
            stats = CollectionStats(file=coll.file, source=coll.source_count)
            self.report.collections[name] = stats
            stats.invalid = len(coll.invalid)
            for position, reason in coll.invalid:
                self.report.skipped.append(
                    {"document": f"{coll.file}#{position}", "reason": reason}
                )
            stats.duplicates = sum(d.occurrences - 1 for d in coll.duplicates)
            self.report.duplicates += [
                {
                    "document": f"{name}/{d.key}",
                    "occurrences": d.occurrences,
                    "kept_rev": d.kept_rev,
                    "rule": d.rule,
                }
                for d in coll.duplicates
            ]
            if coll.is_edge:
                stats.role = "edge"
                self.edges += coll.docs
                continue
            if role is None:
                stats.role = "not imported"
                reason = NOT_IMPORTED_REASONS.get(name.lower()) or (
                    "ArangoDB system collection"
                    if name.startswith("_")
                    else "not a collection of the old ATSPro schema"
                )
                self.report.not_imported[name] = {"documents": len(coll.docs), "reason": reason}
                stats.skipped += len(coll.docs)
                continue
            stats.role = role
            for doc in coll.docs:
                doc_role = role if role != "mixed" else document_role(doc.body)
                if doc_role is None:
                    kind = doc.body.get("type", doc.body.get("kind"))
                    reason = f"unknown document type {kind!r}" if kind else "no `type` field"
                    self.unrouted[(doc.collection, doc.key)] = reason
                    self.skip(doc, reason)
                    continue
                vertex = _Vertex(doc, doc_role)
                self.vertices.append(vertex)
                existing = self.index.get(doc.collection, doc.key, vertex.table)
                if existing is None:
                    self.index.add(Entry(doc.collection, doc.key, vertex.table, rev=doc.rev))
                    vertex.mapped, vertex.profile = map_vertex(doc, doc_role, self.ctx)
                elif existing.rev != doc.rev:
                    self.warn(
                        doc,
                        [
                            f"changed since batch {existing.batch} imported it "
                            f"(_rev {existing.rev} -> {doc.rev}); not updated"
                        ],
                    )

    async def _load_telegram_users(self) -> None:
        wanted = {
            v.mapped.owner_telegram
            for v in self.vertices
            if v.mapped is not None and v.mapped.owner_telegram is not None
        }
        if wanted:
            for r in await self.conn.fetch(
                'SELECT id, telegram_user_id FROM "user" WHERE telegram_user_id = ANY($1::bigint[])',
                sorted(wanted),
            ):
                self.index.telegram_users[r["telegram_user_id"]] = r["id"]

    def _vertex_table(self, collection: str, key: str) -> str | None:
        tables = self.index.tables_of(collection, key) - {"user_profiles"}
        return next(iter(tables)) if len(tables) == 1 else None

    def _attach_edges(self) -> None:
        for edge in self.edges:
            stats = self.stats(edge.collection)
            if (edge.collection, edge.key) in self.linked_edges:
                stats.already += 1
                self.edge_done[edge.arango_id] = None
                continue
            ends = []
            for attr in ("_from", "_to"):
                collection, _, key = str(edge.body[attr]).partition("/")
                ends.append((collection, key, self._vertex_table(collection, key)))
            missing = [(c, k) for c, k, t in ends if t is None]
            if missing:
                collection, key = missing[0]
                if (collection, key) in self.unrouted:
                    why = f"was skipped ({self.unrouted[(collection, key)]})"
                elif collection in self.report.not_imported:
                    why = "is in a collection that is not imported"
                else:
                    why = "not found in the export"
                self.skip(edge, f"endpoint {collection}/{key} {why}")
                self.edge_done[edge.arango_id] = None
                continue
            link = _edge_link({t: (c, k) for c, k, t in ends})  # type: ignore[misc]
            if link is None:
                t1, t2 = (table_noun(t or "") for _, _, t in ends)
                self.skip(edge, f"an edge between a {t1} and a {t2} is not used by the import")
                self.edge_done[edge.arango_id] = None
                continue
            kind, attach, table, other = link
            self.edges_by_vertex[attach].append(EdgeRef(edge, kind, other))
            self.edge_target[edge.arango_id] = (*attach, table)

    def _to_import(self, roles: tuple[str, ...]) -> Iterator[tuple[_Vertex, Entry, Mapped]]:
        """The documents of ``roles`` with their index entry and mapping; those an earlier
        batch imported are counted as already there and left out."""
        for v in self.vertices:
            if v.role not in roles:
                continue
            entry = self.index.get(v.doc.collection, v.doc.key, v.table)
            assert entry is not None
            if entry.state == "already" or v.mapped is None:
                self.stats(v.doc.collection).already += 1
                continue
            yield v, entry, v.mapped

    async def _import_users(self) -> None:
        for v, entry, m in self._to_import(("user",)):
            if v.profile is not None:
                self.profiles.append((v.profile, True))
            if m.skip:
                entry.state, entry.reason = "skipped", m.skip
                self.skip(v.doc, m.skip)
                continue
            self.warn(v.doc, m.warnings)
            telegram = m.columns["telegram_user_id"]
            entry.telegram = telegram
            existing = self.index.telegram_users.get(telegram)
            if existing is not None:
                if telegram in self.created_by_telegram:
                    self.warn(
                        v.doc,
                        [
                            f"same Telegram id as {self.created_by_telegram[telegram]}: "
                            "both documents map to one user"
                        ],
                    )
                entry.state, entry.pg_id = "matched", str(existing)
                extra = {"unapplied": _jsonable(m.columns), "extra": m.extra}
                self.record(v.doc, "user", existing, "matched", extra)
                self.stats(v.doc.collection).matched += 1
                self.report.users["matched"] += 1
                continue
            columns = list(m.columns)
            placeholders = ", ".join(f"${i + 1}" for i in range(len(columns)))
            user_id = await self.conn.fetchval(
                f'INSERT INTO "user" ({", ".join(columns)}) VALUES ({placeholders}) RETURNING id',
                *m.columns.values(),
            )
            self.index.telegram_users[telegram] = user_id
            self.created_by_telegram[telegram] = v.doc.arango_id
            entry.state, entry.pg_id = "created", str(user_id)
            self.record(v.doc, "user", user_id, "created", {"extra": m.extra} if m.extra else None)
            self.stats(v.doc.collection).created += 1
            self.report.users["created"] += 1
            self.report.tables["user"] = self.report.tables.get("user", 0) + 1
            self.created.append((v.doc, "user"))

    async def _import_documents(self, roles: tuple[str, ...]) -> None:
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for v, entry, m in self._to_import(roles):
            if m.skip:
                entry.state, entry.reason = "skipped", m.skip
                self.skip(v.doc, m.skip)
                continue
            res = resolve_links(
                m, self.index, self.edges_by_vertex.get((v.doc.collection, v.doc.key), [])
            )
            if res.skip:
                entry.state, entry.reason = "skipped", res.skip
                self.skip(v.doc, res.skip)
                continue
            self.warn(v.doc, m.warnings + res.warnings)
            row = final_row(m, res)
            row["id"] = uuid.uuid4()
            entry.state, entry.pg_id, entry.owner = "created", str(row["id"]), row["user_id"]
            rows[v.table].append(row)
            self.record(v.doc, v.table, row["id"], "created")
            for edge in res.edges_used:
                self.edge_done[edge.arango_id] = (v.table, str(row["id"]))
            self.stats(v.doc.collection).created += 1
            self.report.tables[v.table] = self.report.tables.get(v.table, 0) + 1
            self.created.append((v.doc, v.role))
        for table, table_rows in rows.items():
            await _insert_rows(self.conn, table, table_rows)

    async def _import_profiles(self) -> None:
        for v in self.vertices:
            if v.role != "profile":
                continue
            if v.mapped is None:
                self.stats(v.doc.collection).already += 1
                continue
            self.profiles.append((v.mapped, False))
        if not self.profiles:
            return
        existing = {
            r["user_id"] for r in await self.conn.fetch("SELECT user_id FROM user_profiles")
        }
        for m, embedded in self.profiles:
            doc = m.doc
            # An embedded profile is part of its user document, whose outcome is counted already.
            entry = self.index.get(doc.collection, doc.key, "user_profiles")
            if embedded and entry is not None:
                continue  # an earlier batch handled this user document's profile
            res = resolve_links(m, self.index, [])
            if res.skip:
                if entry is not None:
                    entry.state, entry.reason = "skipped", res.skip
                self.skip(doc, f"profile: {res.skip}", count=not embedded)
                continue
            self.warn(doc, m.warnings + res.warnings)
            row = final_row(m, res)
            user_id = row["user_id"]
            if entry is not None:
                entry.pg_id = str(user_id)
            if user_id in existing:
                extra = {"unapplied": _jsonable(row), "extra": m.extra}
                self.record(doc, "user_profiles", user_id, "matched", extra)
                self.warn(doc, ["the user already has a profile in PostgreSQL; kept as is"])
                self.report.profiles["kept_existing"] += 1
                if entry is not None:
                    entry.state = "matched"
                if not embedded:
                    self.stats(doc.collection).matched += 1
                continue
            await _insert_rows(self.conn, "user_profiles", [row])
            existing.add(user_id)
            extra = {"extra": m.extra} if m.extra else None
            self.record(doc, "user_profiles", user_id, "created", extra)
            self.report.profiles["created"] += 1
            self.report.tables["user_profiles"] = self.report.tables.get("user_profiles", 0) + 1
            if entry is not None:
                entry.state = "created"
            if not embedded:
                self.stats(doc.collection).created += 1
            self.created.append((doc, "embedded_profile" if embedded else "profile"))

    def _finish_edges(self) -> None:
        for edge in self.edges:
            if edge.arango_id in self.edge_done and self.edge_done[edge.arango_id] is None:
                continue  # already counted (skipped or imported earlier)
            done = self.edge_done.get(edge.arango_id)
            if done is not None:
                table, pg_id = done
                self.record(edge, table, pg_id, "linked", {"summary": edge_summary(edge)})
                self.stats(edge.collection).linked += 1
                continue
            collection, key, table = self.edge_target[edge.arango_id]
            target = self.index.get(collection, key, table)
            if target is not None and target.state == "already":
                reason = (
                    f"{collection}/{key} was imported by batch {target.batch}; "
                    "its references are not changed"
                )
            elif target is not None and target.state == "skipped":
                reason = f"{collection}/{key} was skipped"
            else:
                reason = "not used"
            self.skip(edge, reason)


def _edge_link(
    by_table: dict[str, tuple[str, str]],
) -> tuple[str, tuple[str, str], str, tuple[str, str]] | None:
    """(kind, document it annotates, that document's table, far end) for a usable edge."""
    tables = set(by_table)
    results = "optimization_results"
    if tables == {results, "resume_documents"}:
        return "resume", by_table[results], results, by_table["resume_documents"]
    if tables == {results, "job_documents"}:
        return "job", by_table[results], results, by_table["job_documents"]
    if "user" in tables and len(tables) == 2:
        (table,) = tables - {"user"}
        if table in ("resume_documents", "job_documents", results):
            return "owner", by_table[table], table, by_table["user"]
    return None


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in values.items():
        if isinstance(v, datetime):
            v = v.isoformat()
        elif isinstance(v, uuid.UUID):
            v = str(v)
        out[k] = v
    return out


async def import_export(
    pool: asyncpg.Pool,
    path: Path | str,
    *,
    batch: str | None = None,
    dry_run: bool = False,
    sample: int = 25,
) -> ImportReport:
    """Import an arangoexport directory as one batch; see the module docstring."""

    export = read_export(Path(path))
    started = datetime.now(UTC)
    if batch is not None and not _BATCH_NAME.match(batch):
        raise BatchError("a batch name is 1-64 letters, digits, '.', '_' or '-'")
    async with pool.acquire() as conn:
        tr = conn.transaction()
        await tr.start()
        try:
            await conn.execute("SELECT pg_advisory_xact_lock($1)", _LOCK)
            name = batch or await _free_default_name(conn, started)
            if batch is not None and await conn.fetchval(
                "SELECT 1 FROM import_batches WHERE name = $1", batch
            ):
                raise BatchError(
                    f"batch {batch!r} already exists: pick another name, or roll it back first "
                    f"(import-arango --rollback {batch})"
                )
            report = ImportReport(
                batch=name,
                source_path=str(export.path.resolve()),
                dry_run=dry_run,
                started_at=started.isoformat(),
                ignored_files=export.ignored_files,
                notes=[REDIS_NOTE, *export.warnings],
            )
            await conn.execute(
                "INSERT INTO import_batches (name, source_path, started_at) VALUES ($1, $2, $3)",
                name,
                report.source_path,
                started,
            )
            importer = Importer(conn, export, MapContext(name, started.isoformat()), report)
            await importer.run()
            report.validation = await validate_batch(conn, importer, sample=sample)
            report.finished_at = datetime.now(UTC).isoformat()
            if report.new_rows == 0:
                report.notes.append("nothing new to import: no batch was recorded")
                await conn.execute("DELETE FROM import_batches WHERE name = $1", name)
            else:
                await conn.execute(
                    """UPDATE import_batches SET status = 'completed', finished_at = now(),
                              counts = $2, report = $3 WHERE name = $1""",
                    name,
                    _counts(report),
                    report.to_dict(),
                )
            if dry_run or not report.ok:
                await tr.rollback()
            else:
                await tr.commit()
                report.committed = True
        except BaseException:
            await tr.rollback()
            raise
    return report


async def _free_default_name(conn: asyncpg.Connection, started: datetime) -> str:
    base = default_batch_name(started)
    name, n = base, 1
    while await conn.fetchval("SELECT 1 FROM import_batches WHERE name = $1", name):
        n += 1
        name = f"{base}-{n}"
    return name


def _counts(report: ImportReport) -> dict[str, Any]:
    return {
        "tables": report.tables,
        "users": report.users,
        "profiles": report.profiles,
        "skipped": len(report.skipped),
        "collections": {k: asdict(v) for k, v in report.collections.items()},
    }


async def _dependent_batches(conn: asyncpg.Connection, batch: str) -> list[str]:
    """Other batches whose rows use rows this batch created (matched users, owned documents)."""
    rows = await conn.fetch(
        """WITH mine AS MATERIALIZED (
               SELECT pg_table, pg_id FROM import_id_map WHERE batch = $1 AND action = 'created'
           ),
           my_users AS MATERIALIZED (SELECT pg_id::bigint AS id FROM mine WHERE pg_table = 'user'),
           my_resumes AS MATERIALIZED (
               SELECT pg_id::uuid AS id FROM mine WHERE pg_table = 'resume_documents'),
           my_jobs AS MATERIALIZED (
               SELECT pg_id::uuid AS id FROM mine WHERE pg_table = 'job_documents'),
           theirs AS MATERIALIZED (
               SELECT batch, pg_table, pg_id FROM import_id_map
               WHERE batch <> $1 AND action = 'created'),
           their_docs AS MATERIALIZED (
               SELECT batch, pg_table, pg_id::uuid AS id FROM theirs
               WHERE pg_table IN ('resume_documents', 'job_documents', 'optimization_results')),
           their_profiles AS MATERIALIZED (
               SELECT batch, pg_id::bigint AS id FROM theirs WHERE pg_table = 'user_profiles')
           SELECT t.batch FROM import_id_map t JOIN mine m USING (pg_table, pg_id)
           WHERE t.batch <> $1
           UNION
           SELECT t.batch FROM their_docs t JOIN resume_documents d ON d.id = t.id
           WHERE t.pg_table = 'resume_documents' AND d.user_id IN (SELECT id FROM my_users)
           UNION
           SELECT t.batch FROM their_docs t JOIN job_documents d ON d.id = t.id
           WHERE t.pg_table = 'job_documents' AND d.user_id IN (SELECT id FROM my_users)
           UNION
           SELECT t.batch FROM their_docs t JOIN optimization_results r ON r.id = t.id
           WHERE t.pg_table = 'optimization_results'
             AND (r.user_id IN (SELECT id FROM my_users)
                  OR r.resume_id IN (SELECT id FROM my_resumes)
                  OR r.job_id IN (SELECT id FROM my_jobs))
           UNION
           SELECT t.batch FROM their_profiles t JOIN user_profiles p ON p.user_id = t.id
           WHERE p.user_id IN (SELECT id FROM my_users)
              OR p.resume_id IN (SELECT id FROM my_resumes)
           ORDER BY 1""",
        batch,
    )
    return [r["batch"] for r in rows]


async def _collateral(conn: asyncpg.Connection, batch: str) -> dict[str, int]:
    """Rows outside the batch that deleting its rows would delete or change (``table.column``).

    Found from the catalog, so tables added by later migrations are covered too: e.g. sessions
    of an imported user, or a result computed by the bot after the import on an imported resume.
    """
    fks = await conn.fetch(
        """SELECT c.conrelid::regclass::text AS tbl, a.attname AS col,
                  c.confrelid::regclass::text AS target, c.confdeltype::text AS on_delete
           FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
           WHERE c.contype = 'f' AND cardinality(c.conkey) = 1
             AND c.confrelid = ANY(ARRAY['"user"', 'resume_documents', 'job_documents',
                                         'optimization_results']::regclass[])
           ORDER BY 1, 2"""
    )
    found: dict[str, int] = {}
    for fk in fks:
        target = fk["target"].strip('"')
        _, _, target_type = _PK[target]
        table = fk["tbl"].strip('"')
        exclude = ""
        if table in _PK:  # rows the batch created itself are not collateral
            _, pk, pk_type = _PK[table]
            exclude = f"""AND r.{pk} NOT IN (SELECT pg_id::{pk_type} FROM import_id_map
                              WHERE batch = $1 AND action = 'created' AND pg_table = '{table}')"""
        n = await conn.fetchval(
            f"""SELECT count(*) FROM {fk["tbl"]} r
                WHERE r.{fk["col"]} IN (SELECT pg_id::{target_type} FROM import_id_map
                                        WHERE batch = $1 AND pg_table = $2 AND action = 'created')
                {exclude}""",
            batch,
            target,
        )
        if n:
            effect = {"c": "deleted", "n": "set to NULL", "d": "set to default"}.get(
                fk["on_delete"], "blocking"
            )
            found[f"{table}.{fk['col']} ({effect})"] = n
    return found


async def rollback_batch(pool: asyncpg.Pool, batch: str, *, force: bool = False) -> RollbackReport:
    """Delete exactly the rows ``batch`` created, its id map rows and its batch record.

    Refused while another batch builds on those rows, and — unless ``force`` — while rows made
    since the import (a session, a new resume of an imported user) would go or change with them.
    """
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", _LOCK)
        record = await conn.fetchrow("SELECT * FROM import_batches WHERE name = $1", batch)
        if record is None:
            known = [
                r["name"]
                for r in await conn.fetch(
                    "SELECT name FROM import_batches ORDER BY started_at DESC LIMIT 5"
                )
            ]
            hint = f" Known batches: {', '.join(known)}." if known else " No batch is recorded."
            raise BatchError(f"no import batch named {batch!r}.{hint}")
        dependents = await _dependent_batches(conn, batch)
        if dependents:
            raise BatchError(
                f"batch {batch!r} cannot be rolled back while {', '.join(dependents)} "
                "uses rows it created; roll those back first (newest first)"
            )
        collateral = await _collateral(conn, batch)
        if collateral and (not force or any("blocking" in k for k in collateral)):
            listing = ", ".join(f"{k}: {n}" for k, n in collateral.items())
            raise BatchError(
                f"rolling back {batch!r} would also touch rows created after the import "
                f"({listing}). Nothing was changed. "
                + ("Re-run with --force to delete them too." if not force else "")
            )
        expected = {
            r["pg_table"]: r["n"]
            for r in await conn.fetch(
                """SELECT pg_table, count(*) AS n FROM import_id_map
                   WHERE batch = $1 AND action = 'created' GROUP BY pg_table""",
                batch,
            )
        }
        deleted: dict[str, int] = {}
        for table in ROLLBACK_ORDER:
            if not expected.get(table):
                continue
            sql_table, pk, pk_type = _PK[table]
            status = await conn.execute(
                f"""DELETE FROM {sql_table} WHERE {pk} IN (
                        SELECT pg_id::{pk_type} FROM import_id_map
                        WHERE batch = $1 AND pg_table = $2 AND action = 'created')""",
                batch,
                table,
            )
            deleted[table] = int(status.split()[-1])
        users_kept = await conn.fetchval(
            """SELECT count(DISTINCT pg_id) FROM import_id_map
               WHERE batch = $1 AND pg_table = 'user' AND action = 'matched'""",
            batch,
        )
        await conn.execute("DELETE FROM import_batches WHERE name = $1", batch)  # id map cascades
    return RollbackReport(
        batch, record["source_path"], deleted, expected, int(users_kept), collateral
    )


async def list_batches(pool: asyncpg.Pool) -> list[dict[str, Any]]:
    rows = await pool.fetch(
        """SELECT name, source_path, status, started_at, finished_at, counts
           FROM import_batches ORDER BY started_at, name"""
    )
    return [dict(r) for r in rows]

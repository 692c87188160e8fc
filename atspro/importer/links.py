"""References between documents, resolved through the id map — never left pointing at old ids.

An :class:`Index` knows, for every ArangoDB document of the export and every row already in
``import_id_map``, which PostgreSQL row it became (or why it was skipped). The import builds one
as it goes; the validation builds another from what is in the database and re-resolves a
sample of documents with it, so both paths must agree.

The rules (docs/arango-import.md):
- the owner of a resume/job/result comes from its owner field (``user_id``/``userId``… naming
  a users document), its Telegram id field (a user of the export or already in PostgreSQL),
  or a user->document edge. Several sources that disagree: the document is skipped. None: a
  result inherits the owner of its resume (else its job); anything else is skipped — a user is
  never invented.
- a result's resume and job come from its fields and from result<->resume/job edges. A
  reference that cannot be resolved skips the result (no orphans); no reference at all leaves
  the column NULL, which the schema allows.
- a result whose resume or job belongs to another user is skipped.
- a profile whose active resume cannot be resolved keeps its other fields and gets NULL.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from atspro.importer.mapping import ROLE_TABLE, Mapped, parse_ref, sanitize
from atspro.importer.source import SourceDoc

if TYPE_CHECKING:
    import asyncpg


@dataclass
class Entry:
    """What one ArangoDB document became in one PostgreSQL table."""

    collection: str
    key: str
    pg_table: str
    pg_id: str | None = None
    state: str = "pending"  # pending | created | matched | already | skipped
    reason: str | None = None
    owner: int | None = None  # pg user id owning a resume/job
    telegram: int | None = None  # for users
    batch: str | None = None
    rev: str | None = None

    @property
    def arango_id(self) -> str:
        return f"{self.collection}/{self.key}"

    @property
    def usable(self) -> bool:
        return self.state in ("created", "matched", "already") and self.pg_id is not None


@dataclass(frozen=True)
class EdgeRef:
    """An edge seen from one of its ends: ``kind`` is owner, resume or job."""

    edge: SourceDoc
    kind: str
    other: tuple[str, str]  # (collection, key) of the far end


class Index:
    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], dict[str, Entry]] = {}
        self._collections_by_key: dict[str, set[str]] = defaultdict(set)
        self.telegram_users: dict[int, int] = {}  # Telegram id -> pg user id

    def add(self, entry: Entry) -> Entry:
        self._entries.setdefault((entry.collection, entry.key), {})[entry.pg_table] = entry
        self._collections_by_key[entry.key].add(entry.collection)
        return entry

    def get(self, collection: str, key: str, table: str) -> Entry | None:
        return self._entries.get((collection, key), {}).get(table)

    def tables_of(self, collection: str, key: str) -> set[str]:
        return set(self._entries.get((collection, key), {}))

    def resolve(self, raw: Any, table: str) -> tuple[Entry | None, str | None]:
        """A reference as written -> the entry it names, or a problem worth reporting."""
        parsed = parse_ref(raw)
        if parsed is None:
            return None, f"reference {raw!r} is not a document id"
        collection, key = parsed
        if collection is not None:
            entry = self.get(collection, key, table)
            if entry is None:
                if self.tables_of(collection, key):
                    return None, f"{collection}/{key} is not a {_NOUN[table]}"
                return None, f"{collection}/{key} not found in the export"
        else:
            found = [
                e
                for c in sorted(self._collections_by_key.get(key, ()))
                if (e := self.get(c, key, table)) is not None
            ]
            if not found:
                return None, f"{_NOUN[table]} {key!r} not found in the export"
            if len(found) > 1:
                names = ", ".join(e.arango_id for e in found)
                return None, f"{_NOUN[table]} {key!r} is ambiguous ({names})"
            entry = found[0]
        if entry.state == "skipped":
            return None, f"{entry.arango_id} was skipped ({entry.reason})"
        if not entry.usable:
            return None, f"{entry.arango_id} is not imported yet"
        return entry, None


_NOUN = {table: role for role, table in ROLE_TABLE.items()}  # "resume_documents" -> "resume"


def table_noun(table: str) -> str:
    """What a row of ``table`` is called in messages ("resume" for resume_documents)."""
    return _NOUN.get(table, table)


@dataclass
class Resolution:
    """Columns and metadata that references add to a mapped document, or why it is skipped."""

    columns: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)
    edges_used: list[SourceDoc] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skip: str | None = None


def _resolve_owner(
    m: Mapped, index: Index, edges: list[EdgeRef]
) -> tuple[int | None, str | None, str | None]:
    """(pg user id, label for metadata.arango_owner, problem)."""
    found: list[tuple[int, str]] = []
    telegram_of_ref: int | None = None
    if m.owner_ref is not None:
        entry, problem = index.resolve(m.owner_ref, "user")
        if problem:
            return None, None, f"owner {problem}"
        assert entry is not None and entry.pg_id is not None
        found.append((int(entry.pg_id), entry.arango_id))
        telegram_of_ref = entry.telegram
    if m.owner_telegram is not None:
        if telegram_of_ref is not None and telegram_of_ref != m.owner_telegram:
            return (
                None,
                None,
                (
                    f"owner conflict: {found[0][1]} has Telegram id {telegram_of_ref}, "
                    f"the document says {m.owner_telegram}"
                ),
            )
        user_id = index.telegram_users.get(m.owner_telegram)
        if user_id is None and not found:
            return (
                None,
                None,
                (
                    f"owner with Telegram id {m.owner_telegram} is neither a user of the export "
                    "nor a user in PostgreSQL"
                ),
            )
        if user_id is not None and not found:
            found.append((user_id, f"telegram:{m.owner_telegram}"))
    for ref in edges:
        if ref.kind != "owner":
            continue
        entry = index.get(*ref.other, "user")
        if entry is None or not entry.usable:
            reason = entry.reason if entry is not None else "not found in the export"
            return None, None, f"owner edge {ref.edge.arango_id}: {'/'.join(ref.other)} {reason}"
        found.append((int(entry.pg_id), entry.arango_id))  # type: ignore[arg-type]
    owners = {uid for uid, _ in found}
    if len(owners) > 1:
        labels = ", ".join(sorted({label for _, label in found}))
        return None, None, f"conflicting owners: {labels}"
    if not found:
        return None, None, None
    return found[0][0], found[0][1], None


def _resolve_target(
    m: Mapped, kind: str, table: str, index: Index, edges: list[EdgeRef]
) -> tuple[Entry | None, list[SourceDoc], str | None]:
    """One of a result's references (``resume`` or ``job``): field and edges must agree."""
    candidates: list[Entry] = []
    used: list[SourceDoc] = []
    if kind in m.refs:
        entry, problem = index.resolve(m.refs[kind], table)
        if problem:
            return None, [], f"{kind} {problem}"
        candidates.append(entry)  # type: ignore[arg-type]
    for ref in edges:
        if ref.kind != kind:
            continue
        entry = index.get(*ref.other, table)
        if entry is None or not entry.usable:
            reason = entry.reason if entry is not None else "not found in the export"
            return None, [], f"{kind} edge {ref.edge.arango_id}: {'/'.join(ref.other)} {reason}"
        candidates.append(entry)
        used.append(ref.edge)
    ids = {e.pg_id for e in candidates}
    if len(ids) > 1:
        names = ", ".join(sorted({e.arango_id for e in candidates}))
        return None, [], f"conflicting {kind} references: {names}"
    return (candidates[0] if candidates else None), used, None


def resolve_links(m: Mapped, index: Index, edges: list[EdgeRef]) -> Resolution:
    """Resolve owner and references of a mapped resume, job, result or profile."""
    res = Resolution()
    owner, label, problem = _resolve_owner(m, index, edges)
    if problem:
        res.skip = problem
        return res
    res.edges_used = [r.edge for r in edges if r.kind == "owner"]

    if m.role == "result":
        refs: dict[str, str] = {}
        targets: dict[str, Entry | None] = {}
        for kind, table in (("resume", "resume_documents"), ("job", "job_documents")):
            entry, used, problem = _resolve_target(m, kind, table, index, edges)
            if problem:
                res.skip = problem
                return res
            targets[kind] = entry
            res.edges_used += used
            res.columns[f"{kind}_id"] = entry.pg_id if entry else None
            if entry is not None:
                refs[kind] = entry.arango_id
        if owner is None:  # inherited: the old API kept the owner on the resume
            source = targets["resume"] or targets["job"]
            if source is None or source.owner is None:
                res.skip = "no owner: no user field, Telegram id, owner edge, resume or job"
                return res
            owner = source.owner
        for kind, entry in targets.items():
            if entry is not None and entry.owner is not None and entry.owner != owner:
                res.skip = (
                    f"owner mismatch: the result's owner is not the owner of its {kind} "
                    f"{entry.arango_id}"
                )
                return res
        if refs:
            res.metadata["arango_refs"] = refs
        if targets["resume"] is None:
            res.warnings.append("no resume reference: resume_id left NULL")
        if targets["job"] is None:
            res.warnings.append("no job reference: job_id left NULL")
    elif owner is None:
        res.skip = "no owner: the document names no user (user_id / Telegram id / owner edge)"
        return res

    if m.role == "profile":
        res.columns["resume_id"] = None
        if "resume" in m.refs:
            entry, problem = index.resolve(m.refs["resume"], "resume_documents")
            if problem:
                res.warnings.append(f"active resume {problem}: resume_id left NULL")
            elif entry is not None and entry.owner != owner:
                res.warnings.append(
                    f"active resume {entry.arango_id} belongs to another user: resume_id left NULL"
                )
            elif entry is not None:
                res.columns["resume_id"] = entry.pg_id
        res.columns["user_id"] = owner
        return res

    res.columns["user_id"] = owner
    if label is not None:
        res.metadata["arango_owner"] = label
    if res.edges_used:
        res.metadata["arango_edges"] = [edge_summary(e) for e in _sorted(res.edges_used)]
    return res


def _sorted(edges: list[SourceDoc]) -> list[SourceDoc]:
    return sorted({e.arango_id: e for e in edges}.values(), key=lambda e: e.arango_id)


def edge_summary(edge: SourceDoc) -> dict[str, Any]:
    """What an edge said, for metadata.arango_edges: ids plus any attributes it carried."""
    body = edge.body
    extra = {k: v for k, v in body.items() if k not in ("_key", "_id", "_rev", "_from", "_to")}
    out: dict[str, Any] = {
        "collection": edge.collection,
        "key": edge.key,
        "rev": edge.rev,
        "from": body.get("_from"),
        "to": body.get("_to"),
    }
    if extra:
        out["extra"] = extra
    return out


def final_row(m: Mapped, res: Resolution) -> dict[str, Any]:
    """The row as it is written: mapped columns, resolved references, merged metadata."""
    row = dict(m.columns)
    for column, value in res.columns.items():
        if column in ("resume_id", "job_id") and value is not None:
            value = uuid.UUID(value)
        row[column] = value
    if "metadata" in row:
        extra, _ = sanitize(res.metadata)  # edge attributes are source data too
        row["metadata"] = {**row["metadata"], **extra}
    return row


async def load_index(conn: asyncpg.Connection) -> tuple[Index, set[tuple[str, str]]]:
    """The id map as an :class:`Index` (with owners and Telegram ids), and edges already linked."""
    index = Index()
    linked: set[tuple[str, str]] = set()
    rows = await conn.fetch(
        """SELECT m.collection, m.arango_key, m.arango_rev, m.pg_table, m.pg_id, m.batch, m.action,
                  COALESCE(r.user_id, j.user_id, p.user_id) AS owner, u.telegram_user_id AS telegram
           FROM import_id_map m
           LEFT JOIN resume_documents r ON m.pg_table = 'resume_documents' AND r.id::text = m.pg_id
           LEFT JOIN job_documents j ON m.pg_table = 'job_documents' AND j.id::text = m.pg_id
           LEFT JOIN optimization_results p
                  ON m.pg_table = 'optimization_results' AND p.id::text = m.pg_id
           LEFT JOIN "user" u ON m.pg_table = 'user' AND u.id::text = m.pg_id"""
    )
    for r in rows:
        if r["action"] == "linked":
            linked.add((r["collection"], r["arango_key"]))
            continue
        index.add(
            Entry(
                r["collection"],
                r["arango_key"],
                r["pg_table"],
                pg_id=r["pg_id"],
                state="already",
                owner=r["owner"],
                telegram=r["telegram"],
                batch=r["batch"],
                rev=r["arango_rev"],
            )
        )
        if r["telegram"] is not None:
            index.telegram_users[r["telegram"]] = int(r["pg_id"])
    return index, linked

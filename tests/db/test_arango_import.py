"""ArangoDB -> PostgreSQL import against a real PostgreSQL: lossless, verifiable, reversible.

Every test writes its own arangoexport directory (JSON arrays or JSON Lines, as arangoexport
--type json / jsonl produce them) with the awkward cases the previous attempt got wrong:
resumes with ``resume_data`` instead of ``ai_processed``, camelCase fields, a result pointing at
a missing resume, duplicate ``_key``s, edge collections, a user without a Telegram id.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from atspro.importer import BatchError, ExportError, import_export, rollback_batch
from atspro.importer.report import format_import
from atspro.importer.source import rev_order
from atspro.storage.db import create_pool
from atspro.storage.repos import Repos

# ----------------------------------------------------------------------------- fixture ---

CREATED_MS = 1_700_000_000_123  # 2023-11-14T22:13:20.123Z as epoch milliseconds
R1_AI = {
    "contactInfo": {"fullName": "Ana Ñúñez", "email": "ana@example.com", "links": [{"url": "x"}]},
    "workExperience": [{"company": "Acme", "isCurrent": True, "bullets": ["Built APIs"]}],
    "skills": [{"name": "Python", "surfaceForms": ["python"]}],
    "summary": "Backend engineer",
}
R1_OLD = {"contact_info": {"full_name": "Ana N."}, "skills": ["Python"]}
R2_DATA = {"contactInfo": {"fullName": "Bob B."}, "education": [{"fieldOfStudy": "CS"}]}
J1_AI = {"title": "Backend Engineer", "company": "Initech", "requiredSkills": ["Python", "SQL"]}


def _user(key: str, **fields: Any) -> dict[str, Any]:
    return {"_key": key, "_id": f"users/{key}", "_rev": f"_h{key}---", **fields}


def _doc(collection: str, key: str, rev: str = "_hAAAAAA---", **fields: Any) -> dict[str, Any]:
    return {"_key": key, "_id": f"{collection}/{key}", "_rev": rev, **fields}


def _edge(collection: str, key: str, frm: str, to: str, **fields: Any) -> dict[str, Any]:
    return {**_doc(collection, key), "_from": frm, "_to": to, **fields}


def export_collections() -> dict[str, list[dict[str, Any]]]:
    return {
        "users": [
            _user(
                "u1",
                telegramId=1001,
                firstName="Ana",
                username="ana",
                createdAt=CREATED_MS,
                email="ana@example.com",
                passwordHash="pbkdf2$secret",
                profile={"phone": "+15550001", "title": "Engineer", "activeResumeId": "r1"},
            ),
            _user("u2", telegram_user_id=1002, first_name="Bob", created_at="2024-03-01T10:00:00Z"),
            _user("u3", firstName="Nobody"),  # no Telegram id: skipped, never invented
        ],
        "resumes": [
            _doc(
                "resumes",
                "r1",
                user_id="users/u1",
                ai_processed=R1_AI,
                resume_data=R1_OLD,
                fileName="cv.pdf",
                contentType="application/pdf",
                fileSize=1234,
                raw_content="Ana\x00 Python developer",
                status="parsed",
                createdAt="2024-01-02T03:04:05.123456Z",
                source_channel="upload",
            ),
            _doc(
                "resumes",
                "r2",
                userId="u2",
                resume_data=R2_DATA,
                filename="bob.docx",
                status="completed",
                created_at=1_704_067_200,
            ),
            # duplicate key: the greater _rev wins even though it comes first
            _doc("resumes", "r3", rev="_hZZZZZZ---", user_id="users/u2", filename="new.txt"),
            _doc("resumes", "r3", rev="_hAAAAAA---", user_id="users/u2", filename="old.txt"),
            _doc("resumes", "r4", user_id="users/u404", filename="ghost.pdf"),
            _doc("resumes", "r5", user_id="users/u3", filename="orphan.pdf"),
        ],
        "jobs": [
            _doc(
                "jobs", "j1", user_id="users/u1", ai_processed=J1_AI, url="https://jobs.example/1"
            ),
            _doc(
                "jobs",
                "j2",
                userId="users/u2",
                jobTitle="Data Analyst",
                companyName="Globex",
                location=["Remote", "Berlin"],
                rawContent="We need SQL",
                scores={"r2": {"overall_score": 70}},
            ),
        ],
        "task_results": [
            _doc(
                "task_results",
                "t1",
                user_id="users/u1",
                resume_id="resumes/r1",
                job_id="j1",
                score=87.5,
                score_data={"overallScore": 87.5, "gaps": ["Kubernetes"]},
                recommendations=["Add Kubernetes"],
                type="score",
            ),
            # no reference fields: resume and job come from edges, the owner from the resume
            _doc("task_results", "t2", score_data={"overall_score": 64}, type="score"),
            _doc("task_results", "t3", user_id="users/u1", resume_id="resumes/r404", score=50),
            # resume of another user: skipped rather than linked across accounts
            _doc("task_results", "t4", user_id="users/u1", resume_id="r2", score=10),
        ],
        "documents": [
            _doc(
                "documents",
                "d1",
                type="optimization",
                resumeId="r2",
                jobId="jobs/j2",
                score=70,
                suggestions=[{"text": "Quantify impact", "sectionName": "experience"}],
                model="gpt-4o-mini",
            ),
            _doc("documents", "d2", type="research", user_id="users/u1", report="…"),
            _doc(
                "documents", "d3", type="resume", user_id="users/u2", aiProcessed={"summary": "Hi"}
            ),
        ],
        "result_resume": [
            _edge("result_resume", "e1", "task_results/t2", "resumes/r1", weight=1),
            _edge("result_resume", "e2", "task_results/t9", "resumes/r1"),  # no such result
        ],
        "result_job": [_edge("result_job", "e3", "task_results/t2", "jobs/j1")],
        "user_profiles": [
            _doc("user_profiles", "p2", user_id="users/u2", bio="Analyst", resumeId="r2")
        ],
        "sessions": [_doc("sessions", "s1", user_id="users/u1", state={"step": 2})],
    }


def write_export(root: Path, fmt: str, collections: dict[str, list[dict]] | None = None) -> Path:
    """Write collections the way arangoexport --type json|jsonl does (``jsonl.gz`` compressed)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, docs in (collections or export_collections()).items():
        if fmt == "json":
            (root / f"{name}.json").write_text(json.dumps(docs, ensure_ascii=False), "utf-8")
        else:
            text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
            if fmt == "jsonl.gz":
                with gzip.open(root / f"{name}.jsonl.gz", "wt", encoding="utf-8") as fh:
                    fh.write(text)
            else:
                (root / f"{name}.jsonl").write_text(text, "utf-8")
    return root


async def snapshot(pool: asyncpg.Pool) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in a stable order."""
    tables = [
        r["tablename"]
        for r in await pool.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
    ]
    out = {}
    for table in tables:
        rows = await pool.fetch(f'SELECT * FROM "{table}"')
        out[table] = sorted(
            (dict(r) for r in rows), key=lambda r: json.dumps(r, default=str, sort_keys=True)
        )
    return out


async def counts(pool: asyncpg.Pool) -> dict[str, int]:
    snap = await snapshot(pool)
    return {t: len(rows) for t, rows in snap.items()}


async def preexisting(pool: asyncpg.Pool) -> int:
    """Bob (Telegram 1002) already uses the new bot, with a resume of his own."""
    repos = Repos(pool)
    user = await repos.users.upsert_telegram_user(1002, username="bob_new", first_name="Robert")
    await repos.resumes.create(user["id"], filename="fresh.pdf", raw_text="new", status="ready")
    return int(user["id"])


async def row_of(pool: asyncpg.Pool, table: str, arango_id: str) -> dict[str, Any]:
    pg_id = await pool.fetchval(
        "SELECT pg_id FROM import_id_map WHERE arango_id = $1 AND pg_table = $2", arango_id, table
    )
    assert pg_id is not None, f"{arango_id} not in the id map"
    pk = "user_id" if table == "user_profiles" else "id"
    key: Any = int(pg_id) if table in ("user", "user_profiles") else uuid.UUID(pg_id)
    name = '"user"' if table == "user" else table
    return dict(await pool.fetchrow(f"SELECT * FROM {name} WHERE {pk} = $1", key))


# ------------------------------------------------------------------------------- tests ---


@pytest.mark.parametrize("fmt", ["json", "jsonl", "jsonl.gz"])
async def test_import_counts_orphans_and_report(
    pool: asyncpg.Pool, tmp_path: Path, fmt: str
) -> None:
    bob = await preexisting(pool)
    report = await import_export(pool, write_export(tmp_path / "export", fmt), batch="b1")
    assert report.committed and report.ok, format_import(report)

    c = report.collections
    assert (c["users"].source, c["users"].created, c["users"].matched, c["users"].skipped) == (
        3,
        1,
        1,
        1,
    )
    assert report.users == {"created": 1, "matched": 1}
    assert (
        c["resumes"].source,
        c["resumes"].created,
        c["resumes"].duplicates,
        c["resumes"].skipped,
    ) == (6, 3, 1, 2)
    assert (c["jobs"].created, c["task_results"].created, c["task_results"].skipped) == (2, 2, 2)
    assert (c["documents"].created, c["documents"].skipped) == (2, 1)  # d1 result, d3 resume
    assert (c["result_resume"].linked, c["result_resume"].skipped, c["result_job"].linked) == (
        1,
        1,
        1,
    )
    assert c["sessions"].role == "not imported" and "sessions" in report.not_imported
    for name, stats in c.items():
        assert stats.accounted == stats.source, name
    assert report.tables == {
        "user": 1,
        "user_profiles": 2,
        "resume_documents": 4,
        "job_documents": 2,
        "optimization_results": 3,
    }
    reasons = {s["document"]: s["reason"] for s in report.skipped}
    assert "not found" in reasons["resumes/r4"]
    assert "users/u3 was skipped" in reasons["resumes/r5"]
    assert "resumes/r404 not found" in reasons["task_results/t3"]
    assert "owner mismatch" in reasons["task_results/t4"]
    assert "no score" in reasons["documents/d2"]
    assert "Telegram" in reasons["users/u3"]
    assert report.duplicates == [
        {
            "document": "resumes/r3",
            "occurrences": 2,
            "kept_rev": "_hZZZZZZ---",
            "rule": "greatest _rev",
        }
    ]
    assert any("Redis" in n for n in report.notes)

    v = report.validation
    assert v["orphans_total"] == 0 and not any(v["unresolved_references"].values())
    assert v["sample"]["checked"] == report.new_rows and not v["sample"]["mismatches"]
    # Independently of the importer's own checks: no reference points at a missing row.
    assert (
        await pool.fetchval(
            """SELECT count(*) FROM optimization_results r
           LEFT JOIN resume_documents d ON d.id = r.resume_id
           WHERE r.resume_id IS NOT NULL AND (d.id IS NULL OR d.user_id <> r.user_id)"""
        )
        == 0
    )
    assert await pool.fetchval('SELECT count(*) FROM "user" WHERE telegram_user_id = 1002') == 1
    bob_row = await pool.fetchrow('SELECT username, first_name FROM "user" WHERE id = $1', bob)
    assert dict(bob_row) == {"username": "bob_new", "first_name": "Robert"}  # matched, not modified
    text = format_import(report)
    assert "validation: OK" in text and "orphans: 0" in text and "1 created, 1 matched" in text


async def test_mapped_content_is_deep_equal(pool: asyncpg.Pool, tmp_path: Path) -> None:
    await preexisting(pool)
    report = await import_export(pool, write_export(tmp_path / "e", "jsonl"), batch="deep")
    assert report.ok, format_import(report)

    r1 = await row_of(pool, "resume_documents", "resumes/r1")
    assert r1["processed_data"] == {
        "contact_info": {
            "full_name": "Ana Ñúñez",
            "email": "ana@example.com",
            "links": [{"url": "x"}],
        },
        "work_experience": [{"company": "Acme", "is_current": True, "bullets": ["Built APIs"]}],
        "skills": [{"name": "Python", "surface_forms": ["python"]}],
        "summary": "Backend engineer",
    }
    assert r1["metadata"]["arango_alternate_parsed"] == {"resume_data": R1_OLD}  # not dropped
    assert r1["metadata"]["arango_extra"] == {"source_channel": "upload", "status": "parsed"}
    assert (r1["filename"], r1["content_type"], r1["file_size"]) == (
        "cv.pdf",
        "application/pdf",
        1234,
    )
    assert r1["raw_text"] == "Ana Python developer" and r1["status"] == "ready"
    assert r1["created_at"] == datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)
    meta = {k: r1["metadata"][k] for k in ("source", "arango_id", "arango_rev", "import_batch")}
    assert meta == {
        "source": "arangodb",
        "arango_id": "r1",
        "arango_rev": "_hAAAAAA---",
        "import_batch": "deep",
    }
    assert r1["metadata"]["migration_date"] == report.started_at
    u1 = await row_of(pool, "user", "users/u1")
    assert r1["user_id"] == u1["id"] and r1["metadata"]["arango_owner"] == "users/u1"
    assert (u1["telegram_user_id"], u1["first_name"], u1["username"]) == (1001, "Ana", "ana")
    assert u1["created_at"] == datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=UTC)

    r2 = await row_of(pool, "resume_documents", "resumes/r2")  # resume_data only
    assert r2["processed_data"] == {
        "contact_info": {"full_name": "Bob B."},
        "education": [{"field_of_study": "CS"}],
    }
    assert r2["created_at"] == datetime(2024, 1, 1, tzinfo=UTC) and r2["status"] == "ready"
    assert (await row_of(pool, "resume_documents", "resumes/r3"))["filename"] == "new.txt"
    d3 = await row_of(pool, "resume_documents", "documents/d3")
    assert d3["processed_data"] == {"summary": "Hi"} and d3["metadata"]["arango_extra"] == {
        "type": "resume"
    }

    j2 = await row_of(pool, "job_documents", "jobs/j2")
    assert (j2["title"], j2["company"], j2["location"], j2["raw_text"]) == (
        "Data Analyst",
        "Globex",
        "Remote, Berlin",
        "We need SQL",
    )
    assert j2["metadata"]["arango_extra"] == {
        "location": ["Remote", "Berlin"],
        "scores": {"r2": {"overall_score": 70}},
    }
    j1 = await row_of(pool, "job_documents", "jobs/j1")
    assert j1["description_data"] == {
        "title": "Backend Engineer",
        "company": "Initech",
        "required_skills": ["Python", "SQL"],
    }
    assert (j1["title"], j1["company"], j1["source_url"]) == (
        "Backend Engineer",
        "Initech",
        "https://jobs.example/1",
    )

    t1 = await row_of(pool, "optimization_results", "task_results/t1")
    assert (t1["resume_id"], t1["job_id"], t1["score"]) == (r1["id"], j1["id"], Decimal("87.50"))
    assert t1["optimization_data"] == {"overall_score": 87.5, "gaps": ["Kubernetes"]}
    assert t1["suggestions"] == ["Add Kubernetes"] and t1["engine"] == "legacy"
    assert t1["metadata"]["arango_refs"] == {"resume": "resumes/r1", "job": "jobs/j1"}
    t2 = await row_of(pool, "optimization_results", "task_results/t2")  # edges + inherited owner
    assert (t2["resume_id"], t2["job_id"], t2["user_id"], t2["score"]) == (
        r1["id"],
        j1["id"],
        u1["id"],
        Decimal(64),
    )
    edges = {f"{e['collection']}/{e['key']}": e for e in t2["metadata"]["arango_edges"]}
    assert list(edges) == ["result_job/e3", "result_resume/e1"]  # sorted: stable across runs
    assert edges["result_resume/e1"]["extra"] == {"weight": 1}
    assert edges["result_resume/e1"]["to"] == "resumes/r1"
    d1 = await row_of(pool, "optimization_results", "documents/d1")
    assert (d1["resume_id"], d1["job_id"], d1["engine"]) == (r2["id"], j2["id"], "gpt-4o-mini")
    assert d1["suggestions"] == [{"text": "Quantify impact", "section_name": "experience"}]

    p1 = await row_of(pool, "user_profiles", "users/u1")  # embedded profile, active resume remapped
    assert (p1["phone"], p1["title"], p1["resume_id"]) == ("+15550001", "Engineer", r1["id"])
    p2 = await row_of(pool, "user_profiles", "user_profiles/p2")
    assert (p2["bio"], p2["resume_id"], p2["user_id"]) == ("Analyst", r2["id"], r2["user_id"])
    extra = await pool.fetchval(
        "SELECT extra FROM import_id_map WHERE arango_id = 'users/u1' AND pg_table = 'user'"
    )
    assert extra == {"extra": {"email": "ana@example.com"}}  # kept; the password hash is not
    assert any("passwordHash" in w["message"] for w in report.warnings)


async def test_rerun_imports_nothing_new(pool: asyncpg.Pool, tmp_path: Path) -> None:
    await preexisting(pool)
    path = write_export(tmp_path / "e", "json")
    first = await import_export(pool, path)
    assert first.committed and first.new_rows == 12
    before = await snapshot(pool)
    second = await import_export(pool, path)
    assert second.new_rows == 0 and second.tables == {} and second.ok
    assert all(s.created == 0 for s in second.collections.values())
    assert (
        second.collections["resumes"].already == 3 and second.collections["result_job"].already == 1
    )
    assert "nothing new" in " ".join(second.notes)
    assert await snapshot(pool) == before  # not even a batch record


async def test_incremental_export_links_to_earlier_batch(
    pool: asyncpg.Pool, tmp_path: Path
) -> None:
    await import_export(pool, write_export(tmp_path / "a", "jsonl"), batch="first")
    later = {
        "task_results": [
            _doc("task_results", "t10", resume_id="resumes/r1", job_id="jobs/j1", score=91)
        ],
        "resumes": [_doc("resumes", "r1", rev="_hBBBBBB---", user_id="users/u1")],  # changed since
    }
    report = await import_export(pool, write_export(tmp_path / "b", "jsonl", later), batch="second")
    assert report.ok and report.tables == {"optimization_results": 1}
    t10 = await row_of(pool, "optimization_results", "task_results/t10")
    r1 = await row_of(pool, "resume_documents", "resumes/r1")
    assert t10["resume_id"] == r1["id"] and t10["user_id"] == r1["user_id"]
    assert any("changed since batch first" in w["message"] for w in report.warnings)
    with pytest.raises(BatchError, match="second"):
        await rollback_batch(pool, "first")  # "second" builds on it
    await rollback_batch(pool, "second")
    await rollback_batch(pool, "first")
    assert await pool.fetchval("SELECT count(*) FROM optimization_results") == 0


async def test_dry_run_changes_nothing(pool: asyncpg.Pool, tmp_path: Path) -> None:
    await preexisting(pool)
    before = await snapshot(pool)
    report = await import_export(pool, write_export(tmp_path / "e", "jsonl"), dry_run=True)
    assert report.dry_run and not report.committed and report.ok
    assert report.new_rows == 12 and report.users == {"created": 1, "matched": 1}
    assert await snapshot(pool) == before
    assert "DRY RUN" in format_import(report)


async def test_rollback_restores_previous_state_exactly(pool: asyncpg.Pool, tmp_path: Path) -> None:
    bob = await preexisting(pool)
    before = await snapshot(pool)
    report = await import_export(pool, write_export(tmp_path / "e", "jsonl"), batch="undo-me")
    assert report.committed
    assert (await counts(pool)) != {t: len(r) for t, r in before.items()}
    rolled = await rollback_batch(pool, "undo-me")
    assert rolled.deleted == rolled.expected == report.tables
    assert rolled.users_kept == 1
    assert await snapshot(pool) == before  # matched Bob and his own resume untouched
    assert await pool.fetchval('SELECT count(*) FROM "user" WHERE id = $1', bob) == 1
    with pytest.raises(BatchError, match="no import batch named 'undo-me'"):
        await rollback_batch(pool, "undo-me")


async def test_failed_validation_rolls_back(
    pool: asyncpg.Pool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mapping bug that loses a field is caught by the sample comparison: nothing is kept."""
    from atspro.importer import links, run

    def lossy_final_row(m: Any, res: Any) -> dict[str, Any]:
        row = links.final_row(m, res)
        if "filename" in row:
            row["filename"] = None
        return row

    monkeypatch.setattr(run, "final_row", lossy_final_row)
    before = await snapshot(pool)
    report = await import_export(pool, write_export(tmp_path / "e", "json"), sample=0)
    assert not report.ok and not report.committed
    assert {"document": "resumes/r1", "column": "filename"} in report.validation["sample"][
        "mismatches"
    ]
    assert await snapshot(pool) == before
    assert "validation: FAILED" in format_import(report)


async def test_bad_exports_are_refused_before_writing(pool: asyncpg.Pool, tmp_path: Path) -> None:
    before = await snapshot(pool)
    broken = write_export(tmp_path / "broken", "jsonl")
    (broken / "jobs.jsonl").write_text('{"_key": "j1"}\n{not json\n', "utf-8")
    with pytest.raises(ExportError, match=r"jobs.jsonl, line 2"):
        await import_export(pool, broken)
    both = write_export(tmp_path / "both", "jsonl")
    (both / "users.json").write_text("[]", "utf-8")
    with pytest.raises(ExportError, match="two files for collection 'users'"):
        await import_export(pool, both)
    with pytest.raises(ExportError, match="not found"):
        await import_export(pool, tmp_path / "missing")
    with pytest.raises(BatchError):
        await import_export(pool, write_export(tmp_path / "ok", "jsonl"), batch="bad name!")
    assert await snapshot(pool) == before


def test_rev_order_follows_arangodb_revisions() -> None:
    # hybrid logical clock strings compare by their decoded value, not alphabetically
    assert rev_order("_hZZZZZZ---") > rev_order("_hAAAAAA---")
    assert rev_order("_h9------") > rev_order("_hz------")  # '9' sorts after 'z' in the alphabet
    assert rev_order("12") > rev_order("9")  # pre-3.1 integer revisions
    assert rev_order("not a rev!") is None


def test_cli_import_and_rollback(
    db_dsn: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from atspro.cli import main

    monkeypatch.setenv("DATABASE_URL", db_dsn)
    monkeypatch.chdir(tmp_path)  # no stray .env
    path = write_export(tmp_path / "export", "jsonl")

    assert main(["import-arango", str(path), "--dry-run"]) == 0
    assert "DRY RUN" in capsys.readouterr().out
    assert main(["import-arango", str(path), "--batch", "cli1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["committed"] and data["ok"] and data["new_rows"] == 13  # Bob is new here
    assert data["validation"]["orphans_total"] == 0

    async def table_counts() -> dict[str, int]:
        p = await create_pool(db_dsn, min_size=1, max_size=1)
        try:
            return await counts(p)
        finally:
            await asyncio.wait_for(p.close(), 10)

    assert asyncio.run(table_counts())["resume_documents"] == 4
    assert main(["import-arango", "--list"]) == 0
    assert "cli1" in capsys.readouterr().out
    assert main(["import-arango", "--rollback", "cli1"]) == 0
    assert "rolled back batch cli1" in capsys.readouterr().out
    after = asyncio.run(table_counts())
    assert after["resume_documents"] == 0 and after["user"] == 0 and after["import_batches"] == 0
    assert main(["import-arango", "--rollback", "cli1"]) == 2
    assert "no import batch named 'cli1'" in capsys.readouterr().err
    assert main(["import-arango"]) == 2


async def test_rollback_refuses_to_delete_newer_rows_unless_forced(
    pool: asyncpg.Pool, tmp_path: Path
) -> None:
    before = await snapshot(pool)
    await import_export(pool, write_export(tmp_path / "e", "jsonl"), batch="old")
    # the imported user keeps using the bot: a new resume, a chat session on an imported resume
    repos = Repos(pool)
    ana = await row_of(pool, "user", "users/u1")
    r1 = await row_of(pool, "resume_documents", "resumes/r1")
    await repos.resumes.create(ana["id"], filename="since.pdf", status="ready")
    await repos.sessions.touch(ana["id"], chat_id=1001)
    await repos.sessions.set_active_resume(ana["id"], 1001, r1["id"])
    during = await snapshot(pool)
    with pytest.raises(BatchError, match=r"resume_documents.user_id \(deleted\): 1.*--force"):
        await rollback_batch(pool, "old")
    assert await snapshot(pool) == during  # refused: nothing changed
    rolled = await rollback_batch(pool, "old", force=True)
    assert rolled.collateral == {
        "resume_documents.user_id (deleted)": 1,
        "sessions.active_resume_id (set to NULL)": 1,
        "sessions.user_id (deleted)": 1,
    }
    assert await snapshot(pool) == before


def test_key_and_value_conversions() -> None:
    from atspro.importer.mapping import (
        camel_to_snake,
        is_sensitive,
        parse_timestamp,
        sanitize,
        snake_keys,
    )

    assert [
        camel_to_snake(k) for k in ("fileName", "userID", "parseHTMLDoc", "JavaScript", "a_b")
    ] == ["file_name", "user_id", "parse_html_doc", "JavaScript", "a_b"]
    # both spellings present: neither value is lost
    assert snake_keys(
        {"workExperience": [1], "work_experience": [2], "x": [{"isCurrent": True}]}
    ) == {"work_experience": [2], "workExperience": [1], "x": [{"is_current": True}]}
    utc = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    for value in (
        "2024-05-06T07:08:09Z",
        "2024-05-06T07:08:09",
        "2024-05-06T09:08:09+02:00",
        1714979289,
        "1714979289",
        1714979289000,
    ):
        assert parse_timestamp(value) == utc, value
    assert parse_timestamp("2024-05-06T07:08:09.123456789Z") == utc.replace(microsecond=123456)
    assert parse_timestamp("yesterday") is None and parse_timestamp(True) is None
    assert sanitize({"a\x00": ["x\x00y", float("nan"), "\ud800ok"]}) == (
        {"a": ["xy", None, "\ufffdok"]},
        4,
    )
    sensitive = ["passwordHash", "api_key", "refreshToken", "token", "client_secret", "privateKey"]
    assert all(is_sensitive(k) for k in sensitive)
    assert not any(is_sensitive(k) for k in ("token_count", "keywords", "secretary_name", "email"))

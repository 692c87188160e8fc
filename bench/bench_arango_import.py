"""How long the ArangoDB import, its validation and a rollback take on a synthetic export.

Runs against a throw-away embedded PostgreSQL (deleted afterwards). The export has the shape of
the old deployment: users with Telegram ids, resumes with camelCase parsed payloads, jobs,
results linked by fields and by edge collections.
"""

from __future__ import annotations

import asyncio
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

USERS = 1_000
RESUMES = 4_000
JOBS = 2_000
RESULTS = 4_000


def _write(root: Path, name: str, docs: list[dict[str, Any]]) -> None:
    with (root / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc) + "\n")


def make_export(root: Path, seed: int = 7) -> int:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)

    def doc(coll: str, key: str, **fields: Any) -> dict[str, Any]:
        return {"_key": key, "_id": f"{coll}/{key}", "_rev": f"_h{key}---", **fields}

    users = [doc("users", f"u{i}", telegramId=10_000 + i, firstName=f"U{i}") for i in range(USERS)]
    resumes = [
        doc(
            "resumes",
            f"r{i}",
            user_id=f"users/u{i % USERS}",
            fileName=f"cv{i}.pdf",
            createdAt=1_700_000_000_000 + i,
            aiProcessed={
                "contactInfo": {"fullName": f"Person {i}"},
                "workExperience": [{"company": "Acme", "bullets": ["x" * 80] * 5}],
                "skills": [{"name": s} for s in ("Python", "SQL", "Go")],
            },
            raw_content="lorem ipsum " * 200,
        )
        for i in range(RESUMES)
    ]
    jobs = [
        doc("jobs", f"j{i}", userId=f"users/u{i % USERS}", jobTitle="Engineer", companyName="Co")
        for i in range(JOBS)
    ]
    results, edges = [], []
    for i in range(RESULTS):
        owner = i % USERS
        resume = owner + USERS * rng.randrange(RESUMES // USERS)
        job = owner + USERS * rng.randrange(JOBS // USERS)
        if i % 2:
            results.append(
                doc(
                    "task_results",
                    f"t{i}",
                    resume_id=f"resumes/r{resume}",
                    job_id=f"j{job}",
                    score=rng.randrange(101),
                    score_data={"gaps": ["k8s"]},
                )
            )
        else:
            results.append(doc("task_results", f"t{i}", score_data={"overall_score": 50}))
            edges.append(
                doc("result_resume", f"e{i}", _from=f"task_results/t{i}", _to=f"resumes/r{resume}")
            )
            edges.append(doc("result_job", f"f{i}", _from=f"task_results/t{i}", _to=f"jobs/j{job}"))
    for name, docs in (
        ("users", users),
        ("resumes", resumes),
        ("jobs", jobs),
        ("task_results", results),
    ):
        _write(root, name, docs)
    _write(root, "result_resume", [e for e in edges if e["_id"].startswith("result_resume")])
    _write(root, "result_job", [e for e in edges if e["_id"].startswith("result_job")])
    return len(users) + len(resumes) + len(jobs) + len(results) + len(edges)


async def _measure(dsn: str, export: Path, documents: int) -> dict[str, float]:
    from atspro.importer import import_export, rollback_batch
    from atspro.storage.db import create_pool
    from atspro.storage.migrate import apply_migrations

    await apply_migrations(dsn)
    pool = await create_pool(dsn, min_size=1, max_size=2)
    try:
        started = time.perf_counter()
        report = await import_export(pool, export, batch="bench", sample=25)
        imported = time.perf_counter() - started
        if not report.ok:
            raise RuntimeError(f"import did not validate: {report.validation}")
        started = time.perf_counter()
        again = await import_export(pool, export)
        rerun = time.perf_counter() - started
        assert again.new_rows == 0
        started = time.perf_counter()
        await rollback_batch(pool, "bench")
        rolled = time.perf_counter() - started
    finally:
        await pool.close()
    return {
        "arango_import_documents": float(documents),
        "arango_import_total_s": imported,
        "arango_import_docs_per_s": documents / imported,
        "arango_import_rerun_noop_s": rerun,
        "arango_import_rollback_s": rolled,
    }


def run() -> dict[str, float]:
    from atspro.storage.db import EmbeddedPostgres

    with tempfile.TemporaryDirectory(prefix="atspro-bench-import-") as tmp:
        root = Path(tmp)
        documents = make_export(root / "export")
        server = EmbeddedPostgres(root / "pgdata", delete_on_stop=True)
        dsn = server.start()
        try:
            return asyncio.run(_measure(dsn, root / "export", documents))
        finally:
            server.stop()

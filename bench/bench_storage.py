"""Storage benchmark: 100,000 resumes + 100,000 jobs for 5,000 users on the embedded PostgreSQL.

Reports p50/p95 of a user's latest-10 list and of a user-scoped full-text search.
Goals on this machine: ≤ 1 ms and ≤ 10 ms p50 (the old multi-database system: 50–150 / 20–50 ms).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from atspro.storage.db import EmbeddedPostgres, create_pool
from atspro.storage.migrate import apply_migrations
from atspro.storage.repos import Repos
from bench.stats import percentile

USERS = 5_000
ROWS_EACH = 100_000
QUERIES = 400

WORDS = [
    "python",
    "java",
    "kubernetes",
    "docker",
    "aws",
    "azure",
    "sql",
    "postgresql",
    "react",
    "typescript",
    "golang",
    "rust",
    "terraform",
    "ansible",
    "linux",
    "agile",
    "scrum",
    "leadership",
    "communication",
    "analytics",
    "finance",
    "accounting",
    "marketing",
    "sales",
    "nursing",
    "patient",
    "care",
    "logistics",
    "supply",
    "chain",
    "excel",
    "tableau",
    "pandas",
    "spark",
    "kafka",
    "redis",
    "microservices",
    "api",
    "design",
    "testing",
    "security",
    "compliance",
    "audit",
    "budgeting",
    "forecasting",
    "customer",
    "service",
    "recruiting",
    "onboarding",
    "payroll",
    "mentoring",
    "roadmap",
    "stakeholder",
    "strategy",
]
FILLER = [
    "the",
    "and",
    "with",
    "for",
    "of",
    "to",
    "in",
    "on",
    "a",
    "led",
    "built",
    "managed",
    "improved",
    "designed",
    "delivered",
]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(
        rng.choice(WORDS) if rng.random() < 0.4 else rng.choice(FILLER) for _ in range(n)
    )


async def _bench() -> dict[str, float]:
    rng = random.Random(7)
    root = Path(tempfile.mkdtemp(prefix="atspro-bench-"))
    server = EmbeddedPostgres(root / "pgdata", delete_on_stop=True)
    dsn = await asyncio.to_thread(server.start)
    try:
        await apply_migrations(dsn)
        pool = await create_pool(dsn, min_size=2, max_size=4)
        t0 = time.perf_counter()
        async with pool.acquire() as conn:
            await conn.copy_records_to_table(
                "user",
                records=[(i + 1, f"user{i}", "User") for i in range(USERS)],
                columns=["telegram_user_id", "username", "first_name"],
            )
            ids = [r["id"] for r in await conn.fetch('SELECT id FROM "user" ORDER BY id')]
            await conn.copy_records_to_table(
                "resume_documents",
                records=[
                    (ids[i % USERS], f"cv{i}.pdf", "ready", _text(rng, 120))
                    for i in range(ROWS_EACH)
                ],
                columns=["user_id", "filename", "status", "raw_text"],
            )
            await conn.copy_records_to_table(
                "job_documents",
                records=[
                    (
                        ids[i % USERS],
                        f"Engineer {i}",
                        f"Company {i % 700}",
                        "ready",
                        _text(rng, 150),
                    )
                    for i in range(ROWS_EACH)
                ],
                columns=["user_id", "title", "company", "status", "raw_text"],
            )
            await conn.execute("ANALYZE")
        load_s = time.perf_counter() - t0
        repos = Repos(pool)
        latest, search = [], []
        for _ in range(QUERIES):
            uid = rng.choice(ids)
            t = time.perf_counter()
            await repos.jobs.list_latest(uid, limit=10)
            latest.append((time.perf_counter() - t) * 1000)
            words = " ".join(rng.sample(WORDS, 2))
            t = time.perf_counter()
            await repos.resumes.search(uid, words, limit=10)
            search.append((time.perf_counter() - t) * 1000)
        await pool.close()
    finally:
        await asyncio.to_thread(server.stop)
    return {
        "storage_load_200k_rows_s": load_s,
        "storage_latest10_p50_ms": statistics.median(latest),
        "storage_latest10_p95_ms": percentile(latest, 0.95),
        "storage_fts_user_p50_ms": statistics.median(search),
        "storage_fts_user_p95_ms": percentile(search, 0.95),
    }


def run() -> dict[str, float]:
    return asyncio.run(_bench())


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k}: {v:.3f}")

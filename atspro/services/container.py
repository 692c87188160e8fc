"""The typed bundle of long-lived dependencies every use case receives (built by app.py)."""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

from atspro.config import Settings
from atspro.fetch.safe import SafeFetcher
from atspro.metrics import Metrics
from atspro.storage.repos import Repos
from atspro.tasks.queue import TaskQueue


@dataclass(frozen=True)
class Services:
    """Created once per process by ``atspro.app.open_services``; closed with it."""

    settings: Settings
    pool: asyncpg.Pool
    queue: TaskQueue
    fetcher: SafeFetcher
    metrics: Metrics

    @property
    def repos(self) -> Repos:
        return Repos(self.pool)

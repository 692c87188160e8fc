"""The one way to define a task kind: a name, the function that runs it, and how it runs;
and the ``TaskContext`` that function receives."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from atspro.tasks.queue import Task, TaskQueue


class PermanentTaskError(Exception):
    """The task cannot succeed by retrying (bad input): fail it at once."""


@dataclass
class TaskContext:
    queue: TaskQueue
    worker_id: str
    task: Task

    async def save_progress(self, **steps: Any) -> None:
        self.task.progress.update(steps)
        await self.queue.save_progress(self.task.id, steps)


TaskRun = Callable[[Task, TaskContext], Awaitable[dict[str, Any] | None]]
DEFAULT_TIMEOUT = -1.0  # "the worker's own limit"; None means no limit at all


@dataclass(frozen=True)
class TaskKind:
    """``timeout_s``: None for no overall limit (a paced broadcast holds its lease instead).
    ``resumable``: the run saves its place as it goes, so a stopping worker hands it back at
    once instead of waiting for it to finish."""

    name: str
    run: TaskRun
    timeout_s: float | None = DEFAULT_TIMEOUT
    resumable: bool = False


def registry(kinds: Iterable[TaskKind]) -> dict[str, TaskKind]:
    """Kinds by name; two kinds with one name is a wiring mistake, said at once."""
    by_name: dict[str, TaskKind] = {}
    for kind in kinds:
        if kind.name in by_name:
            raise ValueError(f"task kind {kind.name!r} registered twice")
        by_name[kind.name] = kind
    return by_name

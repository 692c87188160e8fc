"""Prometheus metrics, in a registry of their own (one per process; tests make their own)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.updates = Counter(
            "atspro_updates_total",
            "Telegram updates handled, by type",
            ["type"],
            registry=self.registry,
        )
        self.tasks = Histogram(
            "atspro_task_duration_seconds",
            "Task run time, by kind and outcome",
            ["kind", "outcome"],
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120),
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "atspro_queue_depth", "Tasks waiting to run", registry=self.registry
        )
        self.llm_latency = Histogram(
            "atspro_llm_latency_seconds",
            "LLM agent run time, by agent",
            ["agent"],
            buckets=(0.5, 1, 2, 5, 10, 20, 60),
            registry=self.registry,
        )
        self.llm_tokens = Counter(
            "atspro_llm_tokens_total",
            "LLM tokens used, by agent",
            ["agent"],
            registry=self.registry,
        )
        self.errors = Counter("atspro_errors_total", "Unhandled errors", registry=self.registry)
        self.worker_restarts = Counter(
            "atspro_worker_restarts_total",
            "Task worker claim loops that failed and started again",
            registry=self.registry,
        )
        self._workers: list[Any] = []  # objects with ``worker_id`` and ``last_beat``
        self.scores = Histogram(
            "atspro_match_score",
            "Match scores given",
            buckets=(20, 40, 60, 80, 100),
            registry=self.registry,
        )

    def watch_worker(self, worker: Any) -> None:
        """Let /healthz see this worker's heartbeat (``last_beat``, a monotonic time)."""
        self._workers.append(worker)

    def stale_workers(self, max_age_s: float) -> list[str]:
        """Ids of watched workers that have not polled the queue in ``max_age_s`` seconds."""
        import time

        now = time.monotonic()
        return [w.worker_id for w in self._workers if now - w.last_beat > max_age_s]

    def count_update(self, update: Any) -> None:
        kind = "other"
        if getattr(update, "callback_query", None) is not None:
            kind = "callback_query"
        elif (msg := getattr(update, "effective_message", None)) is not None:
            if msg.document is not None:
                kind = "document"
            elif msg.photo:
                kind = "photo"
            elif msg.text and msg.text.startswith("/"):
                kind = "command"
            elif msg.text:
                kind = "text"
        self.updates.labels(kind).inc()

    def task_outcome(self, task: Any, outcome: str, seconds: float) -> None:
        self.tasks.labels(task.kind, outcome).observe(seconds)

    def observe_score(self, score: float) -> None:
        self.scores.observe(score)

    def render(self) -> bytes:
        return generate_latest(self.registry)

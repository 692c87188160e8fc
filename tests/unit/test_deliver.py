"""The chat guard wraps every chat-facing task kind: a kind that fails on its last attempt
tells the chat it is sorry instead of leaving its status message ("✍️ Writing…") forever."""

from __future__ import annotations

from typing import Any

import pytest

from atspro.bot.deliver import APOLOGY, ChatDelivery, chat_kinds
from atspro.config import Settings
from atspro.metrics import Metrics
from atspro.services.container import Services
from atspro.services.errors import UserFacingError
from atspro.tasks.queue import Task

BODIES = ("ingest_resume", "ingest_job", "match", "write", "broadcast")


class RecordingBot:
    def __init__(self) -> None:
        self.edits: list[tuple[int, str]] = []

    async def edit_message_text(self, text: str, *, chat_id: int, message_id: int) -> None:
        self.edits.append((message_id, text))

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> None:
        self.edits.append((0, text))

    async def send_chat_action(self, chat_id: int, action: str) -> None:
        pass


class Ctx:
    def __init__(self, task: Task) -> None:
        self.task = task

    async def save_progress(self, **steps: Any) -> None:
        self.task.progress.update(steps)


def _services() -> Services:
    settings = Settings(_env_file=None, openai_api_key="sk-test")  # type: ignore[call-arg]
    # The guard touches storage only for a blocked user; these tests never block anyone.
    return Services(settings, None, None, None, Metrics())  # type: ignore[arg-type]


def _task(kind: str, attempts: int) -> Task:
    payload = {"chat_id": 5, "status_message_id": 77, "result_id": "r", "text": "t"}
    return Task(id=1, kind=kind, user_id=3, payload=payload, attempts=attempts, max_attempts=3)


def _failing(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    async def body(self: ChatDelivery, task: Task, ctx: Any) -> dict[str, Any]:
        raise exc

    for name in BODIES:
        monkeypatch.setattr(ChatDelivery, name, body)


def test_every_chat_facing_kind_is_registered_with_the_guard() -> None:
    kinds = {k.name for k in chat_kinds(RecordingBot(), _services())}  # type: ignore[arg-type]
    assert kinds == {"ingest_resume", "ingest_job", "match", "broadcast", "rewrite", "cover_letter"}


@pytest.mark.parametrize("attempts", [1, 3])
async def test_a_failing_kind_apologises_on_its_last_attempt_only(
    monkeypatch: pytest.MonkeyPatch, attempts: int
) -> None:
    _failing(monkeypatch, RuntimeError("model endpoint exploded"))
    bot = RecordingBot()
    for kind in chat_kinds(bot, _services()):  # type: ignore[arg-type]
        bot.edits.clear()
        task = _task(kind.name, attempts)
        with pytest.raises(RuntimeError):
            await kind.run(task, Ctx(task))  # type: ignore[arg-type]
        expected = [(77, APOLOGY)] if attempts == 3 else []
        assert bot.edits == expected, kind.name


async def test_a_user_facing_error_ends_any_kind_with_its_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _failing(monkeypatch, UserFacingError("That result is no longer available."))
    bot = RecordingBot()
    for kind in chat_kinds(bot, _services()):  # type: ignore[arg-type]
        bot.edits.clear()
        task = _task(kind.name, 1)
        assert await kind.run(task, Ctx(task)) == {  # type: ignore[arg-type]
            "error": "That result is no longer available."
        }
        assert bot.edits == [(77, "❌ That result is no longer available.")], kind.name


def test_a_fresh_task_leaves_typing_to_its_handler() -> None:
    """The upload's handler showed "typing…" a moment ago: the worker's first indicator waits
    until that one fades (one HTTP call fewer per upload); a retry shows it at once."""
    from datetime import UTC, datetime, timedelta

    from atspro.bot.deliver import _still_shown

    now = datetime.now(UTC)
    fresh = Task(1, "ingest_job", 1, {}, attempts=1, max_attempts=3, created_at=now)
    assert 3.5 < _still_shown(fresh) <= 4.5
    old = Task(2, "ingest_job", 1, {}, attempts=1, max_attempts=3, created_at=now - timedelta(9))
    assert _still_shown(old) == 0.0
    retry = Task(3, "ingest_job", 1, {}, attempts=2, max_attempts=3, created_at=now)
    assert _still_shown(retry) == 0.0


class LateTelegram(RecordingBot):
    """Every photo upload times out: after Telegram had it whole (``read``: a late answer) or
    before it got there (``connect``)."""

    def __init__(self, timeout: type[Exception]) -> None:
        super().__init__()
        self.timeout = timeout
        self.photos = 0

    async def send_photo(self, chat_id: int, **kwargs: Any) -> None:
        from telegram.error import TimedOut

        self.photos += 1
        raise TimedOut() from self.timeout("timed out")


def _scored() -> Any:
    from atspro.analysis.scoring.report import score_match
    from atspro.services.matching import Match
    from tests.score_samples import backend_job, backend_resume

    resume, job = backend_resume(), backend_job()
    return Match({"id": "r1"}, score_match(resume, job), resume, job)


async def test_a_card_whose_answer_was_late_is_not_sent_again() -> None:
    """The upload reached Telegram and only its answer timed out: the card most likely
    arrived, so the task does not fail (its retry would show the card twice)."""
    import httpx

    bot = LateTelegram(httpx.ReadTimeout)
    delivery = ChatDelivery(bot, _services())  # type: ignore[arg-type]
    task = _task("match", 1)
    ctx = Ctx(task)
    await delivery._send_card(ctx, 5, _scored())  # type: ignore[arg-type]
    assert task.progress.get("card_sent") and task.progress.get("png_sent")
    assert bot.photos == 1 and bot.edits == []  # no text copy of the card either


async def test_a_card_that_never_reached_telegram_fails_for_a_retry() -> None:
    import httpx
    from telegram.error import TimedOut

    bot = LateTelegram(httpx.ConnectTimeout)
    delivery = ChatDelivery(bot, _services())  # type: ignore[arg-type]
    task = _task("match", 1)
    with pytest.raises(TimedOut):
        await delivery._send_card(Ctx(task), 5, _scored())  # type: ignore[arg-type]
    assert not task.progress.get("card_sent")

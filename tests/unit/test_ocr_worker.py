"""OCR runs in the killable worker: page progress, per-page and per-document deadlines."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from atspro.analysis.documents.errors import ExtractionTimeout
from atspro.analysis.documents.ocr import ocr_available
from atspro.extract_pool import (
    OCR_TIMEOUT_MESSAGE,
    ExtractionPool,
    Progress,
    extract_text_async,
    extract_text_limited,
)
from tests.fixtures import images, workers
from tests.hang import HANG_GUARD_S


@pytest.fixture(scope="module")
def pool() -> Iterator[ExtractionPool]:
    pool = ExtractionPool(max_workers=1)
    # A round trip first: the deadlines below must not include the worker's start (its imports
    # take seconds on a loaded machine, longer than a 0.5 s limit).
    pool.call(workers.worker_pid, timeout=120)
    yield pool
    pool.close()


def test_progress_moves_the_deadline_step_by_step(pool: ExtractionPool) -> None:
    steps: list[tuple[int, int]] = []
    # Three steps of 1 s: longer in total than the 2 s limit of a job without progress, each
    # far inside its step limit (the first report, sent at once, must cross processes within
    # the job's limit: 0.5 s was tight on a loaded machine).
    progress = Progress(
        step_timeout=HANG_GUARD_S / 2,
        total_timeout=HANG_GUARD_S,
        on_step=lambda *s: steps.append(s),
    )
    assert pool.call(workers.report_steps, 3, 1.0, timeout=2.0, progress=progress) == 3
    assert steps == [(1, 3), (2, 3), (3, 3)]


def test_a_stuck_step_is_killed_at_the_step_limit(pool: ExtractionPool) -> None:
    # The limits lie far apart, so which one ended the job shows without a tight wall-clock
    # bound: the step's 0.5 s, not the job's total (a hang guard's length) nor the first
    # step's limit (the detail says a step was slow, after one was reported).
    total = HANG_GUARD_S
    progress = Progress(step_timeout=0.5, total_timeout=total, timeout_message=OCR_TIMEOUT_MESSAGE)
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout) as info:
        pool.call(workers.report_then_hang, timeout=total, progress=progress)
    assert time.monotonic() - started < total
    assert info.value.detail == "slow step"
    assert info.value.user_message == OCR_TIMEOUT_MESSAGE
    assert pool.call(workers.worker_pid, timeout=10) > 0  # a fresh worker took over


def test_the_whole_job_is_bounded_even_while_it_progresses(pool: ExtractionPool) -> None:
    # Steps of 0.3 s, each far inside its own limit, for far longer than the 1 s total: a job
    # ended before the step limit (a hang guard's length) was ended by the total.
    step_limit = HANG_GUARD_S / 2
    steps = int(2 * step_limit / 0.3)  # the job alone would run twice the step limit
    progress = Progress(step_timeout=step_limit, total_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(ExtractionTimeout) as info:
        pool.call(workers.report_steps, steps, 0.3, timeout=step_limit, progress=progress)
    assert time.monotonic() - started < step_limit
    assert info.value.detail == "slow step"  # after steps were reported: a progress deadline


@pytest.mark.skipif(not ocr_available(), reason="OCR packages are not installed")
async def test_a_photo_is_read_in_the_worker_with_page_progress(pool: ExtractionPool) -> None:
    pages: list[tuple[int, int]] = []

    async def on_page(page: int, total: int) -> None:
        pages.append((page, total))

    data = images.encode(images.text_page(), "JPEG", quality=85)
    result = await extract_text_async(data, "photo.jpg", pool=pool, on_page=on_page)
    assert result.ocr and "dana.whitfield@example.org" in result.text
    assert pages == [(1, 1)]


def test_hostile_pictures_end_cleanly_in_the_worker(pool: ExtractionPool) -> None:
    from atspro.analysis.documents import errors

    for data, error in (
        (images.png_header_only(12_000, 12_000), errors.ImageTooLarge),
        (images.animated("WEBP"), errors.AnimatedImage),
        (images.truncated_jpeg(), errors.CorruptImage),
    ):
        with pytest.raises(error):
            extract_text_limited(data, "photo", pool=pool)

"""Time-limited extraction in worker processes: results, timeouts, crashes, replacement."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from atspro.analysis.documents.errors import (
    CorruptFile,
    ExtractionTimeout,
    FileTooLarge,
    TooManyPages,
)
from atspro.analysis.documents.extract import ExtractLimits, extract_text
from atspro.extract_pool import ExtractionPool, extract_text_async, extract_text_limited
from tests.fixtures import workers
from tests.fixtures.documents import (
    SAMPLE_RESUME_LINES,
    make_pdf,
    make_resume_docx,
    make_resume_pdf,
    repeat_pages,
)
from tests.hang import HANG_GUARD_S


@pytest.fixture(scope="module")
def pool() -> Iterator[ExtractionPool]:
    pool = ExtractionPool(max_workers=1)
    pool.call(workers.worker_pid, timeout=120)  # started and ready: deadlines exclude start-up
    yield pool
    pool.close()


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a killed child that was reaped is gone; one not yet reaped would be a zombie
    try:
        with open(f"/proc/{pid}/status") as status:
            return "zombie" not in status.read()
    except FileNotFoundError:
        return False


def test_worker_result_equals_in_process_result(pool: ExtractionPool) -> None:
    for data in (make_resume_pdf(), make_resume_docx()):
        assert extract_text_limited(data, "resume", pool=pool) == extract_text(data, "resume")


def test_errors_from_the_worker_keep_their_type_and_message(pool: ExtractionPool) -> None:
    data = make_pdf(["x"], pages=30)
    with pytest.raises(TooManyPages) as info:
        extract_text_limited(data, pool=pool)
    assert info.value.pages == 30
    with pytest.raises(ValueError, match="bad input"):
        pool.call(workers.fail_with_value_error, timeout=10)


def test_hanging_parse_is_killed_at_the_time_limit_and_the_worker_replaced(
    pool: ExtractionPool,
) -> None:
    hung_pid = pool.call(workers.worker_pid, timeout=10)
    started = time.perf_counter()
    with pytest.raises(ExtractionTimeout) as info:
        pool.call(workers.hang_forever, timeout=0.5)
    # Killed by this call's deadline (its detail names it), never before it; the upper bound is
    # only a hang guard (the job itself never ends), so a loaded machine's slow kill passes.
    assert info.value.detail == "no result within 0.5s"
    assert 0.5 <= time.perf_counter() - started < HANG_GUARD_S
    assert "took too long" in info.value.user_message
    assert not pid_alive(hung_pid)
    # the next job gets a fresh worker and works
    assert pool.call(workers.worker_pid, timeout=10) != hung_pid
    assert "Alex Morgan" in extract_text_limited(make_resume_pdf(), pool=pool).text


def test_slow_real_extraction_hits_the_time_limit(pool: ExtractionPool) -> None:
    data = repeat_pages(make_resume_pdf(), 60)  # 120 dense pages: ~10x the time limit
    limits = ExtractLimits(max_pages=200, timeout_s=0.05)
    with pytest.raises(ExtractionTimeout) as info:
        extract_text_limited(data, limits=limits, pool=pool)
    # The deadline ended it (a finished extraction would have returned its text); no wall-clock
    # bound, which a loaded machine's slow kill would break.
    assert info.value.detail == "no result within 0.05s"
    assert extract_text_limited(b"Alex Morgan, engineer", pool=pool).word_count == 3


def test_a_crashed_worker_becomes_a_clear_error(pool: ExtractionPool) -> None:
    with pytest.raises(CorruptFile) as info:
        pool.call(workers.crash_hard, timeout=10)
    assert "exit code 3" in info.value.detail
    assert pool.call(workers.worker_pid, timeout=10) > 0


def test_oversized_input_is_refused_before_it_reaches_a_worker(pool: ExtractionPool) -> None:
    with pytest.raises(FileTooLarge):
        extract_text_limited(b"x" * 2048, limits=ExtractLimits(max_bytes=1024), pool=pool)


async def test_async_extraction(pool: ExtractionPool) -> None:
    result = await extract_text_async(make_resume_docx(), "cv.docx", pool=pool)
    assert result.kind == "docx"
    assert SAMPLE_RESUME_LINES[0] in result.text


def test_workers_are_recycled_after_their_job_quota() -> None:
    recycling = ExtractionPool(max_workers=1, max_jobs_per_worker=2)
    try:
        pids = [recycling.call(workers.worker_pid, timeout=10) for _ in range(4)]
    finally:
        recycling.close()
    assert pids[0] == pids[1] != pids[2] == pids[3]


def test_closed_pool_refuses_work() -> None:
    closed = ExtractionPool(max_workers=1)
    closed.close()
    with pytest.raises(RuntimeError):
        closed.call(workers.worker_pid, timeout=1)


def test_worker_log_lines_go_through_the_parents_logging(
    pool: ExtractionPool, caplog: pytest.LogCaptureFixture
) -> None:
    """LOG_FORMAT=json must hold for lines logged inside extraction workers too: they come
    back to this process's handlers instead of a bare line on the worker's stderr."""
    with caplog.at_level("INFO"):
        assert pool.call(workers.log_a_warning, timeout=20) == "done"
    lines = [r for r in caplog.records if r.name == "atspro.analysis.documents.extract"]
    assert [r.getMessage() for r in lines] == ["extraction of a pdf failed"]
    assert lines[0].levelname == "WARNING"

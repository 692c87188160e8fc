"""A long paste Telegram split into parts, with the bot restarted between the parts: the
joining window lives in the task table, not in the process, so the parts still make one
posting and one card (before: the next part became a job of its own)."""

from __future__ import annotations

import asyncpg

from atspro.sandbox.paste import split_like_telegram
from atspro.tasks.queue import CHANNEL
from tests.bot_harness import make_settings, running_bot, wait_db
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import is_bot

LONG_POSTING = (
    JOB_TEXT
    + "\nAbout the team\n"
    + "\n".join(
        f"- The platform team ships change {i} to billing and search every week." for i in range(80)
    )
)


async def test_paste_parts_join_across_a_restart(pool: asyncpg.Pool) -> None:
    parts = split_like_telegram(LONG_POSTING)
    assert len(parts) >= 2
    # The window is the setting's longest (30 s), longer than any restart; the test ends it
    # itself once every part has joined (as the clock would), instead of sleeping through a
    # window sized for the slowest restart.
    settings = make_settings(paste_join_s=30.0)
    async with running_bot(pool, settings) as bot:
        user = await bot.user(5201, "Pat")
        await user.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
        await user.wait_for(lambda m: is_bot(m, "Resume received"))
        await user.send_text(parts[0])
        await wait_db(pool, "SELECT count(*) FROM tasks WHERE kind = 'ingest_job'")
    async with running_bot(pool, settings) as bot:  # a new process: nothing kept in memory
        user = await bot.user(5201, "Pat")
        for part in parts[1:]:
            await user.send_text(part)
        await wait_db(
            pool,
            "SELECT count(*) = 1 FROM tasks WHERE kind = 'ingest_job'"
            " AND (SELECT count(*) FROM jsonb_object_keys(payload->'parts')) = $1",
            len(parts) - 1,
        )
        await pool.execute(  # the window ends: the task is due now, and the workers are told
            f"UPDATE tasks SET run_after = now() WHERE kind = 'ingest_job'; NOTIFY {CHANNEL}"
        )
        await wait_db(
            pool, "SELECT count(*) = 1 FROM tasks WHERE kind = 'ingest_job' AND status = 'done'"
        )
        await user.wait_for(lambda m: is_bot(m, "Match score"))
        texts = [m["text"] for m in await bot.bot_messages(5201)]
    assert await pool.fetchval("SELECT count(*) FROM tasks WHERE kind = 'ingest_job'") == 1
    assert await pool.fetchval("SELECT count(*) FROM job_documents") == 1
    assert sum("Match score:" in t for t in texts) == 1
    raw = await pool.fetchval("SELECT raw_text FROM job_documents")
    assert "change 79" in raw  # the last part is in the posting

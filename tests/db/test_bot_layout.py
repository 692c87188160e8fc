"""Through the bot: a two-column resume gets the column warning (the layout facts the extractor
found reach the scorer unchanged; they used to be lost between a bool and an int)."""

from __future__ import annotations

import json

import asyncpg

from tests.bot_harness import running_bot
from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import is_bot


async def test_two_column_resume_gets_the_column_warning(pool: asyncpg.Pool) -> None:
    async with running_bot(pool) as bot:
        user = await bot.user(4101, "Col")
        pdf = make_pdf(SAMPLE_RESUME_LINES, columns=2)
        await user.send_document("two-columns.pdf", pdf, mime_type="application/pdf")
        await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
        await user.send_text(JOB_TEXT)
        await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    stored = await pool.fetchval(
        'SELECT optimization_data FROM optimization_results r JOIN "user" u ON u.id = r.user_id '
        "WHERE u.telegram_user_id = 4101"
    )
    report = json.loads(stored) if isinstance(stored, str) else stored
    check = next(c for c in report["checks"] if c["name"] == "file_type")
    assert not check["passed"] and "several columns" in check["evidence"]

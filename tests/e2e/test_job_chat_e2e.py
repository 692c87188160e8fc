"""End to end over HTTP (emulator + the bot as `make run` starts it): how a job reaches the bot.

- a paste longer than Telegram's 4,096 characters arrives as several messages and is read as
  one posting: one status message, one job, one score;
- a text that is not a posting gets "This doesn't look like a job posting: …" and no score;
- a resume sent where a job was expected (and a job file sent as a resume) is asked about with
  two buttons instead of being used the wrong way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from atspro.sandbox.client import SandboxClient
from atspro.sandbox.paste import split_like_telegram
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import (
    RunningSandbox,
    button_data,
    is_bot,
    running_sandbox,
    sandbox_settings,
)

LONG_POSTING = (
    JOB_TEXT
    + "\nAbout the team\n"
    + "\n".join(
        f"- Our platform team ships change {i} to billing, search and reporting every week, "
        "reviews designs together and keeps the on-call load low for everyone."
        for i in range(90)
    )
    + "\n\nApply now with your CV. We are an equal opportunity employer.\n"
)
BLOG_POST = """\
Welcome to our blog
Posted on March 3, 2025 by the editorial desk · 6 min read

Five pasta dishes from Italian grandmothers. In this post we share our favourite recipes from
a trip through Umbria. Read more about our travels below and leave a comment with your own
family recipe. Share this article with a friend. Tags: cooking, Italian, travel.
"""


@pytest.fixture
async def sandbox(db_dsn: str) -> AsyncIterator[RunningSandbox]:
    async with running_sandbox(sandbox_settings(db_dsn, paste_join_s=1.5)) as running:
        yield running


async def _with_resume(user: SandboxClient) -> None:
    await user.send_document("resume.pdf", make_resume_pdf(), mime_type="application/pdf")
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)


async def test_a_long_paste_split_by_telegram_is_one_posting(sandbox: RunningSandbox) -> None:
    assert len(split_like_telegram(LONG_POSTING)) >= 2
    async with SandboxClient(sandbox.base_url, user_id=3001) as user:
        await _with_resume(user)
        await user.send_text(LONG_POSTING)  # the web chat sends it as several messages
        card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=60)
        assert "Senior Python Developer" in card["text"]
        messages = await user.messages()
    postings = [m for m in messages if is_bot(m, "Senior Python Developer") and "💼" in m["text"]]
    assert len(postings) == 1  # one posting: the card names it (no part became a job of its own)
    assert len([m for m in messages if is_bot(m, "Match score")]) == 1
    assert not [m for m in messages if is_bot(m, "Send me your")]  # no part was left unread


async def test_not_a_job_gets_a_reason_and_no_score(sandbox: RunningSandbox) -> None:
    async with SandboxClient(sandbox.base_url, user_id=3002) as user:
        await _with_resume(user)
        await user.send_text("/job")
        await user.wait_for(lambda m: is_bot(m, "Send the job now"))
        await user.send_text(BLOG_POST)
        answer = await user.wait_for(
            lambda m: is_bot(m, "doesn't look like a job posting"), timeout=30
        )
        assert "blog" in answer["text"]
        await user.send_text("/help")  # anything queued after the answer has arrived by now
        await user.wait_for(lambda m: is_bot(m, "/job"), timeout=30)
        assert not [m for m in await user.messages() if is_bot(m, "Match score")]


async def test_a_resume_sent_as_the_job_is_asked_about(sandbox: RunningSandbox) -> None:
    async with SandboxClient(sandbox.base_url, user_id=3003) as user:
        await user.send_text("/job")
        await user.wait_for(lambda m: is_bot(m, "Send the job now"))
        await user.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
        question = await user.wait_for(lambda m: is_bot(m, "looks like a resume"), timeout=30)
        buttons = button_data(question)
        assert len(buttons) == 2
        await user.press(question["message_id"], buttons[0])  # yes, it is my resume
        await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)


async def test_a_job_file_sent_as_a_resume_is_asked_about(sandbox: RunningSandbox) -> None:
    async with SandboxClient(sandbox.base_url, user_id=3004) as user:
        await user.send_document("job.txt", JOB_TEXT.encode(), mime_type="text/plain")
        question = await user.wait_for(lambda m: is_bot(m, "looks like a job posting"), timeout=30)
        buttons = button_data(question)
        assert len(buttons) == 2
        await user.press(question["message_id"], buttons[0])  # yes, use it as the job
        job = await user.wait_for(
            lambda m: is_bot(m, "Senior Python Developer") and "Must have" in m["text"],
            timeout=30,
        )
        assert "Now send your resume" in job["text"]


async def test_a_short_clear_posting_pasted_in_chat_is_read_as_a_job(
    sandbox: RunningSandbox,
) -> None:
    short = (
        "Barista (part-time)\nResponsibilities:\n- Prepare espresso drinks\n- Keep the counter "
        "clean\nRequirements:\n- 1 year of cafe experience\n- Latte art\n- Weekend availability"
    )
    assert len(short) < 400
    async with SandboxClient(sandbox.base_url, user_id=3005) as user:
        await user.send_text(short)
        job = await user.wait_for(lambda m: is_bot(m, "Barista"), timeout=30)
        assert "Now send your resume" in job["text"]

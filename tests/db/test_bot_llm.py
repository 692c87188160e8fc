"""The bot with an LLM configured: a rule-based fake OpenAI-compatible server on 127.0.0.1
answers every agent; the AI buttons appear, work, and their rewrites reach the tailored DOCX."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import docx
import pytest
from aiohttp import web

from atspro.agents.schemas import BulletRewrite, CoverLetterDraft, JobDraft, ResumeDraft, Rewrites
from tests.bot_harness import BotHarness, make_settings, running_bot, wait_db
from tests.db.test_bot import upload_resume
from tests.fixtures.postings import JOB_TEXT
from tests.local_server import serve
from tests.sandbox_helpers import button_data, is_bot

BULLET = "Mentored 4 junior engineers; two were promoted within 18 months."
REWRITTEN = "Mentored 4 junior engineers, two of whom were promoted within 18 months."


def _answer_for(schema: dict[str, Any]) -> str:
    """Rules, not intelligence: pick the output by the shape the agent asks for."""
    props = set(schema.get("properties", {}))
    if "paragraphs" in props:
        return CoverLetterDraft(
            paragraphs=[
                "I am applying for the Senior Python Developer role at Acme Analytics.",
                "At Northwind Payments I led a team of 6 engineers migrating 40 microservices to Kubernetes.",
                "I would be glad to talk about how I can help your data services team.",
            ]
        ).model_dump_json()
    if "bullets" in props:
        return Rewrites(
            bullets=[
                BulletRewrite(original=BULLET, rewritten=REWRITTEN, reason="reads as one result")
            ],
            notes=["Lead with your Kubernetes migration."],
        ).model_dump_json()
    if "required_skills" in props:
        return JobDraft().model_dump_json()
    return ResumeDraft().model_dump_json()


@pytest.fixture
async def fake_llm() -> AsyncIterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []

    async def completions(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(body)
        schema = body.get("response_format", {}).get("json_schema", {}).get("schema", {})
        return web.json_response(
            {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": _answer_for(schema)},
                    }
                ],
                "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
            }
        )

    app = web.Application()
    app.router.add_post("/v1/chat/completions", completions)
    async with serve(app) as base_url:
        yield f"{base_url}/v1", seen


@pytest.fixture
async def bot(pool: asyncpg.Pool, fake_llm: tuple[str, list]) -> AsyncIterator[BotHarness]:
    settings = make_settings(openai_api_key="sk-test-fake-llm-key", openai_base_url=fake_llm[0])
    async with running_bot(pool, settings) as harness:
        yield harness


async def test_ai_buttons_rewrite_cover_letter_and_docx(
    bot: BotHarness, fake_llm: tuple[str, list[dict[str, Any]]], pool: asyncpg.Pool
) -> None:
    user = await bot.user(4001, "Alex")
    await upload_resume(user)
    await user.send_text(JOB_TEXT)
    card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    buttons = {data[:2]: data for data in button_data(card)}
    assert {"rw", "cl", "sg", "dx"} <= set(buttons)
    assert fake_llm[1], "extraction agents ran on ingest"
    resume_meta = await pool.fetchval("SELECT metadata FROM resume_documents")
    assert resume_meta["llm"]["engine"] == "llm" and resume_meta["llm"]["total_tokens"] == 120

    await user.press(card["message_id"], buttons["rw"])
    rewrite = await user.wait_for(lambda m: is_bot(m, "Bullet rewrites"), timeout=30)
    assert REWRITTEN in rewrite["text"] and BULLET in rewrite["text"]

    await user.press(card["message_id"], buttons["cl"])
    letter = await user.wait_for(lambda m: is_bot(m, "Cover letter"), timeout=30)
    assert "40 microservices to Kubernetes" in letter["text"]

    await user.press(card["message_id"], buttons["dx"])
    sent = await user.wait_for(
        lambda m: m["sender"] == "bot" and "document" in m["message"], timeout=30
    )
    data = await user.download(sent["message"]["document"]["file_id"])
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert REWRITTEN in text and BULLET not in text  # the grounded rewrite replaced the bullet

    meta = await pool.fetchval("SELECT metadata FROM optimization_results")
    assert meta["rewrites"] == {BULLET: REWRITTEN} and meta["cover_letter"]["paragraphs"]
    counts = dict(await pool.fetch("SELECT kind, sum(count) FROM usage_counters GROUP BY kind"))
    # Reading (resume, job) and writing (rewrite, letter) are counted against separate allowances.
    assert counts["llm_extract"] == 2 and counts["llm"] == 2
    assert all(body.get("store") is False for body in fake_llm[1])
    # The documents went to the model as data, inside delimiters.
    sent_text = json.dumps(fake_llm[1])
    assert "Northwind Payments" in sent_text


async def test_quota_exhausted_falls_back_with_an_answer(
    pool: asyncpg.Pool, fake_llm: tuple[str, list[dict[str, Any]]]
) -> None:
    settings = make_settings(
        openai_api_key="sk-test-fake-llm-key", openai_base_url=fake_llm[0], llm_daily_quota=1
    )
    async with running_bot(pool, settings) as bot:
        user = await bot.user(4002, "Quo")
        await upload_resume(user)
        await user.send_text(JOB_TEXT)
        card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
        buttons = {data[:2]: data for data in button_data(card)}
        # Reading the two documents did not spend the one writing run of the day.
        await user.press(card["message_id"], buttons["rw"])
        await user.wait_for(lambda m: is_bot(m, "Bullet rewrites"), timeout=30)
        calls_before = len(fake_llm[1])
        await user.press(card["message_id"], buttons["cl"])
        answer = await user.wait_for(lambda m: is_bot(m, "AI writing allowance"), timeout=30)
        assert "All suggestions" in answer["text"]  # points to what still works
        assert len(fake_llm[1]) == calls_before  # the quota stopped the call before the network


async def test_ai_button_during_a_database_blip_answers_once(
    pool: asyncpg.Pool, fake_llm: tuple[str, list], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's request commits before anything is said: a database error while it is
    queued leaves no "Writing…" message behind, and the replay answers once (its button
    press, already answered, is let go)."""
    settings = make_settings(openai_api_key="sk-test-fake-llm-key", openai_base_url=fake_llm[0])
    async with running_bot(pool, settings, rate_limit=True) as bot:  # as in production
        user = await bot.user(4003, "Bea")
        await upload_resume(user)
        await user.send_text(JOB_TEXT)
        card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
        await wait_db(pool, "SELECT bool_and(status = 'done') FROM tasks", timeout=30)
        before = len(await bot.bot_messages(4003))
        queue, calls = bot.svc.queue, {"n": 0}
        enqueue = queue.enqueue

        async def flaky(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == 1:
                raise ConnectionError("the database went away")
            return await enqueue(*args, **kwargs)

        monkeypatch.setattr(queue, "enqueue", flaky)
        rw = next(b for b in button_data(card) if b.startswith("rw:"))
        await user.press(card["message_id"], rw)
        await user.wait_for(lambda m: is_bot(m, "Bullet rewrites"), timeout=30)
        await wait_db(pool, "SELECT count(*) FROM tasks WHERE kind = 'rewrite' AND status = 'done'")
        new = (await bot.bot_messages(4003))[before:]
    assert calls["n"] >= 2  # failed once, queued on the replay
    assert [m for m in new if "Bullet rewrites" in m["text"]] == new, [m["text"] for m in new]

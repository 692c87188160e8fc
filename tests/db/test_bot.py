"""The Telegram bot: real PTB Application, emulator transport, real PostgreSQL, real files."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from PIL import Image

from atspro.bot.inbox import UpdateIntake
from atspro.sandbox.client import SandboxClient
from tests import sandbox_helpers
from tests.bot_harness import ADMIN_TG, BotHarness, make_settings, running_bot, wait_db
from tests.fixtures.documents import make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import is_bot


@pytest.fixture
async def bot(pool: asyncpg.Pool) -> AsyncIterator[BotHarness]:
    async with running_bot(pool) as harness:
        yield harness


@pytest.fixture
async def job_site() -> AsyncIterator[str]:
    async with sandbox_helpers.job_site() as base_url:
        yield base_url


async def upload_resume(user: SandboxClient) -> dict[str, Any]:
    await user.send_document("resume.pdf", make_resume_pdf(), mime_type="application/pdf")
    return await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)


async def test_first_contact_creates_user_and_session(bot: BotHarness, pool: asyncpg.Pool) -> None:
    user = await bot.user(1001, "Ann", "ann")
    await user.send_text("/start")
    reply = await user.wait_for(lambda m: is_bot(m, "Welcome to ATSPro"))
    assert "<" not in reply["text"]  # HTML was parsed by the emulator, not shown raw
    row = await pool.fetchrow('SELECT * FROM "user" WHERE telegram_user_id = 1001')
    assert row["username"] == "ann" and row["first_name"] == "Ann"
    assert (
        await pool.fetchval(
            "SELECT count(*) FROM sessions WHERE user_id = $1 AND chat_id = 1001", row["id"]
        )
        == 1
    )


async def test_resume_job_link_score_card_and_buttons(
    bot: BotHarness, job_site: str, pool: asyncpg.Pool
) -> None:
    user = await bot.user(1002, "Bo")
    status = await user.send_document("resume.pdf", make_resume_pdf(), mime_type="application/pdf")
    summary = await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    assert summary["edit_count"] == 0  # one message, sent once (no status message to edit)
    assert summary["message_id"] > status["message_id"]
    await user.send_text(f"{job_site}/jobs/data-engineer")
    job = await user.wait_for(lambda m: is_bot(m, "Data Engineer"), timeout=30)
    assert "Globex" in job["text"]
    card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    buttons = [
        b["callback_data"]
        for row in card["message"]["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    assert any(b.startswith("sg:") for b in buttons) and any(b.startswith("dx:") for b in buttons)
    photo = await user.wait_for(
        lambda m: m["sender"] == "bot" and "photo" in m["message"], timeout=30
    )
    image = await user.download(photo["message"]["photo"][-1]["file_id"])
    with Image.open(io.BytesIO(image)) as picture:  # Telegram re-encodes photos as JPEG
        assert picture.width >= 600 and picture.height >= 600
    # Every button works.
    sg = next(b for b in buttons if b.startswith("sg:"))
    await user.press(card["message_id"], sg)
    await user.wait_for(lambda m: is_bot(m, "All suggestions") or is_bot(m, "No suggestions"))
    dx = next(b for b in buttons if b.startswith("dx:"))
    await user.press(card["message_id"], dx)
    doc = await user.wait_for(
        lambda m: m["sender"] == "bot" and "document" in m["message"], timeout=30
    )
    assert doc["message"]["document"]["file_name"].endswith(".docx")
    data = await user.download(doc["message"]["document"]["file_id"])
    assert data[:2] == b"PK"
    await user.press(card["message_id"], "sw:")
    listing = await user.wait_for(lambda m: is_bot(m, "Your resumes"))
    use = listing["message"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await user.press(listing["message_id"], use)
    await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    uid = await pool.fetchval('SELECT id FROM "user" WHERE telegram_user_id = 1002')
    assert (
        await pool.fetchval("SELECT count(*) FROM optimization_results WHERE user_id = $1", uid)
        == 2
    )


async def test_pasted_job_text_then_resume(bot: BotHarness) -> None:
    user = await bot.user(1003, "Cy")
    await user.send_text(JOB_TEXT)
    await user.wait_for(lambda m: is_bot(m, "Senior Python Developer"), timeout=30)
    await upload_resume(user)
    card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    assert "/100" in card["text"]


async def test_job_command_then_file(bot: BotHarness) -> None:
    user = await bot.user(1004, "Di")
    await user.send_text("/job")
    await user.wait_for(lambda m: is_bot(m, "Send the job now"))
    await user.send_document("job.txt", JOB_TEXT.encode(), mime_type="text/plain")
    await user.wait_for(lambda m: is_bot(m, "Senior Python Developer"), timeout=30)


async def test_commands(bot: BotHarness, pool: asyncpg.Pool) -> None:
    user = await bot.user(1005, "Ed")
    await upload_resume(user)
    await user.send_text(JOB_TEXT)
    await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    await user.send_text("/help")
    await user.wait_for(lambda m: is_bot(m, "What I can do"))
    await user.send_text("/resumes")
    await user.wait_for(lambda m: is_bot(m, "Your resumes") and "active" in m["text"])
    await user.send_text("/jobs")
    await user.wait_for(lambda m: is_bot(m, "Your jobs"))
    await user.send_text("/history")
    hist = await user.wait_for(lambda m: is_bot(m, "past analyses"))
    assert "/100" in hist["text"]
    await user.send_text("/search python")
    await user.wait_for(lambda m: is_bot(m, "Results for"))
    await user.send_text("/search zzzqqq")
    await user.wait_for(lambda m: is_bot(m, "Nothing in your documents"))
    await user.send_text("/profile title Data Engineer")
    prof = await user.wait_for(lambda m: is_bot(m, "Your profile"))
    assert "Data Engineer" in prof["text"]
    await user.send_text("/status")
    await user.wait_for(lambda m: is_bot(m, "Nothing in progress") or is_bot(m, "In progress"))
    await user.send_text("/export")
    exp = await user.wait_for(lambda m: m["sender"] == "bot" and "document" in m["message"])
    data = json.loads(await user.download(exp["message"]["document"]["file_id"]))
    assert len(data["resumes"]) == 1 and len(data["jobs"]) == 1 and len(data["results"]) == 1
    await user.send_text("/cancel")
    await user.wait_for(lambda m: is_bot(m, "nothing to cancel"))
    await user.send_text("/nonsense")
    await user.wait_for(lambda m: is_bot(m, "don't know that command"))
    await user.send_text("/delete")
    confirm = await user.wait_for(lambda m: is_bot(m, "cannot be undone"))
    await user.press(confirm["message_id"], "da:yes")
    await user.wait_for(lambda m: is_bot(m, "Everything about you is erased"))
    assert await pool.fetchval('SELECT count(*) FROM "user" WHERE telegram_user_id = 1005') == 0
    assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 0


async def test_forged_callbacks_are_refused(bot: BotHarness, pool: asyncpg.Pool) -> None:
    alice = await bot.user(1006, "Alice")
    await upload_resume(alice)
    await alice.send_text(JOB_TEXT)
    card = await alice.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    result_id = await pool.fetchval("SELECT id FROM optimization_results")
    resume_id = await pool.fetchval("SELECT id FROM resume_documents")
    mallory = await bot.user(1007, "Mallory")
    await mallory.send_text("/resumes")
    listing = await mallory.wait_for(lambda m: is_bot(m, "no resumes"))
    for data in (f"sg:{result_id}", f"dx:{result_id}", f"ar:{resume_id}", f"dr:{resume_id}"):
        await mallory.press(listing["message_id"], data, force=True)
        answer = await mallory.wait_for_event(lambda e: e["type"] == "callback_answer")
        text = answer.get("text", "").lower()
        assert "not found" in text or "no longer available" in text
    assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 1
    assert len([m for m in await bot.bot_messages(1007)]) == 1  # only the empty listing
    assert card["message_id"]


async def test_banned_user_gets_nothing(bot: BotHarness, pool: asyncpg.Pool) -> None:
    user = await bot.user(1008, "Ban")
    await user.send_text("/start")
    await user.wait_for(lambda m: is_bot(m, "Welcome"))
    await pool.execute('UPDATE "user" SET is_banned = TRUE WHERE telegram_user_id = 1008')
    before = await pool.fetchval("SELECT count(*) FROM processed_updates")
    await user.send_text("/help")
    await wait_db(pool, "SELECT count(*) > $1 FROM processed_updates", before)
    await wait_db(
        pool,
        "SELECT last_seen_at > now() - interval '5 s' FROM \"user\" WHERE telegram_user_id = 1008",
    )
    await asyncio.sleep(0)  # the stop happens right after the user row is read
    texts = [m["text"] for m in await bot.bot_messages(1008)]
    assert not any("What I can do" in t for t in texts)


async def test_oversize_upload_refused_before_download(pool: asyncpg.Pool) -> None:
    settings = make_settings(max_file_bytes=50_000)
    async with running_bot(pool, settings) as bot:
        user = await bot.user(1009, "Big")
        await user.send_document(
            "huge.pdf", b"%PDF-1.4\n" + b"0" * 60_000, mime_type="application/pdf"
        )
        await user.wait_for(lambda m: is_bot(m, "the limit is"))
        assert "getFile" not in bot.transport.calls


async def test_hostile_file_gets_friendly_error(bot: BotHarness) -> None:
    user = await bot.user(1010, "Eve")
    await user.send_document("resume.pdf", bytes(range(256)) * 40, mime_type="application/pdf")
    msg = await user.wait_for(lambda m: is_bot(m, "❌"), timeout=30)
    assert "Traceback" not in msg["text"]
    await user.send_document("cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    msg = await user.wait_for(lambda m: is_bot(m, "❌"), timeout=30)
    assert "DOCX" in msg["text"] or "PDF" in msg["text"]


async def test_photo_without_text_gets_a_photo_tip(bot: BotHarness) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buf, "PNG")
    user = await bot.user(1011, "Pic")
    await user.send_photo("cv.png", buf.getvalue())
    await user.wait_for(lambda m: is_bot(m, "❌") and "Tip" in m["text"], timeout=60)


async def test_same_update_twice_is_processed_once(bot: BotHarness, pool: asyncpg.Pool) -> None:
    user = await bot.user(1012, "Dup")
    await user.send_text("/start")
    await user.wait_for(lambda m: is_bot(m, "Welcome"))
    payload = {
        "update_id": 987654,
        "message": {
            "message_id": 5000,
            "date": 1700000000,
            "text": "/help",
            "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            "chat": {"id": 1012, "type": "private", "first_name": "Dup"},
            "from": {"id": 1012, "is_bot": False, "first_name": "Dup"},
        },
    }
    intake = UpdateIntake(bot.app, bot.svc)
    # Telegram delivers it twice (the confirmation was lost): stored once, handled once ...
    assert await intake.store([payload]) == [987654]
    assert await intake.store([payload]) == []
    intake.dispatch([987654])
    await wait_db(pool, "SELECT count(*) = 1 FROM processed_updates WHERE update_id = 987654")
    # ... and even a forced second run of a done update does nothing.
    intake.dispatch([987654], force=True)
    await intake.drain()
    helps = [m for m in await bot.bot_messages(1012) if "What I can do" in m["text"]]
    assert len(helps) == 1


async def test_upload_rate_limit(pool: asyncpg.Pool) -> None:
    async with running_bot(pool, make_settings(uploads_per_hour=1)) as bot:
        user = await bot.user(1013, "Fast")
        await user.send_text(JOB_TEXT)
        await user.wait_for(lambda m: is_bot(m, "Senior Python Developer"), timeout=30)
        await user.send_text(JOB_TEXT)
        await user.wait_for(lambda m: is_bot(m, "limit of 1 upload"))


async def test_admin_commands_invisible_to_others(bot: BotHarness) -> None:
    user = await bot.user(1014, "Norm")
    for command in ("/stats", "/ban 1", "/broadcast hi", "/tasks", "/health", "/user 1"):
        await user.send_text(command)
        await user.wait_for(lambda m: is_bot(m, "don't know that command"))
    admin = await bot.user(ADMIN_TG, "Root")
    await admin.send_text("/stats")
    await admin.wait_for(lambda m: is_bot(m, "Stats") and "Users:" in m["text"])

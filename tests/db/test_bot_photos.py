"""Photos, albums and scans of a resume reach a score card through the real bot and emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest

from atspro.analysis.documents.ocr import ocr_available
from tests.bot_harness import BotHarness, make_settings, running_bot
from tests.fixtures import images
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import is_bot

pytestmark = [
    pytest.mark.skipif(not ocr_available(), reason="OCR packages are not installed"),
    pytest.mark.timeout(300),  # OCR on a busy 2-core machine is slow
]
OCR_WAIT = 120  # seconds: OCR on a busy 2-core machine is slow


@pytest.fixture
async def bot(pool: asyncpg.Pool) -> AsyncIterator[BotHarness]:
    async with running_bot(pool, make_settings(task_timeout_s=180)) as harness:
        yield harness


async def job_first(bot: BotHarness, user_id: int) -> Any:
    user = await bot.user(user_id, "Pat")
    await user.send_text(JOB_TEXT)
    await user.wait_for(lambda m: is_bot(m, "Senior Python Developer"), timeout=30)
    return user


async def test_a_photo_of_a_resume_reaches_a_score_card(bot: BotHarness) -> None:
    user = await job_first(bot, 2101)
    await user.send_photo("cv.jpg", images.encode(images.text_page(), "JPEG", quality=85))
    summary = await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=OCR_WAIT)
    assert "Read from an image" in summary["text"]
    assert "Dana Whitfield" in summary["text"]
    card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=OCR_WAIT)
    assert "/100" in card["text"]


async def test_an_album_of_three_photos_is_one_resume(bot: BotHarness, pool: asyncpg.Pool) -> None:
    user = await job_first(bot, 2102)
    lines = images.RESUME_LINES
    pages = [lines[:2], lines[2:5], lines[5:]]
    await user.send_album(
        [(f"p{n}.jpg", images.encode(images.text_page(p), "JPEG")) for n, p in enumerate(pages)]
    )
    summary = await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=OCR_WAIT)
    assert "Dana Whitfield" in summary["text"] and "Kubernetes" in summary["text"]
    await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=OCR_WAIT)
    uid = await pool.fetchval('SELECT id FROM "user" WHERE telegram_user_id = 2102')
    rows = await pool.fetch(
        "SELECT raw_text, metadata FROM resume_documents WHERE user_id = $1", uid
    )
    assert len(rows) == 1, "three photos of one album are one resume"
    text = rows[0]["raw_text"]
    assert text.index("Whitfield") < text.index("Larkspur") < text.index("Kubernetes")


async def test_an_image_only_pdf_reaches_a_score_card(bot: BotHarness) -> None:
    user = await job_first(bot, 2103)
    scan = images.scanned_pdf([images.text_page()])
    await user.send_document("scan.pdf", scan, mime_type="application/pdf")
    summary = await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=OCR_WAIT)
    assert "Read from an image" in summary["text"]
    card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=OCR_WAIT)
    assert "image" in card["text"].lower()  # the ATS check on image-only files stays


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("poster.png", images.png_header_only(12_000, 12_000), "12,000×12,000"),
        ("anim.webp", images.animated("WEBP"), "animation"),
        ("broken.jpg", images.truncated_jpeg(), "damaged"),
        ("scan.pdf", images.scanned_pdf([images.text_page()] * 20), "20 scanned pages"),
    ],
)
async def test_hostile_pictures_get_a_specific_answer(
    bot: BotHarness, name: str, data: bytes, says: str
) -> None:
    user = await bot.user(2110, "Hal")
    await user.send_document(name, data)
    answer = await user.wait_for(lambda m: is_bot(m, "❌"), timeout=60)
    assert says in answer["text"] and "Traceback" not in answer["text"]


JOB_SHOTS = (
    ("Data Engineer - Corvid Freight", "Requirements", "5+ years of experience with Python"),
    ("Strong SQL and PostgreSQL skills", "Experience with Kafka and Airflow"),
)


async def test_screenshots_of_a_posting_sent_as_the_job_are_one_job_with_progress(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    """An album sent after /job is read whole (not only its first photo), and the status
    message shows the page being read."""
    edits: list[str] = []
    call = bot.emulator.api.call

    async def recording(method: str, params: Any) -> Any:
        if method.lower() == "editmessagetext":
            edits.append(str(params.raw("text")))
        return await call(method, params)

    bot.emulator.api.call = recording  # type: ignore[method-assign]
    user = await bot.user(2104, "Jo")
    await user.send_text("/job")
    await user.wait_for(lambda m: is_bot(m, "Send the job now"), timeout=30)
    await user.send_album(
        [(f"s{n}.png", images.encode(images.text_page(s))) for n, s in enumerate(JOB_SHOTS)]
    )
    await user.wait_for(lambda m: is_bot(m, "Must have"), timeout=OCR_WAIT)  # the job summary
    uid = await pool.fetchval('SELECT id FROM "user" WHERE telegram_user_id = 2104')
    raw = await pool.fetchval("SELECT raw_text FROM job_documents WHERE user_id = $1", uid)
    assert "Corvid" in raw and "Kafka" in raw, "both screenshots are read, in order"
    assert raw.index("Corvid") < raw.index("Kafka")
    assert any("Reading page 2 of 2" in text for text in edits)

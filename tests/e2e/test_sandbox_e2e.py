"""End to end over HTTP: the emulator on a port, the bot long-polling it as in `make run`.

A simulated user (SandboxClient, the client API the web chat uses) sends /start, a generated
PDF resume, a job as text and as a link, taps every button, and receives the score card (a
JPEG photo with the card as its caption and the buttons) and the tailored DOCX.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from atspro.sandbox.client import SandboxClient
from tests.fixtures.documents import make_resume_pdf
from tests.sandbox_helpers import (
    JOB_TEXT,
    RunningSandbox,
    button_data,
    has_media,
    is_bot,
    job_site,
    running_sandbox,
    sandbox_settings,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
async def sandbox(db_dsn: str) -> AsyncIterator[RunningSandbox]:
    async with running_sandbox(sandbox_settings(db_dsn)) as running:
        yield running


async def test_full_journey_over_http(sandbox: RunningSandbox) -> None:
    async with SandboxClient(sandbox.base_url, user_id=2001, first_name="Alex") as user:
        await user.send_text("/start")
        welcome = await user.wait_for(lambda m: is_bot(m, "Welcome to ATSPro"))
        assert "<b>" not in welcome["text"]  # parsed as HTML by the emulator
        assert any(e["type"] == "bold" for e in welcome["message"]["entities"])

        # The resume: the bot gets it with getFile + the file URL, over HTTP.
        await user.send_document("resume.pdf", make_resume_pdf(), mime_type="application/pdf")
        summary = await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
        assert "Alex Morgan" in summary["text"]

        # A pasted job: ONE message — the card picture, the card as its caption (naming the
        # job: no job summary of its own), the buttons under it.
        await user.send_text(JOB_TEXT)
        card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
        assert has_media(card, "photo")
        assert re.search(r"Match score: \d+/100", card["text"])
        assert "Senior Python Developer" in card["text"]
        assert any(e["type"] == "bold" for e in card["message"]["caption_entities"])
        buttons = button_data(card)
        assert {b.split(":")[0] for b in buttons} >= {"sg", "dx", "sw"}
        assert not [m for m in await user.messages() if is_bot(m, "Must have")]
        sizes = card["message"]["photo"]
        assert sizes == sorted(sizes, key=lambda p: p["width"])  # smallest first, like Telegram
        with Image.open(io.BytesIO(await user.download(sizes[-1]["file_id"]))) as picture:
            assert picture.format == "JPEG"
            assert (picture.width, picture.height) == (sizes[-1]["width"], sizes[-1]["height"])

        # 📝 All suggestions
        await user.press(card["message_id"], next(b for b in buttons if b.startswith("sg:")))
        tips = await user.wait_for(
            lambda m: is_bot(m, "All suggestions") or is_bot(m, "No suggestions")
        )
        assert tips["message_id"] > card["message_id"]

        # 📄 Tailored DOCX: download it and read it back with python-docx.
        await user.press(card["message_id"], next(b for b in buttons if b.startswith("dx:")))
        sent = await user.wait_for(lambda m: has_media(m, "document"), timeout=30)
        document = sent["message"]["document"]
        assert document["file_name"].endswith(".docx")
        assert document["file_name"].startswith("Alex_Morgan")
        docx = Document(io.BytesIO(await user.download(document["file_id"])))
        headings = [p.text for p in docx.paragraphs if p.style.name.startswith("Heading")]
        # standard names, in the original's case (its headings are in capitals)
        assert {"skills", "experience", "education"} <= {h.casefold() for h in headings}
        body = "\n".join(p.text for p in docx.paragraphs)
        assert "Alex Morgan" in body and "Northwind Payments" in body

        # 🔄 Switch resume: the list of resumes, then "Use" scores it again.
        await user.press(card["message_id"], "sw:")
        listing = await user.wait_for(lambda m: is_bot(m, "Your resumes"))
        assert "active" in listing["text"]
        use = next(b for b in button_data(listing) if b.startswith("ar:"))
        await user.press(listing["message_id"], use)
        toast = await user.wait_for_event(lambda e: e["type"] == "callback_answer")
        assert "Active resume set" in toast.get("text", "")
        rescored = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
        assert rescored["message_id"] > card["message_id"]


async def test_job_link_on_a_local_page(sandbox: RunningSandbox) -> None:
    async with job_site() as site, SandboxClient(sandbox.base_url, user_id=2002) as user:
        await user.send_text(f"{site}/jobs/data-engineer")
        job = await user.wait_for(lambda m: is_bot(m, "Data Engineer"), timeout=30)
        assert "Globex" in job["text"] and "Now send your resume" in job["text"]
        await user.send_document("cv.pdf", make_resume_pdf(), mime_type="application/pdf")
        await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
        card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
        assert "Data Engineer — Globex" in card["text"] and has_media(card, "photo")
        # The job came first: its summary stays (nothing to score then); the resume's summary
        # doesn't ask for a job the chat already has.
        texts = [m["text"] for m in await user.messages() if m["sender"] == "bot"]
        assert len(texts) == 3 and not any("Now send a job" in t for t in texts)
    # Every call the bot made was one the emulator knows.
    assert sandbox.emulator.api.unknown_methods == []


async def test_main_without_token_runs_the_sandbox(db_dsn: str, tmp_path: Path) -> None:
    """`python main.py` (what `make run` does) with no token: banner, a working chat, Ctrl-C."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("TELEGRAM_BOT_TOKEN", "OPENAI_API_KEY", "WEBHOOK_URL")
    }
    env.update(DATABASE_URL=db_dsn, SANDBOX_PORT="0", HEALTH_PORT="0", PYTHONUNBUFFERED="1")
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(REPO / "main.py"),
        cwd=tmp_path,  # no .env there
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    try:
        base = None
        async with asyncio.timeout(60):
            while base is None:
                line = (await proc.stdout.readline()).decode()
                assert line, "the process ended before printing its banner"
                if found := re.search(r"open (http://127\.0\.0\.1:\d+)/ in your browser", line):
                    base = found.group(1)
        async with SandboxClient(base, user_id=2003) as user:
            await user.send_text("/help")
            await user.wait_for(lambda m: is_bot(m, "What I can do"))
        proc.send_signal(signal.SIGINT)
        async with asyncio.timeout(30):
            assert await proc.wait() == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_restarted_sandbox_is_heard_on_the_same_database(db_dsn: str) -> None:
    """`make run` twice keeps the database (users, documents, processed update ids) but the
    emulator starts afresh: its new updates must not look like ones the bot already handled."""
    settings = sandbox_settings(db_dsn)
    async with running_sandbox(settings) as first, SandboxClient(first.base_url) as user:
        for command in ("/start", "/help", "/status"):
            await user.send_text(command)
            await user.wait_for(lambda m: m["sender"] == "bot")
    async with running_sandbox(settings) as second, SandboxClient(second.base_url) as user:
        await user.send_text("/help")
        await user.wait_for(lambda m: is_bot(m, "What I can do"))

"""Ask before adding: the confirm flow, /profile edits, the tailored file, /export, /delete."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from docx.shared import RGBColor

from atspro.export.docx import docx_text
from atspro.sandbox.client import SandboxClient
from tests.bot_harness import BotHarness, running_bot
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import button_data, is_bot

# A synthetic resume that shows Python, SQL, PostgreSQL and Docker but not Kubernetes or Kafka.
RESUME = """Dana Example
dana@example.org | +1 415 555 0100 | Austin, TX

Summary
Backend developer building data services in Python.

Experience
Backend Developer, Northwind Labs
Jan 2019 - Present
- Built REST APIs in Python and SQL on PostgreSQL
- Packaged services with Docker

Data Analyst, Contoso Retail
Jun 2016 - Dec 2018
- Wrote SQL reports for the sales team

Education
B.Sc. Computer Science, University of Texas, 2016

Skills
Python, SQL, PostgreSQL, Docker
"""


@pytest.fixture
async def bot(pool: asyncpg.Pool) -> AsyncIterator[BotHarness]:
    async with running_bot(pool) as harness:
        yield harness


async def scored(user: SandboxClient) -> dict[str, Any]:
    await user.send_document("resume.txt", RESUME.encode(), mime_type="text/plain")
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    await user.send_text(JOB_TEXT)
    return await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)


async def answers(pool: asyncpg.Pool, telegram_id: int) -> dict[str, tuple[bool, str | None]]:
    rows = await pool.fetch(
        """SELECT a.skill, a.has_skill, a.role FROM skill_answers a
           JOIN "user" u ON u.id = a.user_id WHERE u.telegram_user_id = $1""",
        telegram_id,
    )
    return {r["skill"]: (r["has_skill"], r["role"]) for r in rows}


async def test_confirm_flow_reaches_docx_profile_export_delete(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    user = await bot.user(2101, "Dana")
    card = await scored(user)
    first = await user.wait_for(lambda m: is_bot(m, "Have you used"), timeout=30)
    skill = first["text"].split("Have you used ")[1].split("?")[0]
    yes = next(b for b in button_data(first) if b.endswith(":y"))
    await user.press(first["message_id"], yes)
    where = await user.wait_for(lambda m: is_bot(m, "Where did you use"))
    role = next(b for b in button_data(where) if b.endswith(":r1"))  # the second role
    await user.press(where["message_id"], role)
    await user.wait_for(lambda m: is_bot(m, f"Noted: {skill} at Data Analyst"))
    second = await user.wait_for(
        lambda m: is_bot(m, "Have you used") and m["message_id"] != first["message_id"]
    )
    other = second["text"].split("Have you used ")[1].split("?")[0]
    await user.press(second["message_id"], next(b for b in button_data(second) if b.endswith(":n")))
    await user.wait_for(lambda m: is_bot(m, f"no {other}"))
    assert await answers(pool, 2101) == {
        skill: (True, "Data Analyst — Contoso Retail"),
        other: (False, None),
    }

    # The confirmed skill reaches the DOCX, at the chosen role; the refused one does not.
    dx = next(b for b in button_data(card) if b.startswith("dx:"))
    await user.press(card["message_id"], dx)
    doc = await user.wait_for(lambda m: m["sender"] == "bot" and "document" in m["message"])
    caption = doc["message"]["caption"]
    assert f"added {skill} (you confirmed)" in caption and "(was " in caption
    name = doc["message"]["document"]["file_name"]
    assert name.endswith(".docx") and " " not in name and len(name.encode()) <= 70
    text = docx_text(await user.download(doc["message"]["document"]["file_id"]))
    assert f"Skills: {skill}" in text and other not in text
    assert text.index("Data Analyst, Contoso") < text.index(f"Skills: {skill}")

    # Change it later in /profile.
    await user.send_text("/profile")
    listing = await user.wait_for(lambda m: is_bot(m, "Skills you told me about"))
    assert skill in listing["text"] and other in listing["text"]
    rows = listing["message"]["reply_markup"]["inline_keyboard"]
    edit = next(b["callback_data"] for row in rows for b in row if b["text"].endswith(skill))
    await user.press(listing["message_id"], edit)
    change = await user.wait_for(lambda m: is_bot(m, "Have you used") and m["edit_count"] >= 1)
    await user.press(change["message_id"], next(b for b in button_data(change) if b.endswith(":n")))
    await user.wait_for(lambda m: is_bot(m, f"Noted: no {skill}"))
    assert all(not has for has, _ in (await answers(pool, 2101)).values())

    await user.send_text("/export")
    export = await user.wait_for(
        lambda m: m["sender"] == "bot" and "atspro-export" in json.dumps(m)
    )
    data = json.loads(await user.download(export["message"]["document"]["file_id"]))
    assert {a["skill"] for a in data["skill_answers"]} == {skill, other}

    await user.send_text("/delete")
    confirm = await user.wait_for(lambda m: is_bot(m, "cannot be undone"))
    await user.press(confirm["message_id"], "da:yes")
    await user.wait_for(lambda m: is_bot(m, "Everything about you is erased"))
    assert await pool.fetchval("SELECT count(*) FROM skill_answers") == 0


async def test_skip_asks_the_next_and_answers_stay_private(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    ann = await bot.user(2102, "Ann")
    await scored(ann)
    first = await ann.wait_for(lambda m: is_bot(m, "Have you used"), timeout=30)
    await ann.press(first["message_id"], next(b for b in button_data(first) if b.endswith(":s")))
    await ann.wait_for(lambda m: is_bot(m, "Skipped"))
    second = await ann.wait_for(
        lambda m: is_bot(m, "Have you used") and m["message_id"] != first["message_id"]
    )
    await ann.press(second["message_id"], next(b for b in button_data(second) if b.endswith(":y")))
    where = await ann.wait_for(lambda m: is_bot(m, "Where did you use"))
    await ann.press(where["message_id"], next(b for b in button_data(where) if b.endswith(":l")))
    await ann.wait_for(lambda m: is_bot(m, "in your Skills"))
    assert [has for has, _ in (await answers(pool, 2102)).values()] == [True]  # skip stores nothing
    skipped = first["text"].split("Have you used ")[1].split("?")[0]

    # A later job reuses the answers: only the skipped skill is asked again.
    await ann.send_text(JOB_TEXT.replace("Senior Python Developer", "Staff Python Developer"))
    again = await ann.wait_for(
        lambda m: (
            is_bot(m, "Have you used")
            and m["message_id"] not in (first["message_id"], second["message_id"])
        ),
        timeout=30,
    )
    assert f"Have you used {skipped}?" in again["text"]
    await ann.press(again["message_id"], next(b for b in button_data(again) if b.endswith(":n")))
    await ann.wait_for(
        lambda m: is_bot(m, "Your answers are kept") and m["message_id"] > again["message_id"]
    )
    answer_id = await pool.fetchval("SELECT id FROM skill_answers WHERE has_skill")
    result_id = await pool.fetchval("SELECT id FROM optimization_results LIMIT 1")

    eve = await bot.user(2103, "Eve")
    await eve.send_text("/profile")
    own = await eve.wait_for(lambda m: is_bot(m, "Your profile"))
    for data in (f"ka:{answer_id}:e", f"ka:{answer_id}:x", f"kq:{result_id}:0:y"):
        await eve.press(own["message_id"], data, force=True)
        event = await eve.wait_for_event(lambda e: e["type"] == "callback_answer")
        assert "no longer available" in event.get("text", "")
    assert await pool.fetchval("SELECT count(*) FROM skill_answers") == 2
    assert not [m for m in await bot.bot_messages(2103) if "told me about" in m["text"]]


def styled_docx() -> bytes:
    """RESUME as a DOCX with its own look: Garamond, coloured headings, Word bullets."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    doc.styles["Normal"].font.name = "Garamond"
    for line in RESUME.strip().splitlines():
        if not line:
            continue
        if line in ("Summary", "Experience", "Education", "Skills"):
            run = doc.add_paragraph().add_run(line.upper())
            run.bold, run.font.size = True, Pt(14)
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


async def test_docx_original_is_edited_in_a_copy_plus_ats_clean(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    from docx import Document

    user = await bot.user(2104, "Dana")
    mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    await user.send_document("resume.docx", styled_docx(), mime_type=mime)
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    await user.send_text(JOB_TEXT)
    card = await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    question = await user.wait_for(lambda m: is_bot(m, "Have you used"), timeout=30)
    skill = question["text"].split("Have you used ")[1].split("?")[0]
    await user.press(
        question["message_id"], next(b for b in button_data(question) if b.endswith(":y"))
    )
    where = await user.wait_for(lambda m: is_bot(m, "Where did you use"))
    await user.press(where["message_id"], next(b for b in button_data(where) if b.endswith(":l")))
    await user.wait_for(lambda m: is_bot(m, "in your Skills"))
    await user.press(card["message_id"], next(b for b in button_data(card) if b.startswith("dx:")))
    clean = await user.wait_for(lambda m: is_bot(m, "one plain column"), timeout=30)
    docs = [m for m in await bot.bot_messages(2104) if "document" in m["message"]]
    own = next(m for m in docs if m["message_id"] != clean["message_id"])
    assert "(you confirmed)" in own["message"]["caption"]
    own_doc = Document(io.BytesIO(await user.download(own["message"]["document"]["file_id"])))
    assert own_doc.styles["Normal"].font.name == "Garamond"  # the user's own look kept
    texts = [p.text for p in own_doc.paragraphs]
    skills_line = next(t for t in texts if "Docker" in t and "," in t)
    assert skill in skills_line and skills_line.index("Python") < skills_line.index("Docker")
    assert "Packaged services with Docker" in texts  # every line kept
    heading = next(p for p in own_doc.paragraphs if p.text == "EXPERIENCE")  # caps kept
    assert heading.runs[0].font.color.rgb == RGBColor(0x1F, 0x4E, 0x79)
    clean_text = docx_text(await user.download(clean["message"]["document"]["file_id"]))
    assert skill in clean_text and "Packaged services with Docker" in clean_text

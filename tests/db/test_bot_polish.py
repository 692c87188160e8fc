"""Chat polish through the real Application and the emulator: /history, delete confirmation, /cancel."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest

from tests.bot_harness import BotHarness, running_bot
from tests.fixtures.documents import make_pdf, make_resume_pdf
from tests.fixtures.postings import JOB_TEXT
from tests.sandbox_helpers import inline_buttons, is_bot


@pytest.fixture
async def bot(pool: asyncpg.Pool) -> AsyncIterator[BotHarness]:
    async with running_bot(pool) as harness:
        yield harness


async def test_history_names_the_resume_and_opens_a_result(bot: BotHarness) -> None:
    user = await bot.user(2101, "Hana")
    await user.send_document("Hana CV 2025.pdf", make_resume_pdf(), mime_type="application/pdf")
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    await user.send_text(JOB_TEXT)
    await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    # the card's picture comes last: wait for it so that nothing of the first card is in flight
    await user.wait_for(lambda m: m["sender"] == "bot" and "photo" in m["message"], timeout=30)
    await user.send_text("/history")
    hist = await user.wait_for(lambda m: is_bot(m, "past analyses"))
    assert "Hana CV 2025.pdf" in hist["text"]  # two rows for one job are told apart by resume
    opens = [b for b in inline_buttons(hist) if "Open" in b["text"]]
    assert len(opens) == 1
    await user.press(hist["message_id"], opens[0]["callback_data"])
    await user.wait_for(lambda m: is_bot(m, "Match score") and m["message_id"] > hist["message_id"])
    cards = [
        m
        for m in await user.messages()
        if is_bot(m, "Match score") and m["message_id"] > hist["message_id"]
    ]
    assert len(cards) == 1
    assert any("All suggestions" in b["text"] for b in inline_buttons(cards[-1]))


async def test_deleting_a_resume_asks_first(bot: BotHarness, pool: asyncpg.Pool) -> None:
    user = await bot.user(2102, "Ivo")
    await user.send_document("ivo.pdf", make_resume_pdf(), mime_type="application/pdf")
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    await user.send_text("/resumes")
    listing = await user.wait_for(lambda m: is_bot(m, "Your resumes"))
    delete = next(b for b in inline_buttons(listing) if "Delete" in b["text"])
    await user.press(listing["message_id"], delete["callback_data"])
    ask = await user.wait_for(lambda m: is_bot(m, "Delete the resume"))
    assert "ivo.pdf" in ask["text"]
    assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 1  # not yet
    keep = next(b for b in inline_buttons(ask) if "Keep" in b["text"])
    await user.press(ask["message_id"], keep["callback_data"])
    await user.wait_for(lambda m: is_bot(m, "Kept"))
    assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 1

    await user.press(listing["message_id"], delete["callback_data"])
    ask = await user.wait_for(
        lambda m: is_bot(m, "Delete the resume") and m["message_id"] > ask["message_id"]
    )
    yes = next(b for b in inline_buttons(ask) if "Yes" in b["text"])
    # another user pressing the same confirmation (forged) deletes nothing
    mallory = await bot.user(2103, "Mallory")
    await mallory.send_text("/resumes")
    empty = await mallory.wait_for(lambda m: is_bot(m, "no resumes"))
    await mallory.press(empty["message_id"], yes["callback_data"], force=True)
    answer = await mallory.wait_for_event(lambda e: e["type"] == "callback_answer")
    assert "not found" in answer.get("text", "").lower()
    assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 1

    await user.press(ask["message_id"], yes["callback_data"])
    await user.wait_for(lambda m: is_bot(m, "deleted"))
    assert await pool.fetchval("SELECT count(*) FROM resume_documents") == 0


async def test_cancel_says_when_there_was_nothing_to_cancel(bot: BotHarness) -> None:
    user = await bot.user(2104, "Jo")
    await user.send_text("/cancel")
    await user.wait_for(lambda m: is_bot(m, "nothing to cancel"))
    await user.send_text("/job")
    await user.wait_for(lambda m: m["sender"] == "bot" and m["message_id"] > 0)
    await user.send_text("/cancel")
    await user.wait_for(lambda m: is_bot(m, "stopped waiting for your job"))


async def test_profile_phone_and_location_are_named_in_the_checks(
    bot: BotHarness, pool: asyncpg.Pool
) -> None:
    user = await bot.user(2105, "Kai")
    await user.send_text("/profile phone +44 20 7946 0958")
    await user.wait_for(lambda m: is_bot(m, "Your profile"))
    await user.send_text("/profile location Leeds, United Kingdom")
    await user.wait_for(lambda m: is_bot(m, "Leeds"))
    lines = [
        "Kai Tanaka",
        "kai.tanaka@example.com",
        "Experience",
        "Data Engineer, Northwind Ltd, 2019 - Present",
        "- Built Python and SQL pipelines on AWS",
        "Education",
        "BSc Computer Science, University of Leeds, 2018",
        "Skills",
        "Python, SQL, AWS, Airflow",
    ]
    await user.send_document("kai.pdf", make_pdf(lines), mime_type="application/pdf")
    await user.wait_for(lambda m: is_bot(m, "Resume received"), timeout=30)
    await user.send_text(JOB_TEXT)
    await user.wait_for(lambda m: is_bot(m, "Match score"), timeout=30)
    checks = await pool.fetchval("SELECT optimization_data->'checks' FROM optimization_results")
    by_name = {c["name"]: c for c in checks}
    assert not by_name["contact_phone"]["passed"]  # an ATS reads only the file
    assert "from your profile: +44 20 7946 0958" in by_name["contact_phone"]["message"]
    assert "from your profile: Leeds, United Kingdom" in by_name["contact_location"]["message"]


def test_profile_note_leaves_passed_checks_and_empty_profiles_alone() -> None:
    from atspro.models import Check, MatchReport
    from atspro.services.matching import note_profile_contact

    report = MatchReport(
        score=50,
        checks=[
            Check(name="contact_phone", passed=True, message="Phone found."),
            Check(name="contact_location", passed=False, message="No location."),
        ],
    )
    assert note_profile_contact(report, None) == report
    noted = note_profile_contact(report, {"phone": "+1 555 0100", "location": None})
    assert noted.checks[0].message == "Phone found."
    assert noted.checks[1].message == "No location."

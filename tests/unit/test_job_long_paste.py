"""A paste over Telegram's 4,096-character limit is split like Telegram's apps split it."""

from __future__ import annotations

from telegram import Bot

from atspro.sandbox import SandboxClient, SandboxServer
from atspro.sandbox.formatting import utf16_len
from atspro.sandbox.paste import split_like_telegram

TOKEN = "123456:SANDBOX-test-token"
POSTING = "Senior Data Engineer\n\n" + "\n".join(
    f"- Requirement {i}: experience with Python, SQL and streaming systems 📈" for i in range(160)
)


def test_split_keeps_every_character_and_cuts_at_line_breaks() -> None:
    parts = split_like_telegram(POSTING)
    assert len(parts) >= 3
    assert all(0 < utf16_len(p) <= 4096 for p in parts)
    assert all(p.endswith("📈") for p in parts)  # cut at a line break, not mid-line
    assert "\n".join(parts) == POSTING


def test_short_text_is_one_part_and_a_long_word_is_cut_hard() -> None:
    assert split_like_telegram("hello") == ["hello"]
    parts = split_like_telegram("x" * 9000)
    assert [len(p) for p in parts] == [4096, 4096, 808]


async def test_web_chat_sends_a_long_paste_as_several_messages() -> None:
    async with (
        SandboxServer(port=0, token=TOKEN) as server,
        SandboxClient(server.base_url, user_id=1001) as user,
    ):
        await user.ensure_user()
        await user.send_text(POSTING)
        async with Bot(TOKEN, base_url=server.bot_api_url) as bot:
            updates = await bot.get_updates(timeout=5)
    texts = [u.message.text for u in updates if u.message and u.message.text]
    assert len(texts) == len(split_like_telegram(POSTING))
    assert "\n".join(texts) == POSTING


def test_paste_parts_are_joined_in_telegram_order() -> None:
    from atspro.services.requests import pasted_text

    payload = {"text": "part two", "part_key": 12, "parts": {"11": "part one", "13": "three"}}
    assert pasted_text(payload, 1000) == "part one\npart two\nthree"
    assert pasted_text({"text": "alone"}, 1000) == "alone"
    assert pasted_text(payload, 8) == "part one"

"""Telegram's limits and the checks that are not about text: keyboards and flood control."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from atspro.sandbox.errors import bad_request, too_many_requests

MB = 1024 * 1024
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


@dataclass(frozen=True)
class Limits:
    """Telegram's numbers; tests may lower the byte limits to stay fast."""

    max_text_utf16: int = 4096
    max_caption_utf16: int = 1024
    max_callback_data_bytes: int = 64
    max_callback_answer_chars: int = 200
    max_inline_buttons: int = 100
    max_upload_bytes: int = 50 * MB  # bots upload at most 50 MB
    max_download_bytes: int = 20 * MB  # getFile serves at most 20 MB


class FloodControl:
    """Token buckets per chat and overall; an empty bucket answers 429 with retry_after."""

    def __init__(
        self,
        *,
        per_chat_per_s: float = 1.0,
        per_chat_burst: int = 3,
        global_per_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_chat_per_s = per_chat_per_s
        self.per_chat_burst = per_chat_burst
        self.global_per_s = global_per_s
        self.clock = clock
        self._chats: dict[int, tuple[float, float]] = {}
        self._global = (global_per_s, clock())

    @staticmethod
    def _refill(bucket: tuple[float, float], rate: float, cap: float, now: float) -> float:
        tokens, last = bucket
        return min(cap, tokens + (now - last) * rate)

    def check(self, chat_id: int) -> None:
        now = self.clock()
        chat_tokens = self._refill(
            self._chats.get(chat_id, (self.per_chat_burst, now)),
            self.per_chat_per_s,
            self.per_chat_burst,
            now,
        )
        global_tokens = self._refill(self._global, self.global_per_s, self.global_per_s, now)
        if chat_tokens < 1 or global_tokens < 1:
            wait_chat = (1 - chat_tokens) / self.per_chat_per_s if chat_tokens < 1 else 0
            wait_all = (1 - global_tokens) / self.global_per_s if global_tokens < 1 else 0
            self._chats[chat_id] = (chat_tokens, now)
            self._global = (global_tokens, now)
            raise too_many_requests(max(1, math.ceil(max(wait_chat, wait_all))))
        self._chats[chat_id] = (chat_tokens - 1, now)
        self._global = (global_tokens - 1, now)


def parse_reply_markup(
    markup: Any, limits: Limits, *, inline_only: bool
) -> tuple[str, dict | None] | None:
    """Validate reply_markup: ("inline"|"keyboard"|"remove"|"force_reply", markup) or None."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        return "inline", _check_inline_keyboard(markup, limits)
    if inline_only:
        raise bad_request("inline keyboard expected")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request(
                'field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays'
            )
        for row in rows:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str):
                    raise bad_request(
                        'can\'t parse keyboard button: Field "text" must be of type String'
                    )
        return "keyboard", markup
    if markup.get("remove_keyboard"):
        return "remove", None
    if markup.get("force_reply"):
        return "force_reply", markup
    raise bad_request('can\'t find field "inline_keyboard"')


def _check_inline_keyboard(markup: dict, limits: Limits) -> dict:
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    count = 0
    for row in rows:
        for button in row:
            count += 1
            if not isinstance(button, dict):
                raise bad_request(
                    "can't parse inline keyboard button: InlineKeyboardButton should be an Object"
                )
            text = button.get("text")
            if not isinstance(text, str):
                raise bad_request(
                    'can\'t parse inline keyboard button: Field "text" must be of type String'
                )
            if not text.strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            if not any(action in button for action in _BUTTON_ACTIONS):
                raise bad_request(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                size = len(data.encode("utf-8")) if isinstance(data, str) else 0
                if not 1 <= size <= limits.max_callback_data_bytes:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button and not _valid_button_url(button["url"]):
                raise bad_request("BUTTON_URL_INVALID")
    if count > limits.max_inline_buttons:
        raise bad_request("REPLY_MARKUP_TOO_LONG")
    return {"inline_keyboard": rows}


def _valid_button_url(url: object) -> bool:
    if not isinstance(url, str) or not url.strip() or " " in url.strip():
        return False
    lowered = url.lower()
    return lowered.startswith(("http://", "https://", "tg://")) or (
        "://" not in lowered and "." in lowered
    )

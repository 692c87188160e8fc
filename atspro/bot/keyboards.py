"""Inline keyboards. Callback data is ``<action>:<id>`` (≤ 64 bytes); every handler re-checks
the id against the pressing user, so forged data finds nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup


def result_keyboard(result_id: Any, *, llm: bool) -> InlineKeyboardMarkup:
    rid = str(result_id)
    rows = [
        [
            InlineKeyboardButton("📝 All suggestions", callback_data=f"sg:{rid}"),
            InlineKeyboardButton("📄 Tailored DOCX", callback_data=f"dx:{rid}"),
        ]
    ]
    if llm:
        rows.append(
            [
                InlineKeyboardButton("✍️ Rewrite bullets (AI)", callback_data=f"rw:{rid}"),
                InlineKeyboardButton("💌 Cover letter (AI)", callback_data=f"cl:{rid}"),
            ]
        )
    rows.append([InlineKeyboardButton("🔄 Switch resume", callback_data="sw:")])
    return InlineKeyboardMarkup(rows)


def documents_keyboard(kind: str, rows: Sequence[dict[str, Any]]) -> InlineKeyboardMarkup | None:
    """Per document: make it active, or delete it. kind is 'r' (resume) or 'j' (job)."""
    if not rows:
        return None
    buttons = []
    for i, row in enumerate(rows, 1):
        buttons.append(
            [
                InlineKeyboardButton(f"{i}. ⭐ Use", callback_data=f"a{kind}:{row['id']}"),
                InlineKeyboardButton(f"{i}. 🗑 Delete", callback_data=f"d{kind}:{row['id']}"),
            ]
        )
    return InlineKeyboardMarkup(buttons)


def confirm_delete_account() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Yes, erase everything", callback_data="da:yes"),
                InlineKeyboardButton("No, keep it", callback_data="da:no"),
            ]
        ]
    )

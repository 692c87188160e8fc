"""Inline keyboards; their callback data comes from ``atspro.bot.callbacks``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from atspro.bot import callbacks
from atspro.services.library import DocumentItem, PastMatch


def result_keyboard(result_id: Any, *, llm: bool) -> InlineKeyboardMarkup:
    rid = str(result_id)
    rows = [
        [
            InlineKeyboardButton(
                "📝 All suggestions", callback_data=callbacks.result("suggestions", rid)
            ),
            InlineKeyboardButton("📄 Tailored DOCX", callback_data=callbacks.result("docx", rid)),
        ]
    ]
    if llm:
        rows.append(
            [
                InlineKeyboardButton(
                    "✍️ Rewrite bullets (AI)", callback_data=callbacks.result("rewrite", rid)
                ),
                InlineKeyboardButton(
                    "💌 Cover letter (AI)", callback_data=callbacks.result("cover_letter", rid)
                ),
            ]
        )
    rows.append([InlineKeyboardButton("🔄 Switch resume", callback_data=callbacks.SWITCH_RESUME)])
    return InlineKeyboardMarkup(rows)


def documents_keyboard(
    kind: callbacks.DocKind, items: Sequence[DocumentItem]
) -> InlineKeyboardMarkup | None:
    """Per document: make it active, or delete it."""
    if not items:
        return None
    buttons = []
    for i, item in enumerate(items, 1):
        buttons.append(
            [
                InlineKeyboardButton(
                    f"{i}. ⭐ Use", callback_data=callbacks.document("use", kind, item.id)
                ),
                InlineKeyboardButton(
                    f"{i}. 🗑 Delete", callback_data=callbacks.document("delete", kind, item.id)
                ),
            ]
        )
    return InlineKeyboardMarkup(buttons)


def confirm_delete_document(kind: callbacks.DocKind, doc_id: Any) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    f"🗑 Yes, delete this {kind}",
                    callback_data=callbacks.document("erase", kind, doc_id),
                ),
                InlineKeyboardButton(
                    "Keep it", callback_data=callbacks.document("keep", kind, doc_id)
                ),
            ]
        ]
    )


def history_keyboard(matches: Sequence[PastMatch]) -> InlineKeyboardMarkup | None:
    """One button per past result: open its score card again."""
    if not matches:
        return None
    buttons = [
        InlineKeyboardButton(f"{i}. Open", callback_data=callbacks.result("open", match.id))
        for i, match in enumerate(matches, 1)
    ]
    return InlineKeyboardMarkup([buttons[i : i + 4] for i in range(0, len(buttons), 4)])


def confirm_delete_account() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "Yes, erase everything", callback_data=callbacks.DELETE_ACCOUNT_YES
                ),
                InlineKeyboardButton("No, keep it", callback_data=callbacks.DELETE_ACCOUNT_NO),
            ]
        ]
    )


def broadcast_confirm(audience: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    f"📣 Send to {audience}", callback_data=callbacks.BROADCAST_SEND
                ),
                InlineKeyboardButton("Cancel", callback_data=callbacks.BROADCAST_CANCEL),
            ]
        ]
    )


def broadcast_stop(task_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    "⛔ Stop broadcast", callback_data=callbacks.broadcast_stop(task_id)
                )
            ]
        ]
    )


def skill_question(result_id: Any, index: int) -> InlineKeyboardMarkup:
    """ "Have you used SQL?" after a score: yes (then the role), no, skip."""

    def button(text: str, choice: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            text, callback_data=callbacks.skill_question(result_id, index, choice)
        )

    return InlineKeyboardMarkup(
        [[button("✅ Yes", "y"), button("❌ No", "n"), button("Skip", "s")]]
    )


def skill_roles(roles: Sequence[str], data: Callable[[str], str]) -> InlineKeyboardMarkup:
    """Where the skill was used: one button per role, or just the Skills list."""
    rows = [
        [InlineKeyboardButton(label[:60], callback_data=data(f"r{k}"))]
        for k, label in enumerate(roles)
    ]
    rows.append([InlineKeyboardButton("Just list it under Skills", callback_data=data("l"))])
    return InlineKeyboardMarkup(rows)


def skill_answers(answers: Sequence[dict[str, Any]]) -> InlineKeyboardMarkup | None:
    """/profile: one button per answered skill, to change or forget it."""
    if not answers:
        return None
    buttons = [
        InlineKeyboardButton(
            f"✏️ {a['skill'][:30]}", callback_data=callbacks.skill_answer(a["id"], "e")
        )
        for a in answers[:30]
    ]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def skill_change(answer_id: Any) -> InlineKeyboardMarkup:
    def button(text: str, choice: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(text, callback_data=callbacks.skill_answer(answer_id, choice))

    return InlineKeyboardMarkup(
        [[button("✅ Yes", "y"), button("❌ No", "n"), button("🗑 Forget", "x")]]
    )


def misfiled(looks_like: callbacks.DocKind, task_id: int) -> InlineKeyboardMarkup:
    """Two buttons under "It looks like a resume/job": use it as what it looks like (first),
    or as what it was sent as."""
    resume = InlineKeyboardButton(
        "📄 Yes, use it as my resume" if looks_like == "resume" else "📄 No, it's my resume",
        callback_data=callbacks.misfiled("resume", task_id),
    )
    job = InlineKeyboardButton(
        "💼 Yes, use it as the job" if looks_like == "job" else "💼 No, it's the job",
        callback_data=callbacks.misfiled("job", task_id),
    )
    return InlineKeyboardMarkup([[resume, job] if looks_like == "resume" else [job, resume]])

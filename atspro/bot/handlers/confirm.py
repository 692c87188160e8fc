"""Ask before adding: "Have you used SQL?" after a score, and the answers in /profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Bot, Update
from telegram.ext import Application, CallbackQueryHandler

from atspro.bot import callbacks, keyboards
from atspro.bot.context import BotContext
from atspro.bot.handlers.common import reply
from atspro.bot.render import esc
from atspro.services import matching, tailoring

if TYPE_CHECKING:
    from atspro.storage.repos import Row

GONE = "That question is no longer available."


def question_text(skill: str) -> str:
    return (
        f"❓ The posting asks for <b>{esc(skill)}</b> and your resume does not show it. "
        f"Have you used {esc(skill)}? I add it to your tailored resume only if you say yes."
    )


async def offer(bot: Bot, chat_id: int, question: tailoring.Question) -> None:
    await bot.send_message(
        chat_id,
        question_text(question.skill),
        reply_markup=keyboards.skill_question(question.result_id, question.index),
    )


def _answer_line(a: Row) -> str:
    if not a["has_skill"]:
        return f"❌ {esc(a['skill'])}"
    where = f" — at {esc(a['role'])}" if a["role"] else " — in Skills"
    return f"✅ {esc(a['skill'])}{where}"


async def show_answers(update: Update, context: BotContext) -> None:
    """/profile's second part: the skills you told me about, each one editable."""
    rows = await tailoring.answers(context.svc, context.uid)
    if not rows:
        return
    text = "<b>Skills you told me about</b>\n" + "\n".join(_answer_line(a) for a in rows)
    await reply(
        update, text + "\nTap one to change it.", reply_markup=keyboards.skill_answers(rows)
    )


async def on_question(update: Update, context: BotContext) -> None:
    """kq: a button under "Have you used X?" sent after a score."""
    query = update.callback_query
    assert query is not None and query.data is not None
    parsed = callbacks.parse_skill(query.data)
    analysis = await matching.stored_match(context.svc, context.uid, parsed.ref) if parsed else None
    skill = tailoring.question_skill(analysis, parsed.index) if analysis and parsed else None
    if parsed is None or analysis is None or skill is None or parsed.choice in ("e", "x"):
        await query.answer(GONE, show_alert=True)
        return
    await query.answer()
    roles = tailoring.role_labels(analysis.resume)
    choice = parsed.choice
    if choice == "y" and roles:
        await query.edit_message_text(
            f"Where did you use <b>{esc(skill)}</b>?",
            reply_markup=keyboards.skill_roles(
                roles, lambda c: callbacks.skill_question(parsed.ref, parsed.index, c)
            ),
        )
        return
    done = await _record(context, skill, choice, roles)
    await query.edit_message_text(done)
    question = await tailoring.next_question(
        context.svc, context.uid, analysis, start=parsed.index + 1
    )
    chat = update.effective_chat
    if question is not None and chat is not None:
        await offer(context.bot, chat.id, question)
    elif chat is not None:
        await context.bot.send_message(
            chat.id,
            "Thanks. Your answers are kept in /profile (change them there) and used for every "
            "job. Tap 📄 Tailored DOCX under the score for a resume that includes them.",
        )


async def _record(context: BotContext, skill: str, choice: str, roles: list[str]) -> str:
    """Store one answer; the line that replaces the question."""
    if choice == "s":
        return f"Skipped {esc(skill)}."
    if choice == "n":
        await tailoring.answer(context.svc, context.uid, skill, False)
        return f"❌ Noted: no {esc(skill)}. I will not add it."
    role = (
        roles[int(choice[1:])] if choice.startswith("r") and int(choice[1:]) < len(roles) else None
    )
    await tailoring.answer(context.svc, context.uid, skill, True, role)
    where = f" at {esc(role)}" if role else " in your Skills"
    return f"✅ Noted: {esc(skill)}{where}. It goes into your tailored resume."


async def on_answer(update: Update, context: BotContext) -> None:
    """ka: change or forget an answer from /profile."""
    query = update.callback_query
    assert query is not None and query.data is not None
    parsed = callbacks.parse_skill(query.data)
    row = await tailoring.stored_answer(context.svc, context.uid, parsed.ref) if parsed else None
    if parsed is None or row is None:  # unknown, forgotten, or somebody else's id
        await query.answer(GONE, show_alert=True)
        return
    await query.answer()
    skill, choice = row["skill"], parsed.choice
    if choice == "e":
        await query.edit_message_text(
            f"Have you used <b>{esc(skill)}</b>?", reply_markup=keyboards.skill_change(row["id"])
        )
        return
    if choice == "x":
        await tailoring.forget(context.svc, context.uid, row["id"])
        await query.edit_message_text(f"🗑 Forgotten: {esc(skill)}. I may ask again.")
        return
    roles = await tailoring.latest_roles(context.svc, context.uid)
    if choice == "y" and roles:
        await query.edit_message_text(
            f"Where did you use <b>{esc(skill)}</b>?",
            reply_markup=keyboards.skill_roles(
                roles, lambda c: callbacks.skill_answer(row["id"], c)
            ),
        )
        return
    await query.edit_message_text(await _record(context, skill, choice, roles))


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(on_question, pattern=callbacks.SKILL_QUESTION_PATTERN))
    app.add_handler(CallbackQueryHandler(on_answer, pattern=callbacks.SKILL_ANSWER_PATTERN))

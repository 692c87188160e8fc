"""Buttons under a score card: suggestions, tailored DOCX, AI rewrites, cover letter, switch."""

from __future__ import annotations

import io
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from atspro.bot import callbacks, render
from atspro.bot.context import BotContext
from atspro.bot.handlers.common import accept, fits_limit, reply
from atspro.bot.handlers.library import show_documents
from atspro.bot.keyboards import result_keyboard
from atspro.services import matching, tailoring

log = logging.getLogger(__name__)
NOT_FOUND = "That result is no longer available."


async def on_result_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None and query.data is not None
    parsed = callbacks.parse_result(query.data)
    analysis = await matching.stored_match(context.svc, context.uid, parsed[1]) if parsed else None
    if parsed is None or analysis is None:  # unknown, deleted, or somebody else's id
        await query.answer(NOT_FOUND, show_alert=True)
        return
    action = parsed[0]
    await query.answer()
    if action == "open":
        await reply(
            update,
            render.score_card(analysis.report, analysis.job),
            reply_markup=result_keyboard(analysis.id, llm=context.svc.settings.llm_enabled),
        )
    elif action == "suggestions":
        await reply(update, render.suggestions_list(analysis.report.suggestions))
    elif action == "docx":
        tailored = await tailoring.tailored_file(context.svc, context.uid, analysis)
        message = update.effective_message
        assert message is not None
        caption = render.tailored_caption(
            tailored.changes.describe(), tailored.score_before, tailored.score_after
        )
        if tailored.own_copy is None:
            await message.reply_document(
                io.BytesIO(tailored.data), filename=tailored.filename, caption=caption
            )
        else:  # a DOCX original: their own document edited, then the one-column alternative
            await message.reply_document(
                io.BytesIO(tailored.own_copy),
                filename=tailored.filename,
                caption=caption,
            )
            await message.reply_document(
                io.BytesIO(tailored.data),
                filename=tailored.clean_filename,
                caption=render.clean_caption(tailored.own_copy_missed),
            )
    else:  # the AI writers
        if not context.svc.settings.llm_enabled:
            await reply(update, "🤖 AI writing is not enabled on this server.")
            return
        if not await fits_limit(update, context, "match"):
            return
        # As uploads: "typing…", then the request, its charge and the update's done mark in
        # one commit; the writer's answer is the first message (a status message sent before
        # a crash would be repeated by the replay, or left saying "Writing…" forever).
        await accept(
            update, context, action, charge="match", keep_state=True, result_id=str(analysis.id)
        )


async def on_switch_resume(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await show_documents(update, context, "resume")


def register(app: Application) -> None:
    app.add_handler(CallbackQueryHandler(on_result_button, pattern=callbacks.RESULT_PATTERN))
    app.add_handler(CallbackQueryHandler(on_switch_resume, pattern=callbacks.SWITCH_PATTERN))

"""/start (with deep-link payloads) and /help."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler

from atspro.bot import render
from atspro.bot.context import BotContext
from atspro.bot.handlers.common import reply, set_state


async def start(update: Update, context: BotContext) -> None:
    payload = context.args[0] if context.args else ""
    await reply(update, render.WELCOME)
    if payload == "job":  # t.me/<bot>?start=job: the link promises a job-first flow
        await set_state(update, context, awaiting="job")
        await reply(update, "Send the job posting (text, link or file) now.")


async def help_command(update: Update, context: BotContext) -> None:
    await reply(update, render.HELP)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))

"""Admin commands (issue: Admin & ops). Non-admins get the unknown-command answer."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from atspro.bot.app import BotContext
from atspro.handlers.common import reply


async def unknown_command(update: Update, context: BotContext) -> None:
    await reply(update, "I don't know that command. /help lists what I can do.")


def register(app: Application) -> None:
    pass


def register_fallback(app: Application) -> None:
    """Registered after every other handler: only commands nobody handled reach it."""
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))

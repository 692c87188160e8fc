"""Telegram handlers, one module per feature. ``register_handlers`` wires them all."""

from __future__ import annotations

from telegram.ext import Application

from atspro.bot.handlers import account, admin, confirm, intake, library, results, start


def register_handlers(app: Application) -> None:
    admin.register(app)  # first: admin commands must win over the unknown-command fallback
    start.register(app)
    library.register(app)
    account.register(app)
    results.register(app)
    confirm.register(app)
    intake.register(app)  # documents, photos and free text
    admin.register_fallback(app)  # last: commands nobody handled

"""The per-update context handlers receive: the services plus this update's user and session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ExtBot

if TYPE_CHECKING:
    from atspro.services.container import Services
    from atspro.storage.repos import Row


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """``svc`` is set in ``bot_data`` by ``build_application``; ``db_user`` and ``session`` by
    the update gate that runs before every handler."""

    def __init__(
        self, application: Application, chat_id: int | None = None, user_id: int | None = None
    ):
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self.db_user: Row | None = None
        self.session: Row | None = None

    @property
    def svc(self) -> Services:
        return self.application.bot_data["svc"]

    @property
    def uid(self) -> int:
        """Our user id (not Telegram's) for the sender of this update."""
        assert self.db_user is not None
        return int(self.db_user["id"])

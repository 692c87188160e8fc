"""Errors whose message is meant for the user."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is safe and useful to show in the chat."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message

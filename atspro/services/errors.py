"""Errors whose message is meant for the user."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is safe and useful to show in the chat."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class MisfiledDocument(UserFacingError):
    """A file that reads like the other kind: a resume sent as the job, or a job as the resume.
    ``looks_like`` is what it reads like ("resume" or "job"); the chat asks before using it."""

    def __init__(self, looks_like: str) -> None:
        what = "a resume" if looks_like == "resume" else "a job posting"
        super().__init__(f"This file looks like {what}.")
        self.looks_like = looks_like


def is_temporary_outage(exc: BaseException) -> bool:
    """The database is away (not a bug): the work should run again later, nobody told.

    The bot asks here rather than importing storage: which failures count as an outage is the
    storage layer's knowledge, handed on by the service layer.
    """
    from atspro.storage.db import is_outage

    return is_outage(exc)

"""Errors raised while fetching a job link.

Each carries ``user_message``: one friendly sentence that can be shown in the chat as is.
``str(exc)`` stays technical (for logs) and never contains page content.
"""

from __future__ import annotations


class FetchError(Exception):
    """Base class: the link could not be fetched or used."""

    default_message = "I couldn't open that link. Try again later, or paste the job text instead."

    def __init__(self, detail: str = "", *, user_message: str | None = None) -> None:
        super().__init__(detail or self.__class__.__name__)
        self.user_message = user_message or self.default_message


class BadUrl(FetchError):
    default_message = (
        "That doesn't look like a web link I can open. Send a full http(s):// job link."
    )


class BlockedAddress(FetchError):
    default_message = (
        "That link points to a private or local network address, which I don't open. "
        "Send a public job link instead."
    )


class TooLarge(FetchError):
    default_message = (
        "That page is too large for me to read. Paste the job text or send it as a file."
    )


class FetchTimeout(FetchError):
    default_message = "The site took too long to answer. Try again later, or paste the job text."


class TooManyRedirects(FetchError):
    default_message = "That link redirects too many times. Send the final job page link instead."


class UnsupportedContent(FetchError):
    default_message = (
        "That link isn't a web page or document I can read (HTML, PDF, DOCX or text). "
        "Paste the job text instead."
    )


class HttpStatusError(FetchError):
    default_message = "The site answered with an error. Check the link, or paste the job text."

    def __init__(self, status: int, detail: str = "", *, user_message: str | None = None) -> None:
        super().__init__(detail or f"HTTP {status}", user_message=user_message)
        self.status = status


class LoginWall(FetchError):
    default_message = "This site hides postings behind a login — paste the job text instead."

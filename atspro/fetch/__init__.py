"""Job links: SSRF-safe fetching, job-board APIs and login-wall detection (docs/fetch.md)."""

from atspro.fetch.boards import BoardLink, match_board
from atspro.fetch.errors import (
    BadUrl,
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HttpStatusError,
    LoginWall,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
)
from atspro.fetch.jobs import JobSource, fetch_job_source, is_login_walled
from atspro.fetch.safe import FetchedResponse, FetchPolicy, SafeFetcher

__all__ = [
    "BadUrl",
    "BlockedAddress",
    "BoardLink",
    "FetchError",
    "FetchPolicy",
    "FetchTimeout",
    "FetchedResponse",
    "HttpStatusError",
    "JobSource",
    "LoginWall",
    "SafeFetcher",
    "TooLarge",
    "TooManyRedirects",
    "UnsupportedContent",
    "fetch_job_source",
    "is_login_walled",
    "match_board",
]

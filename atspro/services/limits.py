"""Per-user rate limits: one place that knows which setting limits which kind of use."""

from __future__ import annotations

from typing import Literal

from atspro.services.container import Services
from atspro.services.errors import UserFacingError
from atspro.storage.repos import Repos

LimitKind = Literal["upload", "match"]  # "match": one resume scored against one job
_NOUNS = {"upload": ("upload", "uploads"), "match": ("analysis", "analyses")}


def hourly_limit(svc: Services, kind: LimitKind) -> int:
    s = svc.settings
    return s.uploads_per_hour if kind == "upload" else s.analyses_per_hour


def limit_message(kind: LimitKind, limit: int) -> str:
    noun = _NOUNS[kind][0 if limit == 1 else 1]
    return f"⏳ You have reached the limit of {limit} {noun} per hour. Please try again later."


async def take(svc: Services, user_id: int, kind: LimitKind, repos: Repos | None = None) -> bool:
    """Count one use of ``kind`` this hour; False (not counted) when over the limit.
    ``repos``: count inside the caller's transaction."""
    limit = hourly_limit(svc, kind)
    return await (repos or svc.repos).usage.hit(user_id, kind, window="hour", limit=limit)


async def allows(svc: Services, user_id: int, kind: LimitKind) -> bool:
    """Whether one more use of ``kind`` fits this hour (nothing is counted: the use is charged
    when the work is accepted, see ``requests.accept_for_chat``)."""
    used = await svc.repos.usage.used(user_id, kind, window="hour")
    return used < hourly_limit(svc, kind)


async def take_or_raise(
    svc: Services, user_id: int, kind: LimitKind, repos: Repos | None = None
) -> None:
    """Like ``take``, but over the limit raises a ``UserFacingError`` saying so."""
    if not await take(svc, user_id, kind, repos):
        raise UserFacingError(limit_message(kind, hourly_limit(svc, kind)).removeprefix("⏳ "))

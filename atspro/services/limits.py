"""Per-user rate limits: one place that knows which setting limits which kind of use."""

from __future__ import annotations

from typing import Literal

from atspro.services.container import Services
from atspro.services.errors import UserFacingError

LimitKind = Literal["upload", "match"]  # "match": one resume scored against one job
_NOUNS = {"upload": ("upload", "uploads"), "match": ("analysis", "analyses")}


def hourly_limit(svc: Services, kind: LimitKind) -> int:
    s = svc.settings
    return s.uploads_per_hour if kind == "upload" else s.analyses_per_hour


def limit_message(kind: LimitKind, limit: int) -> str:
    noun = _NOUNS[kind][0 if limit == 1 else 1]
    return f"⏳ You have reached the limit of {limit} {noun} per hour. Please try again later."


async def take(svc: Services, user_id: int, kind: LimitKind) -> bool:
    """Count one use of ``kind`` this hour; False (not counted) when over the limit."""
    limit = hourly_limit(svc, kind)
    return await svc.repos.usage.hit(user_id, kind, window="hour", limit=limit)


async def take_or_raise(svc: Services, user_id: int, kind: LimitKind) -> None:
    """Like ``take``, but over the limit raises a ``UserFacingError`` saying so."""
    if not await take(svc, user_id, kind):
        raise UserFacingError(limit_message(kind, hourly_limit(svc, kind)).removeprefix("⏳ "))

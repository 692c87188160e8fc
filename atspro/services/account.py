"""The user's account: export everything, erase everything."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from atspro.services.container import Services
from atspro.services.errors import UserFacingError
from atspro.storage.repos import Repos, Row


async def erase_account(svc: Services, user_id: int) -> bool:
    """Stop the user's queued work, then erase the account (every row they own, by cascade)."""
    await svc.queue.cancel_for_user(user_id)
    return await delete_account(svc.repos, user_id)


async def delete_account(repos: Repos, user_id: int) -> bool:
    """Erase the user after scrubbing their ids and free text from the audit trail.

    Audit rows keep the action; a ban reason may name the person, so it goes too.
    """
    user = await repos.users.get(user_id)
    if user is not None:
        await repos.audit.forget_person(user_id, int(user["telegram_user_id"]))
    return await repos.users.delete(user_id)


PROFILE_FIELDS = {"title": 120, "location": 120, "phone": 40, "bio": 1000}


async def update_profile(svc: Services, user_id: int, field: str, value: str) -> None:
    """Set one profile field; a ``UserFacingError`` names what is wrong with the input."""
    if field not in PROFILE_FIELDS:
        raise UserFacingError("You can edit: " + ", ".join(PROFILE_FIELDS) + ".")
    if len(value) > PROFILE_FIELDS[field]:
        raise UserFacingError(f"That {field} is too long (max {PROFILE_FIELDS[field]} characters).")
    await svc.repos.profiles.update(user_id, **{field: value or None})


async def profile(svc: Services, user_id: int) -> Row | None:
    return await svc.repos.profiles.get(user_id)


async def pending_tasks(svc: Services, user_id: int) -> list[Row]:
    return list(await svc.queue.list_for_user(user_id))


async def cancel_tasks(svc: Services, user_id: int) -> int:
    return int(await svc.queue.cancel_for_user(user_id))


async def set_chat_state(svc: Services, user_id: int, chat_id: int, state: dict[str, Any]) -> None:
    """What the chat waits for next (a job, a broadcast draft…), kept with its session."""
    await svc.repos.sessions.set_state(user_id, chat_id, state)


@dataclass(frozen=True)
class Arrival:
    """An update let in: first time seen, with its user and session rows."""

    claimed: bool
    user: Row | None
    session: Row | None


async def claim_anonymous_update(svc: Services, update_id: int) -> None:
    """Remember an update with nobody to answer (a channel post), so it is processed once."""
    await svc.repos.updates.claim(update_id)


async def enter_update(
    svc: Services,
    update_id: int,
    telegram_user_id: int,
    *,
    username: str | None,
    first_name: str | None,
    language_code: str | None,
    chat_id: int | None,
) -> Arrival:
    """In one round trip: claim the update once, upsert the user, load the chat's session."""
    claimed, user, session = await svc.repos.users.enter_update(
        update_id,
        telegram_user_id,
        username=username,
        first_name=first_name,
        language_code=language_code,
        chat_id=chat_id,
        ttl_days=svc.settings.session_ttl_days,
    )
    return Arrival(claimed, user, session)


async def set_reachable(svc: Services, telegram_user_id: int, reachable: bool) -> int | None:
    """The user blocked (or unblocked) the bot: keep ``is_active`` in step. Returns our id."""
    row = await svc.repos.users.get_by_telegram_id(telegram_user_id)
    if row is None:
        return None
    await svc.repos.users.set_active(row["id"], reachable)
    return int(row["id"])


async def export(svc: Services, user_id: int) -> dict[str, Any]:
    """Everything stored about the user, as one JSON-ready document (the /export command)."""
    repos = svc.repos
    return {
        "exported_at": datetime.now(UTC).isoformat(),
        "user": await repos.users.get(user_id),
        "profile": await repos.profiles.get(user_id),
        "resumes": await repos.resumes.list_all(user_id),
        "jobs": await repos.jobs.list_all(user_id),
        "results": await repos.matches.list_all(user_id),
        "skill_answers": await repos.skill_answers.list(user_id),
        "resume_originals": [
            {"resume_id": r["resume_id"], "docx_base64": base64.b64encode(r["data"]).decode()}
            for r in await repos.originals.list_all(user_id)
        ],
    }


async def mark_unreachable(svc: Services, user_id: int) -> None:
    """Telegram refused a message to the user (they blocked the bot): stop counting on them."""
    await svc.repos.users.set_active(user_id, False)

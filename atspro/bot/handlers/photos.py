"""Photos of a resume (or of a job posting): read with OCR like any other file.

A single photo goes to the same durable task as a document. An album (2–5 photos sent
together share a ``media_group_id`` and arrive as separate updates) is collected for a short
quiet period and then queued as ONE task with the photos in message order, so the pages are
read as one document. The collection lives in memory for that second or two only, and loses
nothing to a crash: the photos' updates stay pending (``hold_update``) until the commit that
queues the album's task marks them all done; a restart replays and collects them again.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from atspro.bot.context import BotContext
from atspro.bot.handlers.common import fits_limit, reply, session_state, state_with
from atspro.bot.inbox import chat_has_more, hold_update
from atspro.services import requests

log = logging.getLogger(__name__)
ALBUM_QUIET_S = 1.5  # Telegram delivers an album's updates within about a second
_ALBUMS_KEY = "photo_albums"


@dataclass
class _Album:
    update: Update  # the first photo's update: where the status message goes
    photos: dict[int, str] = field(default_factory=dict)  # message id -> largest file id
    held: list[int] = field(default_factory=list)  # update ids kept pending until queued
    flush: asyncio.Task[None] | None = None


async def on_photo(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.photo
    largest = message.photo[-1].file_id
    if message.media_group_id:
        _collect(update, context, message.media_group_id, message.message_id, largest)
        return
    if not await fits_limit(update, context, "upload"):
        return
    await _queue(update, context, [largest], dedupe=f"update:{update.update_id}")


def _collect(
    update: Update, context: BotContext, group: str, message_id: int, file_id: str
) -> None:
    albums: dict[str, _Album] = context.application.bot_data.setdefault(_ALBUMS_KEY, {})
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    key = f"{chat_id}:{group}"
    album = albums.setdefault(key, _Album(update))
    album.photos[message_id] = file_id
    if (held := hold_update()) is not None:
        album.held.append(held)
    if album.flush is not None:
        album.flush.cancel()  # wait until the album has been quiet for a moment

    async def flush() -> None:
        await asyncio.sleep(ALBUM_QUIET_S)
        for _ in range(50):  # up to 10 s more while the chat's next update waits its turn
            if not chat_has_more():  # (the next photo arrived; a busy machine delays it)
                break
            await asyncio.sleep(0.2)
        albums.pop(key, None)
        ordered = [album.photos[m] for m in sorted(album.photos)]
        try:
            if await fits_limit(album.update, context, "upload"):
                await _queue(
                    album.update, context, ordered, dedupe=f"album:{key}", gathered=album.held
                )
            else:  # told so: nothing to queue, the photos are handled
                await requests.mark_done(context.svc, album.held)
        except Exception:  # the photos stay pending: the sweep collects them again
            log.exception("queueing a photo album failed")

    album.flush = context.application.create_task(flush(), update=update)


async def _queue(
    update: Update,
    context: BotContext,
    file_ids: list[str],
    dedupe: str,
    gathered: list[int] | None = None,
) -> None:
    as_job = session_state(context).get("awaiting") == "job"
    what = "job posting" if as_job else "resume"
    pages = f"{len(file_ids)} photos" if len(file_ids) > 1 else "the photo"
    # The page progress goes into this message; sent once, whatever the replays.
    status = await reply(update, f"📷 Got {pages} — reading your {what} from the picture…")
    payload: dict[str, object] = {"filename": None, "mime_type": "image/jpeg"}
    if len(file_ids) > 1:  # an album: pages (or screenshots) of one document, in order
        payload["file_ids"] = file_ids
    else:
        payload["file_id"] = file_ids[0]
    await requests.accept_for_chat(
        context.svc,
        "ingest_job" if as_job else "ingest_resume",
        user_id=context.uid,
        chat_id=update.effective_chat.id,  # type: ignore[union-attr]
        status_message_id=status,
        update_id=update.update_id,
        dedupe_key=dedupe,
        charge="upload",
        chat_state=state_with(context, awaiting=None),
        gathered=gathered or (),
        **payload,
    )


def register(app: Application) -> None:
    app.add_handler(MessageHandler(filters.PHOTO, on_photo))

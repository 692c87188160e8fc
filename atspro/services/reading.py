"""Reading documents: bytes -> text -> Resume, the same for the bot, the worker and the CLI.

No database and no network here, so ``parse-resume`` can use it without starting either. The
bot and the worker await :func:`read_resume_file`; the command line, which has no event loop,
calls :func:`read_resume_file_blocking`: the same worker call, limits, errors and parse, without
importing asyncio (a noticeable part of the command's start-up).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from atspro import extract_pool
from atspro.analysis.documents.base import ExtractedText, ExtractLimits
from atspro.analysis.documents.errors import ExtractionError
from atspro.analysis.resume.parser import parse_resume
from atspro.config import Settings
from atspro.models import Resume
from atspro.services.errors import UserFacingError


async def extract_document(
    data: bytes | list[bytes],
    filename: str | None,
    settings: Settings,
    on_page: extract_pool.AsyncPageProgress | None = None,
    *,
    pool: extract_pool.ExtractionPool | None = None,
) -> ExtractedText:
    """Bytes -> text in a separate process with a time limit; friendly errors on bad files.

    A list of byte strings is an album of page photos, read with OCR as one document in
    order. ``on_page`` hears about each page read with OCR ("Reading page 2 of 3…")."""
    limits = ExtractLimits.from_settings(settings)
    with _friendly_errors():
        if isinstance(data, list):
            return await extract_pool.extract_images_async(data, limits, pool=pool, on_page=on_page)
        return await extract_pool.extract_text_async(
            data, filename, limits, pool=pool, on_page=on_page
        )


async def read_resume_file(
    data: bytes | list[bytes],
    filename: str | None,
    settings: Settings,
    on_page: extract_pool.AsyncPageProgress | None = None,
    *,
    pool: extract_pool.ExtractionPool | None = None,
) -> tuple[Resume, ExtractedText]:
    """Bytes -> (Resume, ExtractedText): time-limited extraction, then the deterministic parse.

    ``pool``: a command passes its own (forked, one worker); the bot uses the default pool."""
    import asyncio

    extracted = await extract_document(data, filename, settings, on_page, pool=pool)
    resume = await asyncio.to_thread(
        partial(
            parse_resume,
            visible_text(extracted),
            filename=filename,
            max_line_chars=settings.resume_max_line_chars,
        )
    )
    return resume, extracted


def read_resume_file_blocking(
    data: bytes,
    filename: str | None,
    settings: Settings,
    *,
    pool: extract_pool.ExtractionPool | None = None,
) -> tuple[Resume, ExtractedText]:
    """:func:`read_resume_file` for a caller with no event loop (``parse-resume``)."""
    with _friendly_errors():
        extracted = extract_pool.extract_text_limited(
            data, filename, ExtractLimits.from_settings(settings), pool=pool
        )
    resume = parse_resume(
        visible_text(extracted),
        filename=filename,
        max_line_chars=settings.resume_max_line_chars,
    )
    return resume, extracted


@contextmanager
def _friendly_errors() -> Iterator[None]:
    try:
        yield
    except ExtractionError as exc:
        raise UserFacingError(exc.user_message) from exc


def visible_text(extracted: ExtractedText) -> str:
    """What a person sees in the file: hidden (white, tiny, invisible) text left out, so it
    can earn nothing; it is still counted in the layout facts and flagged by a check."""
    return extracted.visible_text or extracted.text

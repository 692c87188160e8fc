"""Documents and photos as the Bot API describes them (Document, PhotoSize)."""

from __future__ import annotations

import io
import mimetypes
from pathlib import PurePosixPath
from typing import Any

from atspro.sandbox.state import SandboxState, StoredFile

# Telegram keeps a few downscaled copies of every photo; these are their longest sides.
_THUMBNAIL_SIDES = (90, 320, 800)
_MAX_PHOTO_SIDE = 2560


class NotAnImage(ValueError):
    """The bytes are not an image Pillow can read."""


def guess_mime(file_name: str | None, declared: str | None) -> str:
    if declared and declared != "application/octet-stream":
        return declared
    guessed, _ = mimetypes.guess_type(file_name or "")
    return guessed or declared or "application/octet-stream"


def file_extension(file_name: str | None, mime_type: str | None) -> str:
    suffix = PurePosixPath(file_name or "").suffix
    if suffix and len(suffix) <= 8:
        return suffix.lower()
    return mimetypes.guess_extension(mime_type or "") or ""


def store_document(
    state: SandboxState, data: bytes, file_name: str | None, content_type: str | None
) -> StoredFile:
    mime = guess_mime(file_name, content_type)
    return state.add_file(
        data,
        folder="documents",
        file_name=file_name,
        mime_type=mime,
        extension=file_extension(file_name, mime),
    )


def document_api(stored: StoredFile) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if stored.file_name:
        data["file_name"] = stored.file_name
    if stored.mime_type:
        data["mime_type"] = stored.mime_type
    data.update(file_id=stored.file_id, file_unique_id=stored.file_unique_id, file_size=stored.size)
    return data


def photo_size_api(stored: StoredFile) -> dict[str, Any]:
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "width": stored.width,
        "height": stored.height,
    }


def image_dimensions(data: bytes) -> tuple[int, int]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.size
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise NotAnImage(str(exc)) from exc


def store_photo(state: SandboxState, data: bytes) -> list[dict[str, Any]]:
    """Store a photo and its downscaled JPEG copies; returns the PhotoSize list, smallest first."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            width, height = image.size
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise NotAnImage(str(exc)) from exc

    # Like Telegram: JPEG copies at a few sizes below the original, then the largest one.
    longest = max(width, height)
    sides = [side for side in _THUMBNAIL_SIDES if side < longest]
    sides.append(min(longest, _MAX_PHOTO_SIDE))
    sizes: list[dict[str, Any]] = []
    for side in sides:
        copy = rgb.copy()
        copy.thumbnail((side, side))
        buffer = io.BytesIO()
        copy.save(buffer, format="JPEG", quality=85)
        stored = state.add_file(
            buffer.getvalue(),
            folder="photos",
            file_name=None,
            mime_type="image/jpeg",
            extension=".jpg",
            width=copy.size[0],
            height=copy.size[1],
        )
        sizes.append(photo_size_api(stored))
    return sizes

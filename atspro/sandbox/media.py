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
    """Store a photo and its downscaled JPEG copies; returns the PhotoSize list, smallest first.

    Like Telegram: JPEG copies at a few sizes below the original, then the largest one. A JPEG
    that already fits the largest size is kept as sent (re-encoding it would only cost the
    emulator CPU that Telegram spends on its own machines); each smaller copy is made from the
    next larger one with a box filter, so the full picture is resampled once, cheaply."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            is_jpeg = image.format == "JPEG"
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise NotAnImage(str(exc)) from exc

    largest = rgb
    if max(rgb.size) > _MAX_PHOTO_SIDE:
        largest = rgb.copy()
        largest.thumbnail((_MAX_PHOTO_SIDE, _MAX_PHOTO_SIDE))
        is_jpeg = False
    copies = [(largest, data if is_jpeg else _jpeg(largest))]
    for side in sorted((s for s in _THUMBNAIL_SIDES if s < max(largest.size)), reverse=True):
        smaller = copies[-1][0].copy()
        smaller.thumbnail((side, side), resample=Image.Resampling.BOX)
        copies.append((smaller, _jpeg(smaller)))
    sizes: list[dict[str, Any]] = []
    for picture, encoded in reversed(copies):
        stored = state.add_file(
            encoded,
            folder="photos",
            file_name=None,
            mime_type="image/jpeg",
            extension=".jpg",
            width=picture.size[0],
            height=picture.size[1],
        )
        sizes.append(photo_size_api(stored))
    return sizes


def _jpeg(picture: Any) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()

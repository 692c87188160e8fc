"""The emulator's photo sizes: Telegram-like copies, cheap to make."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import pytest
from PIL import Image

from atspro.sandbox.media import NotAnImage, store_photo


@dataclass
class _Stored:
    file_id: str
    file_unique_id: str
    size: int
    width: int
    height: int


@dataclass
class _State:
    files: list[bytes] = field(default_factory=list)

    def add_file(self, data: bytes, **meta: Any) -> _Stored:
        self.files.append(data)
        n = str(len(self.files))
        return _Stored(n, "u" + n, len(data), meta["width"], meta["height"])


def _picture(size: tuple[int, int], fmt: str) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


def test_a_jpeg_that_fits_is_kept_as_sent_and_copies_shrink() -> None:
    state = _State()
    data = _picture((1280, 900), "JPEG")
    sizes = store_photo(state, data)
    assert [(s["width"], s["height"]) for s in sizes] == [
        (90, 63),
        (320, 225),
        (800, 563),
        (1280, 900),
    ]
    assert state.files[-1] == data
    for blob in state.files[:-1]:
        assert Image.open(io.BytesIO(blob)).format == "JPEG"


def test_a_png_or_an_oversized_photo_is_re_encoded_as_jpeg() -> None:
    state = _State()
    store_photo(state, _picture((400, 300), "PNG"))
    assert [Image.open(io.BytesIO(b)).format for b in state.files] == ["JPEG", "JPEG", "JPEG"]
    state = _State()
    sizes = store_photo(state, _picture((3000, 1000), "JPEG"))
    assert (sizes[-1]["width"], sizes[-1]["height"]) == (2560, 853)


def test_not_an_image() -> None:
    with pytest.raises(NotAnImage):
        store_photo(_State(), b"not a picture")

"""One list of formats: /start, /help, the README and the unsupported-file error agree."""

from __future__ import annotations

from pathlib import Path

from atspro.analysis.documents.errors import (
    SUPPORTED_FORMATS,
    SUPPORTED_TYPES_TEXT,
    UnsupportedFileType,
)
from atspro.bot import render

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_door_shows_the_same_formats() -> None:
    assert all(name in SUPPORTED_TYPES_TEXT for name in SUPPORTED_FORMATS)
    assert SUPPORTED_TYPES_TEXT in render.WELCOME
    assert SUPPORTED_TYPES_TEXT in render.HELP
    assert SUPPORTED_TYPES_TEXT in UnsupportedFileType().user_message
    assert SUPPORTED_TYPES_TEXT in README.read_text(encoding="utf-8")

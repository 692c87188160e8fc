"""``main.py extract FILE``: the extraction door for people and scripts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from atspro.commands import extract as command
from tests.fixtures.documents import SAMPLE_RESUME_LINES, make_resume_docx

SETTINGS = SimpleNamespace(
    max_file_bytes=10 * 1024 * 1024,
    max_pdf_pages=20,
    max_text_chars=200_000,
    max_unzipped_bytes=50 * 1024 * 1024,
    extract_timeout_s=15.0,
)


def run(path: Path, *flags: str) -> int:
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(["extract", str(path), *flags])
    return args.func(args, SETTINGS)


def test_prints_text_then_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "resume.docx"
    path.write_bytes(make_resume_docx())
    assert run(path) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == SAMPLE_RESUME_LINES[0]
    assert "kind=docx" in err


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "resume.txt"
    path.write_text("Alex Morgan\nPython developer", encoding="utf-8")
    assert run(path, "--json") == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["kind"] == "txt" and payload["word_count"] == 4


def test_bad_file_prints_the_user_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photo.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert run(path) == 1
    assert "CorruptImage: This picture is damaged" in capsys.readouterr().err  # read with OCR now

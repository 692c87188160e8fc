"""The command line imports only what a command needs (start-up time is measured by make bench)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("telegram", "aiohttp", "asyncpg", "openai", "agents", "PIL", "docx", "pypdf")


def _imported(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "main.py", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def test_help_imports_no_settings_telegram_network_or_taxonomy() -> None:
    names = _imported("--help")
    top = {n.split(".")[0] for n in names}
    assert not top & {*HEAVY, "pydantic", "asyncio", "phonenumbers"}, sorted(top & {*HEAVY})
    assert not any(n.startswith("atspro.analysis") for n in names)


def test_parse_resume_imports_no_telegram_or_network(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text("Jane Doe\njane@example.com\nSkills\nPython, SQL\n", encoding="utf-8")
    names = _imported("parse-resume", str(resume), "--json")
    top = {n.split(".")[0] for n in names}
    assert not top & {"telegram", "aiohttp", "asyncpg", "openai", "agents"}, sorted(top)
    assert "atspro.analysis.resume.parser" in names
